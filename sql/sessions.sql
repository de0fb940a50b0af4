-- The session each report is for, from its masthead (001 has no masthead).
SELECT c.name, s.body, s.kind, s.number, s.venue, s.date_start, s.date_end
FROM corpus c, LATERAL tip_sessions(c.doc) s
WHERE s.paragraph IS NULL
ORDER BY c.name;

-- Sessions and meetings named in the text, with numbers from ordinal words.
SELECT c.name, s.paragraph, s.body, s.kind, s.number, s.venue, s.is_report_session
FROM corpus c, LATERAL tip_sessions(c.doc) s
WHERE (c.name LIKE '000%' AND s.paragraph IN (1, 7, 8, 9, 10, 14))
   OR (c.name LIKE '002%' AND s.paragraph IN (8, 9, 12, 13))
   OR (c.name LIKE '003%' AND s.paragraph IN (1, 12))
   OR (c.name LIKE '004%' AND s.paragraph IN (6, 11))
ORDER BY c.name, s.ord;

-- The report's own session is marked once per report in the text.
SELECT c.name, count(*) FILTER (WHERE s.is_report_session AND s.paragraph IS NOT NULL) AS in_text
FROM corpus c, LATERAL tip_sessions(c.doc) s
GROUP BY c.name ORDER BY c.name;

-- Ordinals: compound words, and two sessions in one phrase.
SELECT body, kind, number FROM tip_sessions(
  E'1. The Commission on Crime Prevention and Criminal Justice met at its twenty-seventh session. UNODC co-organized side events during the thirty-first and thirty-second sessions of the Commission. The first-ever meeting of the Security Council was held.')
ORDER BY ord;

-- The body of "at its ... session" is the subject that follows; the
-- inter-agency group holds no sessions; constructive dialogues are held
-- under the Review Mechanism.
SELECT body, kind, number FROM tip_sessions(
  E'1. At its twenty-third session, the Commission adopted resolution 23/2. ICAT co-organized events. On the margins of the thirty-third session, UNODC organized an exhibition. UNODC supported the second constructive dialogue.')
ORDER BY ord;

-- The venue is the place of "held in/at <place>" in the clause of the noun,
-- before or after the dates; a month, a year, an acronym or a lower-case
-- word is no place, and "held" must belong to the noun (after a comma or
-- "was"), not be a verb of another subject.
SELECT number, venue, date_start, date_end FROM tip_sessions(
  E'1. The fifth meeting of the Working Group on Trafficking in Persons was held at Vienna from 6 to 8 May 2015. '
  'The sixth meeting of the Working Group, held in Geneva on 3 June 2016, adopted recommendations. '
  'The seventh session of the Commission, held in May 2017 in New York, closed. '
  'The eighth session of the Commission, held in 2018, closed. '
  'UNODC held a side event in Bangkok at the ninth session of the Commission. '
  'The tenth session of the Commission, held at UNODC headquarters, closed. '
  'At the eleventh session of the Commission, held at the Vienna International Centre, UNODC spoke.')
ORDER BY ord;

-- Sessions named together take their dates "..., respectively" in order;
-- without "respectively" the first date stands for both.
SELECT number, date_start, date_end FROM tip_sessions(
  E'1. The eleventh and twelfth meetings of the Working Group were held in Vienna on 2 June 2021 and 7 July 2022, respectively. '
  'The thirteenth and fourteenth meetings of the Working Group, held in October 2023, closed.')
ORDER BY ord;

SELECT * FROM tip_sessions(NULL);
