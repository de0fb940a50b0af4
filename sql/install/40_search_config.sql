
-- ---------------------------------------------------------------------
-- Text search configuration tip_english (used by tip_paragraphs.tsv and
-- tip_search): PostgreSQL's english with a dictionary of its own for the
-- default parser's `file` tokens (UN symbols, resolution numbers, word/word)
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.tip_symbol_init(internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'tip_symbol_init'
LANGUAGE C STRICT;

COMMENT ON FUNCTION @extschema@.tip_symbol_init(internal) IS
	'Initialization of the tip_symbol text search dictionary';

CREATE FUNCTION @extschema@.tip_symbol_lexize(internal, internal, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'tip_symbol_lexize'
LANGUAGE C STRICT;

COMMENT ON FUNCTION @extschema@.tip_symbol_lexize(internal, internal, internal, internal) IS
	'Lexize function of the tip_symbol text search dictionary';

CREATE TEXT SEARCH TEMPLATE @extschema@.tip_symbol_template (
	INIT = @extschema@.tip_symbol_init,
	LEXIZE = @extschema@.tip_symbol_lexize
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
CREATE FUNCTION @extschema@.tip_stem_cache_init(internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'tip_stem_cache_init'
LANGUAGE C STRICT;

COMMENT ON FUNCTION @extschema@.tip_stem_cache_init(internal) IS
	'Initialization of the tip_english_stem text search dictionary';

CREATE FUNCTION @extschema@.tip_stem_cache_lexize(internal, internal, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'tip_stem_cache_lexize'
LANGUAGE C STRICT;

COMMENT ON FUNCTION @extschema@.tip_stem_cache_lexize(internal, internal, internal, internal) IS
	'Lexize function of the tip_english_stem text search dictionary';

CREATE TEXT SEARCH TEMPLATE @extschema@.tip_stem_cache_template (
	INIT = @extschema@.tip_stem_cache_init,
	LEXIZE = @extschema@.tip_stem_cache_lexize
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
