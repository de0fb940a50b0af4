
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
CREATE FUNCTION tip_internal.tip_search_top(rel regclass, q tsquery, k integer)
RETURNS TABLE (report_id bigint, number integer, rank real)
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET jit = off -- see tip_search
AS $$
DECLARE
	-- what the probes ask the index; the rows fetched are checked against q
	qi tsquery := tip_internal.tip_rank_index_query(q);
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
	-- On one node rel is tip_paragraphs, read by the statements written out
	-- below, whose plans PL/pgSQL keeps for the session; a shard's name is
	-- known only here, and the same statements over it are planned at
	-- every call (made once per call)
	whole boolean := rel OPERATOR(pg_catalog.=) '@extschema@.tip_paragraphs'::regclass;
	count_not text := pg_catalog.format(
		'SELECT pg_catalog.count(*) FROM %s AS p '
		'WHERE tip_internal.tip_rank_keys(p.tsv) OPERATOR(pg_catalog.&&) $1 '
		'AND p.tsv OPERATOR(pg_catalog.@@) $2 AND NOT pg_catalog.ts_match_vq(p.tsv, $3)', rel);
	probe text := pg_catalog.format(
		'SELECT pg_catalog.array_agg(t.rid ORDER BY t.s DESC, t.rid, t.num), '
		'pg_catalog.array_agg(t.num ORDER BY t.s DESC, t.rid, t.num), '
		'pg_catalog.array_agg(t.s ORDER BY t.s DESC, t.rid, t.num) '
		'FROM (SELECT o.rid, o.num, o.s '
		'FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3)) AS o(rid, num, s) '
		'UNION '
		'(SELECT p.report_id, p.number, @extschema@.tip_rank(p.tsv, $4) FROM %s AS p '
		'WHERE tip_internal.tip_rank_keys(p.tsv) OPERATOR(pg_catalog.&&) $5 '
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
		keys := tip_internal.tip_rank_query_keys(q, lvl, hi);
		EXIT WHEN keys IS NULL OR qi IS NULL;
		IF has_not THEN
			-- A NOT that the rows fail often (smuggling -trafficking): the
			-- index evaluates it faster than rows fetched one by one
			IF whole THEN
				SELECT pg_catalog.count(*) INTO n
				FROM @extschema@.tip_paragraphs AS p
				WHERE tip_internal.tip_rank_keys(p.tsv) OPERATOR(pg_catalog.&&) keys
					AND p.tsv OPERATOR(pg_catalog.@@) qi
					AND NOT pg_catalog.ts_match_vq(p.tsv, q);
			ELSE
				EXECUTE count_not INTO n USING keys, qi, q;
			END IF;
			rejected := rejected OPERATOR(pg_catalog.+) n;
			EXIT WHEN rejected OPERATOR(pg_catalog.>) 1000;
		END IF;
		-- the best k of the paragraphs with a word of the query at a level
		-- in [lvl, hi], merged with the best found so far
		IF whole THEN
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
		ELSE
			EXECUTE probe INTO top_r, top_n, top_s USING top_r, top_n, top_s, q, keys, qi, exact, k;
		END IF;
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
		IF whole THEN
			SELECT pg_catalog.array_agg(s.report_id ORDER BY s.r DESC, s.report_id, s.number),
				pg_catalog.array_agg(s.number ORDER BY s.r DESC, s.report_id, s.number),
				pg_catalog.array_agg(s.r ORDER BY s.r DESC, s.report_id, s.number)
			INTO top_r, top_n, top_s
			FROM (SELECT p.report_id, p.number, @extschema@.tip_rank(p.tsv, q) AS r
				FROM @extschema@.tip_paragraphs AS p
				WHERE p.tsv OPERATOR(pg_catalog.@@) q
				ORDER BY r DESC, p.report_id, p.number
				LIMIT k) AS s;
		ELSE
			EXECUTE rank_all INTO top_r, top_n, top_s USING q, k;
		END IF;
	END IF;
	RETURN QUERY
	SELECT u.rid, u.num, u.s
	FROM ROWS FROM (pg_catalog.unnest(top_r), pg_catalog.unnest(top_n), pg_catalog.unnest(top_s)) AS u(rid, num, s);
END
$$;

COMMENT ON FUNCTION tip_internal.tip_search_top(regclass, tsquery, integer) IS
	'The best k paragraphs of rel (tip_paragraphs, or one shard of it on Citus) for a tip_english query by tip_rank, ties by report_id and number: the part of tip_search that runs on every shard at once';

-- Citus runs tip_search_top on every shard at once through this aggregate
-- over tip_reports (a custom aggregate with a combine function runs on each
-- shard and is merged on the coordinator, in one round trip over cached
-- connections): the first row of a shard of tip_reports runs the band loop
-- over the colocated shard of tip_paragraphs, the other rows change
-- nothing, and the states of the shards are merged into the best k.  A
-- shard without reports has no paragraphs either.  The state is
-- {"k": k, "hits": [[rank as text, report_id, number], ...]}, best first;
-- ranks travel as text, which keeps every bit of a real.
CREATE FUNCTION tip_internal.tip_search_shard_step(state jsonb, shard oid, q tsquery, k integer)
RETURNS jsonb
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rel regclass;
	hits jsonb;
BEGIN
	IF state IS NOT NULL THEN
		RETURN state;
	END IF;
	-- the shard of tip_paragraphs colocated with this shard of tip_reports:
	-- the one with the same hash range (Citus's catalog, read dynamically:
	-- it exists only where Citus is installed)
	EXECUTE 'SELECT pg_catalog.shard_name($1, p.shardid, skip_qualify_public => false)::regclass '
		'FROM pg_catalog.pg_class AS c '
		'JOIN pg_catalog.pg_dist_shard AS r ON r.logicalrelid OPERATOR(pg_catalog.=) $2 '
		'AND r.shardid OPERATOR(pg_catalog.=) pg_catalog.substring(c.relname, ''_([0-9]+)$'')::bigint '
		'JOIN pg_catalog.pg_dist_shard AS p ON p.logicalrelid OPERATOR(pg_catalog.=) $1 '
		'AND p.shardminvalue OPERATOR(pg_catalog.=) r.shardminvalue '
		'WHERE c.oid OPERATOR(pg_catalog.=) $3'
		INTO rel USING '@extschema@.tip_paragraphs'::regclass, '@extschema@.tip_reports'::regclass, shard;
	SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_array(t.rank::text, t.report_id, t.number)
			ORDER BY t.rank DESC, t.report_id, t.number)
	INTO hits FROM tip_internal.tip_search_top(rel, q, k) AS t;
	RETURN pg_catalog.jsonb_build_object('k', k, 'hits', COALESCE(hits, '[]'));
END
$$;

COMMENT ON FUNCTION tip_internal.tip_search_shard_step(jsonb, oid, tsquery, integer) IS
	'State function of tip_search_shards: the best k paragraphs of the shard of tip_paragraphs colocated with the shard of tip_reports given';

CREATE FUNCTION tip_internal.tip_search_shard_merge(a jsonb, b jsonb)
RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
RETURN CASE WHEN a IS NULL THEN b WHEN b IS NULL THEN a ELSE
	pg_catalog.jsonb_build_object('k', a OPERATOR(pg_catalog.->) 'k', 'hits', COALESCE((
		SELECT pg_catalog.jsonb_agg(h.hit ORDER BY (h.hit OPERATOR(pg_catalog.->>) 0)::real DESC,
				(h.hit OPERATOR(pg_catalog.->>) 1)::bigint, (h.hit OPERATOR(pg_catalog.->>) 2)::integer)
		FROM (SELECT x.hit FROM (
				SELECT * FROM pg_catalog.jsonb_array_elements(a OPERATOR(pg_catalog.->) 'hits')
				UNION ALL
				SELECT * FROM pg_catalog.jsonb_array_elements(b OPERATOR(pg_catalog.->) 'hits')) AS x(hit)
			ORDER BY (x.hit OPERATOR(pg_catalog.->>) 0)::real DESC, (x.hit OPERATOR(pg_catalog.->>) 1)::bigint,
				(x.hit OPERATOR(pg_catalog.->>) 2)::integer
			LIMIT (a OPERATOR(pg_catalog.->>) 'k')::integer) AS h), '[]'))
END;

COMMENT ON FUNCTION tip_internal.tip_search_shard_merge(jsonb, jsonb) IS
	'Combine function of tip_search_shards: the best k of the hits of two states';

CREATE AGGREGATE tip_internal.tip_search_shards(oid, tsquery, integer) (
	SFUNC = tip_internal.tip_search_shard_step,
	STYPE = jsonb,
	COMBINEFUNC = tip_internal.tip_search_shard_merge
);

COMMENT ON AGGREGATE tip_internal.tip_search_shards(oid, tsquery, integer) IS
	'Over the rows of tip_reports (tableoid, query, k): the best k paragraphs of every shard, merged; how tip_search searches a distributed corpus';

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
	found jsonb;
	pool text;
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
	IF tip_internal.tip_is_distributed() THEN
		-- every shard's best k at once, merged (tip_search_shards), over one
		-- connection per worker: the connections Citus keeps from one
		-- statement to the next, where more would be opened for this
		-- statement alone, each a new backend that plans everything anew
		pool := pg_catalog.current_setting('citus.max_adaptive_executor_pool_size');
		PERFORM pg_catalog.set_config('citus.max_adaptive_executor_pool_size', '1', true);
		SELECT tip_internal.tip_search_shards(r.tableoid, q, k) INTO found FROM @extschema@.tip_reports AS r;
		PERFORM pg_catalog.set_config('citus.max_adaptive_executor_pool_size', pool, true);
		SELECT pg_catalog.array_agg((h.hit OPERATOR(pg_catalog.->>) 1)::bigint ORDER BY h.ord),
			pg_catalog.array_agg((h.hit OPERATOR(pg_catalog.->>) 2)::integer ORDER BY h.ord),
			pg_catalog.array_agg((h.hit OPERATOR(pg_catalog.->>) 0)::real ORDER BY h.ord)
		INTO top_r, top_n, top_s
		FROM pg_catalog.jsonb_array_elements(found OPERATOR(pg_catalog.->) 'hits') WITH ORDINALITY AS h(hit, ord);
	ELSE
		SELECT pg_catalog.array_agg(t.report_id), pg_catalog.array_agg(t.number), pg_catalog.array_agg(t.rank)
		INTO top_r, top_n, top_s
		FROM tip_internal.tip_search_top('@extschema@.tip_paragraphs'::regclass, q, k) AS t;
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
