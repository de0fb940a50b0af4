-- One line per table of the tip_reports extension: its name, row count and
-- a hash of its rows in a fixed order (loaded_at left out: it is the time
-- of the load).  Two databases whose lines are equal hold the same rows.
SELECT pg_catalog.format(
	'SELECT %L || '' '' || count(*) || '' '' || coalesce(pg_catalog.md5(pg_catalog.string_agg(r, ''|'' ORDER BY r)), '''') '
	'FROM (SELECT (pg_catalog.to_jsonb(t) - ''loaded_at'')::text AS r FROM %s AS t) AS rows',
	c.relname, c.oid::regclass)
FROM pg_catalog.pg_depend AS d
JOIN pg_catalog.pg_extension AS e ON e.oid = d.refobjid AND e.extname = 'tip_reports'
JOIN pg_catalog.pg_class AS c ON c.oid = d.objid AND c.relkind = 'r'
WHERE d.refclassid = 'pg_catalog.pg_extension'::regclass AND d.classid = 'pg_catalog.pg_class'::regclass
	AND d.deptype = 'e'
ORDER BY c.relname
\gexec
