
-- ---------------------------------------------------------------------
-- Views for BI tools: one row per thing a chart shows, scalar columns only
-- (no arrays, search vectors or hashes), a label and a date beside every
-- report and year; each view's comment names its key
-- ---------------------------------------------------------------------

-- A view, not a table the loaders fill: a shared row that two loaders
-- insert would make each wait for the other's commit, and loaders holding
-- several reports in one transaction could deadlock.
CREATE VIEW @extschema@.tip_report_sessions AS
SELECT s.body, s.number,
	tip_internal.tip_report_label(NULL, s.body, s.number, s.date, NULL) AS label,
	s.kind, s.title, s.venue, s.date_start, s.date_end,
	pg_catalog.date_part('year', s.date)::integer AS year, s.date
FROM (
	SELECT DISTINCT ON (c.body, c.number) c.body, c.number, c.kind, c.title, c.venue, c.date_start, c.date_end,
		c.date
	FROM (
		-- a masthead's session: the report's date when the session's is unknown
		SELECT r.session_body AS body, r.session_number AS number, 'session'::text AS kind,
			r.session_title AS title, r.venue, r.session_start AS date_start, r.session_end AS date_end,
			r.date, 0 AS pri, r.report_id, 0 AS ord
		FROM @extschema@.tip_reports AS r
		WHERE r.session_body IS NOT NULL AND r.session_number IS NOT NULL
		UNION ALL
		SELECT x.body, x.number, x.kind, NULL::text, x.venue, x.date_start, x.date_end, x.date_start,
			CASE WHEN x.is_report_session THEN 1 ELSE 2 END, x.report_id, x.ord
		FROM @extschema@.tip_session_refs AS x
		WHERE x.body IS NOT NULL AND x.number IS NOT NULL
	) AS c
	-- a total order (a report may name the same session twice): the row
	-- kept must not depend on the order the rows are read in
	ORDER BY c.body, c.number, c.pri, c.venue IS NULL, c.date_start IS NULL, c.report_id, c.ord
) AS s;

COMMENT ON VIEW @extschema@.tip_report_sessions IS
	'Sessions and numbered meetings of the bodies, one row per body and number, shared by every report written for or naming them (a report''s masthead first, then what the texts say); key: body, number';
COMMENT ON COLUMN @extschema@.tip_report_sessions.body IS 'Body code: COP, CCPCJ, WG-TIP, GA, HRC, ECOSOC, SC, or the name as written';
COMMENT ON COLUMN @extschema@.tip_report_sessions.number IS 'Session or meeting number (ninth session = 9)';
COMMENT ON COLUMN @extschema@.tip_report_sessions.kind IS 'session or meeting';
COMMENT ON COLUMN @extschema@.tip_report_sessions.title IS 'Session as a report masthead writes it, e.g. Ninth session';
COMMENT ON COLUMN @extschema@.tip_report_sessions.venue IS 'City where it was held';
COMMENT ON COLUMN @extschema@.tip_report_sessions.date_start IS 'First day';
COMMENT ON COLUMN @extschema@.tip_report_sessions.date_end IS 'Last day';
COMMENT ON COLUMN @extschema@.tip_report_sessions.label IS 'Short name: body code, number and year, e.g. COP 9 (2018), WG-TIP 13 (2023)';
COMMENT ON COLUMN @extschema@.tip_report_sessions.year IS 'Year of date';
COMMENT ON COLUMN @extschema@.tip_report_sessions.date IS 'First day; for a session a loaded report is written for and whose days are unknown, the date of that report (tip_reports.date)';

-- The views count and pick with subqueries grouped by their key and joined
-- on it, not with subqueries run once per row: the rows are the same, and
-- Citus runs a join of tables distributed by report_id on report_id, as
-- these are, on every shard at once, where it refuses correlated subqueries
-- and LATERAL joins into them.
CREATE VIEW @extschema@.tip_report_overview AS
SELECT r.report_id, r.label, r.symbol, r.year, r.date, r.distributed, r.body, r.session_body, r.session_number, r.session_title,
	r.venue, r.session_start, r.session_end, r.title, r.report_type, r.rendering,
	r.paragraph_count, r.footnote_count,
	COALESCE(s.n, 0) AS section_count,
	COALESCE(m.n, 0) AS mention_count,
	COALESCE(x.n, 0) AS reference_count,
	COALESCE(a.n, 0) AS activity_count,
	e.parties_total,
	r.source, r.source_name, r.loaded_at, r.parser_version
FROM @extschema@.tip_reports AS r
LEFT JOIN (SELECT s.report_id, pg_catalog.count(*) AS n FROM @extschema@.tip_sections AS s
	GROUP BY s.report_id) AS s ON s.report_id OPERATOR(pg_catalog.=) r.report_id
LEFT JOIN (SELECT m.report_id, pg_catalog.count(*) AS n FROM @extschema@.tip_mentions AS m
	GROUP BY m.report_id) AS m ON m.report_id OPERATOR(pg_catalog.=) r.report_id
LEFT JOIN (SELECT x.report_id, pg_catalog.count(*) AS n FROM @extschema@.tip_references AS x
	GROUP BY x.report_id) AS x ON x.report_id OPERATOR(pg_catalog.=) r.report_id
LEFT JOIN (SELECT a.report_id, pg_catalog.count(*) AS n FROM @extschema@.tip_activities AS a
	GROUP BY a.report_id) AS a ON a.report_id OPERATOR(pg_catalog.=) r.report_id
LEFT JOIN (SELECT e.report_id, pg_catalog.max(e.count) AS parties_total FROM @extschema@.tip_party_events AS e
	WHERE e.kind OPERATOR(pg_catalog.=) 'total'
	  AND (e.instrument IS NULL OR e.instrument OPERATOR(pg_catalog.!~*) 'convention')
	GROUP BY e.report_id) AS e ON e.report_id OPERATOR(pg_catalog.=) r.report_id;

COMMENT ON VIEW @extschema@.tip_report_overview IS 'One row per loaded report: metadata and how much each layer found (tip_reports without its text, hash and arrays); key: report_id';
COMMENT ON COLUMN @extschema@.tip_report_overview.label IS 'Short name, never NULL: the symbol, else body code, session and year, e.g. COP 9 (2018)';
COMMENT ON COLUMN @extschema@.tip_report_overview.date IS 'First day of the session, else the distribution date, else 1 January of the year';
COMMENT ON COLUMN @extschema@.tip_report_overview.distributed IS 'Date of distribution';
COMMENT ON COLUMN @extschema@.tip_report_overview.source_name IS 'File name of the source';
COMMENT ON COLUMN @extschema@.tip_report_overview.report_id IS 'Report (tip_reports)';
COMMENT ON COLUMN @extschema@.tip_report_overview.symbol IS 'UN document symbol';
COMMENT ON COLUMN @extschema@.tip_report_overview.year IS 'Year of the report';
COMMENT ON COLUMN @extschema@.tip_report_overview.body IS 'Issuing body as written';
COMMENT ON COLUMN @extschema@.tip_report_overview.session_body IS 'Code of the body whose session the report is for';
COMMENT ON COLUMN @extschema@.tip_report_overview.session_number IS 'Session number';
COMMENT ON COLUMN @extschema@.tip_report_overview.session_title IS 'Session as written';
COMMENT ON COLUMN @extschema@.tip_report_overview.venue IS 'City of the session';
COMMENT ON COLUMN @extschema@.tip_report_overview.session_start IS 'First day of the session';
COMMENT ON COLUMN @extschema@.tip_report_overview.session_end IS 'Last day of the session';
COMMENT ON COLUMN @extschema@.tip_report_overview.title IS 'Title of the report';
COMMENT ON COLUMN @extschema@.tip_report_overview.report_type IS 'e.g. Report of the Secretariat';
COMMENT ON COLUMN @extschema@.tip_report_overview.rendering IS 'markdown, plain or layout';
COMMENT ON COLUMN @extschema@.tip_report_overview.paragraph_count IS 'Numbered paragraphs';
COMMENT ON COLUMN @extschema@.tip_report_overview.footnote_count IS 'Footnotes';
COMMENT ON COLUMN @extschema@.tip_report_overview.section_count IS 'Headings';
COMMENT ON COLUMN @extschema@.tip_report_overview.mention_count IS 'Entity mentions';
COMMENT ON COLUMN @extschema@.tip_report_overview.reference_count IS 'References to resolutions and documents';
COMMENT ON COLUMN @extschema@.tip_report_overview.activity_count IS 'Activities';
COMMENT ON COLUMN @extschema@.tip_report_overview.parties_total IS 'Parties to the Protocol the report states (largest total it gives)';
COMMENT ON COLUMN @extschema@.tip_report_overview.source IS 'Where the text came from';
COMMENT ON COLUMN @extschema@.tip_report_overview.loaded_at IS 'When it was loaded';
COMMENT ON COLUMN @extschema@.tip_report_overview.parser_version IS 'Extension version that parsed it';

CREATE VIEW @extschema@.tip_parties_timeline AS
SELECT r.report_id, r.label, r.symbol, r.date, r.year,
	r.session_body, r.session_number, r.session_title,
	e.parties_total, COALESCE(e.new_parties, 0) AS new_parties, e.new_party_states
FROM @extschema@.tip_reports AS r
JOIN (
	SELECT e.report_id,
		pg_catalog.max(e.count) FILTER (WHERE e.kind OPERATOR(pg_catalog.=) 'total') AS parties_total,
		pg_catalog.count(*) FILTER (WHERE e.kind OPERATOR(pg_catalog.=) 'new_party') AS new_parties,
		pg_catalog.string_agg(COALESCE(e.country, e.iso3), ', ' ORDER BY e.ord)
			FILTER (WHERE e.kind OPERATOR(pg_catalog.=) 'new_party') AS new_party_states
	FROM @extschema@.tip_party_events AS e
	WHERE e.instrument IS NULL OR e.instrument OPERATOR(pg_catalog.!~*) 'convention'
	GROUP BY e.report_id
) AS e ON e.report_id OPERATOR(pg_catalog.=) r.report_id
WHERE e.parties_total IS NOT NULL OR e.new_parties OPERATOR(pg_catalog.>) 0;

COMMENT ON VIEW @extschema@.tip_parties_timeline IS 'Parties to the Trafficking in Persons Protocol as each report states them, one row per report stating a total or new parties; key: report_id';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.label IS 'Short name of the report, never NULL';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.report_id IS 'Report (tip_reports)';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.symbol IS 'UN document symbol of the report';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.date IS 'Date of the report: first day of its session, else its distribution, else 1 January of its year';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.year IS 'Year of the report';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.session_body IS 'Body whose session the report is for';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.session_number IS 'Session number';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.session_title IS 'Session as written';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.parties_total IS 'Total number of parties the report states';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.new_parties IS 'States the report names as newly party';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.new_party_states IS 'Those States, as written';

CREATE VIEW @extschema@.tip_country_activities AS
SELECT k.un_name AS country, c.iso3, k.m49, k.region, k.subregion, c.report_id, r.label,
	COALESCE(pg_catalog.date_part('year', a.date_start)::integer, r.year) AS year,
	pg_catalog.make_date(COALESCE(pg_catalog.date_part('year', a.date_start)::integer, r.year), 1, 1) AS date,
	a.theme, a.kind, pg_catalog.count(*) AS activities
FROM @extschema@.tip_activity_countries AS c
JOIN @extschema@.tip_activities AS a
	ON a.report_id OPERATOR(pg_catalog.=) c.report_id AND a.seq OPERATOR(pg_catalog.=) c.activity_seq
JOIN @extschema@.tip_reports AS r ON r.report_id OPERATOR(pg_catalog.=) c.report_id
JOIN @extschema@.tip_countries AS k ON k.alpha3 OPERATOR(pg_catalog.=) c.iso3
GROUP BY k.un_name, c.iso3, k.m49, k.region, k.subregion, c.report_id, r.label,
	COALESCE(pg_catalog.date_part('year', a.date_start)::integer, r.year), a.theme, a.kind;

COMMENT ON VIEW @extschema@.tip_country_activities IS 'Activities per country, report, year, theme and kind; key: iso3, report_id, year, theme, kind (theme may be NULL)';
COMMENT ON COLUMN @extschema@.tip_country_activities.report_id IS 'Report describing the activities (tip_reports)';
COMMENT ON COLUMN @extschema@.tip_country_activities.label IS 'Short name of that report, never NULL';
COMMENT ON COLUMN @extschema@.tip_country_activities.date IS '1 January of year (the rows count a year)';
COMMENT ON COLUMN @extschema@.tip_country_activities.country IS 'Country as the UN writes it (tip_countries.un_name)';
COMMENT ON COLUMN @extschema@.tip_country_activities.iso3 IS 'ISO 3166-1 alpha-3 code';
COMMENT ON COLUMN @extschema@.tip_country_activities.m49 IS 'UN M49 numeric code';
COMMENT ON COLUMN @extschema@.tip_country_activities.region IS 'M49 region';
COMMENT ON COLUMN @extschema@.tip_country_activities.subregion IS 'M49 subregion';
COMMENT ON COLUMN @extschema@.tip_country_activities.year IS 'Year of the activity, else of the report describing it';
COMMENT ON COLUMN @extschema@.tip_country_activities.theme IS 'Theme of the activity';
COMMENT ON COLUMN @extschema@.tip_country_activities.kind IS 'Kind of activity';
COMMENT ON COLUMN @extschema@.tip_country_activities.activities IS 'Number of activities';

CREATE VIEW @extschema@.tip_session_overview AS
SELECT s.body, s.number, s.label, s.kind, s.title, s.venue, s.date_start, s.date_end, s.year, s.date,
	COALESCE(f.reports_for, 0) AS reports_for,
	COALESCE(n.reports_naming, 0) AS reports_naming,
	n.participants, n.countries
FROM @extschema@.tip_report_sessions AS s
LEFT JOIN (
	SELECT r.session_body AS body, r.session_number AS number, pg_catalog.count(*) AS reports_for
	FROM @extschema@.tip_reports AS r
	GROUP BY r.session_body, r.session_number
) AS f ON f.body OPERATOR(pg_catalog.=) s.body AND f.number OPERATOR(pg_catalog.=) s.number
LEFT JOIN (
	SELECT x.body, x.number,
		pg_catalog.count(DISTINCT x.report_id) FILTER (WHERE NOT x.is_report_session) AS reports_naming,
		pg_catalog.max(x.participants) AS participants,
		pg_catalog.max(x.countries) AS countries
	FROM @extschema@.tip_session_refs AS x
	GROUP BY x.body, x.number
) AS n ON n.body OPERATOR(pg_catalog.=) s.body AND n.number OPERATOR(pg_catalog.=) s.number;

COMMENT ON VIEW @extschema@.tip_session_overview IS 'Sessions and meetings: where and when, reports written for them, reports naming them, attendance; key: body, number';
COMMENT ON COLUMN @extschema@.tip_session_overview.label IS 'Short name: body code, number and year, e.g. COP 9 (2018)';
COMMENT ON COLUMN @extschema@.tip_session_overview.year IS 'Year of date';
COMMENT ON COLUMN @extschema@.tip_session_overview.date IS 'First day, else the date of a loaded report written for it';
COMMENT ON COLUMN @extschema@.tip_session_overview.body IS 'Body code';
COMMENT ON COLUMN @extschema@.tip_session_overview.number IS 'Session or meeting number';
COMMENT ON COLUMN @extschema@.tip_session_overview.kind IS 'session or meeting';
COMMENT ON COLUMN @extschema@.tip_session_overview.title IS 'Session as a masthead writes it';
COMMENT ON COLUMN @extschema@.tip_session_overview.venue IS 'City';
COMMENT ON COLUMN @extschema@.tip_session_overview.date_start IS 'First day';
COMMENT ON COLUMN @extschema@.tip_session_overview.date_end IS 'Last day';
COMMENT ON COLUMN @extschema@.tip_session_overview.reports_for IS 'Loaded reports written for this session';
COMMENT ON COLUMN @extschema@.tip_session_overview.reports_naming IS 'Loaded reports that name it in their text';
COMMENT ON COLUMN @extschema@.tip_session_overview.participants IS 'Participants, as the reports count them ("The meeting had 453 registered participants from 101 countries"); the largest count';
COMMENT ON COLUMN @extschema@.tip_session_overview.countries IS 'Countries the participants came from, as the reports count them; the largest count';

CREATE VIEW @extschema@.tip_references_graph AS
SELECT g.citing_report_id, g.citing_label, g.citing_symbol, g.citing_year, g.citing_date,
	g.kind, g.body, g.number, g.cited_year,
	CASE WHEN g.cited_year IS NOT NULL THEN pg_catalog.make_date(g.cited_year, 1, 1) END AS cited_date,
	g.cited_symbol, c.report_id AS cited_report_id, c.label AS cited_label,
	g.citations, g.citing_paragraphs
FROM (
	SELECT x.report_id AS citing_report_id, r.label AS citing_label, r.symbol AS citing_symbol,
		r.year AS citing_year, r.date AS citing_date,
		x.kind, x.body, x.number, x.year AS cited_year, x.symbol AS cited_symbol,
		pg_catalog.count(*) AS citations,
		pg_catalog.count(DISTINCT x.paragraph) AS citing_paragraphs
	FROM @extschema@.tip_references AS x
	JOIN @extschema@.tip_reports AS r ON r.report_id OPERATOR(pg_catalog.=) x.report_id
	GROUP BY x.report_id, r.label, r.symbol, r.year, r.date, x.kind, x.body, x.number, x.year, x.symbol
) AS g
-- the cited document when it is loaded: of the reports with its symbol, the
-- first by report_id
LEFT JOIN (
	SELECT t.symbol, pg_catalog.min(t.report_id) AS report_id
	FROM @extschema@.tip_reports AS t
	WHERE t.symbol IS NOT NULL
	GROUP BY t.symbol
) AS c1 ON c1.symbol OPERATOR(pg_catalog.=) g.cited_symbol
LEFT JOIN @extschema@.tip_reports AS c ON c.report_id OPERATOR(pg_catalog.=) c1.report_id;

COMMENT ON VIEW @extschema@.tip_references_graph IS 'Edges citing report -> cited resolution or document, with how often it is cited; key: citing_report_id, kind, body, number, cited_year, cited_symbol (body, number, year and symbol may be NULL)';
COMMENT ON COLUMN @extschema@.tip_references_graph.citing_label IS 'Short name of the citing report, never NULL';
COMMENT ON COLUMN @extschema@.tip_references_graph.citing_date IS 'Date of the citing report (tip_reports.date)';
COMMENT ON COLUMN @extschema@.tip_references_graph.cited_date IS '1 January of cited_year';
COMMENT ON COLUMN @extschema@.tip_references_graph.cited_label IS 'Short name of the cited document when it is a loaded report';
COMMENT ON COLUMN @extschema@.tip_references_graph.citing_report_id IS 'Citing report (tip_reports)';
COMMENT ON COLUMN @extschema@.tip_references_graph.citing_symbol IS 'Symbol of the citing report';
COMMENT ON COLUMN @extschema@.tip_references_graph.citing_year IS 'Year of the citing report';
COMMENT ON COLUMN @extschema@.tip_references_graph.kind IS 'resolution or document';
COMMENT ON COLUMN @extschema@.tip_references_graph.body IS 'Body that adopted the resolution, where known';
COMMENT ON COLUMN @extschema@.tip_references_graph.number IS 'Resolution number as cited';
COMMENT ON COLUMN @extschema@.tip_references_graph.cited_year IS 'Year of the cited resolution or document';
COMMENT ON COLUMN @extschema@.tip_references_graph.cited_symbol IS 'Canonical symbol of the cited document';
COMMENT ON COLUMN @extschema@.tip_references_graph.cited_report_id IS 'The cited document when it is itself a loaded report';
COMMENT ON COLUMN @extschema@.tip_references_graph.citations IS 'Times the report cites it';
COMMENT ON COLUMN @extschema@.tip_references_graph.citing_paragraphs IS 'Numbered paragraphs citing it';

CREATE VIEW @extschema@.tip_paragraph_texts AS
SELECT p.report_id, r.label, r.year, r.date, p.number AS paragraph, p.section_ord, p.section_path,
	p.heading, p.body,
	(SELECT pg_catalog.count(*) FROM @extschema@.tip_footnotes AS f
	 WHERE f.report_id OPERATOR(pg_catalog.=) p.report_id
	   AND f.paragraph OPERATOR(pg_catalog.=) p.number) AS footnote_count,
	p.start_offset, p.end_offset
FROM @extschema@.tip_paragraphs AS p
JOIN @extschema@.tip_reports AS r ON r.report_id OPERATOR(pg_catalog.=) p.report_id;

COMMENT ON VIEW @extschema@.tip_paragraph_texts IS 'Numbered paragraphs of the loaded reports with their report''s label and date (tip_paragraphs without the search vector and the array of footnote marks; the footnotes are rows of tip_footnotes); key: report_id, paragraph';
COMMENT ON COLUMN @extschema@.tip_paragraph_texts.report_id IS 'Report (tip_reports)';
COMMENT ON COLUMN @extschema@.tip_paragraph_texts.label IS 'Short name of the report, never NULL';
COMMENT ON COLUMN @extschema@.tip_paragraph_texts.year IS 'Year of the report';
COMMENT ON COLUMN @extschema@.tip_paragraph_texts.date IS 'Date of the report: first day of its session, else its distribution, else 1 January of its year';
COMMENT ON COLUMN @extschema@.tip_paragraph_texts.paragraph IS 'Paragraph number as printed';
COMMENT ON COLUMN @extschema@.tip_paragraph_texts.section_ord IS 'ord of the nearest heading above (tip_sections)';
COMMENT ON COLUMN @extschema@.tip_paragraph_texts.section_path IS 'Numbering path of that heading, e.g. II.B.3';
COMMENT ON COLUMN @extschema@.tip_paragraph_texts.heading IS 'Title of the nearest heading';
COMMENT ON COLUMN @extschema@.tip_paragraph_texts.body IS 'Paragraph text: unwrapped, hyphens mended, no markup, page furniture or footnote text';
COMMENT ON COLUMN @extschema@.tip_paragraph_texts.footnote_count IS 'Footnotes whose mark the paragraph carries (tip_footnotes.paragraph)';
COMMENT ON COLUMN @extschema@.tip_paragraph_texts.start_offset IS 'Byte offset of the paragraph number in tip_reports.raw_text';
COMMENT ON COLUMN @extschema@.tip_paragraph_texts.end_offset IS 'Byte offset just after the paragraph in tip_reports.raw_text';
