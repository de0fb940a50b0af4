
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
	warnings text[],
	label text,
	symbols text[]
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
COMMENT ON COLUMN @extschema@.tip_report.label IS 'Short name: the symbol when the text states it, else body code, session and year, e.g. COP 9 (2018), CCPCJ 21 (2012), A 71 (2016); NULL when neither symbol nor body is known';
COMMENT ON COLUMN @extschema@.tip_report.symbols IS 'Every symbol the document carries, symbol first (Official Records carry two, e.g. E/2018/30 and E/CN.15/2018/15)';

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
