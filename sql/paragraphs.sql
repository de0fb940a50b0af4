-- Numbered paragraphs: each found once, in order, with clean text.
SELECT name, count(*) AS paragraphs, min(number), max(number),
       bool_and(number = rn) AS in_order
FROM (SELECT c.name, p.number, row_number() OVER (PARTITION BY c.name ORDER BY p.start_offset) AS rn
      FROM corpus c, LATERAL tip_paragraphs(c.doc) p) t
GROUP BY name ORDER BY name;

-- No markup, escapes, page furniture or footnote text left in any body.
SELECT c.name, p.number, left(p.body, 60)
FROM corpus c, LATERAL tip_paragraphs(c.doc) p
WHERE p.body ~ '\*\*|\\[*$_\[]|</?(sup|b|i|em|strong)>|\]\(#\)|^#|^- [0-9]|V\.1[0-9]-[0-9]{5}|_{5}|CTOC/COP/2012/2 *$|\*1[0-9]{6}\*|  '
   OR p.body ~ E'\n[^-]'
   OR p.body LIKE '%All ICAT publications are available%'
   OR p.body LIKE '%For further information, see E/CN.7%';

-- Offsets: the paragraph number is at start_offset; end_offset ends the last word.
SELECT c.name,
       count(*) FILTER (WHERE substring(convert_to(c.doc, 'UTF8') FROM p.start_offset + 1 FOR octet_length(p.number::text))
                              = convert_to(p.number::text, 'UTF8')) AS number_at_start,
       count(*) FILTER (WHERE p.end_offset > p.start_offset AND p.end_offset <= octet_length(c.doc)) AS sane_end,
       count(*) AS paragraphs
FROM corpus c, LATERAL tip_paragraphs(c.doc) p
GROUP BY c.name ORDER BY c.name;

-- Nearest heading and path for paragraphs under topics, subsections and chapters.
SELECT c.name, p.number, p.section_path, p.heading
FROM corpus c, LATERAL tip_paragraphs(c.doc) p
WHERE (c.name LIKE '000%' AND p.number IN (3, 7, 9, 12, 17, 22, 42, 73))
   OR (c.name LIKE '001%' AND p.number IN (2, 14, 39))
   OR (c.name LIKE '002%' AND p.number IN (26, 42, 91))
   OR (c.name LIKE '003%' AND p.number IN (13, 21, 35))
   OR (c.name LIKE '004%' AND p.number IN (6, 19, 21))
ORDER BY c.name, p.number;

-- Hard cases, whole bodies:
-- bullets one per line, a footnote cutting a bullet item at a page break (000 para 3)
SELECT body FROM corpus c, LATERAL tip_paragraphs(c.doc) p WHERE c.name LIKE '000%' AND p.number = 3;
-- a paragraph broken by page footer and running header (001 para 12)
SELECT body FROM corpus c, LATERAL tip_paragraphs(c.doc) p WHERE c.name LIKE '001%' AND p.number = 12;
-- hyphens at line ends: kept in compounds, mended in words (001 paras 16 and 23)
SELECT p.number, substring(body FROM '[^ ]*capacity-[^ ]*') AS compound,
       substring(body FROM 'train[^ ]*trainer') AS compound2
FROM corpus c, LATERAL tip_paragraphs(c.doc) p WHERE c.name LIKE '001%' AND p.number IN (16, 23) ORDER BY 1;
-- a wrapped line a converter turned into a list item (004 para 21)
SELECT body FROM corpus c, LATERAL tip_paragraphs(c.doc) p WHERE c.name LIKE '004%' AND p.number = 21;
-- superscript footnote mark removed from the text (003 para 4)
SELECT left(body, 170), footnote_marks FROM corpus c, LATERAL tip_paragraphs(c.doc) p WHERE c.name LIKE '003%' AND p.number = 4;
-- unnumbered text after footnotes belongs to the paragraph before (003 para 33)
SELECT right(body, 120) FROM corpus c, LATERAL tip_paragraphs(c.doc) p WHERE c.name LIKE '003%' AND p.number = 33;
