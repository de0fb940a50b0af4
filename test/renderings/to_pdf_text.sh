#!/bin/sh
# to_pdf_text.sh [--layout] IN_FILE OUT_FILE
#
# Typeset a report to a real PDF and extract its text again, the way users
# get "PDF text" renderings: the input (Markdown or plain) is turned into a
# groff -ms document (two-column masthead, bold headings, numbered
# paragraphs, justified and hyphenated text, footnotes at the bottom of the
# page of their mark, running header with the document symbol, footers with
# page and job number), typeset with groff -Tpdf (gropdf), and extracted
# with "pdftotext -enc UTF-8" (plus -layout when --layout is given).
# Non-ASCII text goes through preconv (groff -k).
#
# Needs on Debian 12: groff (gropdf, tbl/preconv; groff-base alone lacks
# gropdf), poppler-utils (pdftotext); ghostscript (ps2pdf) only if
# TIP_RENDER_VIA=ps is set or gropdf fails.
#   apt-get install -y groff poppler-utils ghostscript
# Set KEEP_PDF=1 to keep OUT_FILE.pdf and OUT_FILE.ms next to the output.
set -eu
layout=
if [ "${1:-}" = "--layout" ]; then layout=-layout; shift; fi
if [ $# -ne 2 ]; then
    echo "usage: $0 [--layout] IN_FILE OUT_FILE" >&2
    exit 2
fi
in=$1 out=$2
lib=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)/lib
[ -r "$in" ] || { echo "$0: cannot read $in" >&2; exit 1; }
for tool in groff pdftotext; do
    command -v $tool >/dev/null 2>&1 || {
        echo "$0: $tool not found (apt-get install -y groff poppler-utils ghostscript)" >&2; exit 1; }
done
ck=$(cksum < "$in" | cut -d' ' -f1)
tmpd=$(mktemp -d "${TMPDIR:-/tmp}/to_pdf_text.XXXXXX")
trap 'rm -rf "$tmpd"' EXIT HUP INT TERM

LC_ALL=C awk -f "$lib/normalize.awk" "$in" > "$tmpd/blocks"
LC_ALL=C awk -v ck="$ck" -f "$lib/common.awk" -f "$lib/blocks2groff.awk" "$tmpd/blocks" > "$tmpd/doc.ms"

# groff output is deterministic only with a fixed creation date
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1500000000}; export SOURCE_DATE_EPOCH
via=${TIP_RENDER_VIA:-pdf}
if [ "$via" = pdf ]; then
    if ! groff -k -Kutf-8 -ms -Wbreak -Tpdf -dpaper=a4 -P-pa4 "$tmpd/doc.ms" > "$tmpd/doc.pdf" 2> "$tmpd/err" \
       || [ ! -s "$tmpd/doc.pdf" ]; then
        echo "$0: groff -Tpdf failed, trying -Tps | ps2pdf" >&2
        cat "$tmpd/err" >&2
        via=ps
    fi
fi
if [ "$via" = ps ]; then
    command -v ps2pdf >/dev/null 2>&1 || { echo "$0: ps2pdf not found (apt-get install -y ghostscript)" >&2; exit 1; }
    groff -k -Kutf-8 -ms -Wbreak -Tps -dpaper=a4 -P-pa4 "$tmpd/doc.ms" > "$tmpd/doc.ps" 2> "$tmpd/err" || {
        cat "$tmpd/err" >&2; exit 1; }
    ps2pdf -sPAPERSIZE=a4 -dAutoRotatePages=/None "$tmpd/doc.ps" "$tmpd/doc.pdf"
fi
if [ -s "$tmpd/err" ]; then
    echo "$0: groff warnings for $in:" >&2; cat "$tmpd/err" >&2
fi
pdftotext $layout -enc UTF-8 "$tmpd/doc.pdf" "$tmpd/out.txt"
[ -s "$tmpd/out.txt" ] || { echo "$0: pdftotext produced nothing" >&2; exit 1; }
if [ "${KEEP_PDF:-}" = 1 ]; then
    cp "$tmpd/doc.pdf" "$out.pdf"; cp "$tmpd/doc.ms" "$out.ms"
fi
mv -f "$tmpd/out.txt" "$out"
