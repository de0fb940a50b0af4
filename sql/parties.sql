-- States parties: the totals each report states, and the ratification counts
-- of the 2012 Commission report (seven for the Convention, five for the
-- Protocol, in 2011).
SELECT c.name, p.kind, p.count, p.year, p.instrument, p.paragraph
FROM corpus c, LATERAL tip_parties(c.doc) p
WHERE p.kind <> 'new_party'
ORDER BY c.name, p.start_offset, p.instrument;

-- Every new party is a country code with the name as written, never a total.
SELECT count(*) FILTER (WHERE p.kind = 'new_party' AND (p.iso3 !~ '^[A-Z]{3}$' OR p.country IS NULL OR p.count IS NOT NULL)) AS bad_new_party,
       count(*) FILTER (WHERE p.kind <> 'new_party' AND (p.count IS NULL OR p.iso3 IS NOT NULL)) AS bad_count
FROM corpus c, LATERAL tip_parties(c.doc) p;

-- The States that became parties in each reporting period, with the year
-- where the text gives one (checked against the reports' own lists).
SELECT c.name, p.iso3, p.country, p.year, p.paragraph
FROM corpus c, LATERAL tip_parties(c.doc) p
WHERE p.kind = 'new_party'
ORDER BY c.name, p.start_offset, p.iso3;

-- Calls to ratify are not statements about parties.
SELECT count(*) FROM tip_parties(
  'The Commission may wish to urge Member States that have not yet done so to ratify the Protocol. The Assembly called upon States to consider ratifying the Convention, which has 190 parties in the region.');

-- Offsets point at the statement.
SELECT c.name, p.kind, convert_from(substring(convert_to(c.doc, 'UTF8') FROM p.start_offset + 1 FOR p.end_offset - p.start_offset), 'UTF8') LIKE '%' || p.count || '%' AS count_in_span
FROM corpus c, LATERAL tip_parties(c.doc) p
WHERE p.kind = 'total'
ORDER BY c.name;

SELECT * FROM tip_parties(NULL);
SELECT count(*) FROM tip_parties('');
