/*
 * dates.c
 *	  Dates as UN reports write them, day before month: "2 May 2018",
 *	  "15–19 October 2018", "from 6 to 8 September 2017", "2 and 3 July
 *	  2018", "between 2018 and 2021", "October 2016", "2012–2014", "the
 *	  second half of 2012", "the last quarter of 2012", "late 2010", "the
 *	  end of July 2013", "March and November 2017" (the year is shared),
 *	  "October of that year", and bare years.
 *
 * Values: "YYYY-MM-DD", "YYYY-MM" or "YYYY", and "a/b" for ranges, halves
 * and quarters.  date_start and date_end are the first and the last day
 * covered; precision says what the text fixed (day, month, quarter, half,
 * year).  The surface leaves out a leading "in", "on", "since"; it keeps
 * "from ... to ...", "between ... and ..." and qualifiers ("late", "the end
 * of").  Not dates: years inside symbols and resolution numbers (taken
 * before), years closing a title ("Global Report on Trafficking in Persons
 * 2022"), years counted as numbers ("some 2000
 * participants"), days and months without a year in the sentence.
 */
#include <stdio.h>
#include <string.h>

#include "pat_int.h"

#define MAX_CHAIN 12			/* items in one list sharing a year */

/* A date as far as the text gives it; 0 = not given. */
typedef struct ditem
{
	uint32_t	s;
	uint32_t	e;
	int			y;
	int			m;
	int			d;
} ditem;

typedef struct dscan
{
	tip_doc    *doc;
	int			text;
	const pat_spans *sp;
	const char *t;
	uint32_t	n;
	int			last_year;		/* year of the last date found ... */
	int			last_sentence;	/* ... in this sentence */
} dscan;

static int
days_in_month(int y, int m)
{
	static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12)
		return 31;
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

/* A 4-digit year 1900..2199 standing alone at t[i]. */
static uint32_t
read_year(const char *t, uint32_t n, uint32_t i, int *y)
{
	int			v = 0;
	uint32_t	k;

	if (i + 4 > n || !pat_word_start(t, i))
		return 0;
	if (i > 0 && (t[i - 1] == '/' || t[i - 1] == '.' || t[i - 1] == '$' ||
				  t[i - 1] == ',' || (t[i - 1] == '-' && i >= 2 && lex_is_alpha((unsigned char) t[i - 2]))))
		return 0;
	for (k = 0; k < 4; k++)
	{
		if (!lex_is_digit((unsigned char) t[i + k]))
			return 0;
		v = v * 10 + (t[i + k] - '0');
	}
	if (!pat_word_end(t, n, i + 4) || v < 1900 || v > 2199)
		return 0;
	if (i + 5 < n && (t[i + 4] == '/' || ((t[i + 4] == '.' || t[i + 4] == ',') &&
										  lex_is_digit((unsigned char) t[i + 5]))))
		return 0;
	*y = v;
	return 4;
}

/* A day of the month, 1-2 digits, standing alone at t[i]. */
static uint32_t
read_day(const char *t, uint32_t n, uint32_t i, int *d)
{
	int			v = 0;
	uint32_t	k = 0;

	if (!pat_word_start(t, i) || (i > 0 && (t[i - 1] == '.' || t[i - 1] == '/' || t[i - 1] == '$')))
		return 0;
	while (i + k < n && k < 2 && lex_is_digit((unsigned char) t[i + k]))
		v = v * 10 + (t[i + k++] - '0');
	if (k == 0 || v < 1 || v > 31 || !pat_word_end(t, n, i + k))
		return 0;
	if (i + k + 1 < n && (t[i + k] == '/' || t[i + k] == '.') &&
		lex_is_digit((unsigned char) t[i + k + 1]))
		return 0;
	*d = v;
	return k;
}

/* A capitalised month name at t[i]. */
static uint32_t
read_month(const char *t, uint32_t n, uint32_t i, int *m)
{
	uint32_t	k = 0;

	if (i >= n || !lex_is_upper((unsigned char) t[i]) || !pat_word_start(t, i))
		return 0;
	while (i + k < n && k < 10 && lex_is_alpha((unsigned char) t[i + k]))
		k++;
	if (!pat_word_end(t, n, i + k))
		return 0;
	*m = lex_month(t + i, k);
	return *m ? k : 0;
}

/* "11/8/2020": day/month/year in figures, day first as UN texts write it. */
static int
read_numeric(const char *t, uint32_t n, uint32_t i, ditem *it)
{
	int			v[3] = {0, 0, 0};
	uint32_t	p = i;
	int			f;

	if (!pat_word_start(t, i) || (i > 0 && (t[i - 1] == '/' || t[i - 1] == '.')))
		return 0;
	for (f = 0; f < 3; f++)
	{
		uint32_t	k = 0;

		while (p + k < n && k < 4 && lex_is_digit((unsigned char) t[p + k]))
			v[f] = v[f] * 10 + (t[p + k++] - '0');
		if (k == 0 || (f < 2 && k > 2) || (f == 2 && k != 4))
			return 0;
		p += k;
		if (f < 2)
		{
			if (p >= n || t[p] != '/')
				return 0;
			p++;
		}
	}
	if (!pat_word_end(t, n, p) || (p < n && t[p] == '/') ||
		v[2] < 1900 || v[2] > 2199 || v[1] < 1 || v[1] > 12 || v[0] < 1 ||
		v[0] > days_in_month(v[2], v[1]))
		return 0;
	it->d = v[0];
	it->m = v[1];
	it->y = v[2];
	it->e = p;
	return 1;
}

/*
 * One date item at t[i]: "2 May 2018", "2 May", "May 2018", "May",
 * "2018", a lone day "2" (only as the first part of a range or pair), or
 * "11/8/2020" (day/month/year).  Returns 0 if none.
 */
static int
read_item(const char *t, uint32_t n, uint32_t i, ditem *it)
{
	uint32_t	k,
				p;

	memset(it, 0, sizeof(*it));
	it->s = i;
	if (read_numeric(t, n, i, it))
		return 1;
	if ((k = read_year(t, n, i, &it->y)) > 0)
	{
		it->e = i + k;
		return 1;
	}
	if ((k = read_day(t, n, i, &it->d)) > 0)
	{
		p = i + k;
		it->e = p;
		p = pat_skip_blanks(t, n, p);
		if ((k = read_month(t, n, p, &it->m)) > 0)
		{
			it->e = p + k;
			p = pat_skip_blanks(t, n, p + k);
			if ((k = read_year(t, n, p, &it->y)) > 0)
				it->e = p + k;
		}
		return 1;
	}
	if ((k = read_month(t, n, i, &it->m)) > 0)
	{
		it->e = i + k;
		p = pat_skip_blanks(t, n, i + k);
		if ((k = read_year(t, n, p, &it->y)) > 0)
			it->e = p + k;
		else
		{
			/* "October 15, 2018" */
			int			d = 0;
			uint32_t	q;

			if ((k = read_day(t, n, p, &d)) > 0 && p + k < n && t[p + k] == ',')
			{
				q = pat_skip_blanks(t, n, p + k + 1);
				if ((k = read_year(t, n, q, &it->y)) > 0)
				{
					it->d = d;
					it->e = q + k;
				}
			}
		}
		return 1;
	}
	return 0;
}

/* Does the item fix a date down to its level (day, month or year)? */
static int
item_complete(const ditem *it)
{
	if (it->y == 0)
		return 0;
	if (it->d && !it->m)
		return 0;
	return !it->d || it->d <= days_in_month(it->y, it->m);
}

static tip_date_precision
item_precision(const ditem *it)
{
	return it->d ? DP_DAY : it->m ? DP_MONTH : DP_YEAR;
}

/*
 * Complete x from y, the closing end of a range or the last item of a list
 * sharing its year: the missing month and year come from y ("6 to 8
 * September 2017"), and x must be given at y's level.
 */
static int
complete_from(ditem *x, const ditem *y, int same_level)
{
	if (!item_complete(y))
		return 0;
	if (x->d && !x->m)
	{
		if (!y->d)
			return 0;
		x->m = y->m;
	}
	if (same_level && item_precision(x) != item_precision(y) && !(x->d && y->d))
		return 0;
	if (!x->y)
	{
		if (!x->m)
			return 0;
		x->y = x->m > y->m && y->m ? y->y - 1 : y->y;
	}
	return item_complete(x);
}

static int
date_before(const ditem *a, const ditem *b)
{
	long		ka = a->y * 10000L + (a->m ? a->m : 1) * 100 + (a->d ? a->d : 1);
	long		kb = b->y * 10000L + (b->m ? b->m : 1) * 100 + (b->d ? b->d : 1);

	return ka < kb;
}

/* v (0 to 99) as two digits at o; returns where they end. */
static char *
put_2digits(char *o, int v)
{
	o[0] = (char) ('0' + v / 10);
	o[1] = (char) ('0' + v % 10);
	return o + 2;
}

/* Format one end of a value at a precision. */
static int
fmt_date(char *buf, size_t sz, int y, int m, int d, tip_date_precision p)
{
	/* by hand where it is what snprintf would write: it costs less */
	if (sz >= sizeof("YYYY-MM-DD") && y >= 0 && y <= 9999 && m >= 0 && m <= 99 &&
		d >= 0 && d <= 99)
	{
		char	   *o = buf;

		o = put_2digits(put_2digits(o, y / 100), y % 100);
		if (p != DP_YEAR)
		{
			*o++ = '-';
			o = put_2digits(o, m);
		}
		if (p == DP_DAY)
		{
			*o++ = '-';
			o = put_2digits(o, d);
		}
		*o = '\0';
		return (int) (o - buf);
	}
	if (p == DP_DAY)
		return snprintf(buf, sz, "%04d-%02d-%02d", y, m, d);
	if (p == DP_YEAR)
		return snprintf(buf, sz, "%04d", y);
	return snprintf(buf, sz, "%04d-%02d", y, m);
}

/*
 * Add a date mention over [s, e) from a to b (equal for a single date) at
 * precision p; a and b may leave out day or month as p allows.
 */
static tip_status
emit(dscan *sc, uint32_t s, uint32_t e, const ditem *a, const ditem *b, tip_date_precision p)
{
	char		v[64];
	int			len;
	tip_mention *m;
	int			am = a->m ? a->m : 1,
				bm = b->m ? b->m : 12;
	int			range = a->y != b->y || a->m != b->m || a->d != b->d;

	if (pat_taken(sc->sp, s, e))
		return TIP_OK;
	len = fmt_date(v, sizeof(v), a->y, am, a->d, p == DP_DAY ? DP_DAY : p == DP_YEAR ? DP_YEAR : DP_MONTH);
	if (range || p == DP_HALF || p == DP_QUARTER)
	{
		v[len++] = '/';
		len += fmt_date(v + len, sizeof(v) - (size_t) len, b->y, bm, b->d,
						p == DP_DAY ? DP_DAY : p == DP_YEAR ? DP_YEAR : DP_MONTH);
	}
	m = ann_add_mention(sc->doc, MK_DATE, sc->text, s, e);
	if (m == NULL)
		return TIP_ENOMEM;
	m->value = ann_strdup(sc->doc, v, (size_t) len);
	m->date_start.y = (int16_t) a->y;
	m->date_start.m = (int8_t) am;
	m->date_start.d = (int8_t) (a->d ? a->d : 1);
	m->date_end.y = (int16_t) b->y;
	m->date_end.m = (int8_t) bm;
	m->date_end.d = (int8_t) (b->d ? b->d : days_in_month(b->y, bm));
	m->precision = p;
	sc->last_year = b->y;
	sc->last_sentence = ann_sentence_at(sc->doc->ann, sc->text, s);
	return TIP_OK;
}

/* Length of a connector word w (and blanks after it) at t[i], else 0. */
static uint32_t
connector(const char *t, uint32_t n, uint32_t i, const char *w)
{
	if (!pat_word_is_ci(t, n, i, w))
		return 0;
	return pat_skip_blanks(t, n, i + (uint32_t) strlen(w)) - i;
}

/*
 * A range or pair starting with item x at i: "x–y", "x to y" (after
 * "from"), "x and y" (after "between", or two days of one month).
 * Returns the end, 0 if none; fills *x and *y.
 */
static uint32_t
match_range(dscan *sc, uint32_t i, int opener, ditem *x, ditem *y)
{
	const char *t = sc->t;
	uint32_t	n = sc->n;
	uint32_t	p,
				k;

	if (!read_item(t, n, i, x) || x->e >= n)
		return 0;
	p = pat_skip_blanks(t, n, x->e);
	if ((k = pat_dash_len(t, n, p)) > 0)
		p = pat_skip_blanks(t, n, p + k);
	else if (opener == 'f' && ((k = connector(t, n, p, "to")) > 0 || (k = connector(t, n, p, "until")) > 0))
		p += k;
	else if ((k = connector(t, n, p, "and")) > 0 && (opener == 'b' || (x->d && !x->m)))
		p += k;
	else
		return 0;
	/* "2012–13" */
	if (x->y && !x->m && p + 2 <= n && lex_is_digit((unsigned char) t[p]) &&
		lex_is_digit((unsigned char) t[p + 1]) && pat_word_end(t, n, p + 2) && pat_dash_len(t, n, p - 1))
	{
		memset(y, 0, sizeof(*y));
		y->s = p;
		y->e = p + 2;
		y->y = x->y / 100 * 100 + (t[p] - '0') * 10 + (t[p + 1] - '0');
		return y->y > x->y ? y->e : 0;
	}
	if (!read_item(t, n, p, y) || !complete_from(x, y, 1) || !date_before(x, y))
		return 0;
	return y->e;
}

/*
 * Is the year at it a number or part of a name rather than a date?
 * "Report 2022" (a title), "some 2000 participants".
 */
static int
year_not_date(const char *t, uint32_t n, const ditem *it)
{
	static const char *const counters[] = {
		"than", "some", "about", "approximately", "nearly", "almost", "over",
		"around", "of", "to", "total",
	};
	static const char *const openers[] = {
		"The", "This", "That", "Its", "Their", "Each", "In", "Since", "By",
		"During", "Until", "Till", "To", "Through", "From", "Between", "As", "At",
		"On", "Before", "After", "Throughout", "For", "Of", "And", "Also", "Late",
		"Early", "Mid", "End", "With", "Within", "Under", "Over", "Then",
	};
	uint32_t	w = pat_prev_word(t, it->s);
	uint32_t	after = pat_skip_blanks(t, n, it->e);
	size_t		k;
	int			m;

	if (w < it->s && lex_is_upper((unsigned char) t[w]) && t[it->s - 1] == ' ' &&
		!read_month(t, n, w, &m))
	{
		for (k = 0; k < sizeof(openers) / sizeof(openers[0]); k++)
			if (pat_word_is(t, n, w, openers[k]))
				break;
		if (k == sizeof(openers) / sizeof(openers[0]))
			return 1;			/* closes a title */
	}
	if (after == it->e + 1 && after < n && lex_is_lower((unsigned char) t[after]))
	{
		uint32_t	e = after;

		while (e < n && lex_is_lower((unsigned char) t[e]))
			e++;
		if (e - after > 3 && t[e - 1] == 's' && t[e - 2] != 's' && t[e - 2] != 'u' &&
			t[e - 2] != 'i')
			for (k = 0; k < sizeof(counters) / sizeof(counters[0]); k++)
				if (w < it->s && pat_word_is(t, n, w, counters[k]))
					return 1;	/* some 2000 participants */
	}
	return 0;
}

/* Qualifiers before a year or month: length matched, and what they make. */
static uint32_t
match_qualifier(const char *t, uint32_t n, uint32_t i, tip_date_precision *p, int *part)
{
	static const struct
	{
		const char *w;
		tip_date_precision p;
		int			part;
	}			q[] = {
		{"the first half of", DP_HALF, 1},
		{"the second half of", DP_HALF, 2},
		{"the first quarter of", DP_QUARTER, 1},
		{"the second quarter of", DP_QUARTER, 2},
		{"the third quarter of", DP_QUARTER, 3},
		{"the fourth quarter of", DP_QUARTER, 4},
		{"the last quarter of", DP_QUARTER, 4},
		{"the final quarter of", DP_QUARTER, 4},
		{"the end of", DP_NONE, 0},
		{"the beginning of", DP_NONE, 0},
		{"the start of", DP_NONE, 0},
		{"the middle of", DP_NONE, 0},
		{"the turn of", DP_NONE, 0},
		{"late", DP_NONE, 0},
		{"early", DP_NONE, 0},
		{"mid-", DP_NONE, 0},
		{"mid", DP_NONE, 0},
	};
	size_t		k;

	/*
	 * Only "the ..." opens with a t, and what follows "the " opens with one
	 * of these letters: any other "the" (most of them) is no qualifier.
	 */
	if ((t[i] | 0x20) == 't' &&
		(i + 4 >= n || strchr("fstlebm", t[i + 4] | 0x20) == NULL))
		return 0;
	for (k = 0; k < sizeof(q) / sizeof(q[0]); k++)
	{
		size_t		l;

		/* "the ...": compare the letter after "the " before the rest */
		if ((t[i] | 0x20) != q[k].w[0] ||
			(q[k].w[0] == 't' && i + 4 < n && (t[i + 4] | 0x20) != q[k].w[4]) ||
			!lex_starts_with_ci(t + i, n - i, q[k].w))
			continue;
		l = strlen(q[k].w);
		if (q[k].w[l - 1] == '-' || (i + l < n && t[i + l] == ' '))
		{
			*p = q[k].p;
			*part = q[k].part;
			return pat_skip_blanks(t, n, i + (uint32_t) l) - i;
		}
	}
	return 0;
}

/*
 * A month or day-month without its year, followed by more of a list that
 * ends with the year ("March and November 2017", "8 March and 30 April
 * 2011"): give x that year.
 */
static int
year_from_list(const char *t, uint32_t n, ditem *x)
{
	uint32_t	p = x->e;
	int			k;

	for (k = 0; k < MAX_CHAIN; k++)
	{
		ditem		y;
		uint32_t	c;

		if (p < n && t[p] == ',')
			p++;
		p = pat_skip_blanks(t, n, p);
		if ((c = connector(t, n, p, "and")) > 0 || (c = connector(t, n, p, "or")) > 0)
			p += c;
		if (!read_item(t, n, p, &y) || (y.d && !y.m) || (!y.m && y.y))
			return 0;
		if (y.y)
			return complete_from(x, &y, 0);
		if (y.e <= p)
			return 0;
		p = y.e;
	}
	return 0;
}

/*
 * A day and month named by its occasion before the year: "8 March,
 * International Women's Day, in 2011".  Gives x the year; returns the end.
 */
static uint32_t
day_with_occasion(const char *t, uint32_t n, ditem *x)
{
	uint32_t	p = x->e,
				lim;
	ditem		y;

	if (!x->d || !x->m || p + 2 >= n || t[p] != ',' || t[p + 1] != ' ' ||
		!lex_is_upper((unsigned char) t[p + 2]))
		return 0;
	lim = p + 80 < n ? p + 80 : n;
	for (p += 2; p < lim && t[p] != ','; p++)
		if (lex_is_digit((unsigned char) t[p]) || t[p] == '.' || t[p] == ';' || t[p] == '(')
			return 0;
	if (p >= lim || !lex_starts_with(t + p, n - p, ", in "))
		return 0;
	if (!read_item(t, n, p + 5, &y) || y.m || !y.y)
		return 0;
	x->y = y.y;
	if (!item_complete(x))
		return 0;
	return y.e;
}

/* "October of that year": the year of the sentence's last date. */
static uint32_t
of_that_year(dscan *sc, ditem *x)
{
	static const char *const tails[] = {" of that year", " of the same year"};
	size_t		k;

	if (sc->last_year == 0 ||
		sc->last_sentence != ann_sentence_at(sc->doc->ann, sc->text, x->s))
		return 0;
	for (k = 0; k < 2; k++)
		if (lex_starts_with(sc->t + x->e, sc->n - x->e, tails[k]))
		{
			x->y = sc->last_year;
			return x->e + (uint32_t) strlen(tails[k]);
		}
	return 0;
}

/* Try every form at word start i; returns the end of what matched, or 0. */
static uint32_t
match_at(dscan *sc, uint32_t i, tip_status *st)
{
	const char *t = sc->t;
	uint32_t	n = sc->n;
	ditem		x,
				y;
	uint32_t	k,
				e;
	tip_date_precision qp;
	int			part;

	*st = TIP_OK;
	/* from ... to ..., between ... and ... */
	if ((k = connector(t, n, i, "from")) > 0 && (e = match_range(sc, i + k, 'f', &x, &y)) > 0)
	{
		*st = emit(sc, i, e, &x, &y, item_precision(&y));
		return e;
	}
	if ((k = connector(t, n, i, "between")) > 0 && (e = match_range(sc, i + k, 'b', &x, &y)) > 0)
	{
		*st = emit(sc, i, e, &x, &y, item_precision(&y));
		return e;
	}
	/* the second half of 2012, late 2010, the end of July 2013 */
	if ((k = match_qualifier(t, n, i, &qp, &part)) > 0 && read_item(t, n, i + k, &x) &&
		item_complete(&x) && !x.d && (qp == DP_NONE || !x.m))
	{
		if (qp == DP_NONE)
			*st = emit(sc, i, x.e, &x, &x, item_precision(&x));
		else
		{
			int			span = qp == DP_HALF ? 6 : 3;

			y = x;
			x.m = (part - 1) * span + 1;
			y.m = part * span;
			*st = emit(sc, i, x.e, &x, &y, qp);
		}
		return x.e;
	}
	/* 15–19 October 2018, 2 and 3 July 2018, 2012–2014 */
	if ((e = match_range(sc, i, 0, &x, &y)) > 0)
	{
		*st = emit(sc, i, e, &x, &y, item_precision(&y));
		return e;
	}
	if (!read_item(t, n, i, &x))
		return 0;
	if (x.d && !x.m)
		return x.e;				/* a lone number */
	if (x.y == 0)
	{
		if ((e = of_that_year(sc, &x)) > 0 || (e = day_with_occasion(t, n, &x)) > 0)
		{
			*st = emit(sc, i, e, &x, &x, item_precision(&x));
			return e;
		}
		if (year_from_list(t, n, &x))
			*st = emit(sc, i, x.e, &x, &x, item_precision(&x));
		return x.e;
	}
	if (!item_complete(&x))
		return x.e;
	if (!x.m && year_not_date(t, n, &x))
		return x.e;
	*st = emit(sc, i, x.e, &x, &x, item_precision(&x));
	return x.e;
}

/*
 * Can a date start with the word at t[i]?  A number; the words that open
 * ranges, in either case (from, between); a qualifier (the ... of, late,
 * early, mid), which is all "the" can open; a month name, which
 * read_month() takes only capitalised.  Any other word fails every form of
 * match_at(), so it is not tried.
 */
static int
may_open_date(const char *t, uint32_t n, uint32_t i)
{
	unsigned char c = (unsigned char) t[i];
	uint32_t	e = i;
	const char *w = t + i;

	if (lex_is_digit(c))
		return 1;
	while (e < n && lex_is_alpha((unsigned char) t[e]))
		e++;
	if (lex_is_upper(c) && lex_month(w, e - i) > 0)
		return 1;
	switch (e - i)
	{
		case 3:
			if (lex_equals_ci(w, 3, "the"))
			{
				tip_date_precision p;
				int			part;

				return match_qualifier(t, n, i, &p, &part) > 0;
			}
			return lex_equals_ci(w, 3, "mid");
		case 4:
			return lex_equals_ci(w, 4, "from") || lex_equals_ci(w, 4, "late");
		case 5:
			return lex_equals_ci(w, 5, "early");
		case 7:
			return lex_equals_ci(w, 7, "between");
		default:
			return 0;
	}
}

tip_status
date_scan(tip_doc *doc, int text, const pat_toks *tk, const pat_spans *sp)
{
	const tip_text *tx = &doc->ann->texts[text];
	dscan		sc;
	uint32_t	i = 0;
	int			w = 0;

	sc.doc = doc;
	sc.text = text;
	sc.sp = sp;
	sc.t = tx->text.p;
	sc.n = tx->text.n;
	sc.last_year = 0;
	sc.last_sentence = -1;
	/* what is between two tokens could not open a date */
	while ((i = pat_toks_next(tk, &w, i, PT_DATE)) < sc.n)
	{
		tip_status	st;
		uint32_t	e;

		if (ann_tick(doc, 64))
			return TIP_ECANCEL;
		if (!pat_is_alnum((unsigned char) sc.t[i]))
		{
			i++;
			continue;
		}
		if (pat_word_start(sc.t, i) && may_open_date(sc.t, sc.n, i) &&
			(e = match_at(&sc, i, &st)) > i)
		{
			if (st != TIP_OK)
				return st;
			i = e;
			continue;
		}
		/* the next token is past this word */
		i++;
	}
	return TIP_OK;
}
