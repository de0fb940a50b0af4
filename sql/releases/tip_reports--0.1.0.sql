/* tip_reports install script, version 0.1.0: released, never edited (built from sql/install/ at its release) */

\echo Use "CREATE EXTENSION tip_reports" to load this file. \quit

-- ==== sql/install/10_structure.sql

-- ---------------------------------------------------------------------
-- Report structure: composite types
-- ---------------------------------------------------------------------

CREATE TYPE @extschema@.tip_report AS (
	symbol text,
	job_number text,
	body text,
	parent_body text,
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
	paragraph_count integer,
	footnote_count integer,
	rendering text,
	warnings text[]
);

COMMENT ON TYPE @extschema@.tip_report IS
	'Metadata of one report as its masthead states it; NULL where the text does not say';
COMMENT ON COLUMN @extschema@.tip_report.symbol IS 'UN document symbol, e.g. CTOC/COP/2018/2';
COMMENT ON COLUMN @extschema@.tip_report.job_number IS 'UN job number printed in the footer, e.g. V.14-04110';
COMMENT ON COLUMN @extschema@.tip_report.body IS 'Issuing body, e.g. Commission on Crime Prevention and Criminal Justice';
COMMENT ON COLUMN @extschema@.tip_report.parent_body IS 'Principal organ above the issuing body, e.g. Economic and Social Council';
COMMENT ON COLUMN @extschema@.tip_report.session_number IS 'Number of the session the report is for (ninth session = 9)';
COMMENT ON COLUMN @extschema@.tip_report.session_title IS 'Session as written, e.g. Ninth session';
COMMENT ON COLUMN @extschema@.tip_report.venue IS 'City of the session';
COMMENT ON COLUMN @extschema@.tip_report.session_start IS 'First day of the session';
COMMENT ON COLUMN @extschema@.tip_report.session_end IS 'Last day of the session';
COMMENT ON COLUMN @extschema@.tip_report.distributed IS 'Date of distribution (Distr.: General)';
COMMENT ON COLUMN @extschema@.tip_report.original_language IS 'Original language of the report';
COMMENT ON COLUMN @extschema@.tip_report.agenda_item IS 'Agenda item, e.g. 2 (b)';
COMMENT ON COLUMN @extschema@.tip_report.agenda_symbol IS 'Symbol of the agenda document named in the agenda footnote';
COMMENT ON COLUMN @extschema@.tip_report.agenda_title IS 'Title of the agenda item';
COMMENT ON COLUMN @extschema@.tip_report.title IS 'Title of the report';
COMMENT ON COLUMN @extschema@.tip_report.report_type IS 'e.g. Report of the Secretariat, Report of the Secretary-General';
COMMENT ON COLUMN @extschema@.tip_report.summary IS 'Text of the Summary box, when the report has one';
COMMENT ON COLUMN @extschema@.tip_report.paragraph_count IS 'Number of numbered paragraphs';
COMMENT ON COLUMN @extschema@.tip_report.footnote_count IS 'Number of footnotes';
COMMENT ON COLUMN @extschema@.tip_report.rendering IS 'Text rendering recognised: markdown, plain or layout';
COMMENT ON COLUMN @extschema@.tip_report.warnings IS 'What the parser noticed and could not settle';

CREATE TYPE @extschema@.tip_section AS (
	ord integer,
	parent_ord integer,
	depth integer,
	kind text,
	label text,
	path text,
	title text,
	first_paragraph integer,
	last_paragraph integer,
	start_offset integer,
	end_offset integer
);

COMMENT ON TYPE @extschema@.tip_section IS 'One heading of a report, with its place in the heading tree';
COMMENT ON COLUMN @extschema@.tip_section.ord IS 'Order of the heading in the report, from 1';
COMMENT ON COLUMN @extschema@.tip_section.parent_ord IS 'ord of the enclosing heading; NULL for chapters';
COMMENT ON COLUMN @extschema@.tip_section.depth IS '1 for chapters, one more per level below';
COMMENT ON COLUMN @extschema@.tip_section.kind IS 'chapter (I.), section (A.), subsection (1.) or topic (unnumbered)';
COMMENT ON COLUMN @extschema@.tip_section.label IS 'Numbering of the heading: II, A, 1; NULL for topics';
COMMENT ON COLUMN @extschema@.tip_section.path IS 'Numbering path, e.g. II.A.1 (topics share their parent''s path)';
COMMENT ON COLUMN @extschema@.tip_section.title IS 'Heading text, whole even when wrapped';
COMMENT ON COLUMN @extschema@.tip_section.first_paragraph IS 'First numbered paragraph under the heading (subheadings included)';
COMMENT ON COLUMN @extschema@.tip_section.last_paragraph IS 'Last numbered paragraph under the heading (subheadings included)';
COMMENT ON COLUMN @extschema@.tip_section.start_offset IS 'Byte offset of the heading in the input';
COMMENT ON COLUMN @extschema@.tip_section.end_offset IS 'Byte offset where the next heading starts (or the input ends)';

CREATE TYPE @extschema@.tip_paragraph AS (
	number integer,
	section_ord integer,
	section_path text,
	heading text,
	body text,
	footnote_marks text[],
	start_offset integer,
	end_offset integer
);

COMMENT ON TYPE @extschema@.tip_paragraph IS 'One numbered paragraph with clean text';
COMMENT ON COLUMN @extschema@.tip_paragraph.number IS 'Paragraph number as printed';
COMMENT ON COLUMN @extschema@.tip_paragraph.section_ord IS 'ord of the nearest heading above the paragraph';
COMMENT ON COLUMN @extschema@.tip_paragraph.section_path IS 'Numbering path of that heading, e.g. II.B.3';
COMMENT ON COLUMN @extschema@.tip_paragraph.heading IS 'Title of the nearest heading';
COMMENT ON COLUMN @extschema@.tip_paragraph.body IS 'Paragraph text: unwrapped, hyphens mended, no markup, page furniture or footnote text; bullet items one per line';
COMMENT ON COLUMN @extschema@.tip_paragraph.footnote_marks IS 'Footnote marks the paragraph carries, in order';
COMMENT ON COLUMN @extschema@.tip_paragraph.start_offset IS 'Byte offset of the paragraph number in the input';
COMMENT ON COLUMN @extschema@.tip_paragraph.end_offset IS 'Byte offset just after the paragraph''s last character in the input';

CREATE TYPE @extschema@.tip_footnote AS (
	mark text,
	body text,
	paragraph integer,
	start_offset integer,
	end_offset integer
);

COMMENT ON TYPE @extschema@.tip_footnote IS 'One footnote of a report';
COMMENT ON COLUMN @extschema@.tip_footnote.mark IS 'Footnote mark: *, 1, 2 (superscripts become plain digits)';
COMMENT ON COLUMN @extschema@.tip_footnote.body IS 'Footnote text';
COMMENT ON COLUMN @extschema@.tip_footnote.paragraph IS 'Number of the paragraph carrying the mark; NULL for marks in the masthead or headings';
COMMENT ON COLUMN @extschema@.tip_footnote.start_offset IS 'Byte offset of the footnote in the input';
COMMENT ON COLUMN @extschema@.tip_footnote.end_offset IS 'Byte offset just after the footnote in the input';

-- ---------------------------------------------------------------------
-- Report structure: parsing functions
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.tip_parse_report(doc text)
RETURNS @extschema@.tip_report
AS 'MODULE_PATHNAME', 'tip_parse_report'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.tip_parse_report(text) IS
	'Metadata of a report text (symbol, body, session, venue, dates, agenda item, title, counts)';

CREATE FUNCTION @extschema@.tip_sections(doc text)
RETURNS SETOF @extschema@.tip_section
AS 'MODULE_PATHNAME', 'tip_sections'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 30;

COMMENT ON FUNCTION @extschema@.tip_sections(text) IS
	'Heading tree of a report text: chapters, sections, subsections and unnumbered topics';

CREATE FUNCTION @extschema@.tip_paragraphs(doc text)
RETURNS SETOF @extschema@.tip_paragraph
AS 'MODULE_PATHNAME', 'tip_paragraphs'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 80;

COMMENT ON FUNCTION @extschema@.tip_paragraphs(text) IS
	'Numbered paragraphs of a report text with clean bodies and their headings';

CREATE FUNCTION @extschema@.tip_footnotes(doc text)
RETURNS SETOF @extschema@.tip_footnote
AS 'MODULE_PATHNAME', 'tip_footnotes'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;

COMMENT ON FUNCTION @extschema@.tip_footnotes(text) IS
	'Footnotes of a report text with the paragraph carrying each mark';

-- ==== sql/install/20_entities.sql

-- ---------------------------------------------------------------------
-- Entities: mentions of countries, organizations, programmes, URLs,
-- document symbols, resolutions, dates and figures; reference tables
-- ---------------------------------------------------------------------

CREATE TYPE @extschema@.tip_mention AS (
	paragraph integer,
	footnote text,
	kind text,
	surface text,
	value text,
	unit text,
	start_offset integer,
	end_offset integer,
	date_start date,
	date_end date,
	date_precision text,
	number double precision,
	ord integer,
	enclosing integer
);

COMMENT ON TYPE @extschema@.tip_mention IS 'One mention of an entity, reference, date or figure in a report, normalized so that it joins';
COMMENT ON COLUMN @extschema@.tip_mention.paragraph IS 'Number of the paragraph it is in; NULL outside numbered paragraphs (headings, footnotes)';
COMMENT ON COLUMN @extschema@.tip_mention.footnote IS 'Mark of the footnote it is in; NULL outside footnotes';
COMMENT ON COLUMN @extschema@.tip_mention.kind IS 'country, organization, programme, document, resolution, date, money, quantity or url';
COMMENT ON COLUMN @extschema@.tip_mention.surface IS 'The text as written: substr of the input from start_offset to end_offset';
COMMENT ON COLUMN @extschema@.tip_mention.value IS 'Normalized value: ISO 3166-1 alpha-3 (country), acronym or full name (organization, programme), canonical symbol (document), GA 71/167 (resolution), ISO date or range (date), a number (money, quantity), the address (url)';
COMMENT ON COLUMN @extschema@.tip_mention.unit IS 'Currency or counted noun for money and quantities; NULL otherwise';
COMMENT ON COLUMN @extschema@.tip_mention.start_offset IS 'Byte offset of the first byte in the input (UTF-8 bytes)';
COMMENT ON COLUMN @extschema@.tip_mention.end_offset IS 'Byte offset just after the last byte in the input';
COMMENT ON COLUMN @extschema@.tip_mention.date_start IS 'First day a date mention covers';
COMMENT ON COLUMN @extschema@.tip_mention.date_end IS 'Last day a date mention covers';
COMMENT ON COLUMN @extschema@.tip_mention.date_precision IS 'day, month, quarter, half or year; NULL for other kinds';
COMMENT ON COLUMN @extschema@.tip_mention.number IS 'Amount of money or quantity; NULL for other kinds';
COMMENT ON COLUMN @extschema@.tip_mention.ord IS 'Order of the mention in the report, from 1 (headings, then paragraphs, then footnotes)';
COMMENT ON COLUMN @extschema@.tip_mention.enclosing IS 'ord of the mention this one lies inside (an organization named within a longer name); NULL if none';

CREATE FUNCTION @extschema@.tip_mentions(doc text)
RETURNS SETOF @extschema@.tip_mention
AS 'MODULE_PATHNAME', 'tip_mentions'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 300;

COMMENT ON FUNCTION @extschema@.tip_mentions(text) IS
	'Every mention in a report text: countries, organizations, programmes, URLs, documents, resolutions, dates, money and quantities';

-- The reference data compiled into the module, as rows.  The tables below
-- are filled from them, so the module and the tables hold the same list.

CREATE FUNCTION @extschema@.tip_gazetteer_countries(
	OUT alpha2 text, OUT alpha3 text, OUT m49 text, OUT un_name text,
	OUT common_name text, OUT region text, OUT subregion text,
	OUT aliases text[], OUT demonyms text[])
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'tip_gazetteer_countries'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 249;

COMMENT ON FUNCTION @extschema@.tip_gazetteer_countries() IS
	'Countries known to the mention extractor (ISO 3166-1 with UN names, M49 regions, aliases, demonyms)';

CREATE FUNCTION @extschema@.tip_gazetteer_organizations(
	OUT acronym text, OUT full_name text, OUT kind text,
	OUT aliases text[], OUT standard boolean)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'tip_gazetteer_organizations'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 160;

COMMENT ON FUNCTION @extschema@.tip_gazetteer_organizations() IS
	'Organizations and programmes known to the mention extractor';

CREATE TABLE @extschema@.tip_countries (
	alpha2 text PRIMARY KEY,
	alpha3 text NOT NULL UNIQUE,
	m49 text NOT NULL UNIQUE,
	un_name text NOT NULL,
	common_name text NOT NULL,
	region text,
	subregion text,
	aliases text[] NOT NULL,
	demonyms text[] NOT NULL
);

COMMENT ON TABLE @extschema@.tip_countries IS 'ISO 3166-1 countries and territories as UN reports name them; tip_mention.value of a country is alpha3';
COMMENT ON COLUMN @extschema@.tip_countries.alpha2 IS 'ISO 3166-1 alpha-2 code';
COMMENT ON COLUMN @extschema@.tip_countries.alpha3 IS 'ISO 3166-1 alpha-3 code';
COMMENT ON COLUMN @extschema@.tip_countries.m49 IS 'UN M49 numeric code, three digits with leading zeros';
COMMENT ON COLUMN @extschema@.tip_countries.un_name IS 'Short name as the United Nations writes it, e.g. Bolivia (Plurinational State of)';
COMMENT ON COLUMN @extschema@.tip_countries.common_name IS 'Everyday English name, e.g. Bolivia';
COMMENT ON COLUMN @extschema@.tip_countries.region IS 'M49 region (Africa, Americas, Asia, Europe, Oceania); NULL for Antarctica';
COMMENT ON COLUMN @extschema@.tip_countries.subregion IS 'M49 sub-region, e.g. Western Africa; NULL for Antarctica';
COMMENT ON COLUMN @extschema@.tip_countries.aliases IS 'Other names: with "the", former, official and accent-less forms';
COMMENT ON COLUMN @extschema@.tip_countries.demonyms IS 'Adjectives that stand for the State: Ethiopian, Dutch';

INSERT INTO @extschema@.tip_countries
SELECT alpha2, alpha3, m49, un_name, common_name, region, subregion, aliases, demonyms
FROM @extschema@.tip_gazetteer_countries();

CREATE TABLE @extschema@.tip_organizations (
	acronym text PRIMARY KEY,
	full_name text NOT NULL,
	kind text NOT NULL CHECK (kind IN ('un_entity', 'intergovernmental', 'regional', 'ngo', 'programme')),
	aliases text[] NOT NULL,
	standard boolean NOT NULL
);

COMMENT ON TABLE @extschema@.tip_organizations IS 'Organizations, programmes and tools the mention extractor knows; tip_mention.value of an organization is acronym or full_name';
COMMENT ON COLUMN @extschema@.tip_organizations.acronym IS 'Acronym or short name the reports use (UNODC, GLO.ACT, Bali Process); the full name when there is none';
COMMENT ON COLUMN @extschema@.tip_organizations.full_name IS 'Full name';
COMMENT ON COLUMN @extschema@.tip_organizations.kind IS 'un_entity, intergovernmental, regional, ngo or programme (initiatives, funds, tools, databases, campaigns)';
COMMENT ON COLUMN @extschema@.tip_organizations.aliases IS 'Other names and spellings seen in reports';
COMMENT ON COLUMN @extschema@.tip_organizations.standard IS 'True when the acronym is the value even where a report writes only the full name; otherwise the acronym is the value only in reports that use it, and the full name elsewhere';

INSERT INTO @extschema@.tip_organizations
SELECT acronym, full_name, kind, aliases, standard
FROM @extschema@.tip_gazetteer_organizations();

-- ==== sql/install/21_references.sql
-- ---------------------------------------------------------------------
-- References to resolutions and UN documents
-- ---------------------------------------------------------------------

CREATE TYPE @extschema@.tip_reference AS (
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

COMMENT ON TYPE @extschema@.tip_reference IS
	'A reference a report makes to a resolution or to another UN document';
COMMENT ON COLUMN @extschema@.tip_reference.paragraph IS
	'Number of the paragraph holding the reference; NULL in headings and footnotes';
COMMENT ON COLUMN @extschema@.tip_reference.footnote IS
	'Mark of the footnote holding the reference; NULL outside footnotes';
COMMENT ON COLUMN @extschema@.tip_reference.kind IS
	'resolution (cited by number) or document (cited by symbol)';
COMMENT ON COLUMN @extschema@.tip_reference.body IS
	'Body that adopted the resolution: GA, SC, ECOSOC, CCPCJ, COP or HRC; NULL when the text does not decide it';
COMMENT ON COLUMN @extschema@.tip_reference.number IS
	'Number of the resolution as UN documents write it: 71/167, 2331 (2016), 2013/41';
COMMENT ON COLUMN @extschema@.tip_reference.year IS
	'Year the number or symbol carries (2016 of 2331 (2016)); NULL for session numbers';
COMMENT ON COLUMN @extschema@.tip_reference.symbol IS
	'Canonical UN symbol: A/RES/71/167, S/RES/2331(2016), E/CN.15/2012/16; NULL for resolutions without one';
COMMENT ON COLUMN @extschema@.tip_reference.surface IS
	'The reference as the input writes it';
COMMENT ON COLUMN @extschema@.tip_reference.start_offset IS
	'Byte offset of the reference in the input';
COMMENT ON COLUMN @extschema@.tip_reference.end_offset IS
	'Byte offset just after the reference in the input';

CREATE FUNCTION @extschema@.tip_references(doc text)
RETURNS SETOF @extschema@.tip_reference
AS 'MODULE_PATHNAME', 'tip_references'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;

COMMENT ON FUNCTION @extschema@.tip_references(text) IS
	'References of a report text to resolutions (with the adopting body) and to UN documents by symbol';

-- ==== sql/install/30_events.sql

-- ---------------------------------------------------------------------
-- Events: States parties, sessions and meetings, UNODC activities
-- ---------------------------------------------------------------------

CREATE TYPE @extschema@.tip_party_event AS (
	kind text,
	count integer,
	iso3 text,
	country text,
	year integer,
	since text,
	instrument text,
	paragraph integer,
	start_offset integer,
	end_offset integer
);

COMMENT ON TYPE @extschema@.tip_party_event IS 'A statement of a report about States parties: a total, a new party, or a count of ratifications';
COMMENT ON COLUMN @extschema@.tip_party_event.kind IS 'total (has a total of 182 parties), new_party (a State that became party), ratification_count (attracted five additional ratifications)';
COMMENT ON COLUMN @extschema@.tip_party_event.count IS 'The number for totals and counts; NULL for new parties';
COMMENT ON COLUMN @extschema@.tip_party_event.iso3 IS 'ISO 3166-1 alpha-3 code of the new party';
COMMENT ON COLUMN @extschema@.tip_party_event.country IS 'The new party as written, without a leading "the"';
COMMENT ON COLUMN @extschema@.tip_party_event.year IS 'Year the State became party, or of the count, where the text gives it';
COMMENT ON COLUMN @extschema@.tip_party_event.since IS 'The period the text names, e.g. the eighth session of the Conference of the Parties, in 2016';
COMMENT ON COLUMN @extschema@.tip_party_event.instrument IS 'protocol (the Trafficking in Persons Protocol) or convention (the Organized Crime Convention)';
COMMENT ON COLUMN @extschema@.tip_party_event.paragraph IS 'Number of the paragraph stating it';
COMMENT ON COLUMN @extschema@.tip_party_event.start_offset IS 'Byte offset in the input where the statement (or the State''s name) starts';
COMMENT ON COLUMN @extschema@.tip_party_event.end_offset IS 'Byte offset in the input where it ends';

CREATE TYPE @extschema@.tip_session_ref AS (
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
	end_offset integer,
	ord integer
);

COMMENT ON TYPE @extschema@.tip_session_ref IS 'A session or meeting of an intergovernmental or inter-agency body: the report''s own session, or one the text names';
COMMENT ON COLUMN @extschema@.tip_session_ref.body IS 'COP, CCPCJ, GA, HRC, SC, ECOSOC, WG-TIP (Working Group on Trafficking in Persons), ICAT';
COMMENT ON COLUMN @extschema@.tip_session_ref.kind IS 'session, meeting, high-level meeting or dialogue, as worded';
COMMENT ON COLUMN @extschema@.tip_session_ref.number IS 'Number of the session or meeting in its body''s series (twenty-seventh session = 27)';
COMMENT ON COLUMN @extschema@.tip_session_ref.venue IS 'City where it was held, as written';
COMMENT ON COLUMN @extschema@.tip_session_ref.date_start IS 'First day (first of the month or year when the text is less precise)';
COMMENT ON COLUMN @extschema@.tip_session_ref.date_end IS 'Last day, where the text gives a range';
COMMENT ON COLUMN @extschema@.tip_session_ref.participants IS 'Number of participants the text states';
COMMENT ON COLUMN @extschema@.tip_session_ref.countries IS 'Number of countries the participants came from';
COMMENT ON COLUMN @extschema@.tip_session_ref.paragraph IS 'Number of the paragraph naming it; NULL for the masthead';
COMMENT ON COLUMN @extschema@.tip_session_ref.is_report_session IS 'True for the session the report is prepared for';
COMMENT ON COLUMN @extschema@.tip_session_ref.start_offset IS 'Byte offset in the input of the word session or meeting (0 for the masthead)';
COMMENT ON COLUMN @extschema@.tip_session_ref.end_offset IS 'Byte offset in the input where that word ends';
COMMENT ON COLUMN @extschema@.tip_session_ref.ord IS 'Order of the row in the report, from 1';

CREATE TYPE @extschema@.tip_activity AS (
	paragraph integer,
	ord integer,
	kind text,
	theme text,
	date_start date,
	date_end date,
	date_precision text,
	place text,
	countries text[],
	organizations text[],
	participants integer,
	sentence text,
	start_offset integer,
	end_offset integer,
	seq integer
);

COMMENT ON TYPE @extschema@.tip_activity IS 'An activity of UNODC a sentence reports: one row per sentence and kind';
COMMENT ON COLUMN @extschema@.tip_activity.paragraph IS 'Number of the paragraph';
COMMENT ON COLUMN @extschema@.tip_activity.ord IS 'Order of the activity within the paragraph, from 1';
COMMENT ON COLUMN @extschema@.tip_activity.kind IS 'workshop, training, meeting, conference, study visit, assessment or mission, legislative assistance, publication, tool or database, campaign, grant or funding, partnership or agreement, operation, other';
COMMENT ON COLUMN @extschema@.tip_activity.theme IS 'Theme from the heading the paragraph stands under: intergovernmental support, inter-agency cooperation, knowledge and tools, legislative assistance, criminal justice, international cooperation, data and research, prevention and awareness, victim protection, conclusions; NULL where none fits';
COMMENT ON COLUMN @extschema@.tip_activity.date_start IS 'When the activity took place or started (first day of the month, quarter, half or year when the text is less precise)';
COMMENT ON COLUMN @extschema@.tip_activity.date_end IS 'Last day of the date or range the text gives';
COMMENT ON COLUMN @extschema@.tip_activity.date_precision IS 'day, month, quarter, half or year';
COMMENT ON COLUMN @extschema@.tip_activity.place IS 'City or place as written after "held in"';
COMMENT ON COLUMN @extschema@.tip_activity.countries IS 'ISO 3166-1 alpha-3 codes of the States where it took place or that took part or benefited';
COMMENT ON COLUMN @extschema@.tip_activity.organizations IS 'Canonical acronyms of the partner organizations named in the sentence';
COMMENT ON COLUMN @extschema@.tip_activity.participants IS 'Number of participants the sentence states';
COMMENT ON COLUMN @extschema@.tip_activity.sentence IS 'The sentence, clean text without footnote marks';
COMMENT ON COLUMN @extschema@.tip_activity.start_offset IS 'Byte offset in the input where the sentence starts';
COMMENT ON COLUMN @extschema@.tip_activity.end_offset IS 'Byte offset in the input where the sentence ends';
COMMENT ON COLUMN @extschema@.tip_activity.seq IS 'Order of the activity in the report, from 1';

CREATE FUNCTION @extschema@.tip_parties(doc text)
RETURNS SETOF @extschema@.tip_party_event
AS 'MODULE_PATHNAME', 'tip_parties'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 8;

COMMENT ON FUNCTION @extschema@.tip_parties(text) IS
	'Statements of a report text about States parties: totals, new parties with their year, counts of ratifications';

CREATE FUNCTION @extschema@.tip_sessions(doc text)
RETURNS SETOF @extschema@.tip_session_ref
AS 'MODULE_PATHNAME', 'tip_sessions'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;

COMMENT ON FUNCTION @extschema@.tip_sessions(text) IS
	'The session a report text is for and the numbered sessions, meetings and dialogues it names';

CREATE FUNCTION @extschema@.tip_activities(doc text)
RETURNS SETOF @extschema@.tip_activity
AS 'MODULE_PATHNAME', 'tip_activities'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;

COMMENT ON FUNCTION @extschema@.tip_activities(text) IS
	'UNODC activities a report text reports, one row per sentence and kind, with theme, date, place, countries and partners';

-- ==== sql/install/40_rank.sql

-- ---------------------------------------------------------------------
-- Ranking of tip_search() and the index keys that find the best
-- paragraphs of a query without ranking every paragraph that matches it
-- (src/sql_rank.c)
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.tip_rank(tsv tsvector, query tsquery)
RETURNS real
AS 'MODULE_PATHNAME', 'tip_rank'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.tip_rank(tsvector, tsquery) IS
	'Rank of tip_search(): for each word of the query outside a NOT, ts_rank''s score of that word alone (the i-th occurrence counts its weight, heading A 1.0, body B 0.4, divided by i squared), averaged over the words; equal to ts_rank for one word and for words joined by OR';

CREATE FUNCTION @extschema@.tip_rank_keys(tsv tsvector)
RETURNS integer[]
AS 'MODULE_PATHNAME', 'tip_rank_keys'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.tip_rank_keys(tsvector) IS
	'Index keys of a vector: hash of the word and level floor(100 * score) of each word scoring 0.25 or more (in the heading, or more than once in the body)';

CREATE FUNCTION @extschema@.tip_rank_query_keys(query tsquery, min_level integer, max_level integer)
RETURNS integer[]
AS 'MODULE_PATHNAME', 'tip_rank_query_keys'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.tip_rank_query_keys(tsquery, integer, integer) IS
	'The index keys of the levels min_level to max_level of each word of the query outside a NOT; NULL when the keys cannot bound the rank (prefix or weighted words, more than 1000 words, a level below 25)';

CREATE FUNCTION @extschema@.tip_rank_index_query(query tsquery)
RETURNS tsquery
AS 'MODULE_PATHNAME', 'tip_rank_index_query'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.tip_rank_index_query(tsquery) IS
	'A query that every paragraph matching the given one matches and that the index answers without rechecking rows: NOT dropped, phrases as AND; NULL when nothing restricts';

-- ==== sql/install/40_search_config.sql

-- ---------------------------------------------------------------------
-- Text search configuration tip_english (used by tip_paragraphs.tsv and
-- tip_search): PostgreSQL's english with a dictionary of its own for the
-- default parser's `file` tokens (UN symbols, resolution numbers, word/word)
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.tip_symbol_init(internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'tip_symbol_init'
LANGUAGE C STRICT;

COMMENT ON FUNCTION @extschema@.tip_symbol_init(internal) IS
	'Initialization of the tip_symbol text search dictionary';

CREATE FUNCTION @extschema@.tip_symbol_lexize(internal, internal, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'tip_symbol_lexize'
LANGUAGE C STRICT;

COMMENT ON FUNCTION @extschema@.tip_symbol_lexize(internal, internal, internal, internal) IS
	'Lexize function of the tip_symbol text search dictionary';

CREATE TEXT SEARCH TEMPLATE @extschema@.tip_symbol_template (
	INIT = @extschema@.tip_symbol_init,
	LEXIZE = @extschema@.tip_symbol_lexize
);

COMMENT ON TEXT SEARCH TEMPLATE @extschema@.tip_symbol_template IS
	'Template of the tip_symbol dictionary';

CREATE TEXT SEARCH DICTIONARY @extschema@.tip_symbol (
	TEMPLATE = @extschema@.tip_symbol_template
);

COMMENT ON TEXT SEARCH DICTIONARY @extschema@.tip_symbol IS
	'Keeps UN document symbols and resolution numbers whole (CTOC/COP/WG.4/2017/2, 64/293); also indexes the parts of joint symbols and the stems of slash-joined words';

CREATE TEXT SEARCH CONFIGURATION @extschema@.tip_english (COPY = pg_catalog.english);

ALTER TEXT SEARCH CONFIGURATION @extschema@.tip_english
	ALTER MAPPING FOR file WITH @extschema@.tip_symbol;

COMMENT ON TEXT SEARCH CONFIGURATION @extschema@.tip_english IS
	'English text search for UN reports: english, with UN symbols and resolution numbers kept whole';

-- Stemming is most of the cost of to_tsvector, and so of the stored tsv of
-- every loaded paragraph; tip_english_stem returns english_stem's lexemes
-- from a per-backend table of the words already seen (src/sql_stem_cache.c).
CREATE FUNCTION @extschema@.tip_stem_cache_init(internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'tip_stem_cache_init'
LANGUAGE C STRICT;

COMMENT ON FUNCTION @extschema@.tip_stem_cache_init(internal) IS
	'Initialization of the tip_english_stem text search dictionary';

CREATE FUNCTION @extschema@.tip_stem_cache_lexize(internal, internal, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'tip_stem_cache_lexize'
LANGUAGE C STRICT;

COMMENT ON FUNCTION @extschema@.tip_stem_cache_lexize(internal, internal, internal, internal) IS
	'Lexize function of the tip_english_stem text search dictionary';

CREATE TEXT SEARCH TEMPLATE @extschema@.tip_stem_cache_template (
	INIT = @extschema@.tip_stem_cache_init,
	LEXIZE = @extschema@.tip_stem_cache_lexize
);

COMMENT ON TEXT SEARCH TEMPLATE @extschema@.tip_stem_cache_template IS
	'Template of dictionaries that remember the results of another single-word dictionary';

CREATE TEXT SEARCH DICTIONARY @extschema@.tip_english_stem (
	TEMPLATE = @extschema@.tip_stem_cache_template,
	dictionary = 'pg_catalog.english_stem'
);

COMMENT ON TEXT SEARCH DICTIONARY @extschema@.tip_english_stem IS
	'english_stem with the lexemes of each word remembered per backend: the same lexemes, computed once';

ALTER TEXT SEARCH CONFIGURATION @extschema@.tip_english
	ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
	WITH @extschema@.tip_english_stem;

-- ==== sql/install/40_tables.sql

-- ---------------------------------------------------------------------
-- The corpus: tables that hold loaded reports
--
-- Every table carrying report data has report_id first in its primary key
-- and a foreign key to tip_reports ON DELETE CASCADE.  Data tables are
-- registered with pg_extension_config_dump so that pg_dump keeps their rows.
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.tip_body_code(body text)
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

COMMENT ON FUNCTION @extschema@.tip_body_code(text) IS
	'Short code of an issuing body as the session layers write it (COP, CCPCJ, WG-TIP, GA, HRC, ECOSOC, SC); other names unchanged';

CREATE SEQUENCE @extschema@.tip_reports_report_id_seq AS bigint;

COMMENT ON SEQUENCE @extschema@.tip_reports_report_id_seq IS 'Source of tip_reports.report_id';

CREATE TABLE @extschema@.tip_reports (
	report_id bigint NOT NULL DEFAULT nextval('@extschema@.tip_reports_report_id_seq'::regclass) PRIMARY KEY,
	sha256 bytea NOT NULL UNIQUE CHECK (length(sha256) = 32),
	source text,
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
	year integer GENERATED ALWAYS AS (COALESCE(
		pg_catalog.date_part('year', COALESCE(session_start, distributed))::integer,
		pg_catalog.substring(symbol, '/((?:19|20)[0-9]{2})/')::integer)) STORED,
	-- lz4, not the default pglz: compressing every text with pglz took 2% of a load
	raw_text text COMPRESSION lz4 NOT NULL
);

ALTER SEQUENCE @extschema@.tip_reports_report_id_seq OWNED BY @extschema@.tip_reports.report_id;

COMMENT ON TABLE @extschema@.tip_reports IS
	'One row per loaded report: identity, metadata from the masthead and the text as loaded';
COMMENT ON COLUMN @extschema@.tip_reports.report_id IS 'Identifier of the report in this database';
COMMENT ON COLUMN @extschema@.tip_reports.sha256 IS 'SHA-256 of the normalized text (see tip_text_sha256): the same text loads once';
COMMENT ON COLUMN @extschema@.tip_reports.source IS 'Where the text came from (file name, URL), as the loader was told';
COMMENT ON COLUMN @extschema@.tip_reports.loaded_at IS 'When the report was loaded';
COMMENT ON COLUMN @extschema@.tip_reports.parser_version IS 'Extension version whose parser produced the derived rows';
COMMENT ON COLUMN @extschema@.tip_reports.forced IS 'Loaded with force although the text did not look like a report';
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
COMMENT ON COLUMN @extschema@.tip_reports.year IS 'Year of the report: of its session, else of its distribution, else the year in its symbol';
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
	USING gin ((@extschema@.tip_rank_keys(tsv)), tsv);

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
	iso3 text,
	country text,
	year integer,
	since text,
	instrument text,
	paragraph integer,
	start_offset integer NOT NULL,
	end_offset integer NOT NULL,
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
	countries text[],
	organizations text[],
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
COMMENT ON COLUMN @extschema@.tip_activities.countries IS 'ISO3 codes of where it happened and who took part (also in tip_activity_countries)';
COMMENT ON COLUMN @extschema@.tip_activities.organizations IS 'Partner organizations (acronyms)';
COMMENT ON COLUMN @extschema@.tip_activities.participants IS 'Number of participants the text gives';
COMMENT ON COLUMN @extschema@.tip_activities.sentence IS 'The sentence reporting it';
COMMENT ON COLUMN @extschema@.tip_activities.start_offset IS 'Byte offset of the sentence in tip_reports.raw_text';
COMMENT ON COLUMN @extschema@.tip_activities.end_offset IS 'Byte offset just after the sentence';

CREATE TABLE @extschema@.tip_activity_countries (
	report_id bigint NOT NULL REFERENCES @extschema@.tip_reports ON DELETE CASCADE,
	activity_seq integer NOT NULL,
	iso3 text NOT NULL,
	PRIMARY KEY (report_id, activity_seq, iso3),
	FOREIGN KEY (report_id, activity_seq) REFERENCES @extschema@.tip_activities (report_id, seq) ON DELETE CASCADE
);

CREATE INDEX tip_activity_countries_iso3_idx ON @extschema@.tip_activity_countries (iso3);

COMMENT ON TABLE @extschema@.tip_activity_countries IS 'Countries of each activity, one row per activity and country (tip_activities.countries without arrays)';
COMMENT ON COLUMN @extschema@.tip_activity_countries.report_id IS 'Report (tip_reports)';
COMMENT ON COLUMN @extschema@.tip_activity_countries.activity_seq IS 'Activity (tip_activities.seq)';
COMMENT ON COLUMN @extschema@.tip_activity_countries.iso3 IS 'ISO 3166-1 alpha-3 code';

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

-- ---------------------------------------------------------------------
-- Everything one parse gives the loader
-- ---------------------------------------------------------------------

CREATE TYPE @extschema@.tip_document AS (
	report @extschema@.tip_report,
	missing text[],
	sections @extschema@.tip_section[],
	paragraphs @extschema@.tip_paragraph[],
	footnotes @extschema@.tip_footnote[],
	mentions @extschema@.tip_mentions[],
	cross_references @extschema@.tip_references[],
	party_events @extschema@.tip_party_events[],
	session_refs @extschema@.tip_session_refs[],
	activities @extschema@.tip_activities[]
);

COMMENT ON TYPE @extschema@.tip_document IS
	'Every layer of one report from a single parse (tip_parse_document); rows of table types carry report_id NULL';
COMMENT ON COLUMN @extschema@.tip_document.report IS 'Masthead metadata and counts';
COMMENT ON COLUMN @extschema@.tip_document.missing IS 'What the text lacks to be a report of the family (numbered paragraphs, a masthead); empty for a report';
COMMENT ON COLUMN @extschema@.tip_document.sections IS 'Heading tree';
COMMENT ON COLUMN @extschema@.tip_document.paragraphs IS 'Numbered paragraphs';
COMMENT ON COLUMN @extschema@.tip_document.footnotes IS 'Footnotes';
COMMENT ON COLUMN @extschema@.tip_document.mentions IS 'Entity mentions';
COMMENT ON COLUMN @extschema@.tip_document.cross_references IS 'References to resolutions and documents';
COMMENT ON COLUMN @extschema@.tip_document.party_events IS 'States parties: totals, new parties, ratification counts';
COMMENT ON COLUMN @extschema@.tip_document.session_refs IS 'Sessions and meetings named';
COMMENT ON COLUMN @extschema@.tip_document.activities IS 'UNODC activities';

CREATE FUNCTION @extschema@.tip_parse_document(doc text)
RETURNS @extschema@.tip_document
AS 'MODULE_PATHNAME', 'tip_parse_document'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.tip_parse_document(text) IS
	'All layers of a report text from one parse: metadata, sections, paragraphs, footnotes, mentions, references, party events, sessions, activities';

CREATE FUNCTION @extschema@.tip_text_sha256(doc text)
RETURNS bytea
AS 'MODULE_PATHNAME', 'tip_text_sha256'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.tip_text_sha256(text) IS
	'SHA-256 of the normalized text that identifies a report: leading byte order mark dropped, CRLF and CR made LF, spaces and tabs at line ends and blank lines at the end dropped';

-- ==== sql/install/45_load.sql

-- ---------------------------------------------------------------------
-- Loading: one parse per report, everything in the caller's transaction
-- ---------------------------------------------------------------------

-- The derived rows of one report: one set-based INSERT per table.
--
-- PL/pgSQL rather than a SQL function: its statements are planned once per
-- session, where a SQL function parses and plans its body on every call.
--
-- enable_seqscan is off for the loading functions because of the plans
-- PostgreSQL caches for the rest of a session: the foreign key checks run
-- for every inserted row, and the lookups by sha256 or report_id, are
-- planned once, and a plan made while the tables were still empty (the
-- first reports loaded into a new database) scans the whole table.  Each
-- check then reads every row loaded so far and a batch load becomes
-- quadratic (measured: twice the time of the whole load for 500 reports).
-- Every statement here has an index to use; none needs a sequential scan.
CREATE FUNCTION @extschema@.tip_store_rows(rid bigint, d @extschema@.tip_document)
RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
BEGIN
	INSERT INTO @extschema@.tip_sections (report_id, ord, parent_ord, depth, kind, label, path, title,
		first_paragraph, last_paragraph, start_offset, end_offset)
	SELECT rid, s.ord, s.parent_ord, s.depth, s.kind, s.label, s.path, s.title,
		s.first_paragraph, s.last_paragraph, s.start_offset, s.end_offset
	FROM pg_catalog.unnest(d.sections) AS s;

	INSERT INTO @extschema@.tip_paragraphs (report_id, number, section_ord, section_path, heading, body,
		footnote_marks, start_offset, end_offset)
	SELECT rid, p.number, p.section_ord, p.section_path, p.heading, p.body,
		p.footnote_marks, p.start_offset, p.end_offset
	FROM pg_catalog.unnest(d.paragraphs) AS p;

	INSERT INTO @extschema@.tip_footnotes (report_id, ord, mark, body, paragraph, start_offset, end_offset)
	SELECT rid, f.ord, f.mark, f.body, f.paragraph, f.start_offset, f.end_offset
	FROM pg_catalog.unnest(d.footnotes) WITH ORDINALITY AS f(mark, body, paragraph, start_offset, end_offset, ord);

	INSERT INTO @extschema@.tip_mentions (report_id, ord, kind, paragraph, footnote, section_ord, surface,
		value, unit, amount, date_start, date_end, date_precision, enclosing_ord, start_offset, end_offset)
	SELECT rid, m.ord, m.kind, m.paragraph, m.footnote, m.section_ord, m.surface,
		m.value, m.unit, m.amount, m.date_start, m.date_end, m.date_precision, m.enclosing_ord,
		m.start_offset, m.end_offset
	FROM pg_catalog.unnest(d.mentions) AS m;

	INSERT INTO @extschema@.tip_references (report_id, ord, mention_ord, paragraph, footnote, kind, body, number,
		year, symbol, surface, start_offset, end_offset)
	SELECT rid, x.ord, x.mention_ord, x.paragraph, x.footnote, x.kind, x.body, x.number,
		x.year, x.symbol, x.surface, x.start_offset, x.end_offset
	FROM pg_catalog.unnest(d.cross_references) AS x;

	INSERT INTO @extschema@.tip_party_events (report_id, ord, kind, count, iso3, country, year, since,
		instrument, paragraph, start_offset, end_offset)
	SELECT rid, e.ord, e.kind, e.count, e.iso3, e.country, e.year, e.since,
		e.instrument, e.paragraph, e.start_offset, e.end_offset
	FROM pg_catalog.unnest(d.party_events) AS e;

	INSERT INTO @extschema@.tip_session_refs (report_id, ord, body, kind, number, venue, date_start, date_end,
		participants, countries, paragraph, is_report_session, start_offset, end_offset)
	SELECT rid, r.ord, r.body, r.kind, r.number, r.venue, r.date_start, r.date_end,
		r.participants, r.countries, r.paragraph, r.is_report_session, r.start_offset, r.end_offset
	FROM pg_catalog.unnest(d.session_refs) AS r;

	INSERT INTO @extschema@.tip_activities (report_id, seq, paragraph, ord, kind, theme,
		date_start, date_end, date_precision, place, countries, organizations, participants,
		sentence, start_offset, end_offset)
	SELECT rid, a.seq, a.paragraph, a.ord, a.kind, a.theme,
		a.date_start, a.date_end, a.date_precision, a.place, a.countries, a.organizations, a.participants,
		a.sentence, a.start_offset, a.end_offset
	FROM pg_catalog.unnest(d.activities) AS a;

	INSERT INTO @extschema@.tip_activity_countries (report_id, activity_seq, iso3)
	SELECT DISTINCT rid, a.seq, c.iso3
	FROM pg_catalog.unnest(d.activities) AS a,
		pg_catalog.unnest(a.countries) AS c(iso3)
	WHERE c.iso3 IS NOT NULL;
END
$$;

COMMENT ON FUNCTION @extschema@.tip_store_rows(bigint, @extschema@.tip_document) IS
	'Inserts the derived rows of a parsed report under report_id rid (used by tip_load_report and tip_reparse_all)';

CREATE FUNCTION @extschema@.tip_load_report(doc text, source text DEFAULT NULL, force boolean DEFAULT false)
RETURNS bigint
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off -- see tip_store_rows
AS $$
DECLARE
	h bytea := @extschema@.tip_text_sha256(doc);
	rid bigint;
	d @extschema@.tip_document;
	ver text;
BEGIN
	IF doc IS NULL THEN
		RETURN NULL;
	END IF;
	-- the same text again: its id, nothing parsed or written
	SELECT r.report_id INTO rid FROM @extschema@.tip_reports AS r WHERE r.sha256 OPERATOR(pg_catalog.=) h;
	IF FOUND THEN
		RETURN rid;
	END IF;

	d := @extschema@.tip_parse_document(doc);
	IF pg_catalog.cardinality(d.missing) OPERATOR(pg_catalog.>) 0 AND NOT coalesce(force, false) THEN
		RAISE EXCEPTION USING
			ERRCODE = 'TR001',
			MESSAGE = CASE WHEN source IS NULL THEN 'text is not a report of the tip_reports family'
					  ELSE pg_catalog.format('text "%s" is not a report of the tip_reports family', source) END,
			DETAIL = pg_catalog.format('No %s found.', pg_catalog.array_to_string(d.missing, ' and no ')),
			HINT = 'Check that the text is a whole report; tip_load_report(doc, source, force => true) loads it anyway.';
	END IF;

	SELECT e.extversion INTO ver FROM pg_catalog.pg_extension AS e
	WHERE e.extname OPERATOR(pg_catalog.=) 'tip_reports';

	INSERT INTO @extschema@.tip_reports AS t (sha256, source, parser_version, forced, symbol, job_number,
		body, parent_body, session_body, session_number, session_title, venue, session_start, session_end,
		distributed, original_language, agenda_item, agenda_symbol, agenda_title, title, report_type,
		summary, paragraph_count, footnote_count, rendering, warnings, raw_text)
	SELECT h, source, ver, pg_catalog.cardinality(d.missing) OPERATOR(pg_catalog.>) 0, m.symbol, m.job_number,
		m.body, m.parent_body,
		CASE WHEN m.session_number IS NOT NULL THEN @extschema@.tip_body_code(m.body) END,
		CASE WHEN m.body IS NOT NULL THEN m.session_number END,
		m.session_title, m.venue, m.session_start, m.session_end,
		m.distributed, m.original_language, m.agenda_item, m.agenda_symbol, m.agenda_title, m.title,
		m.report_type, m.summary, m.paragraph_count, m.footnote_count, m.rendering, m.warnings, doc
	FROM (SELECT (d.report).*) AS m
	ON CONFLICT (sha256) DO NOTHING
	RETURNING t.report_id INTO rid;

	IF rid IS NULL THEN
		-- another session loaded the same text first and has committed
		SELECT r.report_id INTO STRICT rid FROM @extschema@.tip_reports AS r
		WHERE r.sha256 OPERATOR(pg_catalog.=) h;
		RETURN rid;
	END IF;

	PERFORM @extschema@.tip_store_rows(rid, d);
	RETURN rid;
END
$$;

COMMENT ON FUNCTION @extschema@.tip_load_report(text, text, boolean) IS
	'Parses a report text once and stores it with all its layers; returns its report_id.  The same (normalized) text again returns the existing id and changes nothing.  A text that is not a report raises SQLSTATE TR001 unless force is true';

CREATE FUNCTION @extschema@.tip_delete_report(report_id bigint)
RETURNS boolean
LANGUAGE sql VOLATILE STRICT PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off -- see tip_store_rows
BEGIN ATOMIC
	WITH gone AS (
		DELETE FROM @extschema@.tip_reports AS r
		WHERE r.report_id OPERATOR(pg_catalog.=) tip_delete_report.report_id
		RETURNING 1
	)
	SELECT pg_catalog.count(*) OPERATOR(pg_catalog.>) 0 FROM gone;
END;

COMMENT ON FUNCTION @extschema@.tip_delete_report(bigint) IS
	'Deletes a report and all its rows; true if it existed';

CREATE FUNCTION @extschema@.tip_reparse_all()
RETURNS integer
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off -- see tip_store_rows
AS $$
DECLARE
	r record;
	d @extschema@.tip_document;
	ver text;
	n integer := 0;
BEGIN
	SELECT e.extversion INTO ver FROM pg_catalog.pg_extension AS e
	WHERE e.extname OPERATOR(pg_catalog.=) 'tip_reports';

	FOR r IN SELECT t.report_id, t.raw_text FROM @extschema@.tip_reports AS t
			 ORDER BY t.report_id FOR UPDATE
	LOOP
		d := @extschema@.tip_parse_document(r.raw_text);
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
			symbol = (d.report).symbol, job_number = (d.report).job_number, body = (d.report).body,
			parent_body = (d.report).parent_body,
			session_body = CASE WHEN (d.report).session_number IS NOT NULL
							THEN @extschema@.tip_body_code((d.report).body) END,
			session_number = CASE WHEN (d.report).body IS NOT NULL THEN (d.report).session_number END,
			session_title = (d.report).session_title, venue = (d.report).venue,
			session_start = (d.report).session_start, session_end = (d.report).session_end,
			distributed = (d.report).distributed, original_language = (d.report).original_language,
			agenda_item = (d.report).agenda_item, agenda_symbol = (d.report).agenda_symbol,
			agenda_title = (d.report).agenda_title, title = (d.report).title,
			report_type = (d.report).report_type, summary = (d.report).summary,
			paragraph_count = (d.report).paragraph_count, footnote_count = (d.report).footnote_count,
			rendering = (d.report).rendering, warnings = (d.report).warnings
		WHERE t.report_id OPERATOR(pg_catalog.=) r.report_id;
		PERFORM @extschema@.tip_store_rows(r.report_id, d);
		n := n OPERATOR(pg_catalog.+) 1;
	END LOOP;
	RETURN n;
END
$$;

COMMENT ON FUNCTION @extschema@.tip_reparse_all() IS
	'Parses every stored report again and rebuilds its derived rows and metadata (after an upgrade improves the parser); returns the number of reports';

-- ==== sql/install/50_views.sql

-- ---------------------------------------------------------------------
-- Views for BI tools: no arrays, one row per thing a chart shows
-- ---------------------------------------------------------------------

-- A view, not a table the loaders fill: a shared row that two loaders
-- insert would make each wait for the other's commit, and loaders holding
-- several reports in one transaction could deadlock.
CREATE VIEW @extschema@.tip_report_sessions AS
SELECT DISTINCT ON (c.body, c.number) c.body, c.number, c.kind, c.title, c.venue, c.date_start, c.date_end
FROM (
	SELECT r.session_body AS body, r.session_number AS number, 'session'::text AS kind,
		r.session_title AS title, r.venue, r.session_start AS date_start, r.session_end AS date_end,
		0 AS pri, r.report_id
	FROM @extschema@.tip_reports AS r
	WHERE r.session_body IS NOT NULL AND r.session_number IS NOT NULL
	UNION ALL
	SELECT x.body, x.number, x.kind, NULL::text, x.venue, x.date_start, x.date_end,
		CASE WHEN x.is_report_session THEN 1 ELSE 2 END, x.report_id
	FROM @extschema@.tip_session_refs AS x
	WHERE x.body IS NOT NULL AND x.number IS NOT NULL
) AS c
ORDER BY c.body, c.number, c.pri, c.venue IS NULL, c.date_start IS NULL, c.report_id;

COMMENT ON VIEW @extschema@.tip_report_sessions IS
	'Sessions and numbered meetings of the bodies, one row per body and number, shared by every report written for or naming them (a report''s masthead first, then what the texts say)';
COMMENT ON COLUMN @extschema@.tip_report_sessions.body IS 'Body code: COP, CCPCJ, WG-TIP, GA, HRC, ECOSOC, SC, or the name as written';
COMMENT ON COLUMN @extschema@.tip_report_sessions.number IS 'Session or meeting number (ninth session = 9)';
COMMENT ON COLUMN @extschema@.tip_report_sessions.kind IS 'session or meeting';
COMMENT ON COLUMN @extschema@.tip_report_sessions.title IS 'Session as a report masthead writes it, e.g. Ninth session';
COMMENT ON COLUMN @extschema@.tip_report_sessions.venue IS 'City where it was held';
COMMENT ON COLUMN @extschema@.tip_report_sessions.date_start IS 'First day';
COMMENT ON COLUMN @extschema@.tip_report_sessions.date_end IS 'Last day';

CREATE VIEW @extschema@.tip_report_overview AS
SELECT r.report_id, r.symbol, r.year, r.body, r.session_body, r.session_number, r.session_title,
	r.venue, r.session_start, r.session_end, r.title, r.report_type, r.rendering,
	r.paragraph_count, r.footnote_count,
	(SELECT pg_catalog.count(*) FROM @extschema@.tip_sections AS s
	 WHERE s.report_id OPERATOR(pg_catalog.=) r.report_id) AS section_count,
	(SELECT pg_catalog.count(*) FROM @extschema@.tip_mentions AS m
	 WHERE m.report_id OPERATOR(pg_catalog.=) r.report_id) AS mention_count,
	(SELECT pg_catalog.count(*) FROM @extschema@.tip_references AS x
	 WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id) AS reference_count,
	(SELECT pg_catalog.count(*) FROM @extschema@.tip_activities AS a
	 WHERE a.report_id OPERATOR(pg_catalog.=) r.report_id) AS activity_count,
	(SELECT pg_catalog.max(e.count) FROM @extschema@.tip_party_events AS e
	 WHERE e.report_id OPERATOR(pg_catalog.=) r.report_id
	   AND e.kind OPERATOR(pg_catalog.=) 'total'
	   AND (e.instrument IS NULL OR e.instrument OPERATOR(pg_catalog.!~*) 'convention')) AS parties_total,
	r.source, r.loaded_at, r.parser_version
FROM @extschema@.tip_reports AS r;

COMMENT ON VIEW @extschema@.tip_report_overview IS 'One row per loaded report: metadata and how much each layer found';
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
SELECT r.report_id, r.symbol, COALESCE(r.session_start, r.distributed) AS date, r.year,
	r.session_body, r.session_number, r.session_title,
	t.parties_total, COALESCE(n.new_parties, 0) AS new_parties, n.new_party_states
FROM @extschema@.tip_reports AS r
LEFT JOIN LATERAL (
	SELECT pg_catalog.max(e.count) AS parties_total
	FROM @extschema@.tip_party_events AS e
	WHERE e.report_id OPERATOR(pg_catalog.=) r.report_id
	  AND e.kind OPERATOR(pg_catalog.=) 'total'
	  AND (e.instrument IS NULL OR e.instrument OPERATOR(pg_catalog.!~*) 'convention')
) AS t ON true
LEFT JOIN LATERAL (
	SELECT pg_catalog.count(*) AS new_parties,
		pg_catalog.string_agg(COALESCE(e.country, e.iso3), ', ' ORDER BY e.ord) AS new_party_states
	FROM @extschema@.tip_party_events AS e
	WHERE e.report_id OPERATOR(pg_catalog.=) r.report_id
	  AND e.kind OPERATOR(pg_catalog.=) 'new_party'
	  AND (e.instrument IS NULL OR e.instrument OPERATOR(pg_catalog.!~*) 'convention')
) AS n ON true
WHERE t.parties_total IS NOT NULL OR n.new_parties OPERATOR(pg_catalog.>) 0;

COMMENT ON VIEW @extschema@.tip_parties_timeline IS 'Parties to the Trafficking in Persons Protocol as each report states them, one row per report';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.report_id IS 'Report (tip_reports)';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.symbol IS 'UN document symbol of the report';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.date IS 'Date of the report: first day of its session, else its distribution';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.year IS 'Year of the report';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.session_body IS 'Body whose session the report is for';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.session_number IS 'Session number';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.session_title IS 'Session as written';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.parties_total IS 'Total number of parties the report states';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.new_parties IS 'States the report names as newly party';
COMMENT ON COLUMN @extschema@.tip_parties_timeline.new_party_states IS 'Those States, as written';

CREATE VIEW @extschema@.tip_country_activities AS
SELECT k.un_name AS country, c.iso3, k.m49, k.region, k.subregion,
	COALESCE(pg_catalog.date_part('year', a.date_start)::integer, r.year) AS year,
	a.theme, a.kind, pg_catalog.count(*) AS activities
FROM @extschema@.tip_activity_countries AS c
JOIN @extschema@.tip_activities AS a
	ON a.report_id OPERATOR(pg_catalog.=) c.report_id AND a.seq OPERATOR(pg_catalog.=) c.activity_seq
JOIN @extschema@.tip_reports AS r ON r.report_id OPERATOR(pg_catalog.=) c.report_id
LEFT JOIN @extschema@.tip_countries AS k ON k.alpha3 OPERATOR(pg_catalog.=) c.iso3
GROUP BY k.un_name, c.iso3, k.m49, k.region, k.subregion,
	COALESCE(pg_catalog.date_part('year', a.date_start)::integer, r.year), a.theme, a.kind;

COMMENT ON VIEW @extschema@.tip_country_activities IS 'Activities per country, year, theme and kind';
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
SELECT s.body, s.number, s.kind, s.title, s.venue, s.date_start, s.date_end,
	(SELECT pg_catalog.count(*) FROM @extschema@.tip_reports AS r
	 WHERE r.session_body OPERATOR(pg_catalog.=) s.body
	   AND r.session_number OPERATOR(pg_catalog.=) s.number) AS reports_for,
	(SELECT pg_catalog.count(DISTINCT x.report_id) FROM @extschema@.tip_session_refs AS x
	 WHERE x.body OPERATOR(pg_catalog.=) s.body AND x.number OPERATOR(pg_catalog.=) s.number
	   AND NOT x.is_report_session) AS reports_naming,
	(SELECT pg_catalog.max(x.participants) FROM @extschema@.tip_session_refs AS x
	 WHERE x.body OPERATOR(pg_catalog.=) s.body AND x.number OPERATOR(pg_catalog.=) s.number) AS participants,
	(SELECT pg_catalog.max(x.countries) FROM @extschema@.tip_session_refs AS x
	 WHERE x.body OPERATOR(pg_catalog.=) s.body AND x.number OPERATOR(pg_catalog.=) s.number) AS countries
FROM @extschema@.tip_report_sessions AS s;

COMMENT ON VIEW @extschema@.tip_session_overview IS 'Sessions and meetings: where and when, reports written for them, reports naming them, attendance';
COMMENT ON COLUMN @extschema@.tip_session_overview.body IS 'Body code';
COMMENT ON COLUMN @extschema@.tip_session_overview.number IS 'Session or meeting number';
COMMENT ON COLUMN @extschema@.tip_session_overview.kind IS 'session or meeting';
COMMENT ON COLUMN @extschema@.tip_session_overview.title IS 'Session as a masthead writes it';
COMMENT ON COLUMN @extschema@.tip_session_overview.venue IS 'City';
COMMENT ON COLUMN @extschema@.tip_session_overview.date_start IS 'First day';
COMMENT ON COLUMN @extschema@.tip_session_overview.date_end IS 'Last day';
COMMENT ON COLUMN @extschema@.tip_session_overview.reports_for IS 'Loaded reports written for this session';
COMMENT ON COLUMN @extschema@.tip_session_overview.reports_naming IS 'Loaded reports that name it in their text';
COMMENT ON COLUMN @extschema@.tip_session_overview.participants IS 'Participants, as the reports count them';
COMMENT ON COLUMN @extschema@.tip_session_overview.countries IS 'Countries of the participants, as the reports count them';

CREATE VIEW @extschema@.tip_references_graph AS
SELECT x.report_id AS citing_report_id, r.symbol AS citing_symbol, r.year AS citing_year,
	x.kind, x.body, x.number, x.year AS cited_year, x.symbol AS cited_symbol,
	(SELECT pg_catalog.min(c.report_id) FROM @extschema@.tip_reports AS c
	 WHERE c.symbol OPERATOR(pg_catalog.=) x.symbol) AS cited_report_id,
	pg_catalog.count(*) AS citations,
	pg_catalog.count(DISTINCT x.paragraph) AS citing_paragraphs
FROM @extschema@.tip_references AS x
JOIN @extschema@.tip_reports AS r ON r.report_id OPERATOR(pg_catalog.=) x.report_id
GROUP BY x.report_id, r.symbol, r.year, x.kind, x.body, x.number, x.year, x.symbol;

COMMENT ON VIEW @extschema@.tip_references_graph IS 'Edges citing report -> cited resolution or document, with how often it is cited';
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

-- ==== sql/install/60_search.sql

-- ---------------------------------------------------------------------
-- Ranked full-text search over the loaded paragraphs
--
-- The rank is tip_rank() (40_rank.sql): per word of the query, ts_rank's
-- score of the word alone, averaged.  Ranking every match before LIMIT
-- reads every matching row, about a million for a common word; instead the
-- index is probed for the paragraphs having some word of the query at a
-- high level (tip_rank_keys), from the top level down.  A paragraph not
-- fetched yet has all its words below the level probed, so its rank is
-- below level / 100: once max_rows fetched paragraphs rank above that, they
-- are the exact answer.  When they do not (few paragraphs with a word in
-- the heading or more than once in the body), every match is ranked.
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.tip_search(query text, max_rows integer DEFAULT 20)
RETURNS TABLE (
	report_id bigint,
	symbol text,
	year integer,
	section_path text,
	heading text,
	paragraph integer,
	rank real,
	snippet text
)
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
-- the ranking of every match (below) costs more than JIT's threshold and
-- gains nothing from compiling it
SET jit = off
AS $$
DECLARE
	q tsquery := pg_catalog.websearch_to_tsquery('@extschema@.tip_english'::regconfig, query);
	-- what the probes ask the index; the rows fetched are checked against q
	qi tsquery := @extschema@.tip_rank_index_query(q);
	-- q without NOT or phrase is qi: the rows the index gives match it
	exact boolean := q OPERATOR(pg_catalog.=) qi;
	-- querytree() drops the NOTs
	has_not boolean := pg_catalog.querytree(q) OPERATOR(pg_catalog.<>) q::text;
	k integer := GREATEST(max_rows, 0);
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
BEGIN
	IF k OPERATOR(pg_catalog.=) 0 OR pg_catalog.numnode(q) OPERATOR(pg_catalog.=) 0 THEN
		RETURN;
	END IF;
	lvl := bands[1];
	LOOP
		keys := @extschema@.tip_rank_query_keys(q, lvl, hi);
		EXIT WHEN keys IS NULL OR qi IS NULL;
		IF has_not THEN
			-- A NOT that the rows fail often (smuggling -trafficking): the
			-- index evaluates it faster than rows fetched one by one
			SELECT pg_catalog.count(*) INTO n
			FROM @extschema@.tip_paragraphs AS p
			WHERE @extschema@.tip_rank_keys(p.tsv) OPERATOR(pg_catalog.&&) keys
				AND p.tsv OPERATOR(pg_catalog.@@) qi
				AND NOT pg_catalog.ts_match_vq(p.tsv, q);
			rejected := rejected OPERATOR(pg_catalog.+) n;
			EXIT WHEN rejected OPERATOR(pg_catalog.>) 1000;
		END IF;
		-- the best max_rows of the paragraphs with a word of the query at a
		-- level in [lvl, hi], merged with the best found so far
		SELECT pg_catalog.array_agg(t.rid ORDER BY t.s DESC, t.rid, t.num),
			pg_catalog.array_agg(t.num ORDER BY t.s DESC, t.rid, t.num),
			pg_catalog.array_agg(t.s ORDER BY t.s DESC, t.rid, t.num)
		INTO top_r, top_n, top_s
		FROM (SELECT o.rid, o.num, o.s
			FROM ROWS FROM (pg_catalog.unnest(top_r), pg_catalog.unnest(top_n), pg_catalog.unnest(top_s)) AS o(rid, num, s)
			UNION
			(SELECT p.report_id, p.number, @extschema@.tip_rank(p.tsv, q)
			FROM @extschema@.tip_paragraphs AS p
			WHERE @extschema@.tip_rank_keys(p.tsv) OPERATOR(pg_catalog.&&) keys
				AND p.tsv OPERATOR(pg_catalog.@@) qi
				AND (exact OR pg_catalog.ts_match_vq(p.tsv, q))
			ORDER BY 3 DESC, 1, 2
			LIMIT k)
			ORDER BY 3 DESC, 1, 2
			LIMIT k) AS t;
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
			-- max_rows found: the next probe reaches the level where they are
			-- known to be the best, in one step
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
		SELECT pg_catalog.array_agg(s.report_id ORDER BY s.r DESC, s.report_id, s.number),
			pg_catalog.array_agg(s.number ORDER BY s.r DESC, s.report_id, s.number),
			pg_catalog.array_agg(s.r ORDER BY s.r DESC, s.report_id, s.number)
		INTO top_r, top_n, top_s
		FROM (SELECT p.report_id, p.number, @extschema@.tip_rank(p.tsv, q) AS r
			FROM @extschema@.tip_paragraphs AS p
			WHERE p.tsv OPERATOR(pg_catalog.@@) q
			ORDER BY r DESC, p.report_id, p.number
			LIMIT k) AS s;
	END IF;
	RETURN QUERY
	SELECT p.report_id, r.symbol, r.year, p.section_path, p.heading, p.number, u.s,
		pg_catalog.ts_headline('@extschema@.tip_english'::regconfig, p.body, q,
			'MaxFragments=2, MinWords=8, MaxWords=30, FragmentDelimiter=" … "')
	FROM ROWS FROM (pg_catalog.unnest(top_r), pg_catalog.unnest(top_n), pg_catalog.unnest(top_s))
		WITH ORDINALITY AS u(rid, num, s, ord)
	JOIN @extschema@.tip_paragraphs AS p
		ON p.report_id OPERATOR(pg_catalog.=) u.rid AND p.number OPERATOR(pg_catalog.=) u.num
	JOIN @extschema@.tip_reports AS r ON r.report_id OPERATOR(pg_catalog.=) u.rid
	ORDER BY u.ord;
END
$$;

COMMENT ON FUNCTION @extschema@.tip_search(text, integer) IS
	'Paragraphs matching a web-search style query (websearch_to_tsquery, configuration tip_english), best first by tip_rank (ties by report_id, paragraph), with a highlighted snippet, report symbol, year, section path and paragraph number';
