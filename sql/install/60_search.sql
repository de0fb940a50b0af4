
-- ---------------------------------------------------------------------
-- Ranked full-text search over the loaded paragraphs
--
-- The rank is tip_rank() (40_rank.sql): per word of the query, ts_rank's
-- score of the word alone, averaged.  Ranking every match before LIMIT
-- reads every matching row, about a million for a common word; instead the
-- index is probed for the paragraphs having some word of the query at a
-- high level (tip_rank_keys), from the top level down.  A paragraph not
-- fetched yet has all its words below the level probed, so its rank is
-- below level / 100: once max_rows fetched paragraphs rank above that, they
-- are the exact answer.  When they do not (few paragraphs with a word in
-- the heading or more than once in the body), every match is ranked.
-- ---------------------------------------------------------------------

-- max_rows is numeric so that every integer type a client binds (JDBC
-- setInt, setLong, setBigDecimal; an untyped literal) resolves to this one
-- function, where an integer parameter refuses bigint and numeric binds and
-- overloads would make smallint and untyped binds ambiguous.
CREATE FUNCTION @extschema@.tip_search(query text, max_rows numeric DEFAULT 20)
RETURNS TABLE (
	report_id bigint,
	label text,
	symbol text,
	year integer,
	date date,
	section_path text,
	heading text,
	paragraph integer,
	rank real,
	snippet text,
	snippet_text text
)
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
-- the ranking of every match (below) costs more than JIT's threshold and
-- gains nothing from compiling it
SET jit = off
AS $$
DECLARE
	q tsquery := pg_catalog.websearch_to_tsquery('@extschema@.tip_english'::regconfig, query);
	-- what the probes ask the index; the rows fetched are checked against q
	qi tsquery := tip_internal.tip_rank_index_query(q);
	-- q without NOT or phrase is qi: the rows the index gives match it
	exact boolean := q OPERATOR(pg_catalog.=) qi;
	-- querytree() drops the NOTs
	has_not boolean := pg_catalog.querytree(q) OPERATOR(pg_catalog.<>) q::text;
	-- fractions round; beyond the integer range is as many as there are
	k integer := LEAST(GREATEST(pg_catalog.round(max_rows), 0), 2147483647)::integer;
	-- Lower ends of the level ranges probed, highest first: every level a
	-- word can reach in a heading (A) and body (B) vector gets a probe of
	-- its own (78 and up: twice in the heading; 60-75 once; 30-39 only in
	-- the body), the empty ranges between them none.  Only the speed
	-- depends on this list, not the answer.
	bands integer[] := '{78,75,74,73,72,71,69,66,60,39,38,37,36,35,34,33,25}';
	b integer := 1;
	lvl integer;
	hi integer := 100;
	keys integer[];
	top_r bigint[] := '{}';
	top_n integer[] := '{}';
	top_s real[] := '{}';
	kth real;
	rejected bigint := 0;
	n bigint;
	done boolean := false;
BEGIN
	-- a role that may not read what the search reads gets one line saying
	-- so, not the statement of this function where it failed
	IF NOT (SELECT pg_catalog.bool_and(pg_catalog.has_column_privilege(c.rel, c.col, 'SELECT'))
			FROM (VALUES ('@extschema@.tip_paragraphs'::regclass, 'report_id'), ('@extschema@.tip_paragraphs', 'number'),
				('@extschema@.tip_paragraphs', 'tsv'), ('@extschema@.tip_paragraphs', 'section_path'),
				('@extschema@.tip_paragraphs', 'heading'), ('@extschema@.tip_paragraphs', 'body'),
				('@extschema@.tip_reports', 'report_id'), ('@extschema@.tip_reports', 'label'),
				('@extschema@.tip_reports', 'symbol'), ('@extschema@.tip_reports', 'year'),
				('@extschema@.tip_reports', 'date')) AS c(rel, col)) THEN
		RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
			MESSAGE = 'permission denied to search: tip_search reads tip_paragraphs and tip_reports',
			HINT = 'GRANT USAGE ON SCHEMA and SELECT ON the tables of the extension to the role (README, Connecting a BI tool).';
	END IF;
	IF k OPERATOR(pg_catalog.=) 0 OR pg_catalog.numnode(q) OPERATOR(pg_catalog.=) 0 THEN
		RETURN;
	END IF;
	lvl := bands[1];
	LOOP
		keys := tip_internal.tip_rank_query_keys(q, lvl, hi);
		EXIT WHEN keys IS NULL OR qi IS NULL;
		IF has_not THEN
			-- A NOT that the rows fail often (smuggling -trafficking): the
			-- index evaluates it faster than rows fetched one by one
			SELECT pg_catalog.count(*) INTO n
			FROM @extschema@.tip_paragraphs AS p
			WHERE tip_internal.tip_rank_keys(p.tsv) OPERATOR(pg_catalog.&&) keys
				AND p.tsv OPERATOR(pg_catalog.@@) qi
				AND NOT pg_catalog.ts_match_vq(p.tsv, q);
			rejected := rejected OPERATOR(pg_catalog.+) n;
			EXIT WHEN rejected OPERATOR(pg_catalog.>) 1000;
		END IF;
		-- the best max_rows of the paragraphs with a word of the query at a
		-- level in [lvl, hi], merged with the best found so far
		SELECT pg_catalog.array_agg(t.rid ORDER BY t.s DESC, t.rid, t.num),
			pg_catalog.array_agg(t.num ORDER BY t.s DESC, t.rid, t.num),
			pg_catalog.array_agg(t.s ORDER BY t.s DESC, t.rid, t.num)
		INTO top_r, top_n, top_s
		FROM (SELECT o.rid, o.num, o.s
			FROM ROWS FROM (pg_catalog.unnest(top_r), pg_catalog.unnest(top_n), pg_catalog.unnest(top_s)) AS o(rid, num, s)
			UNION
			(SELECT p.report_id, p.number, @extschema@.tip_rank(p.tsv, q)
			FROM @extschema@.tip_paragraphs AS p
			WHERE tip_internal.tip_rank_keys(p.tsv) OPERATOR(pg_catalog.&&) keys
				AND p.tsv OPERATOR(pg_catalog.@@) qi
				AND (exact OR pg_catalog.ts_match_vq(p.tsv, q))
			ORDER BY 3 DESC, 1, 2
			LIMIT k)
			ORDER BY 3 DESC, 1, 2
			LIMIT k) AS t;
		top_r := coalesce(top_r, '{}');
		top_n := coalesce(top_n, '{}');
		top_s := coalesce(top_s, '{}');
		kth := CASE WHEN pg_catalog.cardinality(top_s) OPERATOR(pg_catalog.=) k THEN top_s[k] END;
		-- every paragraph not fetched ranks below lvl / 100 (the margin covers
		-- the float rounding of the average, see src/sql_rank.c)
		IF kth OPERATOR(pg_catalog.>=) (lvl::real OPERATOR(pg_catalog./) 100 OPERATOR(pg_catalog.+) 0.0001::real) THEN
			done := true;
			EXIT;
		END IF;
		EXIT WHEN lvl OPERATOR(pg_catalog.<=) 25;
		hi := lvl OPERATOR(pg_catalog.-) 1;
		IF kth IS NOT NULL THEN
			-- max_rows found: the next probe reaches the level where they are
			-- known to be the best, in one step
			lvl := pg_catalog.floor((kth OPERATOR(pg_catalog.-) 0.0001::real) OPERATOR(pg_catalog.*) 100)::integer;
			lvl := LEAST(lvl, hi);
			EXIT WHEN lvl OPERATOR(pg_catalog.<) 25;
		ELSE
			WHILE bands[b] OPERATOR(pg_catalog.>=) lvl LOOP
				b := b OPERATOR(pg_catalog.+) 1;
			END LOOP;
			lvl := bands[b];
		END IF;
	END LOOP;
	IF NOT done THEN
		SELECT pg_catalog.array_agg(s.report_id ORDER BY s.r DESC, s.report_id, s.number),
			pg_catalog.array_agg(s.number ORDER BY s.r DESC, s.report_id, s.number),
			pg_catalog.array_agg(s.r ORDER BY s.r DESC, s.report_id, s.number)
		INTO top_r, top_n, top_s
		FROM (SELECT p.report_id, p.number, @extschema@.tip_rank(p.tsv, q) AS r
			FROM @extschema@.tip_paragraphs AS p
			WHERE p.tsv OPERATOR(pg_catalog.@@) q
			ORDER BY r DESC, p.report_id, p.number
			LIMIT k) AS s;
	END IF;
	RETURN QUERY
	SELECT p.report_id, r.label, r.symbol, r.year, r.date, p.section_path, p.heading, p.number, u.s,
		pg_catalog.ts_headline('@extschema@.tip_english'::regconfig, p.body, q,
			'MaxFragments=2, MinWords=8, MaxWords=30, FragmentDelimiter=" … "'),
		pg_catalog.ts_headline('@extschema@.tip_english'::regconfig, p.body, q,
			'MaxFragments=2, MinWords=8, MaxWords=30, FragmentDelimiter=" … ", StartSel="", StopSel=""')
	FROM ROWS FROM (pg_catalog.unnest(top_r), pg_catalog.unnest(top_n), pg_catalog.unnest(top_s))
		WITH ORDINALITY AS u(rid, num, s, ord)
	JOIN @extschema@.tip_paragraphs AS p
		ON p.report_id OPERATOR(pg_catalog.=) u.rid AND p.number OPERATOR(pg_catalog.=) u.num
	JOIN @extschema@.tip_reports AS r ON r.report_id OPERATOR(pg_catalog.=) u.rid
	ORDER BY u.ord;
END
$$;

COMMENT ON FUNCTION @extschema@.tip_search(text, numeric) IS
	'Paragraphs matching a web-search style query (websearch_to_tsquery, configuration tip_english: accents folded), best first by tip_rank (ties by report_id, paragraph), at most max_rows (any integer or numeric bind), with the report''s label, symbol, year and date, section path, paragraph number, a snippet with the matches in <b></b> and the same snippet as plain text';
