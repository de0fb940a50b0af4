
-- ---------------------------------------------------------------------
-- The corpus: tables that hold loaded reports
--
-- Every table carrying report data has report_id first in its primary key
-- and a foreign key to tip_reports ON DELETE CASCADE.  Data tables are
-- registered with pg_extension_config_dump so that pg_dump keeps their rows.
-- ---------------------------------------------------------------------

CREATE FUNCTION tip_internal.tip_body_code(body text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
RETURN CASE
	WHEN body OPERATOR(pg_catalog.~*) 'working group on trafficking' THEN 'WG-TIP'
	WHEN body OPERATOR(pg_catalog.~*) 'conference of the parties' THEN 'COP'
	WHEN body OPERATOR(pg_catalog.~*) 'commission on crime prevention' THEN 'CCPCJ'
	WHEN body OPERATOR(pg_catalog.~*) 'human rights council' THEN 'HRC'
	WHEN body OPERATOR(pg_catalog.~*) 'economic and social council' THEN 'ECOSOC'
	WHEN body OPERATOR(pg_catalog.~*) 'security council' THEN 'SC'
	WHEN body OPERATOR(pg_catalog.~*) 'general assembly' THEN 'GA'
	ELSE body
END;

COMMENT ON FUNCTION tip_internal.tip_body_code(text) IS
	'Short code of an issuing body as the session layers write it (COP, CCPCJ, WG-TIP, GA, HRC, ECOSOC, SC); other names unchanged';

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

CREATE SEQUENCE @extschema@.tip_reports_report_id_seq AS bigint;

COMMENT ON SEQUENCE @extschema@.tip_reports_report_id_seq IS 'Source of tip_reports.report_id';

CREATE TABLE @extschema@.tip_reports (
	report_id bigint NOT NULL DEFAULT nextval('@extschema@.tip_reports_report_id_seq'::regclass) PRIMARY KEY,
	sha256 bytea NOT NULL UNIQUE CHECK (length(sha256) = 32),
	source text CHECK (source OPERATOR(pg_catalog.=) tip_internal.tip_normalize_source(source)),
	source_name text GENERATED ALWAYS AS (pg_catalog.substring(source, '([^/]*)/*$')) STORED,
	loaded_at timestamptz NOT NULL DEFAULT now(),
	parser_version text NOT NULL,
	forced boolean NOT NULL DEFAULT false,
	symbol text,
	job_number text,
	body text,
	parent_body text,
	session_body text,
	session_number integer,
	session_title text,
	venue text,
	session_start date,
	session_end date,
	distributed date,
	original_language text,
	agenda_item text,
	agenda_symbol text,
	agenda_title text,
	title text,
	report_type text,
	summary text,
	paragraph_count integer NOT NULL,
	footnote_count integer NOT NULL,
	rendering text,
	warnings text[],
	symbols text[],
	year integer GENERATED ALWAYS AS (COALESCE(
		pg_catalog.date_part('year', COALESCE(session_start, distributed))::integer,
		pg_catalog.substring(symbol, '/((?:19|20)[0-9]{2})/')::integer)) STORED,
	-- lz4, not the default pglz: compressing every text with pglz took 2% of a load
	raw_text text COMPRESSION lz4 NOT NULL,
	label text NOT NULL GENERATED ALWAYS AS (COALESCE(
		tip_internal.tip_report_label(symbol, body, session_number, session_start, distributed),
		'Report ' OPERATOR(pg_catalog.||) report_id::text)) STORED,
	date date GENERATED ALWAYS AS (COALESCE(session_start, distributed,
		pg_catalog.make_date(pg_catalog.substring(symbol, '/((?:19|20)[0-9]{2})/')::integer, 1, 1))) STORED
);

ALTER SEQUENCE @extschema@.tip_reports_report_id_seq OWNED BY @extschema@.tip_reports.report_id;

COMMENT ON TABLE @extschema@.tip_reports IS
	'One row per loaded report: identity, metadata from the masthead and the text as loaded';
COMMENT ON COLUMN @extschema@.tip_reports.report_id IS 'Identifier of the report in this database';
COMMENT ON COLUMN @extschema@.tip_reports.sha256 IS 'SHA-256 of the normalized text (see tip_text_sha256): the same text loads once';
COMMENT ON COLUMN @extschema@.tip_reports.source IS 'Where the text came from (path, URL), as the loader was told, made plain by tip_normalize_source (no . or .. parts); bin/tip-load gives the absolute path of the file';
COMMENT ON COLUMN @extschema@.tip_reports.source_name IS 'Last part of source: the file name';
COMMENT ON COLUMN @extschema@.tip_reports.loaded_at IS 'When the report was loaded';
COMMENT ON COLUMN @extschema@.tip_reports.parser_version IS 'Extension version whose parser produced the derived rows';
COMMENT ON COLUMN @extschema@.tip_reports.forced IS 'The text lacks numbered paragraphs or a masthead as last parsed: stored only because the load (or tip_reparse_all) was told force';
COMMENT ON COLUMN @extschema@.tip_reports.symbol IS 'UN document symbol, e.g. CTOC/COP/2018/2';
COMMENT ON COLUMN @extschema@.tip_reports.job_number IS 'UN job number printed in the footer, e.g. V.14-04110';
COMMENT ON COLUMN @extschema@.tip_reports.body IS 'Issuing body as written, e.g. Commission on Crime Prevention and Criminal Justice';
COMMENT ON COLUMN @extschema@.tip_reports.parent_body IS 'Principal organ above the issuing body';
COMMENT ON COLUMN @extschema@.tip_reports.session_body IS 'Code of the body whose session the report is for (tip_report_sessions.body)';
COMMENT ON COLUMN @extschema@.tip_reports.session_number IS 'Number of the session the report is for';
COMMENT ON COLUMN @extschema@.tip_reports.session_title IS 'Session as written, e.g. Ninth session';
COMMENT ON COLUMN @extschema@.tip_reports.venue IS 'City of the session';
COMMENT ON COLUMN @extschema@.tip_reports.session_start IS 'First day of the session';
COMMENT ON COLUMN @extschema@.tip_reports.session_end IS 'Last day of the session';
COMMENT ON COLUMN @extschema@.tip_reports.distributed IS 'Date of distribution';
COMMENT ON COLUMN @extschema@.tip_reports.original_language IS 'Original language of the report';
COMMENT ON COLUMN @extschema@.tip_reports.agenda_item IS 'Agenda item, e.g. 2 (b)';
COMMENT ON COLUMN @extschema@.tip_reports.agenda_symbol IS 'Symbol of the agenda document';
COMMENT ON COLUMN @extschema@.tip_reports.agenda_title IS 'Title of the agenda item';
COMMENT ON COLUMN @extschema@.tip_reports.title IS 'Title of the report';
COMMENT ON COLUMN @extschema@.tip_reports.report_type IS 'e.g. Report of the Secretariat';
COMMENT ON COLUMN @extschema@.tip_reports.summary IS 'Text of the Summary box, when the report has one';
COMMENT ON COLUMN @extschema@.tip_reports.paragraph_count IS 'Number of numbered paragraphs';
COMMENT ON COLUMN @extschema@.tip_reports.footnote_count IS 'Number of footnotes';
COMMENT ON COLUMN @extschema@.tip_reports.rendering IS 'Text rendering recognised: markdown, plain or layout';
COMMENT ON COLUMN @extschema@.tip_reports.warnings IS 'What the parser noticed and could not settle';
COMMENT ON COLUMN @extschema@.tip_reports.symbols IS 'Every symbol the document carries, symbol first (Official Records carry two, e.g. E/2018/30 and E/CN.15/2018/15)';
COMMENT ON COLUMN @extschema@.tip_reports.year IS 'Year of the report: of its session, else of its distribution, else the year in its symbol';
COMMENT ON COLUMN @extschema@.tip_reports.label IS 'Short name, never NULL: the symbol, else body code, session and year (COP 9 (2018)), else Report and the report_id';
COMMENT ON COLUMN @extschema@.tip_reports.date IS 'Date of the report on a time axis: first day of its session, else its distribution date, else 1 January of the year in its symbol; NULL only where year is NULL';
COMMENT ON COLUMN @extschema@.tip_reports.raw_text IS 'The text as loaded; every *_offset column is a byte offset into it';

CREATE TABLE @extschema@.tip_sections (
	report_id bigint NOT NULL REFERENCES @extschema@.tip_reports ON DELETE CASCADE,
	ord integer NOT NULL,
	parent_ord integer,
	depth integer NOT NULL,
	kind text NOT NULL,
	label text,
	path text,
	title text,
	first_paragraph integer,
	last_paragraph integer,
	start_offset integer NOT NULL,
	end_offset integer NOT NULL,
	PRIMARY KEY (report_id, ord)
);

COMMENT ON TABLE @extschema@.tip_sections IS 'Headings of the loaded reports, with their place in the heading tree';
COMMENT ON COLUMN @extschema@.tip_sections.report_id IS 'Report (tip_reports)';
COMMENT ON COLUMN @extschema@.tip_sections.ord IS 'Order of the heading in the report, from 1';
COMMENT ON COLUMN @extschema@.tip_sections.parent_ord IS 'ord of the enclosing heading; NULL for chapters';
COMMENT ON COLUMN @extschema@.tip_sections.depth IS '1 for chapters, one more per level below';
COMMENT ON COLUMN @extschema@.tip_sections.kind IS 'chapter, section, subsection or topic';
COMMENT ON COLUMN @extschema@.tip_sections.label IS 'Numbering of the heading: II, A, 1; NULL for topics';
COMMENT ON COLUMN @extschema@.tip_sections.path IS 'Numbering path, e.g. II.A.1';
COMMENT ON COLUMN @extschema@.tip_sections.title IS 'Heading text';
COMMENT ON COLUMN @extschema@.tip_sections.first_paragraph IS 'First numbered paragraph under the heading';
COMMENT ON COLUMN @extschema@.tip_sections.last_paragraph IS 'Last numbered paragraph under the heading';
COMMENT ON COLUMN @extschema@.tip_sections.start_offset IS 'Byte offset of the heading in tip_reports.raw_text';
COMMENT ON COLUMN @extschema@.tip_sections.end_offset IS 'Byte offset where the next heading starts';

CREATE TABLE @extschema@.tip_paragraphs (
	report_id bigint NOT NULL REFERENCES @extschema@.tip_reports ON DELETE CASCADE,
	number integer NOT NULL,
	section_ord integer,
	section_path text,
	heading text,
	body text NOT NULL,
	footnote_marks text[],
	start_offset integer NOT NULL,
	end_offset integer NOT NULL,
	tsv tsvector GENERATED ALWAYS AS (
		setweight(to_tsvector('@extschema@.tip_english'::regconfig, coalesce(heading, '')), 'A') ||
		setweight(to_tsvector('@extschema@.tip_english'::regconfig, body), 'B')) STORED,
	PRIMARY KEY (report_id, number),
	FOREIGN KEY (report_id, section_ord) REFERENCES @extschema@.tip_sections (report_id, ord) ON DELETE CASCADE
);

-- tip_search() reads tsv (not body) of thousands of candidate rows: kept in
-- the row, uncompressed (the toaster moves and compresses body first), it
-- costs no TOAST lookup.
ALTER TABLE @extschema@.tip_paragraphs ALTER COLUMN tsv SET STORAGE MAIN;

-- One GIN index over the rank keys of tip_rank_keys() and the words: a probe
-- of tip_search() gives a condition on both, which one index scan
-- intersects.  The keys come first because GIN takes the conditions in
-- column order: the few paragraphs holding a key end the scan early,
-- where the words of an AND query would first be intersected in full.  A
-- plain `tsv @@ query` uses the second column alone, as fast.
CREATE INDEX tip_paragraphs_tsv_idx ON @extschema@.tip_paragraphs
	USING gin ((tip_internal.tip_rank_keys(tsv)), tsv);

COMMENT ON TABLE @extschema@.tip_paragraphs IS 'Numbered paragraphs of the loaded reports, with clean text and a full-text index';
COMMENT ON COLUMN @extschema@.tip_paragraphs.report_id IS 'Report (tip_reports)';
COMMENT ON COLUMN @extschema@.tip_paragraphs.number IS 'Paragraph number as printed';
COMMENT ON COLUMN @extschema@.tip_paragraphs.section_ord IS 'ord of the nearest heading above (tip_sections)';
COMMENT ON COLUMN @extschema@.tip_paragraphs.section_path IS 'Numbering path of that heading, e.g. II.B.3';
COMMENT ON COLUMN @extschema@.tip_paragraphs.heading IS 'Title of the nearest heading';
COMMENT ON COLUMN @extschema@.tip_paragraphs.body IS 'Paragraph text: unwrapped, hyphens mended, no markup, page furniture or footnote text';
COMMENT ON COLUMN @extschema@.tip_paragraphs.footnote_marks IS 'Footnote marks the paragraph carries, in order';
COMMENT ON COLUMN @extschema@.tip_paragraphs.start_offset IS 'Byte offset of the paragraph number in tip_reports.raw_text';
COMMENT ON COLUMN @extschema@.tip_paragraphs.end_offset IS 'Byte offset just after the paragraph in tip_reports.raw_text';
COMMENT ON COLUMN @extschema@.tip_paragraphs.tsv IS 'Full-text vector (configuration tip_english): heading weight A, body weight B';

CREATE TABLE @extschema@.tip_footnotes (
	report_id bigint NOT NULL REFERENCES @extschema@.tip_reports ON DELETE CASCADE,
	ord integer NOT NULL,
	mark text,
	body text,
	paragraph integer,
	start_offset integer NOT NULL,
	end_offset integer NOT NULL,
	PRIMARY KEY (report_id, ord)
);

COMMENT ON TABLE @extschema@.tip_footnotes IS 'Footnotes of the loaded reports';
COMMENT ON COLUMN @extschema@.tip_footnotes.report_id IS 'Report (tip_reports)';
COMMENT ON COLUMN @extschema@.tip_footnotes.ord IS 'Order of the footnote in the report, from 1';
COMMENT ON COLUMN @extschema@.tip_footnotes.mark IS 'Footnote mark: *, 1, 2';
COMMENT ON COLUMN @extschema@.tip_footnotes.body IS 'Footnote text';
COMMENT ON COLUMN @extschema@.tip_footnotes.paragraph IS 'Number of the paragraph carrying the mark; NULL in the masthead or headings';
COMMENT ON COLUMN @extschema@.tip_footnotes.start_offset IS 'Byte offset of the footnote in tip_reports.raw_text';
COMMENT ON COLUMN @extschema@.tip_footnotes.end_offset IS 'Byte offset just after the footnote';

CREATE TABLE @extschema@.tip_mentions (
	report_id bigint NOT NULL REFERENCES @extschema@.tip_reports ON DELETE CASCADE,
	ord integer NOT NULL,
	kind text NOT NULL,
	paragraph integer,
	footnote text,
	section_ord integer,
	surface text,
	value text,
	unit text,
	amount numeric,
	date_start date,
	date_end date,
	date_precision text,
	enclosing_ord integer,
	start_offset integer NOT NULL,
	end_offset integer NOT NULL,
	iso3 text REFERENCES @extschema@.tip_countries,
	acronym text REFERENCES @extschema@.tip_organizations,
	PRIMARY KEY (report_id, ord)
);

CREATE INDEX tip_mentions_kind_value_idx ON @extschema@.tip_mentions (kind, value);

COMMENT ON TABLE @extschema@.tip_mentions IS 'Entity mentions of the loaded reports: countries, organizations, programmes, documents, resolutions, dates, money, quantities, URLs';
COMMENT ON COLUMN @extschema@.tip_mentions.report_id IS 'Report (tip_reports)';
COMMENT ON COLUMN @extschema@.tip_mentions.ord IS 'Order of the mention in the report, from 1';
COMMENT ON COLUMN @extschema@.tip_mentions.kind IS 'country, organization, programme, document, resolution, date, money, quantity or url';
COMMENT ON COLUMN @extschema@.tip_mentions.paragraph IS 'Numbered paragraph it is in (also for footnotes carried by it); NULL in the masthead and headings';
COMMENT ON COLUMN @extschema@.tip_mentions.footnote IS 'Mark of the footnote it is in; NULL outside footnotes';
COMMENT ON COLUMN @extschema@.tip_mentions.section_ord IS 'Heading it is in (tip_sections.ord); NULL outside headings';
COMMENT ON COLUMN @extschema@.tip_mentions.surface IS 'The text as written';
COMMENT ON COLUMN @extschema@.tip_mentions.value IS 'Normalized value: ISO3, acronym, canonical symbol, GA 71/167, ISO date or range, number';
COMMENT ON COLUMN @extschema@.tip_mentions.unit IS 'Currency or counted noun';
COMMENT ON COLUMN @extschema@.tip_mentions.amount IS 'Number of a money or quantity mention';
COMMENT ON COLUMN @extschema@.tip_mentions.date_start IS 'First day of a date mention';
COMMENT ON COLUMN @extschema@.tip_mentions.date_end IS 'Last day of a date mention';
COMMENT ON COLUMN @extschema@.tip_mentions.date_precision IS 'day, month, quarter, half or year';
COMMENT ON COLUMN @extschema@.tip_mentions.enclosing_ord IS 'ord of a mention this one lies inside';
COMMENT ON COLUMN @extschema@.tip_mentions.start_offset IS 'Byte offset in tip_reports.raw_text';
COMMENT ON COLUMN @extschema@.tip_mentions.end_offset IS 'Byte offset just after the mention';
COMMENT ON COLUMN @extschema@.tip_mentions.iso3 IS 'Country (tip_countries.alpha3) of a country mention; NULL for other kinds';
COMMENT ON COLUMN @extschema@.tip_mentions.acronym IS 'Organization (tip_organizations.acronym) of an organization or programme mention; NULL for other kinds';

CREATE TABLE @extschema@.tip_references (
	report_id bigint NOT NULL REFERENCES @extschema@.tip_reports ON DELETE CASCADE,
	ord integer NOT NULL,
	mention_ord integer,
	paragraph integer,
	footnote text,
	kind text NOT NULL CHECK (kind IN ('resolution', 'document')),
	body text,
	number text,
	year integer,
	symbol text,
	surface text,
	start_offset integer,
	end_offset integer,
	PRIMARY KEY (report_id, ord),
	FOREIGN KEY (report_id, mention_ord) REFERENCES @extschema@.tip_mentions (report_id, ord) ON DELETE CASCADE
);

CREATE INDEX tip_references_symbol_idx ON @extschema@.tip_references (symbol);

COMMENT ON TABLE @extschema@.tip_references IS 'References of the loaded reports to resolutions and other UN documents';
COMMENT ON COLUMN @extschema@.tip_references.report_id IS 'Citing report (tip_reports)';
COMMENT ON COLUMN @extschema@.tip_references.ord IS 'Order of the reference in the report, from 1';
COMMENT ON COLUMN @extschema@.tip_references.mention_ord IS 'The mention it comes from (tip_mentions.ord)';
COMMENT ON COLUMN @extschema@.tip_references.paragraph IS 'Numbered paragraph citing it';
COMMENT ON COLUMN @extschema@.tip_references.kind IS 'resolution or document';
COMMENT ON COLUMN @extschema@.tip_references.body IS 'Issuing body of a resolution: GA, SC, ECOSOC, CCPCJ, COP, HRC; NULL when the text does not decide it';
COMMENT ON COLUMN @extschema@.tip_references.number IS 'Resolution number as cited: 71/167, 2331 (2016), 2013/41';
COMMENT ON COLUMN @extschema@.tip_references.year IS 'Year of the resolution or document, where known';
COMMENT ON COLUMN @extschema@.tip_references.symbol IS 'Canonical UN symbol: A/RES/71/167, CTOC/COP/WG.4/2017/2';
COMMENT ON COLUMN @extschema@.tip_references.footnote IS 'Mark of the footnote citing it; NULL outside footnotes';
COMMENT ON COLUMN @extschema@.tip_references.surface IS 'The reference as written';
COMMENT ON COLUMN @extschema@.tip_references.start_offset IS 'Byte offset in tip_reports.raw_text';
COMMENT ON COLUMN @extschema@.tip_references.end_offset IS 'Byte offset just after the reference';

CREATE TABLE @extschema@.tip_party_events (
	report_id bigint NOT NULL REFERENCES @extschema@.tip_reports ON DELETE CASCADE,
	ord integer NOT NULL,
	kind text NOT NULL,
	count integer,
	iso3 text REFERENCES @extschema@.tip_countries,
	country text,
	year integer,
	since text,
	instrument text,
	paragraph integer,
	start_offset integer NOT NULL,
	end_offset integer NOT NULL,
	date date,
	date_precision text,
	PRIMARY KEY (report_id, ord)
);

COMMENT ON TABLE @extschema@.tip_party_events IS 'What the loaded reports say about States parties: totals, States newly party, ratification counts';
COMMENT ON COLUMN @extschema@.tip_party_events.report_id IS 'Report (tip_reports)';
COMMENT ON COLUMN @extschema@.tip_party_events.ord IS 'Order in the report, from 1';
COMMENT ON COLUMN @extschema@.tip_party_events.kind IS 'total, new_party or ratification_count';
COMMENT ON COLUMN @extschema@.tip_party_events.count IS 'Number of parties (total) or of ratifications (ratification_count)';
COMMENT ON COLUMN @extschema@.tip_party_events.iso3 IS 'ISO 3166-1 alpha-3 code of the State newly party';
COMMENT ON COLUMN @extschema@.tip_party_events.country IS 'The State as written';
COMMENT ON COLUMN @extschema@.tip_party_events.year IS 'Year the State became party, where the text gives it';
COMMENT ON COLUMN @extschema@.tip_party_events.since IS 'Period the text names, e.g. eighth session of the Conference, in October 2016';
COMMENT ON COLUMN @extschema@.tip_party_events.instrument IS 'Trafficking in Persons Protocol, or the Convention';
COMMENT ON COLUMN @extschema@.tip_party_events.paragraph IS 'Numbered paragraph saying it';
COMMENT ON COLUMN @extschema@.tip_party_events.start_offset IS 'Byte offset in tip_reports.raw_text';
COMMENT ON COLUMN @extschema@.tip_party_events.end_offset IS 'Byte offset just after the statement';
COMMENT ON COLUMN @extschema@.tip_party_events.date IS 'When the State became party, or the date a total or count holds at, at date_precision: its first day';
COMMENT ON COLUMN @extschema@.tip_party_events.date_precision IS 'day, month or year; NULL when no date is stated';

CREATE TABLE @extschema@.tip_session_refs (
	report_id bigint NOT NULL REFERENCES @extschema@.tip_reports ON DELETE CASCADE,
	ord integer NOT NULL,
	body text,
	kind text,
	number integer,
	venue text,
	date_start date,
	date_end date,
	participants integer,
	countries integer,
	paragraph integer,
	is_report_session boolean NOT NULL,
	start_offset integer NOT NULL,
	end_offset integer NOT NULL,
	PRIMARY KEY (report_id, ord)
);

COMMENT ON TABLE @extschema@.tip_session_refs IS 'Sessions and meetings each loaded report is for or names';
COMMENT ON COLUMN @extschema@.tip_session_refs.report_id IS 'Report (tip_reports)';
COMMENT ON COLUMN @extschema@.tip_session_refs.ord IS 'Order in the report, from 1';
COMMENT ON COLUMN @extschema@.tip_session_refs.body IS 'COP, CCPCJ, GA, HRC, SC, ECOSOC, WG-TIP, ICAT, or the name as written';
COMMENT ON COLUMN @extschema@.tip_session_refs.kind IS 'session, meeting, high-level meeting or dialogue';
COMMENT ON COLUMN @extschema@.tip_session_refs.number IS 'Session or meeting number';
COMMENT ON COLUMN @extschema@.tip_session_refs.venue IS 'Where it was held';
COMMENT ON COLUMN @extschema@.tip_session_refs.date_start IS 'First day';
COMMENT ON COLUMN @extschema@.tip_session_refs.date_end IS 'Last day';
COMMENT ON COLUMN @extschema@.tip_session_refs.participants IS 'Participants the text counts';
COMMENT ON COLUMN @extschema@.tip_session_refs.countries IS 'Countries the participants came from, as counted by the text';
COMMENT ON COLUMN @extschema@.tip_session_refs.paragraph IS 'Numbered paragraph naming it; NULL for the masthead';
COMMENT ON COLUMN @extschema@.tip_session_refs.is_report_session IS 'True for the session the report itself is for';
COMMENT ON COLUMN @extschema@.tip_session_refs.start_offset IS 'Byte offset in tip_reports.raw_text';
COMMENT ON COLUMN @extschema@.tip_session_refs.end_offset IS 'Byte offset just after the reference';

CREATE TABLE @extschema@.tip_activities (
	report_id bigint NOT NULL REFERENCES @extschema@.tip_reports ON DELETE CASCADE,
	seq integer NOT NULL,
	paragraph integer,
	ord integer,
	kind text,
	theme text,
	date_start date,
	date_end date,
	date_precision text,
	place text,
	participants integer,
	sentence text,
	start_offset integer NOT NULL,
	end_offset integer NOT NULL,
	PRIMARY KEY (report_id, seq)
);

COMMENT ON TABLE @extschema@.tip_activities IS 'UNODC activities the loaded reports describe, one row per activity a sentence reports';
COMMENT ON COLUMN @extschema@.tip_activities.report_id IS 'Report (tip_reports)';
COMMENT ON COLUMN @extschema@.tip_activities.seq IS 'Order of the activity in the report, from 1';
COMMENT ON COLUMN @extschema@.tip_activities.paragraph IS 'Numbered paragraph describing it';
COMMENT ON COLUMN @extschema@.tip_activities.ord IS 'Order of the activity within its paragraph, from 1';
COMMENT ON COLUMN @extschema@.tip_activities.kind IS 'workshop, training, meeting, conference, study visit, assessment or mission, legislative assistance, publication, tool or database, campaign, grant or funding, partnership or agreement, operation, other';
COMMENT ON COLUMN @extschema@.tip_activities.theme IS 'Theme from the heading above the paragraph; NULL where none fits';
COMMENT ON COLUMN @extschema@.tip_activities.date_start IS 'First day of the activity, as precise as the text';
COMMENT ON COLUMN @extschema@.tip_activities.date_end IS 'Last day of the activity';
COMMENT ON COLUMN @extschema@.tip_activities.date_precision IS 'day, month, quarter, half or year';
COMMENT ON COLUMN @extschema@.tip_activities.place IS 'City or place as written';
COMMENT ON COLUMN @extschema@.tip_activities.participants IS 'Number of participants the text gives';
COMMENT ON COLUMN @extschema@.tip_activities.sentence IS 'The sentence reporting it';
COMMENT ON COLUMN @extschema@.tip_activities.start_offset IS 'Byte offset of the sentence in tip_reports.raw_text';
COMMENT ON COLUMN @extschema@.tip_activities.end_offset IS 'Byte offset just after the sentence';

CREATE TABLE @extschema@.tip_activity_countries (
	report_id bigint NOT NULL REFERENCES @extschema@.tip_reports ON DELETE CASCADE,
	activity_seq integer NOT NULL,
	iso3 text NOT NULL REFERENCES @extschema@.tip_countries,
	PRIMARY KEY (report_id, activity_seq, iso3),
	FOREIGN KEY (report_id, activity_seq) REFERENCES @extschema@.tip_activities (report_id, seq) ON DELETE CASCADE
);

CREATE INDEX tip_activity_countries_iso3_idx ON @extschema@.tip_activity_countries (iso3);

COMMENT ON TABLE @extschema@.tip_activity_countries IS 'Countries of each activity (where it happened, who took part or benefited), one row per activity and country';
COMMENT ON COLUMN @extschema@.tip_activity_countries.report_id IS 'Report (tip_reports)';
COMMENT ON COLUMN @extschema@.tip_activity_countries.activity_seq IS 'Activity (tip_activities.seq)';
COMMENT ON COLUMN @extschema@.tip_activity_countries.iso3 IS 'ISO 3166-1 alpha-3 code (tip_countries)';

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

SELECT pg_catalog.pg_extension_config_dump('@extschema@.tip_reports', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.tip_reports_report_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.tip_sections', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.tip_paragraphs', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.tip_footnotes', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.tip_mentions', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.tip_references', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.tip_party_events', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.tip_session_refs', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.tip_activities', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.tip_activity_countries', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.tip_activity_organizations', '');

-- ---------------------------------------------------------------------
-- Everything one parse gives the loader
-- ---------------------------------------------------------------------

-- The rows of references, party events and sessions as the document
-- carries them: the columns of their tables without report_id.  Types of
-- their own, not the tables' row types, so that nothing of the extension
-- depends on the corpus tables but the views: tip_distribute() hands the
-- tables over to Citus, which drops and creates them again when it
-- reshards or undistributes them.
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

CREATE TYPE tip_internal.tip_document AS (
	report @extschema@.tip_report,
	missing text[],
	sections @extschema@.tip_section[],
	paragraphs @extschema@.tip_paragraph[],
	footnotes @extschema@.tip_footnote[],
	mentions @extschema@.tip_mention[],
	cross_references tip_internal.tip_document_reference[],
	party_events tip_internal.tip_document_party_event[],
	session_refs tip_internal.tip_document_session_ref[],
	activities @extschema@.tip_activity[]
);

COMMENT ON TYPE tip_internal.tip_document IS
	'Every layer of one report from a single parse (tip_parse_document)';
COMMENT ON COLUMN tip_internal.tip_document.report IS 'Masthead metadata and counts';
COMMENT ON COLUMN tip_internal.tip_document.missing IS 'What the text lacks to be a report of the family (numbered paragraphs, a masthead); empty for a report';
COMMENT ON COLUMN tip_internal.tip_document.sections IS 'Heading tree';
COMMENT ON COLUMN tip_internal.tip_document.paragraphs IS 'Numbered paragraphs';
COMMENT ON COLUMN tip_internal.tip_document.footnotes IS 'Footnotes';
COMMENT ON COLUMN tip_internal.tip_document.mentions IS 'Entity mentions';
COMMENT ON COLUMN tip_internal.tip_document.cross_references IS 'References to resolutions and documents';
COMMENT ON COLUMN tip_internal.tip_document.party_events IS 'States parties: totals, new parties, ratification counts';
COMMENT ON COLUMN tip_internal.tip_document.session_refs IS 'Sessions and meetings named';
COMMENT ON COLUMN tip_internal.tip_document.activities IS 'UNODC activities';

CREATE FUNCTION tip_internal.tip_parse_document(doc text)
RETURNS tip_internal.tip_document
AS 'MODULE_PATHNAME', 'tip_parse_document'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION tip_internal.tip_parse_document(text) IS
	'All layers of a report text from one parse: metadata, sections, paragraphs, footnotes, mentions, references, party events, sessions, activities';

CREATE FUNCTION @extschema@.tip_text_sha256(doc text)
RETURNS bytea
AS 'MODULE_PATHNAME', 'tip_text_sha256'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.tip_text_sha256(text) IS
	'SHA-256 of the normalized text that identifies a report: leading byte order mark dropped, CRLF and CR made LF, spaces and tabs at line ends and blank lines at the end dropped';
