-- UNODC activities: every report states some, and every row has a kind.
SELECT c.name, count(*) > 0 AS has_activities, count(*) FILTER (WHERE a.kind IS NULL) AS without_kind
FROM corpus c, LATERAL tip_activities(c.doc) a
GROUP BY c.name ORDER BY c.name;

-- Kinds of sentences read in the reports; a sentence naming two kinds gives
-- two rows.  Every row of these paragraphs was checked against the text
-- (and test/gold/activities.tsv): they are all the activities the
-- paragraphs report, with the right kind and theme.
SELECT c.name, a.paragraph, a.ord, a.kind, a.theme, left(a.sentence, 60) AS sentence
FROM corpus c, LATERAL tip_activities(c.doc) a
WHERE (c.name LIKE '000%' AND a.paragraph IN (35, 45))
   OR (c.name LIKE '002%' AND a.paragraph IN (44, 63))
   OR (c.name LIKE '004%' AND a.paragraph IN (21, 51))
ORDER BY c.name, a.seq;

-- Sentences that report no activity give none: context, mandates, resolutions.
SELECT c.name, a.paragraph, left(a.sentence, 50)
FROM corpus c, LATERAL tip_activities(c.doc) a
WHERE a.sentence LIKE 'Knowledge and research%'
   OR a.sentence LIKE '%may wish to%'
   OR a.sentence LIKE '%the General Assembly adopted%'
   OR a.sentence LIKE '%the Security Council adopted%'
   OR a.sentence LIKE 'Despite the progress made%'
   OR a.sentence LIKE 'The Secretary-General established%';

-- Themes follow the headings.
SELECT DISTINCT p.section_path, p.heading, a.theme
FROM corpus c, LATERAL tip_activities(c.doc) a
JOIN LATERAL tip_paragraphs(c.doc) p ON p.number = a.paragraph
WHERE c.name LIKE '002%'
ORDER BY 1, 2;

-- Offsets: every row's [start_offset, end_offset) lies inside the input.
SELECT c.name, count(*) FILTER (WHERE NOT (a.end_offset > a.start_offset AND a.start_offset >= 0
                                      AND a.end_offset <= octet_length(convert_to(c.doc, 'UTF8')))) AS outside
FROM corpus c, LATERAL tip_activities(c.doc) a
GROUP BY c.name ORDER BY c.name;

-- Plans are not activities; the head noun decides the kind.
SELECT kind, left(sentence, 70) FROM tip_activities(
  E'1. UNODC will organize a workshop in 2025. UNODC organized a legislative drafting workshop to assist the committee in finalizing a draft law. The Office published a training manual and trained 40 judges.')
ORDER BY seq;

-- Several kinds in one sentence: each keeps its own place and date; a
-- second subject opens a clause; a date in a clause about the future and a
-- year that qualifies a noun are not the time of the activity.
SELECT kind, date_start, date_precision, countries FROM tip_activities(
  E'1. In Chile, UNODC trained judges, and in Peru, UNODC conducted a workshop in March 2024. UNODC assisted Ghana in the establishment of a committee and organized two workshops in Kenya in April 2017. Work continued on a handbook, which is expected to be finalized in 2025. UNODC published a commentary in November 2011 on the 2011 directive.')
ORDER BY seq;

-- A sentence whose only kind is its setting reports work done there;
-- a phrase of purpose opening the sentence is not the activity.
SELECT kind, date_start FROM tip_activities(
  E'1. At the thirtieth session of the Commission, held in 2021, UNODC provided substantive support to Member States. In order to raise awareness, UNODC trained journalists in Ghana.')
ORDER BY seq;

-- A passive without the Office as agent is its work when its subject or
-- verb names a kind; what other actors did or underwent, the numbered
-- meetings of a body and the work of another office named "the Office of
-- ..." are not.
SELECT kind, left(sentence, 60) FROM tip_activities(
  E'1. A regional workshop on child victims was held in Accra in May 2022. Some 90 prosecutors were trained in Nairobi. '
  'Twenty States parties were reviewed in 2022. Fourteen communications were sent to Governments. '
  'The ninth and tenth meetings of the Working Group were held in 2019 and 2020, respectively. '
  'The Office of the High Commissioner for Human Rights organized a consultation in Geneva.')
ORDER BY seq;

SELECT * FROM tip_activities(NULL);
SELECT count(*) FROM tip_activities('no report here');
