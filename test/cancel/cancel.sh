#!/usr/bin/env bash
# cancel.sh: a parse of 100 MB answers statement_timeout and
# pg_cancel_backend() within one second, for every parsing function of the
# extension (every function taking one text argument, found in the catalog).
#
# Runs against the cluster named by PGHOST/PGPORT (`eval "$(bin/tip-cluster
# env)"`) in a scratch database it creates and drops.  Three 100 MB inputs:
# the corpus reports repeated (many lines), one line of words (no line
# ends at all), and one numbered paragraph of 100 MB; and a 10 MB paragraph
# dense with mentions, parsed in a fraction of a second, on which the
# annotation layers work for seconds: there the timeout is 1.5 s and the
# cancel comes 1 s after the start, while the layers run (a function that
# has already returned by then passes).  For each function and input:
#   timeout  statement_timeout = 0.5 s; the statement must end with
#            "canceling statement due to statement timeout" within 1.5 s;
#   cancel   a second session calls pg_cancel_backend() 0.3 s after the
#            parse began; the statement must end with "canceling statement
#            due to user request" within 1 s of the call.
# A check that misses its bound is run once more and passes only if the
# second try meets it; both times are printed.  A loop that skips its
# interrupt checks misses at the same point every time, while a stall of
# the machine (another process, the disk) does not repeat.
# This is the one test that judges by the clock: what it asserts is a
# real-time promise to the user (a cancel lands within a second), which no
# count can stand for.  Its bounds are several times what a cancel takes
# here (0.04-0.4 s) and a miss is retried, so a busy machine does not flip
# the verdict; the work counts behind it (hook calls per byte, work between
# two calls) are judged by test_progress without a clock.
# Prints one line per check and exits non-zero if any fails.
#   TIP_CANCEL_MB=N   size of the inputs in MB (default 100)
set -uo pipefail
cd "$(dirname "$0")/../.."
DB=tip_cancel_test
MB="${TIP_CANCEL_MB:-100}"
LOG="$(mktemp -d)"
failed=0

q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
now() { date +%s.%N; }
# seconds between two timestamps, 3 decimals
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }

cleanup() {
	q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1
	rm -rf "$LOG"
}
trap cleanup EXIT

q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $DB" \
	-c "CREATE DATABASE $DB" || exit 1
# A parse of 100 MB is granted 40 times its input plus 64 MB (4 GB), beyond
# the default tip_reports.max_parse_memory of 1 GB, which refuses it before
# parsing: there would be nothing to cancel.  The inputs are meant to run
# for seconds, so this scratch database raises the limit (a superuser
# setting; the tests connect as the cluster's superuser).
q -d postgres -c "ALTER DATABASE $DB SET tip_reports.max_parse_memory = '8GB'" || exit 1
# inputs stored without compression, so reading them back is a plain copy
q -d "$DB" <<SQL || exit 1
CREATE EXTENSION tip_reports;
CREATE TABLE big (name text PRIMARY KEY, doc text);
ALTER TABLE big ALTER doc SET STORAGE EXTERNAL;
CREATE TABLE corpus (doc text);
\set doc \`cat test/corpus/000_f1f4cd0cd07ec4e1.txt\`
INSERT INTO corpus VALUES (:'doc');
\set doc \`cat test/corpus/001_e140540fbb5a1c1d.txt\`
INSERT INTO corpus VALUES (:'doc');
\set doc \`cat test/corpus/002_b81fe9faa10e4dbb.txt\`
INSERT INTO corpus VALUES (:'doc');
\set doc \`cat test/corpus/003_e2f289571b934e2f.txt\`
INSERT INTO corpus VALUES (:'doc');
\set doc \`cat test/corpus/004_e8d0dfb9daeccd83.txt\`
INSERT INTO corpus VALUES (:'doc');
INSERT INTO big
SELECT 'reports', left(repeat(string_agg(doc, E'\n\f\n'), ($MB * 1048576 / sum(octet_length(doc)))::int + 1),
	$MB * 1048576) FROM corpus;
INSERT INTO big VALUES ('one line', repeat('word ', $MB * 1048576 / 5));
INSERT INTO big VALUES ('one paragraph', '1. ' || repeat(E'word word word word word word word word word word word word.\n', $MB * 1048576 / 64));
INSERT INTO big VALUES ('mentions', '1. ' || repeat('A/71/1, Chad, 1 May 2012, US\$ 1 ', 10 * 1048576 / 32));
SQL
# hint bits set and every page written now: reading an input in a timed
# statement then writes nothing and never waits behind a checkpoint
q -d "$DB" -c "VACUUM (FREEZE) big" -c "CHECKPOINT" || exit 1

fns=$(q -d "$DB" -c "
SELECT p.oid::regproc
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
	AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'tip_reports'
WHERE p.pronargs = 1 AND p.proargtypes[0] = 'text'::regtype AND p.proname !~ 'load'
	AND p.proname NOT IN ('tip_text_sha256', 'tip_body_code')	-- they do not parse
ORDER BY 1::text") || exit 1
[ -n "$fns" ] || { echo "cancel: no parsing functions found"; exit 1; }

check() {
	local ok="$1" what="$2"
	if [ "$ok" = 1 ]; then
		echo "ok     $what"
	else
		echo "FAILED $what"
		failed=$((failed + 1))
	fi
}

# One statement_timeout check of $sql: sets ok, dt and what.
try_timeout() {
	local t0 t1
	t0=$(now)
	PGOPTIONS="-c statement_timeout=$(awk -v t=$timeout 'BEGIN { print t * 1000 }')" \
		q -d "$DB" -c "$sql" >"$LOG/out" 2>&1
	t1=$(now)
	dt=$(elapsed "$t0" "$t1")
	ok=0
	grep -q "canceling statement due to statement timeout" "$LOG/out" &&
		lt "$dt" "$(awk -v t=$timeout 'BEGIN { print t + 1 }')" && ok=1
	# a function that finished before the timeout answered in time too: the
	# server ended it within the timeout; the client's clock adds the connection
	grep -qx '[0-9][0-9]*' "$LOG/out" && lt "$dt" "$(awk -v t=$timeout 'BEGIN { print t + 1 }')" && ok=1
	what="statement ended after $dt s"
}

# One pg_cancel_backend check of $sql from a second session: sets ok and what.
try_cancel() {
	local bg pid t0 t1 dt
	PGAPPNAME=tip_cancel_victim q -d "$DB" -c "$sql" >"$LOG/out" 2>&1 &
	bg=$!
	pid=""
	for _ in $(seq 1 100); do
		pid=$(q -d "$DB" -c "SELECT pid FROM pg_stat_activity WHERE application_name = 'tip_cancel_victim' AND state = 'active'")
		[ -n "$pid" ] && break
		sleep 0.05
	done
	sleep $delay
	t0=$(now)
	[ -n "$pid" ] && q -d "$DB" -c "SELECT pg_cancel_backend($pid)" >/dev/null 2>&1
	wait $bg
	t1=$(now)
	dt=$(elapsed "$t0" "$t1")
	ok=0
	[ -n "$pid" ] && grep -q "canceling statement due to user request" "$LOG/out" && lt "$dt" 1.0 && ok=1
	what="statement ended $dt s after the call"
	# returned before the call: nothing to cancel
	if [ "$input" = mentions ] && grep -qx '[0-9][0-9]*' "$LOG/out"; then
		ok=1
		what="returned before the call"
	fi
}

for input in reports "one line" "one paragraph" mentions; do
	size="$MB MB"
	timeout=0.5
	delay=0.3
	if [ "$input" = mentions ]; then
		size="10 MB"
		timeout=1.5
		delay=1
	fi
	for fn in $fns; do
		sql="SELECT count(*) FROM $fn((SELECT doc FROM big WHERE name = '$input'))"

		try_timeout
		[ $ok = 1 ] || { first=$dt; try_timeout; what="$what (retried: first try $first s)"; }
		check $ok "$fn, $size $input: statement_timeout $timeout s, $what"

		try_cancel
		[ $ok = 1 ] || { first=$what; try_cancel; what="$what (retried: first try $first)"; }
		check $ok "$fn, $size $input: pg_cancel_backend, $what"
		[ $ok = 1 ] || sed 's/^/       /' "$LOG/out" | head -3
	done
done
echo "cancel: $failed failed"
[ "$failed" -eq 0 ]
