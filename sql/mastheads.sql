-- Masthead fields of the test texts in test/mastheads (each kind of UN
-- document in several renderings, flattened ones included) against the
-- fields test/mastheads/expected.txt says each text states.
SET datestyle = ISO;
CREATE TEMP TABLE mh (name text PRIMARY KEY, doc text NOT NULL);
\set doc `cat test/mastheads/ccpcj_layout.txt`
INSERT INTO mh VALUES ('ccpcj_layout.txt', :'doc');
\set doc `cat test/mastheads/ccpcj_plain.txt`
INSERT INTO mh VALUES ('ccpcj_plain.txt', :'doc');
\set doc `cat test/mastheads/ccpcj_web.txt`
INSERT INTO mh VALUES ('ccpcj_web.txt', :'doc');
\set doc `cat test/mastheads/cnd_web.txt`
INSERT INTO mh VALUES ('cnd_web.txt', :'doc');
\set doc `cat test/mastheads/cop_web.txt`
INSERT INTO mh VALUES ('cop_web.txt', :'doc');
\set doc `cat test/mastheads/csw_markdown.txt`
INSERT INTO mh VALUES ('csw_markdown.txt', :'doc');
\set doc `cat test/mastheads/csw_plain.txt`
INSERT INTO mh VALUES ('csw_plain.txt', :'doc');
\set doc `cat test/mastheads/ga_note_markdown.txt`
INSERT INTO mh VALUES ('ga_note_markdown.txt', :'doc');
\set doc `cat test/mastheads/ga_note_plain.txt`
INSERT INTO mh VALUES ('ga_note_plain.txt', :'doc');
\set doc `cat test/mastheads/ga_note_web.txt`
INSERT INTO mh VALUES ('ga_note_web.txt', :'doc');
\set doc `cat test/mastheads/ga_sg_broken.txt`
INSERT INTO mh VALUES ('ga_sg_broken.txt', :'doc');
\set doc `cat test/mastheads/ga_sg_layout.txt`
INSERT INTO mh VALUES ('ga_sg_layout.txt', :'doc');
\set doc `cat test/mastheads/ga_sg_markdown.txt`
INSERT INTO mh VALUES ('ga_sg_markdown.txt', :'doc');
\set doc `cat test/mastheads/ga_sg_plain.txt`
INSERT INTO mh VALUES ('ga_sg_plain.txt', :'doc');
\set doc `cat test/mastheads/ga_sg_web.txt`
INSERT INTO mh VALUES ('ga_sg_web.txt', :'doc');
\set doc `cat test/mastheads/hrc_layout.txt`
INSERT INTO mh VALUES ('hrc_layout.txt', :'doc');
\set doc `cat test/mastheads/hrc_markdown.txt`
INSERT INTO mh VALUES ('hrc_markdown.txt', :'doc');
\set doc `cat test/mastheads/hrc_note_web.txt`
INSERT INTO mh VALUES ('hrc_note_web.txt', :'doc');
\set doc `cat test/mastheads/hrc_plain.txt`
INSERT INTO mh VALUES ('hrc_plain.txt', :'doc');
\set doc `cat test/mastheads/hrc_web.txt`
INSERT INTO mh VALUES ('hrc_web.txt', :'doc');
\set doc `cat test/mastheads/old_csw_typed.txt`
INSERT INTO mh VALUES ('old_csw_typed.txt', :'doc');
\set doc `cat test/mastheads/old_ga_typed.txt`
INSERT INTO mh VALUES ('old_ga_typed.txt', :'doc');
\set doc `cat test/mastheads/old_web.txt`
INSERT INTO mh VALUES ('old_web.txt', :'doc');
\set doc `cat test/mastheads/orec_markdown.txt`
INSERT INTO mh VALUES ('orec_markdown.txt', :'doc');
\set doc `cat test/mastheads/orec_plain.txt`
INSERT INTO mh VALUES ('orec_plain.txt', :'doc');
\set doc `cat test/mastheads/orec_web.txt`
INSERT INTO mh VALUES ('orec_web.txt', :'doc');
\set doc `cat test/mastheads/sc_markdown.txt`
INSERT INTO mh VALUES ('sc_markdown.txt', :'doc');
\set doc `cat test/mastheads/sc_plain.txt`
INSERT INTO mh VALUES ('sc_plain.txt', :'doc');
\set doc `cat test/mastheads/sc_web.txt`
INSERT INTO mh VALUES ('sc_web.txt', :'doc');
\set doc `cat test/mastheads/wg_bg_layout.txt`
INSERT INTO mh VALUES ('wg_bg_layout.txt', :'doc');
\set doc `cat test/mastheads/wg_bg_markdown.txt`
INSERT INTO mh VALUES ('wg_bg_markdown.txt', :'doc');
\set doc `cat test/mastheads/wg_plain.txt`
INSERT INTO mh VALUES ('wg_plain.txt', :'doc');
\set doc `cat test/mastheads/wg_web.txt`
INSERT INTO mh VALUES ('wg_web.txt', :'doc');
\set exp `cat test/mastheads/expected.txt`
SELECT set_config('mh.exp', :'exp', false) IS NOT NULL AS expected_read;
-- expected.txt: "== FILE" blocks of "field: value"; "like FILE" copies a block
CREATE TEMP TABLE mh_expected (name text, field text, value text, PRIMARY KEY (name, field));
DO $$
DECLARE
	line text;
	cur text;
BEGIN
	FOR line IN SELECT l FROM regexp_split_to_table(current_setting('mh.exp'), E'\n') AS l
	LOOP
		CONTINUE WHEN line = '' OR line LIKE '#%';
		IF line LIKE '== %' THEN
			cur := substr(line, 4);
		ELSIF line LIKE 'like %' THEN
			INSERT INTO mh_expected SELECT cur, e.field, e.value FROM mh_expected e WHERE e.name = substr(line, 6);
		ELSE
			INSERT INTO mh_expected VALUES (cur, split_part(line, ': ', 1), substr(line, strpos(line, ': ') + 2))
			ON CONFLICT (name, field) DO UPDATE SET value = excluded.value;
		END IF;
	END LOOP;
	DELETE FROM mh_expected WHERE value = 'NULL';
END
$$;
SELECT count(DISTINCT name) AS texts, count(*) AS stated_fields FROM mh_expected;
-- every test text has its expected block
SELECT name FROM mh EXCEPT SELECT name FROM mh_expected;
CREATE TEMP VIEW mh_got AS
SELECT m.name, j.key AS field,
	CASE WHEN j.key = 'symbols' THEN array_to_string(r.symbols, ' ') ELSE j.value #>> '{}' END AS value
FROM mh m, LATERAL tip_parse_report(m.doc) r, LATERAL jsonb_each(to_jsonb(r)) j
WHERE j.key IN ('symbol', 'symbols', 'job_number', 'body', 'parent_body', 'session_number', 'venue',
				'session_start', 'session_end', 'distributed', 'original_language', 'agenda_item',
				'agenda_symbol', 'agenda_title', 'title', 'report_type')
  AND j.value <> 'null'::jsonb
  AND NOT (j.key = 'symbols' AND cardinality(r.symbols) < 2);
-- fields wrong or missing, and fields invented (none expected)
SELECT coalesce(e.name, g.name) AS name, coalesce(e.field, g.field) AS field,
	e.value AS expected, g.value AS got
FROM mh_expected e FULL JOIN mh_got g ON e.name = g.name AND e.field = g.field
WHERE e.value IS DISTINCT FROM g.value
ORDER BY 1, 2;
-- symbols: symbol first, then every other symbol the masthead carries
SELECT m.name, r.symbol, r.symbols
FROM mh m, LATERAL tip_parse_report(m.doc) r
WHERE m.name LIKE 'orec%' OR m.name LIKE 'ga_sg_broken%' OR m.name LIKE 'hrc_markdown%'
ORDER BY m.name;
-- bodies: the body that holds the session, the organ above it
SELECT r.body, r.parent_body, count(*) AS texts
FROM mh m, LATERAL tip_parse_report(m.doc) r
GROUP BY 1, 2 ORDER BY 1, 2;
-- paragraphs and headings still read in these layouts (contents tables are not paragraphs)
SELECT m.name, (SELECT array_agg(p.number ORDER BY p.number) FROM tip_paragraphs(m.doc) p) AS paragraphs,
	(SELECT array_agg(s.title ORDER BY s.ord) FROM tip_sections(m.doc) s) AS headings
FROM mh m ORDER BY m.name;
