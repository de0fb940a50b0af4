# Shared by the SQL benchmarks of test/bench/ (sourced, bash): a database of
# their own on the throwaway cluster, the corpus reports as the text, and
# timing of one query by the wall clock and by its backend's CPU time.

# bench_init DB: start the cluster, (re)create DB with the extension, and
# load the corpus reports into table src (one row per report).
bench_init() {
	cd "$(dirname "${BASH_SOURCE[0]}")/../.."
	bin/tip-cluster start >/dev/null
	eval "$(bin/tip-cluster env)"
	export PGDATABASE=$1
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
	psql -X -q -c "CREATE EXTENSION tip_reports" -c "CREATE TABLE src (doc text)" -c "ALTER TABLE src ALTER doc SET STORAGE EXTERNAL"
	for f in test/corpus/*.txt; do
		printf '\\set d `cat %s`\nINSERT INTO src VALUES (:%s);\n' "$f" "'d'" | psql -X -q
	done
}

# bench_table: table bench, >= 50 MB: the reports repeated 240 times, each
# copy made distinct; uncompressed storage, so the timings are of parsing,
# not of pglz.  Then prints its size, sets MB, and warms the cache.
bench_table() {
	psql -X -q -c "CREATE TABLE bench (doc text)" -c "ALTER TABLE bench ALTER doc SET STORAGE EXTERNAL" \
		-c "INSERT INTO bench SELECT doc || E'\n\nCopy ' || g FROM src, generate_series(1, 240) g" \
		-c "VACUUM ANALYZE bench"
	TICK=$(getconf CLK_TCK)
	MB=$(psql -X -At -c "SELECT round(sum(octet_length(doc)) / 1e6, 1) FROM bench")
	ROWS=$(psql -X -At -c "SELECT count(*) FROM bench")
	echo "text: $ROWS rows, $MB MB"
	psql -X -q -c "SELECT count(*) FROM bench WHERE length(doc) > 0" >/dev/null	# warm the cache
}

# bench_report_texts N: in the current database (with the extension), table
# src (k, doc) of the corpus reports and table bench (id, doc) of N distinct
# report texts made from them, as the load benchmarks load them: city and
# year words changed and a closing line per copy.
bench_report_texts() {
	local f k=0
	psql -X -q -c "CREATE TABLE src (k int, doc text)"
	for f in test/corpus/*.txt; do
		k=$((k + 1))
		printf '\\set d `cat %s`\nINSERT INTO src VALUES (%d, :%s);\n' "$f" "$k" "'d'" | psql -X -q
	done
	psql -X -q <<SQL
CREATE TABLE bench AS
SELECT row_number() OVER (ORDER BY g, s.k) AS id,
       replace(replace(s.doc, 'Vienna', (ARRAY['Vienna','Geneva','Bangkok','Nairobi','Panama'])[1 + g % 5]),
               ' 2011', ' ' || (2000 + g % 25)::text) || E'\n\nCopy ' || g AS doc
FROM src s, generate_series(1, ($1 + 4) / 5) g;
DELETE FROM bench WHERE id > $1;
VACUUM ANALYZE bench;
SQL
}

# time_query NAME SQL: prints "NAME wall_seconds cpu_seconds".  The query
# runs in a session of its own and is timed by the wall clock and by the CPU
# time its backend used (utime + stime from /proc): on a busy machine the
# wall clock also counts time spent waiting for a core.
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

# bench_versus NAME SQL: time SQL (named NAME) and to_tsvector('english') over
# table bench, alternating, BENCH_ROUNDS times (default 3), so that both see
# the same load; print every round, the best of each (least time), and the
# ratios of the best and of each round.
bench_versus() {
	local r rounds="${BENCH_ROUNDS:-3}" out=""
	for r in $(seq 1 "$rounds"); do
		out="$out$(time_query "$1" "$2")
$(time_query to_tsvector "SELECT count(*) FROM bench WHERE to_tsvector('english', doc) IS NOT NULL")
"
	done
	printf '%s' "$out" | awk -v mb="$MB" -v f="$1" '
	function mbs(s) { return s > 0 ? mb / s : 0 }
	NF == 3 {
		n[$1]++; k = n[$1]; wall[$1, k] = $2; cpu[$1, k] = $3
		if (!($1 in bw) || $2 < bw[$1]) bw[$1] = $2
		if (!($1 in bc) || $3 < bc[$1]) bc[$1] = $3
		printf "round %d %s: wall %.2f s = %.1f MB/s; backend CPU %.2f s = %.1f MB/s\n", k, $1, $2, mbs($2), $3, mbs($3)
	}
	END {
		t = "to_tsvector"
		for (k = 1; k <= n[f]; k++)
			printf "round %d ratio: %.1fx by the wall clock, %.1fx by CPU time\n", k,
				wall[t, k] / wall[f, k], (cpu[f, k] > 0 ? cpu[t, k] / cpu[f, k] : 0)
		printf "best %s: wall %.1f MB/s, backend CPU %.1f MB/s\n", f, mbs(bw[f]), mbs(bc[f])
		printf "best %s: wall %.1f MB/s, backend CPU %.1f MB/s\n", t, mbs(bw[t]), mbs(bc[t])
		printf "ratio (best of each): %s is %.1fx faster than to_tsvector by the wall clock, %.1fx by CPU time\n",
			f, bw[t] / bw[f], (bc[f] > 0 ? bc[t] / bc[f] : 0)
	}'
}
# bench_drop: drop the benchmark's database.
bench_drop() {
	psql -X -q -d postgres -c "DROP DATABASE $PGDATABASE"
}
