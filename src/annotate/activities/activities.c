/*
 * activities.c
 *	  Annotation layer: UNODC activities, one row per sentence and kind.
 *
 * A sentence of a numbered paragraph gives rows when it reports something
 * done (act_verbs.c).  Its cues (act_kinds.c) give the kinds: one row per
 * kind, "other" when the sentence names none.  Dates and countries come
 * from the mentions of the entity and date layers inside the sentence: a
 * mention belongs to the kind of the nearest cue before it, or to every
 * row when no cue comes before it; one that follows a cue of the setting
 * (a session or meeting at which the thing was done, with its own place
 * and dates: "at its <ordinal> meeting, held in <city> on <dates>")
 * belongs to that setting, and to a row only of the setting's kind.  Dates
 * that are not when the thing was done (cut-off dates "as at <date>",
 * deadlines and plans "expected ... by <date>", periods "for the period
 * <year>-<year>") are left out.
 */
#include <stddef.h>
#include <string.h>

#include "act_int.h"

#define ACT_MAX_ITEMS 64
#define ACT_MAX_SEGS 8

/* owner_row results besides a row index */
#define OWN_NONE	(-2)		/* no row: the mention is another event's */
#define OWN_CLAUSE	(-1)		/* every row of the mention's clause */

/* Clauses of a sentence: each new subject ("..., and in Honduras, UNODC
 * conducted ...") starts one; verb[i] is where its report begins. */
typedef struct act_clauses
{
	int			n;
	uint32_t	start[ACT_MAX_SEGS];
	uint32_t	verb[ACT_MAX_SEGS];
} act_clauses;

/* One row being built. */
typedef struct act_row
{
	act_kind	kind;
	unsigned	segs;			/* clauses its cues stand in (bit per clause) */
	tip_date	date_start;		/* the earliest date of its own */
	tip_date	date_end;
	tip_date_precision precision;
	tip_date	shared_start;	/* the earliest date of the whole clause */
	tip_date	shared_end;
	tip_date_precision shared_precision;
	int			n_countries;
	int			n_orgs;
	/* the lists last: only their first n entries are ever read */
	tip_str		countries[ACT_MAX_ITEMS];
	tip_str		orgs[ACT_MAX_ITEMS];
} act_row;

/* A new row of kind k: all but its lists zeroed. */
static act_row *
new_row(act_row *rows, int *nr, act_kind k)
{
	act_row    *row = &rows[(*nr)++];

	memset(row, 0, offsetof(act_row, countries));
	row->kind = k;
	return row;
}

static int
date_before(tip_date a, tip_date b)
{
	if (a.y != b.y)
		return a.y < b.y;
	if (a.m != b.m)
		return a.m < b.m;
	return a.d < b.d;
}

/* Add s to a list of strings unless it is there already. */
static void
add_unique(tip_str *v, int *n, tip_str s)
{
	int			k;

	if (s.p == NULL || s.n == 0 || *n >= ACT_MAX_ITEMS)
		return;
	for (k = 0; k < *n; k++)
		if (str_equal(v[k], s))
			return;
	v[(*n)++] = s;
}

/*
 * Is the date mention at t[ms] not the time of the activity?  Cut-off
 * dates, deadlines, periods, years that end a title or qualify a noun
 * ("the <year> <noun>"), and any date in a clause that speaks of the future
 * ("which was expected to be <participle> in <year>", ", to be <participle>
 * in <date>").
 */
static int
date_excluded(const char *t, uint32_t s, uint32_t e, uint32_t ms, const tip_mention *m)
{
	static const char *const before[] = {
		"as at ", "as of ", "by the end of ", "the period ", "period of ",
		"for the period ", "known since ", "until ", "deadline ",
		"for the years ", "by ",
	};
	static const char *const future[] = {
		"expected", "to be ", "will ", "planned", "scheduled", "due to ",
		"due in ", "due by ", "forthcoming", "upcoming",
	};
	uint32_t	look = ms - s > 40 ? ms - 40 : s,
				cl = ms;
	size_t		k;

	for (k = 0; k < sizeof(before) / sizeof(before[0]); k++)
	{
		size_t		l = strlen(before[k]);

		if (ms - look < l)
			continue;
		/* the phrase must end right before the date */
		if (act_find_ci(t + ms - l, l, before[k]) != NULL)
			return 1;
	}
	/* the clause of the date: back to a comma, semicolon or the start */
	while (cl > s && t[cl - 1] != ',' && t[cl - 1] != ';' && t[cl - 1] != '(')
		cl--;
	for (k = 0; k < sizeof(future) / sizeof(future[0]); k++)
		if (act_find_ci(t + cl, ms - cl, future[k]) != NULL)
			return 1;
	/* a year right after a capitalized word ends a title: "<Title> <year>" */
	if (m->precision == DP_YEAR && ms > s + 1 && t[ms - 1] == ' ')
	{
		uint32_t	w = act_prev_word(t, s, ms - 1);

		if (w > s && w < ms && lex_is_upper((unsigned char) t[w]) &&
			!act_word_at(t, w, ms, "since") && !act_word_at(t, w, ms, "in"))
			return 1;
		/* a year between an article and a noun qualifies the noun */
		if (w < ms && (act_word_at(t, w, ms, "the") || act_word_at(t, w, ms, "a") ||
					   act_word_at(t, w, ms, "its") || act_word_at(t, w, ms, "their")) &&
			m->text_end + 1 < e && t[m->text_end] == ' ' &&
			lex_is_alpha((unsigned char) t[m->text_end + 1]))
			return 1;
	}
	return 0;
}

/*
 * Is a country mention a plural noun of people (a demonym ending in -s:
 * "<Demonym>s migrating through the region")?  Those name migrants or
 * victims, not a State that took part; the adjective before a noun of
 * officials ("<Demonym> consular staff") does name the State.
 */
static int
plural_demonym(const tip_mention *m)
{
	const char *p = m->surface.p;
	size_t		n = m->surface.n;

	return p != NULL && n > 4 && p[n - 1] == 's' && p[n - 2] == 'n' &&
		p[n - 3] == 'a' && (p[n - 4] == 'i' || p[n - 4] == 'e' || p[n - 4] == 'u' ||
							 p[n - 4] == 'c' || p[n - 4] == 'r');
}

/* Row of kind k among rows, or -1. */
static int
row_of(const act_row *rows, int n, act_kind k)
{
	int			i;

	for (i = 0; i < n; i++)
		if (rows[i].kind == k)
			return i;
	return -1;
}

/* Index of the clause position pos stands in. */
static int
clause_of(const act_clauses *cl, uint32_t pos)
{
	int			i = 0;

	while (i + 1 < cl->n && cl->start[i + 1] <= pos)
		i++;
	return i;
}

/*
 * Rows a mention at position pos belongs to: returns a row index,
 * OWN_CLAUSE for every row of its clause, or OWN_NONE for none.
 *
 * A place before the clause's verb ("In <country>, UNODC <verb>ed ...") is
 * the whole clause's.  Otherwise a mention belongs to the nearest cue
 * before it in its clause; a mention after the verb but before any cue
 * (the object of the verb: "assisted <country> in the <cue> of ...") to the
 * clause's first cue; one in a setting phrase to that setting's row only
 * if the setting is itself a row, and one in the phrase of an earlier or
 * later event ("following the <cue> in <year>, ...") to none.
 */
static int
owner_row(const act_cue *cues, int nc, const act_row *rows, int nr,
		  const act_clauses *cl, uint32_t pos, int is_country)
{
	int			c,
				last = -1,
				first = -1,
				seg = clause_of(cl, pos);
	uint32_t	from = cl->start[seg],
				to = seg + 1 < cl->n ? cl->start[seg + 1] : UINT32_MAX;

	if (is_country && pos < cl->verb[seg])
		return OWN_CLAUSE;
	for (c = 0; c < nc; c++)
	{
		if (cues[c].kind == AK_NONE || cues[c].start < from || cues[c].start >= to)
			continue;
		if (cues[c].end <= pos)
			last = c;
		else if (first < 0 && cues[c].start >= pos && !cues[c].frame)
			first = c;
	}
	if (last < 0)
	{
		if (pos < cl->verb[seg] || first < 0)
			return OWN_CLAUSE;
		return row_of(rows, nr, cues[first].kind);
	}
	if (cues[last].frame == 2)
		return OWN_NONE;
	{
		int			r = row_of(rows, nr, cues[last].kind);

		if (r >= 0)
			return r;
		/* a cue of the setting of another kind: the mention is the setting's */
		if (cues[last].frame)
			return OWN_NONE;
		return OWN_CLAUSE;
	}
}

/*
 * Clauses of t[s, e): a subject actor after the first one opens a new
 * clause, which starts at the comma, semicolon or "and" before the
 * phrases that precede that subject.
 */
static void
find_clauses(const char *t, uint32_t s, uint32_t e, uint32_t verb, act_clauses *cl)
{
	uint32_t	subj[ACT_MAX_SEGS];
	int			ns = act_subjects(t, s, e, subj, ACT_MAX_SEGS),
				i;

	cl->n = 1;
	cl->start[0] = s;
	cl->verb[0] = verb;
	for (i = 0; i < ns; i++)
	{
		uint32_t	q = subj[i],
					lim = q > s + 80 ? q - 80 : s;

		if (q <= cl->verb[cl->n - 1] || cl->n >= ACT_MAX_SEGS)
			continue;
		/* back over the phrase before the subject to "; " or ", and " */
		while (q > lim && t[q - 1] != ';' &&
			   !(q >= s + 5 && lex_starts_with(t + q - 5, 5, ", and")))
			q--;
		if (q == lim)
			continue;
		cl->start[cl->n] = q;
		cl->verb[cl->n] = subj[i];
		cl->n++;
	}
}

/* Is there an organization other than UNODC among the mentions of t[s, e)? */
static int
has_partner(const tip_annotations *a, int text, uint32_t s, uint32_t e)
{
	int			mi;

	for (mi = act_first_mention(a, text, s);
		 mi < a->n_mentions && a->mentions[mi].text == text &&
		 a->mentions[mi].text_start < e; mi++)
	{
		const tip_mention *m = &a->mentions[mi];

		if (m->kind == MK_ORGANIZATION && m->value.p != NULL &&
			!(m->value.n == 5 && memcmp(m->value.p, "UNODC", 5) == 0))
			return 1;
	}
	return 0;
}

/*
 * Does a cue lie inside the name of an organization ("the Pacific
 * Immigration Directors' Conference")?
 */
static int
inside_name(const tip_annotations *a, int text, const act_cue *c)
{
	int			mi;

	/* names start at most 120 bytes before the cue */
	for (mi = act_first_mention(a, text, c->start > 120 ? c->start - 120 : 0);
		 mi < a->n_mentions && a->mentions[mi].text == text &&
		 a->mentions[mi].text_start <= c->start; mi++)
	{
		const tip_mention *m = &a->mentions[mi];

		if (m->kind == MK_ORGANIZATION &&
			m->text_end >= c->end && m->text_start <= c->start)
			return 1;
	}
	return 0;
}

/* Copy of t[s, e) without footnote marks and with single spaces. */
static tip_str
clean_sentence(tip_doc *doc, const char *t, uint32_t s, uint32_t e)
{
	tip_str		r = {NULL, 0};
	char	   *buf = arena_alloc(&doc->arena, (size_t) (e - s) + 1);
	uint32_t	n = 0,
				p;
	int			in_mark = 0;

	if (buf == NULL)
		return r;
	for (p = s; p < e; p++)
	{
		char		c = t[p];

		if (c == MARK_OPEN)
		{
			in_mark = 1;
			continue;
		}
		if (c == MARK_CLOSE)
		{
			in_mark = 0;
			continue;
		}
		if (in_mark)
			continue;
		if (c == '\n' || c == '\t' || c == '\r')
			c = ' ';
		if (c == ' ' && (n == 0 || buf[n - 1] == ' '))
			continue;
		buf[n++] = c;
	}
	while (n > 0 && buf[n - 1] == ' ')
		n--;
	buf[n] = '\0';
	r.p = buf;
	r.n = n;
	return r;
}

/* The place after "held in": capitalized words up to a comma or a date. */
static tip_str
find_place(const tip_annotations *a, int text, const char *t, uint32_t s, uint32_t e)
{
	tip_str		r = {NULL, 0};
	const char *h = act_find_text(t + s, e - s, "held in ");
	uint32_t	p,
				q;
	int			mi;

	if (h == NULL)
		return r;
	p = (uint32_t) (h - t) + 8;
	if (p >= e || !lex_is_upper((unsigned char) t[p]))
		return r;
	/* not a date ("held in May 2018") */
	mi = act_first_mention(a, text, p);
	if (mi < a->n_mentions && a->mentions[mi].text == text &&
		a->mentions[mi].text_start == p && a->mentions[mi].kind == MK_DATE)
		return r;
	q = p;
	while (q < e)
	{
		uint32_t	w = q;

		while (w < e && t[w] != ' ' && t[w] != ',' && t[w] != ';' && t[w] != '.' && t[w] != ')')
			w++;
		if (w == q || !(lex_is_upper((unsigned char) t[q]) || (unsigned char) t[q] >= 0x80))
			break;
		q = w;
		if (q + 1 < e && t[q] == ' ' && (lex_is_upper((unsigned char) t[q + 1])))
		{
			int			mj = act_first_mention(a, text, q + 1);

			if (mj < a->n_mentions && a->mentions[mj].text == text &&
				a->mentions[mj].text_start == q + 1 && a->mentions[mj].kind == MK_DATE)
				break;
			q++;
			continue;
		}
		break;
	}
	if (q > p)
	{
		r.p = t + p;
		r.n = q - p;
	}
	return r;
}

/* Is a quantity's unit a count of people taking part? */
static int
people_unit(tip_str u)
{
	static const char *const words[] = {
		"participant", "practitioner", "official", "officer", "prosecutor",
		"judge", "trainee", "representative", "expert", "investigator", "people",
		"person", "staff",
	};
	size_t		k;

	if (u.p == NULL)
		return 0;
	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (act_find_ci(u.p, u.n, words[k]) != NULL)
			return 1;
	return 0;
}

/* The theme of the last section asked for: sentences come in text order. */
typedef struct theme_cache
{
	int			ord;			/* section ordinal; -1 before the first */
	const char *theme;
} theme_cache;

/* Theme of the paragraph with index pi (act_theme), by its section. */
static const char *
paragraph_theme(const tip_doc *doc, int pi, theme_cache *tc)
{
	int			ord;

	if (pi < 0 || pi >= doc->n_paragraphs)
		return NULL;
	ord = doc->paragraphs[pi].section_ord;
	if (ord != tc->ord)
	{
		tc->ord = ord;
		tc->theme = act_section_theme(doc, ord);
	}
	return tc->theme;
}

/* Rows of one sentence. */
static tip_status
sentence_rows(tip_doc *doc, int si, int *ord, theme_cache *tc)
{
	tip_annotations *a = doc->ann;
	ann_priv   *pv = (ann_priv *) doc->ann;
	const tip_sentence *x = &a->sentences[si];
	const tip_text *tx = &a->texts[x->text];
	const char *t = tx->text.p;
	act_cue		cues[ACT_MAX_CUES];
	act_row		rows[AK__COUNT];
	act_clauses cl;
	int			nc,
				nr = 0,
				c,
				mi,
				partner,
				participants = -1;
	uint32_t	verb = 0;
	tip_str		sentence,
				place;
	const char *theme;
	uint32_t	so,
				eo;

	switch (act_reports_activity(doc, t, x->start, x->end, &verb))
	{
		case 0:
			return TIP_OK;
		case -1:
			return TIP_ECANCEL;
	}
	nc = act_find_cues(t, x->start, x->end, cues, ACT_MAX_CUES);
	partner = has_partner(a, x->text, x->start, x->end);
	for (c = 0; c < nc; c++)
		if ((cues[c].partner && !partner) || inside_name(a, x->text, &cues[c]))
			cues[c].kind = AK_NONE;
	find_clauses(t, x->start, x->end, verb, &cl);
	for (c = 0; c < nc; c++)
		if (!cues[c].frame && cues[c].kind != AK_NONE)
			break;
	/* no kind outside the setting: what was done was done there */
	if (c == nc)
		for (c = 0; c < nc; c++)
			cues[c].frame = 0;
	for (c = 0; c < nc; c++)
	{
		int			r;

		if (cues[c].frame || cues[c].kind == AK_NONE)
			continue;
		if ((r = row_of(rows, nr, cues[c].kind)) < 0)
		{
			r = nr;
			new_row(rows, &nr, cues[c].kind);
		}
		rows[r].segs |= 1u << clause_of(&cl, cues[c].start);
	}
	if (nr == 0)
		new_row(rows, &nr, AK_OTHER)->segs = ~0u;

	for (mi = act_first_mention(a, x->text, x->start);
		 mi < a->n_mentions && a->mentions[mi].text == x->text &&
		 a->mentions[mi].text_start < x->end; mi++)
	{
		const tip_mention *m = &a->mentions[mi];
		int			owner,
					r;
		unsigned	seg;

		if (ann_tick(doc, 32))
			return TIP_ECANCEL;
		if (m->kind == MK_QUANTITY && participants < 0 && people_unit(m->unit) &&
			m->number > 0 && m->number < 1e9)
			participants = (int) m->number;
		if (m->kind != MK_DATE && m->kind != MK_COUNTRY && m->kind != MK_ORGANIZATION)
			continue;
		if (m->kind == MK_COUNTRY && plural_demonym(m))
			continue;
		if (m->kind == MK_DATE && (m->date_start.y == 0 ||
								   date_excluded(t, x->start, x->end, m->text_start, m)))
			continue;
		owner = owner_row(cues, nc, rows, nr, &cl, m->text_start, m->kind == MK_COUNTRY);
		if (owner == OWN_NONE && m->kind != MK_ORGANIZATION)
			continue;
		seg = 1u << clause_of(&cl, m->text_start);
		/* a clause without rows of its own speaks for every row */
		for (r = 0; r < nr && !(rows[r].segs & seg); r++)
			;
		if (r == nr)
			seg = ~0u;
		for (r = 0; r < nr; r++)
		{
			act_row    *row = &rows[r];

			if (m->kind != MK_ORGANIZATION &&
				(owner >= 0 ? owner != r : !(row->segs & seg)))
				continue;
			if (m->kind == MK_DATE && owner >= 0)
			{
				if (row->date_start.y == 0 || date_before(m->date_start, row->date_start))
				{
					row->date_start = m->date_start;
					row->date_end = m->date_end.y ? m->date_end : m->date_start;
					row->precision = m->precision;
				}
			}
			else if (m->kind == MK_DATE)
			{
				if (row->shared_start.y == 0 || date_before(m->date_start, row->shared_start))
				{
					row->shared_start = m->date_start;
					row->shared_end = m->date_end.y ? m->date_end : m->date_start;
					row->shared_precision = m->precision;
				}
			}
			else if (m->kind == MK_COUNTRY)
				add_unique(row->countries, &row->n_countries, m->value);
			else if (m->value.p != NULL &&
					 !(m->value.n == 5 && memcmp(m->value.p, "UNODC", 5) == 0))
				add_unique(row->orgs, &row->n_orgs, m->value);
		}
	}
	/* a date of the row's own wins over one of the whole clause */
	for (c = 0; c < nr; c++)
		if (rows[c].date_start.y == 0)
		{
			rows[c].date_start = rows[c].shared_start;
			rows[c].date_end = rows[c].shared_end;
			rows[c].precision = rows[c].shared_precision;
		}

	sentence = clean_sentence(doc, t, x->start, x->end);
	place = find_place(a, x->text, t, x->start, x->end);
	theme = paragraph_theme(doc, tx->index, tc);
	ann_span_offsets(doc, x->text, x->start, x->end, &so, &eo);
	for (c = 0; c < nr; c++)
	{
		tip_activity *act = ann_push(doc, (void **) &a->activities, &a->n_activities,
									 &pv->cap_activities, sizeof(tip_activity));
		tip_str    *cv = NULL,
				   *ov = NULL;

		if (act == NULL)
			return TIP_ENOMEM;
		if (rows[c].n_countries > 0)
		{
			cv = arena_alloc_array(&doc->arena, (size_t) rows[c].n_countries, sizeof(tip_str));
			if (cv == NULL)
				return TIP_ENOMEM;
			memcpy(cv, rows[c].countries, sizeof(tip_str) * (size_t) rows[c].n_countries);
		}
		if (rows[c].n_orgs > 0)
		{
			ov = arena_alloc_array(&doc->arena, (size_t) rows[c].n_orgs, sizeof(tip_str));
			if (ov == NULL)
				return TIP_ENOMEM;
			memcpy(ov, rows[c].orgs, sizeof(tip_str) * (size_t) rows[c].n_orgs);
		}
		act->paragraph = tx->paragraph;
		act->ord = ++(*ord);
		act->kind = tip_cstr(act_kind_name(rows[c].kind));
		act->theme = tip_cstr(theme);
		act->date_start = rows[c].date_start;
		act->date_end = rows[c].date_end;
		act->precision = rows[c].date_start.y ? rows[c].precision : DP_NONE;
		act->place = place;
		act->countries = cv;
		act->n_countries = rows[c].n_countries;
		act->organizations = ov;
		act->n_organizations = rows[c].n_orgs;
		act->participants = participants;
		act->sentence = sentence;
		act->start_offset = so;
		act->end_offset = eo;
	}
	return TIP_OK;
}

tip_status
act_find(tip_doc *doc)
{
	tip_annotations *a = doc->ann;
	int			si,
				ord = 0,
				last_text = -1;
	theme_cache tc = {-1, NULL};

	for (si = 0; si < a->n_sentences; si++)
	{
		const tip_sentence *x = &a->sentences[si];
		tip_status	st;

		if (ann_tick(doc, x->end - x->start))
			return TIP_ECANCEL;
		if (a->texts[x->text].kind != TX_PARAGRAPH)
			continue;
		if (x->text != last_text)
		{
			ord = 0;
			last_text = x->text;
		}
		st = sentence_rows(doc, si, &ord, &tc);
		if (st != TIP_OK)
			return st;
	}
	return TIP_OK;
}
