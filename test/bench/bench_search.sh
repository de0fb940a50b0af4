#!/usr/bin/env bash
# tip_search() latency (p50, p95) over at least one million paragraphs: the
# corpus reports loaded, then copied into extra report rows (years varied)
# until the paragraph table holds N rows (default 1,000,000).  Queries are
# a fixed mix of symbols, resolution numbers, countries, phrases and common
# words; each runs three times and the last two runs count.  Building the
# table runs at nice 19, the queries at normal priority.  Run by hand: test/bench/bench_search.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-1000000}"
bin/tip-cluster start >/dev/null
eval "$(bin/tip-cluster env)"
export PGDATABASE=tip_bench_search
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS tip_bench_search" -c "CREATE DATABASE tip_bench_search"
psql -X -q -c "CREATE EXTENSION tip_reports"
bin/tip-load -q test/corpus
psql -X -q -At <<SQL
SELECT pg_backend_pid() AS pid \gset
\set r \`renice -n 19 -p :pid 2>&1\`
SET client_min_messages = warning;
-- the search index is dropped while the copies are inserted and built again
-- as the extension defines it
SELECT indexdef AS tsv_idx FROM pg_indexes WHERE indexname = 'tip_paragraphs_tsv_idx' \gset
DROP INDEX tip_paragraphs_tsv_idx;
CREATE TEMP TABLE base AS SELECT p.*, row_number() OVER (ORDER BY report_id, number) AS k FROM tip_paragraphs p;
INSERT INTO tip_reports (sha256, source, parser_version, symbol, session_start, paragraph_count, footnote_count, raw_text)
SELECT sha256(('bench copy ' || g)::bytea), 'bench copy ' || g, 'bench', 'BENCH/' || g, make_date((2000 + g % 25)::int, (1 + g % 12)::int, 1),
       0, 0, ''
FROM generate_series(1, ($n::bigint * 5 + (SELECT count(*) FROM base) - 1) / (SELECT count(*) FROM base) + 5) g;
INSERT INTO tip_paragraphs (report_id, number, section_path, heading, body, footnote_marks, start_offset, end_offset)
SELECT r.report_id, b.number, b.section_path, b.heading,
       regexp_replace(b.body, '\m20(0[0-9]|1[0-9]|2[0-4])\M', (2000 + (r.report_id + b.k) % 25)::text, 'g'),
       b.footnote_marks, b.start_offset, b.end_offset
FROM tip_reports r JOIN base b ON b.report_id = 1 + r.report_id % 5
WHERE r.source LIKE 'bench copy %';
SELECT clock_timestamp() AS t0 \gset
:tsv_idx;
SELECT format('index %s built in %s s, %s', :'tsv_idx', round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1),
              pg_size_pretty(pg_relation_size('tip_paragraphs_tsv_idx')));
VACUUM ANALYZE;
SQL
# the queries run at normal priority: latency is what a user waits for
echo "load average before the queries: $(cut -d' ' -f1-3 /proc/loadavg)"
psql -X -q -At <<'SQL'
SELECT format('paragraphs: %s in %s reports', (SELECT count(*) FROM tip_paragraphs), (SELECT count(*) FROM tip_reports));
CREATE TEMP TABLE q (query text, kind text);
INSERT INTO q VALUES
  ('64/293', 'symbol'), ('CTOC/COP/WG.4/2017/2', 'symbol'), ('CTOC/COP/WG.4/2018/CRP.1', 'symbol'),
  ('71/167', 'symbol'), ('E/CN.15/2012/16', 'symbol'), ('2331 (2016)', 'symbol'),
  ('Colombia', 'country'), ('Nigeria', 'country'), ('Viet Nam', 'country'), ('Georgia', 'country'),
  ('Republic of Moldova', 'country'), ('Côte d''Ivoire', 'country'),
  ('"organ removal"', 'phrase'), ('"voluntary trust fund"', 'phrase'), ('"forced marriage"', 'phrase'),
  ('"global report on trafficking in persons"', 'phrase'), ('"Blue Heart"', 'phrase'),
  ('"constructive dialogue"', 'phrase'), ('"non-punishment"', 'phrase'),
  ('SHERLOC', 'term'), ('GLO.ACT', 'term'), ('ICAT', 'term'), ('webinar', 'term'), ('e-learning', 'term'),
  ('child soldiers', 'terms'), ('smuggling -trafficking', 'terms'), ('questionnaire review mechanism', 'terms'),
  ('labour exploitation fishing', 'terms'), ('victim identification guidelines', 'terms'),
  ('online recruitment technology', 'terms'), ('corruption OR money laundering', 'terms'),
  ('trafficking', 'common'), ('persons', 'common'), ('UNODC', 'common'), ('Protocol', 'common');
CREATE TEMP TABLE t (query text, kind text, run int, ms float8, n int);
DO $$
DECLARE r record; i int; t0 timestamptz; c int;
BEGIN
	FOR i IN 1..3 LOOP
		FOR r IN SELECT * FROM q LOOP
			t0 := clock_timestamp();
			SELECT count(*) INTO c FROM tip_search(r.query, 20);
			INSERT INTO t VALUES (r.query, r.kind, i, extract(epoch FROM clock_timestamp() - t0) * 1000, c);
		END LOOP;
	END LOOP;
END $$;
SELECT format('%s %s queries: p50 %s ms, p95 %s ms, max %s ms', rpad(coalesce(kind, 'all'), 8), count(DISTINCT query),
              round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 1),
              round(percentile_cont(0.95) WITHIN GROUP (ORDER BY ms)::numeric, 1), round(max(ms)::numeric, 1))
FROM t WHERE run > 1 GROUP BY ROLLUP (kind) ORDER BY kind NULLS LAST;
SELECT format('all but common: p50 %s ms, p95 %s ms', round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 1),
              round(percentile_cont(0.95) WITHIN GROUP (ORDER BY ms)::numeric, 1))
FROM t WHERE run > 1 AND kind <> 'common';
SELECT format('  %s %s ms, %s rows', rpad(query, 45), round(avg(ms)::numeric, 1), max(n)) FROM t WHERE run > 1 GROUP BY query, kind ORDER BY avg(ms) DESC LIMIT 8;
SQL
echo "load average after the queries: $(cut -d' ' -f1-3 /proc/loadavg)"
