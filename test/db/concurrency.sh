#!/usr/bin/env bash
# Parallel loaders: N (default 4) bin/tip-load processes load the same set of
# report files, each in its own order.  Every report must end up stored
# exactly once, every loader must succeed, and the server must log no
# deadlock.  Needs a running cluster (PGHOST/PGPORT set).
set -euo pipefail
cd "$(dirname "$0")/../.."
db=tip_concurrency
loaders="${1:-4}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"; dropdb --if-exists "$db"' EXIT

dropdb --if-exists "$db"
createdb "$db"
psql -X -q -d "$db" -v ON_ERROR_STOP=1 -c "CREATE EXTENSION tip_reports"

# 15 distinct texts: the corpus and two edited copies of each report
mkdir "$tmp/set"
for f in test/corpus/*.txt; do
	b=$(basename "$f" .txt)
	cp "$f" "$tmp/set/$b.txt"
	sed 's/Vienna/Wien/g; s/the Conference/the Conference of the Parties/' "$f" >"$tmp/set/$b.v1.txt"
	sed 's/ UNODC / the Office /' "$f" >"$tmp/set/$b.v2.txt"
done
distinct=$(ls "$tmp/set" | wc -l)

# only what the server logs from now on counts
logsize=0
[ -n "${TIP_SERVER_LOG:-}" ] && [ -f "$TIP_SERVER_LOG" ] && logsize=$(stat -c %s "$TIP_SERVER_LOG")
pids=()
for i in $(seq 1 "$loaders"); do
	ls "$tmp"/set/* | shuf --random-source=<(yes "$i") >"$tmp/order.$i"
	mapfile -t files <"$tmp/order.$i"
	bin/tip-load -q -d "$db" "${files[@]}" >"$tmp/out.$i" 2>&1 &
	pids+=($!)
done
fail=0
for i in "${!pids[@]}"; do
	wait "${pids[$i]}" || { echo "concurrency: loader $((i + 1)) failed:"; cat "$tmp/out.$((i + 1))"; fail=1; }
done

loaded=0
present=0
for i in $(seq 1 "$loaders"); do
	l=$(sed -n 's/.* \([0-9]*\) loaded, \([0-9]*\) already present.*/\1/p' "$tmp/out.$i")
	p=$(sed -n 's/.* \([0-9]*\) loaded, \([0-9]*\) already present.*/\2/p' "$tmp/out.$i")
	loaded=$((loaded + ${l:-0}))
	present=$((present + ${p:-0}))
done
stored=$(psql -X -At -d "$db" -c "SELECT count(*) FROM tip_reports")
dups=$(psql -X -At -d "$db" -c "SELECT count(*) FROM (SELECT sha256 FROM tip_reports GROUP BY 1 HAVING count(*) > 1) d")
short=$(psql -X -At -d "$db" -c "SELECT count(*) FROM tip_reports r WHERE paragraph_count <> (SELECT count(*) FROM tip_paragraphs p WHERE p.report_id = r.report_id)")
echo "concurrency: $loaders loaders x $distinct files: $stored reports stored, $loaded loaded + $present already present"
[ "$stored" -eq "$distinct" ] || { echo "concurrency: expected $distinct reports"; fail=1; }
[ "$dups" -eq 0 ] || { echo "concurrency: duplicate hashes"; fail=1; }
[ "$short" -eq 0 ] || { echo "concurrency: reports with missing paragraphs"; fail=1; }
[ "$loaded" -eq "$distinct" ] || { echo "concurrency: loaders report $loaded fresh loads, expected $distinct"; fail=1; }
[ "$present" -eq $((distinct * (loaders - 1))) ] || { echo "concurrency: loaders report $present already present"; fail=1; }
if [ -n "${TIP_SERVER_LOG:-}" ] && tail -c +$((logsize + 1)) "$TIP_SERVER_LOG" | grep -q "deadlock detected"; then
	echo "concurrency: the server log shows a deadlock"
	fail=1
fi
[ "$fail" -eq 0 ] && echo "concurrency: each report stored exactly once, no error"
exit "$fail"
