-- Every object of the tip_reports extension and what defines it, one line
-- each, sorted: member objects, schemas and their privileges, function definitions and privileges, table
-- and type columns, constraints, indexes, views, triggers, comments,
-- sequences, text search mappings and the tables pg_dump keeps.  Two
-- databases whose lines are equal have the same extension schema.  The
-- order of a table's columns is not compared: ALTER TABLE ADD COLUMN in an
-- upgrade puts a column last, where a fresh install may put it elsewhere.
WITH ext AS (
	SELECT e.oid, e.extconfig FROM pg_catalog.pg_extension AS e WHERE e.extname = 'tip_reports'
), members AS (
	SELECT d.classid, d.objid FROM pg_catalog.pg_depend AS d, ext
	WHERE d.refclassid = 'pg_catalog.pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'
), rels AS (
	SELECT c.oid, c.relname, c.relkind, c.relacl FROM pg_catalog.pg_class AS c
	JOIN members AS m ON m.classid = 'pg_catalog.pg_class'::regclass AND m.objid = c.oid
	UNION
	-- composite types' row types
	SELECT c.oid, c.relname, c.relkind, c.relacl FROM pg_catalog.pg_type AS t
	JOIN members AS m ON m.classid = 'pg_catalog.pg_type'::regclass AND m.objid = t.oid
	JOIN pg_catalog.pg_class AS c ON c.oid = t.typrelid
)
SELECT line FROM (
	SELECT 'member ' || pg_catalog.pg_describe_object(m.classid, m.objid, 0) AS line FROM members AS m
	UNION ALL
	SELECT 'schema ' || n.nspname || ' acl ' || coalesce(n.nspacl::text, 'default')
		|| ' comment ' || coalesce(pg_catalog.obj_description(n.oid, 'pg_namespace'), '')
	FROM pg_catalog.pg_namespace AS n JOIN members AS m ON m.classid = 'pg_catalog.pg_namespace'::regclass AND m.objid = n.oid
	UNION ALL
	SELECT 'function ' || p.oid::regprocedure || ' ' || pg_catalog.md5(
		CASE WHEN p.prokind = 'a' THEN p.prosrc ELSE pg_catalog.pg_get_functiondef(p.oid) END)
		|| ' acl ' || coalesce(p.proacl::text, 'default')
		|| ' comment ' || coalesce(pg_catalog.obj_description(p.oid, 'pg_proc'), '')
	FROM pg_catalog.pg_proc AS p JOIN members AS m ON m.classid = 'pg_catalog.pg_proc'::regclass AND m.objid = p.oid
	UNION ALL
	SELECT 'relation ' || r.relname || ' kind ' || r.relkind::text || ' acl ' || coalesce(r.relacl::text, 'default')
		|| ' comment ' || coalesce(pg_catalog.obj_description(r.oid, 'pg_class'), '')
	FROM rels AS r
	UNION ALL
	SELECT 'column ' || r.relname || '.' || a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod)
		|| CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
		|| CASE WHEN a.attgenerated <> '' THEN ' generated' ELSE '' END
		|| coalesce(' default ' || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), '')
		|| ' comment ' || coalesce(pg_catalog.col_description(r.oid, a.attnum), '')
	FROM rels AS r JOIN pg_catalog.pg_attribute AS a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
	LEFT JOIN pg_catalog.pg_attrdef AS ad ON ad.adrelid = r.oid AND ad.adnum = a.attnum
	UNION ALL
	SELECT 'constraint ' || r.relname || '.' || c.conname || ' ' || pg_catalog.pg_get_constraintdef(c.oid)
	FROM rels AS r JOIN pg_catalog.pg_constraint AS c ON c.conrelid = r.oid
	UNION ALL
	SELECT 'index ' || pg_catalog.pg_get_indexdef(i.indexrelid)
	FROM rels AS r JOIN pg_catalog.pg_index AS i ON i.indrelid = r.oid
	UNION ALL
	SELECT 'view ' || r.relname || ' ' || pg_catalog.md5(pg_catalog.pg_get_viewdef(r.oid))
	FROM rels AS r WHERE r.relkind IN ('v', 'm')
	UNION ALL
	SELECT 'trigger ' || pg_catalog.pg_get_triggerdef(t.oid)
	FROM rels AS r JOIN pg_catalog.pg_trigger AS t ON t.tgrelid = r.oid AND NOT t.tgisinternal
	UNION ALL
	SELECT 'sequence ' || r.relname || ' ' || s.seqtypid::regtype || ' ' || s.seqstart || ' ' || s.seqincrement
	FROM rels AS r JOIN pg_catalog.pg_sequence AS s ON s.seqrelid = r.oid
	UNION ALL
	SELECT 'ts mapping ' || c.cfgname || ' ' || m.maptokentype || ' ' || m.mapseqno || ' ' || m.mapdict::regdictionary
	FROM pg_catalog.pg_ts_config AS c
	JOIN members AS x ON x.classid = 'pg_catalog.pg_ts_config'::regclass AND x.objid = c.oid
	JOIN pg_catalog.pg_ts_config_map AS m ON m.mapcfg = c.oid
	UNION ALL
	SELECT 'dumped table ' || t::regclass FROM ext, unnest(ext.extconfig) AS t
) AS all_lines
ORDER BY line;
