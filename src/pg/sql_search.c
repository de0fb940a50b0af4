/*
 * sql_search.c
 *	  Text search dictionary of the extension's configuration tip_english,
 *	  used for the default parser's `file` tokens (anything with a slash).
 *
 * PostgreSQL's default parser already returns UN document symbols and
 * resolution numbers (CTOC/COP/WG.4/2017/2, A/RES/71/167, 64/293) as one
 * `file` token; english maps those through the simple dictionary, which
 * keeps them whole.  Two cases are lost that way, and this dictionary adds
 * them as variants at the same position:
 *	 - words joined by a slash ("victims/survivors", "lecture/webinar"):
 *	   the whole, and the English stems of the words, so a search for
 *	   "victims" finds them;
 *	 - joint symbols ("E/CN.7/2012/3-E/CN.15/2012/3"): the whole, and each
 *	   symbol, so a search for either one finds it.
 * Symbols (anything with a digit, or with no lower-case letter) stay one
 * lexeme, so a search for "64/293" does not match "64" or "293" alone.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "fmgr.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_locale.h"
#include "tsearch/ts_public.h"
#include "tsearch/ts_utils.h"
#include "utils/regproc.h"

PG_FUNCTION_INFO_V1(tip_symbol_init);
PG_FUNCTION_INFO_V1(tip_symbol_lexize);

/* Most parts a token is split into; longer lists are indexed whole only. */
#define MAX_PARTS 16

typedef struct symbol_dict
{
	Oid			stem_dict;		/* pg_catalog.english_stem */
} symbol_dict;

/* tip_symbol_init(internal): resolves the stemmer once per backend. */
Datum
tip_symbol_init(PG_FUNCTION_ARGS)
{
	symbol_dict *d = palloc0(sizeof(symbol_dict));

	d->stem_dict = get_ts_dict_oid(stringToQualifiedNameList("pg_catalog.english_stem"), false);
	PG_RETURN_POINTER(d);
}

/* Append one lexeme (a palloc'd copy of s[0..n)) to out. */
static void
add_lexeme(TSLexeme *out, int *n, uint16 variant, const char *s, int len)
{
	out[*n].lexeme = pnstrdup(s, len);
	out[*n].nvariant = variant;
	out[*n].flags = 0;
	(*n)++;
}

/* Stem one word with the English dictionary; adds nothing for stop words. */
static void
add_stem(const symbol_dict *d, TSLexeme *out, int *n, uint16 variant, const char *s, int len)
{
	TSDictionaryCacheEntry *dict = lookup_ts_dictionary_cache(d->stem_dict);
	DictSubState dstate = {false, false, NULL};
	TSLexeme   *res;

	res = (TSLexeme *) DatumGetPointer(FunctionCall4(&dict->lexize,
													 PointerGetDatum(dict->dictData),
													 PointerGetDatum(s),
													 Int32GetDatum(len),
													 PointerGetDatum(&dstate)));
	if (res == NULL)
		add_lexeme(out, n, variant, s, len);
	else if (res[0].lexeme != NULL)
		add_lexeme(out, n, variant, res[0].lexeme, (int) strlen(res[0].lexeme));
}

/*
 * Split s[0..len) at sep into at most MAX_PARTS non-empty parts; returns
 * the count, 0 when the token does not split cleanly.
 */
static int
split_at(const char *s, int len, char sep, int *starts, int *lens)
{
	int			n = 0,
				i,
				from = 0;

	for (i = 0; i <= len; i++)
	{
		if (i < len && s[i] != sep)
			continue;
		if (i == from || n == MAX_PARTS)
			return 0;
		starts[n] = from;
		lens[n++] = i - from;
		from = i + 1;
	}
	return n;
}

/* tip_symbol_lexize(internal, internal, internal, internal): dict, token, length, state */
Datum
tip_symbol_lexize(PG_FUNCTION_ARGS)
{
	symbol_dict *d = (symbol_dict *) PG_GETARG_POINTER(0);
	char	   *in = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	char	   *low = lowerstr_with_len(in, len);
	int			llen = (int) strlen(low);
	TSLexeme   *out = palloc0(sizeof(TSLexeme) * (2 * MAX_PARTS + 2));
	int			n = 0,
				starts[MAX_PARTS],
				lens[MAX_PARTS],
				nparts,
				i;
	bool		digit = false,
				lower = false;

	for (i = 0; i < len; i++)
	{
		if (in[i] >= '0' && in[i] <= '9')
			digit = true;
		else if (in[i] >= 'a' && in[i] <= 'z')
			lower = true;
	}

	add_lexeme(out, &n, 1, low, llen);

	nparts = split_at(low, llen, '-', starts, lens);
	if (nparts > 1)
	{
		/* joint symbol: every part must itself look like a symbol */
		for (i = 0; i < nparts; i++)
			if (memchr(low + starts[i], '/', lens[i]) == NULL)
				break;
		if (i == nparts)
			for (i = 0; i < nparts; i++)
				add_lexeme(out, &n, (uint16) (2 + i), low + starts[i], lens[i]);
	}
	else if (!digit && lower)
	{
		/* words joined by slashes: their stems as one more variant */
		nparts = split_at(low, llen, '/', starts, lens);
		for (i = 0; i < nparts; i++)
			add_stem(d, out, &n, 2, low + starts[i], lens[i]);
	}
	out[n].lexeme = NULL;
	PG_RETURN_POINTER(out);
}
