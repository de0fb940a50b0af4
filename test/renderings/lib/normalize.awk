# normalize.awk -- read one rendering of a report (Markdown from a PDF
# converter, pdftotext-style plain text, or a mixture) and write a neutral
# block stream that the renderers (to_plain.sh, to_pdf_text.sh) typeset.
#
# Output: one record per line, KIND<TAB>TEXT
#   S  document symbol (only if the input has a line holding just a symbol)
#   J  job number (V.18-04821), if the input has one
#   M  masthead line            MB  masthead line that was bold/a heading
#   G  break between masthead groups
#   H1 roman heading (I.)  H2 letter heading (A.)  H3 digit heading (1.)
#   H4 unnumbered (italic) heading
#   P  paragraph (numbered ones keep their "12. " prefix)
#   B  bullet item inside a paragraph
#   F  footnote, "MARK TEXT" (mark: *, 1, 2, ..., or a superscript digit)
#
# POSIX awk / mawk only (no gawk extensions).

function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
function squeeze(s) { gsub(/[ \t]+/, " ", s); return trim(s) }

# Markdown inline markup -> text.  Returns pieces separated by "\n" when
# glued markup ("****") hides a line break.
function clean(s,   t, a, b, c) {
    gsub(/\r/, "", s)
    gsub(/<sup>/, "", s); gsub(/<\/sup>/, "", s)
    gsub(/<br *\/?>/, " ", s)
    gsub(/\\\*/, "\001", s)          # escaped asterisk: keep as text
    gsub(/\\_/, "\002", s)           # escaped underscore: keep as text
    while (match(s, /\\[^A-Za-z0-9 ]/))
        s = substr(s, 1, RSTART - 1) substr(s, RSTART + 1)
    while (match(s, /\[[^]]*\]\([^)]*\)/)) {
        t = substr(s, RSTART + 1, RLENGTH - 1); sub(/\]\(.*$/, "", t)
        s = substr(s, 1, RSTART - 1) t substr(s, RSTART + RLENGTH)
    }
    while (match(s, /<(https?|ftp|mailto):[^>]*>/))
        s = substr(s, 1, RSTART - 1) substr(s, RSTART + 1, RLENGTH - 2) substr(s, RSTART + RLENGTH)
    gsub(/&amp;/, "\\&", s); gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&nbsp;/, " ", s)
    gsub(/\*\*\*\*/, "\n", s)        # "Justice****Twenty-first" (glued bold runs)
    while (match(s, /[^ *\n]\*\*\*[^ *\n]/))
        s = substr(s, 1, RSTART) "\n*" substr(s, RSTART + 4)
    gsub(/\*\*/, "", s)
    while (match(s, /\*[^* \n]([^*\n]*[^* \n])?\*/))
        s = substr(s, 1, RSTART - 1) substr(s, RSTART + 1, RLENGTH - 2) substr(s, RSTART + RLENGTH)
    # _emphasis_ only at word boundaries (URLs keep their underscores)
    t = s; s = ""
    while (match(t, /_[^_ \n]([^_\n]*[^_ \n])?_/)) {
        if (RSTART > 1) a = substr(t, RSTART - 1, 1)
        else a = (s == "") ? " " : substr(s, length(s), 1)
        b = substr(t, RSTART + RLENGTH, 1)
        if (a ~ /[ (\n"]/ && (b == "" || b ~ /[ .,;:)\n"]/)) {
            s = s substr(t, 1, RSTART - 1) substr(t, RSTART + 1, RLENGTH - 2)
            t = substr(t, RSTART + RLENGTH)
        } else {
            s = s substr(t, 1, RSTART)      # keep this "_" as text
            t = substr(t, RSTART + 1)
        }
    }
    s = s t
    gsub(/\001/, "*", s); gsub(/\002/, "_", s)
    return s
}

function isfootstart(t) {
    if (t ~ /^(\\\*|\*) +[^ ]/) return 1
    if (t ~ /^<sup>[^<]*<\/sup>/) return 1
    if (t ~ /^(¹|²|³|⁴|⁵|⁶|⁷|⁸|⁹|⁰)+ ?[^ ]/) return 1
    if (fnsep && t ~ /^[0-9]+ +[^ ]/) return 1
    return 0
}

function emit(kind, text) { out[++nout] = kind "\t" text }

function flush() {
    if (curk != "") emit(curk, squeeze(cur))
    curk = ""; cur = ""
}
function flushfn() {
    if (fn != "") emit("F", squeeze(fn))
    fn = ""; infn = 0
}
function append(t) {
    if (cur ~ /[A-Za-z]-$/) cur = cur t
    else cur = cur " " t
}
function headlevel(t) {
    if (t ~ /^[IVX]+\. /) return 1
    if (t ~ /^[A-Z]\. /) return 2
    if (t ~ /^[0-9]+\. /) return 3
    return 4
}
function heading(t) {
    flush(); flushfn()
    t = squeeze(t)
    if (t != "") emit("H" headlevel(t), t)
}

# Is raw line i page furniture (header, footer, separator)?  Records the
# symbol / job number it carries.  Returns 1 (drop, acts as a block break).
function furniture(i,   t, j) {
    t = trim(L[i])
    if (t ~ /^_____+$/) { fnsep = 1; return 1 }
    if (t ~ /^(-|\*|_)(-|\*|_)(-|\*|_)+$/) return 1
    if (t ~ /^([0-9]+ +)?V\.[0-9][0-9]-[0-9][0-9][0-9][0-9][0-9]( +[0-9]+)?$/ ||
        t ~ /^V\.[0-9][0-9]-[0-9][0-9][0-9][0-9][0-9] +\(E\)/) {
        if (job == "" && match(t, /V\.[0-9][0-9]-[0-9][0-9][0-9][0-9][0-9]/))
            job = substr(t, RSTART, RLENGTH)
        return 1
    }
    if (t ~ /^\*[0-9][0-9][0-9][0-9][0-9][0-9][0-9]+\*$/) return 1
    if (t ~ /^Please recycle/) return 1
    if (t !~ / / && t ~ /^[A-Z][A-Za-z0-9.]*(\/[A-Za-z0-9.]+)+$/ && t ~ /[0-9]$/ && t ~ /[A-Z]\//) {
        if (sym == "") sym = t
        return 1
    }
    return 0
}

{ sub(/\r$/, ""); gsub(/\f/, ""); L[++n] = $0 }

END {
    phase = "mast"; bold = 0; lastnum = 0; gpend = 0
    i = 1
    while (i <= n) {
        t = trim(L[i])
        if (t == "") { i++; blk = 1; gpend = 1; flushfn(); continue }
        if (furniture(i)) { i++; blk = 1; gpend = 1; flushfn(); if (trim(L[i-1]) !~ /^_____+$/) fnsep = 0; continue }

        # masthead: everything before the first section heading / paragraph
        if (phase == "mast") {
            c = clean(t); sub(/^#+ */, "", c); sub(/^- +/, "", c); c = trim(c)
            if (c ~ /^[IVX]+\. +[A-Z]/ || c ~ /^[0-9]+\. +[A-Z]/) {
                phase = "body"; blk = 1; flushfn(); continue
            }
            isb = (bold || t ~ /^#/ || t ~ /^\*\*/)
            tmp = t; gsub(/\\\*/, "", tmp); nb = gsub(/\*\*/, "", tmp)
            if (nb % 2) bold = !bold
            if (isfootstart(t)) {
                flushfn(); fn = clean(t); infn = 1; i++; continue
            }
            if (infn) { fn = fn " " clean(t); i++; continue }
            if (gpend && nm > 0) emit("G", "")
            gpend = 0
            np = split(clean(t), pc, "\n")
            for (k = 1; k <= np; k++) {
                p = trim(pc[k]); sub(/^#+ */, "", p); p = squeeze(p)
                if (p == "") continue
                if (match(p, /^Distr\.: *[A-Za-z]+ +[0-9]/)) {
                    emit(isb ? "MB" : "M", substr(p, 1, RLENGTH - 2))
                    p = substr(p, RLENGTH)
                }
                emit(isb ? "MB" : "M", p); nm++
            }
            i++; continue
        }

        # body: gather the block (lines up to the next blank line / furniture)
        if (blk) {
            bs = i; be = i
            while (be + 1 <= n && trim(L[be + 1]) != "" && !isfurn(be + 1)) be++
            nblock = be - bs + 1
        }
        raw = L[i]; lead = (raw ~ /^ /)
        atstart = blk; blk = 0

        if (t ~ /^#/) { c = clean(t); sub(/^#+ */, "", c); heading(c); i++; continue }

        if (isfootstart(t)) { flushfn(); fn = clean(t); infn = 1; i++; continue }
        if (infn) { fn = fn " " clean(t); i++; continue }
        fnsep = 0

        c = squeeze(clean(t))
        if (atstart && lead && nblock <= 3 && c !~ /^[a-z]/ &&
            (c ~ /^([IVX]+|[A-Z]|[0-9]+)\. / || nblock <= 2)) {
            h = c
            for (k = i + 1; k <= be; k++) h = h " " squeeze(clean(L[k]))
            heading(h); i = be + 1; blk = 1; continue
        }
        if (atstart && nblock == 1 && !lead && c ~ /^([IVX]+|[A-Z])\. +[A-Z]/ && length(c) < 160) {
            heading(c); i++; continue
        }
        if (atstart && nblock == 1 && t ~ /^\*[^* ]([^*]*[^* ])?\*$/ && c !~ /^[0-9]/) {
            heading(c); i++; continue
        }

        b = c; isbul = 0
        if (b ~ /^(-|•|\*) +/) { isbul = 1; sub(/^(-|•|\*) +/, "", b) }
        if (match(b, /^[0-9]+\. /)) {
            num = substr(b, 1, RLENGTH - 2) + 0
            if (atstart || num == lastnum + 1 || isbul) {
                flush(); curk = "P"; cur = b; lastnum = num; i++; continue
            }
        }
        if (isbul) {
            if (b ~ /^[a-z]/ && curk != "") { append(b); i++; continue }
            flush(); curk = "B"; cur = b; i++; continue
        }
        if (curk != "" && (!atstart || c ~ /^[a-z(]/ || cur !~ /[.:;!?)”"]$/)) {
            append(c); i++; continue
        }
        flush(); curk = "P"; cur = c; i++
    }
    flush(); flushfn()
    if (sym != "") print "S\t" sym
    if (job != "") print "J\t" job
    for (k = 1; k <= nout; k++) print out[k]
}

# furniture test without side effects (used for block look-ahead)
function isfurn(i,   t) {
    t = trim(L[i])
    if (t ~ /^_____+$/ || t ~ /^(-|\*|_)(-|\*|_)(-|\*|_)+$/) return 1
    if (t ~ /^([0-9]+ +)?V\.[0-9][0-9]-[0-9][0-9][0-9][0-9][0-9]( +[0-9]+)?$/) return 1
    if (t ~ /^V\.[0-9][0-9]-[0-9][0-9][0-9][0-9][0-9] +\(E\)/) return 1
    if (t ~ /^\*[0-9][0-9][0-9][0-9][0-9][0-9][0-9]+\*$/) return 1
    if (t !~ / / && t ~ /^[A-Z][A-Za-z0-9.]*(\/[A-Za-z0-9.]+)+$/ && t ~ /[0-9]$/ && t ~ /[A-Z]\//) return 1
    return 0
}
