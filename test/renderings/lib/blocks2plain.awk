# blocks2plain.awk -- typeset the block stream of normalize.awk as
# pdftotext-like plain text: hard wraps at ~85 columns, hyphenated words at
# line ends, pages of ~50 lines with footnotes at the bottom of their page
# (after a "__________________" separator), a footer "2 V.18-04821" /
# "V.18-04821 3" (page 1: "V.18-04821 (E)" and a bar-code line), a form
# feed, and a running header with the document symbol if there is one.
# Page breaks fall wherever the line count says, also inside paragraphs.
# Needs common.awk.  Variables: ck (checksum of the input file).

BEGIN { W = 85; CAP = 50; HW = 72; SEP = "__________________ " }

# ---- page model ---------------------------------------------------------
function fnspace() { return nf ? nf + 2 : 0 }
function addline(s) {
    if (nb == 0 && s ~ /^ *$/) return          # no blank lines at page top
    if (nb + fnspace() >= CAP) newpage()
    if (nb == 0 && s ~ /^ *$/) return
    BL[++nb] = s
}
function addfoot(   i, c, nc, CL) {
    for (i = 1; i <= nwl; i++) FL[++nf] = WL[i] " "
    # footnotes take room from the bottom of the page: move overflowing
    # body lines to the next page
    if (nb + fnspace() > CAP && nb > 0) {
        c = CAP - fnspace(); if (c < 1) c = 1
        nc = 0
        for (i = c + 1; i <= nb; i++) CL[++nc] = BL[i]
        nb = c
        newpage()
        for (i = 1; i <= nc; i++) addline(CL[i])
    }
}
function sep(kind) {          # vertical space before a block
    if (kind == "H") { addline(" "); addline(" "); addline("") }
    else addline("")
}
function footer(p) {
    if (p == 1) return job " (E) "
    if (p % 2 == 0) return p " " job " "
    return job " " p " "
}
function newpage(final,   i) {
    while (nb > 0 && BL[nb] ~ /^ *$/) nb--
    for (i = 1; i <= nb; i++) print BL[i]
    if (nf) {
        print ""
        print SEP
        for (i = 1; i <= nf; i++) print FL[i]
    }
    print ""; print ""; print ""; print " "; print ""
    print footer(page)
    if (page == 1) { bc = job; gsub(/[^0-9]/, "", bc); print "*" bc "*" }
    print " "
    print "\f"
    page++; nb = 0; nf = 0
    if (!final && sym != "") { print sym "  "; print "" }
}

# ---- blocks ---------------------------------------------------------------
function para(text, width, hyph,   i, np, PL, PH, frag) {
    wrap(text, width, hyph)
    np = nwl
    for (i = 1; i <= np; i++) { PL[i] = WL[i]; PH[i] = WH[i] }
    for (i = 1; i <= np; i++) {
        # like a typesetter, never hyphenate the last line of a page
        if (PH[i] && i < np && nb + fnspace() < CAP && nb + fnspace() + 1 >= CAP) {
            frag = PL[i]; sub(/.* /, "", frag); sub(/-$/, "", frag)
            sub(/ [^ ]*$/, "", PL[i])
            PL[i + 1] = frag PL[i + 1]
        }
        addtext(PL[i] " ")
    }
    for (i = 1; i <= nfn; i++) if (fnrec[i] == cur && !fndone[i]) placefn(i)
}
# add a body line; footnotes whose mark it carries go to the bottom of this page
function addtext(s,   j) {
    addline(s)
    for (j = 1; j <= nfn; j++)
        if (fnrec[j] == cur && !fndone[j] && index(s, fnmark[j])) placefn(j)
}
function placefn(j) {
    fndone[j] = 1
    wrap(T[fnidx[j]], W, 0); addfoot()
}

{
    k = $0; sub(/\t.*$/, "", k)
    t = substr($0, length(k) + 2)
    K[++n] = k; T[n] = t
    if (k == "S" && sym == "") sym = t
    if (k == "J") jobin = t
    if ((k == "M" || k == "MB") && mast == "") { if (t ~ /(19|20)[0-9][0-9]/) mast = t }
}

END {
    job = jobnumber(jobin, ck, mast)
    page = 1; nb = 0; nf = 0; prev = ""; firstm = 1
    # footnotes with a findable mark (*, superscript digits) go to the page
    # of the first line carrying the mark; the others stay where they are
    nfn = 0
    for (r = 1; r <= n; r++) {
        if (K[r] != "F") continue
        m = T[r]; sub(/ .*$/, "", m)
        fnidx[++nfn] = r; fnmark[nfn] = m; fnrec[nfn] = 0; byrec[r] = nfn
        if (m ~ /^[0-9]+$/) continue
        for (x = 1; x <= n; x++)
            if (K[x] != "F" && K[x] != "S" && K[x] != "J" && index(T[x], m) && !claimed[x, m]) {
                fnrec[nfn] = x; claimed[x, m] = 1; break
            }
    }
    for (r = 1; r <= n; r++) {
        k = K[r]; t = T[r]; cur = r
        if (k == "S" || k == "J") continue
        if (k == "G") { addline(""); continue }
        if (k == "M" || k == "MB") {
            para(t, firstm ? 40 : 75, 0); firstm = 0
            prev = "M"; continue
        }
        if (k == "F") { j = byrec[r]; if (!fndone[j] && !fnrec[j]) placefn(j); continue }
        if (k ~ /^H/) {
            if (nb + fnspace() + 10 > CAP) newpage()
            sep("H")
            wrap(t, HW, 0)
            for (i = 1; i <= nwl; i++) addline((i == 1 ? " " : "") WL[i] " ")
            for (j = 1; j <= nfn; j++) if (fnrec[j] == r && !fndone[j]) placefn(j)
            addline(" "); addline(" "); addline("")
            prev = "H"; continue
        }
        if (k == "P") { if (prev != "H") sep("P"); para(t, W, 1); prev = "P"; continue }
        if (k == "B") { if (prev != "H") sep("P"); para("• " t, W, 1); prev = "P"; continue }
    }
    newpage(1)
}
