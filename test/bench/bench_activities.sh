#!/usr/bin/env bash
# tip_activities() throughput in SQL beside to_tsvector('english') on the same
# text (>= 50 MB: the corpus reports repeated, each copy made distinct), on the
# throwaway cluster.  Prints MB/s for both and the ratio.  Run by hand.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_init tip_bench_act
psql -X -q -c "CREATE TABLE bench AS SELECT doc || E'\n\nCopy ' || g AS doc FROM src, generate_series(1, 240) g" \
	-c "ALTER TABLE bench ALTER doc SET STORAGE EXTERNAL" -c "VACUUM ANALYZE bench"
psql -X -At <<'SQL'
SET max_parallel_workers_per_gather = 0;
SELECT format('text: %s rows, %s MB', count(*), round(sum(octet_length(doc)) / 1e6, 1)) FROM bench;
SELECT count(*) FROM bench WHERE length(doc) > 0 \g /dev/null
CREATE TEMP TABLE t AS SELECT clock_timestamp() AS t0;
SELECT count(*) FROM bench, LATERAL tip_activities(doc) \g /dev/null
CREATE TEMP TABLE p AS SELECT extract(epoch FROM clock_timestamp() - t0) AS s FROM t;
UPDATE t SET t0 = clock_timestamp();
SELECT count(*) FROM bench WHERE to_tsvector('english', doc) IS NOT NULL \g /dev/null
CREATE TEMP TABLE v AS SELECT extract(epoch FROM clock_timestamp() - t0) AS s FROM t;
SELECT format('tip_activities(): %s s = %s MB/s', round(p.s::numeric, 2), round((sum(octet_length(doc)) / 1e6 / p.s)::numeric, 1)),
       format('to_tsvector(english): %s s = %s MB/s', round(v.s::numeric, 2), round((sum(octet_length(doc)) / 1e6 / v.s)::numeric, 1)),
       format('ratio: tip_activities takes %sx the time of to_tsvector', round((p.s / v.s)::numeric, 2))
FROM bench, p, v GROUP BY p.s, v.s;
SQL
bench_drop
