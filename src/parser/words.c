/*
 * words.c
 *	  Hyphen mending at line ends, decided by the document's own words.
 *
 * A hyphen that ends a line is either a typesetter's break ("capa-" +
 * "bilities") or part of the word ("capacity-" + "building").  The report
 * itself usually settles it: if "capacity-building" occurs whole on one
 * line somewhere, the hyphen stays; if "capabilities" does, the halves
 * join.  Only without such evidence do a few word-forming prefixes keep
 * their hyphen.  The word set is built once per document, on first need.
 */
#include <string.h>

#include "internal.h"

struct tip_words
{
	uint64_t   *slots;			/* 0 = empty */
	size_t		mask;
};

static int
word_byte(unsigned char c)
{
	return lex_is_alpha(c) || c >= 0x80;
}

/* FNV-1a over the ASCII-lowercased bytes of a word. */
static uint64_t
hash_word(const char *a, size_t an, const char *b, size_t bn, int hyphen)
{
	uint64_t	h = 1469598103934665603ULL;
	size_t		k;

	for (k = 0; k < an + (hyphen ? 1 : 0) + bn; k++)
	{
		unsigned char c;

		if (k < an)
			c = (unsigned char) a[k];
		else if (hyphen && k == an)
			c = '-';
		else
			c = (unsigned char) b[k - an - (hyphen ? 1 : 0)];
		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		h = (h ^ c) * 1099511628211ULL;
	}
	return h | 1;
}

static void
set_add(struct tip_words *w, uint64_t h)
{
	size_t		i = (size_t) h & w->mask;

	while (w->slots[i] != 0 && w->slots[i] != h)
		i = (i + 1) & w->mask;
	w->slots[i] = h;
}

static int
set_has(const struct tip_words *w, uint64_t h)
{
	size_t		i = (size_t) h & w->mask;

	while (w->slots[i] != 0)
	{
		if (w->slots[i] == h)
			return 1;
		i = (i + 1) & w->mask;
	}
	return 0;
}

/* Collect the words (letters with inner hyphens) that lie whole on a line. */
static struct tip_words *
words_build(tip_doc *doc)
{
	struct tip_words *w = arena_alloc(&doc->arena, sizeof(*w));
	size_t		words = 0,
				cap = 1024;
	int			pass,
				i;

	if (w == NULL)
		return NULL;
	w->slots = NULL;
	for (pass = 0; pass < 2; pass++)
	{
		int			cut = 0;		/* the previous line ended in a hyphen */

		for (i = 0; i < doc->n_lines; i++)
		{
			const tip_line *l = &doc->lines[i];
			uint32_t	k = 0;
			int			first = 1;

			if (doc_tick(doc, l->n))
				return NULL;	/* tip_parse reports the cancel */
			if (l->role == ROLE_FURNITURE || l->role == ROLE_BLANK || l->role == ROLE_SEPARATOR)
				continue;
			while (k < l->n)
			{
				uint32_t	s;

				while (k < l->n && !word_byte((unsigned char) l->t[k]))
					k++;
				s = k;
				while (k < l->n && (word_byte((unsigned char) l->t[k]) ||
									(l->t[k] == '-' && k + 1 < l->n && word_byte((unsigned char) l->t[k + 1]))))
					k++;
				/* a word cut by a line end, on either side, is no evidence */
				if (k - s >= 3 && !(k < l->n && l->t[k] == '-') && !(first && cut))
				{
					if (pass == 0)
						words++;
					else
					{
						uint32_t	p = s,
									q;

						set_add(w, hash_word(l->t + s, k - s, NULL, 0, 0));
						/* each part of a compound counts as a word too */
						for (q = s; q <= k; q++)
							if (q == k || l->t[q] == '-')
							{
								if (q - p >= 3 && (p != s || q != k))
									set_add(w, hash_word(l->t + p, q - p, NULL, 0, 0));
								p = q + 1;
							}
					}
				}
				first = 0;
			}
			cut = l->n >= 2 && l->t[l->n - 1] == '-' && word_byte((unsigned char) l->t[l->n - 2]);
		}
		if (pass == 0)
		{
			while (cap < words * 4 + 16)
				cap *= 2;
			w->slots = arena_alloc_array(&doc->arena, cap, sizeof(uint64_t));
			if (w->slots == NULL)
				return NULL;
			memset(w->slots, 0, cap * sizeof(uint64_t));
			w->mask = cap - 1;
		}
	}
	return w;
}

/* Prefixes that keep their hyphen when the document gives no evidence. */
static int
prefix_keeps(const char *s, size_t n)
{
	static const char *const pre[] = {
		"non", "co", "inter", "multi", "cross", "self", "anti", "counter",
		"pre", "post", "sub", "semi", "well", "follow", "capacity", "awareness",
		"decision", "policy", "long", "short", "high", "low", "large", "small",
		"mid", "one", "two", "three", "four", "five", "six", "ten", "full",
		"part", "first", "front", "socio", "train", "peer", "victim", "child",
		"gender", "human", "risk", "case", "community"
	};
	size_t		k;

	for (k = 0; k < sizeof(pre) / sizeof(pre[0]); k++)
		if (strlen(pre[k]) == n && lex_starts_with_ci(s, n, pre[k]))
			return 1;
	return 0;
}

/*
 * Should the hyphen between left (the text before a line-end hyphen, inner
 * hyphens included) and right (the start of the next line) stay?  Returns
 * 1 keep, 0 join, -1 out of memory.
 */
int
words_keep_hyphen(tip_doc *doc, const char *left, size_t ll, const char *right, size_t rl)
{
	struct tip_words *w = doc->words;
	const char *last = left;
	size_t		lastn = ll,
				firstn = rl,
				k;
	int			hy,
				jn;

	if (ll == 0 || rl == 0)
		return 1;
	if (w == NULL)
	{
		w = words_build(doc);
		if (w == NULL)
			return -1;
		doc->words = w;
	}
	/* the whole compound first: "In-" + "ter-Agency" */
	hy = set_has(w, hash_word(left, ll, right, rl, 1));
	jn = set_has(w, hash_word(left, ll, right, rl, 0));
	if (hy != jn)
		return hy;
	/* then the parts that meet at the break: "anti-traffick" + "ing" */
	for (k = ll; k > 0; k--)
		if (left[k - 1] == '-')
		{
			last = left + k;
			lastn = ll - k;
			break;
		}
	for (k = 0; k < rl; k++)
		if (right[k] == '-')
		{
			firstn = k;
			break;
		}
	hy = set_has(w, hash_word(last, lastn, right, firstn, 1));
	jn = set_has(w, hash_word(last, lastn, right, firstn, 0));
	if (hy != jn)
		return hy;
	/*
	 * No direct evidence: the hyphen stays where the halves are words of
	 * the report themselves ("the" + "trainer", "decision" + "making"), or a
	 * word-forming prefix meets a word ("multi" + "year"), but not where a
	 * fragment is no word ("multi" + "ple", "lan" + "guage").
	 */
	{
		int			left_word = lastn >= 3 && set_has(w, hash_word(last, lastn, NULL, 0, 0));
		int			right_word = firstn >= 3 && set_has(w, hash_word(right, firstn, NULL, 0, 0));

		if (last != left && (left_word || right_word))
			return 1;
		if (left_word && right_word)
			return 1;
		if (right_word && prefix_keeps(last, lastn))
			return 1;
	}
	return lex_is_upper((unsigned char) right[0]);
}
