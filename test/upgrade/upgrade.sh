#!/usr/bin/env bash
# ALTER EXTENSION tip_reports UPDATE from every released version keeps the
# data and ends where a fresh install of the current version is: version
# 0.1.0 is installed from its kept script (sql/releases/), the corpus is
# loaded with bin/tip-load, the extension is updated; a second database gets
# the current version and the same load.  Both must have the same extension
# schema (test/upgrade/schema_fingerprint.sql: every object and what defines
# it) and the same rows in every table (test/upgrade/row_fingerprint.sql).
# Needs a running cluster (PGHOST/PGPORT set, e.g. by bin/tip-cluster env)
# with the current build installed.  Exits non-zero on any difference.
set -euo pipefail
cd "$(dirname "$0")/../.."
old=tip_upgrade_old
new=tip_upgrade_new
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"; dropdb --if-exists "$old"; dropdb --if-exists "$new"' EXIT

current=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" tip_reports.control)
fingerprints() {
	psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -f test/upgrade/schema_fingerprint.sql >"$tmp/$1.schema"
	psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -f test/upgrade/row_fingerprint.sql >"$tmp/$1.rows"
}

failed=0
for from in $(ls sql/releases | sed -n 's/^tip_reports--\([0-9.]*\)\.sql$/\1/p'); do
	[ "$from" = "$current" ] && continue
	dropdb --if-exists "$old" 2>/dev/null
	dropdb --if-exists "$new" 2>/dev/null
	createdb "$old"
	createdb "$new"
	psql -X -q -v ON_ERROR_STOP=1 -d "$old" -c "CREATE EXTENSION tip_reports VERSION '$from'"
	bin/tip-load -q -d "$old" test/corpus/*.txt
	# bin/tip-load counts fresh loads on an old version too
	again=$(bin/tip-load -q -d "$old" test/corpus/*.txt | grep -o '[0-9]* loaded, [0-9]* already present, [0-9]* failed')
	if [ "$again" != "0 loaded, 5 already present, 0 failed" ]; then
		echo "upgrade: bin/tip-load on $from, the corpus again: $again"
		failed=1
	fi
	psql -X -q -v ON_ERROR_STOP=1 -d "$old" -c "ALTER EXTENSION tip_reports UPDATE"
	got=$(psql -X -At -d "$old" -c "SELECT extversion FROM pg_extension WHERE extname = 'tip_reports'")
	psql -X -q -v ON_ERROR_STOP=1 -d "$new" -c "CREATE EXTENSION tip_reports"
	bin/tip-load -q -d "$new" test/corpus/*.txt
	fingerprints "$old"
	fingerprints "$new"
	if [ "$got" != "$current" ]; then
		echo "upgrade: from $from the update ended at version $got, not $current"
		failed=1
	fi
	if ! diff -u "$tmp/$new.schema" "$tmp/$old.schema" >"$tmp/schema.diff"; then
		echo "upgrade: from $from the schema differs from a fresh $current install (- fresh, + updated):"
		head -40 "$tmp/schema.diff"
		failed=1
	fi
	if ! diff -u "$tmp/$new.rows" "$tmp/$old.rows" >"$tmp/rows.diff"; then
		echo "upgrade: from $from the rows differ from a fresh $current load (- fresh, + updated):"
		head -40 "$tmp/rows.diff"
		failed=1
	fi
	[ "$failed" -eq 0 ] && echo "upgrade: $from -> $current: $(wc -l <"$tmp/$new.schema") schema lines and" \
		"$(wc -l <"$tmp/$new.rows") tables ($(awk '{ n += $2 } END { print n }' "$tmp/$new.rows") rows) the same as a fresh install"
done
exit "$failed"
