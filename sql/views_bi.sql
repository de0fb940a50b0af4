-- What BI tools and client libraries see (needs the loading test; runs after views): labels,
-- dates, keys to the dimensions, scalar columns, attendance, accent-folded
-- search, any integer bind of max_rows, a read-only role's search.
SET datestyle = ISO;
-- a label for every report: the symbol, else body code, session and year
SELECT report_id, symbol, session_body, session_number, year, label FROM tip_reports ORDER BY report_id;
SELECT count(*) AS reports, count(label) AS labelled FROM tip_reports;
-- the composite of tip_parse_report() gives the same label (the C rule and the SQL rule agree)
SELECT count(*) AS label_differs FROM tip_reports r, LATERAL tip_parse_report(r.raw_text) m
WHERE m.label IS DISTINCT FROM r.label AND (r.symbol IS NOT NULL OR r.body IS NOT NULL);
SELECT tip_internal.tip_report_label(NULL, 'General Assembly', 71, NULL, '2016-08-01') AS ga,
       tip_internal.tip_report_label(NULL, 'Commission on Crime Prevention and Criminal Justice', 21, '2012-04-23', NULL) AS ccpcj,
       tip_internal.tip_report_label(NULL, 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime', NULL, NULL, NULL) AS no_session_no_year,
       tip_internal.tip_report_label('A/71/303', 'General Assembly', 71, NULL, NULL) AS symbol_first,
       tip_internal.tip_report_label(NULL, NULL, 9, '2018-10-15', NULL) AS nothing_known;
-- a report the parser knows nothing of is named by its id
BEGIN;
SELECT tip_load_report('The quick brown fox.', 'fox.txt', force => true) AS fox_id \gset
SELECT symbol, body, year, label = 'Report ' || report_id AS named_by_id, date FROM tip_reports WHERE report_id = :fox_id;
ROLLBACK;
-- every view has a label and names its key in its comment
SELECT c.relname AS view_without_label_or_key
FROM pg_class c JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
     AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'tip_reports')
WHERE c.relkind = 'v'
  AND (obj_description(c.oid, 'pg_class') !~ 'key: [a-z_]+'
       OR NOT EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname ~ 'label$'))
ORDER BY 1;
SELECT c.relname, substring(obj_description(c.oid, 'pg_class') FROM 'key: [^;]*$') AS key
FROM pg_class c JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
     AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'tip_reports')
WHERE c.relkind = 'v' ORDER BY 1;
-- labels are never NULL in the views over loaded reports
SELECT (SELECT count(*) FROM tip_report_overview WHERE label IS NULL) AS overview,
       (SELECT count(*) FROM tip_parties_timeline WHERE label IS NULL) AS timeline,
       (SELECT count(*) FROM tip_country_activities WHERE label IS NULL) AS country_activities,
       (SELECT count(*) FROM tip_references_graph WHERE citing_label IS NULL) AS graph,
       (SELECT count(*) FROM tip_paragraph_texts WHERE label IS NULL) AS paragraphs,
       (SELECT count(*) FROM tip_session_overview WHERE label IS NULL) AS sessions;
-- time axes: a date wherever the year is known, in the year it names
SELECT report_id, label, session_start, distributed, year, date FROM tip_report_overview ORDER BY report_id;
SELECT v, count(*) FILTER (WHERE year IS NOT NULL AND date IS NULL) AS year_without_date,
       count(*) FILTER (WHERE date_part('year', date) <> year) AS other_year
FROM (SELECT 'tip_report_overview' AS v, year, date FROM tip_report_overview
      UNION ALL SELECT 'tip_parties_timeline', year, date FROM tip_parties_timeline
      UNION ALL SELECT 'tip_country_activities', year, date FROM tip_country_activities
      UNION ALL SELECT 'tip_session_overview', year, date FROM tip_session_overview
      UNION ALL SELECT 'tip_report_sessions', year, date FROM tip_report_sessions
      UNION ALL SELECT 'tip_paragraph_texts', year, date FROM tip_paragraph_texts
      UNION ALL SELECT 'tip_references_graph', citing_year, citing_date FROM tip_references_graph
      UNION ALL SELECT 'tip_references_graph cited', cited_year, cited_date FROM tip_references_graph) s
GROUP BY v ORDER BY v;
-- the timeline has a point (a date) for every report that states a total
SELECT count(*) AS reports_with_total,
       count(*) FILTER (WHERE EXISTS (SELECT FROM tip_parties_timeline t
                                      WHERE t.report_id = e.report_id AND t.date IS NOT NULL
                                        AND t.parties_total IS NOT NULL)) AS points
FROM (SELECT DISTINCT report_id FROM tip_party_events WHERE kind = 'total' AND instrument IS DISTINCT FROM 'convention') e;
-- attendance: "The meeting had 453 registered participants from 101 countries"
SELECT body, number, label, date, reports_naming, participants, countries
FROM tip_session_overview WHERE participants IS NOT NULL OR countries IS NOT NULL ORDER BY date;
SELECT body, number, participants, countries, paragraph
FROM tip_sessions(E'1. The Working Group on Trafficking in Persons held its fourteenth meeting in Vienna on 8 and 9 July 2024. '
                  'The meeting, which was held in person, had 275 registered participants from 97 countries '
                  'and 12 international organizations.\n\n'
                  '2. The Conference of the Parties to the United Nations Convention against Transnational Organized Crime '
                  'held its ninth session in Vienna. The session had 40 participants.\n\n'
                  '3. UNODC trained 300 participants from 20 countries. The meeting had 50 participants.');
-- tip_mentions(doc) and the table tip_mentions: the same names and types (the table adds
-- report_id and the keys to the dimensions, iso3 and acronym)
SELECT a.attname, format_type(a.atttypid, a.atttypmod) AS type, t.attname IS NOT NULL AS in_function
FROM pg_attribute a
LEFT JOIN pg_attribute t ON t.attrelid = 'tip_mention'::regclass AND t.attname = a.attname AND t.atttypid = a.atttypid
     AND NOT t.attisdropped
WHERE a.attrelid = 'tip_mentions'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND t.attname IS NULL
ORDER BY a.attname;
SELECT t.attname AS only_in_function
FROM pg_attribute t
WHERE t.attrelid = 'tip_mention'::regclass AND t.attnum > 0 AND NOT t.attisdropped
  AND NOT EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = 'tip_mentions'::regclass AND a.attname = t.attname
                  AND a.atttypid = t.atttypid AND NOT a.attisdropped);
-- dimensions: keyed by the codes the data uses, with foreign keys from every ISO3 column
SELECT conrelid::regclass AS referencing, pg_get_constraintdef(oid) AS definition
FROM pg_constraint
WHERE contype IN ('p', 'f') AND (confrelid IN ('tip_countries'::regclass, 'tip_organizations'::regclass)
      OR conrelid IN ('tip_countries'::regclass, 'tip_organizations'::regclass))
ORDER BY 1::text, 2;
SELECT c.relname, a.attname AS iso3_column_without_foreign_key
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
     AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'tip_reports')
WHERE c.relkind = 'r' AND a.attname IN ('iso3', 'alpha3')
  AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype IN ('f', 'p')
                  AND a.attnum = ANY (k.conkey))
ORDER BY 1, 2;
-- the keys are filled: every country mention, new party and activity country has its row
-- (the counts themselves are what the layers found, measured against the gold
-- sets elsewhere; here every row must have its key)
SELECT (SELECT count(*) FROM tip_mentions WHERE kind = 'country') > 0 AS country_mentions,
       (SELECT count(*) FROM tip_mentions WHERE kind = 'country' AND iso3 IS DISTINCT FROM value) AS without_iso3,
       (SELECT count(*) FROM tip_mentions WHERE kind IN ('organization', 'programme')) > 0 AS organization_mentions,
       (SELECT count(*) FROM tip_mentions WHERE kind IN ('organization', 'programme') AND acronym IS NULL) AS without_acronym,
       (SELECT count(*) FROM tip_party_events WHERE kind = 'new_party') AS new_parties,
       (SELECT count(*) FROM tip_party_events WHERE kind = 'new_party' AND iso3 IS NULL) AS without_iso3,
       (SELECT count(*) FROM tip_activity_countries) > 0 AS activity_countries,
       (SELECT count(*) FROM tip_activity_organizations) > 0 AS activity_organizations;
-- a code the reference table lacks does not fail a load: the key is NULL, the bridge row left out
BEGIN;
DELETE FROM tip_activity_countries WHERE iso3 = 'COL';
UPDATE tip_mentions SET iso3 = NULL WHERE iso3 = 'COL';
UPDATE tip_party_events SET iso3 = NULL WHERE iso3 = 'COL';
DELETE FROM tip_country_names WHERE alpha3 = 'COL';
DELETE FROM tip_countries WHERE alpha3 = 'COL';
SELECT tip_load_report(replace(doc, 'Vienna', 'Wien'), 'without Colombia') > 5 AS loaded FROM corpus WHERE name LIKE '000%';
SELECT count(*) FILTER (WHERE m.kind = 'country' AND m.value = 'COL') AS colombia_mentions,
       count(*) FILTER (WHERE m.iso3 = 'COL') AS with_key
FROM tip_mentions m JOIN tip_reports r USING (report_id) WHERE r.source = 'without Colombia';
ROLLBACK;
-- scalar columns: no array, search vector or hash in any view, nor in any table but the
-- two the views stand for (tip_reports: tip_report_overview; tip_paragraphs: tip_paragraph_texts)
SELECT c.relname, c.relkind, a.attname, format_type(a.atttypid, a.atttypmod) AS type
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
     AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'tip_reports')
WHERE c.relkind IN ('r', 'v')
  AND (a.atttypid IN ('tsvector'::regtype, 'bytea'::regtype) OR EXISTS (SELECT FROM pg_type t WHERE t.oid = a.atttypid AND t.typcategory = 'A'))
ORDER BY 1, 3;
SELECT count(*) AS views_with_raw_text FROM pg_views WHERE viewname LIKE 'tip%' AND definition ~ 'raw_text';
-- sources are stored plain: a file name and a path without . or ..
SELECT s, tip_internal.tip_normalize_source(s) FROM (VALUES ('/home/u/../shared/corpus/./x.txt'), ('../corpus//x.txt'), ('x.txt'),
       ('https://example.org/a/../docs/x.pdf'), ('..'), ('000 COP9 2018 markdown')) v(s);
BEGIN;
SELECT tip_load_report(replace(doc, 'Vienna', 'Wien'), '/data/in/../corpus/./COP9.txt') AS cop9_id FROM corpus WHERE name LIKE '000%' \gset
SELECT source, source_name FROM tip_reports WHERE report_id = :cop9_id;
ROLLBACK;
-- accents folded: Cote d'Ivoire finds what Côte d'Ivoire finds, both ways
SELECT to_tsvector('tip_english', 'Côte d''Ivoire, São Tomé') AS vector;
SELECT (SELECT array_agg(report_id || ':' || paragraph ORDER BY report_id, paragraph) FROM tip_search('Cote d''Ivoire')) AS without_accent,
       (SELECT array_agg(report_id || ':' || paragraph ORDER BY report_id, paragraph) FROM tip_search('Côte d''Ivoire')) AS with_accent,
       (SELECT count(*) FROM tip_paragraphs WHERE body LIKE '%Côte d''Ivoire%') AS paragraphs_naming_it;
SELECT to_tsvector('tip_english', 'Cote d''Ivoire') @@ websearch_to_tsquery('tip_english', 'Côte') AS plain_text_found_by_accented_query;
-- tip_search: any integer or numeric bind of max_rows, a plain snippet beside the highlighted one
PREPARE s_int(text, integer) AS SELECT count(*) FROM tip_search($1, $2);
PREPARE s_bigint(text, bigint) AS SELECT count(*) FROM tip_search($1, $2);
PREPARE s_numeric(text, numeric) AS SELECT count(*) FROM tip_search($1, $2);
PREPARE s_smallint(text, smallint) AS SELECT count(*) FROM tip_search($1, $2);
EXECUTE s_int('trafficking', 3);
EXECUTE s_bigint('trafficking', 4);
EXECUTE s_numeric('trafficking', 5);
EXECUTE s_smallint('trafficking', 6);
SELECT count(*) AS untyped_literal FROM tip_search('trafficking', '2');
SELECT count(*) AS beyond_integer FROM tip_search('64/293', 9999999999999);
SELECT label, paragraph, snippet, snippet_text FROM tip_search('64/293', 2);
SELECT count(*) AS snippets, count(*) FILTER (WHERE snippet_text = replace(replace(snippet, '<b>', ''), '</b>', '')) AS same_text,
       count(*) FILTER (WHERE snippet_text ~ '[<>]') AS with_tags
FROM tip_search('trafficking OR victims', 40);
-- a read-only role, given what the README's recipe gives, can read the views and search
CREATE ROLE tip_regress_bi;
GRANT USAGE ON SCHEMA public TO tip_regress_bi;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO tip_regress_bi;
GRANT EXECUTE ON FUNCTION tip_search(text, numeric) TO tip_regress_bi;
SET ROLE tip_regress_bi;
SELECT count(*) AS reports FROM tip_report_overview;
SELECT count(*) AS can_search FROM tip_search('Cote d''Ivoire', 5::bigint);
RESET ROLE;
-- without SELECT on the tables the search refuses in one line, not with its SQL
REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM tip_regress_bi;
SET ROLE tip_regress_bi;
SELECT count(*) FROM tip_search('trafficking');
RESET ROLE;
REVOKE ALL ON FUNCTION tip_search(text, numeric) FROM tip_regress_bi;
REVOKE USAGE ON SCHEMA public FROM tip_regress_bi;
DROP ROLE tip_regress_bi;
