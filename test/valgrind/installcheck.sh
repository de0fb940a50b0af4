#!/usr/bin/env bash
# pg_regress under valgrind memcheck: a throwaway cluster whose postmaster
# (and so every backend and parallel worker it forks) runs under valgrind,
# then `make installcheck` against it.  Fails when valgrind reports any
# error in which tip_reports.so takes part (a frame in the error's stack or
# in the origin of an uninitialised value), and lists the other errors
# (PostgreSQL's own, not built for valgrind) without failing on them.
#   test/valgrind/installcheck.sh [test ...]     (default: the whole suite)
# Slow: valgrind runs the server about 30-50 times slower.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$(pwd)"
BIN="${TIP_PG_BINDIR:-/usr/lib/postgresql/15/bin}"
PORT="${TIP_VG_PGPORT:-54339}"
DIR="$ROOT/build/vg-cluster"
LOGS="$DIR/valgrind"

as_owner() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
owner() { if [ "$(id -u)" -eq 0 ]; then echo postgres; else id -un; fi; }

stop_server() {
	as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -t 600 stop >/dev/null 2>&1 || true
}

stop_server
rm -rf "$DIR"
mkdir -p "$DIR/data" "$DIR/socket" "$LOGS"
[ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$DIR"
as_owner "$BIN/initdb" -D "$DIR/data" -U "$(owner)" -E UTF8 --locale=C.UTF-8 -A trust >/dev/null

# The postmaster forks its children without exec: valgrind follows them and
# writes one log per process.  Timeouts are generous for the slow server;
# no JIT (LLVM under valgrind is slow and not ours to check).
as_owner valgrind --quiet --trace-children=no --track-origins=yes --num-callers=40 \
	--error-limit=no --read-var-info=yes --leak-check=no \
	--suppressions="$ROOT/test/valgrind/postgres.supp" \
	--log-file="$LOGS/%p.log" \
	"$BIN/postgres" -D "$DIR/data" -p "$PORT" -k "$DIR/socket" -c listen_addresses='' \
	-c max_worker_processes=8 -c max_parallel_workers_per_gather=2 \
	-c authentication_timeout=600 -c deadlock_timeout=60s -c jit=off \
	>"$DIR/server.log" 2>&1 &
trap stop_server EXIT
for _ in $(seq 1 300); do
	"$BIN/pg_isready" -q -h "$DIR/socket" -p "$PORT" && break
	sleep 1
done
"$BIN/pg_isready" -h "$DIR/socket" -p "$PORT" >/dev/null

export PGHOST="$DIR/socket" PGPORT="$PORT" PGUSER="$(owner)" PGDATABASE=postgres
rc=0
if [ $# -gt 0 ]; then
	make -s installcheck PG_CONFIG="$BIN/pg_config" REGRESS="$*" || rc=$?
else
	make -s installcheck PG_CONFIG="$BIN/pg_config" || rc=$?
fi
stop_server
trap - EXIT

# Error blocks of every log: a block starts at a line "==PID== <message>"
# after a blank "==PID== " line; count those that name tip_reports.so or
# one of its source files (frames with debug information show file:line).
srcs=$(cd src && find . -name "*.[ch]" | sed 's|.*/||; s/\./\\./g' | paste -sd'|')
ours=0
theirs=0
for f in "$LOGS"/*.log; do
	[ -s "$f" ] || continue
	counts=$(RE="tip_reports\\.so|[( ](${srcs}):[0-9]" awk '
		/^==[0-9]+== *$/ { if (inb) { if (hit) o++; else t++ } inb = 0; hit = 0; next }
		/^==[0-9]+== / { inb = 1; if ($0 ~ ENVIRON["RE"]) hit = 1 }
		END { if (inb) { if (hit) o++; else t++ } print o + 0, t + 0 }' "$f")
	o=${counts% *}
	t=${counts#* }
	if [ "$o" -gt 0 ]; then
		echo "valgrind: $o error(s) in tip_reports.so, $f:"
		cat "$f"
	elif [ "$t" -gt 0 ]; then
		echo "valgrind: $t error(s) in PostgreSQL itself (not counted): $f"
		grep -m 3 -E '^==[0-9]+== [A-Z]' "$f" | sed 's/^/  /'
	fi
	ours=$((ours + o))
	theirs=$((theirs + t))
done
echo "valgrind: $(ls "$LOGS" | wc -l) server processes checked; $ours error(s) in tip_reports.so, $theirs elsewhere"
[ "$rc" -eq 0 ] || { echo "valgrind: pg_regress failed (build/regress/regression.diffs)"; exit "$rc"; }
[ "$ours" -eq 0 ]
