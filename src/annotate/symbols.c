/*
 * symbols.c
 *	  Document symbols ("CTOC/COP/WG.4/2017/2", "E/CN.15/2012/16", joint
 *	  symbols "E/CN.7/2012/3-E/CN.15/2012/3") and resolutions ("resolution
 *	  71/167", "resolutions 2653 (2022), 2692 (2023) and 2699 (2023)") with
 *	  the body that adopted them, taken from the words around them.
 *
 * A resolution's value is "BODY NUMBER" ("GA 71/167", "SC 2331 (2016)"),
 * with "?" for a body the text does not decide.  The body comes, in this
 * order, from the number's form (Security Council "2331 (2016)", Economic
 * and Social Council "2013/41"), a body named right before the word
 * ("Conference resolution 8/2"), "of the <body>" right after the number,
 * the nearest body named before it in the sentence, the first one after it
 * in the sentence ("In its resolution 11/5, the Conference ..."), the
 * nearest one earlier in the text.  "The Council", "the Commission" and
 * "the Conference" stand for the last body of that family named in reading
 * order (pat_memory); a body whose session numbers cannot hold the number
 * gives "?" instead of a guess.
 */
#include <stdio.h>
#include <string.h>

#include "pat_int.h"

#define MAX_BODIES 256			/* body names remembered per text */
#define MAX_LIST 32				/* numbers in one list of resolutions */

typedef struct body_occ
{
	uint32_t	start;
	uint32_t	end;
	pat_body	body;
} body_occ;

typedef enum res_form
{
	RF_SESSION = 0,				/* 71/167: session/number */
	RF_YEAR,					/* 2013/41: year/number (ECOSOC) */
	RF_SC						/* 2331 (2016) */
} res_form;

typedef struct res_item
{
	uint32_t	start;			/* of the number */
	uint32_t	end;
	res_form	form;
	int			a;				/* session, year or SC number */
	int			b;				/* number or SC year */
} res_item;

/* ---- document symbols ---- */

/* May a symbol start at t[i]?  Not inside a word, path or URL. */
static int
symbol_boundary(const char *t, uint32_t i)
{
	unsigned char c;

	if (i == 0)
		return 1;
	c = (unsigned char) t[i - 1];
	if (lex_is_alpha(c) || lex_is_digit(c) || c == '/' || c == '.' || c == '_' ||
		c == '\\' || c == '=' || c == '#' || c == '@')
		return 0;
	/* joint symbols: "E/CN.7/2012/3-E/CN.15/2012/3" */
	if (c == '-')
		return i >= 2 && lex_is_digit((unsigned char) t[i - 2]);
	return 1;
}

/*
 * Is t[0..len) a UN symbol rather than some other slashed capitals?  At
 * least two slashes, or one after the series A, S or E followed by a
 * number ("S/25704").
 */
static int
symbol_plausible(const char *t, uint32_t len)
{
	uint32_t	k,
				slashes = 0;

	for (k = 0; k < len; k++)
		if (t[k] == '/')
			slashes++;
	if (slashes >= 2)
		return 1;
	if (slashes == 1 && len >= 4 && (t[0] == 'A' || t[0] == 'S' || t[0] == 'E') && t[1] == '/')
	{
		for (k = 2; k < len; k++)
			if (!lex_is_digit((unsigned char) t[k]))
				return 0;
		return len - 2 >= 3;
	}
	return 0;
}

static tip_status
scan_documents(tip_doc *doc, int text, const pat_toks *tk)
{
	const tip_text *tx = &doc->ann->texts[text];
	const char *t = tx->text.p;
	uint32_t	n = tx->text.n;
	uint32_t	i;
	int			w = 0;

	/* a symbol opens a word: only the tokens can start one */
	for (i = pat_toks_next(tk, &w, 0, PT_UPPER); i < n;
		 i = pat_toks_next(tk, &w, i + 1, PT_UPPER))
	{
		size_t		len;
		tip_mention *m;

		if (ann_tick(doc, 16))
			return TIP_ECANCEL;
		if (!lex_is_upper((unsigned char) t[i]) || !symbol_boundary(t, i))
			continue;
		len = lex_symbol(t + i, n - i);
		if (len == 0 || !symbol_plausible(t + i, (uint32_t) len))
			continue;
		m = ann_add_mention(doc, MK_DOCUMENT, text, i, i + (uint32_t) len);
		if (m == NULL)
			return TIP_ENOMEM;
		m->value = ann_strdup(doc, t + i, len);
		i += (uint32_t) len - 1;
	}
	return TIP_OK;
}

/* ---- resolutions ---- */

/* Read digits at t[i] (at most max); returns count, value in *v. */
static uint32_t
read_int(const char *t, uint32_t n, uint32_t i, uint32_t max, int *v)
{
	uint32_t	k = 0;

	*v = 0;
	while (i + k < n && k < max && lex_is_digit((unsigned char) t[i + k]))
		*v = *v * 10 + (t[i + k++] - '0');
	if (i + k < n && lex_is_digit((unsigned char) t[i + k]))
		return 0;
	return k;
}

/*
 * A resolution number at t[i]: "71/167", "2013/41", "2331 (2016)".
 * Nothing that continues with another slash or digit ("41/942/16",
 * "11/8/2020" are not resolution numbers).
 */
static int
read_res_number(const char *t, uint32_t n, uint32_t i, res_item *it)
{
	uint32_t	k,
				q;
	int			a,
				b;

	if (i >= n || !pat_word_start(t, i) || (k = read_int(t, n, i, 5, &a)) == 0)
		return 0;
	q = i + k;
	if (q < n && t[q] == '/' && k <= 4)
	{
		uint32_t	k2 = read_int(t, n, q + 1, 4, &b);

		if (k2 == 0 || b == 0)
			return 0;
		q += 1 + k2;
		if (q < n && (t[q] == '/' || lex_is_alpha((unsigned char) t[q]) ||
					  (t[q] == '.' && q + 1 < n && lex_is_digit((unsigned char) t[q + 1]))))
			return 0;
		it->form = (k == 4 && a >= 1946) ? RF_YEAR : RF_SESSION;
		if (it->form == RF_SESSION && (a == 0 || k > 3))
			return 0;
	}
	else if (k >= 3)
	{
		uint32_t	p = q;

		if (p < n && t[p] == ' ')
			p++;
		if (p + 6 > n || t[p] != '(' || read_int(t, n, p + 1, 4, &b) != 4 || t[p + 5] != ')' ||
			b < 1946)
			return 0;
		q = p + 6;
		it->form = RF_SC;
	}
	else
		return 0;
	if (q < n && (lex_is_alpha((unsigned char) t[q]) || lex_is_digit((unsigned char) t[q])))
		return 0;
	it->start = i;
	it->end = q;
	it->a = a;
	it->b = b;
	return 1;
}

/*
 * Collect the body names of a text in order, resolving family words; -1
 * when the progress hook asked to stop.
 */
static int
collect_bodies(tip_doc *doc, const char *t, uint32_t n, const pat_toks *tk, pat_memory *mem,
			   body_occ *occ)
{
	int			n_occ = 0;
	uint32_t	i = 0;
	int			w = 0;

	/* a body's name opens a word: go from token to token */
	while ((i = pat_toks_next(tk, &w, i, PT_UPPER)) < n)
	{
		uint32_t	len = 0;
		pat_body	b = PB_NONE;

		if (ann_tick(doc, 16))
			return -1;
		if (lex_is_upper((unsigned char) t[i]) && pat_word_start(t, i))
			b = pat_body_at(t, n, i, &len, mem);
		if (len > 0)
		{
			if (n_occ < MAX_BODIES)
			{
				occ[n_occ].start = i;
				occ[n_occ].end = i + len;
				occ[n_occ].body = b;
				n_occ++;
			}
			i += len;
		}
		else
			i++;				/* the next token is past this word */
	}
	return n_occ;
}

/* Could body b have adopted a resolution numbered like it? */
static int
body_fits(pat_body b, const res_item *it)
{
	switch (b)
	{
		case PB_SC:
			return it->form == RF_SC;
		case PB_ECOSOC:
			return it->form == RF_YEAR;
		case PB_GA:
			return it->form == RF_SESSION && it->a <= 150;
		case PB_CCPCJ:
			return it->form == RF_SESSION && it->a <= 60;
		case PB_COP:
			return it->form == RF_SESSION && it->a <= 30;
		case PB_HRC:
			return it->form == RF_SESSION && it->a <= 99;
		default:
			return 0;
	}
}

/*
 * The body of the resolution(s) whose keyword starts at kw and whose list
 * of numbers ends at le; PB_NONE when the text does not decide it.
 */
static pat_body
decide_body(const tip_doc *doc, int text, const char *t, uint32_t n, uint32_t kw,
			uint32_t le, const res_item *it, const body_occ *occ, int n_occ)
{
	const tip_annotations *a = doc->ann;
	int			si = ann_sentence_at(a, text, kw);
	uint32_t	ss = si >= 0 ? a->sentences[si].start : 0;
	uint32_t	se = si >= 0 ? a->sentences[si].end : n;
	uint32_t	p;
	int			k;
	pat_body	b = PB_NONE;
	int			found = 0;

	if (it->form == RF_SC)
		return PB_SC;
	if (it->form == RF_YEAR)
		return PB_ECOSOC;

	/* a body named right before: "Conference resolution 8/2" */
	for (k = 0; k < n_occ && !found; k++)
	{
		p = occ[k].end;
		if (p < kw && pat_skip_blanks(t, n, p) == kw)
		{
			b = occ[k].body;
			found = 1;
		}
	}
	/* "resolution 5/2 of the Conference of the Parties" */
	if (!found)
	{
		p = pat_skip_blanks(t, n, le);
		if (lex_starts_with(t + p, n - p, "of the "))
			for (k = 0; k < n_occ && !found; k++)
				if (occ[k].start == p + 7)
				{
					b = occ[k].body;
					found = 1;
				}
	}
	/* the nearest before in the sentence, then the first after */
	for (k = n_occ - 1; k >= 0 && !found; k--)
		if (occ[k].end <= kw && occ[k].start >= ss)
		{
			b = occ[k].body;
			found = 1;
		}
	for (k = 0; k < n_occ && !found; k++)
		if (occ[k].start >= le && occ[k].end <= se)
		{
			b = occ[k].body;
			found = 1;
		}
	/* the nearest earlier in the text */
	for (k = n_occ - 1; k >= 0 && !found; k--)
		if (occ[k].end <= kw)
		{
			b = occ[k].body;
			found = 1;
		}
	return body_fits(b, it) ? b : PB_NONE;
}

/*
 * Bodies of a list of resolutions "..., respectively": "The Commission and
 * the Conference, in their resolutions 29/2 and 10/3, respectively".  When
 * ", respectively" follows the list and the sentence names as many bodies
 * before the keyword at kw as the list has numbers, the k-th number is the
 * k-th body's (where that body can hold it, else undecided).
 */
static void
respective_bodies(const tip_doc *doc, int text, const char *t, uint32_t n, uint32_t kw,
				  const res_item *items, int n_items, const body_occ *occ, int n_occ,
				  pat_body *bodies)
{
	const tip_annotations *a = doc->ann;
	int			si = ann_sentence_at(a, text, kw);
	uint32_t	ss = si >= 0 ? a->sentences[si].start : 0;
	uint32_t	p = items[n_items - 1].end;
	int			k,
				first = -1,
				count = 0;

	if (p < n && t[p] == ',')
		p++;
	p = pat_skip_blanks(t, n, p);
	if (!pat_word_is(t, n, p, "respectively"))
		return;
	for (k = 0; k < n_occ; k++)
		if (occ[k].start >= ss && occ[k].end <= kw)
		{
			if (first < 0)
				first = k;
			count++;
		}
	if (count != n_items)
		return;
	for (k = 0; k < n_items; k++)
		bodies[k] = body_fits(occ[first + k].body, &items[k]) ? occ[first + k].body : PB_NONE;
}

/* Add the mentions of one list of resolutions, the k-th with bodies[k]. */
static tip_status
add_resolutions(tip_doc *doc, int text, uint32_t kw, const res_item *items, int n_items,
				const pat_body *bodies)
{
	int			k;

	for (k = 0; k < n_items; k++)
	{
		const res_item *it = &items[k];
		const char *code = pat_body_code(bodies[k]);
		char		buf[64];
		int			len;
		tip_mention *m;

		if (it->form == RF_SC)
			len = snprintf(buf, sizeof(buf), "%s %d (%d)", code ? code : "?", it->a, it->b);
		else
			len = snprintf(buf, sizeof(buf), "%s %d/%d", code ? code : "?", it->a, it->b);
		if (len <= 0 || (size_t) len >= sizeof(buf))
			continue;
		m = ann_add_mention(doc, MK_RESOLUTION, text, k == 0 ? kw : it->start, it->end);
		if (m == NULL)
			return TIP_ENOMEM;
		m->value = ann_strdup(doc, buf, (size_t) len);
	}
	return TIP_OK;
}

/* After one number of a list: the start of the next, or 0. */
static int
next_in_list(const char *t, uint32_t n, uint32_t q, res_item *it)
{
	uint32_t	p = q;

	if (p < n && t[p] == ',')
		p++;
	p = pat_skip_blanks(t, n, p);
	if (pat_word_is(t, n, p, "and") || pat_word_is(t, n, p, "or"))
		p = pat_skip_blanks(t, n, p + (t[p] == 'a' ? 3 : 2));
	if (p == q)
		return 0;
	return read_res_number(t, n, p, it);
}

static tip_status
scan_resolutions(tip_doc *doc, int text, const pat_toks *tk, const pat_spans *sp,
				 pat_memory *mem)
{
	const tip_text *tx = &doc->ann->texts[text];
	const char *t = tx->text.p;
	uint32_t	n = tx->text.n;
	body_occ	occ[MAX_BODIES];
	int			n_occ = collect_bodies(doc, t, n, tk, mem, occ);
	uint32_t	i;
	int			w = 0;

	if (n_occ < 0)
		return TIP_ECANCEL;
	/* "resolution" opens a word: go from token to token */
	for (i = pat_toks_next(tk, &w, 0, PT_RES); i + 10 < n;
		 i = pat_toks_next(tk, &w, i + 1, PT_RES))
	{
		res_item	items[MAX_LIST];
		pat_body	bodies[MAX_LIST];
		int			n_items = 0;
		uint32_t	kw = i,
					p;
		tip_status	st;

		if (ann_tick(doc, 16))
			return TIP_ECANCEL;
		if ((t[i] | 0x20) != 'r' || !pat_word_start(t, i) ||
			!lex_starts_with_ci(t + i, n - i, "resolution"))
			continue;
		p = i + 10;
		if (p < n && t[p] == 's')
			p++;
		if (!pat_word_end(t, n, p))
			continue;
		p = pat_skip_blanks(t, n, p);
		if (!read_res_number(t, n, p, &items[0]))
			continue;
		n_items = 1;
		while (n_items < MAX_LIST && next_in_list(t, n, items[n_items - 1].end, &items[n_items]))
			n_items++;
		if (pat_taken(sp, kw, items[n_items - 1].end))
			continue;
		{
			pat_body	b = decide_body(doc, text, t, n, kw, items[n_items - 1].end,
										&items[0], occ, n_occ);
			int			k;

			for (k = 0; k < n_items; k++)
				bodies[k] = b;
			if (n_items > 1)
				respective_bodies(doc, text, t, n, kw, items, n_items, occ, n_occ, bodies);
			st = add_resolutions(doc, text, kw, items, n_items, bodies);
		}
		if (st != TIP_OK)
			return st;
		i = items[n_items - 1].end - 1;
	}
	return TIP_OK;
}

tip_status
sym_scan(tip_doc *doc, int text, const pat_toks *tk, pat_spans *sp, int first,
		 pat_memory *mem)
{
	tip_status	st = scan_documents(doc, text, tk);

	if (st == TIP_OK)
		st = pat_spans_build(doc, first, sp);
	if (st != TIP_OK)
		return st;
	return scan_resolutions(doc, text, tk, sp, mem);
}
