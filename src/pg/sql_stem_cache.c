/*
 * sql_stem_cache.c
 *	  Text search dictionary tip_english_stem of the configuration
 *	  tip_english: PostgreSQL's english_stem (or the dictionary named by the
 *	  option "dictionary") with the result of each word remembered.
 *
 * Stemming is most of what to_tsvector costs, and so of what the stored tsv
 * column of tip_paragraphs costs a load: the snowball dictionary lower-cases
 * every word through wide characters, searches its stop words and runs the
 * stemmer, about 3,000 instructions a word, while the words of the reports
 * are few and repeat.  What a single-word dictionary returns depends only on
 * the word and on the dictionary, so the result is kept per backend and
 * handed out again: the lexemes are exactly the dictionary's.
 *
 * The table lives in the memory of this dictionary's cache entry, which
 * PostgreSQL rebuilds (emptying the table) whenever any text search
 * dictionary is changed, so a changed stop word list is seen at once.  It
 * keeps at most CACHE_WORDS words and is emptied when full.  Words longer
 * than MAX_WORD bytes, and the results of a dictionary that asks for the
 * next word (a thesaurus), are never kept.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "commands/defrem.h"
#include "common/hashfn.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "nodes/pg_list.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_public.h"
#include "utils/memutils.h"
#include "utils/regproc.h"

PG_FUNCTION_INFO_V1(tip_stem_cache_init);
PG_FUNCTION_INFO_V1(tip_stem_cache_lexize);

#define CACHE_SLOTS 16384		/* a power of two */
#define CACHE_WORDS (CACHE_SLOTS / 4 * 3)
#define MAX_WORD 64

typedef struct stem_entry
{
	uint32		hash;
	int16		len;			/* bytes of word; 0 for a free slot */
	int16		nlex;			/* lexemes in lex; -1: the dictionary returned NULL */
	char	   *word;
	TSLexeme   *lex;			/* nlex entries */
} stem_entry;

typedef struct stem_cache
{
	Oid			inner;			/* the dictionary whose results are kept */
	MemoryContext words;		/* words and lexemes; reset when the table is full */
	int			nused;
	stem_entry	slots[CACHE_SLOTS];
} stem_cache;

/* tip_stem_cache_init(internal): options of CREATE TEXT SEARCH DICTIONARY */
Datum
tip_stem_cache_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	const char *inner = "pg_catalog.english_stem";
	stem_cache *c;
	ListCell   *l;

	foreach(l, options)
	{
		DefElem    *opt = (DefElem *) lfirst(l);

		if (strcmp(opt->defname, "dictionary") == 0)
			inner = defGetString(opt);
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized tip_english_stem parameter: \"%s\"", opt->defname)));
	}
	/* in the dictionary's own memory, freed when its cache entry is rebuilt */
	c = palloc0(sizeof(stem_cache));
	c->inner = get_ts_dict_oid(stringToQualifiedNameList(inner), false);
	c->words = AllocSetContextCreate(CurrentMemoryContext, "tip_english_stem words",
									 ALLOCSET_DEFAULT_SIZES);
	PG_RETURN_POINTER(c);
}

/* A palloc'd copy of a kept result, as the caller frees it. */
static TSLexeme *
copy_result(const stem_entry *e)
{
	TSLexeme   *out;
	int			i;

	if (e->nlex < 0)
		return NULL;
	out = palloc(sizeof(TSLexeme) * (e->nlex + 1));
	for (i = 0; i < e->nlex; i++)
	{
		out[i] = e->lex[i];
		out[i].lexeme = pstrdup(e->lex[i].lexeme);
	}
	memset(&out[e->nlex], 0, sizeof(TSLexeme));
	return out;
}

/* Keep res as the result of word in slot e (free). */
static void
keep(stem_cache *c, stem_entry *e, uint32 hash, const char *word, int len, const TSLexeme *res)
{
	MemoryContext old = MemoryContextSwitchTo(c->words);
	int			n = 0,
				i;

	if (res != NULL)
		while (res[n].lexeme != NULL)
			n++;
	e->hash = hash;
	e->len = (int16) len;
	e->word = pnstrdup(word, len);
	e->nlex = (int16) (res == NULL ? -1 : n);
	e->lex = n > 0 ? palloc(sizeof(TSLexeme) * n) : NULL;
	for (i = 0; i < n; i++)
	{
		e->lex[i] = res[i];
		e->lex[i].lexeme = pstrdup(res[i].lexeme);
	}
	MemoryContextSwitchTo(old);
	c->nused++;
}

/* tip_stem_cache_lexize(internal, internal, internal, internal): dict, word, length, state */
Datum
tip_stem_cache_lexize(PG_FUNCTION_ARGS)
{
	stem_cache *c = (stem_cache *) PG_GETARG_POINTER(0);
	char	   *in = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	DictSubState *state = (DictSubState *) PG_GETARG_POINTER(3);
	stem_entry *e = NULL;
	uint32		hash = 0;
	TSDictionaryCacheEntry *dict;
	TSLexeme   *res;

	if (len > 0 && len <= MAX_WORD)
	{
		uint32		i;

		hash = hash_bytes((const unsigned char *) in, len);
		for (i = hash & (CACHE_SLOTS - 1);; i = (i + 1) & (CACHE_SLOTS - 1))
		{
			e = &c->slots[i];
			if (e->len == 0)
				break;
			if (e->hash == hash && e->len == len && memcmp(e->word, in, len) == 0)
				PG_RETURN_POINTER(copy_result(e));
		}
	}

	check_stack_depth();		/* a dictionary set up to call itself */
	dict = lookup_ts_dictionary_cache(c->inner);
	res = (TSLexeme *) DatumGetPointer(FunctionCall4(&dict->lexize,
													 PointerGetDatum(dict->dictData),
													 PointerGetDatum(in),
													 Int32GetDatum(len),
													 PointerGetDatum(state)));
	if (e != NULL && !(state != NULL && state->getnext))
	{
		if (c->nused >= CACHE_WORDS)
		{
			MemoryContextReset(c->words);
			memset(c->slots, 0, sizeof(c->slots));
			c->nused = 0;
			e = &c->slots[hash & (CACHE_SLOTS - 1)];
		}
		keep(c, e, hash, in, len, res);
	}
	PG_RETURN_POINTER(res);
}
