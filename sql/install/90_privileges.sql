
-- ---------------------------------------------------------------------
-- Privileges on functions
--
-- PostgreSQL grants EXECUTE on every new function to PUBLIC.  What writes
-- (the loader and its parts, delete, reparse) or exists only for the
-- extension itself (the reference data behind tip_countries and
-- tip_organizations, the loader's one-parse document, the text search
-- templates' C functions, the body codes of the loader) is taken back here;
-- the owner (the superuser who created the extension) grants it to the
-- roles that load (README, "Privileges").
--
-- Left to PUBLIC: the pure parsing functions (they read only their
-- argument), tip_text_sha256 (what identifies a report), tip_search (it
-- reads the tables with the caller's own privileges) and the rank
-- functions.  The rank functions must stay: tip_search calls them as the
-- caller, and tip_rank_keys is the expression of the search index, which
-- PostgreSQL evaluates, with an EXECUTE check, as the role inserting the
-- paragraphs or searching them.  The text search dictionaries call their
-- template functions without any EXECUTE check, so those are revoked and
-- to_tsvector('tip_english', ...) still works for every role.
--
-- sql/security.sql compares the functions PUBLIC can execute with the
-- list in the README.
-- ---------------------------------------------------------------------

REVOKE EXECUTE ON FUNCTION
	@extschema@.tip_load_report(text, text, boolean),
	tip_internal.tip_load(text, text, boolean),
	tip_internal.tip_load_text(bigint, bytea, text, text, boolean, timestamptz),
	tip_internal.tip_store_rows(bigint, tip_internal.tip_document),
	@extschema@.tip_delete_report(bigint),
	@extschema@.tip_reparse_all(boolean),
	@extschema@.tip_distribute(integer),
	tip_internal.tip_parse_document(text),
	tip_internal.tip_body_code(text),
	tip_internal.tip_gazetteer_countries(),
	tip_internal.tip_gazetteer_organizations(),
	tip_internal.tip_symbol_init(internal),
	tip_internal.tip_symbol_lexize(internal, internal, internal, internal),
	tip_internal.tip_stem_cache_init(internal),
	tip_internal.tip_stem_cache_lexize(internal, internal, internal, internal),
	tip_internal.tip_unaccent_init(internal),
	tip_internal.tip_unaccent_lexize(internal, internal, internal, internal)
FROM PUBLIC;
