/* tip_reports upgrade script, 0.1.0 to 0.2.0 */

\echo Use "ALTER EXTENSION tip_reports UPDATE TO '0.2.0'" to load this file. \quit

-- Each change of 0.2.0 to the SQL objects adds its statements here, in the
-- order the changes land (CHANGELOG.md lists them).

-- Last: the 0.2.0 parser reads reports differently from 0.1.0's, so every
-- stored report's rows are made again from its stored text.
SELECT @extschema@.tip_reparse_all();
