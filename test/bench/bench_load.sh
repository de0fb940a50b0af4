#!/usr/bin/env bash
# Load throughput of tip_load_report() (reports/s, MB/s) for N distinct
# report texts (default 2000: the corpus reports, each copy varied), with 1
# and 2 parallel loaders and in one statement, beside to_tsvector alone and
# tip_parse_document alone on the same texts.  Every backend runs at nice
# 19; the figures are the backends' CPU time (from /proc, so a busy machine
# does not distort them) and, for the two loaders, the wall clock too.
# test/bench/bench_load_breakdown.sh tells where the time goes.  Run by hand:
#   test/bench/bench_load.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
. test/bench/lib.sh
n="${1:-2000}"
bin/tip-cluster start >/dev/null
eval "$(bin/tip-cluster env)"
export PGDATABASE=tip_bench_load
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS tip_bench_load" -c "CREATE DATABASE tip_bench_load"
psql -X -q -c "CREATE EXTENSION tip_reports"
bench_report_texts "$n"

# Statements loading the texts with id % m = r, 100 reports per statement
# (and transaction), as a loader loads a batch.
batches() {
	local i
	for ((i = 0; i < (rows + 99) / 100; i++)); do
		echo "SELECT count(tip_load_report(doc)) FROM bench WHERE id % $1 = $2 AND id > $((i * 100)) AND id <= $(((i + 1) * 100));"
	done
}
# Run SQL statements in a backend at nice 19; print its CPU seconds.
cpu_run() {
	psql -X -q -At -v ON_ERROR_STOP=1 <<SQL
SELECT pg_backend_pid() AS pid \gset
\set r \`renice -n 19 -p :pid 2>&1\`
SET max_parallel_workers_per_gather = 0;
\set c0 \`awk '{ print \$14 + \$15 }' /proc/:pid/stat\`
\o /dev/null
$1;
\o
\set c1 \`awk '{ print \$14 + \$15 }' /proc/:pid/stat\`
SELECT round((:c1 - :c0) / $(getconf CLK_TCK).0, 2);
SQL
}
reset() { psql -X -q -c "SET client_min_messages = warning" -c "TRUNCATE tip_reports CASCADE" -c "VACUUM ANALYZE"; }
rate() { awk -v n="$1" -v mb="$mb" -v s="$2" 'BEGIN { printf "%7.1f reports/s %6.2f MB/s", n / s, mb / s }'; }

mb=$(psql -X -At -c "SELECT round(sum(octet_length(doc)) / 1e6, 1) FROM bench")
rows=$(psql -X -At -c "SELECT count(*) FROM bench")
echo "texts: $rows distinct reports, $mb MB (CPU seconds of the backends)"

cpu_run "SELECT count(*) FROM bench WHERE length(doc) > 0" >/dev/null # warm the cache
t_eng=$(cpu_run "SELECT count(*) FROM bench WHERE to_tsvector('english', doc) IS NOT NULL")
t_tip=$(cpu_run "SELECT count(*) FROM bench WHERE to_tsvector('tip_english', doc) IS NOT NULL")
t_parse=$(cpu_run "SELECT count(*) FROM bench WHERE tip_internal.tip_parse_document(doc) IS NOT NULL")
echo "to_tsvector('english', doc) alone:     ${t_eng}s  $(rate "$rows" "$t_eng")"
echo "to_tsvector('tip_english', doc) alone: ${t_tip}s  $(rate "$rows" "$t_tip")"
echo "tip_parse_document(doc) alone:         ${t_parse}s  $(rate "$rows" "$t_parse")"

reset
t1=$(cpu_run "$(batches 1 0)")
loaded=$(psql -X -At -c "SELECT count(*) FROM tip_reports")
echo "tip_load_report, 1 loader:             ${t1}s  $(rate "$loaded" "$t1")  ($loaded stored)"
reset
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
w0=$(date +%s.%N)
cpu_run "$(batches 2 0)" >"$tmp/a" &
cpu_run "$(batches 2 1)" >"$tmp/b" &
wait
w1=$(date +%s.%N)
loaded2=$(psql -X -At -c "SELECT count(*) FROM tip_reports")
t2=$(awk -v a="$(cat "$tmp/a")" -v b="$(cat "$tmp/b")" 'BEGIN { printf "%.2f", (a + 0 > b + 0) ? a : b }')
t2sum=$(awk -v a="$(cat "$tmp/a")" -v b="$(cat "$tmp/b")" 'BEGIN { printf "%.2f", a + b }')
wall=$(awk -v a="$w0" -v b="$w1" 'BEGIN { printf "%.1f", b - a }')
echo "tip_load_report, 2 loaders:            ${t2}s  $(rate "$loaded2" "$t2")  ($loaded2 stored; busier backend's CPU; both ${t2sum}s; wall ${wall}s at nice 19)"
t_again=$(cpu_run "$(batches 1 0)")
echo "tip_load_report, same texts again:     ${t_again}s  $(rate "$rows" "$t_again")"
# all texts in one statement: a session whose plans were made on empty
# tables must not slow down as the tables fill
reset
t_one=$(cpu_run "SELECT count(tip_load_report(doc)) FROM bench")
echo "tip_load_report, one statement:        ${t_one}s  $(rate "$rows" "$t_one")"
awk -v a="$t1" -v b="$t_eng" -v c="$t_tip" -v p="$t_parse" 'BEGIN { printf "ratio: 1 loader costs %.2fx to_tsvector(english), %.2fx to_tsvector(tip_english); tip_parse_document alone %.2fx\n", a / b, a / c, p / b }'
