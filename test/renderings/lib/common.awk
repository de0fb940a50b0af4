# common.awk -- helpers shared by the renderers (POSIX awk / mawk).

# length in characters of a UTF-8 string
function ulen(s) { gsub(/[\200-\277]/, "", s); return length(s) }

# Greedy word wrap of TEXT at WIDTH columns into WL[1..nwl].
# With HYPH set, a word of >= 10 ASCII letters (no '-') that crosses the
# margin is split "capa-" / "bilities" between two letters, like a
# typesetter's hyphenation would leave it in pdftotext output.
function wrap(text, width, hyph,   nw, words, i, line, wd, core, n, avail, k) {
    nwl = 0; line = ""
    split("", WH)
    nw = split(text, words, " ")
    for (i = 1; i <= nw; i++) {
        wd = words[i]
        if (wd == "") continue
        if (line == "") { line = wd; continue }
        if (ulen(line) + 1 + ulen(wd) <= width) { line = line " " wd; continue }
        if (hyph && wd ~ /^[A-Za-z][a-z]+[.,;:)]*$/) {
            core = wd; sub(/[.,;:)]+$/, "", core); n = length(core)
            if (n >= 10) {
                avail = width - ulen(line) - 2
                k = avail; if (k > n - 3) k = n - 3
                while (k >= 4 && !hyphok(core, k)) k--
                if (k >= 4) {
                    WL[++nwl] = line " " substr(wd, 1, k) "-"; WH[nwl] = 1
                    line = substr(wd, k + 1)
                    continue
                }
            }
        }
        WL[++nwl] = line; line = wd
    }
    if (line != "") WL[++nwl] = line
    return nwl
}

# Job number: the input's own (J record) or one derived from the checksum
# of the input file (CK) and the year of the masthead date: V.18-04821.
function jobnumber(j, ck, mast,   yy) {
    if (j != "") return j
    yy = "00"
    if (match(mast, /(19|20)[0-9][0-9]/)) yy = substr(mast, RSTART + 2, 2)
    return sprintf("V.%s-%05d", yy, (ck + 0) % 100000)
}

# May CORE be hyphenated after its K-th letter?  A crude syllable rule:
# vowel|consonant-vowel ("Traf-fick-ing", "coop-eration" is refused),
# or vowel-consonant|consonant-vowel, never inside ch/ck/ph/sh/th/wh/gh/qu.
function hyphok(core, k,   a, b, c, d, V) {
    V = "[aeiouyAEIOUY]"
    a = substr(core, k - 1, 1); b = substr(core, k, 1)
    c = substr(core, k + 1, 1); d = substr(core, k + 2, 1)
    if (c d ~ /^(ch|ck|ph|sh|th|wh|gh|qu)$/ || b c ~ /^(ch|ck|ph|sh|th|wh|gh|qu)$/) return 0
    if (b ~ V && c !~ V && d ~ V) return 1
    if (a ~ V && b !~ V && c !~ V && d ~ V && b != "x" && c != "y" && (c !~ /[rl]/ || b ~ /[rl]/)) return 1
    return 0
}
