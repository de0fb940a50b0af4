-- Masthead metadata of each corpus report; every value checked against the text.
SET datestyle = ISO;
\x on
SELECT c.name, r.*
FROM corpus c, LATERAL tip_parse_report(c.doc) r
ORDER BY c.name;
\x off
-- NULL in, NULL out (STRICT)
SELECT tip_parse_report(NULL) IS NULL AS null_in_null_out;
