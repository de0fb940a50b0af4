
-- ---------------------------------------------------------------------
-- Ranking of tip_search() and the index keys that find the best
-- paragraphs of a query without ranking every paragraph that matches it
-- (src/sql_rank.c)
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.tip_rank(tsv tsvector, query tsquery)
RETURNS real
AS 'MODULE_PATHNAME', 'tip_rank'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.tip_rank(tsvector, tsquery) IS
	'Rank of tip_search(): for each word of the query outside a NOT, ts_rank''s score of that word alone (the i-th occurrence counts its weight, heading A 1.0, body B 0.4, divided by i squared), averaged over the words; equal to ts_rank for one word and for words joined by OR';

CREATE FUNCTION tip_internal.tip_rank_keys(tsv tsvector)
RETURNS integer[]
AS 'MODULE_PATHNAME', 'tip_rank_keys'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION tip_internal.tip_rank_keys(tsvector) IS
	'Index keys of a vector: hash of the word and level floor(100 * score) of each word scoring 0.25 or more (in the heading, or more than once in the body)';

CREATE FUNCTION tip_internal.tip_rank_query_keys(query tsquery, min_level integer, max_level integer)
RETURNS integer[]
AS 'MODULE_PATHNAME', 'tip_rank_query_keys'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION tip_internal.tip_rank_query_keys(tsquery, integer, integer) IS
	'The index keys of the levels min_level to max_level of each word of the query outside a NOT; NULL when the keys cannot bound the rank (prefix or weighted words, more than 1000 words, a level below 25)';

CREATE FUNCTION tip_internal.tip_rank_index_query(query tsquery)
RETURNS tsquery
AS 'MODULE_PATHNAME', 'tip_rank_index_query'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION tip_internal.tip_rank_index_query(tsquery) IS
	'A query that every paragraph matching the given one matches and that the index answers without rechecking rows: NOT dropped, phrases as AND; NULL when nothing restricts';
