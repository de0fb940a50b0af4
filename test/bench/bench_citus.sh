#!/usr/bin/env bash
# Citus against one node on the same texts (run by hand, not a test):
#   test/bench/bench_citus.sh [N] [SHARDS]
# N (default 1,000) distinct report texts made from the corpus reports
# (test/citus/make_texts.py) are loaded by bin/tip-load into one node
# and into a Citus cluster of a coordinator and two workers on this machine
# (test/citus/lib.sh: own ports and folder; Citus installed by
# test/citus/install-citus.sh), distributed with tip_distribute(SHARDS)
# (default 8).  The texts are loaded in ROUNDS (TIP_BENCH_ROUNDS, default 5)
# parts, each part into one node and then through the coordinator, so that a
# slower spell of this shared machine falls on both alike. Autovacuum is off
# while loading, on both: when it would run is not the same on 11 tables as
# on 11 tables times the shards, and a round's CPU would depend on it; the
# VACUUM ANALYZE after the loads is measured instead
# (TIP_BENCH_AUTOVACUUM=on leaves it on, as a server has it by default; the
# rounds' CPU then counts what it did meanwhile).  Prints for each: the
# load's wall time, reports per second and the CPU time of all its servers'
# processes (every node of the cluster), the ratio of the totals and of each
# round, the CPU of the VACUUM ANALYZE and the ratio with it; then
# tip_search over the same queries, 20 rows each, after one warm-up round:
# p50 and p95 of the time per query, measured in the server.
# TIP_BENCH_RESHARD="16 32" then changes the shard count of the same corpus
# (alter_distributed_table) to each of those and searches again.
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-1000}"
SHARDS="${2:-8}"
REPS="${TIP_BENCH_REPS:-20}"
ROUNDS="${TIP_BENCH_ROUNDS:-5}"
DB=tip_bench_citus

test/citus/install-citus.sh >/dev/null
. test/citus/lib.sh
tmp="$(mktemp -d)"
chmod 755 "$tmp"
citus_wipe
trap 'citus_wipe; rm -rf "$tmp"' EXIT
for node in coord w1 w2 single; do
	citus_start "$node"
done
conn() { echo "-h $CITUS_SOCK -p $(citus_port "$1") -U $(citus_owner) -d $DB"; }

# CPU seconds of a server so far: the postmaster, the children it has reaped
# (backends that ended) and those still running
cpu_of() {
	local pm tick
	pm=$(head -1 "$CITUS_DIR/$1/postmaster.pid")
	tick=$(getconf CLK_TCK)
	{
		awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pm/stat"
		for c in $(ps -o pid= --ppid "$pm"); do
			awk '{ print $14 + $15 }' "/proc/$c/stat" 2>/dev/null || true
		done
	} | awk -v t="$tick" '{ s += $1 } END { printf "%.2f", s / t }'
}
cpu_sum() {
	local node s=0
	for node in "$@"; do
		s=$(awk -v a="$s" -v b="$(cpu_of "$node")" 'BEGIN { printf "%.2f", a + b }')
	done
	echo "$s"
}

python3 test/citus/make_texts.py "$tmp/texts" "$N" test/corpus/*.txt
texts=$(ls "$tmp/texts" | wc -l)
mb=$(du -sm "$tmp/texts" | cut -f1)

citus_psql single -d postgres -c "CREATE DATABASE $DB"
citus_psql single -d "$DB" -c "CREATE EXTENSION tip_reports"
citus_init_db "$DB" w1 w2 2>/dev/null
citus_psql coord -d "$DB" -c "CREATE EXTENSION tip_reports" -c "SELECT tip_distribute($SHARDS)" >/dev/null 2>&1
for node in coord w1 w2 single; do
	citus_psql "$node" -d "$DB" -c "ALTER SYSTEM SET autovacuum = ${TIP_BENCH_AUTOVACUUM:-off}" \
		-c "SELECT pg_reload_conf()" >/dev/null
done

# load NODE CPU-NODES... < file list: loads the files, prints "WALL CPU"
load() {
	local node=$1 c0 c1 t0 t1
	shift
	c0=$(cpu_sum "$@")
	t0=$(date +%s.%N)
	# shellcheck disable=SC2046
	# (a summary with failures is shown: the numbers would not be comparable)
	xargs bin/tip-load -q $(conn "$node") | grep -v ' 0 failed$' >&2 || true
	t1=$(date +%s.%N)
	sleep 1	# the sessions end and their servers' backends are reaped
	c1=$(cpu_sum "$@")
	awk -v a="$t0" -v b="$t1" -v c="$c0" -v d="$c1" 'BEGIN { printf "%.2f %.2f\n", b - a, d - c }'
}
echo "bench_citus: $texts texts, $mb MB; Citus: coordinator + 2 workers, $SHARDS shards; $ROUNDS rounds; autovacuum ${TIP_BENCH_AUTOVACUUM:-off} while loading"
ls "$tmp"/texts/* | split -n "r/$ROUNDS" - "$tmp/round."
: >"$tmp/rounds"
for part in "$tmp"/round.*; do
	one=$(load single single <"$part")
	dist=$(load coord coord w1 w2 <"$part")
	echo "$one $dist" >>"$tmp/rounds"
done
# the maintenance the loads leave, once on each: VACUUM ANALYZE of every table
# (on Citus, of every shard, by the workers)
vacuum() {	# vacuum NODE CPU-NODES...: prints the CPU seconds
	local node=$1 c0 c1
	shift
	c0=$(cpu_sum "$@")
	citus_psql "$node" -d "$DB" -c "VACUUM ANALYZE" >/dev/null
	sleep 1
	c1=$(cpu_sum "$@")
	awk -v c="$c0" -v d="$c1" 'BEGIN { printf "%.2f", d - c }'
}
v1=$(vacuum single single)
v2=$(vacuum coord coord w1 w2)
awk -v n="$texts" -v v1="$v1" -v v2="$v2" '
	{ w1 += $1; c1 += $2; w2 += $3; c2 += $4; r[NR] = $4 / $2 }
	END {
		printf "load %-28s %d texts: %6.1f s, %6.1f reports/s, server CPU %6.1f s, VACUUM ANALYZE %5.1f s\n", "one node", n, w1, n / w1, c1, v1
		printf "load %-28s %d texts: %6.1f s, %6.1f reports/s, server CPU %6.1f s, VACUUM ANALYZE %5.1f s\n", "Citus, through coordinator", n, w2, n / w2, c2, v2
		printf "load CPU ratio Citus / one node: %.2f (rounds:", c2 / c1
		for (i = 1; i <= NR; i++) printf " %.2f", r[i]
		printf "); with the VACUUM ANALYZE: %.2f\n", (c2 + v2) / (c1 + v1)
	}' "$tmp/rounds"

search() {	# search LABEL NODE
	citus_psql "$2" -d "$DB" -At <<SQL | sed "s/^/search $1: /"
CREATE TEMP TABLE q (q text);
INSERT INTO q VALUES ('"organ removal"'), ('trafficking'), ('victims OR smuggling'),
	('technical assistance -Vienna'), ('64/293'), ('Protocol parties'), ('Nairobi workshop'),
	('forced labour'), ('smuggling -trafficking'), ('legislative assistance');
CREATE TEMP TABLE t (q text, ms float8);
DO \$\$
DECLARE r record; i integer; t0 timestamptz;
BEGIN
	FOR i IN 0..$REPS LOOP
		FOR r IN SELECT q.q FROM q LOOP
			t0 := clock_timestamp();
			PERFORM count(*) FROM tip_search(r.q, 20);
			IF i > 0 THEN
				INSERT INTO t VALUES (r.q, extract(epoch FROM clock_timestamp() - t0) * 1000);
			END IF;
		END LOOP;
	END LOOP;
END
\$\$;
SELECT format('%s queries: p50 %s ms, p95 %s ms, max %s ms', count(*),
	round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 1),
	round(percentile_cont(0.95) WITHIN GROUP (ORDER BY ms)::numeric, 1),
	round(max(ms)::numeric, 1)) FROM t;
SQL
}
search "one node                  " single
search "Citus, through coordinator" coord
for n in ${TIP_BENCH_RESHARD:-}; do
	citus_reshard "$DB" "$n"
	search "Citus, $n shards             " coord
done
