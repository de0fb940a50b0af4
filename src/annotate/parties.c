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

/* Value of a number written in digits or as a word up to twenty at t[p]. */
static int
number_at(const char *t, uint32_t p, uint32_t e, uint32_t *len)
{
	static const char *const words[] = {
		"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"seventeen", "eighteen", "nineteen", "twenty",
	};
	uint32_t	q = p;
	long		v = 0;
	size_t		k;

	*len = 0;
	if (p > 0 && (lex_is_alpha((unsigned char) t[p - 1]) || lex_is_digit((unsigned char) t[p - 1])))
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
	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++)
	{
		size_t		l = strlen(words[k]);

		if (p + l <= e && lex_starts_with_ci(t + p, e - p, words[k]) &&
			(p + l == e || !lex_is_alpha((unsigned char) t[p + l])))
		{
			*len = (uint32_t) l;
			return (int) k + 1;
		}
	}
	return -1;
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

/*
 * The year stated for the State ending at t[p]: "(<year>)" or "... in <year>"
 * next, before any ';'.  Asked for the States of one sentence in turn, so
 * it remembers the first stop (a year, a ';' or the end) that it found
 * after the last position: a later position before that stop has the same
 * answer, and the sentence is read once however many States it names.
 */
typedef struct year_scan
{
	uint32_t	from;			/* the scan that found stop began here */
	uint32_t	stop;
	int			year;			/* the answer for positions in [from, stop] */
	int			valid;
} year_scan;

static int
year_after(year_scan *ys, const char *t, uint32_t p, uint32_t e)
{
	uint32_t	q;

	if (ys->valid && p >= ys->from && p <= ys->stop)
		return ys->year;
	ys->valid = 1;
	ys->from = p;
	ys->year = 0;
	for (q = p; q + 4 <= e; q++)
	{
		if (t[q] == ';')
			break;
		if (q >= 1 && t[q - 1] == '(' && (ys->year = year_at(t, q, e)) != 0)
			break;
		if (q >= 3 && lex_starts_with(t + q - 3, 3, "in ") && (ys->year = year_at(t, q, e)) != 0)
			break;
	}
	ys->stop = q;
	return ys->year;
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

/* Which instrument a sentence is about: the Convention only when it says so. */
static tip_str
instrument_of(const char *t, uint32_t s, uint32_t e)
{
	if (act_find_text(t + s, e - s, "Protocol") == NULL && act_find_text(t + s, e - s, "Convention") != NULL)
		return tip_cstr("convention");
	return tip_cstr("protocol");
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
		if (t[q] == ',' && !(q + 4 < e && lex_starts_with(t + q, e - q, ", in ")))
			break;
	while (q > p && (t[q - 1] == ' ' || t[q - 1] == ','))
		q--;
	return q > p ? ann_strdup(doc, t + p, q - p) : r;
}

/* Events of one sentence. */
static tip_status
sentence_events(tip_doc *doc, int si)
{
	tip_annotations *a = doc->ann;
	const tip_sentence *x = &a->sentences[si];
	const tip_text *tx = &a->texts[x->text];
	const char *t = tx->text.p;
	uint32_t	s = x->start,
				e = x->end,
				p;
	const char *h;

	/* totals */
	if ((h = act_find_text(t + s, e - s, "total of ")) != NULL ||
		(h = act_find_text(t + s, e - s, "has increased to ")) != NULL ||
		(h = act_find_text(t + s, e - s, "has risen to ")) != NULL ||
		(h = act_find_text(t + s, e - s, "now stands at ")) != NULL)
	{
		uint32_t	len;
		int			n;

		/* the number follows the phrase */
		for (p = (uint32_t) (h - t); p < e && !lex_is_digit((unsigned char) t[p]); p++)
			;
		n = number_at(t, p, e, &len);
		if (n > 0 && (act_find_text(t + s, e - s, "parties") != NULL ||
					  act_find_text(t + s, e - s, "Parties") != NULL))
		{
			const char *after = t + p + len;
			size_t		rest = e - (p + len);

			if (lex_starts_with(after, rest, " parties") || lex_starts_with(after, rest, " States parties") ||
				act_find_text(t + s, (uint32_t) (h - t) - s, "States parties") != NULL ||
				act_find_text(t + s, (uint32_t) (h - t) - s, "parties") != NULL)
			{
				tip_party_event *ev = new_event(doc, PE_TOTAL, tx->paragraph, x->text, s, e);

				if (ev == NULL)
					return TIP_ENOMEM;
				ev->count = n;
				ev->instrument = instrument_of(t, s, e);
			}
		}
	}

	/* each phrase search reads the whole sentence, which may be megabytes */
	if (ann_tick(doc, e - s))
		return TIP_ECANCEL;
	/* States that became parties */
	if (act_find_text(t + s, e - s, "become parties") || act_find_text(t + s, e - s, "became parties") ||
		act_find_text(t + s, e - s, "become a party") || act_find_text(t + s, e - s, "became a party") ||
		act_find_text(t + s, e - s, "having ratified") || act_find_text(t + s, e - s, "having acceded") ||
		act_find_text(t + s, e - s, "have ratified") || act_find_text(t + s, e - s, "have acceded") ||
		act_find_text(t + s, e - s, "has ratified") || act_find_text(t + s, e - s, "has acceded"))
	{
		int			mi;
		tip_str		since = {NULL, 0};
		tip_str		instrument = instrument_of(t, s, e);
		year_scan	ys = {0, 0, 0, 0};
		int			first = 1;

		if (act_find_ci(t + s, e - s, "urge") || act_find_ci(t + s, e - s, "not yet") ||
			act_find_ci(t + s, e - s, "consider ratifying") || act_find_ci(t + s, e - s, "called upon"))
			return TIP_OK;
		for (mi = act_first_mention(a, x->text, s);
			 mi < a->n_mentions && a->mentions[mi].text == x->text &&
			 a->mentions[mi].text_start < e; mi++)
		{
			const tip_mention *m = &a->mentions[mi];
			tip_party_event *ev;

			if (ann_tick(doc, 32))
				return TIP_ECANCEL;
			if (m->kind != MK_COUNTRY || m->value.p == NULL)
				continue;
			if (first)
			{
				since = since_of(doc, t, s, e, m->text_start);
				first = 0;
			}
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
			ev->year = year_after(&ys, t, m->text_end, e);
			ev->since = since;
			ev->instrument = instrument;
		}
	}

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
				if (conv && prot && k < 2)
					ev->instrument = tip_cstr(((conv < prot) == (k == 0)) ? "convention" : "protocol");
				else
					ev->instrument = instrument_of(t, s, e);
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
