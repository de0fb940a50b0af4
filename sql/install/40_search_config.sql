
-- ---------------------------------------------------------------------
-- Text search configuration tip_english (used by tip_paragraphs.tsv and
-- tip_search): PostgreSQL's english with a dictionary of its own for the
-- default parser's `file` tokens (UN symbols, resolution numbers, word/word)
-- ---------------------------------------------------------------------

CREATE FUNCTION tip_internal.tip_symbol_init(internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'tip_symbol_init'
LANGUAGE C STRICT;

COMMENT ON FUNCTION tip_internal.tip_symbol_init(internal) IS
	'Initialization of the tip_symbol text search dictionary';

CREATE FUNCTION tip_internal.tip_symbol_lexize(internal, internal, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'tip_symbol_lexize'
LANGUAGE C STRICT;

COMMENT ON FUNCTION tip_internal.tip_symbol_lexize(internal, internal, internal, internal) IS
	'Lexize function of the tip_symbol text search dictionary';

CREATE TEXT SEARCH TEMPLATE @extschema@.tip_symbol_template (
	INIT = tip_internal.tip_symbol_init,
	LEXIZE = tip_internal.tip_symbol_lexize
);

COMMENT ON TEXT SEARCH TEMPLATE @extschema@.tip_symbol_template IS
	'Template of the tip_symbol dictionary';

CREATE TEXT SEARCH DICTIONARY @extschema@.tip_symbol (
	TEMPLATE = @extschema@.tip_symbol_template
);

COMMENT ON TEXT SEARCH DICTIONARY @extschema@.tip_symbol IS
	'Keeps UN document symbols and resolution numbers whole (CTOC/COP/WG.4/2017/2, 64/293); also indexes the parts of joint symbols and the stems of slash-joined words';

CREATE TEXT SEARCH CONFIGURATION @extschema@.tip_english (COPY = pg_catalog.english);

ALTER TEXT SEARCH CONFIGURATION @extschema@.tip_english
	ALTER MAPPING FOR file WITH @extschema@.tip_symbol;

COMMENT ON TEXT SEARCH CONFIGURATION @extschema@.tip_english IS
	'English text search for UN reports: english, with UN symbols and resolution numbers kept whole';

-- Stemming is most of the cost of to_tsvector, and so of the stored tsv of
-- every loaded paragraph; tip_english_stem returns english_stem's lexemes
-- from a per-backend table of the words already seen (src/sql_stem_cache.c).
CREATE FUNCTION tip_internal.tip_stem_cache_init(internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'tip_stem_cache_init'
LANGUAGE C STRICT;

COMMENT ON FUNCTION tip_internal.tip_stem_cache_init(internal) IS
	'Initialization of the tip_english_stem text search dictionary';

CREATE FUNCTION tip_internal.tip_stem_cache_lexize(internal, internal, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'tip_stem_cache_lexize'
LANGUAGE C STRICT;

COMMENT ON FUNCTION tip_internal.tip_stem_cache_lexize(internal, internal, internal, internal) IS
	'Lexize function of the tip_english_stem text search dictionary';

CREATE TEXT SEARCH TEMPLATE @extschema@.tip_stem_cache_template (
	INIT = tip_internal.tip_stem_cache_init,
	LEXIZE = tip_internal.tip_stem_cache_lexize
);

COMMENT ON TEXT SEARCH TEMPLATE @extschema@.tip_stem_cache_template IS
	'Template of dictionaries that remember the results of another single-word dictionary';

CREATE TEXT SEARCH DICTIONARY @extschema@.tip_english_stem (
	TEMPLATE = @extschema@.tip_stem_cache_template,
	dictionary = 'pg_catalog.english_stem'
);

COMMENT ON TEXT SEARCH DICTIONARY @extschema@.tip_english_stem IS
	'english_stem with the lexemes of each word remembered per backend: the same lexemes, computed once';

ALTER TEXT SEARCH CONFIGURATION @extschema@.tip_english
	ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
	WITH @extschema@.tip_english_stem;

-- Accents folded before stemming, so that "Cote d'Ivoire" finds "Côte
-- d'Ivoire" and the other way round.  The dictionary is PostgreSQL's contrib
-- unaccent (its module and unaccent.rules ship with the server), bound
-- here to a template of our own rather than through CREATE EXTENSION
-- unaccent: plain CREATE EXTENSION tip_reports then works in any schema,
-- with no other extension to install first or to keep in the search_path.
-- Words of ASCII letters have nothing to fold and skip it.
CREATE FUNCTION tip_internal.tip_unaccent_init(internal)
RETURNS internal
AS '$libdir/unaccent', 'unaccent_init'
LANGUAGE C STRICT;

COMMENT ON FUNCTION tip_internal.tip_unaccent_init(internal) IS
	'Initialization of the tip_unaccent text search dictionary (contrib unaccent''s)';

CREATE FUNCTION tip_internal.tip_unaccent_lexize(internal, internal, internal, internal)
RETURNS internal
AS '$libdir/unaccent', 'unaccent_lexize'
LANGUAGE C STRICT;

COMMENT ON FUNCTION tip_internal.tip_unaccent_lexize(internal, internal, internal, internal) IS
	'Lexize function of the tip_unaccent text search dictionary (contrib unaccent''s)';

CREATE TEXT SEARCH TEMPLATE @extschema@.tip_unaccent_template (
	INIT = tip_internal.tip_unaccent_init,
	LEXIZE = tip_internal.tip_unaccent_lexize
);

COMMENT ON TEXT SEARCH TEMPLATE @extschema@.tip_unaccent_template IS
	'Template of the tip_unaccent dictionary: contrib unaccent''s functions';

CREATE TEXT SEARCH DICTIONARY @extschema@.tip_unaccent (
	TEMPLATE = @extschema@.tip_unaccent_template,
	RULES = 'unaccent'
);

COMMENT ON TEXT SEARCH DICTIONARY @extschema@.tip_unaccent IS
	'Folds accents and ligatures (unaccent.rules) and passes the word on: Côte becomes Cote';

ALTER TEXT SEARCH CONFIGURATION @extschema@.tip_english
	ALTER MAPPING FOR word, hword, hword_part
	WITH @extschema@.tip_unaccent, @extschema@.tip_english_stem;
