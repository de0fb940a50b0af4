#!/usr/bin/env bash
# pg_dump of a loaded database restored into a fresh database: the extension
# is created again and every table has the same rows; the id sequence goes on
# where it was.  Loads the corpus with bin/tip-load (.txt files and, when
# groff and pdftotext are there, one report typeset to PDF).
# Needs a running cluster (PGHOST/PGPORT set, e.g. by bin/tip-cluster env).
set -euo pipefail
cd "$(dirname "$0")/../.."
src=tip_dump_src
dst=tip_dump_dst
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"; dropdb --if-exists "$src"; dropdb --if-exists "$dst"' EXIT

dropdb --if-exists "$src"
dropdb --if-exists "$dst"
createdb "$src"
psql -X -q -d "$src" -v ON_ERROR_STOP=1 -c "CREATE EXTENSION tip_reports"

files=(test/corpus/*.txt)
if command -v groff >/dev/null && command -v pdftotext >/dev/null; then
	# a real PDF whose text differs from the .txt: a sixth report
	KEEP_PDF=1 sh test/renderings/to_pdf_text.sh test/corpus/004_e8d0dfb9daeccd83.txt "$tmp/004" >/dev/null
	files+=("$tmp/004.pdf")
fi
bin/tip-load -q -d "$src" "${files[@]}"

counts() {
	psql -X -At -d "$1" -v ON_ERROR_STOP=1 <<'SQL'
SELECT 'reports ' || count(*) FROM tip_reports;
SELECT 'report_sessions ' || count(*) FROM tip_report_sessions;
SELECT 'sections ' || count(*) FROM tip_sections;
SELECT 'paragraphs ' || count(*) FROM tip_paragraphs;
SELECT 'footnotes ' || count(*) FROM tip_footnotes;
SELECT 'mentions ' || count(*) FROM tip_mentions;
SELECT 'references ' || count(*) FROM tip_references;
SELECT 'party_events ' || count(*) FROM tip_party_events;
SELECT 'session_refs ' || count(*) FROM tip_session_refs;
SELECT 'activities ' || count(*) FROM tip_activities;
SELECT 'activity_countries ' || count(*) FROM tip_activity_countries;
SELECT 'search_64/293 ' || count(*) FROM tip_search('64/293');
SELECT 'tsv_lexemes ' || sum(length(tsv)) FROM tip_paragraphs;
SELECT 'hashes ' || md5(string_agg(encode(sha256, 'hex'), ',' ORDER BY report_id)) FROM tip_reports;
SQL
}
counts "$src" >"$tmp/before"
pg_dump -Fc -d "$src" -f "$tmp/dump"
createdb "$dst"
pg_restore -d "$dst" --exit-on-error "$tmp/dump"
counts "$dst" >"$tmp/after"

ok=true
if ! diff -u "$tmp/before" "$tmp/after"; then
	echo "dump_restore: row counts differ after restore"
	ok=false
fi
grep -q '^reports [1-9]' "$tmp/before" || { echo "dump_restore: nothing was loaded"; ok=false; }
# the sequence was restored: a new report gets a new id
max=$(psql -X -At -d "$dst" -c "SELECT max(report_id) FROM tip_reports")
new=$(psql -X -At -d "$dst" -v ON_ERROR_STOP=1 -c "SELECT tip_load_report(replace(doc, 'Vienna', 'Wien'), 'after restore') FROM (SELECT raw_text AS doc FROM tip_reports ORDER BY report_id LIMIT 1) t")
if [ "$new" -le "$max" ]; then
	echo "dump_restore: new report got id $new, not above $max"
	ok=false
fi
cat "$tmp/after" | tr '\n' ' '
echo
$ok && echo "dump_restore: same rows after pg_dump and pg_restore"
$ok
