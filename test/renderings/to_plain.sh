#!/bin/sh
# to_plain.sh IN_FILE OUT_FILE
#
# Derive a pdftotext-like plain rendering of a report by pure text
# transformation: Markdown markup stripped, paragraphs re-wrapped at ~85
# columns with hard line breaks and some end-of-line hyphenation, page
# furniture every ~50 lines (footer "2 V.18-04821" / "V.18-04821 3", form
# feed, running header with the document symbol if the input has one),
# footnotes moved to the bottom of their page after a "____" separator.
# Page breaks may split paragraphs.  Output is deterministic.
#
# Needs only POSIX sh, awk (mawk is fine), cksum (coreutils) -- nothing to
# install on Debian 12.
set -eu
if [ $# -ne 2 ]; then
    echo "usage: $0 IN_FILE OUT_FILE" >&2
    exit 2
fi
in=$1 out=$2
lib=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)/lib
[ -r "$in" ] || { echo "$0: cannot read $in" >&2; exit 1; }
ck=$(cksum < "$in" | cut -d' ' -f1)
tmp=$(mktemp "${TMPDIR:-/tmp}/to_plain.XXXXXX")
trap 'rm -f "$tmp"' EXIT HUP INT TERM
LC_ALL=C awk -f "$lib/normalize.awk" "$in" > "$tmp"
LC_ALL=C awk -v ck="$ck" -f "$lib/common.awk" -f "$lib/blocks2plain.awk" "$tmp" > "$out.tmp.$$" || {
    rm -f "$out.tmp.$$"; exit 1; }
mv -f "$out.tmp.$$" "$out"
