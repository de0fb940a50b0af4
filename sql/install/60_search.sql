
-- ---------------------------------------------------------------------
-- Ranked full-text search over the loaded paragraphs
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.tip_search(query text, max_rows integer DEFAULT 20)
RETURNS TABLE (
	report_id bigint,
	symbol text,
	year integer,
	section_path text,
	heading text,
	paragraph integer,
	rank real,
	snippet text
)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
	WITH q AS (
		SELECT pg_catalog.websearch_to_tsquery('@extschema@.tip_english'::regconfig, tip_search.query) AS q
	),
	top AS (
		SELECT p.report_id, p.number, p.section_path, p.heading, p.body,
			pg_catalog.ts_rank(p.tsv, q.q) AS rank
		FROM @extschema@.tip_paragraphs AS p, q
		WHERE p.tsv OPERATOR(pg_catalog.@@) q.q
		ORDER BY rank DESC, p.report_id, p.number
		LIMIT GREATEST(tip_search.max_rows, 0)
	)
	SELECT top.report_id, r.symbol,
		r.year,
		top.section_path, top.heading, top.number, top.rank,
		pg_catalog.ts_headline('@extschema@.tip_english'::regconfig, top.body, q.q,
			'MaxFragments=2, MinWords=8, MaxWords=30, FragmentDelimiter=" … "')
	FROM top
	JOIN @extschema@.tip_reports AS r ON r.report_id OPERATOR(pg_catalog.=) top.report_id
	CROSS JOIN q
	ORDER BY top.rank DESC, top.report_id, top.number;
END;

COMMENT ON FUNCTION @extschema@.tip_search(text, integer) IS
	'Paragraphs matching a web-search style query (websearch_to_tsquery, configuration tip_english), best first, with a highlighted snippet, report symbol, year, section path and paragraph number';
