#!/bin/sh
# derive_all.sh OUT_DIR [CORPUS_DIR]
#
# For every CORPUS_DIR/*.txt (default: ../shared/corpus relative to the
# repository root, i.e. /work/shared/corpus for /work/main) write
#   OUT_DIR/<name>.crlf.txt    CRLF line endings            (to_crlf.sh)
#   OUT_DIR/<name>.plain.txt   pdftotext-like plain text    (to_plain.sh)
#   OUT_DIR/<name>.pdf.txt     groff PDF -> pdftotext       (to_pdf_text.sh)
#   OUT_DIR/<name>.layout.txt  groff PDF -> pdftotext -layout
# and print one line per file plus a summary.  Each line also shows how
# many numbered paragraphs 1, 2, 3, ... are found in order at line starts
# in the source and in each rendering (see paranums.sh); a rendering that
# loses a paragraph number makes the run fail, as does any failing step.
#
# Needs: POSIX sh, awk (mawk is fine), cksum; for the PDF renderings
#   apt-get install -y groff poppler-utils ghostscript
set -u
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 OUT_DIR [CORPUS_DIR]" >&2
    exit 2
fi
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
root=$(CDPATH= cd -- "$here/../.." && pwd)
out=$1
corpus=${2:-$root/../shared/corpus}
[ -d "$corpus" ] || { echo "$0: no corpus directory $corpus" >&2; exit 2; }
mkdir -p "$out" || exit 2

seq_of() { "$here/paranums.sh" "$1" | cut -d' ' -f2; }

files=0 failed=0 steps=0
for src in "$corpus"/*.txt; do
    [ -f "$src" ] || continue
    case ${src##*/} in README*) continue ;; esac
    name=${src##*/}; name=${name%.txt}
    files=$((files + 1))
    status=ok
    msg=
    for kind in crlf plain pdf layout; do
        dst=$out/$name.$kind.txt
        steps=$((steps + 1))
        case $kind in
            crlf)   "$here/to_crlf.sh" "$src" "$dst" ;;
            plain)  "$here/to_plain.sh" "$src" "$dst" ;;
            pdf)    "$here/to_pdf_text.sh" "$src" "$dst" ;;
            layout) "$here/to_pdf_text.sh" --layout "$src" "$dst" ;;
        esac
        if [ $? -ne 0 ] || [ ! -s "$dst" ]; then
            status=FAIL; msg="$msg $kind:failed"; continue
        fi
    done
    want=$(seq_of "$src")
    counts="src=$want"
    for kind in crlf plain pdf layout; do
        dst=$out/$name.$kind.txt
        [ -s "$dst" ] || continue
        got=$(seq_of "$dst")
        counts="$counts $kind=$got"
        if [ "$got" != "$want" ]; then status=FAIL; msg="$msg $kind:paragraphs"; fi
    done
    [ $status = ok ] || failed=$((failed + 1))
    echo "$status $name paragraphs: $counts$msg"
done
echo "summary: $files files, $steps renderings, $failed files failed -> $out"
[ $files -gt 0 ] && [ $failed -eq 0 ]
