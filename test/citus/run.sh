#!/usr/bin/env bash
# tip_reports on Citus: a coordinator and two workers on this machine (and a
# plain server to compare with), Citus from an installed copy or built from
# its source by test/citus/install-citus.sh.  Checks, each against the
# answers of one node:
#   1. the corpus reports and N (default 1,000) distinct report texts made
#      from them are stored once each and give the same rows in every table
#      and view and the same tip_search answers as one node; the first 100
#      loaded by 4 concurrent bin/tip-load (two through the coordinator, one
#      through each worker) with no ERROR in any node's log, the others
#      read by a worker in one statement (bin/tip-load's time per file is
#      the client's, which the concurrent loads have tested);
#   2. after delete, reload and tip_reparse_all, a third worker added and
#      the shards rebalanced onto it, and the shard count changed with
#      alter_distributed_table: the same rows and answers;
#   3. a load through the coordinator runs as one call on the node of its
#      report's shard; tip_distribute of a corpus already loaded keeps its
#      reports; resharded without the README's metadata sync, a load fails
#      with SQLSTATE 55000 and a hint naming the sync, and loads after it;
#   4. the removal the README documents leaves no table or shard on any node.
# One node loads the texts in the order of their hashes, so that its ids
# (from its sequence) are in the order of Citus's (made of the hashes) and
# ties broken by report_id fall alike; snapshot.py names reports by hash.
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${TIP_CITUS_TEXTS:-1000}"
# how many of the texts the 4 concurrent loaders load
CONCURRENT="${TIP_CITUS_CONCURRENT:-100}"
SHARDS="${TIP_CITUS_SHARDS:-4}"
DB=tip_citus

test/citus/install-citus.sh
BIN="${TIP_PG_BINDIR:-/usr/lib/postgresql/15/bin}"
make -s PG_CONFIG="$BIN/pg_config"
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=""; fi
$SUDO make -s install PG_CONFIG="$BIN/pg_config" >/dev/null

. test/citus/lib.sh
tmp="$(mktemp -d)"
chmod 755 "$tmp"
citus_wipe
trap 'citus_wipe; rm -rf "$tmp"' EXIT
for node in coord w1 w2 single; do
	citus_start "$node"
done
fail=0
check() {	# check WHAT CONDITION-RESULT(0/1)
	if [ "$2" -eq 0 ]; then echo "citus: ok: $1 [${SECONDS}s]"; else echo "citus: FAILED: $1"; fail=1; fi
}
# same_rows WHAT DIR1 DIR2: every relation's file alike
same_rows() {
	local f bad=0
	for f in "$2"/*; do
		if ! cmp -s "$f" "$3/$(basename "$f")"; then
			echo "citus: $(basename "$f") differs ($1):"
			# the columns of the first rows that differ
			python3 - "$f" "$3/$(basename "$f")" <<'PY'
import json, sys
a, b = (open(p).read().splitlines() for p in sys.argv[1:3])
print("  rows: %d and %d" % (len(a), len(b)))
for x, y in zip(a, b):
    if x != y:
        if x.startswith("{") and y.startswith("{"):
            x, y = json.loads(x), json.loads(y)
            for k in sorted(set(x) | set(y)):
                if x.get(k) != y.get(k):
                    print("  %s: %.150r | %.150r" % (k, x.get(k), y.get(k)))
        else:
            print("  %.200s\n  %.200s" % (x, y))
        break
PY
			bad=1
		fi
	done
	check "$1: $(ls "$2" | wc -l) relations, $(cat "$2"/* | wc -l) rows alike" $bad
}
logs_from() {	# byte sizes of the nodes' logs, to read what comes after
	local node
	for node in coord w1 w2 w3; do
		[ -f "$CITUS_DIR/$node.log" ] && echo "$node $(stat -c %s "$CITUS_DIR/$node.log")"
	done
	return 0
}
errors_since() {	# ERROR lines logged since logs_from's output $1
	local node size
	while read -r node size; do
		tail -c +$((size + 1)) "$CITUS_DIR/$node.log" | grep -E '(ERROR|FATAL|PANIC):' | sed "s/^/$node: /" || true
	done <<<"$1"
}

python3 test/citus/make_texts.py "$tmp/texts" "$N" test/corpus/*.txt
distinct=$(ls "$tmp/texts" | wc -l)
echo "citus: $distinct texts, $SHARDS shards"

# --- Citus: distribute; 4 concurrent loaders of the same texts (the corpus
# and the first copies), then the rest in one statement through a worker
citus_init_db "$DB" w1 w2
citus_psql coord -d "$DB" -c "CREATE EXTENSION tip_reports" -c "SELECT tip_distribute($SHARDS)" >/dev/null 2>"$tmp/distribute.err" \
	|| { cat "$tmp/distribute.err"; exit 1; }
conn() { echo "-h $CITUS_SOCK -p $(citus_port "$1") -U $(citus_owner) -d $DB"; }
# (lists in files: head closing a pipe early would fail the script)
ls "$tmp"/texts/* >"$tmp/set.all"
head -n "$CONCURRENT" "$tmp/set.all" >"$tmp/set.concurrent"
tail -n +$((CONCURRENT + 1)) "$tmp/set.all" >"$tmp/set.rest"
shared=$(wc -l <"$tmp/set.concurrent")
marks=$(logs_from)
pids=()
i=0
for node in coord coord w1 w2; do
	i=$((i + 1))
	shuf --random-source=<(yes "$i") "$tmp/set.concurrent" >"$tmp/order.$i"
	mapfile -t files <"$tmp/order.$i"
	# shellcheck disable=SC2046
	bin/tip-load -q $(conn "$node") "${files[@]}" >"$tmp/out.$i" 2>&1 &
	pids+=($!)
done
bad=0
for i in "${!pids[@]}"; do
	wait "${pids[$i]}" || { echo "citus: loader $((i + 1)) failed:"; head -5 "$tmp/out.$((i + 1))"; bad=1; }
done
loaded=0
present=0
for i in 1 2 3 4; do
	l=$(sed -n 's/.* \([0-9]*\) loaded, \([0-9]*\) already present.*/\1/p' "$tmp/out.$i")
	p=$(sed -n 's/.* \([0-9]*\) loaded, \([0-9]*\) already present.*/\2/p' "$tmp/out.$i")
	loaded=$((loaded + ${l:-0}))
	present=$((present + ${p:-0}))
done
check "4 loaders of the same $shared texts succeeded" $bad
stored=$(citus_psql coord -d "$DB" -Atc "SELECT count(*) FROM tip_reports")
check "each text stored once ($stored reports, $loaded loaded + $present already present)" \
	$([ "$stored" -eq "$shared" ] && [ "$loaded" -eq "$shared" ] && [ "$present" -eq $((shared * 3)) ]; echo $?)
errs=$(errors_since "$marks")
[ -z "$errs" ] || { echo "$errs" | head -10 || true; }
check "no ERROR in any node's log while loading" $([ -z "$errs" ]; echo $?)
# the texts are read by the server (the same absolute paths bin/tip-load gives)
citus_psql w1 -d "$DB" -v files="{$(paste -sd, "$tmp/set.rest")}" >/dev/null <<'SQL'
SELECT count(tip_load_report(pg_read_file(f), f)) AS loaded FROM unnest(:'files'::text[]) AS f;
SQL
stored=$(citus_psql coord -d "$DB" -Atc "SELECT count(*) FROM tip_reports")
dups=$(citus_psql coord -d "$DB" -Atc "SELECT count(*) FROM (SELECT sha256 FROM tip_reports GROUP BY 1 HAVING count(*) > 1) d")
check "all $distinct texts stored once" $([ "$stored" -eq "$distinct" ] && [ "$dups" -eq 0 ]; echo $?)

# --- one node, the same texts in the order of their hashes
citus_psql single -d postgres -c "CREATE DATABASE $DB"
citus_psql single -d "$DB" -c "CREATE EXTENSION tip_reports"
citus_psql single -d "$DB" -v files="{$(paste -sd, "$tmp/set.all")}" >/dev/null <<'SQL'
-- (a volatile function of the select list runs after the sort)
SELECT count(*) AS loaded FROM (
	SELECT tip_load_report(t.doc, t.f) AS id
	FROM (SELECT f, pg_read_file(f) AS doc FROM unnest(:'files'::text[]) AS f) AS t
	ORDER BY tip_text_sha256(t.doc)) AS l;
SQL
python3 test/citus/snapshot.py "$tmp/one" $(conn single)
python3 test/citus/snapshot.py "$tmp/citus" $(conn coord)
same_rows "Citus equals one node" "$tmp/one" "$tmp/citus"

# --- delete, reload, reparse
first=$(citus_psql coord -d "$DB" -Atc "SELECT report_id FROM tip_reports ORDER BY report_id LIMIT 1")
src=$(citus_psql coord -d "$DB" -Atc "SELECT source FROM tip_reports WHERE report_id = $first")
deleted=$(citus_psql coord -d "$DB" -Atc "SELECT tip_delete_report($first)")
left=$(citus_psql coord -d "$DB" -Atc "SELECT sum(n) FROM (
	SELECT count(*) AS n FROM tip_reports WHERE report_id = $first UNION ALL
	SELECT count(*) FROM tip_paragraphs WHERE report_id = $first UNION ALL
	SELECT count(*) FROM tip_sections WHERE report_id = $first UNION ALL
	SELECT count(*) FROM tip_mentions WHERE report_id = $first UNION ALL
	SELECT count(*) FROM tip_activity_countries WHERE report_id = $first) c")
check "tip_delete_report deletes every row of the report" $([ "$deleted" = t ] && [ "$left" -eq 0 ]; echo $?)
# shellcheck disable=SC2046
again=$(bin/tip-load $(conn w2) "$src" 2>&1 | tail -1)
reloaded=$(citus_psql coord -d "$DB" -Atc "SELECT report_id FROM tip_reports WHERE source = '$src'")
check "reloaded through a worker with the same id ($again)" $([ "$reloaded" = "$first" ]; echo $?)
n=$(citus_psql w1 -d "$DB" -Atc "SELECT tip_reparse_all()")
check "tip_reparse_all through a worker reparsed $n reports" $([ "$n" -eq "$distinct" ]; echo $?)

# --- a third worker, shards rebalanced onto it; then another shard count
citus_start w3
citus_psql w3 -d postgres -c "CREATE DATABASE $DB"
citus_psql w3 -d "$DB" -c "CREATE EXTENSION citus"
citus_psql coord -d "$DB" -c "SELECT citus_add_node('$CITUS_SOCK', $(citus_port w3))" >/dev/null
citus_psql coord -d "$DB" -c "SELECT rebalance_table_shards()" >/dev/null 2>&1
on_w3=$(citus_psql coord -d "$DB" -Atc "SELECT count(*) FROM citus_shards WHERE nodeport = $(citus_port w3) AND table_name = 'tip_reports'::regclass")
check "rebalanced: $on_w3 of $SHARDS tip_reports shards on the third worker" $([ "$on_w3" -gt 0 ]; echo $?)
reshard=$((SHARDS * 2))
citus_reshard "$DB" "$reshard"
count=$(citus_psql coord -d "$DB" -Atc "SELECT count(DISTINCT shard_count) || ' ' || min(shard_count) FROM citus_tables WHERE citus_table_type = 'distributed'")
check "alter_distributed_table: every corpus table in $reshard shards" $([ "$count" = "1 $reshard" ]; echo $?)
# one comparison for all of these (each takes a minute at 1,000 texts)
python3 test/citus/snapshot.py "$tmp/citus2" $(conn coord)
same_rows "after delete, reload, reparse, rebalance and resharding" "$tmp/one" "$tmp/citus2"

# --- a load through the coordinator, after resharding, runs on the node of
# its report's shard: the coordinator sends that node the one call of
# tip_load_text and no statement of its own
f=$(head -n 1 "$tmp/set.all")
citus_psql coord -d "$DB" -At >"$tmp/remote.log" 2>&1 <<SQL
SET citus.log_remote_commands = on;
SET client_min_messages = log;
SELECT tip_delete_report(tip_load_report(pg_read_file('$f') || E'\n\nOne line more.', 'delegated'));
SQL
calls=$(grep -c 'issuing SELECT .*tip_internal.tip_load_text(' "$tmp/remote.log" || true)
inserts=$(grep -c 'issuing INSERT' "$tmp/remote.log" || true)
check "a load through the coordinator is one call on the shard's node ($calls call, $inserts INSERT sent)" \
	$([ "$calls" -eq 1 ] && [ "$inserts" -eq 0 ]; echo $?)

# the shard's node raises what one node raises, with its SQLSTATE
state=$(citus_psql coord -d "$DB" -v ON_ERROR_STOP=0 -c '\set VERBOSITY verbose' \
	-c "SELECT tip_load_report('The quick brown fox.', 'fox.txt')" 2>&1 | sed -n 's/^ERROR:  \([0-9A-Z]\{5\}\):.*/\1/p' || true)
check "a text that is not a report raises SQLSTATE TR001 through the coordinator ($state)" $([ "$state" = TR001 ]; echo $?)

# --- tip_distribute of a corpus already loaded on the coordinator: its
# reports are loaded again, with ids made of their hashes and their times
DB2=tip_citus_loaded
citus_init_db "$DB2" w1 w2 w3
first2=$(head -n 2 "$tmp/set.all" | paste -sd,)
citus_psql coord -d "$DB2" -v files="{$first2}" >/dev/null <<'SQL'
CREATE EXTENSION tip_reports;
SELECT count(tip_load_report(pg_read_file(f), f)) FROM unnest(:'files'::text[]) AS f;
CREATE TABLE before AS SELECT sha256, loaded_at, paragraph_count FROM tip_reports;
SELECT tip_distribute(2);
SQL
same=$(citus_psql coord -d "$DB2" -Atc "SELECT count(*) FROM tip_reports r JOIN before b USING (sha256, loaded_at, paragraph_count)")
hits=$(citus_psql coord -d "$DB2" -Atc "SELECT count(*) FROM tip_search('trafficking', 5)")
check "tip_distribute of a loaded corpus keeps its $same reports (searched: $hits rows)" \
	$([ "$same" -eq 2 ] && [ "$hits" -eq 5 ]; echo $?)

# --- alter_distributed_table without the README's metadata sync: a load
# says what to run (SQLSTATE 55000, its hint), and after the sync it loads
citus_psql coord -d "$DB2" -c "SELECT alter_distributed_table('tip_reports', shard_count => 3, cascade_to_colocated => true)" >/dev/null 2>&1
f=$(sed -n 3p "$tmp/set.all")
stale=$(citus_psql coord -d "$DB2" -v ON_ERROR_STOP=0 -c '\set VERBOSITY verbose' \
	-c "SELECT tip_load_report(pg_read_file('$f'), 'stale')" 2>&1 || true)
state=$(printf '%s\n' "$stale" | sed -n 's/^ERROR:  \([0-9A-Z]\{5\}\):.*/\1/p')
hint=$(printf '%s\n' "$stale" | grep -c '^HINT:  Run SELECT start_metadata_sync_to_all_nodes(); on the coordinator' || true)
citus_psql coord -d "$DB2" -c "SELECT start_metadata_sync_to_all_nodes()" >/dev/null
after=$(citus_psql coord -d "$DB2" -Atc "SELECT tip_load_report(pg_read_file('$f'), 'synced') IS NOT NULL")
check "resharded without the metadata sync: SQLSTATE $state and its hint; loads after the sync ($after)" \
	$([ "$state" = 55000 ] && [ "$hint" -eq 1 ] && [ "$after" = t ]; echo $?)

# --- the documented removal (README, Scaling out with Citus)
citus_psql coord -d "$DB" >/dev/null 2>"$tmp/drop.err" <<'SQL' || cat "$tmp/drop.err"
DROP TABLE tip_reports, tip_sections, tip_paragraphs, tip_footnotes, tip_mentions, tip_references,
	tip_party_events, tip_session_refs, tip_activities, tip_activity_countries,
	tip_activity_organizations, tip_countries, tip_country_names, tip_organizations,
	tip_organization_names CASCADE;
DROP EXTENSION tip_reports;
SQL
bad=0
for node in coord w1 w2 w3; do
	left=$(citus_psql "$node" -d "$DB" -Atc "SELECT count(*) FROM pg_class WHERE relname LIKE 'tip\_%'")
	ext=$(citus_psql "$node" -d "$DB" -Atc "SELECT count(*) FROM pg_extension WHERE extname = 'tip_reports'")
	[ "$left" -eq 0 ] && [ "$ext" -eq 0 ] || { echo "citus: $node keeps $left relations named tip_*, extension $ext"; bad=1; }
done
check "removal leaves no table, shard or extension on any node" $bad

[ "$fail" -eq 0 ] && echo "citus: all checks passed"
exit "$fail"
