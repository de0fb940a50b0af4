-- Security: nothing of the extension is writable by PUBLIC, PUBLIC can
-- execute only the functions docs/database.md lists, only a superuser can change
-- tip_reports.max_parse_memory, and objects planted in public under the
-- names the extension uses change nothing.
-- (needs the loading test)

-- no table, view or sequence grants anything to PUBLIC
SELECT c.relname, a.privilege_type
FROM pg_class c
JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
     AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'tip_reports'),
LATERAL aclexplode(c.relacl) a
WHERE a.grantee = 0
ORDER BY 1, 2;

-- the functions of the extension PUBLIC can execute (a NULL proacl is the
-- default, EXECUTE to PUBLIC)
CREATE TEMP VIEW ext_functions AS
SELECT p.oid, p.oid::regprocedure::text AS signature, p.proname::text AS proname,
       EXISTS (SELECT FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
               WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE') AS public_execute
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
     AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'tip_reports');
SELECT signature FROM ext_functions WHERE public_execute ORDER BY 1;
-- ... and the ones it cannot
SELECT signature FROM ext_functions WHERE NOT public_execute ORDER BY 1;
-- the extension's schema holds only what users call; its helpers are in
-- tip_internal, and nothing of it is anywhere else
SELECT n.nspname AS schema, count(*) AS functions,
       string_agg(p.proname, ', ' ORDER BY p.proname) FILTER (WHERE n.nspname <> 'tip_internal') AS api
FROM ext_functions f JOIN pg_proc p ON p.oid = f.oid JOIN pg_namespace n ON n.oid = p.pronamespace
GROUP BY 1 ORDER BY 1;
SELECT t.typname AS internal_type FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = 'tip_internal' AND t.typtype = 'c' ORDER BY 1;
-- PUBLIC may look names up in tip_internal (tip_search and the search index
-- call its functions as the caller) but create nothing there
SELECT has_schema_privilege('public', 'tip_internal', 'USAGE') AS public_usage,
       has_schema_privilege('public', 'tip_internal', 'CREATE') AS public_create;
-- has_function_privilege agrees with the ACLs read above
SELECT count(*) AS disagreements FROM ext_functions
WHERE has_function_privilege('public', oid, 'EXECUTE') <> public_execute;
-- exactly the functions docs/database.md lists as callable by every role (its
-- paragraph "Callable by every role ..."); rows here are differences
\set readme `cat docs/database.md`
WITH listed AS (
	SELECT DISTINCT m[1] AS proname
	FROM regexp_matches(substring(:'readme' FROM 'Callable by every role.*?\n\n'),
	                    '`(tip_[a-z0-9_]+)`', 'g') AS m
	WHERE m[1] <> 'tip_internal'),	-- the schema, named beside its functions
executable AS (SELECT proname FROM ext_functions WHERE public_execute)
SELECT coalesce(l.proname, e.proname) AS function,
       CASE WHEN l.proname IS NULL THEN 'executable by PUBLIC, not in docs/database.md'
            ELSE 'in docs/database.md, not executable by PUBLIC' END AS difference
FROM listed l FULL JOIN executable e USING (proname)
WHERE l.proname IS NULL OR e.proname IS NULL
ORDER BY 1;

-- an ordinary role given read access can parse, search and use the text
-- search configuration, but not load, change, delete, reparse or change
-- the memory limit
CREATE ROLE tip_regress_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO tip_regress_reader;
SET ROLE tip_regress_reader;
\set VERBOSITY terse
SELECT tip_load_report(doc || ' changed') AS load_attempt FROM corpus WHERE name LIKE '000%';
DELETE FROM tip_reports;
SELECT tip_delete_report(1) AS delete_attempt;
SELECT tip_reparse_all() AS reparse_attempt;
SELECT tip_internal.tip_parse_document('1. Text.') IS NOT NULL AS internal_attempt;
SELECT count(*) AS rows_countries FROM tip_internal.tip_gazetteer_countries();
-- (the module is loaded now: a SET is checked)
SELECT (SELECT count(*) FROM tip_paragraphs(doc)) AS can_parse, tip_text_sha256(doc) IS NOT NULL AS can_hash
FROM corpus WHERE name LIKE '000%';
SET tip_reports.max_parse_memory = '100GB';
SET tip_reports.max_parse_memory = '64MB';
SHOW tip_reports.max_parse_memory;
SELECT count(*) AS can_search FROM tip_search('64/293');
SELECT to_tsvector('tip_english', 'CTOC/COP/WG.4/2017/2 victims/survivors trafficking') AS can_use_dictionaries;
\set VERBOSITY default
RESET ROLE;
REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM tip_regress_reader;

-- a superuser can change the limit
SET tip_reports.max_parse_memory = '2GB';
SHOW tip_reports.max_parse_memory;
RESET tip_reports.max_parse_memory;
SHOW tip_reports.max_parse_memory;

-- a role given the grants docs/database.md lists for loading can load: the
-- search index expression (tip_rank_keys) and the stored tsv (the
-- tip_english dictionaries) work for it
CREATE ROLE tip_regress_loader;
GRANT EXECUTE ON FUNCTION tip_load_report(text, text, boolean), tip_delete_report(bigint),
      tip_reparse_all(boolean), tip_internal.tip_parse_document(text),
      tip_internal.tip_load(text, text, boolean),
      tip_internal.tip_load_text(bigint, bytea, text, text, boolean, timestamptz),
      tip_internal.tip_store_rows(bigint, tip_internal.tip_document), tip_internal.tip_body_code(text)
      TO tip_regress_loader;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO tip_regress_loader;
GRANT USAGE ON SEQUENCE tip_reports_report_id_seq TO tip_regress_loader;
BEGIN;
SET LOCAL ROLE tip_regress_loader;
SELECT tip_load_report(replace(doc, 'Vienna', 'Wien'), 'loader test') IS NOT NULL AS loaded FROM corpus WHERE name LIKE '002%';
SELECT r.paragraph_count = (SELECT count(*) FROM tip_paragraphs p WHERE p.report_id = r.report_id AND p.tsv <> '') AS rows_stored
FROM tip_reports r WHERE r.source = 'loader test';
SELECT count(*) > 0 AS finds_it FROM tip_search('Wien') WHERE report_id = (SELECT report_id FROM tip_reports WHERE source = 'loader test');
-- bin/tip-load's call, for the same text: there already
SELECT l.fresh FROM corpus c, LATERAL tip_internal.tip_load(replace(c.doc, 'Vienna', 'Wien'), 'loader test', false) AS l
WHERE c.name LIKE '002%';
SELECT tip_delete_report(report_id) AS deleted FROM tip_reports WHERE source = 'loader test';
ROLLBACK;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM tip_regress_loader;
REVOKE ALL ON SEQUENCE tip_reports_report_id_seq FROM tip_regress_loader;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public, tip_internal FROM tip_regress_loader;
DROP ROLE tip_regress_loader;

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

-- In a new session, before the module is loaded, an ordinary role's SET
-- only makes a placeholder: loading the module discards it with a warning.
\c -
SET ROLE tip_regress_reader;
SET tip_reports.max_parse_memory = '100GB';
SELECT paragraph_count FROM tip_parse_report('1. Text.');
SHOW tip_reports.max_parse_memory;
RESET ROLE;
DROP ROLE tip_regress_reader;
