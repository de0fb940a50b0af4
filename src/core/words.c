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
	size_t		count;
};

static inline int
word_byte(unsigned char c)
{
	return lex_is_alpha(c) || c >= 0x80;
}

#define FNV_BASIS 1469598103934665603ULL
#define FNV_PRIME 1099511628211ULL

/* One byte into an FNV-1a hash, ASCII-lowercased (as hash_word does). */
static inline uint64_t
hash_step(uint64_t h, unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		c |= 0x20;
	return (h ^ c) * FNV_PRIME;
}

/* FNV-1a over the ASCII-lowercased bytes of a word. */
static uint64_t
hash_word(const char *a, size_t an, const char *b, size_t bn, int hyphen)
{
	uint64_t	h = FNV_BASIS;
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
		h = hash_step(h, c);
	}
	return h | 1;
}

static void
set_insert(uint64_t *slots, size_t mask, uint64_t h)
{
	size_t		i = (size_t) h & mask;

	while (slots[i] != 0 && slots[i] != h)
		i = (i + 1) & mask;
	slots[i] = h;
}

/* Add h; the table doubles when half full.  -1 when out of memory. */
static int
set_add(tip_doc *doc, struct tip_words *w, uint64_t h)
{
	if (w->count * 2 >= w->mask + 1)
	{
		size_t		ncap = (w->mask + 1) * 2,
					k;
		uint64_t   *ns = arena_alloc_array(&doc->arena, ncap, sizeof(uint64_t));

		if (ns == NULL)
			return -1;
		memset(ns, 0, ncap * sizeof(uint64_t));
		for (k = 0; k <= w->mask; k++)
			if (w->slots[k] != 0)
				set_insert(ns, ncap - 1, w->slots[k]);
		w->slots = ns;
		w->mask = ncap - 1;
	}
	{
		size_t		i = (size_t) h & w->mask;

		while (w->slots[i] != 0 && w->slots[i] != h)
			i = (i + 1) & w->mask;
		if (w->slots[i] == 0)
		{
			w->slots[i] = h;
			w->count++;
		}
	}
	return 0;
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

/*
 * Collect the words (letters with inner hyphens) that lie whole on a line,
 * and the parts of compounds, in one pass that hashes as it reads.
 */
static struct tip_words *
words_build(tip_doc *doc)
{
	struct tip_words *w = arena_alloc(&doc->arena, sizeof(*w));
	size_t		cap = 1024;
	int			cut = 0;		/* the previous line ended in a hyphen */
	int			i;

	if (w == NULL)
		return NULL;
	w->slots = arena_alloc_array(&doc->arena, cap, sizeof(uint64_t));
	if (w->slots == NULL)
		return NULL;
	memset(w->slots, 0, cap * sizeof(uint64_t));
	w->mask = cap - 1;
	w->count = 0;

	for (i = 0; i < doc->n_lines; i++)
	{
		const tip_line *l = &doc->lines[i];
		const char *t = l->t;
		uint32_t	n = l->n,
					k = 0;
		int			first = 1;

		if (doc_tick(doc, n))
			return NULL;		/* tip_parse reports the cancel */
		if (l->role == ROLE_FURNITURE || l->role == ROLE_BLANK || l->role == ROLE_SEPARATOR)
			continue;
		while (k < n)
		{
			uint32_t	s,
						p;
			uint64_t	whole = FNV_BASIS,
						part = FNV_BASIS;
			uint64_t	parts[8];
			int			n_parts = 0,
						compound = 0;

			while (k < n && !word_byte((unsigned char) t[k]))
				k++;
			s = p = k;
			for (;;)
			{
				if (k < n && word_byte((unsigned char) t[k]))
				{
					whole = hash_step(whole, (unsigned char) t[k]);
					part = hash_step(part, (unsigned char) t[k]);
					k++;
				}
				else if (k + 1 < n && t[k] == '-' && word_byte((unsigned char) t[k + 1]))
				{
					/* an inner hyphen closes a part of a compound */
					if (k - p >= 3 && n_parts < 8)
						parts[n_parts++] = part | 1;
					compound = 1;
					whole = hash_step(whole, '-');
					part = FNV_BASIS;
					k++;
					p = k;
				}
				else
					break;
			}
			/* a word cut by a line end, on either side, is no evidence */
			if (k - s >= 3 && !(k < n && t[k] == '-') && !(first && cut))
			{
				int			j;

				if (compound && k - p >= 3 && n_parts < 8)
					parts[n_parts++] = part | 1;
				if (set_add(doc, w, whole | 1) != 0)
					return NULL;
				for (j = 0; j < n_parts; j++)
					if (set_add(doc, w, parts[j]) != 0)
						return NULL;
			}
			first = 0;
		}
		cut = n >= 2 && t[n - 1] == '-' && word_byte((unsigned char) t[n - 2]);
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
