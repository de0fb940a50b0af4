-- Ranked full-text search over the loaded corpus (needs the loading test).
-- A resolution number: every paragraph citing it, and only those
SELECT report_id, year, section_path, paragraph, snippet FROM tip_search('64/293');
SELECT count(*) AS paragraphs_citing FROM tip_paragraphs WHERE body ~ '(^|[^0-9/])64/293([^0-9/]|$)';
-- a document symbol with a WG.4 part
SELECT report_id, year, section_path, paragraph, snippet FROM tip_search('CTOC/COP/WG.4/2017/2');
SELECT count(*) AS paragraphs_citing FROM tip_paragraphs WHERE body LIKE '%CTOC/COP/WG.4/2017/2%';
-- the symbol is one lexeme: its parts do not match, a neighbouring symbol does not match
SELECT to_tsvector('tip_english', 'resolution 64 of 1 July 293') @@ websearch_to_tsquery('tip_english', '64/293') AS parts_match,
       to_tsvector('tip_english', 'see CTOC/COP/WG.4/2017/3') @@ websearch_to_tsquery('tip_english', 'CTOC/COP/WG.4/2017/2') AS other_symbol_matches,
       to_tsvector('english', 'see CTOC/COP/WG.4/2017/2.') @@ websearch_to_tsquery('tip_english', 'CTOC/COP/WG.4/2017/2') AS same_as_english;
-- joint symbols are found by either part; slash-joined words by their stems
SELECT to_tsvector('tip_english', 'E/CN.7/2012/3-E/CN.15/2012/3 victims/survivors');
SELECT websearch_to_tsquery('tip_english', 'E/CN.15/2012/3') AS query,
       to_tsvector('tip_english', 'see E/CN.7/2012/3-E/CN.15/2012/3.') @@ websearch_to_tsquery('tip_english', 'E/CN.15/2012/3') AS joint_part_found;
-- a symbol with a CRP part
SELECT report_id, paragraph, snippet FROM tip_search('CTOC/COP/WG.4/2018/CRP.1');
SELECT report_id, paragraph, snippet FROM tip_search('lecture');
SELECT count(*) AS paragraphs_with_word FROM tip_paragraphs WHERE body ~* '\mlectures?\M';
-- web-search syntax: quoted phrase, OR, exclusion; ranked best first, max_rows honoured
SELECT report_id, year, paragraph, round(rank::numeric, 4) AS rank FROM tip_search('"voluntary trust fund" -Vienna', 5);
SELECT count(*) AS phrase_paragraphs FROM tip_paragraphs
WHERE body ~* 'voluntary trust fund' AND body !~* 'vienna';
SELECT bool_and(rank > 0) AS ranked, count(*) AS rows FROM tip_search('trafficking OR smuggling', 7);
SELECT array_agg(rank ORDER BY ord) = array_agg(rank ORDER BY rank DESC, ord) AS best_first
FROM (SELECT rank, row_number() OVER () AS ord FROM tip_search('trafficking in persons', 50)) s;
-- heading words (weight A) count more than body words (weight B): the paragraphs under
-- the Fund's heading come first, those naming it only in their text after them
SELECT heading ~* 'voluntary trust fund' AS under_fund_heading, count(*) AS paragraphs,
       round(min(rank)::numeric, 4) AS min_rank, round(max(rank)::numeric, 4) AS max_rank
FROM tip_search('"Voluntary Trust Fund"', 100) GROUP BY 1 ORDER BY 1;
-- no match, stop words only, empty query, zero rows asked
SELECT count(*) AS no_match FROM tip_search('xylophone');
SELECT count(*) AS stop_words FROM tip_search('the of and');
SELECT count(*) AS empty_query FROM tip_search('');
SELECT count(*) AS zero_rows FROM tip_search('trafficking', 0);
SELECT count(*) AS null_query FROM tip_search(NULL);
-- The rank is tip_rank: per word of the query (not after '-'), ts_rank's score of that word
-- alone, averaged; equal to ts_rank for one word and for words joined by OR
SELECT count(*) AS pairs, count(*) FILTER (WHERE tip_rank(p.tsv, q) = ts_rank(p.tsv, q)) AS equal_to_ts_rank
FROM tip_paragraphs p,
     (VALUES (websearch_to_tsquery('tip_english', 'trafficking')), (websearch_to_tsquery('tip_english', 'Fund')),
             (websearch_to_tsquery('tip_english', '64/293')), (websearch_to_tsquery('tip_english', 'Nigeria OR Colombia OR UNODC')),
             (websearch_to_tsquery('tip_english', 'trust OR fund OR persons OR victims OR protocol')),
             (to_tsquery('tip_english', 'traffic:* | fund:* | crime:A'))) v(q)
WHERE p.tsv @@ q;
-- (heading "Trust Fund", body "The fund": fund 1.0 + 0.4/4, trust 1.0, over pi^2/6)
SELECT round(tip_rank(v, 'fund')::numeric, 4) AS fund, round(tip_rank(v, 'trust')::numeric, 4) AS trust,
       round(tip_rank(v, 'fund & trust')::numeric, 4) AS both_words, round(tip_rank(v, 'fund <-> trust')::numeric, 4) AS phrase,
       round(tip_rank(v, 'fund & !vienna')::numeric, 4) AS not_word_left_out, round(tip_rank(v, 'fund | xylophone')::numeric, 4) AS absent_word
FROM (SELECT setweight(to_tsvector('tip_english', 'Trust Fund'), 'A') || setweight(to_tsvector('tip_english', 'The fund'), 'B') AS v) s;
-- The index keys bound the rank: every paragraph ranked at least L/100 + 0.0001 has a key of
-- a level from L up (tip_search's probes rely on it), for every level and these queries
SELECT count(*) AS checks, count(*) FILTER (WHERE NOT has_key) AS ranked_without_key
FROM (SELECT tip_internal.tip_rank_keys(p.tsv) && tip_internal.tip_rank_query_keys(q, l, 100) AS has_key
      FROM tip_paragraphs p, generate_series(25, 100) l,
           (VALUES (websearch_to_tsquery('tip_english', 'trafficking')), (websearch_to_tsquery('tip_english', '"voluntary trust fund"')),
                   (websearch_to_tsquery('tip_english', 'UNODC OR Protocol OR Nigeria')), (websearch_to_tsquery('tip_english', 'smuggling -trafficking')),
                   (websearch_to_tsquery('tip_english', 'victims identification'))) v(q)
      WHERE tip_rank(p.tsv, q) >= l / 100.0 + 0.0001) s;
-- no keys below level 25 (a word once in the body), nor for prefix or weighted words
SELECT tip_internal.tip_rank_keys(setweight(to_tsvector('tip_english', 'one word each'), 'B')) AS body_once,
       cardinality(tip_internal.tip_rank_keys(setweight(to_tsvector('tip_english', 'fund fund'), 'B'))) AS body_twice,
       cardinality(tip_internal.tip_rank_keys(setweight(to_tsvector('tip_english', 'fund'), 'A'))) AS heading_once,
       tip_internal.tip_rank_query_keys('fund:*', 25, 100) AS prefix, tip_internal.tip_rank_query_keys('fund:A', 25, 100) AS weighted,
       tip_internal.tip_rank_query_keys('fund', 24, 100) AS below_25, cardinality(tip_internal.tip_rank_query_keys('fund & !vienna | trust', 60, 69)) AS ten_levels_two_words;
-- What the probes ask the index: NOT dropped, phrases as AND; matched by every match of the query
SELECT q, tip_internal.tip_rank_index_query(q) AS index_query
FROM (VALUES (websearch_to_tsquery('tip_english', '"voluntary trust fund" -Vienna')), ('a & !b'::tsquery), ('!a'::tsquery),
             ('a | !b'::tsquery), ('(a | b) & !c & d <-> e'::tsquery), ('a <2> (b | c)'::tsquery)) v(q);
SELECT count(*) AS matches, count(*) FILTER (WHERE p.tsv @@ tip_internal.tip_rank_index_query(q)) AS index_query_matches
FROM tip_paragraphs p,
     (VALUES (websearch_to_tsquery('tip_english', '"voluntary trust fund" -Vienna')), (websearch_to_tsquery('tip_english', '"global report on trafficking in persons"')),
             (websearch_to_tsquery('tip_english', 'smuggling -trafficking OR "organ removal"'))) v(q)
WHERE p.tsv @@ q;
-- tip_search returns exactly the best max_rows by tip_rank, ties by report and paragraph, as
-- ranking every match does, whichever way it finds them (probes, their early end, a NOT
-- left to the index, every match ranked)
CREATE TEMP TABLE search_checks AS
SELECT v.query, k,
       (SELECT array_agg(report_id || ':' || paragraph || ':' || rank ORDER BY ord)
        FROM (SELECT *, row_number() OVER () AS ord FROM tip_search(v.query, k)) s) AS found,
       (SELECT array_agg(report_id || ':' || number || ':' || r ORDER BY r DESC, report_id, number)
        FROM (SELECT report_id, number, tip_rank(tsv, websearch_to_tsquery('tip_english', v.query)) AS r
              FROM tip_paragraphs WHERE tsv @@ websearch_to_tsquery('tip_english', v.query)
              ORDER BY 3 DESC, 1, 2 LIMIT k) s) AS expected
FROM (VALUES ('trafficking'), ('persons'), ('UNODC'), ('Protocol'), ('Colombia'), ('Georgia'), ('64/293'),
             ('"voluntary trust fund"'), ('"global report on trafficking in persons"'), ('"organ removal"'),
             ('smuggling -trafficking'), ('trafficking -smuggling'), ('victims identification'),
             ('corruption OR money laundering'), ('trust OR fund OR persons OR victims OR protocol'),
             ('-trafficking'), ('child soldiers')) v(query),
     unnest(ARRAY[1, 3, 20, 100]) k;
SELECT count(*) AS checks, count(*) FILTER (WHERE found IS NOT DISTINCT FROM expected) AS same,
       count(*) FILTER (WHERE found IS NOT NULL) AS with_rows
FROM search_checks;
SELECT query, k FROM search_checks WHERE found IS DISTINCT FROM expected;
