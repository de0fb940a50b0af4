#!/usr/bin/env bash
# Load throughput of tip_load_report() (reports/s, MB/s) for N distinct
# report texts (default 2000: the corpus reports, each copy varied), with 1
# and 2 parallel loaders, beside to_tsvector alone on the same texts.  Runs
# on the throwaway cluster with the backends at nice 19.  Run by hand:
#   test/bench/bench_load.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-2000}"
bin/tip-cluster start >/dev/null
eval "$(bin/tip-cluster env)"
export PGDATABASE=tip_bench_load
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS tip_bench_load" -c "CREATE DATABASE tip_bench_load"
psql -X -q -c "CREATE EXTENSION tip_reports" -c "CREATE TABLE src (k int, doc text)"
k=0
for f in test/corpus/*.txt; do
	k=$((k + 1))
	printf '\\set d `cat %s`\nINSERT INTO src VALUES (%d, :%s);\n' "$f" "$k" "'d'" | psql -X -q
done
# distinct texts: city and year words changed and a closing line per copy
psql -X -q <<SQL
CREATE TABLE bench AS
SELECT row_number() OVER (ORDER BY g, s.k) AS id,
       replace(replace(s.doc, 'Vienna', (ARRAY['Vienna','Geneva','Bangkok','Nairobi','Panama'])[1 + g % 5]),
               ' 2011', ' ' || (2000 + g % 25)::text) || E'\n\nCopy ' || g AS doc
FROM src s, generate_series(1, ($n + 4) / 5) g;
DELETE FROM bench WHERE id > $n;
VACUUM ANALYZE bench;
SQL

# one psql per loader; its backend runs at nice 19
loader() {
	psql -X -q -At -v ON_ERROR_STOP=1 <<SQL
SELECT pg_backend_pid() AS pid \gset
\set r \`renice -n 19 -p :pid 2>&1\`
SELECT count(tip_load_report(doc)) FROM bench WHERE id % $2 = $1 \g /dev/null
SQL
}
timed() {
	local t0 t1
	t0=$(date +%s.%N)
	"$@"
	t1=$(date +%s.%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }'
}
reset() { psql -X -q -c "SET client_min_messages = warning" -c "TRUNCATE tip_reports CASCADE" -c "VACUUM ANALYZE"; }

mb=$(psql -X -At -c "SELECT round(sum(octet_length(doc)) / 1e6, 1) FROM bench")
rows=$(psql -X -At -c "SELECT count(*) FROM bench")
paras=$(psql -X -At -c "SELECT count(*) FROM bench, LATERAL tip_paragraphs(doc) WHERE id <= 20")
echo "texts: $rows distinct reports, $mb MB"

tsv() {
	psql -X -q -At <<SQL
SELECT pg_backend_pid() AS pid \gset
\set r \`renice -n 19 -p :pid 2>&1\`
SET max_parallel_workers_per_gather = 0;
SELECT count(*) FROM bench WHERE to_tsvector('$1', doc) IS NOT NULL \g /dev/null
SQL
}
parse() {
	psql -X -q -At <<SQL
SELECT pg_backend_pid() AS pid \gset
\set r \`renice -n 19 -p :pid 2>&1\`
SET max_parallel_workers_per_gather = 0;
SELECT count(*) FROM bench WHERE tip_parse_document(doc) IS NOT NULL \g /dev/null
SQL
}
tsv english >/dev/null # warm the cache
t_eng=$(timed tsv english)
t_tip=$(timed tsv tip_english)
t_parse=$(timed parse)

reset
t1=$(timed loader 0 1)
loaded=$(psql -X -At -c "SELECT count(*) FROM tip_reports")
reset
t2=$(timed bash -c "$(declare -f loader); loader 0 2 & loader 1 2 & wait")
loaded2=$(psql -X -At -c "SELECT count(*) FROM tip_reports")
t_again=$(timed loader 0 1)

rate() { awk -v n="$1" -v mb="$mb" -v s="$2" 'BEGIN { printf "%6.1f reports/s %6.2f MB/s", n / s, mb / s }'; }
echo "to_tsvector('english', doc) alone:     ${t_eng}s  $(rate "$rows" "$t_eng")"
echo "to_tsvector('tip_english', doc) alone: ${t_tip}s  $(rate "$rows" "$t_tip")"
echo "tip_parse_document(doc) alone:          ${t_parse}s  $(rate "$rows" "$t_parse")"
echo "tip_load_report, 1 loader:             ${t1}s  $(rate "$loaded" "$t1")  ($loaded stored)"
echo "tip_load_report, 2 loaders:            ${t2}s  $(rate "$loaded2" "$t2")  ($loaded2 stored)"
echo "tip_load_report, same texts again:     ${t_again}s  $(rate "$rows" "$t_again")"
awk -v a="$t1" -v b="$t_eng" -v c="$t_tip" 'BEGIN { printf "ratio: 1 loader takes %.2fx to_tsvector(english), %.2fx to_tsvector(tip_english)\n", a / b, a / c }'
