
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

-- The band loop of tip_search over one table of paragraphs: all of
-- tip_paragraphs on one node, one shard of it on Citus.  The best k of the
-- whole corpus are among the best k of each shard, so on Citus every shard
-- runs this loop at once (one round trip, not one per band) and tip_search
-- merges what they return.  rel is read with the caller's privileges.
CREATE FUNCTION @extschema@.tip_search_top(rel regclass, q tsquery, k integer)
RETURNS TABLE (report_id bigint, number integer, rank real)
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET jit = off -- see tip_search
AS $$
DECLARE
	-- what the probes ask the index; the rows fetched are checked against q
	qi tsquery := @extschema@.tip_rank_index_query(q);
	-- q without NOT or phrase is qi: the rows the index gives match it
	exact boolean := q OPERATOR(pg_catalog.=) qi;
	-- querytree() drops the NOTs
	has_not boolean := pg_catalog.querytree(q) OPERATOR(pg_catalog.<>) q::text;
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
	-- the statements over rel, made once per call
	count_not text := pg_catalog.format(
		'SELECT pg_catalog.count(*) FROM %s AS p '
		'WHERE @extschema@.tip_rank_keys(p.tsv) OPERATOR(pg_catalog.&&) $1 '
		'AND p.tsv OPERATOR(pg_catalog.@@) $2 AND NOT pg_catalog.ts_match_vq(p.tsv, $3)', rel);
	probe text := pg_catalog.format(
		'SELECT pg_catalog.array_agg(t.rid ORDER BY t.s DESC, t.rid, t.num), '
		'pg_catalog.array_agg(t.num ORDER BY t.s DESC, t.rid, t.num), '
		'pg_catalog.array_agg(t.s ORDER BY t.s DESC, t.rid, t.num) '
		'FROM (SELECT o.rid, o.num, o.s '
		'FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3)) AS o(rid, num, s) '
		'UNION '
		'(SELECT p.report_id, p.number, @extschema@.tip_rank(p.tsv, $4) FROM %s AS p '
		'WHERE @extschema@.tip_rank_keys(p.tsv) OPERATOR(pg_catalog.&&) $5 '
		'AND p.tsv OPERATOR(pg_catalog.@@) $6 AND ($7 OR pg_catalog.ts_match_vq(p.tsv, $4)) '
		'ORDER BY 3 DESC, 1, 2 LIMIT $8) '
		'ORDER BY 3 DESC, 1, 2 LIMIT $8) AS t', rel);
	rank_all text := pg_catalog.format(
		'SELECT pg_catalog.array_agg(s.report_id ORDER BY s.r DESC, s.report_id, s.number), '
		'pg_catalog.array_agg(s.number ORDER BY s.r DESC, s.report_id, s.number), '
		'pg_catalog.array_agg(s.r ORDER BY s.r DESC, s.report_id, s.number) '
		'FROM (SELECT p.report_id, p.number, @extschema@.tip_rank(p.tsv, $1) AS r FROM %s AS p '
		'WHERE p.tsv OPERATOR(pg_catalog.@@) $1 '
		'ORDER BY r DESC, p.report_id, p.number LIMIT $2) AS s', rel);
BEGIN
	IF k OPERATOR(pg_catalog.<=) 0 OR pg_catalog.numnode(q) OPERATOR(pg_catalog.=) 0 THEN
		RETURN;
	END IF;
	lvl := bands[1];
	LOOP
		keys := @extschema@.tip_rank_query_keys(q, lvl, hi);
		EXIT WHEN keys IS NULL OR qi IS NULL;
		IF has_not THEN
			-- A NOT that the rows fail often (smuggling -trafficking): the
			-- index evaluates it faster than rows fetched one by one
			EXECUTE count_not INTO n USING keys, qi, q;
			rejected := rejected OPERATOR(pg_catalog.+) n;
			EXIT WHEN rejected OPERATOR(pg_catalog.>) 1000;
		END IF;
		-- the best k of the paragraphs with a word of the query at a level
		-- in [lvl, hi], merged with the best found so far
		EXECUTE probe INTO top_r, top_n, top_s USING top_r, top_n, top_s, q, keys, qi, exact, k;
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
			-- k found: the next probe reaches the level where they are known
			-- to be the best, in one step
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
		EXECUTE rank_all INTO top_r, top_n, top_s USING q, k;
	END IF;
	RETURN QUERY
	SELECT u.rid, u.num, u.s
	FROM ROWS FROM (pg_catalog.unnest(top_r), pg_catalog.unnest(top_n), pg_catalog.unnest(top_s)) AS u(rid, num, s);
END
$$;

COMMENT ON FUNCTION @extschema@.tip_search_top(regclass, tsquery, integer) IS
	'The best k paragraphs of rel (tip_paragraphs, or one shard of it on Citus) for a tip_english query by tip_rank, ties by report_id and number: the part of tip_search that runs on every shard at once';

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
-- the ranking of every match (tip_search_top) costs more than JIT's
-- threshold and gains nothing from compiling it
SET jit = off
AS $$
DECLARE
	q tsquery := pg_catalog.websearch_to_tsquery('@extschema@.tip_english'::regconfig, query);
	-- fractions round; beyond the integer range is as many as there are
	k integer := LEAST(GREATEST(pg_catalog.round(max_rows), 0), 2147483647)::integer;
	top_r bigint[];
	top_n integer[];
	top_s real[];
	results text[];
	failure text;
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
	IF @extschema@.tip_is_distributed() THEN
		-- every shard's best k at once, as JSON (run_command_on_shards puts
		-- the shard's name for %s with format(), so the query's own % are
		-- doubled), merged below
		SELECT pg_catalog.array_agg(s.result), pg_catalog.min(s.result) FILTER (WHERE NOT s.success)
		INTO results, failure
		FROM pg_catalog.run_command_on_shards('@extschema@.tip_paragraphs'::regclass,
			pg_catalog.format('SELECT COALESCE(pg_catalog.json_agg(t), ''[]'') '
				'FROM %s(''%%s''::regclass, %s::tsquery, %s) AS t',
				'@extschema@.tip_search_top'::regproc,
				pg_catalog.replace(pg_catalog.quote_literal(q::text), '%', '%%'), k)) AS s;
		IF failure IS NOT NULL THEN
			RAISE EXCEPTION USING ERRCODE = 'external_routine_exception',
				MESSAGE = pg_catalog.format('tip_search failed on a shard: %s', failure);
		END IF;
		SELECT pg_catalog.array_agg(x.report_id ORDER BY x.rank DESC, x.report_id, x.number),
			pg_catalog.array_agg(x.number ORDER BY x.rank DESC, x.report_id, x.number),
			pg_catalog.array_agg(x.rank ORDER BY x.rank DESC, x.report_id, x.number)
		INTO top_r, top_n, top_s
		FROM (SELECT y.report_id, y.number, y.rank
			FROM pg_catalog.unnest(results) AS j(doc),
				pg_catalog.json_to_recordset(j.doc::json) AS y(report_id bigint, number integer, rank real)
			ORDER BY y.rank DESC, y.report_id, y.number
			LIMIT k) AS x;
	ELSE
		SELECT pg_catalog.array_agg(t.report_id), pg_catalog.array_agg(t.number), pg_catalog.array_agg(t.rank)
		INTO top_r, top_n, top_s
		FROM @extschema@.tip_search_top('@extschema@.tip_paragraphs'::regclass, q, k) AS t;
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
	WHERE p.report_id OPERATOR(pg_catalog.=) ANY (top_r) AND r.report_id OPERATOR(pg_catalog.=) ANY (top_r)
	ORDER BY u.ord;
END
$$;

COMMENT ON FUNCTION @extschema@.tip_search(text, numeric) IS
	'Paragraphs matching a web-search style query (websearch_to_tsquery, configuration tip_english: accents folded), best first by tip_rank (ties by report_id, paragraph), at most max_rows (any integer or numeric bind), with the report''s label, symbol, year and date, section path, paragraph number, a snippet with the matches in <b></b> and the same snippet as plain text';
