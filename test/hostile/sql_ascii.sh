#!/bin/sh
# sql_ascii.sh: invalid UTF-8 through SQL in a SQL_ASCII database.
#
# A SQL_ASCII database passes any byte through, so the parser sees byte
# sequences that are not UTF-8: lone continuation bytes, overlong forms,
# surrogates, sequences cut short, bytes F5..FF, Latin-1 text.  The script
# creates such a database on the running cluster (PGHOST/PGPORT as set by
# `eval "$(bin/tip-cluster env)"`), installs the extension there, runs every
# parsing function of the extension (found in the catalog) on each input and
# requires rows or a clean ERROR from each; then it drops the database.
# Exits non-zero on any other outcome or if the server goes away.
set -eu
cd "$(dirname "$0")/../.."
DB=tip_sql_ascii_test
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $DB" \
	-c "CREATE DATABASE $DB ENCODING 'SQL_ASCII' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'"
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true' EXIT

out=$(psql -X -q -At -v ON_ERROR_STOP=1 -d $DB -v doc="$(cat test/corpus/001_e140540fbb5a1c1d.txt)" <<'SQL'
CREATE EXTENSION tip_reports;
SELECT 'encoding ' || pg_catalog.getdatabaseencoding();
CREATE TEMP VIEW parsers AS
SELECT p.oid::regproc AS fn
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
	AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'tip_reports'
WHERE p.pronargs = 1 AND p.proargtypes[0] = 'text'::regtype AND p.proname !~ 'load';
SELECT 'parsers ' || count(*) FROM parsers;

CREATE TEMP TABLE bad (name text, doc text);
INSERT INTO bad VALUES
	('lone continuation bytes', repeat(E'\x80\x81\xbf ', 10000)),
	('overlong forms', repeat(E'\xc0\x80\xc1\xbf\xe0\x80\x80\xf0\x80\x80\x80 1. x\n', 10000)),
	('surrogates', repeat(E'\xed\xa0\x80\xed\xbf\xbf I. Title\n', 10000)),
	('beyond U+10FFFF', repeat(E'\xf4\x90\x80\x80\xf7\xbf\xbf\xbf\n', 10000)),
	('bytes F5..FF', repeat(E'\xf5\xf8\xfc\xfe\xff', 20000)),
	('cut sequences', repeat(E'\xe2\x80 \xe2 \xf0\x9f\x98 \xc2', 10000)),
	('cut at the end', E'1. Text \xe2\x80'),
	('cut NBSP and superscripts', repeat(E'1.\xc2 x\xc2\n2. y\xe2\x81\n', 10000)),
	('every byte', repeat((SELECT string_agg(CASE WHEN b = 0 THEN ' ' ELSE chr(b) END, '')
		FROM generate_series(0, 127) b) || E'\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f'
		|| E'\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f'
		|| E'\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf'
		|| E'\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf'
		|| E'\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf'
		|| E'\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf'
		|| E'\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef'
		|| E'\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff\n', 2000)),
	('Latin-1 report', translate(:'doc', 'eaio', E'\xe9\xe0\xef\xf6')),
	('report with invalid bytes after every line', replace(:'doc', E'\n', E'\xff\xc3\n\xa0'));

CREATE TEMP TABLE outcome AS
SELECT b.name, f.fn::text AS fn, NULL::text AS outcome FROM bad b, parsers f;

DO $$
DECLARE
	r record;
	n bigint;
	res text;
BEGIN
	FOR r IN SELECT o.name, o.fn, b.doc FROM outcome o JOIN bad b USING (name) LOOP
		BEGIN
			EXECUTE format('SELECT count(*) + sum(octet_length(x::text)) FROM %s($1) x', r.fn)
				INTO n USING r.doc;
			res := 'rows';
		EXCEPTION WHEN OTHERS THEN
			res := 'ERROR ' || SQLSTATE;
		END;
		UPDATE outcome SET outcome = res WHERE name = r.name AND fn = r.fn;
	END LOOP;
END
$$;

SELECT name || ': ' || string_agg(DISTINCT outcome, ', ') FROM outcome GROUP BY name ORDER BY name;
SELECT 'unclean ' || count(*) FROM outcome
WHERE outcome IS NULL OR outcome NOT IN ('rows', 'ERROR 22021', 'ERROR 54000', 'ERROR 53200');
SQL
) || { echo "sql_ascii: psql failed (server crash?)"; exit 1; }
echo "$out" | sed 's/^/  /'
echo "$out" | grep -qx 'encoding SQL_ASCII' || { echo "sql_ascii: not a SQL_ASCII database"; exit 1; }
echo "$out" | grep -q '^parsers [1-9]' || { echo "sql_ascii: no parsing functions found"; exit 1; }
echo "$out" | grep -qx 'unclean 0' || { echo "sql_ascii: some input did not end in rows or a clean ERROR"; exit 1; }
echo "sql_ascii: ok"
