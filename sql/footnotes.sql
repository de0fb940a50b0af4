-- Footnotes: mark, text, and the paragraph carrying the mark (NULL: masthead).
SELECT c.name, f.mark, f.paragraph, f.body
FROM corpus c, LATERAL tip_footnotes(c.doc) f
ORDER BY c.name, f.start_offset;
-- Marks as the paragraphs carry them.
SELECT c.name, p.number, p.footnote_marks
FROM corpus c, LATERAL tip_paragraphs(c.doc) p
WHERE cardinality(p.footnote_marks) > 0
ORDER BY c.name, p.number;
-- The agenda footnote never leaks.  Its symbol is read from the text
-- itself, not from the parser: the first mark "*" (\*, <sup>\*</sup>), after
-- a line start or a space, that a document symbol follows.  The parser must
-- give it as a masthead footnote (paragraph NULL) and as agenda_symbol, and
-- the symbol must appear, as a whole token, in no paragraph, heading or
-- masthead text field; footnote texts appear inside no paragraph either.
-- 001 has no masthead, so no agenda footnote.
CREATE FUNCTION pg_temp.agenda_note(doc text,
	OUT symbol text, OUT parsed_as_agenda_symbol boolean, OUT masthead_footnote boolean,
	OUT leaked boolean, OUT footnote_in_paragraph boolean)
LANGUAGE sql AS $$
SELECT n.symbol,
       r.agenda_symbol = n.symbol,
       EXISTS (SELECT FROM tip_footnotes(doc) f WHERE f.paragraph IS NULL AND f.mark = '*'
               AND strpos(f.body, n.symbol) > 0),
       EXISTS (SELECT FROM tip_paragraphs(doc) p
               WHERE p.body ~ n.pattern OR p.heading ~ n.pattern)
       OR EXISTS (SELECT FROM tip_sections(doc) s WHERE s.title ~ n.pattern)
       OR concat_ws(' ', r.title, r.agenda_title, r.agenda_item, r.summary, r.session_title,
                    r.report_type, r.body, r.parent_body) ~ n.pattern,
       EXISTS (SELECT FROM tip_footnotes(doc) f, tip_paragraphs(doc) p
               WHERE strpos(p.body, f.body) > 0)
FROM (SELECT rtrim((regexp_match(doc,
        '(?:^|\s)(?:<sup>)?\\?\*(?:</sup>)?[ \t]+\[?([A-Z][A-Za-z0-9.]*(?:/[A-Za-z0-9.]+)+)'))[1],
        '.') AS symbol) n0,
     -- the symbol as a whole token (E/CN.15/2012/1 is not inside E/CN.15/2012/16)
     LATERAL (SELECT n0.symbol,
                     '(^|[^A-Za-z0-9/.])' || replace(n0.symbol, '.', '\.') || '($|[^A-Za-z0-9/])' AS pattern) n,
     tip_parse_report(doc) r
$$;
SELECT c.name, a.*
FROM corpus c, LATERAL pg_temp.agenda_note(c.doc) a ORDER BY c.name;
-- The check fires: 003 with its agenda footnote glued to the end of
-- paragraph 1 (as converters glue a page's foot to the text above it), and
-- under paragraph 1's last line (the parser takes it for the footnote there).
SELECT v.how, a.*
FROM corpus c,
     LATERAL (VALUES ('glued to paragraph 1', E' * E/CN.15/2012/1.\n'),
                     ('under paragraph 1', E'\n* E/CN.15/2012/1.\n')) v(how, note),
     LATERAL pg_temp.agenda_note(replace(replace(c.doc, E'\n* E/CN.15/2012/1.\n', E'\n'),
             E'pursuant to its resolution 64/293.\n', E'pursuant to its resolution 64/293.' || v.note)) a
WHERE c.name LIKE '003%';
