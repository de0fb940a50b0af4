-- tip_distribute on one node: without Citus it refuses and changes nothing;
-- the corpus stays the extension's (test/citus/run.sh tests Citus itself).
-- (needs the loading test)
SELECT tip_internal.tip_is_distributed() AS distributed;
SELECT count(*) > 0 AS reports_loaded FROM tip_reports;
SELECT tip_distribute(8);
-- every table of the corpus is still a member of the extension
SELECT count(*) AS member_tables FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e' AND c.relkind = 'r'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'tip_reports');
-- only the owner may distribute
CREATE ROLE tip_regress_nodist;
SET ROLE tip_regress_nodist;
SELECT tip_distribute();
RESET ROLE;
DROP ROLE tip_regress_nodist;
