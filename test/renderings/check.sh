#!/bin/sh
# Rendering robustness: derive CRLF, re-wrapped plain text with page
# furniture, and typeset-PDF text (pdftotext with and without -layout) from
# each corpus report, parse every rendering with the core and require the
# same metadata, heading tree, paragraph numbers and footnote marks as the
# original; paragraph bodies must match too, save for at most 1% of them
# (a line-end hyphen between two real words, "work-plan", cannot always be
# told from a typesetter's break).
# Needs: groff poppler-utils ghostscript; build/tipdump (make build/tipdump).
set -eu
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
# fields a rendering may state although the original does not
dump() { ./build/tipdump -a "$1" | grep -v '^rendering	\|^warning	'; }

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
				sel() { grep -v '^section	\|^paragraph	\|^footnote	' "$1" | awk -F'\t' '$2 != "NULL"' | cut -f1; }
				want=$(grep -v '^section	\|^paragraph	\|^footnote	' "$OUT/$b.src.dump" | awk -F'\t' '$2 != "NULL"')
				got=$(for k in $(sel "$OUT/$b.src.dump"); do grep "^$k	" "$d"; done)
				;;
			section)
				want=$(grep '^section	' "$OUT/$b.src.dump")
				got=$(grep '^section	' "$d")
				;;
			paragraph-number)
				want=$(grep '^paragraph	' "$OUT/$b.src.dump" | cut -f2,3,4)
				got=$(grep '^paragraph	' "$d" | cut -f2,3,4)
				;;
			footnote)
				want=$(grep '^footnote	' "$OUT/$b.src.dump" | cut -f2,3,4)
				got=$(grep '^footnote	' "$d" | cut -f2,3,4)
				;;
			esac
			if [ "$want" = "$got" ]; then
				pass=$((pass + 1))
			else
				fail=$((fail + 1))
				echo "FAIL $b.$r $part"
				printf '%s\n' "$want" >"$OUT/want"
				printf '%s\n' "$got" >"$OUT/got"
				diff "$OUT/want" "$OUT/got" | head -5 | cut -c1-200
			fi
		done
		n=$(grep -c '^paragraph	' "$OUT/$b.src.dump")
		dn=$(grep '^paragraph	' "$OUT/$b.src.dump" | cut -f2,7 >"$OUT/a"; grep '^paragraph	' "$d" | cut -f2,7 >"$OUT/c"; diff "$OUT/a" "$OUT/c" | grep -c '^<' || true)
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
