#!/usr/bin/env bash
# Rendering robustness: derive CRLF, re-wrapped plain text with page
# furniture, and typeset-PDF text (pdftotext with and without -layout) from
# each corpus report, parse every rendering with the core and require the
# same metadata, heading tree, paragraph numbers and footnote marks as the
# original; paragraph bodies must match too, save for at most 1% of them
# (a line-end hyphen between two real words, "work-plan", cannot always be
# told from a typesetter's break).
# Needs: groff poppler-utils ghostscript; build/tipdump (make build/tipdump).
#
# Any command that fails ends the run with a failure, inside a pipeline too
# (pipefail): a crash of the dump tool must not pass for an empty dump.
# Lines are selected with awk, which succeeds when nothing matches (a report
# without footnotes), so only real failures stop the pipelines.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=build/renderings
CORPUS=${1:-test/corpus}
rm -rf "$OUT"
mkdir -p "$OUT"
test/renderings/derive_all.sh "$OUT" "$CORPUS" >"$OUT/derive.log" 2>&1 || { cat "$OUT/derive.log"; exit 1; }

pass=0
fail=0
body_total=0
body_diff=0
# the dump of a file, without the fields a rendering may state although the
# original does not; the dump tool's exit status is checked before filtering
dump() {
	local rc=0
	./build/tipdump -a "$1" >"$OUT/raw.dump" || rc=$?
	if [ "$rc" -ne 0 ]; then
		echo "FAIL build/tipdump -a $1 exited with status $rc" >&2
		exit 1
	fi
	awk -F'\t' '$1 != "rendering" && $1 != "warning"' "$OUT/raw.dump"
}
# lines of a dump whose first field is $1, and the others
rows() { awk -F'\t' -v k="$1" '$1 == k' "$2"; }
meta_rows() { awk -F'\t' '$1 != "section" && $1 != "paragraph" && $1 != "footnote"' "$1"; }

for src in "$CORPUS"/*.txt; do
	b=$(basename "$src" .txt)
	dump "$src" >"$OUT/$b.src.dump"
	for r in crlf plain pdf layout; do
		d="$OUT/$b.$r.dump"
		dump "$OUT/$b.$r.txt" >"$d"
		for part in meta section paragraph-number footnote; do
			case $part in
			meta)
				# every field the original states must be the same
				want=$(meta_rows "$OUT/$b.src.dump" | awk -F'\t' '$2 != "NULL"')
				got=$(for k in $(printf '%s\n' "$want" | cut -f1); do rows "$k" "$d"; done)
				;;
			section)
				want=$(rows section "$OUT/$b.src.dump")
				got=$(rows section "$d")
				;;
			paragraph-number)
				want=$(rows paragraph "$OUT/$b.src.dump" | cut -f2,3,4)
				got=$(rows paragraph "$d" | cut -f2,3,4)
				;;
			footnote)
				want=$(rows footnote "$OUT/$b.src.dump" | cut -f2,3,4)
				got=$(rows footnote "$d" | cut -f2,3,4)
				;;
			esac
			if [ "$want" = "$got" ]; then
				pass=$((pass + 1))
			else
				fail=$((fail + 1))
				echo "FAIL $b.$r $part"
				printf '%s\n' "$want" >"$OUT/want"
				printf '%s\n' "$got" >"$OUT/got"
				{ diff "$OUT/want" "$OUT/got" || true; } | head -5 | cut -c1-200
			fi
		done
		rows paragraph "$OUT/$b.src.dump" | cut -f2,7 >"$OUT/a"
		rows paragraph "$d" | cut -f2,7 >"$OUT/c"
		n=$(wc -l <"$OUT/a")
		dn=$({ diff "$OUT/a" "$OUT/c" || true; } | awk '/^</ { k++ } END { print k + 0 }')
		body_total=$((body_total + n))
		body_diff=$((body_diff + dn))
		echo "$b.$r: $((n - dn))/$n paragraph bodies identical"
	done
done
if [ $((body_diff * 100)) -le "$body_total" ]; then
	pass=$((pass + 1))
else
	fail=$((fail + 1))
	echo "FAIL paragraph bodies: $body_diff of $body_total differ (more than 1%)"
fi
echo "renderings: $((body_total - body_diff)) of $body_total paragraph bodies identical across 4 renderings"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
