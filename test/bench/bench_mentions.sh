#!/usr/bin/env bash
# tip_mentions() throughput in SQL beside to_tsvector('english') on the same
# text (>= 50 MB: the corpus reports repeated, each copy made distinct), on the
# throwaway cluster.  Prints MB/s for both and the ratio (the first call of each
# backend also builds the gazetteer matcher; that is timed too).  Run by hand:
#   test/bench/bench_mentions.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
bin/tip-cluster start >/dev/null
eval "$(bin/tip-cluster env)"
export PGDATABASE=tip_bench_mentions
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS tip_bench_mentions" -c "CREATE DATABASE tip_bench_mentions"
psql -X -q -c "CREATE EXTENSION tip_reports" -c "CREATE TABLE src (doc text)" -c "ALTER TABLE src ALTER doc SET STORAGE EXTERNAL"
for f in test/corpus/*.txt; do
	printf '\\set d `cat %s`\nINSERT INTO src VALUES (:%s);\n' "$f" "'d'" | psql -X -q
done
# uncompressed storage: the timings are of parsing, not of pglz
psql -X -q -c "CREATE TABLE bench (doc text)" -c "ALTER TABLE bench ALTER doc SET STORAGE EXTERNAL" \
	-c "INSERT INTO bench SELECT doc || E'\n\nCopy ' || g FROM src, generate_series(1, 240) g" \
	-c "VACUUM ANALYZE bench"
# Each query runs in a session of its own and is timed by the wall clock and
# by the CPU time its backend used (utime + stime from /proc): on a busy
# machine the wall clock also counts time spent waiting for a core.
TICK=$(getconf CLK_TCK)
MB=$(psql -X -At -c "SELECT round(sum(octet_length(doc)) / 1e6, 1) FROM bench")
ROWS=$(psql -X -At -c "SELECT count(*) FROM bench")
echo "text: $ROWS rows, $MB MB"
psql -X -q -c "SELECT count(*) FROM bench WHERE length(doc) > 0" >/dev/null	# warm the cache

# time_query NAME SQL: prints "NAME wall_seconds cpu_seconds"
time_query() {
	psql -X -q -At -v name="$1" -v query="$2" -v tick="$TICK" <<'SQL'
SET max_parallel_workers_per_gather = 0;
SELECT pg_backend_pid() AS pid \gset
\setenv TIP_PID :pid
\setenv TIP_NAME :name
\setenv TIP_TICK :tick
\! awk '{ print $14 + $15 }' /proc/$TIP_PID/stat > /tmp/tip_bench_cpu.$TIP_PID
SELECT clock_timestamp() AS t0 \gset
:query \g /dev/null
SELECT extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) AS wall \gset
\! awk '{ print $14 + $15 }' /proc/$TIP_PID/stat >> /tmp/tip_bench_cpu.$TIP_PID
\setenv TIP_WALL :wall
\! awk -v n="$TIP_NAME" -v w="$TIP_WALL" -v t="$TIP_TICK" 'NR == 1 { a = $1 } NR == 2 { printf "%s %s %.2f\n", n, w, ($1 - a) / t }' /tmp/tip_bench_cpu.$TIP_PID; rm -f /tmp/tip_bench_cpu.$TIP_PID
SQL
}
P=$(time_query tip_mentions "SELECT count(*) FROM bench, LATERAL tip_mentions(doc)")
V=$(time_query to_tsvector "SELECT count(*) FROM bench WHERE to_tsvector('english', doc) IS NOT NULL")
echo "$P
$V" | awk -v mb="$MB" '
	{ wall[$1] = $2; cpu[$1] = $3
	  printf "%s: wall %.2f s = %.1f MB/s; backend CPU %.2f s = %.1f MB/s\n", $1, $2, mb / $2, $3, ($3 > 0 ? mb / $3 : 0) }
	END { printf "ratio: tip_mentions is %.1fx faster than to_tsvector by the wall clock, %.1fx by CPU time\n",
		wall["to_tsvector"] / wall["tip_mentions"], (cpu["tip_mentions"] > 0 ? cpu["to_tsvector"] / cpu["tip_mentions"] : 0) }'
psql -X -q -d postgres -c "DROP DATABASE tip_bench_mentions"
