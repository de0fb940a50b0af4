/* tip_reports upgrade script, 0.1.0 to 0.2.0 */

\echo Use "ALTER EXTENSION tip_reports UPDATE TO '0.2.0'" to load this file. \quit

-- Each change of 0.2.0 to the SQL objects adds its statements here, in the
-- order the changes land (CHANGELOG.md lists them).

-- ---------------------------------------------------------------------
-- The extension's own helpers move to the schema tip_internal (first, so
-- that every statement below names them there)
-- ---------------------------------------------------------------------

-- Not IF NOT EXISTS: a schema someone else made first must not be taken over.
CREATE SCHEMA tip_internal;

COMMENT ON SCHEMA tip_internal IS
	'Helpers of the tip_reports extension (loader parts, search index keys, dictionary functions, reference data); not an API';

GRANT USAGE ON SCHEMA tip_internal TO PUBLIC;

ALTER TYPE @extschema@.tip_document SET SCHEMA tip_internal;
ALTER FUNCTION @extschema@.tip_gazetteer_countries() SET SCHEMA tip_internal;
ALTER FUNCTION @extschema@.tip_gazetteer_organizations() SET SCHEMA tip_internal;
ALTER FUNCTION @extschema@.tip_rank_keys(tsvector) SET SCHEMA tip_internal;
ALTER FUNCTION @extschema@.tip_rank_query_keys(tsquery, integer, integer) SET SCHEMA tip_internal;
ALTER FUNCTION @extschema@.tip_rank_index_query(tsquery) SET SCHEMA tip_internal;
ALTER FUNCTION @extschema@.tip_symbol_init(internal) SET SCHEMA tip_internal;
ALTER FUNCTION @extschema@.tip_symbol_lexize(internal, internal, internal, internal) SET SCHEMA tip_internal;
ALTER FUNCTION @extschema@.tip_stem_cache_init(internal) SET SCHEMA tip_internal;
ALTER FUNCTION @extschema@.tip_stem_cache_lexize(internal, internal, internal, internal) SET SCHEMA tip_internal;
ALTER FUNCTION @extschema@.tip_body_code(text) SET SCHEMA tip_internal;
ALTER FUNCTION @extschema@.tip_parse_document(text) SET SCHEMA tip_internal;
ALTER FUNCTION @extschema@.tip_store_rows(bigint, tip_internal.tip_document) SET SCHEMA tip_internal;

-- ---------------------------------------------------------------------
-- BI surface: labels, keys to the dimensions, scalar columns, dates,
-- attendance, accent folding, tip_search for any integer bind
-- ---------------------------------------------------------------------

-- tip_report.label (filled by the module)
ALTER TYPE @extschema@.tip_report ADD ATTRIBUTE label text;
COMMENT ON COLUMN @extschema@.tip_report.label IS 'Short name: the symbol when the text states it, else body code, session and year, e.g. COP 9 (2018), CCPCJ 21 (2012), A 71 (2016); NULL when neither symbol nor body is known';

-- tip_mention: the column names and types of the table tip_mentions
ALTER TYPE @extschema@.tip_mention RENAME ATTRIBUTE number TO amount;
ALTER TYPE @extschema@.tip_mention ALTER ATTRIBUTE amount SET DATA TYPE numeric;
ALTER TYPE @extschema@.tip_mention RENAME ATTRIBUTE enclosing TO enclosing_ord;
ALTER TYPE @extschema@.tip_mention ADD ATTRIBUTE section_ord integer;
COMMENT ON TYPE @extschema@.tip_mention IS 'One mention of an entity, reference, date or figure in a report, normalized so that it joins (the columns of the table tip_mentions but report_id)';
COMMENT ON COLUMN @extschema@.tip_mention.ord IS 'Order of the mention in the report, from 1 (headings, then paragraphs, then footnotes)';
COMMENT ON COLUMN @extschema@.tip_mention.kind IS 'country, organization, programme, document, resolution, date, money, quantity or url';
COMMENT ON COLUMN @extschema@.tip_mention.paragraph IS 'Number of the paragraph it is in; NULL outside numbered paragraphs (headings, footnotes)';
COMMENT ON COLUMN @extschema@.tip_mention.footnote IS 'Mark of the footnote it is in; NULL outside footnotes';
COMMENT ON COLUMN @extschema@.tip_mention.section_ord IS 'Heading it is in (ord of tip_sections); NULL outside headings';
COMMENT ON COLUMN @extschema@.tip_mention.surface IS 'The text as written: substr of the input from start_offset to end_offset';
COMMENT ON COLUMN @extschema@.tip_mention.value IS 'Normalized value: ISO 3166-1 alpha-3 (country), acronym or full name (organization, programme), canonical symbol (document), GA 71/167 (resolution), ISO date or range (date), a number (money, quantity), the address (url)';
COMMENT ON COLUMN @extschema@.tip_mention.unit IS 'Currency or counted noun for money and quantities; NULL otherwise';
COMMENT ON COLUMN @extschema@.tip_mention.amount IS 'Amount of money or quantity; NULL for other kinds';
COMMENT ON COLUMN @extschema@.tip_mention.date_start IS 'First day a date mention covers';
COMMENT ON COLUMN @extschema@.tip_mention.date_end IS 'Last day a date mention covers';
COMMENT ON COLUMN @extschema@.tip_mention.date_precision IS 'day, month, quarter, half or year; NULL for other kinds';
COMMENT ON COLUMN @extschema@.tip_mention.enclosing_ord IS 'ord of the mention this one lies inside (an organization named within a longer name); NULL if none';
COMMENT ON COLUMN @extschema@.tip_mention.start_offset IS 'Byte offset of the first byte in the input (UTF-8 bytes)';
COMMENT ON COLUMN @extschema@.tip_mention.end_offset IS 'Byte offset just after the last byte in the input';

-- the loader's document carries the function row types (the tables lose
-- their arrays and gain key columns the parse does not give)
ALTER TYPE tip_internal.tip_document ALTER ATTRIBUTE mentions SET DATA TYPE @extschema@.tip_mention[];
ALTER TYPE tip_internal.tip_document ALTER ATTRIBUTE activities SET DATA TYPE @extschema@.tip_activity[];

-- dimensions keyed by the codes the data uses, other names as rows
ALTER TABLE @extschema@.tip_countries DROP CONSTRAINT tip_countries_alpha3_key;
ALTER TABLE @extschema@.tip_countries DROP CONSTRAINT tip_countries_pkey;
ALTER TABLE @extschema@.tip_countries ADD CONSTRAINT tip_countries_pkey PRIMARY KEY (alpha3);
ALTER TABLE @extschema@.tip_countries ADD CONSTRAINT tip_countries_alpha2_key UNIQUE (alpha2);
ALTER TABLE @extschema@.tip_countries DROP COLUMN aliases, DROP COLUMN demonyms;
COMMENT ON TABLE @extschema@.tip_countries IS 'ISO 3166-1 countries and territories as UN reports name them (key: alpha3); every iso3 column and tip_mentions.value of a country is an alpha3';

CREATE TABLE @extschema@.tip_country_names (
	alpha3 text NOT NULL REFERENCES @extschema@.tip_countries,
	kind text NOT NULL CHECK (kind IN ('alias', 'demonym')),
	name text NOT NULL,
	PRIMARY KEY (alpha3, kind, name)
);

COMMENT ON TABLE @extschema@.tip_country_names IS 'Other names of the countries the mention extractor knows, one row per name (key: alpha3, kind, name)';
COMMENT ON COLUMN @extschema@.tip_country_names.alpha3 IS 'Country (tip_countries)';
COMMENT ON COLUMN @extschema@.tip_country_names.kind IS 'alias (with "the", former, official and accent-less forms) or demonym (an adjective that stands for the State: Ethiopian, Dutch)';
COMMENT ON COLUMN @extschema@.tip_country_names.name IS 'The name';

INSERT INTO @extschema@.tip_country_names (alpha3, kind, name)
SELECT DISTINCT g.alpha3, n.kind, n.name
FROM tip_internal.tip_gazetteer_countries() AS g,
	LATERAL (SELECT 'alias', a FROM pg_catalog.unnest(g.aliases) AS a
			 UNION ALL SELECT 'demonym', d FROM pg_catalog.unnest(g.demonyms) AS d) AS n(kind, name);

ALTER TABLE @extschema@.tip_organizations DROP COLUMN aliases;
ALTER TABLE @extschema@.tip_organizations ADD CONSTRAINT tip_organizations_full_name_key UNIQUE (full_name);
COMMENT ON TABLE @extschema@.tip_organizations IS 'Organizations, programmes and tools the mention extractor knows (key: acronym); tip_mention.value of an organization is acronym or full_name; tip_mentions.acronym and tip_activity_organizations.acronym hold the key';

CREATE TABLE @extschema@.tip_organization_names (
	acronym text NOT NULL REFERENCES @extschema@.tip_organizations,
	name text NOT NULL,
	PRIMARY KEY (acronym, name)
);

COMMENT ON TABLE @extschema@.tip_organization_names IS 'Other names and spellings of the organizations seen in reports, one row per name (key: acronym, name)';
COMMENT ON COLUMN @extschema@.tip_organization_names.acronym IS 'Organization (tip_organizations)';
COMMENT ON COLUMN @extschema@.tip_organization_names.name IS 'The name';

INSERT INTO @extschema@.tip_organization_names (acronym, name)
SELECT DISTINCT g.acronym, a
FROM tip_internal.tip_gazetteer_organizations() AS g, pg_catalog.unnest(g.aliases) AS a;

-- reports: label, date, a plain source and its file name
-- The rule of tip_report.label (src/layer_rows.c, report_label), for the
-- table's label column and the views: keep the two alike.
CREATE FUNCTION tip_internal.tip_report_label(symbol text, body text, session_number integer,
	session_start date, distributed date)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
RETURN COALESCE(symbol, CASE WHEN body IS NOT NULL THEN pg_catalog.concat_ws(' ',
	CASE WHEN tip_internal.tip_body_code(body) OPERATOR(pg_catalog.=) 'GA' THEN 'A' ELSE tip_internal.tip_body_code(body) END,
	session_number::text,
	'(' OPERATOR(pg_catalog.||) pg_catalog.date_part('year', COALESCE(session_start, distributed))::integer::text
		OPERATOR(pg_catalog.||) ')') END);

COMMENT ON FUNCTION tip_internal.tip_report_label(text, text, integer, date, date) IS
	'Short name of a report: the symbol, else body code, session number and year (COP 9 (2018), CCPCJ 21 (2012), A 71 (2016) for the General Assembly); NULL when neither symbol nor body is known';

-- Where a report came from, as stored: a path made plain ("." and empty
-- parts dropped, ".." resolved, or dropped where nothing precedes it); in a
-- URL (scheme://host/path) only the path.  Other text is kept as given.
CREATE FUNCTION tip_internal.tip_normalize_source(source text)
RETURNS text
AS 'MODULE_PATHNAME', 'tip_normalize_source'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION tip_internal.tip_normalize_source(text) IS
	'A source as tip_reports stores it: a path without ".", "..", or empty parts (".." resolved, or dropped at the start); in a URL only the path is made plain';

UPDATE @extschema@.tip_reports SET source = tip_internal.tip_normalize_source(source)
WHERE source IS DISTINCT FROM tip_internal.tip_normalize_source(source);
ALTER TABLE @extschema@.tip_reports
	ADD CONSTRAINT tip_reports_source_check CHECK (source OPERATOR(pg_catalog.=) tip_internal.tip_normalize_source(source)),
	ADD COLUMN source_name text GENERATED ALWAYS AS (pg_catalog.substring(source, '([^/]*)/*$')) STORED,
	ADD COLUMN label text NOT NULL GENERATED ALWAYS AS (COALESCE(
		tip_internal.tip_report_label(symbol, body, session_number, session_start, distributed),
		'Report ' OPERATOR(pg_catalog.||) report_id::text)) STORED,
	ADD COLUMN date date GENERATED ALWAYS AS (COALESCE(session_start, distributed,
		pg_catalog.make_date(pg_catalog.substring(symbol, '/((?:19|20)[0-9]{2})/')::integer, 1, 1))) STORED;
COMMENT ON COLUMN @extschema@.tip_reports.source IS 'Where the text came from (path, URL), as the loader was told, made plain by tip_normalize_source (no . or .. parts); bin/tip-load gives the absolute path of the file';
COMMENT ON COLUMN @extschema@.tip_reports.source_name IS 'Last part of source: the file name';
COMMENT ON COLUMN @extschema@.tip_reports.label IS 'Short name, never NULL: the symbol, else body code, session and year (COP 9 (2018)), else Report and the report_id';
COMMENT ON COLUMN @extschema@.tip_reports.date IS 'Date of the report on a time axis: first day of its session, else its distribution date, else 1 January of the year in its symbol; NULL only where year is NULL';

-- foreign keys from every ISO3 column to tip_countries, organizations by key
ALTER TABLE @extschema@.tip_mentions
	ADD COLUMN iso3 text REFERENCES @extschema@.tip_countries,
	ADD COLUMN acronym text REFERENCES @extschema@.tip_organizations;
COMMENT ON COLUMN @extschema@.tip_mentions.iso3 IS 'Country (tip_countries.alpha3) of a country mention; NULL for other kinds';
COMMENT ON COLUMN @extschema@.tip_mentions.acronym IS 'Organization (tip_organizations.acronym) of an organization or programme mention; NULL for other kinds';
UPDATE @extschema@.tip_party_events AS e SET iso3 = NULL
WHERE e.iso3 IS NOT NULL AND NOT EXISTS (SELECT FROM @extschema@.tip_countries AS c WHERE c.alpha3 OPERATOR(pg_catalog.=) e.iso3);
ALTER TABLE @extschema@.tip_party_events ADD CONSTRAINT tip_party_events_iso3_fkey
	FOREIGN KEY (iso3) REFERENCES @extschema@.tip_countries;
DELETE FROM @extschema@.tip_activity_countries AS x
WHERE NOT EXISTS (SELECT FROM @extschema@.tip_countries AS c WHERE c.alpha3 OPERATOR(pg_catalog.=) x.iso3);
ALTER TABLE @extschema@.tip_activity_countries ADD CONSTRAINT tip_activity_countries_iso3_fkey
	FOREIGN KEY (iso3) REFERENCES @extschema@.tip_countries;
COMMENT ON TABLE @extschema@.tip_activity_countries IS 'Countries of each activity (where it happened, who took part or benefited), one row per activity and country';
COMMENT ON COLUMN @extschema@.tip_activity_countries.iso3 IS 'ISO 3166-1 alpha-3 code (tip_countries)';

-- activities: the arrays become the bridges tip_activity_countries and
-- tip_activity_organizations (filled again by tip_reparse_all below)
ALTER TABLE @extschema@.tip_activities DROP COLUMN countries, DROP COLUMN organizations;
CREATE TABLE @extschema@.tip_activity_organizations (
	report_id bigint NOT NULL REFERENCES @extschema@.tip_reports ON DELETE CASCADE,
	activity_seq integer NOT NULL,
	acronym text NOT NULL REFERENCES @extschema@.tip_organizations,
	PRIMARY KEY (report_id, activity_seq, acronym),
	FOREIGN KEY (report_id, activity_seq) REFERENCES @extschema@.tip_activities (report_id, seq) ON DELETE CASCADE
);

CREATE INDEX tip_activity_organizations_acronym_idx ON @extschema@.tip_activity_organizations (acronym);

COMMENT ON TABLE @extschema@.tip_activity_organizations IS 'Partner organizations of each activity, one row per activity and organization';
COMMENT ON COLUMN @extschema@.tip_activity_organizations.report_id IS 'Report (tip_reports)';
COMMENT ON COLUMN @extschema@.tip_activity_organizations.activity_seq IS 'Activity (tip_activities.seq)';
COMMENT ON COLUMN @extschema@.tip_activity_organizations.acronym IS 'Organization (tip_organizations.acronym)';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.tip_activity_organizations', '');

-- the loader fills the keys and the bridges
CREATE OR REPLACE FUNCTION tip_internal.tip_store_rows(rid bigint, d tip_internal.tip_document)
RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
SET jit = off
AS $$
DECLARE
	secs @extschema@.tip_section[] := d.sections;
	paras @extschema@.tip_paragraph[] := d.paragraphs;
	notes @extschema@.tip_footnote[] := d.footnotes;
	ments @extschema@.tip_mention[] := d.mentions;
	refs tip_internal.tip_document_reference[] := d.cross_references;
	events tip_internal.tip_document_party_event[] := d.party_events;
	sessions tip_internal.tip_document_session_ref[] := d.session_refs;
	acts @extschema@.tip_activity[] := d.activities;
	-- the keys of the dimension tables, as maps read once per report: a
	-- code of the parse that they lack is stored as NULL (or left out of a
	-- bridge table) rather than failing the load; an empty table gives a
	-- NULL map, which does the same for every code
	country_keys jsonb;
	organization_keys jsonb;
BEGIN
	-- (the statements below name these and the arrays above, not d or the
	-- dimension tables: on Citus, an INSERT ... SELECT that reads only its
	-- parameters is planned and run on the shard's node alone, where one
	-- that reads a reference table is planned as a query of its own, with
	-- every parameter written out as text and read back; each statement
	-- has a cost of its own there, so both maps are read in one)
	-- an organization's value is its acronym or its full name; the acronym
	-- wins where one organization's full name is another's acronym
	SELECT (SELECT pg_catalog.jsonb_object_agg(c.alpha3, true) FROM @extschema@.tip_countries AS c),
		(SELECT pg_catalog.jsonb_object_agg(k.name, k.acronym ORDER BY k.by_acronym)
		 FROM @extschema@.tip_organizations AS o,
			LATERAL (VALUES (o.full_name, o.acronym, false), (o.acronym, o.acronym, true)) AS k(name, acronym, by_acronym))
	INTO country_keys, organization_keys;

	INSERT INTO @extschema@.tip_sections (report_id, ord, parent_ord, depth, kind, label, path, title,
		first_paragraph, last_paragraph, start_offset, end_offset)
	SELECT rid, s.ord, s.parent_ord, s.depth, s.kind, s.label, s.path, s.title,
		s.first_paragraph, s.last_paragraph, s.start_offset, s.end_offset
	FROM pg_catalog.unnest(secs) AS s;

	INSERT INTO @extschema@.tip_paragraphs (report_id, number, section_ord, section_path, heading, body,
		footnote_marks, start_offset, end_offset)
	SELECT rid, p.number, p.section_ord, p.section_path, p.heading, p.body,
		p.footnote_marks, p.start_offset, p.end_offset
	FROM pg_catalog.unnest(paras) AS p;

	INSERT INTO @extschema@.tip_footnotes (report_id, ord, mark, body, paragraph, start_offset, end_offset)
	SELECT rid, f.ord, f.mark, f.body, f.paragraph, f.start_offset, f.end_offset
	FROM pg_catalog.unnest(notes) WITH ORDINALITY AS f(mark, body, paragraph, start_offset, end_offset, ord);

	INSERT INTO @extschema@.tip_mentions (report_id, ord, kind, paragraph, footnote, section_ord, surface,
		value, unit, amount, date_start, date_end, date_precision, enclosing_ord, start_offset, end_offset,
		iso3, acronym)
	SELECT rid, m.ord, m.kind, m.paragraph, m.footnote, m.section_ord, m.surface,
		m.value, m.unit, m.amount, m.date_start, m.date_end, m.date_precision, m.enclosing_ord,
		m.start_offset, m.end_offset,
		CASE WHEN m.kind OPERATOR(pg_catalog.=) 'country' AND country_keys OPERATOR(pg_catalog.?) m.value THEN m.value END,
		CASE WHEN m.kind OPERATOR(pg_catalog.=) ANY ('{organization,programme}'::text[]) THEN
			organization_keys OPERATOR(pg_catalog.->>) m.value END
	FROM pg_catalog.unnest(ments) AS m;

	INSERT INTO @extschema@.tip_references (report_id, ord, mention_ord, paragraph, footnote, kind, body, number,
		year, symbol, surface, start_offset, end_offset)
	SELECT rid, x.ord, x.mention_ord, x.paragraph, x.footnote, x.kind, x.body, x.number,
		x.year, x.symbol, x.surface, x.start_offset, x.end_offset
	FROM pg_catalog.unnest(refs) AS x;

	INSERT INTO @extschema@.tip_party_events (report_id, ord, kind, count, iso3, country, year, since,
		instrument, paragraph, start_offset, end_offset, date, date_precision)
	SELECT rid, e.ord, e.kind, e.count,
		CASE WHEN country_keys OPERATOR(pg_catalog.?) e.iso3 THEN e.iso3 END,
		e.country, e.year, e.since,
		e.instrument, e.paragraph, e.start_offset, e.end_offset, e.date, e.date_precision
	FROM pg_catalog.unnest(events) AS e;

	INSERT INTO @extschema@.tip_session_refs (report_id, ord, body, kind, number, venue, date_start, date_end,
		participants, countries, paragraph, is_report_session, start_offset, end_offset)
	SELECT rid, r.ord, r.body, r.kind, r.number, r.venue, r.date_start, r.date_end,
		r.participants, r.countries, r.paragraph, r.is_report_session, r.start_offset, r.end_offset
	FROM pg_catalog.unnest(sessions) AS r;

	INSERT INTO @extschema@.tip_activities (report_id, seq, paragraph, ord, kind, theme,
		date_start, date_end, date_precision, place, participants,
		sentence, start_offset, end_offset)
	SELECT rid, a.seq, a.paragraph, a.ord, a.kind, a.theme,
		a.date_start, a.date_end, a.date_precision, a.place, a.participants,
		a.sentence, a.start_offset, a.end_offset
	FROM pg_catalog.unnest(acts) AS a;

	-- the arrays of an activity as bridge rows
	INSERT INTO @extschema@.tip_activity_countries (report_id, activity_seq, iso3)
	SELECT DISTINCT rid, a.seq, c.iso3
	FROM pg_catalog.unnest(acts) AS a,
		pg_catalog.unnest(a.countries) AS c(iso3)
	WHERE country_keys OPERATOR(pg_catalog.?) c.iso3;

	INSERT INTO @extschema@.tip_activity_organizations (report_id, activity_seq, acronym)
	SELECT DISTINCT rid, k.seq, k.acronym
	FROM (SELECT a.seq, organization_keys OPERATOR(pg_catalog.->>) n.name AS acronym
		FROM pg_catalog.unnest(acts) AS a,
			pg_catalog.unnest(a.organizations) AS n(name)) AS k
	WHERE k.acronym IS NOT NULL;
END
$$;

COMMENT ON FUNCTION tip_internal.tip_store_rows(bigint, tip_internal.tip_document) IS
	'Inserts the derived rows of a parsed report under report_id rid (used by tip_load_report and tip_reparse_all)';

-- The part of a load that reads and writes a report's rows, for the text
-- doc whose tip_text_sha256 is h: the report's id, and whether this call
-- stored it (false when the text was there already).  On one node rid is
-- NULL and a new text takes its id from the sequence.  Distributed by
-- Citus, rid is the id made of the hash, and tip_distribute makes this a
-- distributed function colocated with tip_reports by rid: tip_load's call
-- then runs on the node that holds the report's shard, where every
-- statement below is executed locally.  Through any other node a load
-- would be a dozen statements, each planned there and its rows sent to the
-- shard.
CREATE FUNCTION tip_internal.tip_load_text(rid bigint, h bytea, doc text, source text, force boolean,
	started timestamptz, OUT id bigint, OUT fresh boolean)
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off -- see tip_store_rows
SET jit = off
AS $$
DECLARE
	dist boolean := rid IS NOT NULL;
	other bytea;
	d tip_internal.tip_document;
	rep @extschema@.tip_report;
	lacking boolean;
	ver text;
BEGIN
	fresh := false;
	IF dist THEN
		-- alter_distributed_table moves this function's colocation group on
		-- the coordinator only; Citus would refuse every statement below
		-- with an error that does not say what to do
		IF EXISTS (SELECT FROM pg_catalog.pg_dist_object AS o, pg_catalog.pg_dist_partition AS p
				   WHERE o.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
					 AND o.objid OPERATOR(pg_catalog.=)
						 'tip_internal.tip_load_text(bigint, bytea, text, text, boolean, timestamptz)'::pg_catalog.regprocedure
					 AND p.logicalrelid OPERATOR(pg_catalog.=) '@extschema@.tip_reports'::pg_catalog.regclass
					 AND o.colocationid OPERATOR(pg_catalog.<>) p.colocationid) THEN
			RAISE EXCEPTION USING ERRCODE = 'object_not_in_prerequisite_state',
				MESSAGE = 'this node''s Citus metadata still has the loader in the colocation group the corpus tables left',
				DETAIL = 'alter_distributed_table changes the colocation of the distributed function tip_internal.tip_load_text on the coordinator only.',
				HINT = 'Run SELECT start_metadata_sync_to_all_nodes(); on the coordinator, then load again.';
		END IF;
		SELECT r.report_id, r.sha256 INTO id, other FROM @extschema@.tip_reports AS r
		WHERE r.report_id OPERATOR(pg_catalog.=) rid;
		-- two texts whose hashes begin with the same 63 bits: refused, never
		-- taken for the same report
		IF other OPERATOR(pg_catalog.<>) h THEN
			RAISE EXCEPTION USING ERRCODE = 'unique_violation',
				MESSAGE = pg_catalog.format('report %s holds another text whose hash begins alike', rid),
				HINT = 'The corpus is distributed, where a report''s id is made of its hash: change the text (a closing line) to load it.';
		END IF;
	ELSE
		-- the same text again: its id, nothing parsed or written
		SELECT r.report_id INTO id FROM @extschema@.tip_reports AS r WHERE r.sha256 OPERATOR(pg_catalog.=) h;
	END IF;
	IF id IS NOT NULL THEN
		RETURN;
	END IF;

	d := tip_internal.tip_parse_document(doc);
	IF pg_catalog.cardinality(d.missing) OPERATOR(pg_catalog.>) 0 AND NOT coalesce(force, false) THEN
		RAISE EXCEPTION USING
			ERRCODE = 'TR001',
			MESSAGE = CASE WHEN source IS NULL THEN 'text is not a report of the tip_reports family'
					  ELSE pg_catalog.format('text "%s" is not a report of the tip_reports family', source) END,
			DETAIL = pg_catalog.format('No %s found.', pg_catalog.array_to_string(d.missing, ' and no ')),
			HINT = 'Check that the text is a whole report; tip_load_report(doc, source, force => true) loads it anyway.';
	END IF;

	-- the statements below name these, not d: Citus plans each statement
	-- with the values of what it names, on every call
	rep := d.report;
	lacking := pg_catalog.cardinality(d.missing) OPERATOR(pg_catalog.>) 0;

	SELECT e.extversion INTO ver FROM pg_catalog.pg_extension AS e
	WHERE e.extname OPERATOR(pg_catalog.=) 'tip_reports';

	-- on one node a new id only now, so that a text refused above uses none
	IF NOT dist THEN
		rid := pg_catalog.nextval('@extschema@.tip_reports_report_id_seq'::regclass);
	END IF;
	-- VALUES, not INSERT ... SELECT: Citus counts the rows an INSERT ...
	-- SELECT ... ON CONFLICT DO NOTHING selected, not those it inserted, and
	-- fails its check of RETURNING when the text is already there.  Without
	-- a conflict target, one node's conflict is on sha256, Citus's on the
	-- id made of it.
	-- loaded_at is the start of the transaction the load was called in,
	-- given as a value: on Citus this may run on another node, in a
	-- transaction that started at another time
	INSERT INTO @extschema@.tip_reports AS t (report_id, sha256, source, loaded_at, parser_version, forced, symbol, job_number,
		body, parent_body, session_body, session_number, session_title, venue, session_start, session_end,
		distributed, original_language, agenda_item, agenda_symbol, agenda_title, title, report_type,
		summary, paragraph_count, footnote_count, rendering, warnings, symbols, raw_text)
	VALUES (rid, h, tip_internal.tip_normalize_source(source), started, ver, lacking,
		rep.symbol, rep.job_number, rep.body, rep.parent_body,
		CASE WHEN rep.session_number IS NOT NULL THEN tip_internal.tip_body_code(rep.body) END,
		CASE WHEN rep.body IS NOT NULL THEN rep.session_number END,
		rep.session_title, rep.venue, rep.session_start, rep.session_end,
		rep.distributed, rep.original_language, rep.agenda_item, rep.agenda_symbol,
		rep.agenda_title, rep.title, rep.report_type, rep.summary,
		rep.paragraph_count, rep.footnote_count, rep.rendering, rep.warnings,
		rep.symbols, doc)
	ON CONFLICT DO NOTHING
	RETURNING t.report_id INTO id;

	IF id IS NULL THEN
		-- another session loaded the same text first and has committed
		IF dist THEN
			-- (no row: the id is taken by another text, as above)
			SELECT r.report_id INTO STRICT id FROM @extschema@.tip_reports AS r
			WHERE r.report_id OPERATOR(pg_catalog.=) rid AND r.sha256 OPERATOR(pg_catalog.=) h;
		ELSE
			SELECT r.report_id INTO STRICT id FROM @extschema@.tip_reports AS r
			WHERE r.sha256 OPERATOR(pg_catalog.=) h;
		END IF;
		RETURN;
	END IF;

	PERFORM tip_internal.tip_store_rows(rid, d);
	fresh := true;
END
$$;

COMMENT ON FUNCTION tip_internal.tip_load_text(bigint, bytea, text, text, boolean, timestamptz) IS
	'The reads and writes of a load of the text doc with hash h: under id rid on Citus (a distributed function run on the node of the report''s shard), under a new id from the sequence when rid is NULL; fresh is true when this call stored the text';

-- A load that also says whether it stored the text (fresh) or found it
-- there already: bin/tip-load counts both, and a count kept apart (the
-- sequence, loaded_at) is not exact with concurrent loaders or on Citus.
CREATE FUNCTION tip_internal.tip_load(doc text, source text, force boolean, OUT id bigint, OUT fresh boolean)
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	h bytea;
	rid bigint;
	-- a value here: Citus would evaluate now() in the call on the shard's node
	started timestamptz := pg_catalog.now();
BEGIN
	IF doc IS NULL THEN
		RETURN;
	END IF;
	h := @extschema@.tip_text_sha256(doc);
	-- Distributed, a report's id is made of its hash (the first 63 bits of
	-- the SHA-256, as tip_distribute's check on tip_reports states): the
	-- primary key then keeps each text once, where Citus refuses a unique
	-- sha256 that is not the distribution column, every node gives the same
	-- text the same id without sharing a sequence, and the load goes to the
	-- one shard of the report.
	IF tip_internal.tip_is_distributed() THEN
		rid := (('x' OPERATOR(pg_catalog.||) pg_catalog.encode(pg_catalog.substr(h, 1, 8), 'hex'))::bit(64)
				OPERATOR(pg_catalog.>>) 1)::bigint;
	END IF;
	-- in FROM: Citus sends a call there, not one in a plain expression, to
	-- the shard's node
	SELECT l.id, l.fresh INTO id, fresh
	FROM tip_internal.tip_load_text(rid, h, doc, source, force, started) AS l;
END
$$;

COMMENT ON FUNCTION tip_internal.tip_load(text, text, boolean) IS
	'tip_load_report that also returns fresh: true when this call stored the text, false when it was there already';

CREATE OR REPLACE FUNCTION @extschema@.tip_load_report(doc text, source text DEFAULT NULL, force boolean DEFAULT false)
RETURNS bigint
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	stored bigint;
BEGIN
	SELECT l.id INTO stored FROM tip_internal.tip_load(doc, source, force) AS l;
	RETURN stored;
END
$$;

COMMENT ON FUNCTION @extschema@.tip_load_report(text, text, boolean) IS
	'Parses a report text once and stores it with all its layers; returns its report_id.  The same (normalized) text again returns the existing id and changes nothing.  A text that is not a report raises SQLSTATE TR001 unless force is true';

CREATE OR REPLACE FUNCTION @extschema@.tip_delete_report(report_id bigint)
RETURNS boolean
LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off -- see tip_store_rows
SET jit = off
AS $$
BEGIN
	DELETE FROM @extschema@.tip_reports AS r
	WHERE r.report_id OPERATOR(pg_catalog.=) tip_delete_report.report_id;
	RETURN FOUND;
END
$$;

COMMENT ON FUNCTION @extschema@.tip_delete_report(bigint) IS
	'Deletes a report and all its rows; true if it existed';

-- tip_reparse_all: see below (it gains a force argument)

-- Accents folded before stemming, so that "Cote d'Ivoire" finds "Côte
-- d'Ivoire" and the other way round.  The dictionary is PostgreSQL's contrib
-- unaccent (its module and unaccent.rules ship with the server), bound
-- here to a template of our own rather than through CREATE EXTENSION
-- unaccent: plain CREATE EXTENSION tip_reports then works in any schema,
-- with no other extension to install first or to keep in the search_path.
-- Words of ASCII letters have nothing to fold and skip it.
CREATE FUNCTION tip_internal.tip_unaccent_init(internal)
RETURNS internal
AS '$libdir/unaccent', 'unaccent_init'
LANGUAGE C STRICT;

COMMENT ON FUNCTION tip_internal.tip_unaccent_init(internal) IS
	'Initialization of the tip_unaccent text search dictionary (contrib unaccent''s)';

CREATE FUNCTION tip_internal.tip_unaccent_lexize(internal, internal, internal, internal)
RETURNS internal
AS '$libdir/unaccent', 'unaccent_lexize'
LANGUAGE C STRICT;

COMMENT ON FUNCTION tip_internal.tip_unaccent_lexize(internal, internal, internal, internal) IS
	'Lexize function of the tip_unaccent text search dictionary (contrib unaccent''s)';

CREATE TEXT SEARCH TEMPLATE @extschema@.tip_unaccent_template (
	INIT = tip_internal.tip_unaccent_init,
	LEXIZE = tip_internal.tip_unaccent_lexize
);

COMMENT ON TEXT SEARCH TEMPLATE @extschema@.tip_unaccent_template IS
	'Template of the tip_unaccent dictionary: contrib unaccent''s functions';

CREATE TEXT SEARCH DICTIONARY @extschema@.tip_unaccent (
	TEMPLATE = @extschema@.tip_unaccent_template,
	RULES = 'unaccent'
);

COMMENT ON TEXT SEARCH DICTIONARY @extschema@.tip_unaccent IS
	'Folds accents and ligatures (unaccent.rules) and passes the word on: Côte becomes Cote';

ALTER TEXT SEARCH CONFIGURATION @extschema@.tip_english
	ALTER MAPPING FOR word, hword, hword_part
	WITH @extschema@.tip_unaccent, @extschema@.tip_english_stem;

-- tip_search: label, date, plain snippet, any integer bind
DROP FUNCTION @extschema@.tip_search(text, integer);

-- max_rows is numeric so that every integer type a client binds (JDBC
-- setInt, setLong, setBigDecimal; an untyped literal) resolves to this one
-- function, where an integer parameter refuses bigint and numeric binds and
-- overloads would make smallint and untyped binds ambiguous.
CREATE FUNCTION @extschema@.tip_search(query text, max_rows numeric DEFAULT 20)
RETURNS TABLE (
	report_id bigint,
	label text,
	symbol text,
	year integer,
	date date,
	section_path text,
	heading text,
	paragraph integer,
	rank real,
	snippet text,
	snippet_text text
)
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
-- the ranking of every match (tip_search_top) costs more than JIT's
-- threshold and gains nothing from compiling it
SET jit = off
AS $$
DECLARE
	q tsquery := pg_catalog.websearch_to_tsquery('@extschema@.tip_english'::regconfig, query);
	-- fractions round; beyond the integer range is as many as there are
	k integer := LEAST(GREATEST(pg_catalog.round(max_rows), 0), 2147483647)::integer;
	top_r bigint[];
	top_n integer[];
	top_s real[];
	found jsonb;
	pool text;
BEGIN
	-- a role that may not read what the search reads gets one line saying
	-- so, not the statement of this function where it failed
	IF NOT (SELECT pg_catalog.bool_and(pg_catalog.has_column_privilege(c.rel, c.col, 'SELECT'))
			FROM (VALUES ('@extschema@.tip_paragraphs'::regclass, 'report_id'), ('@extschema@.tip_paragraphs', 'number'),
				('@extschema@.tip_paragraphs', 'tsv'), ('@extschema@.tip_paragraphs', 'section_path'),
				('@extschema@.tip_paragraphs', 'heading'), ('@extschema@.tip_paragraphs', 'body'),
				('@extschema@.tip_reports', 'report_id'), ('@extschema@.tip_reports', 'label'),
				('@extschema@.tip_reports', 'symbol'), ('@extschema@.tip_reports', 'year'),
				('@extschema@.tip_reports', 'date')) AS c(rel, col)) THEN
		RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
			MESSAGE = 'permission denied to search: tip_search reads tip_paragraphs and tip_reports',
			HINT = 'GRANT USAGE ON SCHEMA and SELECT ON the tables of the extension to the role (README, Connecting a BI tool).';
	END IF;
	IF k OPERATOR(pg_catalog.=) 0 OR pg_catalog.numnode(q) OPERATOR(pg_catalog.=) 0 THEN
		RETURN;
	END IF;
	IF tip_internal.tip_is_distributed() THEN
		-- every shard's best k at once, merged (tip_search_shards), over one
		-- connection per worker: the connections Citus keeps from one
		-- statement to the next, where more would be opened for this
		-- statement alone, each a new backend that plans everything anew
		pool := pg_catalog.current_setting('citus.max_adaptive_executor_pool_size');
		PERFORM pg_catalog.set_config('citus.max_adaptive_executor_pool_size', '1', true);
		SELECT tip_internal.tip_search_shards(r.tableoid, q, k) INTO found FROM @extschema@.tip_reports AS r;
		PERFORM pg_catalog.set_config('citus.max_adaptive_executor_pool_size', pool, true);
		SELECT pg_catalog.array_agg((h.hit OPERATOR(pg_catalog.->>) 1)::bigint ORDER BY h.ord),
			pg_catalog.array_agg((h.hit OPERATOR(pg_catalog.->>) 2)::integer ORDER BY h.ord),
			pg_catalog.array_agg((h.hit OPERATOR(pg_catalog.->>) 0)::real ORDER BY h.ord)
		INTO top_r, top_n, top_s
		FROM pg_catalog.jsonb_array_elements(found OPERATOR(pg_catalog.->) 'hits') WITH ORDINALITY AS h(hit, ord);
	ELSE
		SELECT pg_catalog.array_agg(t.report_id), pg_catalog.array_agg(t.number), pg_catalog.array_agg(t.rank)
		INTO top_r, top_n, top_s
		FROM tip_internal.tip_search_top('@extschema@.tip_paragraphs'::regclass, q, k) AS t;
	END IF;
	RETURN QUERY
	SELECT p.report_id, r.label, r.symbol, r.year, r.date, p.section_path, p.heading, p.number, u.s,
		pg_catalog.ts_headline('@extschema@.tip_english'::regconfig, p.body, q,
			'MaxFragments=2, MinWords=8, MaxWords=30, FragmentDelimiter=" … "'),
		pg_catalog.ts_headline('@extschema@.tip_english'::regconfig, p.body, q,
			'MaxFragments=2, MinWords=8, MaxWords=30, FragmentDelimiter=" … ", StartSel="", StopSel=""')
	FROM ROWS FROM (pg_catalog.unnest(top_r), pg_catalog.unnest(top_n), pg_catalog.unnest(top_s))
		WITH ORDINALITY AS u(rid, num, s, ord)
	JOIN @extschema@.tip_paragraphs AS p
		ON p.report_id OPERATOR(pg_catalog.=) u.rid AND p.number OPERATOR(pg_catalog.=) u.num
	JOIN @extschema@.tip_reports AS r ON r.report_id OPERATOR(pg_catalog.=) u.rid
	WHERE p.report_id OPERATOR(pg_catalog.=) ANY (top_r) AND r.report_id OPERATOR(pg_catalog.=) ANY (top_r)
	ORDER BY u.ord;
END
$$;

COMMENT ON FUNCTION @extschema@.tip_search(text, numeric) IS
	'Paragraphs matching a web-search style query (websearch_to_tsquery, configuration tip_english: accents folded), best first by tip_rank (ties by report_id, paragraph), at most max_rows (any integer or numeric bind), with the report''s label, symbol, year and date, section path, paragraph number, a snippet with the matches in <b></b> and the same snippet as plain text';

-- views: label, date and key in each, the paragraphs without search vector
DROP VIEW @extschema@.tip_session_overview;
DROP VIEW @extschema@.tip_report_sessions;
DROP VIEW @extschema@.tip_report_overview;
DROP VIEW @extschema@.tip_parties_timeline;
DROP VIEW @extschema@.tip_country_activities;
DROP VIEW @extschema@.tip_references_graph;

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

-- tip_reparse_all re-checks what each text lacks and keeps forced up to date
-- (it gains a force argument).
COMMENT ON COLUMN @extschema@.tip_reports.forced IS 'The text lacks numbered paragraphs or a masthead as last parsed: stored only because the load (or tip_reparse_all) was told force';

DROP FUNCTION @extschema@.tip_reparse_all();

-- Like a load, a reparse checks what each text lacks (numbered paragraphs, a
-- masthead): a report stored as one that the parser no longer takes for a
-- report stops the whole reparse with TR001, unless force is true; forced
-- then says, for every report, whether its text lacks something now.
CREATE FUNCTION @extschema@.tip_reparse_all(force boolean DEFAULT false)
RETURNS integer
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off -- see tip_store_rows
SET jit = off
AS $$
DECLARE
	ids bigint[];
	rid bigint;
	r record;
	d tip_internal.tip_document;
	ver text;
	n integer := 0;
BEGIN
	SELECT e.extversion INTO ver FROM pg_catalog.pg_extension AS e
	WHERE e.extname OPERATOR(pg_catalog.=) 'tip_reports';

	-- Each report is locked as it is reached, by its id: Citus takes no FOR
	-- UPDATE on a statement over every shard, and a statement of one report
	-- goes to its shard alone.  A report deleted meanwhile is skipped.
	SELECT pg_catalog.array_agg(t.report_id ORDER BY t.report_id) INTO ids FROM @extschema@.tip_reports AS t;
	FOREACH rid IN ARRAY coalesce(ids, '{}')
	LOOP
		SELECT t.report_id, t.source, t.forced, t.raw_text INTO r FROM @extschema@.tip_reports AS t
		WHERE t.report_id OPERATOR(pg_catalog.=) rid FOR UPDATE;
		CONTINUE WHEN NOT FOUND;
		d := tip_internal.tip_parse_document(r.raw_text);
		IF pg_catalog.cardinality(d.missing) OPERATOR(pg_catalog.>) 0 AND NOT r.forced
		   AND NOT coalesce(force, false) THEN
			RAISE EXCEPTION USING
				ERRCODE = 'TR001',
				MESSAGE = pg_catalog.format('report %s%s is no longer a report of the tip_reports family',
							r.report_id, CASE WHEN r.source IS NOT NULL THEN pg_catalog.format(' ("%s")', r.source) ELSE '' END),
				DETAIL = pg_catalog.format('No %s found.', pg_catalog.array_to_string(d.missing, ' and no ')),
				HINT = 'Nothing was reparsed; tip_reparse_all(force => true) reparses it anyway and marks it as forced.';
		END IF;
		DELETE FROM @extschema@.tip_activity_organizations AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;
		DELETE FROM @extschema@.tip_activity_countries AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;
		DELETE FROM @extschema@.tip_activities AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;
		DELETE FROM @extschema@.tip_session_refs AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;
		DELETE FROM @extschema@.tip_party_events AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;
		DELETE FROM @extschema@.tip_references AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;
		DELETE FROM @extschema@.tip_mentions AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;
		DELETE FROM @extschema@.tip_footnotes AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;
		DELETE FROM @extschema@.tip_paragraphs AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;
		DELETE FROM @extschema@.tip_sections AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;

		UPDATE @extschema@.tip_reports AS t SET
			parser_version = ver,
			forced = pg_catalog.cardinality(d.missing) OPERATOR(pg_catalog.>) 0,
			symbol = (d.report).symbol, job_number = (d.report).job_number, body = (d.report).body,
			parent_body = (d.report).parent_body,
			session_body = CASE WHEN (d.report).session_number IS NOT NULL
							THEN tip_internal.tip_body_code((d.report).body) END,
			session_number = CASE WHEN (d.report).body IS NOT NULL THEN (d.report).session_number END,
			session_title = (d.report).session_title, venue = (d.report).venue,
			session_start = (d.report).session_start, session_end = (d.report).session_end,
			distributed = (d.report).distributed, original_language = (d.report).original_language,
			agenda_item = (d.report).agenda_item, agenda_symbol = (d.report).agenda_symbol,
			agenda_title = (d.report).agenda_title, title = (d.report).title,
			report_type = (d.report).report_type, summary = (d.report).summary,
			paragraph_count = (d.report).paragraph_count, footnote_count = (d.report).footnote_count,
			rendering = (d.report).rendering, warnings = (d.report).warnings,
			symbols = (d.report).symbols
		WHERE t.report_id OPERATOR(pg_catalog.=) r.report_id;
		PERFORM tip_internal.tip_store_rows(r.report_id, d);
		n := n OPERATOR(pg_catalog.+) 1;
	END LOOP;
	RETURN n;
END
$$;

COMMENT ON FUNCTION @extschema@.tip_reparse_all(boolean) IS
	'Parses every stored report again and rebuilds its derived rows, metadata and forced flag (after an upgrade improves the parser); returns the number of reports.  A report the parser no longer takes for a report raises SQLSTATE TR001 and nothing changes, unless force is true';

-- Writing and internal functions are no longer executable by PUBLIC.
REVOKE EXECUTE ON FUNCTION
	@extschema@.tip_load_report(text, text, boolean),
	tip_internal.tip_load(text, text, boolean),
	tip_internal.tip_load_text(bigint, bytea, text, text, boolean, timestamptz),
	tip_internal.tip_store_rows(bigint, tip_internal.tip_document),
	@extschema@.tip_delete_report(bigint),
	@extschema@.tip_reparse_all(boolean),
	tip_internal.tip_parse_document(text),
	tip_internal.tip_body_code(text),
	tip_internal.tip_gazetteer_countries(),
	tip_internal.tip_gazetteer_organizations(),
	tip_internal.tip_symbol_init(internal),
	tip_internal.tip_symbol_lexize(internal, internal, internal, internal),
	tip_internal.tip_stem_cache_init(internal),
	tip_internal.tip_stem_cache_lexize(internal, internal, internal, internal),
	tip_internal.tip_unaccent_init(internal),
	tip_internal.tip_unaccent_lexize(internal, internal, internal, internal)
FROM PUBLIC;

-- symbols: every symbol a document carries (Official Records carry two);
-- the masthead reader fills it, the loader and tip_reparse_all store it.
ALTER TYPE @extschema@.tip_report ADD ATTRIBUTE symbols text[];
COMMENT ON COLUMN @extschema@.tip_report.symbols IS 'Every symbol the document carries, symbol first (Official Records carry two, e.g. E/2018/30 and E/CN.15/2018/15)';
ALTER TABLE @extschema@.tip_reports ADD COLUMN symbols text[];
COMMENT ON COLUMN @extschema@.tip_reports.symbols IS 'Every symbol the document carries, symbol first (Official Records carry two, e.g. E/2018/30 and E/CN.15/2018/15)';

-- Party events keep the date a State became party, or a total holds at,
-- with its precision, beside the bare year.
ALTER TYPE @extschema@.tip_party_event ADD ATTRIBUTE date date, ADD ATTRIBUTE date_precision text;
COMMENT ON COLUMN @extschema@.tip_party_event.date IS 'When the State became party (new_party), or the date a total or count holds at (as at 1 March 2020), at date_precision: its first day';
COMMENT ON COLUMN @extschema@.tip_party_event.date_precision IS 'Precision of date: day (5 May 2019), month (March 2019) or year (2019); NULL when no date is stated';
ALTER TABLE @extschema@.tip_party_events ADD COLUMN date date, ADD COLUMN date_precision text;
COMMENT ON COLUMN @extschema@.tip_party_events.date IS 'When the State became party, or the date a total or count holds at, at date_precision: its first day';
COMMENT ON COLUMN @extschema@.tip_party_events.date_precision IS 'day, month or year; NULL when no date is stated';

-- tip_document carries references, party events and sessions as types of
-- its own, not as the rows of their tables: nothing of the extension but
-- the views depends on the corpus tables, which tip_distribute() hands over
-- to Citus.
CREATE TYPE tip_internal.tip_document_reference AS (
	ord integer,
	mention_ord integer,
	paragraph integer,
	footnote text,
	kind text,
	body text,
	number text,
	year integer,
	symbol text,
	surface text,
	start_offset integer,
	end_offset integer
);

COMMENT ON TYPE tip_internal.tip_document_reference IS 'A row of tip_references without report_id, as tip_document carries it';
COMMENT ON COLUMN tip_internal.tip_document_reference.ord IS 'Order of the reference in the report, from 1';
COMMENT ON COLUMN tip_internal.tip_document_reference.mention_ord IS 'The mention it comes from (tip_mentions.ord)';
COMMENT ON COLUMN tip_internal.tip_document_reference.paragraph IS 'Numbered paragraph citing it';
COMMENT ON COLUMN tip_internal.tip_document_reference.kind IS 'resolution or document';
COMMENT ON COLUMN tip_internal.tip_document_reference.body IS 'Issuing body of a resolution: GA, SC, ECOSOC, CCPCJ, COP, HRC; NULL when the text does not decide it';
COMMENT ON COLUMN tip_internal.tip_document_reference.number IS 'Resolution number as cited: 71/167, 2331 (2016), 2013/41';
COMMENT ON COLUMN tip_internal.tip_document_reference.year IS 'Year of the resolution or document, where known';
COMMENT ON COLUMN tip_internal.tip_document_reference.symbol IS 'Canonical UN symbol: A/RES/71/167, CTOC/COP/WG.4/2017/2';
COMMENT ON COLUMN tip_internal.tip_document_reference.footnote IS 'Mark of the footnote citing it; NULL outside footnotes';
COMMENT ON COLUMN tip_internal.tip_document_reference.surface IS 'The reference as written';
COMMENT ON COLUMN tip_internal.tip_document_reference.start_offset IS 'Byte offset in tip_reports.raw_text';
COMMENT ON COLUMN tip_internal.tip_document_reference.end_offset IS 'Byte offset just after the reference';

CREATE TYPE tip_internal.tip_document_party_event AS (
	ord integer,
	kind text,
	count integer,
	iso3 text,
	country text,
	year integer,
	since text,
	instrument text,
	paragraph integer,
	start_offset integer,
	end_offset integer,
	date date,
	date_precision text
);

COMMENT ON TYPE tip_internal.tip_document_party_event IS 'A row of tip_party_events without report_id, as tip_document carries it';
COMMENT ON COLUMN tip_internal.tip_document_party_event.ord IS 'Order in the report, from 1';
COMMENT ON COLUMN tip_internal.tip_document_party_event.kind IS 'total, new_party or ratification_count';
COMMENT ON COLUMN tip_internal.tip_document_party_event.count IS 'Number of parties (total) or of ratifications (ratification_count)';
COMMENT ON COLUMN tip_internal.tip_document_party_event.iso3 IS 'ISO 3166-1 alpha-3 code of the State newly party';
COMMENT ON COLUMN tip_internal.tip_document_party_event.country IS 'The State as written';
COMMENT ON COLUMN tip_internal.tip_document_party_event.year IS 'Year the State became party, where the text gives it';
COMMENT ON COLUMN tip_internal.tip_document_party_event.since IS 'Period the text names, e.g. eighth session of the Conference, in October 2016';
COMMENT ON COLUMN tip_internal.tip_document_party_event.instrument IS 'Trafficking in Persons Protocol, or the Convention';
COMMENT ON COLUMN tip_internal.tip_document_party_event.paragraph IS 'Numbered paragraph saying it';
COMMENT ON COLUMN tip_internal.tip_document_party_event.start_offset IS 'Byte offset in tip_reports.raw_text';
COMMENT ON COLUMN tip_internal.tip_document_party_event.end_offset IS 'Byte offset just after the statement';
COMMENT ON COLUMN tip_internal.tip_document_party_event.date IS 'When the State became party, or the date a total or count holds at, at date_precision: its first day';
COMMENT ON COLUMN tip_internal.tip_document_party_event.date_precision IS 'day, month or year; NULL when no date is stated';

CREATE TYPE tip_internal.tip_document_session_ref AS (
	ord integer,
	body text,
	kind text,
	number integer,
	venue text,
	date_start date,
	date_end date,
	participants integer,
	countries integer,
	paragraph integer,
	is_report_session boolean,
	start_offset integer,
	end_offset integer
);

COMMENT ON TYPE tip_internal.tip_document_session_ref IS 'A row of tip_session_refs without report_id, as tip_document carries it';
COMMENT ON COLUMN tip_internal.tip_document_session_ref.ord IS 'Order in the report, from 1';
COMMENT ON COLUMN tip_internal.tip_document_session_ref.body IS 'COP, CCPCJ, GA, HRC, SC, ECOSOC, WG-TIP, ICAT, or the name as written';
COMMENT ON COLUMN tip_internal.tip_document_session_ref.kind IS 'session, meeting, high-level meeting or dialogue';
COMMENT ON COLUMN tip_internal.tip_document_session_ref.number IS 'Session or meeting number';
COMMENT ON COLUMN tip_internal.tip_document_session_ref.venue IS 'Where it was held';
COMMENT ON COLUMN tip_internal.tip_document_session_ref.date_start IS 'First day';
COMMENT ON COLUMN tip_internal.tip_document_session_ref.date_end IS 'Last day';
COMMENT ON COLUMN tip_internal.tip_document_session_ref.participants IS 'Participants the text counts';
COMMENT ON COLUMN tip_internal.tip_document_session_ref.countries IS 'Countries the participants came from, as counted by the text';
COMMENT ON COLUMN tip_internal.tip_document_session_ref.paragraph IS 'Numbered paragraph naming it; NULL for the masthead';
COMMENT ON COLUMN tip_internal.tip_document_session_ref.is_report_session IS 'True for the session the report itself is for';
COMMENT ON COLUMN tip_internal.tip_document_session_ref.start_offset IS 'Byte offset in tip_reports.raw_text';
COMMENT ON COLUMN tip_internal.tip_document_session_ref.end_offset IS 'Byte offset just after the reference';

ALTER TYPE tip_internal.tip_document ALTER ATTRIBUTE cross_references SET DATA TYPE tip_internal.tip_document_reference[];
ALTER TYPE tip_internal.tip_document ALTER ATTRIBUTE party_events SET DATA TYPE tip_internal.tip_document_party_event[];
ALTER TYPE tip_internal.tip_document ALTER ATTRIBUTE session_refs SET DATA TYPE tip_internal.tip_document_session_ref[];
COMMENT ON TYPE tip_internal.tip_document IS
	'Every layer of one report from a single parse (tip_parse_document)';

-- Whether the corpus tables are distributed by Citus (tip_distribute):
-- the loader, the reparse and the search then take the statements Citus
-- routes to one shard or runs on every shard at once.  Read from Citus's
-- own catalog, which exists only where Citus is installed.
CREATE FUNCTION tip_internal.tip_is_distributed()
RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	dist boolean;
BEGIN
	IF pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NULL THEN
		RETURN false;
	END IF;
	EXECUTE 'SELECT EXISTS (SELECT FROM pg_catalog.pg_dist_partition AS p '
		'WHERE p.logicalrelid OPERATOR(pg_catalog.=) $1)'
		INTO dist USING '@extschema@.tip_reports'::regclass;
	RETURN dist;
END
$$;

COMMENT ON FUNCTION tip_internal.tip_is_distributed() IS
	'True when tip_distribute() has distributed the corpus tables over a Citus cluster';

-- The band loop of tip_search over one table of paragraphs: all of
-- tip_paragraphs on one node, one shard of it on Citus.  The best k of the
-- whole corpus are among the best k of each shard, so on Citus every shard
-- runs this loop at once (one round trip, not one per band) and tip_search
-- merges what they return.  rel is read with the caller's privileges.
CREATE FUNCTION tip_internal.tip_search_top(rel regclass, q tsquery, k integer)
RETURNS TABLE (report_id bigint, number integer, rank real)
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET jit = off -- see tip_search
AS $$
DECLARE
	-- what the probes ask the index; the rows fetched are checked against q
	qi tsquery := tip_internal.tip_rank_index_query(q);
	-- q without NOT or phrase is qi: the rows the index gives match it
	exact boolean := q OPERATOR(pg_catalog.=) qi;
	-- querytree() drops the NOTs
	has_not boolean := pg_catalog.querytree(q) OPERATOR(pg_catalog.<>) q::text;
	-- Lower ends of the level ranges probed, highest first: every level a
	-- word can reach in a heading (A) and body (B) vector gets a probe of
	-- its own (78 and up: twice in the heading; 60-75 once; 30-39 only in
	-- the body), the empty ranges between them none.  Only the speed
	-- depends on this list, not the answer.
	bands integer[] := '{78,75,74,73,72,71,69,66,60,39,38,37,36,35,34,33,25}';
	b integer := 1;
	lvl integer;
	hi integer := 100;
	keys integer[];
	top_r bigint[] := '{}';
	top_n integer[] := '{}';
	top_s real[] := '{}';
	kth real;
	rejected bigint := 0;
	n bigint;
	done boolean := false;
	-- On one node rel is tip_paragraphs, read by the statements written out
	-- below, whose plans PL/pgSQL keeps for the session; a shard's name is
	-- known only here, and the same statements over it are planned at
	-- every call (made once per call)
	whole boolean := rel OPERATOR(pg_catalog.=) '@extschema@.tip_paragraphs'::regclass;
	count_not text := pg_catalog.format(
		'SELECT pg_catalog.count(*) FROM %s AS p '
		'WHERE tip_internal.tip_rank_keys(p.tsv) OPERATOR(pg_catalog.&&) $1 '
		'AND p.tsv OPERATOR(pg_catalog.@@) $2 AND NOT pg_catalog.ts_match_vq(p.tsv, $3)', rel);
	probe text := pg_catalog.format(
		'SELECT pg_catalog.array_agg(t.rid ORDER BY t.s DESC, t.rid, t.num), '
		'pg_catalog.array_agg(t.num ORDER BY t.s DESC, t.rid, t.num), '
		'pg_catalog.array_agg(t.s ORDER BY t.s DESC, t.rid, t.num) '
		'FROM (SELECT o.rid, o.num, o.s '
		'FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3)) AS o(rid, num, s) '
		'UNION '
		'(SELECT p.report_id, p.number, @extschema@.tip_rank(p.tsv, $4) FROM %s AS p '
		'WHERE tip_internal.tip_rank_keys(p.tsv) OPERATOR(pg_catalog.&&) $5 '
		'AND p.tsv OPERATOR(pg_catalog.@@) $6 AND ($7 OR pg_catalog.ts_match_vq(p.tsv, $4)) '
		'ORDER BY 3 DESC, 1, 2 LIMIT $8) '
		'ORDER BY 3 DESC, 1, 2 LIMIT $8) AS t', rel);
	rank_all text := pg_catalog.format(
		'SELECT pg_catalog.array_agg(s.report_id ORDER BY s.r DESC, s.report_id, s.number), '
		'pg_catalog.array_agg(s.number ORDER BY s.r DESC, s.report_id, s.number), '
		'pg_catalog.array_agg(s.r ORDER BY s.r DESC, s.report_id, s.number) '
		'FROM (SELECT p.report_id, p.number, @extschema@.tip_rank(p.tsv, $1) AS r FROM %s AS p '
		'WHERE p.tsv OPERATOR(pg_catalog.@@) $1 '
		'ORDER BY r DESC, p.report_id, p.number LIMIT $2) AS s', rel);
BEGIN
	IF k OPERATOR(pg_catalog.<=) 0 OR pg_catalog.numnode(q) OPERATOR(pg_catalog.=) 0 THEN
		RETURN;
	END IF;
	lvl := bands[1];
	LOOP
		keys := tip_internal.tip_rank_query_keys(q, lvl, hi);
		EXIT WHEN keys IS NULL OR qi IS NULL;
		IF has_not THEN
			-- A NOT that the rows fail often (smuggling -trafficking): the
			-- index evaluates it faster than rows fetched one by one
			IF whole THEN
				SELECT pg_catalog.count(*) INTO n
				FROM @extschema@.tip_paragraphs AS p
				WHERE tip_internal.tip_rank_keys(p.tsv) OPERATOR(pg_catalog.&&) keys
					AND p.tsv OPERATOR(pg_catalog.@@) qi
					AND NOT pg_catalog.ts_match_vq(p.tsv, q);
			ELSE
				EXECUTE count_not INTO n USING keys, qi, q;
			END IF;
			rejected := rejected OPERATOR(pg_catalog.+) n;
			EXIT WHEN rejected OPERATOR(pg_catalog.>) 1000;
		END IF;
		-- the best k of the paragraphs with a word of the query at a level
		-- in [lvl, hi], merged with the best found so far
		IF whole THEN
			SELECT pg_catalog.array_agg(t.rid ORDER BY t.s DESC, t.rid, t.num),
				pg_catalog.array_agg(t.num ORDER BY t.s DESC, t.rid, t.num),
				pg_catalog.array_agg(t.s ORDER BY t.s DESC, t.rid, t.num)
			INTO top_r, top_n, top_s
			FROM (SELECT o.rid, o.num, o.s
				FROM ROWS FROM (pg_catalog.unnest(top_r), pg_catalog.unnest(top_n), pg_catalog.unnest(top_s)) AS o(rid, num, s)
				UNION
				(SELECT p.report_id, p.number, @extschema@.tip_rank(p.tsv, q)
				FROM @extschema@.tip_paragraphs AS p
				WHERE tip_internal.tip_rank_keys(p.tsv) OPERATOR(pg_catalog.&&) keys
					AND p.tsv OPERATOR(pg_catalog.@@) qi
					AND (exact OR pg_catalog.ts_match_vq(p.tsv, q))
				ORDER BY 3 DESC, 1, 2
				LIMIT k)
				ORDER BY 3 DESC, 1, 2
				LIMIT k) AS t;
		ELSE
			EXECUTE probe INTO top_r, top_n, top_s USING top_r, top_n, top_s, q, keys, qi, exact, k;
		END IF;
		top_r := coalesce(top_r, '{}');
		top_n := coalesce(top_n, '{}');
		top_s := coalesce(top_s, '{}');
		kth := CASE WHEN pg_catalog.cardinality(top_s) OPERATOR(pg_catalog.=) k THEN top_s[k] END;
		-- every paragraph not fetched ranks below lvl / 100 (the margin covers
		-- the float rounding of the average, see src/sql_rank.c)
		IF kth OPERATOR(pg_catalog.>=) (lvl::real OPERATOR(pg_catalog./) 100 OPERATOR(pg_catalog.+) 0.0001::real) THEN
			done := true;
			EXIT;
		END IF;
		EXIT WHEN lvl OPERATOR(pg_catalog.<=) 25;
		hi := lvl OPERATOR(pg_catalog.-) 1;
		IF kth IS NOT NULL THEN
			-- k found: the next probe reaches the level where they are known
			-- to be the best, in one step
			lvl := pg_catalog.floor((kth OPERATOR(pg_catalog.-) 0.0001::real) OPERATOR(pg_catalog.*) 100)::integer;
			lvl := LEAST(lvl, hi);
			EXIT WHEN lvl OPERATOR(pg_catalog.<) 25;
		ELSE
			WHILE bands[b] OPERATOR(pg_catalog.>=) lvl LOOP
				b := b OPERATOR(pg_catalog.+) 1;
			END LOOP;
			lvl := bands[b];
		END IF;
	END LOOP;
	IF NOT done THEN
		IF whole THEN
			SELECT pg_catalog.array_agg(s.report_id ORDER BY s.r DESC, s.report_id, s.number),
				pg_catalog.array_agg(s.number ORDER BY s.r DESC, s.report_id, s.number),
				pg_catalog.array_agg(s.r ORDER BY s.r DESC, s.report_id, s.number)
			INTO top_r, top_n, top_s
			FROM (SELECT p.report_id, p.number, @extschema@.tip_rank(p.tsv, q) AS r
				FROM @extschema@.tip_paragraphs AS p
				WHERE p.tsv OPERATOR(pg_catalog.@@) q
				ORDER BY r DESC, p.report_id, p.number
				LIMIT k) AS s;
		ELSE
			EXECUTE rank_all INTO top_r, top_n, top_s USING q, k;
		END IF;
	END IF;
	RETURN QUERY
	SELECT u.rid, u.num, u.s
	FROM ROWS FROM (pg_catalog.unnest(top_r), pg_catalog.unnest(top_n), pg_catalog.unnest(top_s)) AS u(rid, num, s);
END
$$;

COMMENT ON FUNCTION tip_internal.tip_search_top(regclass, tsquery, integer) IS
	'The best k paragraphs of rel (tip_paragraphs, or one shard of it on Citus) for a tip_english query by tip_rank, ties by report_id and number: the part of tip_search that runs on every shard at once';

-- Citus runs tip_search_top on every shard at once through this aggregate
-- over tip_reports (a custom aggregate with a combine function runs on each
-- shard and is merged on the coordinator, in one round trip over cached
-- connections): the first row of a shard of tip_reports runs the band loop
-- over the colocated shard of tip_paragraphs, the other rows change
-- nothing, and the states of the shards are merged into the best k.  A
-- shard without reports has no paragraphs either.  The state is
-- {"k": k, "hits": [[rank as text, report_id, number], ...]}, best first;
-- ranks travel as text, which keeps every bit of a real.
CREATE FUNCTION tip_internal.tip_search_shard_step(state jsonb, shard oid, q tsquery, k integer)
RETURNS jsonb
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rel regclass;
	hits jsonb;
BEGIN
	IF state IS NOT NULL THEN
		RETURN state;
	END IF;
	-- the shard of tip_paragraphs colocated with this shard of tip_reports:
	-- the one with the same hash range (Citus's catalog, read dynamically:
	-- it exists only where Citus is installed)
	EXECUTE 'SELECT pg_catalog.shard_name($1, p.shardid, skip_qualify_public => false)::regclass '
		'FROM pg_catalog.pg_class AS c '
		'JOIN pg_catalog.pg_dist_shard AS r ON r.logicalrelid OPERATOR(pg_catalog.=) $2 '
		'AND r.shardid OPERATOR(pg_catalog.=) pg_catalog.substring(c.relname, ''_([0-9]+)$'')::bigint '
		'JOIN pg_catalog.pg_dist_shard AS p ON p.logicalrelid OPERATOR(pg_catalog.=) $1 '
		'AND p.shardminvalue OPERATOR(pg_catalog.=) r.shardminvalue '
		'WHERE c.oid OPERATOR(pg_catalog.=) $3'
		INTO rel USING '@extschema@.tip_paragraphs'::regclass, '@extschema@.tip_reports'::regclass, shard;
	SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_array(t.rank::text, t.report_id, t.number)
			ORDER BY t.rank DESC, t.report_id, t.number)
	INTO hits FROM tip_internal.tip_search_top(rel, q, k) AS t;
	RETURN pg_catalog.jsonb_build_object('k', k, 'hits', COALESCE(hits, '[]'));
END
$$;

COMMENT ON FUNCTION tip_internal.tip_search_shard_step(jsonb, oid, tsquery, integer) IS
	'State function of tip_search_shards: the best k paragraphs of the shard of tip_paragraphs colocated with the shard of tip_reports given';

CREATE FUNCTION tip_internal.tip_search_shard_merge(a jsonb, b jsonb)
RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
RETURN CASE WHEN a IS NULL THEN b WHEN b IS NULL THEN a ELSE
	pg_catalog.jsonb_build_object('k', a OPERATOR(pg_catalog.->) 'k', 'hits', COALESCE((
		SELECT pg_catalog.jsonb_agg(h.hit ORDER BY (h.hit OPERATOR(pg_catalog.->>) 0)::real DESC,
				(h.hit OPERATOR(pg_catalog.->>) 1)::bigint, (h.hit OPERATOR(pg_catalog.->>) 2)::integer)
		FROM (SELECT x.hit FROM (
				SELECT * FROM pg_catalog.jsonb_array_elements(a OPERATOR(pg_catalog.->) 'hits')
				UNION ALL
				SELECT * FROM pg_catalog.jsonb_array_elements(b OPERATOR(pg_catalog.->) 'hits')) AS x(hit)
			ORDER BY (x.hit OPERATOR(pg_catalog.->>) 0)::real DESC, (x.hit OPERATOR(pg_catalog.->>) 1)::bigint,
				(x.hit OPERATOR(pg_catalog.->>) 2)::integer
			LIMIT (a OPERATOR(pg_catalog.->>) 'k')::integer) AS h), '[]'))
END;

COMMENT ON FUNCTION tip_internal.tip_search_shard_merge(jsonb, jsonb) IS
	'Combine function of tip_search_shards: the best k of the hits of two states';

CREATE AGGREGATE tip_internal.tip_search_shards(oid, tsquery, integer) (
	SFUNC = tip_internal.tip_search_shard_step,
	STYPE = jsonb,
	COMBINEFUNC = tip_internal.tip_search_shard_merge
);

COMMENT ON AGGREGATE tip_internal.tip_search_shards(oid, tsquery, integer) IS
	'Over the rows of tip_reports (tableoid, query, k): the best k paragraphs of every shard, merged; how tip_search searches a distributed corpus';

-- ---------------------------------------------------------------------
-- Scaling out with Citus
--
-- On one node the corpus tables, their views and the reference data are
-- members of the extension (pg_dump keeps their rows through
-- pg_extension_config_dump).  tip_distribute() hands them over to Citus:
-- it releases them from the extension (Citus can reshard, undistribute or
-- drop a table only when no extension owns it, and it shows only such
-- tables in citus_tables), makes the reference data reference tables and
-- the corpus tables hash-distributed by report_id and colocated, so that
-- every statement about one report goes to one shard and the views join
-- shard by shard.  The functions, types and text search objects stay in
-- the extension on every node.
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.tip_distribute(shard_count integer DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
-- Citus's notices on each table it copies and converts say what this
-- function does next
SET client_min_messages = warning
AS $$
DECLARE
	-- in the order of their foreign keys
	reference_tables text[] := '{tip_countries,tip_country_names,tip_organizations,tip_organization_names}';
	corpus_tables text[] := '{tip_reports,tip_sections,tip_paragraphs,tip_footnotes,tip_mentions,tip_references,'
		'tip_party_events,tip_session_refs,tip_activities,tip_activity_countries,tip_activity_organizations}';
	views text[] := '{tip_session_overview,tip_report_sessions,tip_report_overview,tip_paragraph_texts,'
		'tip_parties_timeline,tip_country_activities,tip_references_graph}';
	sch text;
	t text;
	fk_add text[];
	fk_drop text[];
	kept bigint;
	rid bigint;
	r record;
BEGIN
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_extension AS e WHERE e.extname OPERATOR(pg_catalog.=) 'citus') THEN
		RAISE EXCEPTION USING ERRCODE = 'feature_not_supported',
			MESSAGE = 'tip_distribute needs the citus extension in this database',
			HINT = 'CREATE EXTENSION citus on every node and add the workers first (README, Scaling out with Citus).';
	END IF;
	IF tip_internal.tip_is_distributed() THEN
		RAISE EXCEPTION USING ERRCODE = 'object_not_in_prerequisite_state',
			MESSAGE = 'the tip_reports corpus is already distributed',
			HINT = 'Change the shard count with alter_distributed_table(''tip_reports'', shard_count => N, cascade_to_colocated => true).';
	END IF;
	EXECUTE 'SELECT pg_catalog.citus_is_coordinator()' INTO r;
	IF NOT r.citus_is_coordinator THEN
		RAISE EXCEPTION USING ERRCODE = 'object_not_in_prerequisite_state',
			MESSAGE = 'tip_distribute must run on the Citus coordinator';
	END IF;
	IF shard_count IS NOT NULL AND shard_count OPERATOR(pg_catalog.<) 1 THEN
		RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
			MESSAGE = pg_catalog.format('shard_count must be at least 1, not %s', shard_count);
	END IF;

	SELECT n.nspname INTO sch FROM pg_catalog.pg_extension AS e
	JOIN pg_catalog.pg_namespace AS n ON n.oid OPERATOR(pg_catalog.=) e.extnamespace
	WHERE e.extname OPERATOR(pg_catalog.=) 'tip_reports';

	-- Reports loaded on one node have ids from the sequence; distributed,
	-- an id is made of the text's hash.  Their texts are loaded again once
	-- the tables are distributed (parsed again, as tip_reparse_all would).
	SELECT pg_catalog.count(*) INTO kept FROM @extschema@.tip_reports;
	IF kept OPERATOR(pg_catalog.>) 0 THEN
		CREATE TEMPORARY TABLE tip_distribute_texts ON COMMIT DROP AS
		SELECT t.raw_text, t.source, t.forced, t.loaded_at FROM @extschema@.tip_reports AS t;
		TRUNCATE @extschema@.tip_reports CASCADE;
	END IF;

	-- Released from the extension: the views first (they depend on the
	-- tables), then the tables.
	FOREACH t IN ARRAY views LOOP
		EXECUTE pg_catalog.format('ALTER EXTENSION tip_reports DROP VIEW %I.%I', sch, t);
	END LOOP;
	FOREACH t IN ARRAY reference_tables OPERATOR(pg_catalog.||) corpus_tables LOOP
		EXECUTE pg_catalog.format('ALTER EXTENSION tip_reports DROP TABLE %I.%I', sch, t);
	END LOOP;

	-- Text uniqueness as Citus accepts it: a unique sha256 would have to
	-- include the distribution column, so report_id is made of the hash (its
	-- first 63 bits, as tip_internal.tip_load computes it) and the primary key on
	-- report_id keeps each text once, on whichever node it is loaded.
	ALTER TABLE @extschema@.tip_reports DROP CONSTRAINT tip_reports_sha256_key;
	ALTER TABLE @extschema@.tip_reports ALTER COLUMN report_id DROP DEFAULT;
	ALTER SEQUENCE @extschema@.tip_reports_report_id_seq OWNED BY NONE;
	ALTER TABLE @extschema@.tip_reports ADD CONSTRAINT tip_reports_report_id_hash CHECK (report_id OPERATOR(pg_catalog.=)
		(('x' OPERATOR(pg_catalog.||) pg_catalog.encode(pg_catalog.substr(sha256, 1, 8), 'hex'))::bit(64)
			OPERATOR(pg_catalog.>>) 1)::bigint);
	CREATE INDEX tip_reports_sha256_idx ON @extschema@.tip_reports (sha256);

	-- Citus distributes no table with a foreign key to or from a table that
	-- is not yet distributed: the corpus tables' keys are dropped here and
	-- made again once every table is distributed.
	SELECT pg_catalog.array_agg(pg_catalog.format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass,
			c.conname, pg_catalog.pg_get_constraintdef(c.oid)) ORDER BY c.conrelid, c.conname),
		pg_catalog.array_agg(pg_catalog.format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname))
	INTO fk_add, fk_drop
	FROM pg_catalog.pg_constraint AS c
	JOIN pg_catalog.pg_class AS k ON k.oid OPERATOR(pg_catalog.=) c.conrelid
	WHERE c.contype OPERATOR(pg_catalog.=) 'f' AND k.relnamespace OPERATOR(pg_catalog.=) sch::regnamespace
	  AND k.relname OPERATOR(pg_catalog.=) ANY (corpus_tables);
	FOREACH t IN ARRAY fk_drop LOOP
		EXECUTE t;
	END LOOP;

	FOREACH t IN ARRAY reference_tables LOOP
		PERFORM pg_catalog.create_reference_table(pg_catalog.format('%I.%I', sch, t)::regclass);
	END LOOP;
	-- the coordinator's own copy of the rows, now in the shards, is not
	-- left behind on disk
	FOREACH t IN ARRAY reference_tables LOOP
		PERFORM pg_catalog.truncate_local_data_after_distributing_table(pg_catalog.format('%I.%I', sch, t)::regclass);
	END LOOP;
	IF shard_count IS NULL THEN
		PERFORM pg_catalog.create_distributed_table('@extschema@.tip_reports'::regclass, 'report_id');
	ELSE
		PERFORM pg_catalog.create_distributed_table('@extschema@.tip_reports'::regclass, 'report_id', shard_count => shard_count);
	END IF;
	FOREACH t IN ARRAY corpus_tables[2:] LOOP
		PERFORM pg_catalog.create_distributed_table(pg_catalog.format('%I.%I', sch, t)::regclass, 'report_id',
			colocate_with => pg_catalog.format('%I.tip_reports', sch));
	END LOOP;

	FOREACH t IN ARRAY fk_add LOOP
		EXECUTE t;
	END LOOP;

	-- a load runs on the node of its report's shard (see tip_load_text);
	-- forced, so that a call from a function or a transaction block goes
	-- there too, as tip_load_report's always is
	PERFORM pg_catalog.create_distributed_function(
		'tip_internal.tip_load_text(bigint, bytea, text, text, boolean, timestamptz)'::regprocedure, 'rid',
		colocate_with => pg_catalog.format('%I.tip_reports', sch), force_delegation => true);

	IF kept OPERATOR(pg_catalog.>) 0 THEN
		FOR r IN SELECT k.raw_text, k.source, k.forced, k.loaded_at FROM pg_temp.tip_distribute_texts AS k LOOP
			rid := @extschema@.tip_load_report(r.raw_text, r.source, r.forced);
			UPDATE @extschema@.tip_reports AS t SET loaded_at = r.loaded_at
			WHERE t.report_id OPERATOR(pg_catalog.=) rid;
		END LOOP;
	END IF;
END
$$;

COMMENT ON FUNCTION @extschema@.tip_distribute(integer) IS
	'Run once on a Citus coordinator: distributes the corpus tables by report_id (colocated, shard_count shards, else citus.shard_count), makes tip_countries and tip_organizations reference tables, and releases them and the views from the extension so that Citus may reshard and drop them; reports already loaded are loaded again';

REVOKE EXECUTE ON FUNCTION @extschema@.tip_distribute(integer) FROM PUBLIC;

-- Last: the 0.2.0 parser reads reports differently from 0.1.0's, so every
-- stored report's rows are made again from its stored text.  force keeps a
-- report the new parser would no longer take for one (it is marked forced)
-- rather than stop the update.
SELECT @extschema@.tip_reparse_all(force => true);
