/*
 * matcher.c
 *	  Aho-Corasick multi-pattern matcher for gazetteers (see matcher.h).
 *
 * Layout.  Patterns are split into at most two automata: one over an ASCII
 * case-folded alphabet (default) and one over exact bytes (patterns added
 * with MT_CASE_SENSITIVE).  Both are scanned in lockstep over the same
 * normalised symbol stream.  Each automaton is a complete DFA: bytes are
 * mapped to equivalence classes (the symbols used by its patterns plus one
 * "other" class), and trans[] holds, for every state and class, the row
 * offset of the next state with bit 31 ("hot") set when that state ends at
 * least one pattern, directly or through its dictionary suffix links.  The
 * inner loop therefore costs one class lookup and one transition lookup per
 * byte, and leaves it only at hot states.
 *
 * Text normalisation happens on the fly: whitespace runs become one symbol,
 * U+00A0 and U+2019 are folded into ' ' and '\'' symbols.  A ring buffer maps
 * the last symbol indices back to source byte offsets, so matches report
 * exact spans; patterns are capped at MT_MAX_PATTERN_LEN symbols, which keeps
 * the ring and the candidate list on the stack.
 *
 * Leftmost-longest selection.  Matches arrive ordered by end.  We keep a
 * chain of tentative candidates ("levels") (s1,e1), (s2,e2), ... with
 * s1 < e1 <= s2 < e2 <= ..., where s_i is the leftmost start not yet covered
 * by the level before and e_i the longest end seen for it.  Matches ending at
 * the current symbol are visited from longest to shortest; the first one that
 * starts at or before a level's start (and not inside the level before)
 * replaces that level and drops the ones after it, and since every shorter
 * match ending here lies inside the new level, the walk stops.  A match that
 * starts strictly inside a level can never be selected and is skipped.  A
 * level is final once the automaton's depth no longer reaches back to its
 * start; it is then reported, the frontier moves to its end, and the states
 * are moved down their failure chains so they forget text before the
 * frontier (amortised O(1): depth grows by at most one per symbol).
 */
#include <string.h>

#include "matcher.h"

#define MT_HOT		0x80000000u
#define MT_OFFMASK	0x7fffffffu
#define MT_NONE		0xffffffffu
#define MT_HOT16	0x8000u		/* hot bit of a narrow transition */
#define MT_IDX16	0x7fffu
#define MT_RING		512			/* > MT_MAX_PATTERN_LEN + 1, power of two */
#define MT_RMASK	(MT_RING - 1)

/* byte kinds for the scanner: plain, whitespace, maybe U+00A0 / U+2019 */
#define K_PLAIN		0
#define K_WS		1
#define K_SPECIAL	2

static const unsigned char mt_kind[256] = {
	[' '] = K_WS, ['\t'] = K_WS, ['\n'] = K_WS, ['\v'] = K_WS, ['\f'] = K_WS,
	['\r'] = K_WS, [0xC2] = K_SPECIAL, [0xE2] = K_SPECIAL
};

typedef struct mt_pat
{
	int32_t		id;
	uint32_t	next;			/* next pattern of the same state, MT_NONE */
	uint32_t	off;			/* builder only: offset of bytes in pool */
	uint16_t	len;			/* normalised length in symbols */
	uint8_t		word;			/* MT_WORD given */
	uint8_t		need_start;		/* MT_WORD and first symbol is a word char */
	uint8_t		cs;				/* MT_CASE_SENSITIVE given */
} mt_pat;

struct mt_builder
{
	tip_allocator a;
	mt_pat	   *pats;
	size_t		npats;
	size_t		cappats;
	unsigned char *pool;		/* normalised (unfolded) pattern bytes */
	size_t		poollen;
	size_t		poolcap;
};

typedef struct mt_state
{
	uint32_t	fail;			/* state index of the failure state */
	uint32_t	dict;			/* next state on the fail chain with output */
	uint32_t	dictnw;			/* same, with a pattern lacking MT_WORD */
	uint32_t	out;			/* first pattern ending here, MT_NONE */
	uint16_t	depth;
	uint8_t		has_nw;			/* some pattern here lacks MT_WORD */
	uint8_t		hot;			/* out != MT_NONE || dict != 0 */
} mt_state;

typedef struct mt_auto
{
	uint32_t   *trans;			/* nstates * ncls encoded next states */
	uint16_t   *narrow;			/* or the same as state | MT_HOT16 (then
								 * trans is NULL); see mt_narrow() */
	mt_state   *st;
	uint32_t	nstates;
	uint32_t	ncls;
	uint32_t	cls_ws;			/* class of the whitespace symbol */
	uint32_t	cls_apos;		/* class of the apostrophe symbol */
	unsigned char cls[256];		/* raw byte -> class */
	unsigned char skip[256];	/* class -> every pattern opening with it
								 * must start a word (see mt_word_links) */
	uint32_t	inword;			/* the root, after a letter or digit */
} mt_auto;

struct mt_matcher
{
	tip_allocator a;
	int			nauto;			/* 1 or 2 */
	mt_auto		au[2];
	mt_pat	   *pats;
	size_t		npats;
	size_t		bytes;			/* memory taken, for mt_memory_size */
};

/* a tentative leftmost-longest candidate */
typedef struct mt_level
{
	size_t		s;				/* first symbol index */
	size_t		e;				/* symbol index after the last */
	size_t		s_src;			/* byte span in the text */
	size_t		e_src;
	uint32_t	pat;
} mt_level;

/* per-scan state; lives on the caller's stack */
typedef struct mt_scan_state
{
	const mt_matcher *m;
	const unsigned char *t;
	size_t		len;
	uint32_t	off[2];			/* encoded current states */
	size_t		frontier;		/* matches must start at this symbol or later */
	size_t		lhead;			/* levels: ring-indexed deque */
	size_t		nlev;
	mt_hit_fn	cb;
	void	   *arg;
	size_t		ring[MT_RING];	/* symbol index -> source byte offset */
	mt_level	lv[MT_RING];
} mt_scan_state;


/* Overflow-checked multiplication; returns 0 on success. */
static int
mt_mul(size_t a, size_t b, size_t *out)
{
	if (a != 0 && b > SIZE_MAX / a)
		return -1;
	*out = a * b;
	return 0;
}

/* Overflow-checked addition; returns 0 on success. */
static int
mt_addsz(size_t a, size_t b, size_t *out)
{
	if (b > SIZE_MAX - a)
		return -1;
	*out = a + b;
	return 0;
}

/* Allocate n elements of elem bytes through the allocator, or NULL. */
static void *
mt_alloc_array(const tip_allocator *a, size_t n, size_t elem)
{
	size_t		bytes;

	if (mt_mul(n, elem, &bytes) != 0)
		return NULL;
	if (bytes == 0)
		bytes = 1;
	return a->alloc(a->ctx, bytes);
}

/* Give memory back to the allocator when it supports that. */
static void
mt_release(const tip_allocator *a, void *p)
{
	if (p != NULL && a->release != NULL)
		a->release(a->ctx, p);
}

/* ASCII letter or digit. */
static inline int
mt_alnum(unsigned c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Word character test for a single-byte (normalised) symbol. */
static inline int
mt_isword(unsigned c)
{
	return c >= 0x80 || mt_alnum(c);
}

/* ASCII lower-casing of one byte. */
static inline unsigned
mt_fold(unsigned c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

/* Is the text symbol that ends just before byte pos a word character? */
static int
mt_prev_is_word(const unsigned char *t, size_t pos)
{
	unsigned	b;

	if (pos == 0)
		return 0;
	b = t[pos - 1];
	if (b < 0x80)
		return mt_alnum(b);
	/* U+00A0, U+00AB, U+00BB; U+2000..U+203F: spaces, dashes, quotes */
	if ((b == 0xA0 || b == 0xAB || b == 0xBB) && pos >= 2 && t[pos - 2] == 0xC2)
		return 0;
	if (b >= 0x80 && b <= 0xBF && pos >= 3 && t[pos - 2] == 0x80 && t[pos - 3] == 0xE2)
		return 0;
	return 1;
}

/* Is the text symbol that starts at byte pos a word character? */
static int
mt_next_is_word(const unsigned char *t, size_t pos, size_t len)
{
	unsigned	b;

	if (pos >= len)
		return 0;
	b = t[pos];
	if (b < 0x80)
		return mt_alnum(b);
	if (b == 0xC2 && pos + 1 < len &&
		(t[pos + 1] == 0xA0 || t[pos + 1] == 0xAB || t[pos + 1] == 0xBB))
		return 0;
	if (b == 0xE2 && pos + 2 < len && t[pos + 1] == 0x80)
		return 0;
	return 1;
}

/*
 * Read the symbol at t[i]: returns its normalised byte (' ' for whitespace,
 * '\'' for either apostrophe), sets *n to its length in bytes and *ws to
 * whether it is whitespace.
 */
static unsigned
mt_symbol(const unsigned char *t, size_t i, size_t len, size_t *n, int *ws)
{
	unsigned	c = t[i];

	*n = 1;
	*ws = 0;
	if (mt_kind[c] == K_WS)
	{
		*ws = 1;
		return ' ';
	}
	if (c == 0xC2 && i + 1 < len && t[i + 1] == 0xA0)
	{
		*n = 2;
		*ws = 1;
		return ' ';
	}
	if (c == 0xE2 && i + 2 < len && t[i + 1] == 0x80 && t[i + 2] == 0x99)
	{
		*n = 3;
		return '\'';
	}
	return c;
}

/*
 * Normalise a pattern into out[MT_MAX_PATTERN_LEN]; returns its length, 0 if
 * it is empty after trimming, or MT_ETOOLONG.
 */
static int
mt_normalize(const unsigned char *p, size_t len, unsigned char *out)
{
	size_t		i = 0;
	size_t		o = 0;
	int			pending_ws = 0;

	while (i < len)
	{
		size_t		n;
		int			ws;
		unsigned	sym = mt_symbol(p, i, len, &n, &ws);

		i += n;
		if (ws)
		{
			pending_ws = (o > 0);
			continue;
		}
		if (o + (size_t) pending_ws + 1 > MT_MAX_PATTERN_LEN)
			return MT_ETOOLONG;
		if (pending_ws)
			out[o++] = ' ';
		pending_ws = 0;
		out[o++] = (unsigned char) sym;
	}
	return (int) o;
}

/* Create an empty builder using allocator a; NULL on failure. */
mt_builder *
mt_builder_new(const tip_allocator *a)
{
	mt_builder *b;

	if (a == NULL || a->alloc == NULL)
		return NULL;
	b = a->alloc(a->ctx, sizeof(mt_builder));
	if (b == NULL)
		return NULL;
	memset(b, 0, sizeof(*b));
	b->a = *a;
	return b;
}

/* Free a builder that was not passed to mt_build. */
void
mt_builder_free(mt_builder *b)
{
	tip_allocator a;

	if (b == NULL)
		return;
	a = b->a;
	mt_release(&a, b->pats);
	mt_release(&a, b->pool);
	mt_release(&a, b);
}

/* Copy-grow a buffer to newbytes; old one is released on success only. */
static void *
mt_grow(const tip_allocator *a, void *old, size_t oldbytes, size_t newbytes)
{
	void	   *p = a->alloc(a->ctx, newbytes);

	if (p == NULL)
		return NULL;
	if (oldbytes > 0)
		memcpy(p, old, oldbytes);
	mt_release(a, old);
	return p;
}

/* Add one pattern; returns MT_OK or a negative MT_E* status. */
int
mt_add(mt_builder *b, const char *pattern, size_t len, int32_t id,
	   unsigned flags)
{
	unsigned char norm[MT_MAX_PATTERN_LEN];
	int			n;
	mt_pat	   *p;

	if (b == NULL || (pattern == NULL && len > 0))
		return MT_EINVAL;
	if ((flags & ~(MT_CASE_SENSITIVE | MT_WORD)) != 0)
		return MT_EINVAL;
	if (len == 0)
		return MT_EINVAL;
	n = mt_normalize((const unsigned char *) pattern, len, norm);
	if (n < 0)
		return n;
	if (n == 0)
		return MT_EINVAL;
	if (b->npats >= (size_t) INT32_MAX)
		return MT_ENOMEM;

	if (b->npats == b->cappats)
	{
		size_t		ncap = b->cappats ? b->cappats * 2 : 64;
		size_t		oldb,
					newb;
		void	   *np;

		if (mt_mul(b->cappats, sizeof(mt_pat), &oldb) != 0 ||
			mt_mul(ncap, sizeof(mt_pat), &newb) != 0)
			return MT_ENOMEM;
		np = mt_grow(&b->a, b->pats, oldb, newb);
		if (np == NULL)
			return MT_ENOMEM;
		b->pats = np;
		b->cappats = ncap;
	}
	if (b->poolcap - b->poollen < (size_t) n)
	{
		size_t		ncap = b->poolcap ? b->poolcap : 1024;
		void	   *np;

		while (ncap - b->poollen < (size_t) n)
		{
			if (ncap > SIZE_MAX / 2)
				return MT_ENOMEM;
			ncap *= 2;
		}
		/* pattern offsets are stored as uint32_t */
		if (ncap > (size_t) UINT32_MAX)
			return MT_ENOMEM;
		np = mt_grow(&b->a, b->pool, b->poollen, ncap);
		if (np == NULL)
			return MT_ENOMEM;
		b->pool = np;
		b->poolcap = ncap;
	}

	p = &b->pats[b->npats];
	p->id = id;
	p->next = MT_NONE;
	p->off = (uint32_t) b->poollen;
	p->len = (uint16_t) n;
	p->word = (flags & MT_WORD) != 0;
	p->cs = (flags & MT_CASE_SENSITIVE) != 0;
	p->need_start = p->word && mt_isword(norm[0]);
	memcpy(b->pool + b->poollen, norm, (size_t) n);
	b->poollen += (size_t) n;
	b->npats++;
	return MT_OK;
}

/* Release the arrays of one automaton. */
static void
mt_auto_free(const tip_allocator *a, mt_auto *au)
{
	mt_release(a, au->trans);
	mt_release(a, au->narrow);
	mt_release(a, au->st);
	au->trans = NULL;
	au->narrow = NULL;
	au->st = NULL;
}

/* Encoded (row offset | hot) form of state u. */
static inline uint32_t
mt_enc(const mt_auto *au, uint32_t u)
{
	return (u * au->ncls) | (au->st[u].hot ? MT_HOT : 0);
}

/* State index of an encoded state. */
static inline uint32_t
mt_dec(const mt_auto *au, uint32_t off)
{
	return (off & MT_OFFMASK) / au->ncls;
}

/*
 * Is the state x, reached from state u (string pool[su..su+du)) by one more
 * symbol, certain to start right after a letter or digit, at a point where
 * no pattern opening like x may start?  Then no match through x can be
 * reported.
 */
static inline int
mt_bad_start(const mt_auto *au, const unsigned char *pool, const uint32_t *src,
			 const uint32_t *clsid, int cs, uint32_t u, uint32_t x)
{
	size_t		du = au->st[u].depth;
	size_t		dx = au->st[x].depth;
	unsigned	before,
				first;

	if (dx > du)
		return 0;				/* x starts before u: nothing known */
	before = pool[src[u] + du - dx];
	first = pool[src[x]];
	return mt_alnum(before) && au->skip[clsid[cs ? first : mt_fold(first)]];
}

/*
 * Word-start links.  When every pattern that opens with a letter or digit
 * must start a word (MT_WORD), a state whose string starts inside a word of
 * the text can only lead to rejected matches.  The completed DFA row of
 * each state u (in breadth-first order, so the failure state's row is
 * already done) is rewritten: a transition that is not a trie edge goes to
 * the longest suffix of u's string plus the symbol that is in the trie and
 * does not start right after a letter or digit of that string.  Every match
 * that can be reported is still reached (its start is not such a point, so
 * the state covering it is kept), while inside words the automaton falls
 * back to the root, whose row stays in cache, instead of wandering over the
 * table; the scan does the same at the root (mt_run).  The failure and
 * dictionary links stay those of the plain automaton.
 */
static void
mt_word_links(mt_auto *au, const unsigned char *pool, const uint32_t *src,
			  const uint32_t *clsid, int cs, const uint32_t *queue, size_t qt)
{
	uint32_t	ncls = au->ncls;
	size_t		q;

	for (q = 0; q < qt; q++)
	{
		uint32_t	u = queue[q];
		uint32_t	f = au->st[u].fail;
		uint32_t   *row = au->trans + (size_t) u * ncls;
		const uint32_t *frow = au->trans + (size_t) f * ncls;
		uint32_t	c;

		for (c = 0; c < ncls; c++)
		{
			uint32_t	w;

			if (au->st[row[c]].depth == au->st[u].depth + 1)
				continue;		/* a trie edge */
			w = frow[c];
			while (w != 0 && mt_bad_start(au, pool, src, clsid, cs, u, w))
				w = au->st[w].fail;
			row[c] = w;
		}
	}
}

/*
 * The root inside a word.  A second root state, "inword", stands for the
 * root reached by a letter or digit: every transition to the root on a class
 * made only of ASCII letters and digits goes to it instead.  Its own row is
 * the root's, except that a class no pattern may open inside a word (skip)
 * keeps it there: a match starting at that point would be rejected anyway.
 * So the scan loop stays one table lookup per byte.
 */
static void
mt_inword_root(mt_auto *au)
{
	uint32_t	ncls = au->ncls;
	uint32_t	r = au->inword;
	unsigned char word_cls[256];
	uint32_t	u,
				c;

	memset(word_cls, 1, sizeof(word_cls));
	for (c = 0; c < 256; c++)
		if (!mt_alnum(c))
			word_cls[au->cls[c]] = 0;
	word_cls[au->cls_ws] = 0;
	word_cls[au->cls_apos] = 0;
	for (u = 0; u < au->nstates; u++)
	{
		uint32_t   *row = au->trans + (size_t) u * ncls;

		if (u == r)
			continue;
		for (c = 0; c < ncls; c++)
			if (row[c] == 0 && word_cls[c])
				row[c] = r;
	}
	for (c = 0; c < ncls; c++)
		au->trans[(size_t) r * ncls + c] = au->skip[c] ? r : au->trans[c];
}

/*
 * Build the DFA for the builder's patterns whose case-sensitivity is cs; the
 * pattern output lists are threaded through pats[].next.  Returns MT_OK or
 * MT_ENOMEM (nothing left allocated in au).
 */
static int
mt_auto_build(mt_matcher *m, const mt_builder *b, mt_auto *au, int cs)
{
	const tip_allocator *a = &m->a;
	unsigned char used[256];
	unsigned char opens_free[256];	/* some pattern opening with it lacks
									 * need_start */
	uint32_t	clsid[256];
	size_t		total = 0;
	size_t		maxnodes,
				cells,
				i;
	uint32_t	ncls = 1,
				nnodes = 1,
				cls_word = 0,
			   *queue,
			   *src;			/* state -> pool offset of its string */
	size_t		qh,
				qt;

	memset(used, 0, sizeof(used));
	memset(opens_free, 0, sizeof(opens_free));
	for (i = 0; i < b->npats; i++)
	{
		const mt_pat *p = &b->pats[i];
		size_t		j;

		if (p->cs != cs)
			continue;
		for (j = 0; j < p->len; j++)
		{
			unsigned	c = b->pool[p->off + j];

			used[cs ? c : mt_fold(c)] = 1;
		}
		if (!p->need_start)
			opens_free[cs ? b->pool[p->off] : mt_fold(b->pool[p->off])] = 1;
		if (mt_addsz(total, p->len, &total) != 0)
			return MT_ENOMEM;
	}
	for (i = 0; i < 256; i++)
		clsid[i] = used[i] ? ncls++ : 0;
	memset(au->skip, 0, sizeof(au->skip));
	for (i = 0; i < 256; i++)
		if (used[i] && !opens_free[i] && mt_alnum((unsigned) i))
			au->skip[clsid[i]] = 1;
	for (i = 0; i < 256; i++)
	{
		unsigned	sym = mt_kind[i] == K_WS ? ' ' : (unsigned) i;

		au->cls[i] = (unsigned char) clsid[cs ? sym : mt_fold(sym)];
	}
	/* letters and digits no pattern uses get a class of their own */
	for (i = 0; i < 256; i++)
		if (au->cls[i] == 0 && mt_alnum((unsigned) i))
		{
			if (cls_word == 0)
				cls_word = ncls++;
			au->cls[i] = (unsigned char) cls_word;
		}
	au->cls_ws = clsid[' '];
	au->cls_apos = clsid['\''];
	au->ncls = ncls;

	/* the trie's nodes, the root and the root inside a word */
	if (mt_addsz(total, 2, &maxnodes) != 0 ||
		mt_mul(maxnodes, ncls, &cells) != 0 || cells > MT_OFFMASK)
		return MT_ENOMEM;
	au->trans = mt_alloc_array(a, cells, sizeof(uint32_t));
	au->st = mt_alloc_array(a, maxnodes, sizeof(mt_state));
	queue = mt_alloc_array(a, maxnodes, sizeof(uint32_t));
	src = mt_alloc_array(a, maxnodes, sizeof(uint32_t));
	if (au->trans == NULL || au->st == NULL || queue == NULL || src == NULL)
	{
		mt_release(a, queue);
		mt_release(a, src);
		mt_auto_free(a, au);
		return MT_ENOMEM;
	}
	memset(au->trans, 0, cells * sizeof(uint32_t));
	memset(&au->st[0], 0, sizeof(mt_state));
	au->st[0].out = MT_NONE;

	/* trie; walk patterns backwards so output lists end up in add order */
	for (i = b->npats; i-- > 0;)
	{
		mt_pat	   *p = &m->pats[i];
		const unsigned char *s = b->pool + b->pats[i].off;
		uint32_t	u = 0;
		size_t		j;

		if (p->cs != cs)
			continue;
		for (j = 0; j < p->len; j++)
		{
			uint32_t	c = clsid[cs ? s[j] : mt_fold(s[j])];
			uint32_t	v = au->trans[(size_t) u * ncls + c];

			if (v == 0)
			{
				v = nnodes++;
				memset(&au->st[v], 0, sizeof(mt_state));
				au->st[v].out = MT_NONE;
				au->st[v].depth = (uint16_t) (au->st[u].depth + 1);
				au->trans[(size_t) u * ncls + c] = v;
				src[v] = b->pats[i].off;
			}
			u = v;
		}
		p->next = au->st[u].out;
		au->st[u].out = (uint32_t) i;
		if (!p->word)
			au->st[u].has_nw = 1;
	}
	au->inword = nnodes++;
	memset(&au->st[au->inword], 0, sizeof(mt_state));
	au->st[au->inword].out = MT_NONE;
	au->nstates = nnodes;

	/* shrink the tables to the states actually used, if worth it */
	if (a->release != NULL && nnodes < maxnodes)
	{
		uint32_t   *nt = mt_alloc_array(a, (size_t) nnodes * ncls,
										sizeof(uint32_t));
		mt_state   *ns = mt_alloc_array(a, nnodes, sizeof(mt_state));

		if (nt != NULL && ns != NULL)
		{
			memcpy(nt, au->trans, (size_t) nnodes * ncls * sizeof(uint32_t));
			memcpy(ns, au->st, (size_t) nnodes * sizeof(mt_state));
			mt_auto_free(a, au);
			au->trans = nt;
			au->st = ns;
			maxnodes = nnodes;
		}
		else
		{
			mt_release(a, nt);
			mt_release(a, ns);
		}
	}
	m->bytes += maxnodes * ncls * sizeof(uint32_t) + maxnodes * sizeof(mt_state);

	/* breadth-first: failure links, DFA completion, dictionary links */
	qh = qt = 0;
	for (i = 0; i < ncls; i++)
	{
		uint32_t	v = au->trans[i];

		if (v != 0)
		{
			au->st[v].fail = 0;
			au->st[v].dict = 0;
			au->st[v].dictnw = 0;
			queue[qt++] = v;
		}
	}
	while (qh < qt)
	{
		uint32_t	u = queue[qh++];
		uint32_t	f = au->st[u].fail;
		uint32_t   *row = au->trans + (size_t) u * ncls;
		const uint32_t *frow = au->trans + (size_t) f * ncls;

		for (i = 0; i < ncls; i++)
		{
			uint32_t	v = row[i];

			if (v != 0)
			{
				uint32_t	fv = frow[i];
				mt_state   *sv = &au->st[v];

				sv->fail = fv;
				sv->dict = au->st[fv].out != MT_NONE ? fv : au->st[fv].dict;
				sv->dictnw = au->st[fv].has_nw ? fv : au->st[fv].dictnw;
				queue[qt++] = v;
			}
			else
				row[i] = frow[i];
		}
	}
	src[0] = 0;
	mt_word_links(au, b->pool, src, clsid, cs, queue, qt);
	mt_inword_root(au);
	mt_release(a, queue);
	mt_release(a, src);

	/* encode transitions as row offsets with the hot bit */
	for (i = 0; i < nnodes; i++)
		au->st[i].hot = (au->st[i].out != MT_NONE || au->st[i].dict != 0);
	for (i = 0; i < (size_t) nnodes * ncls; i++)
		au->trans[i] = mt_enc(au, au->trans[i]);
	return MT_OK;
}

/*
 * Narrow tables: when every automaton has at most 32768 states, store the
 * transitions as 16-bit state numbers with the hot bit on top, which halves
 * the memory the scan walks over (the rows it visits fit the caches much
 * better).  Keeps the 32-bit tables if any automaton is too big or memory
 * runs out.
 */
static void
mt_narrow(mt_matcher *m)
{
	int			k;
	size_t		i;

	for (k = 0; k < m->nauto; k++)
		if (m->au[k].nstates > MT_IDX16 + 1)
			return;
	for (k = 0; k < m->nauto; k++)
	{
		mt_auto    *au = &m->au[k];
		size_t		cells = (size_t) au->nstates * au->ncls;

		au->narrow = mt_alloc_array(&m->a, cells, sizeof(uint16_t));
		if (au->narrow == NULL)
		{
			for (k = 0; k < m->nauto; k++)
			{
				mt_release(&m->a, m->au[k].narrow);
				m->au[k].narrow = NULL;
			}
			return;
		}
		for (i = 0; i < cells; i++)
			au->narrow[i] = (uint16_t) (mt_dec(au, au->trans[i]) |
										(au->trans[i] & MT_HOT ? MT_HOT16 : 0));
	}
	for (k = 0; k < m->nauto; k++)
	{
		mt_auto    *au = &m->au[k];

		if (m->a.release != NULL)
		{
			m->a.release(m->a.ctx, au->trans);
			au->trans = NULL;
			m->bytes -= (size_t) au->nstates * au->ncls * sizeof(uint16_t);
		}
		else
			m->bytes += (size_t) au->nstates * au->ncls * sizeof(uint16_t);
	}
}

/* Free a matcher and everything it owns. */
void
mt_free(mt_matcher *m)
{
	tip_allocator a;
	int			i;

	if (m == NULL)
		return;
	a = m->a;
	for (i = 0; i < 2; i++)
		mt_auto_free(&a, &m->au[i]);
	mt_release(&a, m->pats);
	mt_release(&a, m);
}

/* Build the matcher from a builder; the builder is freed either way. */
mt_matcher *
mt_build(mt_builder *b)
{
	mt_matcher *m;
	size_t		i,
				ncs = 0;
	int			kinds[2],
				nk = 0,
				k;

	if (b == NULL)
		return NULL;
	m = b->a.alloc(b->a.ctx, sizeof(mt_matcher));
	if (m == NULL)
	{
		mt_builder_free(b);
		return NULL;
	}
	memset(m, 0, sizeof(*m));
	m->a = b->a;
	m->npats = b->npats;
	m->bytes = sizeof(mt_matcher);
	m->pats = mt_alloc_array(&m->a, b->npats, sizeof(mt_pat));
	if (m->pats == NULL)
		goto fail;
	if (b->npats > 0)
		memcpy(m->pats, b->pats, b->npats * sizeof(mt_pat));
	m->bytes += b->npats * sizeof(mt_pat);

	for (i = 0; i < b->npats; i++)
		ncs += b->pats[i].cs;
	/* automaton 0 always exists; a second one only if both kinds occur */
	if (ncs < b->npats || ncs == 0)
		kinds[nk++] = 0;
	if (ncs > 0)
		kinds[nk++] = 1;
	for (k = 0; k < nk; k++)
	{
		if (mt_auto_build(m, b, &m->au[k], kinds[k]) != MT_OK)
			goto fail;
		m->nauto = k + 1;
	}
	mt_narrow(m);
	mt_builder_free(b);
	return m;

fail:
	mt_builder_free(b);
	mt_free(m);
	return NULL;
}

/* Number of patterns in a matcher. */
size_t
mt_pattern_count(const mt_matcher *m)
{
	return m ? m->npats : 0;
}

/* Approximate bytes of memory held by a matcher. */
size_t
mt_memory_size(const mt_matcher *m)
{
	return m ? m->bytes : 0;
}

/* Depth of the deeper of the current states. */
static inline size_t
mt_cur_depth(const mt_scan_state *S)
{
	const mt_matcher *m = S->m;
	size_t		d = m->au[0].st[mt_dec(&m->au[0], S->off[0])].depth;

	if (m->nauto == 2)
	{
		size_t		d1 = m->au[1].st[mt_dec(&m->au[1], S->off[1])].depth;

		if (d1 > d)
			d = d1;
	}
	return d;
}

/* Move the current states down their fail chains to depth <= maxd. */
static void
mt_reset_depth(mt_scan_state *S, size_t maxd)
{
	const mt_matcher *m = S->m;
	int			k;

	for (k = 0; k < m->nauto; k++)
	{
		const mt_auto *au = &m->au[k];
		uint32_t	u = mt_dec(au, S->off[k]);

		if (au->st[u].depth <= maxd)
			continue;
		while (au->st[u].depth > maxd)
			u = au->st[u].fail;
		S->off[k] = mt_enc(au, u);
	}
}

/* Report the first level and drop it; returns the callback's verdict. */
static int
mt_emit_first(mt_scan_state *S)
{
	const mt_level *l = &S->lv[S->lhead & MT_RMASK];
	mt_match	hit;

	hit.id = S->m->pats[l->pat].id;
	hit.start = l->s_src;
	hit.end = l->e_src;
	S->frontier = l->e;
	S->lhead++;
	S->nlev--;
	return S->cb(S->arg, &hit);
}

/*
 * Offer the candidate (s, e) to the level chain; returns 1 if it was taken
 * (then no shorter match ending at the same symbol can matter), 0 if it lies
 * strictly inside an existing level.
 */
static int
mt_offer(mt_scan_state *S, size_t s, size_t e, size_t s_src, size_t e_src,
		 uint32_t pat)
{
	size_t		lo = 0,
				hi = S->nlev;
	mt_level   *l;

	/* first level j with s < lv[j].e; ends are increasing along the chain */
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (s < S->lv[(S->lhead + mid) & MT_RMASK].e)
			hi = mid;
		else
			lo = mid + 1;
	}
	if (lo < S->nlev && s > S->lv[(S->lhead + lo) & MT_RMASK].s)
		return 0;
	if (lo == S->nlev && S->nlev >= MT_RING)
		return 0;				/* cannot happen: levels <= max pattern len */
	l = &S->lv[(S->lhead + lo) & MT_RMASK];
	l->s = s;
	l->e = e;
	l->s_src = s_src;
	l->e_src = e_src;
	l->pat = pat;
	S->nlev = lo + 1;
	return 1;
}

/* First state on u's output chain (u itself included), 0 if none. */
static inline uint32_t
mt_first_out(const mt_auto *au, uint32_t u, int blocked)
{
	if (blocked)
		return au->st[u].has_nw ? u : au->st[u].dictnw;
	return au->st[u].out != MT_NONE ? u : au->st[u].dict;
}

/*
 * Is every MT_WORD pattern ending at symbol k (bytes up to iend) rejected,
 * i.e. is that symbol a word character followed by another one?
 */
static inline int
mt_end_blocked(const mt_scan_state *S, size_t k, size_t iend)
{
	size_t		sb = S->ring[k & MT_RMASK];

	if (iend - sb != 1 || !mt_isword(S->t[sb]))
		return 0;
	return mt_next_is_word(S->t, iend, S->len);
}

/*
 * Slow path of the leftmost-longest scan after symbol k (ending at byte
 * iend): finalise levels the automaton can no longer extend, then offer the
 * matches ending at k.  Returns non-zero to stop.
 */
static int
mt_ll_step(mt_scan_state *S, size_t k, size_t iend)
{
	const mt_matcher *m = S->m;
	uint32_t	v[2] = {0, 0};
	int			blocked,
				a,
				r;

	if (S->nlev > 0)
	{
		size_t		d = mt_cur_depth(S);

		while (S->nlev > 0 && S->lv[S->lhead & MT_RMASK].s + d < k + 1)
		{
			if ((r = mt_emit_first(S)) != 0)
				return r;
			mt_reset_depth(S, k + 1 - S->frontier);
			d = mt_cur_depth(S);
		}
	}
	if (((S->off[0] | S->off[1]) & MT_HOT) == 0)
		return 0;

	blocked = mt_end_blocked(S, k, iend);
	for (a = 0; a < m->nauto; a++)
		v[a] = mt_first_out(&m->au[a], mt_dec(&m->au[a], S->off[a]), blocked);

	/* visit matches ending at k from longest to shortest */
	while (v[0] != 0 || v[1] != 0)
	{
		size_t		d0 = v[0] ? m->au[0].st[v[0]].depth : 0;
		size_t		d1 = v[1] ? m->au[1].st[v[1]].depth : 0;
		size_t		L = d0 > d1 ? d0 : d1;
		size_t		s = k + 1 - L;
		size_t		s_src = S->ring[s & MT_RMASK];
		int			prev_word = -1;
		uint32_t	best = MT_NONE;

		for (a = 0; a < m->nauto; a++)
		{
			const mt_auto *au = &m->au[a];
			uint32_t	p;

			if (v[a] == 0 || au->st[v[a]].depth != L)
				continue;
			for (p = au->st[v[a]].out; p != MT_NONE; p = m->pats[p].next)
			{
				const mt_pat *pp = &m->pats[p];

				if (pp->word && blocked)
					continue;
				if (pp->need_start)
				{
					if (prev_word < 0)
						prev_word = mt_prev_is_word(S->t, s_src);
					if (prev_word)
						continue;
				}
				if (p < best)
					best = p;
				break;
			}
			v[a] = blocked ? au->st[v[a]].dictnw : au->st[v[a]].dict;
		}
		if (best != MT_NONE && s >= S->frontier &&
			mt_offer(S, s, k + 1, s_src, iend, best))
			break;
	}
	return 0;
}

/*
 * Slow path of the all-matches scan after symbol k: report every valid match
 * ending there.  Returns non-zero to stop.
 */
static int
mt_all_step(mt_scan_state *S, size_t k, size_t iend)
{
	const mt_matcher *m = S->m;
	int			blocked = mt_end_blocked(S, k, iend);
	int			a,
				r;

	for (a = 0; a < m->nauto; a++)
	{
		const mt_auto *au = &m->au[a];
		uint32_t	v;

		if ((S->off[a] & MT_HOT) == 0)
			continue;
		v = mt_first_out(au, mt_dec(au, S->off[a]), blocked);
		while (v != 0)
		{
			size_t		s = k + 1 - au->st[v].depth;
			size_t		s_src = S->ring[s & MT_RMASK];
			int			prev_word = -1;
			uint32_t	p;

			for (p = au->st[v].out; p != MT_NONE; p = m->pats[p].next)
			{
				const mt_pat *pp = &m->pats[p];
				mt_match	hit;

				if (pp->word && blocked)
					continue;
				if (pp->need_start)
				{
					if (prev_word < 0)
						prev_word = mt_prev_is_word(S->t, s_src);
					if (prev_word)
						continue;
				}
				hit.id = pp->id;
				hit.start = s_src;
				hit.end = iend;
				if ((r = S->cb(S->arg, &hit)) != 0)
					return r;
			}
			v = blocked ? au->st[v].dictnw : au->st[v].dict;
		}
	}
	return 0;
}

/* The encoded (row offset | MT_HOT) form of a narrow state. */
static inline uint32_t
mt_widen(const mt_auto *au, uint32_t o)
{
	return (o & MT_IDX16) * au->ncls | (o & MT_HOT16 ? MT_HOT : 0);
}

/* The narrow (state | MT_HOT16) form of an encoded state. */
static inline uint32_t
mt_narrowed(const mt_auto *au, uint32_t off)
{
	return mt_dec(au, off) | (off & MT_HOT ? MT_HOT16 : 0);
}

/*
 * The scanning loop shared by both modes: normalises the text on the fly,
 * steps the automata, and calls the slow path at hot states (and, in
 * leftmost-longest mode, while candidates are pending).
 */
static int
mt_run(const mt_matcher *m, const char *text, size_t len, mt_hit_fn cb,
	   mt_progress_fn progress, void *arg, int all)
{
	mt_scan_state S;
	const unsigned char *t = (const unsigned char *) text;
	const mt_auto *a0,
			   *a1;
	const uint32_t *t0,
			   *t1;
	const uint16_t *n0,
			   *n1;
	size_t		w0,
				w1;
	uint32_t	hot;
	const unsigned char *c0,
			   *c1;
	uint32_t	o0 = 0,
				o1 = 0;
	int			two,
				r;
	unsigned	prev_ws = 0,
				pending = 0;	/* S.nlev != 0, kept in a register */
	size_t		i = 0,
				k = 0;

	if (m == NULL || cb == NULL || (text == NULL && len > 0))
		return MT_EINVAL;
	if (len == 0)
		return 0;

	S.m = m;
	S.t = t;
	S.len = len;
	S.off[0] = S.off[1] = 0;
	S.frontier = 0;
	S.lhead = 0;
	S.nlev = 0;
	S.cb = cb;
	S.arg = arg;

	two = (m->nauto == 2);
	a0 = &m->au[0];
	a1 = two ? &m->au[1] : &m->au[0];
	t0 = a0->trans;
	t1 = a1->trans;
	n0 = a0->narrow;			/* both narrow or neither (mt_narrow) */
	n1 = a1->narrow;
	w0 = a0->ncls;
	w1 = a1->ncls;
	c0 = a0->cls;
	c1 = a1->cls;

	while (i < len)
	{
		size_t		chunk_end = (len - i > MT_PROGRESS_INTERVAL) ?
			i + MT_PROGRESS_INTERVAL : len;

		while (i < chunk_end)
		{
			unsigned	c = t[i];
			unsigned	kd = mt_kind[c];
			unsigned	x0,
						x1;
			size_t		n = 1;

			if (kd != K_SPECIAL)
			{
				if (kd & prev_ws)
				{
					i++;
					continue;
				}
				prev_ws = kd;
				x0 = c0[c];
				x1 = c1[c];
			}
			else if (c == 0xC2 && i + 1 < len && t[i + 1] == 0xA0)
			{
				if (prev_ws)
				{
					i += 2;
					continue;
				}
				prev_ws = 1;
				n = 2;
				x0 = a0->cls_ws;
				x1 = a1->cls_ws;
			}
			else if (c == 0xE2 && i + 2 < len && t[i + 1] == 0x80 &&
					 t[i + 2] == 0x99)
			{
				prev_ws = 0;
				n = 3;
				x0 = a0->cls_apos;
				x1 = a1->cls_apos;
			}
			else
			{
				prev_ws = 0;
				x0 = c0[c];
				x1 = c1[c];
			}

			S.ring[k & MT_RMASK] = i;
			i += n;
			if (n0 != NULL)
			{
				o0 = n0[(size_t) (o0 & MT_IDX16) * w0 + x0];
				if (two)
					o1 = n1[(size_t) (o1 & MT_IDX16) * w1 + x1];
				hot = (o0 | o1) & MT_HOT16;
			}
			else
			{
				o0 = t0[(o0 & MT_OFFMASK) + x0];
				if (two)
					o1 = t1[(o1 & MT_OFFMASK) + x1];
				hot = (o0 | o1) & MT_HOT;
			}
			if ((hot | pending) != 0)
			{
				S.off[0] = n0 != NULL ? mt_widen(a0, o0) : o0;
				S.off[1] = n0 != NULL ? mt_widen(a1, o1) : o1;
				r = all ? mt_all_step(&S, k, i) : mt_ll_step(&S, k, i);
				if (r != 0)
					return r;
				o0 = n0 != NULL ? mt_narrowed(a0, S.off[0]) : S.off[0];
				o1 = n0 != NULL ? mt_narrowed(a1, S.off[1]) : S.off[1];
				pending = (S.nlev != 0);
			}
			k++;
		}
		if (progress != NULL && (r = progress(arg, i, len)) != 0)
			return r;
	}

	/* end of text: every pending level is final */
	while (S.nlev > 0)
	{
		if ((r = mt_emit_first(&S)) != 0)
			return r;
	}
	return 0;
}

/*
 * Leftmost-longest non-overlapping scan; cb is called for each match in text
 * order.  Returns 0, a callback's non-zero value, or MT_EINVAL.
 */
int
mt_scan_cb(const mt_matcher *m, const char *text, size_t len, mt_hit_fn cb,
		   void *arg)
{
	return mt_run(m, text, len, cb, NULL, arg, 0);
}

/* mt_scan_cb with a progress hook called every MT_PROGRESS_INTERVAL bytes. */
int
mt_scan_cb_progress(const mt_matcher *m, const char *text, size_t len,
					mt_hit_fn cb, mt_progress_fn progress, void *arg)
{
	return mt_run(m, text, len, cb, progress, arg, 0);
}

/*
 * Report every (overlapping) match, ordered by end offset and, for one end,
 * from longest to shortest; progress may be NULL.
 */
int
mt_scan_all_cb(const mt_matcher *m, const char *text, size_t len,
			   mt_hit_fn cb, mt_progress_fn progress, void *arg)
{
	return mt_run(m, text, len, cb, progress, arg, 1);
}

/* collector for mt_scan */
typedef struct mt_collect
{
	mt_match   *out;
	size_t		max_out;
	size_t		n;
} mt_collect;

/* mt_scan's callback: store while there is room, count always. */
static int
mt_collect_hit(void *arg, const mt_match *hit)
{
	mt_collect *c = arg;

	if (c->n < c->max_out)
		c->out[c->n] = *hit;
	c->n++;
	return 0;
}

/*
 * Leftmost-longest scan into an array: stores up to max_out matches, returns
 * how many were stored and sets *n_total (if not NULL) to how many exist.
 */
size_t
mt_scan(const mt_matcher *m, const char *text, size_t len, mt_match *out,
		size_t max_out, size_t *n_total)
{
	mt_collect	c;

	c.out = out;
	c.max_out = out ? max_out : 0;
	c.n = 0;
	if (mt_run(m, text, len, mt_collect_hit, NULL, &c, 0) != 0)
		c.n = 0;
	if (n_total)
		*n_total = c.n;
	return c.n < c.max_out ? c.n : c.max_out;
}
