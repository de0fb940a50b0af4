#!/usr/bin/env bash
# Writes docs/reference.md to standard output: every function, type, table,
# view, column, text search object and setting of the tip_reports extension
# with the COMMENT the install script puts on it.
#
#   docs/gen_reference.sh > docs/reference.md      (or: make docs)
#
# Needs a running PostgreSQL with the extension installed (make install), named
# by PGHOST/PGPORT/PGUSER as `eval "$(bin/tip-cluster env)"` sets them.  It
# creates a scratch database, runs CREATE EXTENSION tip_reports there, reads
# the catalog and drops the database again.  The objects are those the
# extension owns (pg_depend, deptype 'e'), so objects added to the install
# script appear without editing this file; anything of a kind not known here
# is listed under "Other objects".  The output is sorted (C collation) and
# holds no timestamps, role names or OIDs: two runs give the same bytes.
set -euo pipefail

DB="tip_reference_$$"
PSQL=(psql -X -q -v ON_ERROR_STOP=1)

cleanup() { "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true; }
trap cleanup EXIT

"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'" >/dev/null

# command substitution drops the trailing newlines: the file ends in exactly one
out="$("${PSQL[@]}" -At -d "$DB" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION tip_reports;
-- the settings are defined when the module is loaded
LOAD 'tip_reports';
-- unqualified names of the extension's objects in the output
SELECT set_config('search_path',
	(SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
	 WHERE e.extname = 'tip_reports') || ', pg_catalog', false) \g /dev/null

-- objects of the extension
CREATE TEMP VIEW ext AS
SELECT d.classid, d.objid
FROM pg_depend d
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'tip_reports'
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e';

-- COMMENT text as Markdown: one line, with the characters Markdown would
-- read as markup (backslash, asterisk, angle bracket) escaped
CREATE FUNCTION pg_temp.md(t text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT regexp_replace(regexp_replace(t, '\s*\n\s*', ' ', 'g'), '([\\*<])', '\\\1', 'g') $$;

-- a Markdown table cell: pipes escaped too
CREATE FUNCTION pg_temp.cell(t text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT coalesce(replace(pg_temp.md(t), '|', '\|'), '') $$;

-- the COMMENT of an object as a paragraph
CREATE FUNCTION pg_temp.para(t text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT coalesce(pg_temp.md(t), '*(no COMMENT)*') $$;

-- the anchor of an object, e.g. type-tip_report
CREATE FUNCTION pg_temp.anchor(kind text, name text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT '<a id="' || kind || '-' || name || '"></a>' $$;

-- a type, linked to its section when the extension defines it (a row type
-- of the extension, or the row type of one of its tables or views; arrays
-- of these too)
CREATE FUNCTION pg_temp.type_link(t oid, typmod int DEFAULT -1) RETURNS text LANGUAGE sql STABLE AS $$
SELECT CASE
	WHEN target IS NULL THEN '`' || format_type(t, typmod) || '`'
	ELSE '[`' || format_type(t, typmod) || '`](#' || target || ')'
END
FROM (SELECT (SELECT CASE WHEN EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_type'::regclass AND objid = et.oid)
                          THEN 'type-' || et.typname
                          WHEN EXISTS (SELECT 1 FROM ext JOIN pg_class c ON c.oid = ext.objid
                                       WHERE ext.classid = 'pg_class'::regclass AND c.oid = et.typrelid)
                          THEN CASE WHEN (SELECT relkind FROM pg_class WHERE oid = et.typrelid) IN ('v', 'm')
                                    THEN 'view-' ELSE 'table-' END
                               || (SELECT relname FROM pg_class WHERE oid = et.typrelid)
                     END
              FROM pg_type et
              WHERE et.oid = (SELECT CASE WHEN a.typcategory = 'A' AND a.typelem <> 0 THEN a.typelem ELSE a.oid END
                              FROM pg_type a WHERE a.oid = t)) AS target) x
$$;

-- the privileges PUBLIC holds, from an ACL (NULL: the default of its kind)
CREATE FUNCTION pg_temp.public_privileges(acl aclitem[], kind "char", owner oid) RETURNS text LANGUAGE sql STABLE AS $$
SELECT coalesce(string_agg(a.privilege_type, ', ' ORDER BY a.privilege_type COLLATE "C"), 'none')
FROM aclexplode(coalesce(acl, acldefault(kind, owner))) a
WHERE a.grantee = 0
$$;

-- the roles other than the owner and PUBLIC holding privileges (none in a
-- fresh install; a line only when there are)
CREATE FUNCTION pg_temp.role_grants(acl aclitem[], kind "char", owner oid) RETURNS text LANGUAGE sql STABLE AS $$
SELECT '- Granted to: ' || string_agg(quote_ident(r.rolname) || ' (' || a.privilege_type || ')', ', '
                                     ORDER BY r.rolname COLLATE "C", a.privilege_type COLLATE "C") || E'\n'
FROM aclexplode(coalesce(acl, acldefault(kind, owner))) a
JOIN pg_roles r ON r.oid = a.grantee
WHERE a.grantee <> owner
HAVING count(*) > 0
$$;

-- the columns of a relation or composite type as a Markdown table
CREATE FUNCTION pg_temp.columns(rel oid) RETURNS text LANGUAGE sql STABLE AS $$
SELECT '| column | type | comment |' || E'\n' || '|---|---|---|' || E'\n' ||
	string_agg('| `' || a.attname || '` | ' || pg_temp.type_link(a.atttypid, a.atttypmod)
	           || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
	           || ' | ' || pg_temp.cell(col_description(rel, a.attnum)) || ' |',
	           E'\n' ORDER BY a.attnum)
FROM pg_attribute a
WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped
$$;

-- functions, with the section each belongs to:
--   internal: in a schema other than the extension's (tip_internal);
--   text search support: takes or returns internal (template functions);
--   loading and maintenance: VOLATILE (they write);
--   search: tip_search*, or takes or returns tsvector/tsquery;
--   parsing: first argument is the report text (doc text);
--   reference data and helpers: the rest.
CREATE TEMP VIEW funcs AS
SELECT p.*, CASE
	WHEN p.pronamespace <> (SELECT extnamespace FROM pg_extension WHERE extname = 'tip_reports') THEN 'internal'
	WHEN 'internal'::regtype = ANY (p.proargtypes::oid[]) OR p.prorettype = 'internal'::regtype THEN 'ts'
	WHEN p.provolatile = 'v' THEN 'load'
	WHEN p.proname LIKE 'tip\_search%'
	     OR p.prorettype IN ('tsvector'::regtype, 'tsquery'::regtype)
	     OR p.proargtypes::oid[] && ARRAY['tsvector'::regtype, 'tsquery'::regtype]::oid[] THEN 'search'
	WHEN p.pronargs >= 1 AND p.proargtypes[0] = 'text'::regtype AND p.proargnames[1] = 'doc' THEN 'parse'
	ELSE 'other'
END AS section,
	-- qualified outside the extension's schema
	CASE WHEN p.pronamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'tip_reports') THEN p.proname::text
	     ELSE quote_ident(p.pronamespace::regnamespace::text) || '.' || p.proname END AS shown
FROM pg_proc p JOIN ext ON ext.classid = 'pg_proc'::regclass AND ext.objid = p.oid;

CREATE FUNCTION pg_temp.func_section(sec text, title text, intro text) RETURNS text LANGUAGE sql STABLE AS $$
SELECT '## ' || title || E'\n\n' || intro || E'\n\n' ||
	string_agg(
		pg_temp.anchor('function', f.proname) || E'\n' ||
		'### `' || f.shown || '`' || E'\n\n' ||
		'```sql' || E'\n' ||
		f.shown || '(' || pg_get_function_identity_arguments(f.oid) || ')' || E'\n' ||
		'  RETURNS ' || pg_get_function_result(f.oid) || E'\n' ||
		'```' || E'\n\n' ||
		pg_temp.para(obj_description(f.oid, 'pg_proc')) || E'\n\n' ||
		CASE WHEN f.prorettype <> 'record'::regtype
		          AND EXISTS (SELECT 1 FROM ext WHERE classid = 'pg_type'::regclass AND objid = f.prorettype)
		     THEN '- Row type: ' || pg_temp.type_link(f.prorettype) || E'\n' ELSE '' END ||
		'- ' || CASE f.prokind WHEN 'p' THEN 'Procedure' WHEN 'a' THEN 'Aggregate' WHEN 'w' THEN 'Window function'
		             ELSE 'Function' END ||
		', ' || CASE f.provolatile WHEN 'i' THEN 'IMMUTABLE' WHEN 's' THEN 'STABLE' ELSE 'VOLATILE' END ||
		CASE WHEN f.proisstrict THEN ', STRICT' ELSE '' END ||
		', ' || CASE f.proparallel WHEN 's' THEN 'PARALLEL SAFE' WHEN 'r' THEN 'PARALLEL RESTRICTED'
		             ELSE 'PARALLEL UNSAFE' END ||
		CASE WHEN f.prosecdef THEN ', SECURITY DEFINER' ELSE '' END ||
		', language ' || (SELECT lanname FROM pg_language WHERE oid = f.prolang) || E'\n' ||
		'- PUBLIC may execute: ' ||
		CASE WHEN pg_temp.public_privileges(f.proacl, 'f', f.proowner) LIKE '%EXECUTE%' THEN 'yes'
		     ELSE 'no (revoked from PUBLIC; the owner grants EXECUTE to the roles that need it)' END || E'\n' ||
		coalesce(pg_temp.role_grants(f.proacl, 'f', f.proowner), ''),
		E'\n' ORDER BY f.proname COLLATE "C", pg_get_function_identity_arguments(f.oid) COLLATE "C")
FROM funcs f WHERE f.section = sec
HAVING count(*) > 0
$$;

CREATE FUNCTION pg_temp.rel_section(kinds "char"[], kind text, title text, intro text) RETURNS text LANGUAGE sql STABLE AS $$
SELECT '## ' || title || E'\n\n' || intro || E'\n\n' ||
	string_agg(
		pg_temp.anchor(kind, c.relname) || E'\n' ||
		'### `' || c.relname || '`' || E'\n\n' ||
		pg_temp.para(obj_description(c.oid, 'pg_class')) || E'\n\n' ||
		coalesce('- Primary key: `' ||
		         (SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k
		          WHERE k.conrelid = c.oid AND k.contype = 'p') || '`' || E'\n', '') ||
		coalesce((SELECT string_agg('- ' || CASE k.contype WHEN 'f' THEN 'Foreign key' ELSE 'Unique' END
		                            || ': `' || pg_get_constraintdef(k.oid) || '`', E'\n'
		                            ORDER BY k.contype, pg_get_constraintdef(k.oid) COLLATE "C")
		          FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype IN ('f', 'u')) || E'\n', '') ||
		'- Privileges of PUBLIC: ' ||
		pg_temp.public_privileges(c.relacl, CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner) ||
		' (the owner grants access to other roles)' || E'\n' ||
		coalesce(pg_temp.role_grants(c.relacl, CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner), '') ||
		CASE WHEN c.relkind = 'S' THEN ''
		     ELSE E'\n' || pg_temp.columns(c.oid) || E'\n' END,
		E'\n' ORDER BY c.relname COLLATE "C")
FROM pg_class c JOIN ext ON ext.classid = 'pg_class'::regclass AND ext.objid = c.oid
WHERE c.relkind = ANY (kinds)
HAVING count(*) > 0
$$;

\pset footer off
-- ---------------------------------------------------------------- header
SELECT '# tip_reports reference' || E'\n\n' ||
'Every function, table, view, type, text search object and setting of the extension (version ' ||
(SELECT extversion FROM pg_extension WHERE extname = 'tip_reports') ||
'), with the COMMENT the install script (`sql/install/*.sql`) puts on it.' || E'\n\n' ||
'Generated from the catalog of a fresh `CREATE EXTENSION tip_reports` by `docs/gen_reference.sh`; ' ||
'do not edit. After changing an object or its COMMENT, run `make docs` (that is, ' ||
'`docs/gen_reference.sh > docs/reference.md` with the cluster of `bin/tip-cluster` running); ' ||
'`test/docs/check_reference.sh` (in `test/run-all`) fails while this file is stale.' || E'\n';

-- ---------------------------------------------------------------- contents
SELECT '## Contents' || E'\n\n' || string_agg('- [' || title || '](#' || anchor || ')', E'\n' ORDER BY ord) || E'\n'
FROM (VALUES
	(1, 'Parsing functions', 'parsing-functions', (SELECT count(*) FROM funcs WHERE section = 'parse')),
	(2, 'Loading and maintenance functions', 'loading-and-maintenance-functions', (SELECT count(*) FROM funcs WHERE section = 'load')),
	(3, 'Search functions', 'search-functions', (SELECT count(*) FROM funcs WHERE section = 'search')),
	(4, 'Reference data and helper functions', 'reference-data-and-helper-functions', (SELECT count(*) FROM funcs WHERE section = 'other')),
	(4.5, 'Internal helpers (schema tip_internal)', 'internal-helpers-schema-tip_internal', (SELECT count(*) FROM funcs WHERE section = 'internal')),
	(5, 'Tables', 'tables', (SELECT count(*) FROM pg_class c JOIN ext ON ext.classid = 'pg_class'::regclass AND ext.objid = c.oid WHERE c.relkind IN ('r', 'p'))),
	(6, 'Views', 'views', (SELECT count(*) FROM pg_class c JOIN ext ON ext.classid = 'pg_class'::regclass AND ext.objid = c.oid WHERE c.relkind IN ('v', 'm'))),
	(7, 'Sequences', 'sequences', (SELECT count(*) FROM pg_class c JOIN ext ON ext.classid = 'pg_class'::regclass AND ext.objid = c.oid WHERE c.relkind = 'S')),
	(8, 'Types', 'types', (SELECT count(*) FROM ext WHERE classid = 'pg_type'::regclass)),
	(9, 'Text search configuration and dictionaries', 'text-search-configuration-and-dictionaries',
	    (SELECT count(*) FROM ext WHERE classid IN ('pg_ts_config'::regclass, 'pg_ts_dict'::regclass, 'pg_ts_template'::regclass, 'pg_ts_parser'::regclass))),
	(10, 'Text search support functions', 'text-search-support-functions', (SELECT count(*) FROM funcs WHERE section = 'ts')),
	(11, 'Settings', 'settings', (SELECT count(*) FROM pg_settings WHERE name LIKE 'tip\_reports.%')),
	(12, 'Other objects', 'other-objects',
	    (SELECT count(*) FROM ext WHERE classid NOT IN ('pg_proc'::regclass, 'pg_class'::regclass, 'pg_type'::regclass,
	     'pg_ts_config'::regclass, 'pg_ts_dict'::regclass, 'pg_ts_template'::regclass, 'pg_ts_parser'::regclass)))
) s(ord, title, anchor, n)
WHERE n > 0;

-- ---------------------------------------------------------------- functions
SELECT pg_temp.func_section('parse', 'Parsing functions',
	'Functions of a report text (`doc text`): they read only their argument.');
SELECT pg_temp.func_section('load', 'Loading and maintenance functions',
	'Functions that write the tables of the corpus database (VOLATILE).');
SELECT pg_temp.func_section('search', 'Search functions',
	'Full-text search over the loaded paragraphs and its ranking.');
SELECT pg_temp.func_section('other', 'Reference data and helper functions',
	'The compiled reference data as rows, and helpers of the loader.');
SELECT pg_temp.func_section('internal', 'Internal helpers (schema tip_internal)',
	'Functions the extension calls itself (the loader''s parts, the search index keys, the dictionaries'' functions, the reference data as rows): not an API, and they may change in any release.');

-- ---------------------------------------------------------------- relations
SELECT pg_temp.rel_section('{r,p}', 'table', 'Tables',
	'The corpus database: one row per loaded report in `tip_reports`, its layers in the tables keyed by `report_id`, and the reference data.');
SELECT pg_temp.rel_section('{v,m}', 'view', 'Views',
	'Views over the loaded reports, for queries and BI tools.');
SELECT pg_temp.rel_section('{S}', 'sequence', 'Sequences', 'Sequences of the tables.');

-- ---------------------------------------------------------------- types
SELECT '## Types' || E'\n\n' ||
	'Row types of the parsing functions (a function returning `SETOF tip_x` gives one row of these columns per item).' ||
	E'\n\n' ||
	string_agg(
		pg_temp.anchor('type', t.typname) || E'\n' ||
		'### `' || t.typname || '`' || E'\n\n' ||
		pg_temp.para(obj_description(t.oid, 'pg_type')) || E'\n\n' ||
		CASE t.typtype
			WHEN 'c' THEN pg_temp.columns(t.typrelid) || E'\n'
			WHEN 'e' THEN '- Enum: ' || (SELECT string_agg('`' || enumlabel || '`', ', ' ORDER BY enumsortorder)
			                             FROM pg_enum WHERE enumtypid = t.oid) || E'\n'
			WHEN 'd' THEN '- Domain over ' || pg_temp.type_link(t.typbasetype, t.typtypmod) || E'\n'
			ELSE '- ' || CASE t.typtype WHEN 'b' THEN 'Base type' WHEN 'r' THEN 'Range type'
			                             WHEN 'm' THEN 'Multirange type' ELSE 'Pseudo-type' END || E'\n'
		END,
		E'\n' ORDER BY t.typname COLLATE "C")
FROM pg_type t JOIN ext ON ext.classid = 'pg_type'::regclass AND ext.objid = t.oid
HAVING count(*) > 0;

-- ---------------------------------------------------------------- text search
SELECT '## Text search configuration and dictionaries' || E'\n\n' ||
	'`tip_english` is the configuration of the stored `tsv` of the paragraphs and of `tip_search`.' || E'\n\n' ||
	string_agg(body, E'\n' ORDER BY ord, name COLLATE "C")
FROM (
	SELECT 1 AS ord, c.cfgname AS name,
		pg_temp.anchor('tsconfig', c.cfgname) || E'\n' ||
		'### Text search configuration `' || c.cfgname || '`' || E'\n\n' ||
		pg_temp.para(obj_description(c.oid, 'pg_ts_config')) || E'\n\n' ||
		'- Parser: `' || (SELECT prsname FROM pg_ts_parser WHERE oid = c.cfgparser) || '`' || E'\n\n' ||
		'| token type | dictionaries, in order |' || E'\n' || '|---|---|' || E'\n' ||
		(SELECT string_agg('| `' || tt.alias || '` | ' || m.dicts || ' |', E'\n' ORDER BY tt.tokid)
		 FROM ts_token_type(c.cfgparser) tt
		 JOIN (SELECT mp.maptokentype, string_agg('`' || d.dictname || '`', ', ' ORDER BY mp.mapseqno) AS dicts
		       FROM pg_ts_config_map mp JOIN pg_ts_dict d ON d.oid = mp.mapdict
		       WHERE mp.mapcfg = c.oid GROUP BY mp.maptokentype) m ON m.maptokentype = tt.tokid) || E'\n'
		AS body
	FROM pg_ts_config c JOIN ext ON ext.classid = 'pg_ts_config'::regclass AND ext.objid = c.oid
	UNION ALL
	SELECT 2, d.dictname,
		pg_temp.anchor('tsdict', d.dictname) || E'\n' ||
		'### Text search dictionary `' || d.dictname || '`' || E'\n\n' ||
		pg_temp.para(obj_description(d.oid, 'pg_ts_dict')) || E'\n\n' ||
		'- Template: `' || (SELECT tmplname FROM pg_ts_template WHERE oid = d.dicttemplate) || '`' || E'\n' ||
		coalesce('- Options: `' || d.dictinitoption || '`' || E'\n', '')
	FROM pg_ts_dict d JOIN ext ON ext.classid = 'pg_ts_dict'::regclass AND ext.objid = d.oid
	UNION ALL
	SELECT 3, t.tmplname,
		pg_temp.anchor('tstemplate', t.tmplname) || E'\n' ||
		'### Text search template `' || t.tmplname || '`' || E'\n\n' ||
		pg_temp.para(obj_description(t.oid, 'pg_ts_template')) || E'\n\n' ||
		coalesce('- Init: `' || t.tmplinit::regproc::text || '`' || E'\n', '') ||
		'- Lexize: `' || t.tmpllexize::regproc::text || '`' || E'\n'
	FROM pg_ts_template t JOIN ext ON ext.classid = 'pg_ts_template'::regclass AND ext.objid = t.oid
	UNION ALL
	SELECT 4, p.prsname,
		pg_temp.anchor('tsparser', p.prsname) || E'\n' ||
		'### Text search parser `' || p.prsname || '`' || E'\n\n' ||
		pg_temp.para(obj_description(p.oid, 'pg_ts_parser')) || E'\n'
	FROM pg_ts_parser p JOIN ext ON ext.classid = 'pg_ts_parser'::regclass AND ext.objid = p.oid
) ts
HAVING count(*) > 0;

SELECT pg_temp.func_section('ts', 'Text search support functions',
	'C functions of the text search templates; the dictionaries call them, no role needs to.');

-- ---------------------------------------------------------------- settings
SELECT '## Settings' || E'\n\n' ||
	'Configuration parameters the module defines (`SHOW`, `SET`, `postgresql.conf`), with their description from `pg_settings`.' ||
	E'\n\n' ||
	string_agg(
		pg_temp.anchor('setting', s.name) || E'\n' ||
		'### `' || s.name || '`' || E'\n\n' ||
		pg_temp.md(s.short_desc) || E'\n\n' ||
		coalesce(pg_temp.md(s.extra_desc) || E'\n\n', '') ||
		'| type | default | minimum | maximum | unit | who may set it |' || E'\n' ||
		'|---|---|---|---|---|---|' || E'\n' ||
		'| ' || s.vartype || ' | ' || coalesce(s.boot_val, '') || ' | ' || coalesce(s.min_val, '') ||
		' | ' || coalesce(s.max_val, '') || ' | ' || coalesce(s.unit, '') || ' | ' || s.context || ' |' ||
		coalesce(E'\n\n- Values: ' || array_to_string(s.enumvals, ', '), '') || E'\n',
		E'\n' ORDER BY s.name COLLATE "C")
FROM pg_settings s
WHERE s.name LIKE 'tip\_reports.%'
HAVING count(*) > 0;

-- ---------------------------------------------------------------- the rest
SELECT '## Other objects' || E'\n\n' ||
	string_agg('- ' || pg_describe_object(classid, objid, 0) || ': ' ||
	           pg_temp.cell(obj_description(objid, classid::regclass::name)), E'\n'
	           ORDER BY pg_describe_object(classid, objid, 0) COLLATE "C") || E'\n'
FROM ext
WHERE classid NOT IN ('pg_proc'::regclass, 'pg_class'::regclass, 'pg_type'::regclass, 'pg_ts_config'::regclass,
                      'pg_ts_dict'::regclass, 'pg_ts_template'::regclass, 'pg_ts_parser'::regclass)
HAVING count(*) > 0;
SQL
)"
printf '%s\n' "$out"
