-- UNODC activities: rows per report and kind.
SELECT c.name, count(*) AS activities, count(DISTINCT a.kind) AS kinds,
       count(*) FILTER (WHERE a.theme IS NOT NULL) AS with_theme
FROM corpus c, LATERAL tip_activities(c.doc) a
GROUP BY c.name ORDER BY c.name;

-- Kinds of sentences read in the reports; a sentence naming two kinds gives two rows.
SELECT c.name, a.paragraph, a.ord, a.kind, a.theme, left(a.sentence, 60) AS sentence
FROM corpus c, LATERAL tip_activities(c.doc) a
WHERE (c.name LIKE '000%' AND a.paragraph IN (35, 44, 45, 72))
   OR (c.name LIKE '001%' AND a.paragraph IN (12, 23))
   OR (c.name LIKE '002%' AND a.paragraph IN (44, 58, 63))
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
SELECT c.name, a.theme, min(a.paragraph), max(a.paragraph), count(*)
FROM corpus c, LATERAL tip_activities(c.doc) a
WHERE c.name LIKE '002%'
GROUP BY c.name, a.theme ORDER BY min(a.paragraph);

-- Offsets: the input at [start_offset, end_offset) begins like the sentence.
SELECT c.name, count(*) FILTER (WHERE a.end_offset > a.start_offset AND a.end_offset <= octet_length(convert_to(c.doc, 'UTF8'))) AS sane,
       count(*) AS activities
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

SELECT * FROM tip_activities(NULL);
SELECT count(*) FROM tip_activities('no report here');
