
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
	end_offset integer,
	date date,
	date_precision text
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
COMMENT ON COLUMN @extschema@.tip_party_event.date IS 'When the State became party (new_party), or the date a total or count holds at (as at 1 March 2020), at date_precision: its first day';
COMMENT ON COLUMN @extschema@.tip_party_event.date_precision IS 'Precision of date: day (5 May 2019), month (March 2019) or year (2019); NULL when no date is stated';

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
