/*
 * parties.c
 *	  Annotation layer: States parties: totals ("has a total of <N>
 *	  parties", "the number of States parties ... has increased / risen to
 *	  <N>"), States that became parties (a list of States before "have
 *	  become parties" or "have acceded to", a State with its year in
 *	  brackets "<State> (<year>)", "... having ratified the Protocol in
 *	  <year>"), and counts of ratifications or accessions ("attracted <N>
 *	  and <M> additional ratifications respectively").  Countries are the
 *	  country mentions of the entity layer.
 */
#include <string.h>

#include "annotate_int.h"
#include "word_lists.h"

/* Length of the word w at t[p] (ASCII case ignored, whole word), else 0. */
static uint32_t
word_at(const char *t, uint32_t p, uint32_t e, const char *w)
{
	size_t		l = strlen(w);

	if (p + l > e || !lex_starts_with_ci(t + p, e - p, w) ||
		(p + l < e && lex_is_alpha((unsigned char) t[p + l])))
		return 0;
	return (uint32_t) l;
}

/* Value of a number word below a hundred at t[p] ("seventy-eight"), -1 if none. */
static int
small_number_at(const char *t, uint32_t p, uint32_t e, uint32_t *len)
{
	static const char *const units[] = {
		"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"seventeen", "eighteen", "nineteen",
	};
	static const char *const tens[] = {
		"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
	};
	size_t		k;
	uint32_t	l;

	/*
	 * Every number word starts with one of these pairs of letters (and "th"
	 * with "thr" or "thi"): most words of a sentence are turned away here,
	 * before any of them is compared whole.
	 */
	if (p + 3 > e)
		return -1;
	switch ((((unsigned) (unsigned char) t[p] | 0x20) << 8) | ((unsigned char) t[p + 1] | 0x20))
	{
		case ('o' << 8) | 'n': case ('t' << 8) | 'w': case ('f' << 8) | 'o':
		case ('f' << 8) | 'i': case ('s' << 8) | 'i': case ('s' << 8) | 'e':
		case ('e' << 8) | 'i': case ('n' << 8) | 'i': case ('t' << 8) | 'e':
		case ('e' << 8) | 'l':
			break;
		case ('t' << 8) | 'h':
			if (((unsigned char) t[p + 2] | 0x20) == 'r' || ((unsigned char) t[p + 2] | 0x20) == 'i')
				break;
			return -1;
		default:
			return -1;
	}
	for (k = 0; k < sizeof(tens) / sizeof(tens[0]); k++)
		if ((l = word_at(t, p, e, tens[k])) > 0)
		{
			int			v = 20 + 10 * (int) k;
			size_t		j;

			if (p + l + 1 < e && t[p + l] == '-')
				for (j = 0; j < 9; j++)
				{
					uint32_t	m = word_at(t, p + l + 1, e, units[j]);

					if (m > 0)
					{
						*len = l + 1 + m;
						return v + (int) j + 1;
					}
				}
			*len = l;
			return v;
		}
	for (k = 0; k < sizeof(units) / sizeof(units[0]); k++)
		if ((l = word_at(t, p, e, units[k])) > 0)
		{
			*len = l;
			return (int) k + 1;
		}
	return -1;
}

/*
 * Value of a number at t[p], written in digits ("178", "1,200") or in words
 * ("Fifteen", "one hundred and seventy-eight"); -1 if none.
 */
static int
number_at(const char *t, uint32_t p, uint32_t e, uint32_t *len)
{
	uint32_t	q = p,
				l;
	long		v = 0;
	int			w;

	*len = 0;
	if (p >= e || (p > 0 && (lex_is_alpha((unsigned char) t[p - 1]) || lex_is_digit((unsigned char) t[p - 1]))))
		return -1;
	while (q < e && q - p < 6 && (lex_is_digit((unsigned char) t[q]) || (t[q] == ',' && q + 1 < e && lex_is_digit((unsigned char) t[q + 1]))))
	{
		if (t[q] != ',')
			v = v * 10 + (t[q] - '0');
		q++;
	}
	if (q > p)
	{
		if (q < e && lex_is_alpha((unsigned char) t[q]))
			return -1;
		*len = q - p;
		return (int) v;
	}
	if ((w = small_number_at(t, p, e, &l)) < 0)
		return -1;
	q = p + l;
	/* "<units> hundred [and] [<below a hundred>]" */
	if (w < 10 && q + 1 < e && t[q] == ' ' && (l = word_at(t, q + 1, e, "hundred")) > 0)
	{
		uint32_t	r = q + 1 + l,
					m;
		int			x;

		w *= 100;
		q = r;
		if (r + 1 < e && t[r] == ' ' && (m = word_at(t, r + 1, e, "and")) > 0)
			r += 1 + m;
		if (r + 1 < e && t[r] == ' ' && (x = small_number_at(t, r + 1, e, &m)) > 0)
		{
			w += x;
			q = r + 1 + m;
		}
	}
	*len = q - p;
	return w;
}

/* A year 1900-2099 written at t[p] as four digits; 0 if none. */
static int
year_at(const char *t, uint32_t p, uint32_t e)
{
	int			y = 0,
				k;

	if (p + 4 > e || (p > 0 && lex_is_digit((unsigned char) t[p - 1])))
		return 0;
	for (k = 0; k < 4; k++)
	{
		if (!lex_is_digit((unsigned char) t[p + k]))
			return 0;
		y = y * 10 + (t[p + k] - '0');
	}
	if (p + 4 < e && lex_is_digit((unsigned char) t[p + 4]))
		return 0;
	return (y >= 1900 && y <= 2099) ? y : 0;
}

static tip_party_event *
new_event(tip_doc *doc, tip_party_kind kind, int paragraph, int text,
		  uint32_t s, uint32_t e)
{
	ann_priv   *pv = (ann_priv *) doc->ann;
	tip_annotations *a = doc->ann;
	tip_party_event *ev = ann_push(doc, (void **) &a->parties, &a->n_parties,
								   &pv->cap_parties, sizeof(tip_party_event));

	if (ev == NULL)
		return NULL;
	ev->kind = kind;
	ev->paragraph = paragraph;
	ann_span_offsets(doc, text, s, e, &ev->start_offset, &ev->end_offset);
	return ev;
}

/* What a sentence says about instruments (instrument_in). */
typedef enum instr
{
	IN_NONE = 0,				/* names none */
	IN_PROTOCOL,				/* the Trafficking in Persons Protocol */
	IN_CONVENTION,				/* the Organized Crime Convention */
	IN_OTHER					/* only another instrument */
} instr;

/*
 * The instrument t[s, e) names: the Protocol (by any of its names or as
 * "the Protocol"), else the Convention against Transnational Organized
 * Crime, else another instrument (the Smuggling of Migrants or Firearms
 * Protocol, the Convention against Corruption, a convention "on" or "for"
 * something), else none.
 */
/* Which protocol the word "Protocol" at t[q] names (s, e: its sentence). */
static instr
protocol_at(const char *t, uint32_t s, uint32_t e, uint32_t q)
{
	uint32_t	b = q > s + 30 ? q - 30 : s;

	if (act_find_text(t + b, q - b, "Migrants") || act_find_text(t + b, q - b, "Firearms") ||
		act_find_text(t + b, q - b, "Optional") ||
		lex_starts_with(t + q + 8, e - q - 8, " against the Smuggling") ||
		lex_starts_with(t + q + 8, e - q - 8, " against the Illicit"))
		return IN_OTHER;
	return IN_PROTOCOL;
}

/* Which convention the word "Convention" at t[h] names. */
static instr
convention_at(const char *t, uint32_t e, uint32_t h)
{
	uint32_t	q = h + 10;

	if (lex_starts_with(t + q, e - q, " against Corruption") || lex_starts_with(t + q, e - q, " on ") ||
		lex_starts_with(t + q, e - q, " for ") || lex_starts_with(t + q, e - q, " concerning ") ||
		lex_starts_with(t + q, e - q, " relating "))
		return IN_OTHER;
	return IN_CONVENTION;
}

static instr
instrument_in(const char *t, uint32_t s, uint32_t e)
{
	const char *h;
	uint32_t	p;
	int			conv = 0,
				other = 0;

	for (p = s; p < e && (h = act_find_text(t + p, e - p, "Protocol")) != NULL;
		 p = (uint32_t) (h - t) + 8)
	{
		if (protocol_at(t, s, e, (uint32_t) (h - t)) == IN_OTHER)
			other = 1;
		else
			return IN_PROTOCOL;
	}
	for (p = s; p < e && (h = act_find_text(t + p, e - p, "Convention")) != NULL;
		 p = (uint32_t) (h - t) + 10)
	{
		if (convention_at(t, e, (uint32_t) (h - t)) == IN_OTHER)
			other = 1;
		else
			conv = 1;
	}
	return conv ? IN_CONVENTION : other ? IN_OTHER : IN_NONE;
}

static tip_str
instrument_name(instr in)
{
	return tip_cstr(in == IN_CONVENTION ? "convention" : "protocol");
}

/*
 * The instrument of sentence si: the one it names; for a sentence naming
 * none that says "it", the one the sentence before names; else the
 * Protocol.  IN_OTHER when it is about another instrument only.
 */
static instr
sentence_instrument(const tip_annotations *a, int si)
{
	const tip_sentence *x = &a->sentences[si];
	const char *t = a->texts[x->text].text.p;
	instr		in = instrument_in(t, x->start, x->end);

	if (in == IN_NONE && si > 0 && a->sentences[si - 1].text == x->text &&
		(act_find_text(t + x->start, x->end - x->start, "It ") ||
		 act_find_text(t + x->start, x->end - x->start, " it ")))
		in = instrument_in(t, a->sentences[si - 1].start, a->sentences[si - 1].end);
	return in == IN_NONE ? IN_PROTOCOL : in;
}

/* The period after "Since" or "During" at the start, up to the first State. */
static tip_str
since_of(tip_doc *doc, const char *t, uint32_t s, uint32_t e, uint32_t first_country)
{
	tip_str		r = {NULL, 0};
	uint32_t	p,
				q;

	if (lex_starts_with(t + s, e - s, "Since "))
		p = s + 6;
	else if (lex_starts_with(t + s, e - s, "During "))
		p = s + 7;
	else
		return r;
	for (q = p; q < e && q < first_country; q++)
		if (t[q] == ',' && !(q + 4 < e && (lex_starts_with(t + q, e - q, ", in ") ||
										   lex_starts_with(t + q, e - q, ", held "))))
			break;
	while (q > p && (t[q - 1] == ' ' || t[q - 1] == ','))
		q--;
	return q > p ? ann_strdup(doc, t + p, q - p) : r;
}

/* Does t[p, e) start with w? */
#define AT(p, w) lex_starts_with(t + (p), e > (p) ? e - (p) : 0, w)

/* Start of the word before t[p] (p itself if none); *end its end. */
static uint32_t
word_before(const char *t, uint32_t s, uint32_t p, uint32_t *end)
{
	uint32_t	w = p;

	while (w > s && (t[w - 1] == ' ' || t[w - 1] == ','))
		w--;
	*end = w;
	while (w > s && lex_is_alpha((unsigned char) t[w - 1]))
		w--;
	return w;
}

/* Is the word t[w, we) the given one (ASCII case ignored)? */
static int
word_is(const char *t, uint32_t w, uint32_t we, const char *word)
{
	return we - w == strlen(word) && lex_starts_with_ci(t + w, we - w, word);
}

/*
 * Words after a number of States that make it a count of what States did
 * (attended, replied, were reviewed), or of States since an event, not
 * the number of parties.
 */
static const char *const other_counts[] = {
	" attended", " responded", " replied", " submitted", " participated", " took part",
	" represented", " reviewed", " reported", " answered", " adopted", " provided",
	" received", " invited", " sent", " since", " not ",
};

#define N_OTHER_COUNTS (sizeof(other_counts) / sizeof(other_counts[0]))
#define NOT_FOUND UINT32_MAX

/*
 * What total_in's searches have found in one sentence.  A sentence may
 * hold thousands of numbers; each search starts where the one before
 * stopped instead of at the number (or the sentence start), so the
 * sentence is read a bounded number of times, not once per number.
 */
typedef struct total_scan
{
	const char *t;
	uint32_t	s,
				e;
	size_t		work;			/* bytes the searches read */
	uint32_t	semi;			/* first ';' at or after the last number, else e; 0 before any */
	uint32_t	nb;				/* first "number of " in the sentence, NOT_FOUND until seen */
	uint32_t	nb_scanned;		/* no "number of " ends in t[s, nb_scanned) */
	uint32_t	parties;		/* first "parties"/"Parties" at or after nb */
	uint32_t	other[N_OTHER_COUNTS];	/* first other_counts[k] at or after the last number; 0 before any */
} total_scan;

/* Start of the first needle in t[from, e), else NOT_FOUND. */
static uint32_t
find_from(total_scan *ts, uint32_t from, const char *needle)
{
	const char *h = act_find_text(ts->t + from, ts->e - from, needle);

	/* the search stops at the first match */
	ts->work += (h ? (uint32_t) (h - ts->t) + strlen(needle) : ts->e) - from;
	return h ? (uint32_t) (h - ts->t) : NOT_FOUND;
}

/* End of the clause the number ending at q is in: the next ';' or e. */
static uint32_t
clause_end(total_scan *ts, uint32_t q)
{
	if (ts->semi < q)
	{
		const char *semi = memchr(ts->t + q, ';', ts->e - q);

		ts->work += (semi ? (uint32_t) (semi - ts->t) : ts->e) - q;
		ts->semi = semi ? (uint32_t) (semi - ts->t) : ts->e;
	}
	return ts->semi;
}

/* Does one of other_counts lie wholly in t[q, ce)? */
static int
counts_something_else(total_scan *ts, uint32_t q, uint32_t ce)
{
	size_t		k;

	/* a word not looked for since an earlier number is looked for again */
	for (k = 0; k < N_OTHER_COUNTS; k++)
	{
		if (ts->other[k] < q)
			ts->other[k] = find_from(ts, q, other_counts[k]);
		if (ts->other[k] != NOT_FOUND && ts->other[k] + strlen(other_counts[k]) <= ce)
			return 1;
	}
	return 0;
}

/* Does "number of " and after it "parties" (or "Parties") lie in t[s, p)? */
static int
number_of_parties_before(total_scan *ts, uint32_t p)
{
	if (ts->nb == NOT_FOUND && p > ts->nb_scanned)
	{
		/* a match not wholly before nb_scanned starts at most 9 bytes before it */
		uint32_t	from = ts->nb_scanned >= ts->s + 9 ? ts->nb_scanned - 9 : ts->s;
		const char *h = act_find_text(ts->t + from, p - from, "number of ");

		ts->work += p - from;
		ts->nb_scanned = p;
		if (h != NULL)
		{
			uint32_t	lower,
						upper;

			ts->nb = (uint32_t) (h - ts->t);
			lower = find_from(ts, ts->nb, "parties");
			upper = find_from(ts, ts->nb, "Parties");
			ts->parties = lower < upper ? lower : upper;
		}
	}
	return ts->nb != NOT_FOUND && ts->parties != NOT_FOUND && ts->parties + 7 <= p;
}

/*
 * The total number of parties sentence t[s, e) states, 0 if none; *at and
 * *after are set to the number's start and end.  The shapes: "<N> (States)
 * parties", "<N> States have ratified / had become parties / are parties",
 * "ratified by <N> States", "the number of (States) parties ... reached /
 * stood at / increased to / bringing ... to <N>".  Not: a number after
 * "from", "among", "with", "the", "of" (unless "total of"), years, counts
 * of what States did.
 */
static int
total_in(const char *t, uint32_t s, uint32_t e, uint32_t *at, uint32_t *after, size_t *work)
{
	uint32_t	p;
	total_scan	ts = {t, s, e, 0, 0, NOT_FOUND, s, NOT_FOUND, {0}};
	int			total = 0;

	for (p = s; p < e; p++)
	{
		uint32_t	len,
					q,
					w,
					we,
					ce;
		int			n,
					ok = 0;

		if (p > s && (lex_is_alpha((unsigned char) t[p - 1]) || lex_is_digit((unsigned char) t[p - 1]) ||
					  t[p - 1] == '-'))
			continue;
		if ((n = number_at(t, p, e, &len)) <= 0)
			continue;
		q = p + len;
		ce = clause_end(&ts, q);
		w = word_before(t, s, p, &we);
		if (word_is(t, w, we, "from") || word_is(t, w, we, "among") || word_is(t, w, we, "with") ||
			word_is(t, w, we, "the") || word_is(t, w, we, "than") ||
			(word_is(t, w, we, "of") && !(w >= s + 6 && lex_starts_with(t + w - 6, 6, "total "))))
		{
			p = q;
			continue;
		}
		if (q + 1 < e && t[q] == ' ')
		{
			uint32_t	r = q + 1;

			if (AT(r, "parties") || AT(r, "Parties") || AT(r, "States parties") ||
				AT(r, "States Parties"))
				ok = !counts_something_else(&ts, q, ce);
			else if (AT(r, "States "))
			{
				r += 7;
				if (AT(r, "now "))
					r += 4;
				if (AT(r, "are parties") || AT(r, "were parties") || AT(r, "are now parties"))
					ok = 1;
				else if (AT(r, "had ") || AT(r, "have "))
				{
					r += AT(r, "had ") ? 4 : 5;
					if (AT(r, "now "))
						r += 4;
					ok = AT(r, "ratified") || AT(r, "acceded") || AT(r, "become part");
				}
				if (ok && counts_something_else(&ts, q, ce))
					ok = 0;
			}
			/* "ratified by <N> States" */
			if (!ok && AT(q + 1, "States") && word_is(t, w, we, "by"))
			{
				uint32_t	w2e,
							w2 = word_before(t, s, w, &w2e);

				ok = word_is(t, w2, w2e, "ratified") || word_is(t, w2, w2e, "acceded");
			}
		}
		if (!ok && (word_is(t, w, we, "to") || word_is(t, w, we, "at") || word_is(t, w, we, "reached")) &&
			!(n >= 1900 && n <= 2099))
			ok = number_of_parties_before(&ts, p);
		if (ok)
		{
			*at = p;
			*after = q;
			total = n;
			break;
		}
		p = q;
	}
	*work += ts.work;
	return total;
}

#define MAX_RESPECTIVE 16

/*
 * Totals of several instruments "..., respectively": "The Convention and
 * the Protocol had 190 and 178 parties, respectively".  The total at t[at]
 * closes a list of numbers ("<N> and", "<N>, <M> and"); the instruments
 * named before the list are paired with its numbers in order.  Fills
 * counts and ins and returns their number when both lists have the same
 * length (two or more), else 0.  The Convention in the Protocol's full name
 * ("supplementing the United Nations Convention ...") is not one of them.
 */
static int
respective_totals(const char *t, uint32_t s, uint32_t e, uint32_t at, int last,
				  int *counts, instr *ins)
{
	int			n_num = 0,
				n_ins = 0,
				k;
	uint32_t	p = at,
				first = at;

	if (act_find_text(t + at, e - at, "respectively") == NULL)
		return 0;
	counts[n_num++] = last;
	/* back over "<N>, " and "<N> and " before the total */
	for (;;)
	{
		uint32_t	q = p,
					d;

		if (q >= s + 5 && lex_starts_with(t + q - 5, 5, " and "))
			q -= 5;
		else if (q >= s + 2 && lex_starts_with(t + q - 2, 2, ", "))
			q -= 2;
		else
			break;
		if (q >= s + 1 && t[q - 1] == ',')
			q--;			/* "<N>, and" */
		d = q;
		while (d > s && (lex_is_digit((unsigned char) t[d - 1]) || t[d - 1] == ','))
			d--;
		if (d == q || !lex_is_digit((unsigned char) t[d]) ||
			(d > s && lex_is_alpha((unsigned char) t[d - 1])) || n_num >= MAX_RESPECTIVE)
			break;
		{
			uint32_t	len;
			int			n = number_at(t, d, q, &len);

			if (n <= 0 || d + len != q)
				break;
			counts[n_num++] = n;
		}
		first = p = d;
	}
	if (n_num < 2)
		return 0;
	/* the numbers were read backwards */
	for (k = 0; k < n_num / 2; k++)
	{
		int			c = counts[k];

		counts[k] = counts[n_num - 1 - k];
		counts[n_num - 1 - k] = c;
	}
	/* the instruments before the list, in order */
	for (p = s; p < first; p++)
	{
		instr		in;

		if (t[p] == 'P' && lex_starts_with(t + p, first - p, "Protocol"))
			in = protocol_at(t, s, e, p);
		else if (t[p] == 'C' && lex_starts_with(t + p, first - p, "Convention") &&
				 !(p >= s + 18 && lex_starts_with(t + p - 18, 18, "supplementing the ")) &&
				 !(p >= s + 33 && lex_starts_with(t + p - 33, 33, "supplementing the United Nations ")))
			in = convention_at(t, e, p);
		else
			continue;
		if (n_ins >= MAX_RESPECTIVE)
			return 0;
		ins[n_ins++] = in;
		p += 7;
	}
	return n_ins == n_num ? n_num : 0;
}

/*
 * The date a total holds at: "as at / as of <date>" in the sentence, else
 * "in <date>" just after the number ("reached 178 in 2021").
 */
static const tip_mention *
total_date(const tip_annotations *a, int text, const char *t, uint32_t s, uint32_t e, uint32_t q)
{
	const char *h = act_find_ci(t + s, e - s, "as at ");
	int			mi;

	if (h == NULL)
		h = act_find_ci(t + s, e - s, "as of ");
	for (mi = act_first_mention(a, text, s);
		 mi < a->n_mentions && a->mentions[mi].text == text && a->mentions[mi].text_start < e; mi++)
	{
		const tip_mention *m = &a->mentions[mi];

		if (m->kind != MK_DATE || m->date_start.y == 0)
			continue;
		if (h != NULL ? m->text_start == (uint32_t) (h - t) + 6
			: (m->text_start > q && m->text_start < q + 40 &&
			   lex_starts_with(t + m->text_start - 3, 3, "in ") &&
			   memchr(t + q, ',', m->text_start - q) == NULL))
			return m;
	}
	return NULL;
}

/*
 * Dates of a list of States "..., respectively": "Fiji and Nauru became
 * parties in 2017 and 2018, respectively", "Tonga and Somalia acceded to
 * and ratified the Protocol in August and December 2021, respectively".
 * When the sentence says "respectively" and as many dates follow the last
 * State as there are States (two to MAX_RESPECTIVE), out[k] gets the k-th
 * date, for the k-th State; returns their number, else 0.
 */
static int
respective_dates(const tip_annotations *a, int text, const char *t, uint32_t s, uint32_t e,
				 const tip_mention **out)
{
	const char *r = act_find_text(t + s, e - s, "respectively");
	uint32_t	re,
				last_end = s;
	int			mi,
				n_states = 0,
				n_dates = 0;

	if (r == NULL)
		return 0;
	re = (uint32_t) (r - t);
	for (mi = act_first_mention(a, text, s);
		 mi < a->n_mentions && a->mentions[mi].text == text &&
		 a->mentions[mi].text_start < re; mi++)
	{
		const tip_mention *m = &a->mentions[mi];

		if (m->kind == MK_COUNTRY && m->value.p != NULL)
		{
			n_states++;
			last_end = m->text_end;
			n_dates = 0;		/* only the dates after the last State */
		}
		else if (m->kind == MK_DATE && m->date_start.y != 0 && n_states > 0 &&
				 m->text_start >= last_end)
		{
			if (n_dates >= MAX_RESPECTIVE)
				return 0;
			out[n_dates++] = m;
		}
	}
	return (n_states >= 2 && n_states == n_dates) ? n_dates : 0;
}

static void
set_date(tip_party_event *ev, const tip_mention *m)
{
	if (m == NULL)
		return;
	ev->date = m->date_start;
	ev->precision = m->precision;
	ev->year = m->date_start.y;
}

/* Events of one sentence. */
static tip_status
sentence_events(tip_doc *doc, int si)
{
	static const char *const triggers[] = {
		"become parties", "became parties", "become a party", "became a party", "become party",
		"ratified", "acceded", "accession of", "accession to",
	};
	tip_annotations *a = doc->ann;
	const tip_sentence *x = &a->sentences[si];
	const tip_text *tx = &a->texts[x->text];
	const char *t = tx->text.p;
	uint32_t	s = x->start,
				e = x->end,
				p,
				at,
				after;
	const char *h;
	instr		in = IN_NONE;
	size_t		k;
	int			n;
	uint32_t	trig = e;
	size_t		scanned = 0;	/* bytes total_in's searches read */

	/* totals: only a sentence that speaks of parties or States */
	if ((act_find_text(t + s, e - s, "arties") != NULL || act_find_text(t + s, e - s, "States") != NULL) &&
		(n = total_in(t, s, e, &at, &after, &scanned)) > 0 &&
		(in = sentence_instrument(a, si)) != IN_OTHER)
	{
		int			counts[MAX_RESPECTIVE];
		instr		ins[MAX_RESPECTIVE];
		int			nr = respective_totals(t, s, e, at, n, counts, ins),
					k;

		if (nr == 0)
		{
			counts[0] = n;
			ins[0] = in;
			nr = 1;
		}
		for (k = 0; k < nr; k++)
		{
			tip_party_event *ev;

			if (ins[k] == IN_OTHER)
				continue;		/* a total of another instrument */
			if ((ev = new_event(doc, PE_TOTAL, tx->paragraph, x->text, s, e)) == NULL)
				return TIP_ENOMEM;
			ev->count = counts[k];
			ev->instrument = instrument_name(ins[k]);
			set_date(ev, total_date(a, x->text, t, s, e, after));
			ev->year = 0;
		}
	}

	/* each phrase search reads the whole sentence, which may be megabytes */
	if (ann_tick(doc, e - s + scanned))
		return TIP_ECANCEL;
	/* States that became parties */
	for (k = 0; k < sizeof(triggers) / sizeof(triggers[0]); k++)
		if ((h = act_find_text(t + s, (trig < e ? trig + 20 : e) - s, triggers[k])) != NULL &&
			(uint32_t) (h - t) < trig)
			trig = (uint32_t) (h - t);
	if (trig < e)
	{
		int			mi,
					di = -1;
		tip_str		since = {NULL, 0};
		tip_str		instrument;
		int			first = 1;
		uint32_t	semi = s;
		const tip_mention *before = NULL;
		const tip_mention *resp[MAX_RESPECTIVE];
		int			n_resp,
					k_state = 0;

		if (in == IN_NONE)
			in = sentence_instrument(a, si);
		if (in == IN_OTHER)
			goto counts;
		instrument = instrument_name(in);
		if (act_find_ci(t + s, e - s, "urge") || act_find_ci(t + s, e - s, "not yet") ||
			act_find_ci(t + s, e - s, "consider ratifying") || act_find_ci(t + s, e - s, "called upon"))
			return TIP_OK;
		n_resp = respective_dates(a, x->text, t, s, e, resp);
		for (mi = act_first_mention(a, x->text, s);
			 mi < a->n_mentions && a->mentions[mi].text == x->text &&
			 a->mentions[mi].text_start < e; mi++)
		{
			const tip_mention *m = &a->mentions[mi];
			tip_party_event *ev;
			const tip_mention *d = NULL;

			if (ann_tick(doc, 32))
				return TIP_ECANCEL;
			if (m->kind != MK_COUNTRY || m->value.p == NULL)
				continue;
			if (first)
			{
				int			mj;

				since = since_of(doc, t, s, e, m->text_start);
				/* a date between the verb and the list: "became parties in 2020: A, B" */
				for (mj = act_first_mention(a, x->text, trig); mj < mi; mj++)
					if (a->mentions[mj].kind == MK_DATE && a->mentions[mj].date_start.y != 0 &&
						a->mentions[mj].text_start > trig)
						before = &a->mentions[mj];
				first = 0;
				di = mi;
			}
			/* the first date after the State, before a ';' */
			if (m->text_end > semi)
			{
				const char *sc = memchr(t + m->text_end, ';', e - m->text_end);

				semi = sc ? (uint32_t) (sc - t) : e;
			}
			while (di < a->n_mentions && a->mentions[di].text == x->text &&
				   a->mentions[di].text_start < e &&
				   (a->mentions[di].kind != MK_DATE || a->mentions[di].date_start.y == 0 ||
					a->mentions[di].text_start < m->text_end))
				di++;
			if (di < a->n_mentions && a->mentions[di].text == x->text &&
				a->mentions[di].text_start < semi)
				d = &a->mentions[di];
			ev = new_event(doc, PE_NEW_PARTY, tx->paragraph, x->text, m->text_start, m->text_end);
			if (ev == NULL)
				return TIP_ENOMEM;
			ev->iso3 = m->value;
			ev->country = ann_strdup(doc, t + m->text_start, m->text_end - m->text_start);
			if (ev->country.n > 4 && lex_starts_with(ev->country.p, ev->country.n, "the "))
			{
				ev->country.p += 4;
				ev->country.n -= 4;
			}
			if (k_state < n_resp)
				d = resp[k_state];
			k_state++;
			set_date(ev, d != NULL ? d : before);
			ev->since = since;
			ev->instrument = instrument;
		}
	}

counts:
	if (ann_tick(doc, e - s))
		return TIP_ECANCEL;
	/* counts of ratifications or accessions: "<N> (and <M>) additional ratifications" */
	if ((h = act_find_text(t + s, e - s, "ratifications")) != NULL ||
		(h = act_find_text(t + s, e - s, "accessions")) != NULL)
	{
		uint32_t	end = (uint32_t) (h - t);
		int			counts[4];
		int			nc = 0;

		for (p = s; p < end && nc < 4; p++)
		{
			uint32_t	len;
			int			n = number_at(t, p, end, &len);

			if (n > 0 && len > 0)
			{
				counts[nc++] = n;
				p += len;
			}
		}
		if (nc > 0 && !act_find_ci(t + s, e - s, "urge"))
		{
			int			k,
						year = 0;
			const tip_sentence *prev = si > 0 && a->sentences[si - 1].text == x->text ?
				&a->sentences[si - 1] : NULL;
			const char *conv = NULL,
					   *prot = NULL;

			/* the year of the sentence, else of the paragraph's opening "In 2011," */
			for (p = s; p + 4 <= e && year == 0; p++)
				if (p >= s + 3 && lex_starts_with(t + p - 3, 3, "in "))
					year = year_at(t, p, e);
			if (year == 0)
			{
				uint32_t	q = 0;

				if (lex_starts_with(t, tx->text.n, "In "))
					q = 3;
				if (q > 0)
					year = year_at(t, q, tx->text.n);
			}
			if (prev != NULL && nc > 1 && act_find_text(t + s, e - s, "respectively"))
			{
				conv = act_find_text(t + prev->start, prev->end - prev->start, "Convention");
				prot = act_find_text(t + prev->start, prev->end - prev->start, "Protocol");
			}
			for (k = 0; k < nc; k++)
			{
				tip_party_event *ev = new_event(doc, PE_RATIFICATION_COUNT, tx->paragraph,
												x->text, s, e);

				if (ev == NULL)
					return TIP_ENOMEM;
				ev->count = counts[k];
				ev->year = year;
				if (year > 0)
				{
					ev->date.y = year;
					ev->date.m = 1;
					ev->date.d = 1;
					ev->precision = DP_YEAR;
				}
				if (conv && prot && k < 2)
					ev->instrument = tip_cstr(((conv < prot) == (k == 0)) ? "convention" : "protocol");
				else
					ev->instrument = instrument_name(instrument_in(t, s, e));
			}
		}
	}
	return TIP_OK;
}

tip_status
party_find(tip_doc *doc)
{
	tip_annotations *a = doc->ann;
	int			si;

	for (si = 0; si < a->n_sentences; si++)
	{
		tip_status	st;

		if (ann_tick(doc, a->sentences[si].end - a->sentences[si].start))
			return TIP_ECANCEL;
		if (a->texts[a->sentences[si].text].kind != TX_PARAGRAPH)
			continue;
		st = sentence_events(doc, si);
		if (st != TIP_OK)
			return st;
	}
	return TIP_OK;
}
