/*
 * matcher.c
 *	  Aho-Corasick multi-pattern matcher for gazetteers (see matcher.h):
 *	  patterns and the building of the automata; matcher_scan.c scans
 *	  texts with them.
 *
 * Layout.  Patterns are split into at most two automata: one over an ASCII
 * case-folded alphabet (default) and one over exact bytes (patterns added
 * with MT_CASE_SENSITIVE).  Both read the same normalised symbol stream.
 * Each automaton is a complete DFA: bytes are mapped to equivalence classes
 * (the symbols used by its patterns plus one "other" class), and trans[]
 * holds, for every state and class, the row offset of the next state with
 * bit 31 ("hot") set when that state ends at least one pattern, directly or
 * through its dictionary suffix links.  A scan therefore costs one class
 * lookup and one transition lookup per byte, and leaves its loop only at
 * hot states.  Narrow tables (16-bit, mt_narrow) are a faster form of the
 * same transitions.
 *
 * Text normalisation happens on the fly: whitespace runs become one symbol,
 * U+00A0 and U+2019 are folded into ' ' and '\'' symbols.  Patterns are
 * capped at MT_MAX_PATTERN_LEN symbols, which keeps the scans' state on the
 * stack.
 */
#include "matcher_int.h"

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

const unsigned char mt_kind[256] = {
	[' '] = K_WS, ['\t'] = K_WS, ['\n'] = K_WS, ['\v'] = K_WS, ['\f'] = K_WS,
	['\r'] = K_WS, [0xC2] = K_SPECIAL, [0xE2] = K_SPECIAL
};

const char	mt_common[] =
	" etaoinsrhldcumfpgwybvkxjqz.,-'()TSAICNMPEUROLDGHBFWKJVYQXZ0123456789";

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
void *
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
void
mt_release(const tip_allocator *a, void *p)
{
	if (p != NULL && a->release != NULL)
		a->release(a->ctx, p);
}

/*
 * Read the symbol at t[i]: returns its normalised byte (' ' for whitespace,
 * '\'' for either apostrophe), sets *n to its length in bytes and *ws to
 * whether it is whitespace.
 */
unsigned
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
	mt_release(a, au->row_state);
	mt_release(a, au->state_row);
	mt_release(a, au->st);
	au->trans = NULL;
	au->narrow = NULL;
	au->row_state = NULL;
	au->state_row = NULL;
	au->st = NULL;
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
 * Whitespace runs inside the automaton.  A run of blanks is one symbol; the
 * scan of leftmost-longest matches skips every blank after the first one,
 * but the all-matches scan (mt_run_all) feeds each to the automaton
 * instead, which saves it a test per byte.  That reads the same as long as
 * a second blank leaves the state where the first one put it: a state
 * whose string ends in a blank loops on the blank class.  The root already
 * goes to itself on a blank (no pattern starts with one), and no state that
 * ends in a blank is hot (no pattern ends with one), so no match is lost or
 * added.
 */
static void
mt_space_loops(mt_auto *au, const unsigned char *pool, const uint32_t *src)
{
	uint32_t	u;

	if (au->cls_ws == 0)
		return;					/* no pattern has a blank */
	for (u = 1; u < au->nstates; u++)
		if (u != au->inword && pool[src[u] + au->st[u].depth - 1] == ' ')
			au->trans[(size_t) u * au->ncls + au->cls_ws] = u;
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
	/*
	 * Class numbers in the order of how often English text uses the bytes:
	 * the scan looks up a row at the column of the class, so when the
	 * common classes share the row's first cache line, most steps read
	 * only that line of each row they visit.
	 */
	memset(clsid, 0, sizeof(clsid));
	for (i = 0; mt_common[i] != '\0'; i++)
		if (used[(unsigned char) mt_common[i]] && clsid[(unsigned char) mt_common[i]] == 0)
			clsid[(unsigned char) mt_common[i]] = ncls++;
	for (i = 0; i < 256; i++)
		if (used[i] && clsid[i] == 0)
			clsid[i] = ncls++;
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
	mt_space_loops(au, b->pool, src);
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
 * Narrow tables: when every automaton has at most 65536 states, store the
 * transitions as 16-bit row numbers, which halves the memory the scan walks
 * over (the rows it visits fit the caches much better).  The scan's step is
 * one chain of dependent loads, so each link is made short: a row is found
 * with a shift, not a multiplication, and the rows of hot states come last
 * (a comparison with hot_row, not a mask, tells them).  The table is cut
 * into pages of MT_PAGE classes (mt_col): the first page holds the classes
 * of the most frequent bytes (mt_auto_build numbers them first), so the
 * entries most steps read lie together, 64 bytes a row, and the rest of a
 * row does not share their cache lines.  row_state and state_row translate
 * to the states of the 32-bit form.  Keeps the 32-bit tables if any
 * automaton is too big or memory runs out.
 */
static int
mt_narrow_auto(const tip_allocator *a, mt_auto *au)
{
	uint32_t	u,
				r = 0;
	size_t		i,
				cells;

	cells = (size_t) ((au->ncls + MT_PAGE - 1) / MT_PAGE) * au->nstates * MT_PAGE;
	au->narrow = mt_alloc_array(a, cells, sizeof(uint16_t));
	au->row_state = mt_alloc_array(a, au->nstates, sizeof(uint16_t));
	au->state_row = mt_alloc_array(a, au->nstates, sizeof(uint16_t));
	if (au->narrow == NULL || au->row_state == NULL || au->state_row == NULL)
		return -1;
	/* cold states first (the root keeps row 0), then the hot ones */
	for (u = 0; u < au->nstates; u++)
		if (!au->st[u].hot)
			au->row_state[r++] = (uint16_t) u;
	au->hot_row = r;
	for (u = 0; u < au->nstates; u++)
		if (au->st[u].hot)
			au->row_state[r++] = (uint16_t) u;
	for (r = 0; r < au->nstates; r++)
		au->state_row[au->row_state[r]] = (uint16_t) r;
	memset(au->narrow, 0, cells * sizeof(uint16_t));
	for (r = 0; r < au->nstates; r++)
	{
		const uint32_t *row = au->trans + (size_t) au->row_state[r] * au->ncls;

		for (i = 0; i < au->ncls; i++)
			au->narrow[mt_col(au, (unsigned) i) + ((size_t) r << MT_PAGE_SHIFT)] =
				au->state_row[mt_dec(au, row[i])];
	}
	return 0;
}

static void
mt_narrow(mt_matcher *m)
{
	int			k;

	for (k = 0; k < m->nauto; k++)
		if (m->au[k].nstates > MT_MAX16)
			return;
	for (k = 0; k < m->nauto; k++)
		if (mt_narrow_auto(&m->a, &m->au[k]) != 0)
		{
			for (k = 0; k < m->nauto; k++)
			{
				mt_auto    *au = &m->au[k];

				mt_release(&m->a, au->narrow);
				mt_release(&m->a, au->row_state);
				mt_release(&m->a, au->state_row);
				au->narrow = au->row_state = au->state_row = NULL;
			}
			return;
		}
	for (k = 0; k < m->nauto; k++)
	{
		mt_auto    *au = &m->au[k];

		m->bytes += ((size_t) ((au->ncls + MT_PAGE - 1) / MT_PAGE) * au->nstates * MT_PAGE +
					 2 * (size_t) au->nstates) * sizeof(uint16_t);
		if (m->a.release != NULL)
		{
			m->a.release(m->a.ctx, au->trans);
			au->trans = NULL;
			m->bytes -= (size_t) au->nstates * au->ncls * sizeof(uint32_t);
		}
	}
}

/*
 * Both automata's columns (mt_col) of each byte in one table, for the
 * all-matches scan: one lookup a byte, and no test of its own for the lead
 * bytes of U+00A0 and U+2019 (MT_COLS_LEAD: the columns they and the bytes
 * after them have are the scan's to decide).  Only with narrow tables.
 */
static void
mt_columns(mt_matcher *m)
{
	unsigned	c;

	if (m->au[0].narrow == NULL)
		return;
	for (c = 0; c < 256; c++)
		m->cols[c] = mt_col(&m->au[0], m->au[0].cls[c]) |
			(m->nauto == 2 ? (uint64_t) mt_col(&m->au[1], m->au[1].cls[c]) << 32 : 0);
	m->cols[0xC2] = m->cols[0xE2] = MT_COLS_LEAD;
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
	mt_columns(m);
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

