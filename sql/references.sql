-- References to resolutions and UN documents (tip_references).

-- Per report: the kinds and bodies of what it cites (NULL body = the text
-- does not decide); how many is measured against the gold set
-- (test/gold/eval_mentions.sh), the rows of chosen paragraphs are below.
SELECT c.name, r.kind, coalesce(r.body, '-') AS body
FROM corpus c, LATERAL tip_references(c.doc) r
GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;

-- COP 9 (2018): Conference resolution 8/2, the Commission's three resolutions,
-- "General Assembly resolutions 71/280 and 72/244", Security Council numbers,
-- symbols with WG.4 and CRP.1 parts, E/RES/2017/18 as a document.
SELECT r.paragraph, r.kind, r.body, r.number, r.year, r.symbol, r.surface
FROM corpus c, LATERAL tip_references(c.doc) r
WHERE c.name LIKE '000%' AND r.paragraph BETWEEN 7 AND 19
ORDER BY r.start_offset;

-- COP 12 (2024): the Security Council list "2653 (2022), 2692 (2023) and 2699 (2023)"
-- and "the Council ... its resolution 53/6" in the Human Rights Council passage.
SELECT r.paragraph, r.kind, r.body, r.number, r.year, r.symbol
FROM corpus c, LATERAL tip_references(c.doc) r
WHERE c.name LIKE '002%' AND r.paragraph BETWEEN 23 AND 27
ORDER BY r.start_offset;

-- COP 7 (2014): ECOSOC resolution 2013/41 and Commission resolution 23/2.
SELECT r.paragraph, r.kind, r.body, r.number, r.year, r.symbol
FROM corpus c, LATERAL tip_references(c.doc) r
WHERE c.name LIKE '004%' AND r.paragraph = 7
ORDER BY r.start_offset;

-- The joint symbol of the CCPCJ report's footnote is two documents.
SELECT r.footnote, r.symbol, r.year
FROM corpus c, LATERAL tip_references(c.doc) r
WHERE c.name LIKE '003%' AND r.footnote IS NOT NULL
ORDER BY r.start_offset;

-- Offsets give back the surface in every report.
SELECT c.name, count(*) AS refs,
       count(*) FILTER (WHERE convert_from(substring(convert_to(c.doc, 'UTF8')
                                   FROM r.start_offset + 1 FOR r.end_offset - r.start_offset), 'UTF8')
                              = r.surface) AS surface_at_offsets
FROM corpus c, LATERAL tip_references(c.doc) r
GROUP BY c.name ORDER BY c.name;

-- Markdown link wrappers around numbers and symbols.
SELECT kind, body, number, symbol, surface
FROM tip_references(E'Report\n\n1. The General Assembly adopted resolutions [71/167](https://undocs.org/A/RES/71/167) '
                    'and [72/195](https://undocs.org/A/RES/72/195); see [E/CN.15/2012/16](https://undocs.org/E/CN.15/2012/16).\n');

-- The body from the words around the number, or NULL rather than a guess.
SELECT paragraph, body, number, symbol
FROM tip_references(E'Report\n\n'
  '1. The report was prepared pursuant to resolution 5/2 of the Conference of the Parties.\n\n'
  '2. In resolution 71/167, the Assembly stressed the need for data.\n\n'
  '3. The Working Group met in accordance with Conference resolution 8/2.\n\n'
  '4. It was adopted by the Economic and Social Council as resolution 2013/41.\n\n'
  '5. In its resolution 53/6, the Council recalled the report.\n\n'
  '6. In its resolution 55/1, the Commission on Narcotic Drugs called for action.\n\n'
  '7. The Commission on Crime Prevention and Criminal Justice met. In its resolution 27/3, the Commission acted.\n')
ORDER BY start_offset;

-- Joint symbols and symbol parts; no references in case numbers, dates or fractions.
SELECT paragraph, kind, symbol, year
FROM tip_references(E'Report\n\n'
  '1. See E/CN.7/2012/3-E/CN.15/2012/3, A/HRC/53/L.1, A/73/123/Add.1 and E/CN.15/2013/2/Corr.1.\n\n'
  '2. In case No. 41/942/16, decided on 11/8/2020, a 3/4 majority upheld the HIV/AIDS ruling.\n')
ORDER BY start_offset;

-- NULL in, NULL out; text that is not a report has no references.
SELECT count(*) FROM tip_references(NULL);
SELECT count(*) FROM tip_references('no report here, only resolution 8/2 without paragraphs');
