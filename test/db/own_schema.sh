#!/usr/bin/env bash
# CREATE EXTENSION tip_reports SCHEMA tip, end to end: bin/tip-load finds
# the schema itself (and takes --schema) and reports a batch's failures
# one line each (the server's message and detail), search and views work with tip
# outside the search_path, and a read-only role given the README's grant
# recipe reads the views and searches; without SELECT its search fails
# with one line, not the function's SQL.  Needs a running cluster
# (PGHOST/PGPORT set, e.g. by bin/tip-cluster env) with the current build.
set -euo pipefail
cd "$(dirname "$0")/../.."
db=tip_own_schema
role=tip_own_schema_reader
drop() {
	dropdb --if-exists "$db" 2>/dev/null || true
	psql -X -q -d postgres -c "DROP ROLE IF EXISTS $role" 2>/dev/null || true
}
drop
tmp="$(mktemp -d)"
trap 'drop; rm -rf "$tmp"' EXIT
createdb "$db"
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }
q -c "CREATE SCHEMA tip" -c "CREATE EXTENSION tip_reports SCHEMA tip"
failed=0
check() {	# name expected got
	if [ "$2" = "$3" ]; then echo "own schema: $1: $3"; else echo "own schema: $1: expected [$2], got [$3]"; failed=1; fi
}
out=$(bin/tip-load -d "$db" test/corpus)
check "load, schema found" "tip-load: 5 file(s)" "$(printf '%s' "$out" | grep -o '^tip-load: 5 file(s)')"
check "loaded" "5 loaded" "$(printf '%s' "$out" | grep -o '5 loaded')"
out=$(bin/tip-load -d "$db" --schema tip test/corpus)
check "again with --schema" "5 already present" "$(printf '%s' "$out" | grep -o '5 already present')"
# a batch with files that fail: each failure is one line with the server's
# message and detail, the other files load, the exit status is 1
printf 'The quick brown fox.\n' >"$tmp/fox.txt"
printf '1. First point.\n\n2. Second point.\n' >"$tmp/points.md"
set +e
out=$(bin/tip-load -d "$db" "$tmp/fox.txt" "$tmp/missing.txt" test/corpus "$tmp/points.md")
rc=$?
set -e
check "batch with failures: summary" "tip-load: 8 file(s) in 0 loaded, 5 already present, 3 failed, exit 1" \
	"$(printf '%s' "$out" | sed -n 's/^\(tip-load: [0-9]* file(s) in\) [0-9.]*s:/\1/p'), exit $rc"
check "not a report: message and detail" \
	"  failed: $tmp/fox.txt: ERROR:  text \"$tmp/fox.txt\" is not a report of the tip_reports family (DETAIL:  No numbered paragraphs and no masthead (document symbol, issuing body or session number) found.)" \
	"$(printf '%s' "$out" | grep "fox.txt:")"
check "unreadable file" "  failed: $tmp/missing.txt: cannot read the file" "$(printf '%s' "$out" | grep "missing.txt:")"
check "no masthead" "(DETAIL:  No masthead (document symbol, issuing body or session number) found.)" \
	"$(printf '%s' "$out" | grep "points.md:" | grep -o '(DETAIL.*')"
out=$(bin/tip-load -d "$db" --force "$tmp/fox.txt" "$tmp/points.md")
check "--force loads them" "2 loaded" "$(printf '%s' "$out" | grep -o '2 loaded')"
check "stored as forced" "2" "$(q -c "SELECT count(*) FROM tip.tip_reports WHERE forced")"
q -c "SELECT tip.tip_delete_report(report_id) FROM tip.tip_reports WHERE forced" >/dev/null
check "nothing in public" "0" "$(q -c "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace")"
check "sources are absolute paths" "5" \
	"$(q -c "SELECT count(*) FROM tip.tip_reports WHERE source = '$(pwd -P)/test/corpus/' || source_name")"
check "labels" "CCPCJ 21 (2012),COP 12 (2024),COP 7 (2014),COP 9 (2018),CTOC/COP/2012/2" \
	"$(q -c "SELECT string_agg(label, ',' ORDER BY label) FROM tip.tip_report_overview")"
check "accent-folded search, bigint bind" "5:2" \
	"$(q -c "SELECT string_agg(report_id || ':' || paragraph, ',') FROM tip.tip_search('Cote d''Ivoire', 10::bigint)")"

# the README's recipe for a read-only role
q <<SQL
CREATE ROLE $role LOGIN;
GRANT USAGE ON SCHEMA tip TO $role;
GRANT SELECT ON ALL TABLES IN SCHEMA tip TO $role;
GRANT EXECUTE ON FUNCTION tip.tip_search(text, numeric) TO $role;
ALTER ROLE $role SET search_path = tip, public;
SQL
r() { psql -X -q -At -d "$db" -U "$role" "$@"; }
check "reader: views" "5" "$(r -c "SELECT count(*) FROM tip_report_overview")"
check "reader: search" "3" "$(r -c "SELECT count(*) FROM tip_search('trafficking', 3)")"
check "reader: cannot load" "permission denied" \
	"$(r -c "SELECT tip_load_report('x', 'x', true)" 2>&1 | grep -o 'permission denied' | head -1)"
q -c "REVOKE SELECT ON ALL TABLES IN SCHEMA tip FROM $role"
r -c "SELECT count(*) FROM tip_search('trafficking')" >"$tmp/out" 2>"$tmp/err" || true
check "reader without SELECT: error" \
	"ERROR:  permission denied to search: tip_search reads tip_paragraphs and tip_reports" "$(head -1 "$tmp/err")"
check "reader without SELECT: no SQL of the function in it" "0" "$(grep -c -i 'SQL statement\|FROM \|pg_catalog' "$tmp/err" || true)"
sed 's/^/  /' "$tmp/err"
exit "$failed"
