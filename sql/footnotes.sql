-- Footnotes: mark, text, and the paragraph carrying the mark (NULL: masthead).
SELECT c.name, f.mark, f.paragraph, f.body
FROM corpus c, LATERAL tip_footnotes(c.doc) f
ORDER BY c.name, f.start_offset;
-- Marks as the paragraphs carry them.
SELECT c.name, p.number, p.footnote_marks
FROM corpus c, LATERAL tip_paragraphs(c.doc) p
WHERE cardinality(p.footnote_marks) > 0
ORDER BY c.name, p.number;
-- Footnote text never leaks into the masthead fields.
SELECT c.name, r.agenda_title LIKE '%CTOC/COP%' OR r.title LIKE '%CTOC/COP%' AS leaked
FROM corpus c, LATERAL tip_parse_report(c.doc) r ORDER BY c.name;
