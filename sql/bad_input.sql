-- Bad input ends in rows or a clean result, never a crash.
SELECT tip_parse_report(NULL) IS NULL AS null_report,
       (SELECT count(*) FROM tip_paragraphs(NULL)) AS null_paragraphs;
-- empty, blank and non-report text: no rows, a tip_report of NULLs with warnings
SELECT paragraph_count, footnote_count, symbol, title, warnings FROM tip_parse_report('');
SELECT paragraph_count, warnings FROM tip_parse_report(E'   \n\t\n\r\n   ');
SELECT paragraph_count, warnings FROM tip_parse_report('The quick brown fox jumps over the lazy dog.');
SELECT (SELECT count(*) FROM tip_sections('hello')) AS sections,
       (SELECT count(*) FROM tip_paragraphs('hello')) AS paragraphs,
       (SELECT count(*) FROM tip_footnotes('hello')) AS footnotes;
-- control characters and stray markup
SELECT paragraph_count FROM tip_parse_report(E'\x01\x02\x03 <sup>**\\*[x](' || repeat('*', 10000));
SELECT count(*) FROM tip_paragraphs(repeat(E'**bold** *it* \\* <sup>1</sup> [a](#)\n', 2000));
-- numbering tokens without end, deep and out of order
SELECT count(*) FROM tip_paragraphs((SELECT string_agg(i || '. x', E'\n') FROM generate_series(1, 20000) i));
SELECT count(*) FROM tip_sections(repeat(E'I. A\nA. B\n1. C\nII. D\n', 5000));
SELECT count(*) FROM tip_paragraphs(repeat('1. ', 100000));
SELECT count(*) FROM tip_paragraphs('99999999999999999999. Twenty digits');
-- one very long line, and many empty lines
SELECT paragraph_count FROM tip_parse_report(repeat('a', 2000000));
SELECT paragraph_count FROM tip_parse_report(repeat(E'\n', 1000000));
SELECT paragraph_count FROM tip_parse_report(repeat(E'\r', 1000000));
-- CR-only line endings give the same paragraphs as LF
SELECT (SELECT array_agg(number) FROM tip_paragraphs(replace(doc, E'\n', E'\r'))) =
       (SELECT array_agg(number) FROM tip_paragraphs(doc)) AS cr_same
FROM corpus WHERE name LIKE '001%';
-- every Unicode plane
SELECT paragraph_count FROM tip_parse_report((SELECT string_agg(chr(cp), ' ') FROM generate_series(32, 1114111, 997) cp WHERE cp NOT BETWEEN 55296 AND 57343));
