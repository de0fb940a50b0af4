-- Security: nothing of the extension is writable by PUBLIC, and objects
-- planted in public under the names the extension uses change nothing.
-- (needs the loading test)

-- no table, view or sequence grants anything to PUBLIC
SELECT c.relname, a.privilege_type
FROM pg_class c
JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
     AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'tip_reports'),
LATERAL aclexplode(c.relacl) a
WHERE a.grantee = 0
ORDER BY 1, 2;
-- an ordinary role given read access can search but not load, change or delete
CREATE ROLE tip_regress_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO tip_regress_reader;
SET ROLE tip_regress_reader;
\set VERBOSITY terse
SELECT tip_load_report(doc || ' changed') AS load_attempt FROM corpus WHERE name LIKE '000%';
DELETE FROM tip_reports;
SELECT tip_delete_report(1) AS delete_attempt;
SELECT count(*) AS can_search FROM tip_search('64/293');
\set VERBOSITY default
RESET ROLE;
REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM tip_regress_reader;
DROP ROLE tip_regress_reader;

-- results before the hostile objects
CREATE TEMP TABLE clean AS
SELECT (SELECT array_agg(report_id::text || ':' || paragraph ORDER BY rank DESC, report_id, paragraph)
        FROM tip_search('64/293')) AS search,
       (SELECT array_agg(session_body ORDER BY report_id) FROM tip_reports) AS bodies,
       (SELECT count(*) FROM tip_report_overview) AS overview,
       (SELECT count(*) FROM tip_session_overview) AS sessions;

-- hostile objects in public (where the extension lives here), as contrib/seg's test plants them
CREATE FUNCTION public.hostile_true(bytea, bytea) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE OPERATOR public.= (LEFTARG = bytea, RIGHTARG = bytea, FUNCTION = public.hostile_true);
CREATE FUNCTION public.hostile_match(tsvector, tsquery) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE OPERATOR public.@@ (LEFTARG = tsvector, RIGHTARG = tsquery, FUNCTION = public.hostile_match);
CREATE FUNCTION public.hostile_int(bigint, integer) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE OPERATOR public.= (LEFTARG = bigint, RIGHTARG = integer, FUNCTION = public.hostile_int);
CREATE FUNCTION public.hostile_text(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT false';
CREATE OPERATOR public.~* (LEFTARG = text, RIGHTARG = text, FUNCTION = public.hostile_text);
CREATE FUNCTION public.cardinality(text[]) RETURNS integer LANGUAGE sql AS 'SELECT 0';
CREATE FUNCTION public.unnest(text[]) RETURNS SETOF text LANGUAGE sql AS 'SELECT ''hostile''';
CREATE FUNCTION public.websearch_to_tsquery(regconfig, varchar) RETURNS tsquery LANGUAGE sql AS 'SELECT ''hostile''::tsquery';
CREATE FUNCTION public.ts_rank(tsvector, tsquery) RETURNS real LANGUAGE sql AS 'SELECT 0::real';
CREATE FUNCTION public.tip_body_code(varchar) RETURNS text LANGUAGE sql AS 'SELECT ''HOSTILE''';
CREATE FUNCTION public.tip_text_sha256(varchar) RETURNS bytea LANGUAGE sql AS 'SELECT ''\x00''::bytea';
CREATE FUNCTION public.format(text, text) RETURNS text LANGUAGE sql AS 'SELECT ''hostile''';
CREATE FUNCTION public.count(anyelement) RETURNS bigint LANGUAGE sql AS 'SELECT 0::bigint';

SET search_path = public, pg_catalog;
-- the same answers with public searched first
SELECT (SELECT array_agg(report_id::text || ':' || paragraph ORDER BY rank DESC, report_id, paragraph)
        FROM tip_search('64/293')) = c.search AS same_search,
       (SELECT array_agg(session_body ORDER BY report_id) FROM tip_reports) = c.bodies AS same_bodies,
       (SELECT count(*) FROM tip_report_overview) = c.overview AS same_overview,
       (SELECT count(*) FROM tip_session_overview) = c.sessions AS same_sessions
FROM clean c;
-- a non-report is still refused (the planted cardinality() and = do not hide what is missing)
DO $$
BEGIN
	PERFORM tip_load_report('no paragraphs, no masthead');
EXCEPTION WHEN SQLSTATE 'TR001' THEN
	RAISE NOTICE 'still refused: %', SQLERRM;
END
$$;
-- a new report loads with the right hash and session, and reloading it finds it
BEGIN;
SELECT tip_load_report(replace(doc, 'Vienna', 'Wien'), 'hostile test') > 5 AS loaded FROM corpus WHERE name LIKE '000%';
SELECT session_body, session_number, forced,
       encode(r.sha256, 'hex') = encode(tip_text_sha256(replace(c.doc, 'Vienna', 'Wien')), 'hex') AS right_hash,
       paragraph_count = (SELECT count(*) FROM tip_paragraphs p WHERE p.report_id = r.report_id) AS rows_stored
FROM tip_reports r, corpus c WHERE r.source = 'hostile test' AND c.name LIKE '000%';
SELECT tip_load_report(replace(doc, 'Vienna', 'Wien')) = (SELECT report_id FROM tip_reports WHERE source = 'hostile test') AS reload_finds_it
FROM corpus WHERE name LIKE '000%';
ROLLBACK;
RESET search_path;

DROP FUNCTION public.hostile_true(bytea, bytea) CASCADE;
DROP FUNCTION public.hostile_match(tsvector, tsquery) CASCADE;
DROP FUNCTION public.hostile_int(bigint, integer) CASCADE;
DROP FUNCTION public.hostile_text(text, text) CASCADE;
DROP FUNCTION public.cardinality(text[]), public.unnest(text[]), public.websearch_to_tsquery(regconfig, varchar),
	public.ts_rank(tsvector, tsquery), public.tip_body_code(varchar), public.tip_text_sha256(varchar),
	public.format(text, text), public.count(anyelement);
