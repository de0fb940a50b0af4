/*
 * sql_rank.c
 *	  The ranking of tip_search() and the index keys that let it find the
 *	  best paragraphs without ranking every match.
 *
 * tip_rank(tsv, query) scores each word of the query the paragraph must
 * contain (not the words after '-') exactly as ts_rank() scores a one-word
 * query: the i-th occurrence of the word counts its weight (heading A 1.0,
 * body B 0.4; D 0.1, C 0.2) divided by i squared, over pi^2/6.  The rank is
 * the average over those words, so it equals ts_rank(tsv, query) for one
 * word and for words joined by OR (ts_rank also counts a NOT's word in the
 * average), computed with the same float arithmetic in the same order.  For AND and phrase queries ts_rank() would use the
 * distances between the words instead; that score has no bound an index can
 * use, so tip_search() ranks those by the same average.
 *
 * A word's score in a paragraph (0 < score <= 1) quantized to a level
 * floor(100 * score) gives the index key hash(word) | level.  The rank is an
 * average, never above the best score of one of its words, so a paragraph
 * with rank >= L/100 has some word of the query at level >= L: the
 * paragraphs holding one of the keys of those levels contain every paragraph
 * ranked that high.  tip_rank_keys() gives a paragraph's keys for the levels
 * from TIP_RANK_MIN_LEVEL up (a word once in the body, the most common case,
 * is below it and has none); tip_rank_query_keys() the keys a query looks
 * for from a level up.  A hash collision only adds candidates, which
 * tip_search() ranks and filters like the others.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "tsearch/ts_type.h"
#include "tsearch/ts_utils.h"
#include "utils/array.h"

PG_FUNCTION_INFO_V1(tip_rank);
PG_FUNCTION_INFO_V1(tip_rank_keys);
PG_FUNCTION_INFO_V1(tip_rank_query_keys);
PG_FUNCTION_INFO_V1(tip_rank_index_query);

/*
 * Lowest level that has keys.  One body occurrence scores 0.4/(pi^2/6) =
 * 0.2432 (level 24) and stays out; two score 0.3040 (30), a heading
 * occurrence 0.6079 (60).
 */
#define TIP_RANK_MIN_LEVEL 25
#define TIP_RANK_MAX_LEVEL 100
#define LEVEL_BITS 0x7F

/*
 * tip_search() takes a fetched paragraph ranked at least L/100 + 0.0001 as
 * above every paragraph not fetched (all words below level L).  The rank
 * is an average computed in float: with n words it exceeds the best word's
 * score by less than n * 2^-24, under that margin while n <= 1000.
 */
#define TIP_RANK_MAX_WORDS 1000

/* ts_rank()'s default weights, D, C, B, A */
static const float rank_weights[4] = {0.1f, 0.2f, 0.4f, 1.0f};

/*
 * Score of one tsvector entry: the per-word term of ts_rank()'s
 * calc_rank_or(), same float operations, same order.
 */
static double
entry_score(TSVector t, WordEntry *e)
{
	WordEntryPos nullpos = 0;
	WordEntryPos *post;
	int32		dimt,
				j,
				jm = 0;
	float		resj = 0.0f,
				wjm = -1.0f;

	if (e->haspos)
	{
		dimt = POSDATALEN(t, e);
		post = POSDATAPTR(t, e);
	}
	else
	{
		/* a stripped vector: one position of weight D, as ts_rank() does */
		dimt = 1;
		post = &nullpos;
	}
	for (j = 0; j < dimt; j++)
	{
		float		w = rank_weights[WEP_GETWEIGHT(post[j])];

		resj = resj + w / ((j + 1) * (j + 1));
		if (w > wjm)
		{
			wjm = w;
			jm = j;
		}
	}
	return (wjm + resj - wjm / ((jm + 1) * (jm + 1))) / 1.64493406685;
}

static int
score_level(double score)
{
	int			level = (int) ((float) score * 100.0);

	return level > TIP_RANK_MAX_LEVEL ? TIP_RANK_MAX_LEVEL : level;
}

/* FNV-1a: stable across servers and versions, unlike hash_any() */
static int32
word_key(const char *s, int len, int level)
{
	uint32		h = 2166136261u;
	int			i;

	for (i = 0; i < len; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 16777619u;
	}
	return (int32) ((h & ~(uint32) LEVEL_BITS) | (uint32) level);
}

/*
 * The entries of t for the query word s[0..len): the one equal to it, or
 * with prefix, every one it begins (they are adjacent, t being sorted as
 * tsCompareString() orders).  Returns the first and sets *n, as ts_rank()'s
 * find_wordentry() does.
 */
static WordEntry *
find_entries(TSVector t, const char *s, int len, bool prefix, int *n)
{
	WordEntry  *arr = ARRPTR(t);
	int			lo = 0,
				hi = t->size,
				first;

	/* lowest entry not below the word: with prefix, the first it begins */
	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (tsCompareString(STRPTR(t) + arr[mid].pos, arr[mid].len, (char *) s, len, false) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	first = lo;
	while (lo < t->size &&
		   tsCompareString((char *) s, len, STRPTR(t) + arr[lo].pos, arr[lo].len, prefix) == 0)
	{
		lo++;
		if (!prefix)
			break;
	}
	*n = lo - first;
	return &arr[first];
}

typedef struct query_words
{
	QueryOperand **items;		/* positive operands, sorted, distinct */
	int			n;
	bool		indexable;		/* no prefix or weight-restricted operand */
} query_words;

static void
collect_positive(QueryItem *item, bool negated, query_words *w)
{
	check_stack_depth();
	if (item->type == QI_VAL)
	{
		if (item->qoperand.prefix || item->qoperand.weight)
			w->indexable = false;
		if (!negated)
			w->items[w->n++] = &item->qoperand;
		return;
	}
	if (item->qoperator.oper == OP_NOT)
	{
		collect_positive(item + 1, !negated, w);
		return;
	}
	collect_positive(item + 1, negated, w);
	collect_positive(item + item->qoperator.left, negated, w);
}

static int
compare_operands(const void *a, const void *b, void *arg)
{
	char	   *operand = (char *) arg;
	QueryOperand *qa = *(QueryOperand *const *) a;
	QueryOperand *qb = *(QueryOperand *const *) b;

	return tsCompareString(operand + qa->distance, qa->length,
						   operand + qb->distance, qb->length, false);
}

/*
 * The words of q outside any NOT, in ts_rank()'s order (sorted as
 * SortAndUniqItems() sorts them), each once.
 */
static query_words
positive_words(TSQuery q)
{
	query_words w;
	int			i,
				n = 0;

	w.items = palloc(sizeof(QueryOperand *) * Max(q->size, 1));
	w.n = 0;
	w.indexable = true;
	if (q->size == 0)
		return w;
	collect_positive(GETQUERY(q), false, &w);
	if (w.n < 2)
		return w;
	qsort_arg(w.items, w.n, sizeof(QueryOperand *), compare_operands, GETOPERAND(q));
	for (i = 0; i < w.n; i++)
		if (n == 0 || compare_operands(&w.items[i], &w.items[n - 1], GETOPERAND(q)) != 0)
			w.items[n++] = w.items[i];
	w.n = n;
	return w;
}

/* tip_rank(tsvector, tsquery) RETURNS real */
Datum
tip_rank(PG_FUNCTION_ARGS)
{
	TSVector	t = PG_GETARG_TSVECTOR(0);
	TSQuery		q = PG_GETARG_TSQUERY(1);
	query_words w = positive_words(q);
	float		res = 0.0f;
	int			i;

	for (i = 0; i < w.n; i++)
	{
		int			n,
					j;
		WordEntry  *e = find_entries(t, GETOPERAND(q) + w.items[i]->distance, w.items[i]->length,
									 w.items[i]->prefix, &n);

		for (j = 0; j < n; j++)
			res = res + entry_score(t, e + j);
	}
	if (w.n > 0)
		res = res / w.n;
	PG_FREE_IF_COPY(t, 0);
	PG_FREE_IF_COPY(q, 1);
	PG_RETURN_FLOAT4(res);
}

static ArrayType *
int4_array(Datum *keys, int n)
{
	return construct_array(keys, n, INT4OID, sizeof(int32), true, TYPALIGN_INT);
}

/* tip_rank_keys(tsvector) RETURNS integer[]: one key per word at a level >= TIP_RANK_MIN_LEVEL */
Datum
tip_rank_keys(PG_FUNCTION_ARGS)
{
	TSVector	t = PG_GETARG_TSVECTOR(0);
	WordEntry  *arr = ARRPTR(t);
	Datum	   *keys = palloc(sizeof(Datum) * Max(t->size, 1));
	int			n = 0,
				i;

	for (i = 0; i < t->size; i++)
	{
		int			level = score_level(entry_score(t, &arr[i]));

		if (level >= TIP_RANK_MIN_LEVEL)
			keys[n++] = Int32GetDatum(word_key(STRPTR(t) + arr[i].pos, arr[i].len, level));
	}
	PG_RETURN_ARRAYTYPE_P(int4_array(keys, n));
}

/*
 * tip_rank_query_keys(tsquery, min_level integer, max_level integer)
 * RETURNS integer[]: the keys of the levels min_level..max_level of each
 * word of the query outside a NOT; NULL when the keys cannot bound the
 * rank (a prefix or weight-restricted word, more than TIP_RANK_MAX_WORDS
 * words, or a level below the lowest indexed).
 */
Datum
tip_rank_query_keys(PG_FUNCTION_ARGS)
{
	TSQuery		q = PG_GETARG_TSQUERY(0);
	int32		min_level = PG_GETARG_INT32(1);
	int32		max_level = Min(PG_GETARG_INT32(2), TIP_RANK_MAX_LEVEL);
	query_words w = positive_words(q);
	Datum	   *keys;
	int			n = 0,
				i,
				level;

	if (!w.indexable || w.n > TIP_RANK_MAX_WORDS || min_level < TIP_RANK_MIN_LEVEL)
		PG_RETURN_NULL();
	keys = palloc(sizeof(Datum) * Max(w.n, 1) * (TIP_RANK_MAX_LEVEL - TIP_RANK_MIN_LEVEL + 1));
	for (i = 0; i < w.n; i++)
		for (level = min_level; level <= max_level; level++)
			keys[n++] = Int32GetDatum(word_key(GETOPERAND(q) + w.items[i]->distance,
											   w.items[i]->length, level));
	PG_RETURN_ARRAYTYPE_P(int4_array(keys, n));
}

/*
 * The part of a query tree the GIN index can answer without looking at the
 * row: NOT dropped (an AND keeps its other side, an OR with a NOT side
 * restricts nothing), phrases as AND.  NULL when nothing restricts.
 */
static QTNode *
index_part(QTNode *node)
{
	QTNode	   *l,
			   *r;

	check_stack_depth();
	if (node->valnode->type == QI_VAL)
		return node;
	if (node->valnode->qoperator.oper == OP_NOT)
		return NULL;
	l = index_part(node->child[0]);
	r = index_part(node->child[1]);
	if (node->valnode->qoperator.oper == OP_OR)
		return (l == NULL || r == NULL) ? NULL : node;
	if (l == NULL || r == NULL)
		return l != NULL ? l : r;
	node->valnode->qoperator.oper = OP_AND;
	node->valnode->qoperator.distance = 0;
	node->child[0] = l;
	node->child[1] = r;
	return node;
}

/*
 * tip_rank_index_query(tsquery) RETURNS tsquery: a query every paragraph
 * matching the given one matches, and that the GIN index answers without
 * rechecking rows (no NOT, no phrase); NULL when no such restriction exists.
 * tip_search() probes the index with it and checks the real query on the
 * rows it fetches: a NOT evaluated in the index reads the whole posting list
 * of its word, and a phrase makes the index recheck every condition.
 */
Datum
tip_rank_index_query(PG_FUNCTION_ARGS)
{
	TSQuery		q = PG_GETARG_TSQUERY_COPY(0);
	QTNode	   *root;

	if (q->size == 0)
		PG_RETURN_NULL();
	root = index_part(QT2QTN(GETQUERY(q), GETOPERAND(q)));
	if (root == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TSQUERY(QTN2QT(root));
}
