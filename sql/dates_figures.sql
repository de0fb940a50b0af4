-- Dates, money and quantities through tip_mentions(): the forms UN reports
-- write, day-month-year order, every date of a sentence, and what is not a
-- date (durations, recurring days without a year, months without a year,
-- numbers inside case numbers and symbols).
SET datestyle = ISO;
\set doc '''1. A workshop was held from 6 to 8 September 2017, another on 2 and 3 July 2018 and a third on 15–19 October 2018. In March 2012 and since 2006, in late 2010 and in the second half of 2012, and over 2012–2014, UNODC trained more than 1,200 practitioners.\n\n2. The Fund awarded $2 million and \\\\$25,000; 1,492 cases from 106 jurisdictions; 71 per cent of victims. Case No. 41/942/16 was decided on 11/8/2020. The World Day is 30 July. Work ran from June to November. The workshop lasted three years. In resolution 71/167 of 2016 the Assembly ...\n'''
SELECT paragraph, kind, surface, value, unit, date_start, date_end, date_precision, amount
FROM tip_mentions(E:doc)
WHERE kind IN ('date', 'money', 'quantity')
ORDER BY start_offset;
-- the year of a resolution number is not a date; the case number and the
-- numeric date are no references
SELECT kind, value FROM tip_mentions(E:doc) WHERE kind IN ('resolution', 'document') ORDER BY start_offset;
SELECT count(*) AS references_found FROM tip_references(E:doc);
-- offsets give back the surface, also after multi-byte characters
SELECT count(*) AS mentions,
       count(*) FILTER (WHERE substr(convert_to(E:doc, 'UTF8'), start_offset + 1, end_offset - start_offset)
                              = convert_to(surface, 'UTF8')) AS surface_at_offsets
FROM tip_mentions(E:doc);
