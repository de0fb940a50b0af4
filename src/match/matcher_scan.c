/*
 * matcher_scan.c
 *	  Scanning texts with a built matcher (matcher.h): every match, or the
 *	  leftmost-longest ones.
 *
 * Both scans normalise the text on the fly as the patterns were (a blank
 * run is one symbol, U+00A0 a blank, U+2019 an apostrophe) and leave their
 * loop only at hot states, where some pattern ends.
 *
 * Every match (mt_scan_all_cb).  A byte costs one class and one transition
 * lookup per automaton; a match's start is read back from its end over its
 * length in symbols.
 *
 * Leftmost-longest (mt_scan_cb).  A ring buffer maps the last symbol
 * indices back to byte offsets.  Matches arrive ordered by end.  We keep a
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
#include "matcher_int.h"
#include "core/bytes8.h"

#define MT_RING		512			/* > MT_MAX_PATTERN_LEN + 1, power of two */
#define MT_RMASK	(MT_RING - 1)

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

#ifdef MT_COUNT_STEPS
size_t		mt_steps;
#endif

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
		{
			MT_STEP();
			u = au->st[u].fail;
		}
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
 * Is every MT_WORD pattern ending with the symbol t[sb..iend) rejected, i.e.
 * is that symbol a word character followed by another one?
 */
static inline int
mt_end_blocked(const unsigned char *t, size_t len, size_t sb, size_t iend)
{
	if (iend - sb != 1 || !mt_isword(t[sb]))
		return 0;
	return mt_next_is_word(t, iend, len);
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
			MT_STEP();
			if ((r = mt_emit_first(S)) != 0)
				return r;
			mt_reset_depth(S, k + 1 - S->frontier);
			d = mt_cur_depth(S);
		}
	}
	if (((S->off[0] | S->off[1]) & MT_HOT) == 0)
		return 0;

	blocked = mt_end_blocked(S->t, S->len, S->ring[k & MT_RMASK], iend);
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

		MT_STEP();
		for (a = 0; a < m->nauto; a++)
		{
			const mt_auto *au = &m->au[a];
			uint32_t	p;

			if (v[a] == 0 || au->st[v[a]].depth != L)
				continue;
			for (p = au->st[v[a]].out; p != MT_NONE; p = m->pats[p].next)
			{
				const mt_pat *pp = &m->pats[p];

				MT_STEP();
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

/* The bytes of v that are blanks to the matcher (mt_kind K_WS). */
static inline uint64_t
b8_blank(uint64_t v)
{
	/* ' ', and '\t' '\n' '\v' '\f' '\r' (9 to 13) */
	return b8_eq(v, ' ') | (b8_below(v, 14) & ~b8_below(v, 9));
}

/* Does a whitespace symbol (a blank, or U+00A0) end just before t[i]? */
static inline int
mt_space_before(const unsigned char *t, size_t i)
{
	return i > 0 && (mt_kind[t[i - 1]] == K_WS ||
					 (t[i - 1] == 0xA0 && i >= 2 && t[i - 2] == 0xC2));
}

/*
 * The byte where the symbol nsym symbols back from t[end] starts: the
 * normalisation of the scan read backwards.  A blank run is one symbol;
 * U+00A0 (C2 A0) and U+2019 (E2 80 99) are read whole, as forwards (their
 * lead bytes are never inside another of these sequences, so the two
 * directions cut the text alike).
 */
static size_t
mt_back(const unsigned char *t, size_t end, size_t nsym)
{
	size_t		i = end;

	/*
	 * Eight bytes at a time while each is a symbol of its own: none of them
	 * the last byte of U+00A0 or U+2019, and no blank right after a blank
	 * or after the last byte of U+00A0 (the byte before the eight included).
	 */
	while (nsym >= 8 && i >= 9)
	{
		uint64_t	v = b8_load((const char *) t + i - 8);
		uint64_t	before = b8_load((const char *) t + i - 9);

		if (b8_eq(v, 0xA0) | b8_eq(v, 0x99) |
			(b8_blank(v) & (b8_blank(before) | b8_eq(before, 0xA0))))
			break;
		MT_STEP();
		i -= 8;
		nsym -= 8;
	}
	for (; nsym > 0 && i > 0; nsym--)
	{
		MT_STEP();
		if (mt_space_before(t, i))
		{
			while (mt_space_before(t, i))
				i -= t[i - 1] == 0xA0 ? 2 : 1;
		}
		else if (i >= 3 && t[i - 1] == 0x99 && t[i - 2] == 0x80 && t[i - 3] == 0xE2)
			i -= 3;
		else
			i--;
	}
	return i;
}

/* The byte where the symbol nsym symbols after the one at t[i] starts. */
static size_t
mt_forward(const unsigned char *t, size_t len, size_t i, size_t nsym)
{
	for (; nsym > 0 && i < len; nsym--)
	{
		size_t		n;
		int			ws;

		(void) mt_symbol(t, i, len, &n, &ws);
		i += n;
		MT_STEP();
		while (ws && i < len)
		{
			MT_STEP();
			(void) mt_symbol(t, i, len, &n, &ws);
			if (ws)
				i += n;
		}
	}
	return i;
}

/*
 * Slow path of the all-matches scan: report every valid match ending with
 * the symbol t[sb..iend), the automata being in states u[].  The start of a
 * match is found by reading the text back over its length; along one
 * dictionary chain the matches get shorter, so each start is read on from
 * the one before (at most the longest match's length in all).  Returns
 * non-zero to stop.
 */
static int
mt_report_all(const mt_matcher *m, const unsigned char *t, size_t len,
			  const uint32_t *u, size_t sb, size_t iend, mt_hit_fn cb, void *arg)
{
	int			blocked = mt_end_blocked(t, len, sb, iend);
	int			a,
				r;

	for (a = 0; a < m->nauto; a++)
	{
		const mt_auto *au = &m->au[a];
		uint32_t	v = mt_first_out(au, u[a], blocked);
		size_t		s_src = iend,
					d = 0;		/* s_src is d symbols before iend */

		while (v != 0)
		{
			size_t		dv = au->st[v].depth;
			int			prev_word = -1;
			uint32_t	p;

			s_src = d == 0 ? mt_back(t, iend, dv) : mt_forward(t, len, s_src, d - dv);
			d = dv;
			for (p = au->st[v].out; p != MT_NONE; p = m->pats[p].next)
			{
				const mt_pat *pp = &m->pats[p];
				mt_match	hit;

				MT_STEP();
				if (pp->word && blocked)
					continue;
				if (pp->need_start)
				{
					if (prev_word < 0)
						prev_word = mt_prev_is_word(t, s_src);
					if (prev_word)
						continue;
				}
				hit.id = pp->id;
				hit.start = s_src;
				hit.end = iend;
				if ((r = cb(arg, &hit)) != 0)
					return r;
			}
			v = blocked ? au->st[v].dictnw : au->st[v].dict;
		}
	}
	return 0;
}

/* The encoded (row offset | MT_HOT) form of the state of a narrow row. */
static inline uint32_t
mt_widen(const mt_auto *au, uint32_t row)
{
	return mt_enc(au, au->row_state[row]);
}

/* The narrow row of an encoded state. */
static inline uint32_t
mt_narrowed(const mt_auto *au, uint32_t off)
{
	return au->state_row[mt_dec(au, off)];
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
	unsigned	h0,
				h1;
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
	c0 = a0->cls;
	c1 = a1->cls;
	h0 = a0->hot_row;
	h1 = a1->hot_row;

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
				o0 = n0[mt_col(a0, x0) + ((size_t) o0 << MT_PAGE_SHIFT)];
				if (two)
					o1 = n1[mt_col(a1, x1) + ((size_t) o1 << MT_PAGE_SHIFT)];
				hot = o0 >= h0 || o1 >= h1;
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
				if (all)
				{
					uint32_t	u[2] = {mt_dec(a0, S.off[0]), mt_dec(a1, S.off[1])};

					r = mt_report_all(m, t, len, u, S.ring[k & MT_RMASK], i, cb, arg);
				}
				else
					r = mt_ll_step(&S, k, i);
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

/* Both automata's columns (mt_matcher.cols) of classes x0, x1. */
static uint64_t
mt_cols_of(const mt_matcher *m, unsigned x0, unsigned x1)
{
	return mt_col(&m->au[0], x0) |
		(m->nauto == 2 ? (uint64_t) mt_col(&m->au[1], x1) << 32 : 0);
}

/*
 * The columns (mt_matcher.cols) of the symbol that starts with the lead
 * byte t[i - 1] (0xC2 or 0xE2): U+00A0 is a blank, U+2019 an apostrophe,
 * anything else the byte alone.  *more is how many bytes after t[i - 1]
 * the symbol takes (a local of the caller's, kept apart from its position).
 */
static uint64_t
mt_lead_cols(const mt_matcher *m, const unsigned char *t, size_t len, size_t i,
			 size_t *more)
{
	const mt_auto *a1 = &m->au[m->nauto - 1];
	unsigned	c = t[i - 1];

	*more = 0;
	if (c == 0xC2 && i < len && t[i] == 0xA0)
	{
		*more = 1;
		return mt_cols_of(m, m->au[0].cls_ws, a1->cls_ws);
	}
	if (c == 0xE2 && i + 1 < len && t[i] == 0x80 && t[i + 1] == 0x99)
	{
		*more = 2;
		return mt_cols_of(m, m->au[0].cls_apos, a1->cls_apos);
	}
	return mt_cols_of(m, m->au[0].cls[c], a1->cls[c]);
}

/*
 * The all-matches scan over narrow tables, the one the gazetteer uses: per
 * byte one lookup of both automata's columns, one transition lookup per
 * automaton and a comparison with their first hot rows.  Blank runs need no
 * test of their own (mt_space_loops), and no symbol offsets are kept:
 * mt_report_all reads a match's start back from its end.  An absent second
 * automaton is an idle one-state table.
 */
static int
mt_run_all(const mt_matcher *m, const char *text, size_t len, mt_hit_fn cb,
		   mt_progress_fn progress, void *arg)
{
	static const uint16_t idle_row[1] = {0};
	const unsigned char *t = (const unsigned char *) text;
	const uint64_t *cols = m->cols;
	int			two = (m->nauto == 2);
	const uint16_t *n0 = m->au[0].narrow,
			   *n1 = two ? m->au[1].narrow : idle_row;
	size_t		h0 = m->au[0].hot_row,
				h1 = two ? m->au[1].hot_row : 1,
				r0 = 0,
				r1 = 0,
				i = 0;
	int			r;

	while (i < len)
	{
		size_t		chunk_end = (len - i > MT_PROGRESS_INTERVAL) ?
			i + MT_PROGRESS_INTERVAL : len;

		while (i < chunk_end)
		{
			size_t		sb = i;
			uint64_t	x = cols[t[i++]];

			if (x == MT_COLS_LEAD)
			{
				size_t		more;

				x = mt_lead_cols(m, t, len, i, &more);
				i += more;
			}
			r0 = n0[(uint32_t) x + (r0 << MT_PAGE_SHIFT)];
			r1 = n1[(x >> 32) + (r1 << MT_PAGE_SHIFT)];
			if (r0 >= h0 || r1 >= h1)
			{
				uint32_t	u[2] = {m->au[0].row_state[r0], two ? m->au[1].row_state[r1] : 0};

				if ((r = mt_report_all(m, t, len, u, sb, i, cb, arg)) != 0)
					return r;
			}
		}
		if (progress != NULL && (r = progress(arg, i, len)) != 0)
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
	if (m != NULL && m->au[0].narrow != NULL && cb != NULL && text != NULL)
		return mt_run_all(m, text, len, cb, progress, arg);
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
