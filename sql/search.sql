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
