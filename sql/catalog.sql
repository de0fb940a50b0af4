-- Catalog properties of the parsing functions, read from the catalog so that
-- functions added later are held to the same rules without editing this file.
-- A parsing function is a function of the extension that takes one text
-- argument (loaders, whose names hold "load", aside).
CREATE TEMP VIEW parsers AS
SELECT p.oid, p.proname, p.provolatile, p.proisstrict, p.proparallel, p.prorettype
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
	AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'tip_reports'
WHERE p.pronargs = 1 AND p.proargtypes[0] = 'text'::regtype AND p.proname !~ 'load';

-- the four structure functions are among them
SELECT count(*) >= 4 AS enough,
       array['tip_parse_report', 'tip_sections', 'tip_paragraphs', 'tip_footnotes']::name[]
         <@ array_agg(proname) AS structure_functions_found
FROM parsers;

-- every parsing function is IMMUTABLE, STRICT and PARALLEL SAFE: no rows
SELECT proname, provolatile, proisstrict, proparallel
FROM parsers
WHERE provolatile <> 'i' OR NOT proisstrict OR proparallel <> 's'
ORDER BY proname;

-- and carries a comment, as does every function of the extension: no rows
SELECT p.oid::regprocedure AS without_comment
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
	AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'tip_reports'
WHERE pg_catalog.obj_description(p.oid, 'pg_proc') IS NULL
ORDER BY 1::text;

-- NULL in, nothing out (no rows, or a row of NULLs): no rows
CREATE FUNCTION pg_temp.null_not_null()
RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
	f record;
	n bigint;
BEGIN
	FOR f IN SELECT oid::regproc AS fn FROM parsers ORDER BY proname LOOP
		EXECUTE format('SELECT count(*) FROM %s(NULL) r WHERE NOT (r IS NULL)', f.fn) INTO n;
		IF n > 0 THEN
			RETURN NEXT f.fn::text;
		END IF;
	END LOOP;
END
$$;
SELECT * FROM pg_temp.null_not_null();
