-- Loading the corpus into the extension's tables: one parse, one transaction,
-- idempotent, clean errors for texts that are not reports.
SET datestyle = ISO;
-- the five corpus reports, in name order: report_id 1..5
SELECT c.name, tip_load_report(c.doc, c.name) AS report_id FROM corpus c ORDER BY c.name;
SELECT report_id, source, symbol, year, session_body, session_number, venue, session_start,
       paragraph_count, footnote_count, rendering, forced, octet_length(raw_text) AS bytes
FROM tip_reports ORDER BY report_id;
-- every stored layer equals what the parsing functions give for the same text
SELECT r.report_id,
       (SELECT count(*) FROM tip_sections s WHERE s.report_id = r.report_id) AS sections,
       (SELECT count(*) FROM (SELECT * FROM tip_sections(r.raw_text)
                              EXCEPT SELECT ord, parent_ord, depth, kind, label, path, title,
                                            first_paragraph, last_paragraph, start_offset, end_offset
                                     FROM tip_sections s WHERE s.report_id = r.report_id) d) AS sections_differ,
       (SELECT count(*) FROM tip_paragraphs p WHERE p.report_id = r.report_id) AS paragraphs,
       (SELECT count(*) FROM (SELECT * FROM tip_paragraphs(r.raw_text)
                              EXCEPT SELECT number, section_ord, section_path, heading, body,
                                            footnote_marks, start_offset, end_offset
                                     FROM tip_paragraphs p WHERE p.report_id = r.report_id) d) AS paragraphs_differ,
       (SELECT count(*) FROM tip_footnotes f WHERE f.report_id = r.report_id) AS footnotes,
       (SELECT count(*) FROM (SELECT * FROM tip_footnotes(r.raw_text)
                              EXCEPT SELECT mark, body, paragraph, start_offset, end_offset
                                     FROM tip_footnotes f WHERE f.report_id = r.report_id) d) AS footnotes_differ
FROM tip_reports r ORDER BY r.report_id;
-- the metadata columns equal tip_parse_report()
SELECT count(*) AS metadata_differ
FROM tip_reports r, LATERAL tip_parse_report(r.raw_text) m
WHERE (r.symbol, r.body, r.session_number, r.session_start, r.title, r.paragraph_count, r.footnote_count)
      IS DISTINCT FROM (m.symbol, m.body, m.session_number, m.session_start, m.title, m.paragraph_count, m.footnote_count);
-- offsets point into raw_text: each paragraph starts with its number
SELECT count(*) AS paragraphs, count(*) FILTER (
         WHERE convert_from(substring(convert_to(r.raw_text, 'UTF8') FROM p.start_offset + 1
                                      FOR length(p.number::text)), 'UTF8') = p.number::text) AS start_with_number
FROM tip_paragraphs p JOIN tip_reports r USING (report_id);
-- the full-text vector: heading words weight A, body words weight B
SELECT p.heading, p.number, tsvector_to_array(ts_filter(p.tsv, '{a}')) AS heading_lexemes,
       p.tsv @@ to_tsquery('tip_english', 'introduction:A') AS heading_weight_a,
       p.tsv @@ to_tsquery('tip_english', 'introduction:B') AS heading_in_body,
       p.tsv @@ to_tsquery('tip_english', 'global:B <-> plan:B') AS body_weight_b,
       p.body LIKE '%Global Plan of Action%' AS body_says_global_plan
FROM tip_paragraphs p WHERE p.report_id = 4 AND p.number = 1;
-- tip_parse_document: every layer from one parse, same sizes as the functions
SELECT c.name, cardinality(d.sections) AS sections, cardinality(d.paragraphs) AS paragraphs,
       cardinality(d.footnotes) AS footnotes, d.missing,
       cardinality(d.paragraphs) = (d.report).paragraph_count AS counts_agree
FROM corpus c, LATERAL tip_internal.tip_parse_document(c.doc) d ORDER BY c.name;
SELECT tip_internal.tip_parse_document(NULL) IS NULL AS null_document, tip_load_report(NULL) IS NULL AS null_load;

-- loading the same text again changes nothing: same ids, same rows, no id used up
CREATE TEMP TABLE before AS
SELECT (SELECT count(*) FROM tip_reports) AS reports, (SELECT count(*) FROM tip_paragraphs) AS paragraphs,
       (SELECT max(loaded_at) FROM tip_reports) AS last_load,
       (SELECT last_value FROM tip_reports_report_id_seq) AS last_id;
SELECT c.name, tip_load_report(c.doc, 'again') AS report_id FROM corpus c ORDER BY c.name;
-- renderings that differ only by normalization are the same report:
-- CRLF, CR, trailing spaces and tabs, a byte order mark, blank lines at the end
SELECT tip_load_report(replace(doc, E'\n', E'\r\n')) AS crlf,
       tip_load_report(replace(doc, E'\n', E'\r')) AS cr,
       tip_load_report(replace(doc, E'\n', E' \t \n')) AS trailing_blanks,
       tip_load_report(E'\uFEFF' || doc || E'\n\n  \n') AS bom_and_blank_end
FROM corpus WHERE name LIKE '003%';
SELECT b.reports = (SELECT count(*) FROM tip_reports) AS same_reports,
       b.paragraphs = (SELECT count(*) FROM tip_paragraphs) AS same_paragraphs,
       b.last_load = (SELECT max(loaded_at) FROM tip_reports) AS same_load_time,
       b.last_id = (SELECT last_value FROM tip_reports_report_id_seq) AS no_id_used,
       (SELECT count(*) FROM tip_reports WHERE source = 'again') AS sources_overwritten
FROM before b;
-- what normalization keeps: inner spaces, leading indentation and inner blank lines matter
SELECT tip_text_sha256(E'a\r\nb  \n\n') = tip_text_sha256(E'a\nb') AS same_normalized,
       tip_text_sha256('a  b') = tip_text_sha256('a b') AS inner_spaces_same,
       tip_text_sha256(E'a\n  b') = tip_text_sha256(E'a\nb') AS indentation_same,
       tip_text_sha256(E'a\n\nb') = tip_text_sha256(E'a\nb') AS inner_blank_line_same,
       encode(tip_text_sha256(''), 'hex') = encode(sha256(''::bytea), 'hex') AS empty_is_sha256_of_nothing,
       tip_text_sha256(E'x \n') = sha256('x'::bytea) AS is_sha256_of_normalized;

-- a different text is a different report; deleting it removes all its rows
SELECT tip_load_report(replace(doc, 'Vienna', 'Vienne'), 'edited') AS edited_id FROM corpus WHERE name LIKE '003%';
SELECT report_id, source, session_number, paragraph_count FROM tip_reports WHERE report_id > 5;
SELECT tip_delete_report(6) AS deleted, tip_delete_report(6) AS deleted_again;
SELECT (SELECT count(*) FROM tip_sections WHERE report_id = 6) + (SELECT count(*) FROM tip_paragraphs WHERE report_id = 6)
       + (SELECT count(*) FROM tip_footnotes WHERE report_id = 6) + (SELECT count(*) FROM tip_mentions WHERE report_id = 6)
       + (SELECT count(*) FROM tip_activities WHERE report_id = 6) AS rows_left;

-- not a report: ERROR with SQLSTATE TR001, a detail and a hint; nothing loaded
DO $$
DECLARE st text; msg text; det text; hin text;
BEGIN
	PERFORM tip_load_report('The quick brown fox jumps over the lazy dog.', 'fox.txt');
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL, hin = PG_EXCEPTION_HINT;
	RAISE NOTICE 'sqlstate %: %', st, msg;
	RAISE NOTICE 'detail: %', det;
	RAISE NOTICE 'hint: %', hin;
END
$$;
-- numbered paragraphs without a masthead: only the masthead is missing
DO $$
DECLARE det text;
BEGIN
	PERFORM tip_load_report(E'1. First point.\n\n2. Second point.\n');
EXCEPTION WHEN SQLSTATE 'TR001' THEN
	GET STACKED DIAGNOSTICS det = PG_EXCEPTION_DETAIL;
	RAISE NOTICE 'detail: %', det;
END
$$;
SELECT count(*) AS reports, (SELECT last_value FROM tip_reports_report_id_seq) AS last_id FROM tip_reports;
-- the error also aborts the caller's transaction: nothing half-loaded before it stays
BEGIN;
SELECT tip_load_report(replace(doc, 'Vienna', 'Wien')) IS NOT NULL AS loaded_in_transaction FROM corpus WHERE name LIKE '001%';
SELECT tip_load_report('not a report');
ROLLBACK;
SELECT count(*) AS reports_after_rollback FROM tip_reports;
-- force loads it anyway, marked as forced
SELECT tip_load_report('The quick brown fox.', 'fox.txt', force => true) AS forced_id;
SELECT report_id, source, forced, paragraph_count, symbol, session_number FROM tip_reports WHERE forced;
SELECT tip_delete_report(report_id) FROM tip_reports WHERE forced;

-- tip_reparse_all rebuilds every derived row in place
SELECT tip_reparse_all() AS reparsed;
SELECT count(*) AS reports, sum(paragraph_count) AS paragraph_count,
       (SELECT count(*) FROM tip_paragraphs) AS paragraphs, (SELECT count(*) FROM tip_sections) AS sections,
       (SELECT count(*) FROM tip_footnotes) AS footnotes, min(report_id) AS first_id, max(report_id) AS last_id
FROM tip_reports;

-- tip_reparse_all checks what each text lacks, as a load does, and sets
-- forced from it.  The flags are set by hand here to stand for what an
-- older parser decided at load time.
BEGIN;
-- a report stored as forced that the parser now takes for a report: forced is cleared
UPDATE tip_reports SET forced = true WHERE source LIKE '003%';
SELECT tip_reparse_all() AS reparsed;
SELECT source, forced FROM tip_reports WHERE source LIKE '003%';
-- a text stored as a report that the parser no longer takes for one: TR001,
-- nothing is reparsed
SELECT tip_load_report('Not a report at all.', 'not-a-report.txt', force => true) IS NOT NULL AS forced_load;
UPDATE tip_reports SET forced = false, paragraph_count = 99 WHERE source = 'not-a-report.txt';
SAVEPOINT before_reparse;
SELECT tip_reparse_all() AS reparsed;
ROLLBACK TO before_reparse;
SELECT forced, paragraph_count FROM tip_reports WHERE source = 'not-a-report.txt';
-- with force it is reparsed and marked forced
SELECT tip_reparse_all(force => true) AS reparsed;
SELECT forced, paragraph_count FROM tip_reports WHERE source = 'not-a-report.txt';
ROLLBACK;

-- tip_internal.tip_load (bin/tip-load's call) says whether the call stored
-- the text: fresh the first time, not for the same text again, nor for a
-- text already loaded by tip_load_report
BEGIN;
SELECT l.id > 5 AS new_id, l.fresh FROM corpus c, LATERAL tip_internal.tip_load(c.doc || E'\nfresh', 'f', false) AS l
WHERE c.name LIKE '003%';
SELECT l.id = r.report_id AS same_id, l.fresh FROM corpus c, LATERAL tip_internal.tip_load(c.doc || E'\nfresh', 'f', false) AS l,
	tip_reports r WHERE c.name LIKE '003%' AND r.source = 'f';
SELECT l.id, l.fresh FROM corpus c, LATERAL tip_internal.tip_load(c.doc, 'again', false) AS l WHERE c.name LIKE '003%';
SELECT l.id IS NULL AS null_id, l.fresh IS NULL AS null_fresh FROM tip_internal.tip_load(NULL, NULL, false) AS l;
ROLLBACK;
