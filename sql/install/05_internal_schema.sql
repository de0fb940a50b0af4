-- ---------------------------------------------------------------------
-- The extension's own helpers live in a schema of their own, so that the
-- schema the extension is installed in (what a BI tool lists) holds only
-- what users call: parsing, loading and search.
-- ---------------------------------------------------------------------

-- Not IF NOT EXISTS: a schema someone else made first must not be taken over.
CREATE SCHEMA tip_internal;

COMMENT ON SCHEMA tip_internal IS
	'Helpers of the tip_reports extension (loader parts, search index keys, dictionary functions, reference data); not an API';

-- tip_search and the search index name functions of this schema as the
-- caller: every role may look them up.  EXECUTE stays as granted per
-- function (sql/install/90_privileges.sql).
GRANT USAGE ON SCHEMA tip_internal TO PUBLIC;
