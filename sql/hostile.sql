-- Hostile input through SQL, for every parsing function of the extension.
-- The functions come from the catalog (every function of the extension that
-- takes one text argument, loaders aside), so functions added later are
-- covered without editing this file.  Each function runs on each input and
-- every column of every row it returns is turned into text; an input must
-- end in rows or in a clean ERROR (program_limit_exceeded or out_of_memory,
-- with a message), never in a crash or an internal error.
CREATE TEMP VIEW parsers AS
SELECT p.oid::regproc AS fn
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
	AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'tip_reports'
WHERE p.pronargs = 1 AND p.proargtypes[0] = 'text'::regtype AND p.proname !~ 'load'
	AND p.proname NOT IN ('tip_text_sha256', 'tip_body_code', 'tip_normalize_source');	-- they do not parse
SELECT count(*) >= 4 AS parsers_found FROM parsers;

-- The inputs live in a plain table (not a temporary one), so that with
-- force_parallel_mode the parse itself runs in a worker that reads them.
CREATE TABLE hostile (ord serial, name text, doc text);

-- Run every parser on input number i; one row per parser: 'rows' or
-- 'ERROR <sqlstate>'.
CREATE FUNCTION pg_temp.try_parsers(i integer)
RETURNS TABLE (fn text, outcome text, nrows bigint)
LANGUAGE plpgsql AS $$
DECLARE
	f regproc;
	msg text;
BEGIN
	FOR f IN SELECT parsers.fn FROM parsers ORDER BY parsers.fn::text LOOP
		fn := f::text;
		BEGIN
			EXECUTE format('SELECT count(*), sum(octet_length(r::text)) '
						   'FROM hostile h, %s(h.doc) r WHERE h.ord = $1', f)
				INTO nrows USING i;
			outcome := 'rows';
		EXCEPTION WHEN OTHERS THEN
			GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT;
			outcome := 'ERROR ' || SQLSTATE || CASE WHEN msg = '' THEN ' without message' ELSE '' END;
			nrows := NULL;
		END;
		RETURN NEXT;
	END LOOP;
END
$$;

INSERT INTO hostile (name, doc) VALUES
	('empty', ''),
	('whitespace only', repeat(E' \t\n\r\f\u00a0\u2003\u3000\u200b', 20000)),
	('20 MB of one character', repeat('a', 20 * 1024 * 1024)),
	('2 MB of line feeds', repeat(E'\n', 2 * 1024 * 1024)),
	('a million "1. " on one line', repeat('1. ', 1000000)),
	('200000 numbered lines', (SELECT string_agg(i || '. x', E'\n') FROM generate_series(1, 200000) i)),
	('a million headings I./A./1.', repeat(E'I.\nA.\n1.\n', 333334)),
	('a million "*"', repeat('*', 1000000)),
	('a million "#"', repeat('#', 1000000)),
	('a million "#" lines', repeat(E'#\n', 1000000)),
	('a million glued "**x"', repeat('**x', 1000000)),
	('a million "\*" escapes', repeat('\*', 1000000)),
	('a million <sup>', repeat('<sup>', 1000000)),
	('a million "[x](#)"', repeat('[x](#)', 1000000)),
	('a million "- 12." items', repeat(E'- 12. ', 1000000)),
	('a million superscript marks', repeat(E'\u00b9\u2074', 1000000)),
	('a million form feeds', repeat(E'\f', 1000000)),
	('2 MB line of words', repeat('word ', 400000)),
	('1 MB heading line', 'I. ' || repeat('Title ', 200000)),
	('deep "#" nesting', repeat('#', 100000) || ' I. Title' || E'\n\n1. Text.'),
	('deep numbering path', repeat('1.', 500000) || ' x'),
	('deep brackets', repeat('(', 500000) || repeat(')', 500000)),
	('nested heading ladder',
	 (SELECT string_agg(repeat('#', 1 + i % 6) || ' ' ||
		(ARRAY['I.', 'A.', '1.', '(a)', '(i)', 'a.'])[1 + i % 6] || ' Heading ' || i ||
		E'\n\n' || i || '. Paragraph.', E'\n\n') FROM generate_series(1, 100000) i)),
	('20-digit numbers', repeat(E'I. Intro\n\n99999999999999999999. In 99999999999999999999, '
		'resolution 99999999999999999999/99999999999999999999 of the 99999999999999999999th session '
		'(E/CN.15/99999999999999999999/99999999999999999999), US$ 99999999999999999999 million, '
		'99999999999999999999 participants from 99999999999999999999 countries, '
		'99999999999999999999 parties to the Protocol, 31 December 99999999999999999999.\n\n'
		'18446744073709551616. 4294967296. 2147483648. -2147483649.\n', 2000)),
	('every Unicode plane',
	 (SELECT string_agg(chr(cp), '') FROM generate_series(1, 1114111, 7) cp
		WHERE cp NOT BETWEEN 55296 AND 57343)),
	('plane boundaries',
	 (SELECT string_agg(chr(cp) || ' ' || chr(cp + 1) || E'\n', '')
		FROM generate_series(0, 16) pl, LATERAL (VALUES (pl * 65536 + 65534)) v(cp))),
	('control characters', repeat((SELECT string_agg(chr(c), '') FROM generate_series(1, 31) c) || chr(127), 30000)),
	('CR-only line endings', (SELECT string_agg(replace(doc, E'\n', E'\r'), E'\r' ORDER BY name) FROM corpus)),
	('LF CR reversed', (SELECT string_agg(replace(doc, E'\n', E'\n\r'), E'\n' ORDER BY name) FROM corpus)),
	('reports on one line', (SELECT string_agg(replace(doc, E'\n', ' '), ' ' ORDER BY name) FROM corpus)),
	('no-break spaces only', (SELECT string_agg(replace(doc, ' ', E'\u00a0'), E'\n' ORDER BY name) FROM corpus)),
	('reports cut every 997 bytes',
	 (SELECT string_agg(substr(doc, i, 600), E'\n' ORDER BY name, i) FROM corpus,
		LATERAL generate_series(1, length(doc), 997) i)),
	('forty reports in a row', (SELECT repeat(string_agg(doc, E'\n\f\n' ORDER BY name), 8) FROM corpus));

SELECT count(*) AS hostile_inputs, min(octet_length(doc)) AS smallest,
       max(octet_length(doc)) AS largest FROM hostile;

-- one line per input: what the parsers did (all functions alike)
SELECT h.name, string_agg(DISTINCT t.outcome, ', ') AS outcomes
FROM hostile h, LATERAL pg_temp.try_parsers(h.ord) t
GROUP BY h.ord, h.name ORDER BY h.ord;

-- Inputs beyond what fits: a parse is granted 40 times its input plus 64 MB,
-- up to tip_reports.max_parse_memory; longer texts are refused with
-- program_limit_exceeded (54000) before the parser allocates anything.
SET tip_reports.max_parse_memory = '100MB';
SELECT h.name, octet_length(h.doc) AS bytes, string_agg(DISTINCT t.outcome, ', ') AS outcomes
FROM hostile h, LATERAL pg_temp.try_parsers(h.ord) t
WHERE h.name IN ('empty', 'whitespace only', 'a million "*"', '20 MB of one character')
GROUP BY h.ord, h.name, 2 ORDER BY h.ord;
\set VERBOSITY default
SELECT paragraph_count FROM tip_parse_report(repeat('x', 1000000));
RESET tip_reports.max_parse_memory;
SELECT paragraph_count FROM tip_parse_report(repeat('x', 1000000));
DROP TABLE hostile;
