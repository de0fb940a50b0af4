-- Parsing a table of reports can run in parallel workers: the parsing
-- functions are PARALLEL SAFE, so with workers available and parallelism
-- made cheap the planner puts a Gather above the scan, and the rows are the
-- same as without workers.
CREATE TABLE parallel_reports AS
SELECT c.name || ' copy ' || g AS name, c.doc
FROM corpus c, generate_series(1, 40) g;
ALTER TABLE parallel_reports SET (parallel_workers = 2);
ANALYZE parallel_reports;

SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;

EXPLAIN (COSTS OFF)
SELECT r.name, p.number
FROM parallel_reports r, LATERAL tip_paragraphs(r.doc) p;

EXPLAIN (COSTS OFF)
SELECT (tip_parse_report(doc)).paragraph_count FROM parallel_reports;

-- the same answer with and without workers
CREATE TEMP TABLE with_workers AS
SELECT r.name, count(*) AS paragraphs, sum(p.number) AS number_sum,
       sum(octet_length(p.body)) AS body_bytes
FROM parallel_reports r, LATERAL tip_paragraphs(r.doc) p GROUP BY r.name;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE without_workers AS
SELECT r.name, count(*) AS paragraphs, sum(p.number) AS number_sum,
       sum(octet_length(p.body)) AS body_bytes
FROM parallel_reports r, LATERAL tip_paragraphs(r.doc) p GROUP BY r.name;
SELECT count(*) AS reports, sum(paragraphs) AS paragraphs FROM with_workers;
SELECT count(*) AS differences
FROM (TABLE with_workers EXCEPT TABLE without_workers) d;

RESET ALL;
DROP TABLE parallel_reports;
