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

-- Dates keep their precision: a State's accession (day, month or year) and
-- the date a total holds at; parties to another instrument and counts of
-- what States did are no totals.
SELECT kind, count, iso3, year, date, date_precision, instrument
FROM tip_parties(E'1. As at 1 March 2020, the Protocol had 178 parties.\n\n2. Chad (June 2019) and Fiji (February 2020) have become parties to the Protocol. Tuvalu acceded to the Protocol on 5 May 2019, and Tonga ratified it in 2018.\n\n3. A total of 96 States parties to the Convention were represented at the meeting. The Convention against Corruption has 187 parties.\n\n4. The Protocol entered into force in 2003. It now has one hundred and seventy-nine parties.\n')
ORDER BY paragraph, start_offset;

-- Lists with "respectively": each State takes its own date, each instrument
-- its own total; another instrument's total is left out.
SELECT kind, count, iso3, date, date_precision, instrument
FROM tip_parties(E'1. Nauru and Oman became parties to the Protocol in 2012 and 2015, respectively.\n\n2. By mid-2021, the Convention and the Protocol had 190 and 178 parties, respectively.\n\n3. The Smuggling of Migrants Protocol and the Trafficking in Persons Protocol had 150 and 178 parties, respectively.\n')
ORDER BY paragraph, start_offset, iso3;
