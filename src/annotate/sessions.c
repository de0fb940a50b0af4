/*
 * sessions.c
 *	  Annotation layer: the session the report is for (from the masthead)
 *	  and the numbered sessions, meetings and dialogues the text names:
 *	  "at its twenty-seventh session", "the thirteenth meeting of the
 *	  Working Group, held in Vienna on 2 and 3 October 2023", "the second
 *	  High-level Dialogue", high-level meetings of the General Assembly.
 *
 * The body comes from the words after the noun ("of the Commission"),
 * else the nearest body named before it in the sentence, else the heading
 * the paragraph stands under, else (for "at its ninth session") the body
 * the report is addressed to.  Dates and participants are the mentions of
 * the date and figure layers that follow the noun in its clause.
 */
#include <string.h>

#include "annotate_int.h"
#include "word_lists.h"

/* The body of the constructive dialogues, as the reports name it. */
#define REVIEW_MECHANISM "Mechanism for the Review of the Implementation of the United " \
	"Nations Convention against Transnational Organized Crime and the Protocols thereto"

/* How far back a body name is looked for, in bytes. */
#define BODY_LOOKBACK 2000

typedef struct body_name
{
	const char *name;			/* as written, case-sensitive */
	uint32_t	len;			/* its length */
	const char *code;
} body_name;

#define BODY(name, code) {name, sizeof(name) - 1, code}

/* Longer names first: the first that matches wins at a position. */
static const body_name bodies[] = {
	BODY("Conference of the Parties", "COP"),
	BODY("Commission on Crime Prevention and Criminal Justice", "CCPCJ"),
	BODY("Working Group on Trafficking in Persons", "WG-TIP"),
	BODY("Inter-Agency Coordination Group against Trafficking in Persons", "ICAT"),
	BODY("Economic and Social Council", "ECOSOC"),
	BODY("Human Rights Council", "HRC"),
	BODY("Security Council", "SC"),
	BODY("General Assembly", "GA"),
	BODY("Commission on Narcotic Drugs", "CND"),
	BODY("ICAT", "ICAT"),
	BODY("the Conference", "COP"),
	BODY("the Commission", "CCPCJ"),
	BODY("the Assembly", "GA"),
	BODY("the Working Group", "WG-TIP"),
	BODY("The Conference", "COP"),
	BODY("The Commission", "CCPCJ"),
	BODY("The Assembly", "GA"),
	BODY("The Working Group", "WG-TIP"),
};

#define N_BODIES ((int) (sizeof(bodies) / sizeof(bodies[0])))

/* Code of a body named at t[p], with *len its length; NULL if none. */
static const char *
body_at(const char *t, uint32_t p, uint32_t e, uint32_t *len)
{
	int			k;

	/* the first bytes of the names: most positions start none */
	if (p >= e || !(t[p] == 'C' || t[p] == 'W' || t[p] == 'I' || t[p] == 'E' ||
					t[p] == 'H' || t[p] == 'S' || t[p] == 'G' || t[p] == 't' || t[p] == 'T'))
		return NULL;
	for (k = 0; k < N_BODIES; k++)
	{
		size_t		l = bodies[k].len;

		if (p + l <= e && t[p] == bodies[k].name[0] && memcmp(t + p, bodies[k].name, l) == 0 &&
			(p + l == e || !lex_is_alpha((unsigned char) t[p + l])))
		{
			/* a short form that begins another body's name ("the Commission on ...") */
			if ((t[p] == 't' || t[p] == 'T') &&
				(lex_starts_with(t + p + l, e - p - l, " on ") || lex_starts_with(t + p + l, e - p - l, " for ") ||
				 lex_starts_with(t + p + l, e - p - l, " of ")))
				return NULL;
			*len = (uint32_t) l;
			return bodies[k].code;
		}
	}
	return NULL;
}

/*
 * Can a body hold a session or meeting of this kind?  The inter-agency group
 * meets; it holds no numbered sessions, so "the thirty-third session" near
 * a mention of ICAT is another body's.
 */
static int
holds(const char *body, const char *kind)
{
	return !(strcmp(body, "ICAT") == 0 && strcmp(kind, "session") == 0);
}

/* Code of the first body named anywhere in s; NULL if none. */
static const char *
body_in(tip_str s)
{
	uint32_t	p,
				l;

	if (s.p == NULL)
		return NULL;
	for (p = 0; p < s.n; p++)
	{
		const char *c = body_at(s.p, p, s.n, &l);

		if (c != NULL)
			return c;
	}
	return NULL;
}

/* Body named by the heading a paragraph stands under (or one above it). */
static const char *
heading_body(const tip_doc *doc, int pi)
{
	int			ord = doc->paragraphs[pi].section_ord,
				hops;

	for (hops = 0; ord > 0 && ord <= doc->n_sections && hops < 3; hops++)
	{
		const char *c = body_in(doc->sections[ord - 1].title);

		if (c != NULL)
			return c;
		if (doc->sections[ord - 1].parent_ord >= ord)
			break;
		ord = doc->sections[ord - 1].parent_ord;
	}
	return NULL;
}

/*
 * The phrase of "held" that a session or meeting noun carries: the first
 * "held" in t[p, e) (the noun's clause) that follows a comma or "was",
 * "were", "be", "been" ("the fourth meeting of the Working Group, held in
 * Vienna on ...", "The meeting was held in London ..."; not "UNODC held a
 * side event").  Sets [*h0, *h1) to the words after "held" up to the next
 * comma, semicolon, colon or bracket; returns 0 when there is none.
 */
static int
held_phrase(const char *t, uint32_t p, uint32_t e, uint32_t *h0, uint32_t *h1)
{
	const char *h;
	uint32_t	q,
				w;

	if (p >= e || (h = act_find_text(t + p, e - p, " held ")) == NULL)
		return 0;
	q = (uint32_t) (h - t);
	/* the word before " held" */
	for (w = q; w > p && t[w - 1] != ' '; w--)
		;
	if (!(t[q - 1] == ',' ||
		  (q - w == 3 && memcmp(t + w, "was", 3) == 0) ||
		  (q - w == 4 && memcmp(t + w, "were", 4) == 0) ||
		  (q - w == 2 && memcmp(t + w, "be", 2) == 0) ||
		  (q - w == 4 && memcmp(t + w, "been", 4) == 0)))
		return 0;
	*h0 = q + 5;
	for (*h1 = *h0; *h1 < e && t[*h1] != ',' && t[*h1] != ';' && t[*h1] != ':' &&
		 t[*h1] != '('; (*h1)++)
		;
	return 1;
}

/*
 * The venue in a phrase of "held", t[h0, h1): the capitalized words after
 * the first "in" or "at" that names a place, wherever the dates stand
 * ("in Vienna on 10-12 October 2011", "from 6 to 8 November 2013 in
 * Vienna", "at Vienna from ...", "in New York").  A month ("in May 2024"),
 * a year, a lower-case word ("at the margins") or an acronym ("at UNODC
 * headquarters") is no place.
 */
static tip_str
held_venue(const char *t, uint32_t h0, uint32_t h1)
{
	tip_str		r = {NULL, 0};
	uint32_t	q;

	for (q = h0; q + 4 < h1; q++)
	{
		uint32_t	v,
					end,
					w;
		int			caps = 1;

		if (!(t[q] == ' ' && (memcmp(t + q + 1, "in ", 3) == 0 || memcmp(t + q + 1, "at ", 3) == 0)))
			continue;
		v = q + 4;
		if (!lex_is_upper((unsigned char) t[v]))
			continue;
		/* the capitalized words from v, one space apart */
		for (end = v, w = v; w < h1 && lex_is_upper((unsigned char) t[w]);)
		{
			uint32_t	x = w;

			while (x < h1 && (lex_is_alpha((unsigned char) t[x]) || t[x] == '-' ||
							  (unsigned char) t[x] >= 0x80))
			{
				if (lex_is_alpha((unsigned char) t[x]) && !lex_is_upper((unsigned char) t[x]))
					caps = 0;
				x++;
			}
			if (x == w || lex_month(t + w, x - w) > 0)
				break;
			end = x;
			if (x + 1 >= h1 || t[x] != ' ')
				break;
			w = x + 1;
		}
		if (end == v || (caps && end - v > 1))
			continue;
		r.p = t + v;
		r.n = end - v;
		return r;
	}
	return r;
}

static tip_session_ref *
new_ref(tip_doc *doc)
{
	ann_priv   *pv = (ann_priv *) doc->ann;
	tip_annotations *a = doc->ann;
	tip_session_ref *r = ann_push(doc, (void **) &a->sessions, &a->n_sessions,
								  &pv->cap_sessions, sizeof(tip_session_ref));

	if (r != NULL)
	{
		r->participants = -1;
		r->countries = -1;
	}
	return r;
}

/* Ordinals written in the four words before t[p] ("second and third"). */
static int
ordinals_before(const char *t, uint32_t s, uint32_t p, int *nums, int max)
{
	uint32_t	q = p;
	int			words,
				n = 0;

	for (words = 0; words < 5 && q > s && n < max; words++)
	{
		uint32_t	w = q;
		size_t		used;
		int			v;

		while (w > s && t[w - 1] == ' ')
			w--;
		if (w == s || t[w - 1] == ',' || t[w - 1] == ';' || t[w - 1] == ')')
			break;
		while (w > s && t[w - 1] != ' ')
			w--;
		v = lex_ordinal(t + w, q - w, &used);
		if (v > 0 && (w + used >= q || t[w + used] == ' '))
			nums[n++] = v;
		else if (n > 0 && !lex_starts_with(t + w, q - w, "and "))
			break;
		q = w;
	}
	/* written order: the last found is the first */
	if (n == 2)
	{
		int			tmp = nums[0];

		nums[0] = nums[1];
		nums[1] = tmp;
	}
	return n;
}

/* Whether the text says "constructive dialogue", asked once per text. */
typedef struct text_cache
{
	int			text;			/* -1 before the first question */
	int			constructive;
} text_cache;

static int
text_says_constructive(text_cache *tc, int text, const char *t, uint32_t n)
{
	if (tc->text != text)
	{
		tc->text = text;
		tc->constructive = act_find_ci(t, n, "constructive dialogue") != NULL;
	}
	return tc->constructive;
}

/* Session rows of one paragraph looked back on for one naming again. */
#define SAME_PARAGRAPH_MAX 64

/*
 * Attendance told in a sentence of its own after the one naming the
 * meeting: "The meeting had 453 registered participants from 101 countries"
 * (also "The session, which ..., had ...").  The sentence must begin with
 * "The meeting" or "The session"; its counts go to the last row of that
 * kind named earlier in the same paragraph, where the naming sentence gave
 * none.
 */
static void
attendance_sentence(tip_doc *doc, const tip_sentence *x)
{
	tip_annotations *a = doc->ann;
	const tip_text *tx = &a->texts[x->text];
	const char *t = tx->text.p;
	uint32_t	s = x->start,
				e = x->end;
	const char *kind;
	tip_session_ref *r = NULL;
	int			j,
				mi;

	if (lex_starts_with(t + s, e - s, "The meeting") && (s + 11 >= e || !lex_is_alpha((unsigned char) t[s + 11])))
		kind = "meeting";
	else if (lex_starts_with(t + s, e - s, "The session") && (s + 11 >= e || !lex_is_alpha((unsigned char) t[s + 11])))
		kind = "session";
	else
		return;
	for (j = a->n_sessions - 1; j >= 0 && j >= a->n_sessions - SAME_PARAGRAPH_MAX; j--)
	{
		if (a->sessions[j].paragraph != tx->paragraph || a->sessions[j].is_report_session)
			break;
		if (a->sessions[j].kind.p != NULL && strstr(a->sessions[j].kind.p, kind) != NULL)
		{
			r = &a->sessions[j];
			break;
		}
	}
	if (r == NULL || tx->paragraph <= 0)
		return;
	for (mi = act_first_mention(a, x->text, s);
		 mi < a->n_mentions && a->mentions[mi].text == x->text &&
		 a->mentions[mi].text_start < e; mi++)
	{
		const tip_mention *m = &a->mentions[mi];

		if (m->kind != MK_QUANTITY || m->unit.p == NULL || m->number <= 0 || m->number >= 1e9)
			continue;
		if (act_find_ci(m->unit.p, m->unit.n, "participant"))
		{
			if (r->participants < 0)
				r->participants = (int) m->number;
		}
		else if (act_find_ci(m->unit.p, m->unit.n, "countr"))
		{
			if (r->countries < 0)
				r->countries = (int) m->number;
			break;				/* "from 101 countries and 15 organizations" */
		}
	}
}

/*
 * The k-th of nn sessions named together whose dates follow "...,
 * respectively" ("The twenty-ninth and thirtieth sessions were held in May
 * 2020 and May 2021, respectively"): when the clause t[q, ce) holds as many
 * dates as sessions and says "respectively", r takes the k-th date.
 */
static void
respective_date(const tip_annotations *a, int text, const char *t, uint32_t q, uint32_t ce,
				int nn, int k, tip_session_ref *r)
{
	const tip_mention *d = NULL;
	int			mi,
				nd = 0;

	if (act_find_text(t + q, ce - q, "respectively") == NULL)
		return;
	for (mi = act_first_mention(a, text, q);
		 mi < a->n_mentions && a->mentions[mi].text == text &&
		 a->mentions[mi].text_start < ce; mi++)
		if (a->mentions[mi].kind == MK_DATE && a->mentions[mi].date_start.y != 0)
		{
			if (nd == k)
				d = &a->mentions[mi];
			nd++;
		}
	if (nd == nn && d != NULL)
	{
		r->date_start = d->date_start;
		r->date_end = d->date_end;
	}
}

/* Session references of one sentence of a paragraph. */
static tip_status
sentence_refs(tip_doc *doc, int si, const char *report_body, text_cache *tc)
{
	tip_annotations *a = doc->ann;
	const tip_sentence *x = &a->sentences[si];
	const tip_text *tx = &a->texts[x->text];
	const char *t = tx->text.p;
	uint32_t	s = x->start,
				e = x->end,
				ticked = s,
				p;

	for (p = s; p < e; p++)
	{
		const char *kind = NULL;
		uint32_t	nl = 0,
					l;
		int			nums[2],
					nn,
					k,
					high = 0;
		const char *body = NULL;

		if (ann_tick_at(doc, &ticked, p))
			return TIP_ECANCEL;
		/* the nouns start with these letters, at a word start */
		if (!(t[p] == 's' || t[p] == 'm' || t[p] == 'd' || t[p] == 'D') ||
			(p > s && lex_is_alpha((unsigned char) t[p - 1])))
			continue;
		if (lex_starts_with(t + p, e - p, "sessions") || lex_starts_with(t + p, e - p, "session"))
			kind = "session", nl = lex_starts_with(t + p, e - p, "sessions") ? 8 : 7;
		else if (lex_starts_with(t + p, e - p, "meetings") || lex_starts_with(t + p, e - p, "meeting"))
			kind = "meeting", nl = lex_starts_with(t + p, e - p, "meetings") ? 8 : 7;
		else if (lex_starts_with_ci(t + p, e - p, "dialogues") || lex_starts_with_ci(t + p, e - p, "dialogue"))
			kind = "dialogue", nl = lex_starts_with_ci(t + p, e - p, "dialogues") ? 9 : 8;
		if (kind == NULL || (p + nl < e && lex_is_alpha((unsigned char) t[p + nl])))
			continue;
		nn = ordinals_before(t, s, p, nums, 2);
		if (p >= s + 11 && (act_find_ci(t + (p > s + 25 ? p - 25 : s), p - (p > s + 25 ? p - 25 : s), "high-level") ||
							act_find_ci(t + (p > s + 25 ? p - 25 : s), p - (p > s + 25 ? p - 25 : s), "principal")))
			high = 1;
		if (nn == 0 && !high)
			continue;
		if (high && strcmp(kind, "meeting") == 0)
			kind = "high-level meeting";
		/* body: after the noun, else before it in the sentence, else the heading */
		{
			uint32_t	q = p + nl;

			if (lex_starts_with(t + q, e - q, " of the ") || lex_starts_with(t + q, e - q, " of "))
			{
				q += lex_starts_with(t + q, e - q, " of the ") ? 4 : 4;
				body = body_at(t, q, e, &l);
				if (body == NULL && lex_starts_with(t + q, e - q, "the "))
					body = body_at(t, q + 4, e, &l);
				if (body == NULL)
					body = body_at(t, q - 4 + 4, e, &l);
			}
		}
		/*
		 * Constructive dialogues on the Protocols are held under the
		 * Mechanism for the Review of the Implementation of the Convention
		 * (named in full as the body, as the reports write it).
		 */
		if (strcmp(kind, "dialogue") == 0 && text_says_constructive(tc, x->text, t, tx->text.n))
			body = REVIEW_MECHANISM;
		/*
		 * "At its twenty-third session, the Commission adopted ...": its
		 * subject, after a phrase of "held" if there is one ("At its tenth
		 * meeting, held in Vienna in 2020, the Working Group ...")
		 */
		if (body == NULL && p + nl + 2 < e && t[p + nl] == ',' &&
			act_find_text(t + (p > s + 30 ? p - 30 : s), p - (p > s + 30 ? p - 30 : s), "its ") != NULL)
		{
			uint32_t	c = p + nl,
						commas;

			for (commas = 0; body == NULL && commas < 2 && c + 2 < e && t[c] == ','; commas++)
			{
				c += 2;
				body = body_at(t, c, e, &l);
				if (body == NULL && lex_starts_with(t + c, e - c, "the "))
					body = body_at(t, c + 4, e, &l);
				if (body == NULL && !lex_starts_with(t + c, e - c, "held "))
					break;
				while (body == NULL && c < e && c < p + nl + 120 && t[c] != ',')
					c++;
			}
		}
		if (body == NULL)
		{
			uint32_t	q;

			for (q = p; q > s && p - q < BODY_LOOKBACK && body == NULL; q--)
				if ((body = body_at(t, q - 1, p, &l)) != NULL && !holds(body, kind))
					body = NULL;
		}
		if (body == NULL)
		{
			/* the nearest body named in full earlier in the paragraph */
			uint32_t	q;

			for (q = s; q > 0 && s - q < BODY_LOOKBACK && body == NULL; q--)
				if ((body = body_at(t, q - 1, s, &l)) != NULL &&
					(t[q - 1] == 't' || !holds(body, kind)))
					body = NULL;	/* a short form ("the Conference"), or a body
									 * that holds no such thing */
		}
		if (body == NULL && tx->kind == TX_PARAGRAPH)
			body = heading_body(doc, tx->index);
		if (body == NULL && act_find_text(t + (p > s + 20 ? p - 20 : s), p - (p > s + 20 ? p - 20 : s), "its ") != NULL)
			body = report_body;
		if (body == NULL)
			continue;
		for (k = 0; k < (nn > 0 ? nn : 1); k++)
		{
			tip_session_ref *r = NULL;
			int			mi,
						j;
			uint32_t	clause_end = p + nl,
						h0 = 0,
						h1 = 0;
			int			held;

			/*
			 * one row per session and paragraph: a second naming adds detail;
			 * a paragraph names a handful, and the bound keeps one that names
			 * thousands linear
			 */
			for (j = a->n_sessions - 1; j >= 0 && j >= a->n_sessions - SAME_PARAGRAPH_MAX &&
				 a->sessions[j].paragraph == tx->paragraph; j--)
				if (strcmp(a->sessions[j].body.p, body) == 0 &&
					strcmp(a->sessions[j].kind.p, kind) == 0 &&
					a->sessions[j].number == (nn > 0 ? nums[k] : 0) && a->sessions[j].number > 0)
					r = &a->sessions[j];
			if (r == NULL && (r = new_ref(doc)) == NULL)
				return TIP_ENOMEM;
			while (clause_end < e && t[clause_end] != ';' &&
				   !(lex_starts_with(t + clause_end, e - clause_end, " session") ||
					 lex_starts_with(t + clause_end, e - clause_end, " meeting")))
				clause_end++;
			r->body = tip_cstr(body);
			r->kind = tip_cstr(kind);
			r->number = nn > 0 ? nums[k] : 0;
			r->paragraph = tx->paragraph;
			held = held_phrase(t, p + nl, clause_end, &h0, &h1);
			if (r->venue.p == NULL && held)
				r->venue = held_venue(t, h0, h1);
			ann_span_offsets(doc, x->text, p, p + nl, &r->start_offset, &r->end_offset);
			r->is_report_session = report_body != NULL && strcmp(body, report_body) == 0 &&
				r->number == doc->meta.session_number && r->number > 0;
			if (nn > 1 && r->date_start.y == 0)
				respective_date(a, x->text, t, p + nl, clause_end, nn, k, r);
			for (mi = act_first_mention(a, x->text, p + nl);
				 mi < a->n_mentions && a->mentions[mi].text == x->text &&
				 a->mentions[mi].text_start < clause_end; mi++)
			{
				const tip_mention *m = &a->mentions[mi];

				if (m->kind == MK_DATE && r->date_start.y == 0 && m->date_start.y != 0 &&
					(m->text_start < p + nl + 60 ||
					 (held && m->text_start >= h0 && m->text_start < h1)))
				{
					r->date_start = m->date_start;
					r->date_end = m->date_end;
				}
				else if (m->kind == MK_QUANTITY && m->unit.p != NULL && m->number > 0 &&
						 m->number < 1e9)
				{
					if (act_find_ci(m->unit.p, m->unit.n, "participant") && r->participants < 0)
						r->participants = (int) m->number;
					else if (act_find_ci(m->unit.p, m->unit.n, "countr") && r->countries < 0)
						r->countries = (int) m->number;
				}
			}
		}
		p += nl - 1;
	}
	return TIP_OK;
}

tip_status
session_find(tip_doc *doc)
{
	tip_annotations *a = doc->ann;
	const tip_meta *mt = &doc->meta;
	const char *report_body = mt->body.p != NULL ? body_in(mt->body) : body_in(mt->parent_body);
	text_cache	tc = {-1, 0};
	int			si;

	/*
	 * the report's own session: its masthead's body and number (a masthead
	 * with a venue, the session's dates or a date of distribution; a
	 * session read from paragraph 1 is the paragraph's row)
	 */
	if (report_body != NULL && mt->session_number > 0 &&
		(mt->venue.p != NULL || mt->session_start.y != 0 || mt->distributed.y != 0))
	{
		tip_session_ref *r = new_ref(doc);

		if (r == NULL)
			return TIP_ENOMEM;
		r->body = tip_cstr(report_body);
		r->kind = tip_cstr("session");
		r->number = mt->session_number;
		r->venue = mt->venue;
		r->date_start = mt->session_start;
		r->date_end = mt->session_end;
		r->is_report_session = 1;
	}
	for (si = 0; si < a->n_sentences; si++)
	{
		tip_status	st;

		if (ann_tick(doc, a->sentences[si].end - a->sentences[si].start))
			return TIP_ECANCEL;
		if (a->texts[a->sentences[si].text].kind != TX_PARAGRAPH)
			continue;
		st = sentence_refs(doc, si, report_body, &tc);
		if (st != TIP_OK)
			return st;
		attendance_sentence(doc, &a->sentences[si]);
	}
	return TIP_OK;
}
