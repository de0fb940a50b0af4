-- Heading tree of each corpus report: numbering from UN numbering, not Markdown levels.
SELECT c.name, s.ord, s.parent_ord AS parent, s.depth, s.kind, s.label, s.path, s.title,
       s.first_paragraph AS first, s.last_paragraph AS last
FROM corpus c, LATERAL tip_sections(c.doc) s
ORDER BY c.name, s.ord;
-- Offsets point at the heading: the label (or title) starts there.
SELECT c.name, count(*) AS headings,
       count(*) FILTER (WHERE substring(convert_to(c.doc, 'UTF8') FROM s.start_offset + 1
                                        FOR octet_length(coalesce(s.label, left(s.title, 5))))
                              = convert_to(coalesce(s.label, left(s.title, 5)), 'UTF8')) AS offset_ok
FROM corpus c, LATERAL tip_sections(c.doc) s
GROUP BY c.name ORDER BY c.name;
