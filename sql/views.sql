-- Views for BI tools over the loaded corpus (needs the loading test).
SET datestyle = ISO;
-- (what the reports state; the counts of what the layers found are only
-- required to be there: their accuracy is measured against the gold sets)
SELECT report_id, symbol, year, session_body, session_number, venue, paragraph_count, footnote_count,
       section_count, parties_total, mention_count > 0 AS has_mentions,
       reference_count > 0 AS has_references, activity_count > 0 AS has_activities
FROM tip_report_overview ORDER BY year, session_start NULLS FIRST, report_id;
-- the overview counts are the table counts
SELECT sum(section_count) = (SELECT count(*) FROM tip_sections) AS sections_agree,
       sum(mention_count) = (SELECT count(*) FROM tip_mentions) AS mentions_agree,
       sum(reference_count) = (SELECT count(*) FROM tip_references) AS references_agree,
       sum(activity_count) = (SELECT count(*) FROM tip_activities) AS activities_agree
FROM tip_report_overview;
-- parties to the Protocol as the reports state them, in time order
SELECT year, date, session_body, session_number, parties_total, new_parties
FROM tip_parties_timeline ORDER BY year, date NULLS FIRST;
-- sessions: one row per body and number, each report counted for its own session
SELECT body, number, kind, title, venue, date_start, date_end, reports_for, reports_naming
FROM tip_session_overview WHERE reports_for > 0 ORDER BY date_start NULLS FIRST, body, number;
SELECT count(*) AS reports_without_session_row FROM tip_reports r
WHERE r.session_number IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM tip_report_sessions s WHERE s.body = r.session_body AND s.number = r.session_number);
-- country activities: the view counts the bridge rows per report, country,
-- year, theme and kind
WITH computed AS (
  SELECT ac.report_id, ac.iso3, coalesce(extract(year FROM a.date_start)::int, r.year) AS year, a.theme, a.kind,
         count(*) AS activities
  FROM tip_activity_countries ac
  JOIN tip_activities a ON a.report_id = ac.report_id AND a.seq = ac.activity_seq
  JOIN tip_reports r ON r.report_id = ac.report_id
  GROUP BY 1, 2, 3, 4, 5),
viewed AS (SELECT report_id, iso3, year, theme, kind, activities FROM tip_country_activities)
SELECT (SELECT count(*) FROM (TABLE computed EXCEPT TABLE viewed) x)
     + (SELECT count(*) FROM (TABLE viewed EXCEPT TABLE computed) y) AS view_rows_differing;
-- activities in Colombia, in the paragraphs whose every row was read against
-- the text (test/gold/activity_sentences.tsv agrees)
SELECT r.year, a.paragraph, a.kind, a.date_start, left(a.sentence, 90) AS sentence
FROM tip_activities a JOIN tip_reports r USING (report_id)
WHERE EXISTS (SELECT FROM tip_activity_countries c WHERE c.report_id = a.report_id AND c.activity_seq = a.seq AND c.iso3 = 'COL')
  AND (r.year, a.paragraph) IN ((2014, 23), (2014, 51), (2018, 11), (2018, 46), (2018, 50),
                                (2018, 51), (2018, 60))
ORDER BY r.year, a.paragraph, a.ord;
-- the bridges hold the arrays of tip_activities(): the same rows
SELECT NOT EXISTS (SELECT DISTINCT r.report_id, a.seq, c FROM tip_reports r, tip_activities(r.raw_text) a, unnest(a.countries) c
                   EXCEPT SELECT report_id, activity_seq, iso3 FROM tip_activity_countries)
       AND NOT EXISTS (SELECT report_id, activity_seq, iso3 FROM tip_activity_countries
                       EXCEPT SELECT r.report_id, a.seq, c FROM tip_reports r, tip_activities(r.raw_text) a, unnest(a.countries) c) AS bridge_agrees,
       NOT EXISTS (SELECT DISTINCT r.report_id, a.seq, o.acronym
                   FROM tip_reports r, tip_activities(r.raw_text) a, unnest(a.organizations) n
                   JOIN tip_organizations o ON n IN (o.acronym, o.full_name)
                   EXCEPT SELECT report_id, activity_seq, acronym FROM tip_activity_organizations)
       AND (SELECT count(*) FROM tip_activity_organizations)
           = (SELECT count(*) FROM (SELECT DISTINCT r.report_id, a.seq, n FROM tip_reports r, tip_activities(r.raw_text) a,
                                    unnest(a.organizations) n) d) AS organizations_bridge_agrees,
       (SELECT coalesce(sum(activities), 0) FROM tip_country_activities) = (SELECT count(*) FROM tip_activity_countries) AS view_agrees;
-- references graph: the reports citing the Global Plan of Action (resolution 64/293)
SELECT citing_report_id, citing_year, kind, body, number, cited_symbol, citations
FROM tip_references_graph WHERE number = '64/293' OR cited_symbol = 'A/RES/64/293' ORDER BY citing_report_id;
SELECT (SELECT coalesce(sum(citations), 0) FROM tip_references_graph) = (SELECT count(*) FROM tip_references) AS graph_agrees;
-- every table, view, column, function and type of the extension has a comment
SELECT d.classid::regclass AS catalog, pg_describe_object(d.classid, d.objid, 0) AS object
FROM pg_depend d
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'tip_reports')
  AND d.deptype = 'e'
  AND obj_description(d.objid, d.classid::regclass::name) IS NULL
ORDER BY 1, 2;
SELECT c.relname, a.attname
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
     AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'tip_reports')
WHERE col_description(c.oid, a.attnum) IS NULL AND c.relkind <> 'S'
ORDER BY 1, 2;
