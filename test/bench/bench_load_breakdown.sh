#!/usr/bin/env bash
# Where the CPU time of tip_load_report() goes, found by taking parts away:
# the same N distinct texts (default 500, made as bench_load.sh makes them)
# are loaded into databases that lack, one more part each, the foreign keys,
# the GIN index, the other secondary indexes, the primary keys, the tsv
# expression and at last every derived row; each difference is the cost of
# the part taken away.  Beside them: to_tsvector, tip_parse_document and
# tip_text_sha256 alone on the same texts.  Figures are the backends' CPU
# seconds at nice 19, the best of ROUNDS runs (default 3) of each, because
# other work on a shared machine makes single runs vary by 20%.  Run by hand:
#   test/bench/bench_load_breakdown.sh [N] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
. test/bench/lib.sh
n="${1:-500}"
rounds="${2:-3}"
bin/tip-cluster start >/dev/null
eval "$(bin/tip-cluster env)"
base=tip_bench_bd

psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS ${base}_0" -c "CREATE DATABASE ${base}_0"
export PGDATABASE=${base}_0
psql -X -q -c "CREATE EXTENSION tip_reports"
bench_report_texts "$n"
mb=$(psql -X -At -c "SELECT round(sum(octet_length(doc)) / 1e6, 1) FROM bench")
rows=$(psql -X -At -c "SELECT count(*) FROM bench")

# The parts: each is taken away in a copy of the database before, which
# already lacks the ones above it.  The
# statements are generated from the catalog, so they follow the schema.
tables="c.relnamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'tip_reports')
	AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'report_id')"
parts=(
	"foreign keys|SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', o.conrelid::regclass, o.conname)
		FROM pg_constraint o JOIN pg_class c ON c.oid = o.conrelid WHERE o.contype = 'f' AND $tables"
	"GIN index|SELECT format('DROP INDEX %s', i.indexrelid::regclass) FROM pg_index i
		JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class x ON x.oid = i.indexrelid
		JOIN pg_am am ON am.oid = x.relam WHERE am.amname = 'gin' AND $tables"
	"other secondary indexes|SELECT format('DROP INDEX %s', i.indexrelid::regclass) FROM pg_index i
		JOIN pg_class c ON c.oid = i.indrelid WHERE NOT i.indisprimary AND NOT i.indisunique AND $tables"
	"primary keys|SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', o.conrelid::regclass, o.conname)
		FROM pg_constraint o JOIN pg_class c ON c.oid = o.conrelid WHERE o.contype = 'p' AND $tables"
	"stored tsv (to_tsvector of every paragraph)|SELECT format('ALTER TABLE %s ALTER COLUMN %I DROP EXPRESSION', c.oid::regclass, a.attname)
		FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE a.attgenerated = 's' AND a.atttypid = 'tsvector'::regtype AND $tables"
	"heap rows of the derived tables|SELECT 'CREATE OR REPLACE FUNCTION tip_internal.tip_store_rows(rid bigint, d tip_internal.tip_document) RETURNS void LANGUAGE plpgsql AS \$f\$BEGIN END\$f\$'"
)
for i in "${!parts[@]}"; do
	db=${base}_$((i + 1))
	psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db TEMPLATE ${base}_$i"
	printf '%s \\gexec\n' "${parts[$i]#*|}" | psql -X -q -v ON_ERROR_STOP=1 -d "$db" >/dev/null
done

# Run SQL in a backend of DB at nice 19; print its CPU seconds.
cpu_run() {
	psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" <<SQL
SET client_min_messages = warning;
SELECT pg_backend_pid() AS pid \gset
\set r \`renice -n 19 -p :pid 2>&1\`
SET max_parallel_workers_per_gather = 0;
$2
\set c0 \`awk '{ print \$14 + \$15 }' /proc/:pid/stat\`
\o /dev/null
$3
\o
\set c1 \`awk '{ print \$14 + \$15 }' /proc/:pid/stat\`
SELECT round((:c1 - :c0) / $(getconf CLK_TCK).0, 2);
SQL
}
# best DB SETUP SQL: the least CPU seconds of $rounds runs
best() {
	local r b="" t
	for r in $(seq 1 "$rounds"); do
		t=$(cpu_run "$1" "$2" "$3")
		b=$(awk -v a="$b" -v t="$t" 'BEGIN { print (a == "" || t + 0 < a + 0) ? t : a }')
	done
	echo "$b"
}
load="$(for ((i = 0; i < (rows + 99) / 100; i++)); do
	echo "SELECT count(tip_load_report(doc)) FROM bench WHERE id > $((i * 100)) AND id <= $(((i + 1) * 100));"
done)"
# every derived table by name: without foreign keys CASCADE reaches none
reset="SELECT 'TRUNCATE ' || string_agg(c.oid::regclass::text, ', ') FROM pg_class c WHERE c.relkind = 'r' AND $tables \\gexec
VACUUM ANALYZE;"
alone() { best ${base}_0 "" "SELECT count(*) FROM (SELECT $1 AS x FROM bench OFFSET 0) s WHERE x IS NOT NULL;"; }

echo "texts: $rows distinct reports, $mb MB; backend CPU seconds, best of $rounds"
cpu_run ${base}_0 "" "SELECT count(*) FROM bench WHERE length(doc) > 0;" >/dev/null # warm the cache
t_eng=$(alone "to_tsvector('english', doc)")
t_tip=$(alone "to_tsvector('tip_english', doc)")
t_parse=$(alone "tip_internal.tip_parse_document(doc)")
t_hash=$(alone "tip_text_sha256(doc)")
row() { awk -v w="$1" -v s="$2" -v e="$t_eng" 'BEGIN { printf "%-52s %7.2f s  %5.2fx\n", w, s, s / e }'; }
row "to_tsvector('english', doc) alone" "$t_eng"
row "to_tsvector('tip_english', doc) alone" "$t_tip"
row "tip_parse_document(doc) alone" "$t_parse"
row "tip_text_sha256(doc) alone" "$t_hash"
prev=$(best ${base}_0 "$reset" "$load")
row "tip_load_report, everything" "$prev"
for i in "${!parts[@]}"; do
	t=$(best ${base}_$((i + 1)) "$reset" "$load")
	row "  ${parts[$i]%%|*}" "$(awk -v a="$prev" -v b="$t" 'BEGIN { print a - b }')"
	prev=$t
done
row "  the rest: hash, parse, tip_reports row, plpgsql" "$prev"
for i in $(seq 0 "${#parts[@]}"); do
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS ${base}_$i"
done
