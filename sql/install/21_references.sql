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
