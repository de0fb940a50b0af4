/*
 * lex.c
 *	  Small lexical recognisers shared by the stages: character classes,
 *	  Roman numerals, month names, ordinal words, UN document symbols, job
 *	  numbers and the date forms of mastheads.
 */
#include <string.h>

#include "internal.h"

/* ASCII lower case of one byte; other bytes unchanged. */
static inline unsigned char
fold(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char) (c | 0x20) : c;
}

/*
 * Does s (length n) start with prefix?  The prefix is walked up to its NUL
 * and the walk stops at the first difference: no strlen() of the prefix,
 * which the recognisers call at nearly every word.
 */
int
lex_starts_with(const char *s, size_t n, const char *prefix)
{
	size_t		k;

	for (k = 0; prefix[k] != '\0'; k++)
		if (k >= n || s[k] != prefix[k])
			return 0;
	return 1;
}

/* The same, ignoring ASCII case. */
int
lex_starts_with_ci(const char *s, size_t n, const char *prefix)
{
	size_t		k;

	for (k = 0; prefix[k] != '\0'; k++)
		if (k >= n || fold((unsigned char) s[k]) != fold((unsigned char) prefix[k]))
			return 0;
	return 1;
}

/* Is s[0..n) exactly the string w? */
int
lex_equals(const char *s, size_t n, const char *w)
{
	size_t		k;

	for (k = 0; k < n; k++)
		if (w[k] == '\0' || s[k] != w[k])
			return 0;
	return w[n] == '\0';
}

/* The same, ignoring ASCII case. */
int
lex_equals_ci(const char *s, size_t n, const char *w)
{
	size_t		k;

	for (k = 0; k < n; k++)
		if (w[k] == '\0' || fold((unsigned char) s[k]) != fold((unsigned char) w[k]))
			return 0;
	return w[n] == '\0';
}

/* First occurrence of needle in s[0..n), or NULL. */
const char *
lex_find(const char *s, size_t n, const char *needle)
{
	size_t		nl = strlen(needle),
				k;

	if (nl == 0 || n < nl)
		return NULL;
	for (k = 0; k + nl <= n; k++)
	{
		const char *p = memchr(s + k, needle[0], n - nl + 1 - k);

		if (p == NULL)
			return NULL;
		k = (size_t) (p - s);
		if (memcmp(p, needle, nl) == 0)
			return p;
	}
	return NULL;
}

/* Case-insensitive lex_find. */
const char *
lex_find_ci(const char *s, size_t n, const char *needle)
{
	size_t		nl = strlen(needle),
				k;

	if (nl == 0 || n < nl)
		return NULL;
	for (k = 0; k + nl <= n; k++)
		if (lex_starts_with_ci(s + k, n - k, needle))
			return s + k;
	return NULL;
}

/* Value of a well-formed Roman numeral of 1..89 in s[0..n), else 0. */
int
lex_roman_value(const char *s, size_t n)
{
	static const char *const units[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
	static const char *const tens[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX"};
	int			t,
				u;

	if (n == 0 || n > 8)
		return 0;
	for (t = 0; t < 9; t++)
	{
		size_t		tl = strlen(tens[t]);

		if (n < tl || memcmp(s, tens[t], tl) != 0)
			continue;
		for (u = 0; u < 10; u++)
		{
			size_t		ul = strlen(units[u]);

			if (tl + ul == n && memcmp(s + tl, units[u], ul) == 0 && t * 10 + u > 0)
				return t * 10 + u;
		}
	}
	return 0;
}

/* Month number of an English month name filling s[0..n), else 0. */
int
lex_month(const char *s, size_t n)
{
	static const char *const months[] = {
		"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"
	};
	int			m;

	if (n < 3 || n > 9)
		return 0;
	for (m = 0; m < 12; m++)
		if ((s[0] | 0x20) == months[m][0] && lex_equals_ci(s, n, months[m]))
			return m + 1;
	return 0;
}

/*
 * Value of an English ordinal word at s ("ninth", "twenty-first",
 * "Seventy-second", "21st"), with *used set to its length; 0 if none.
 */
int
lex_ordinal(const char *s, size_t n, size_t *used)
{
	static const char *const ones[] = {
		"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
		"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
		"fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
		"nineteenth"
	};
	static const char *const tens_ord[] = {
		"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
		"seventieth", "eightieth", "ninetieth"
	};
	static const char *const tens[] = {
		"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
	};
	size_t		k;
	int			t;

	*used = 0;
	/* numeric forms: 21st, 2nd, 3rd, 4th */
	if (n > 0 && lex_is_digit((unsigned char) s[0]))
	{
		int			v = 0;

		for (k = 0; k < n && k < 3 && lex_is_digit((unsigned char) s[k]); k++)
			v = v * 10 + (s[k] - '0');
		if (k + 2 <= n && (lex_starts_with_ci(s + k, n - k, "st") || lex_starts_with_ci(s + k, n - k, "nd") ||
						   lex_starts_with_ci(s + k, n - k, "rd") || lex_starts_with_ci(s + k, n - k, "th")) &&
			(k + 2 == n || !lex_is_alpha((unsigned char) s[k + 2])))
		{
			*used = k + 2;
			return v;
		}
		return 0;
	}
	for (t = 0; t < 8; t++)
	{
		size_t		tl = strlen(tens[t]);

		if (lex_starts_with_ci(s, n, tens[t]) && tl < n && s[tl] == '-')
		{
			int			o;

			for (o = 0; o < 9; o++)
			{
				size_t		ol = strlen(ones[o]);

				if (lex_starts_with_ci(s + tl + 1, n - tl - 1, ones[o]) &&
					(tl + 1 + ol == n || !lex_is_alpha((unsigned char) s[tl + 1 + ol])))
				{
					*used = tl + 1 + ol;
					return (t + 2) * 10 + o + 1;
				}
			}
		}
		if (lex_starts_with_ci(s, n, tens_ord[t]) &&
			(strlen(tens_ord[t]) == n || !lex_is_alpha((unsigned char) s[strlen(tens_ord[t])])))
		{
			*used = strlen(tens_ord[t]);
			return (t + 2) * 10;
		}
	}
	for (k = 0; k < 19; k++)
	{
		size_t		ol = strlen(ones[k]);

		if (lex_starts_with_ci(s, n, ones[k]) && (ol == n || !lex_is_alpha((unsigned char) s[ol])))
		{
			*used = ol;
			return (int) k + 1;
		}
	}
	return 0;
}

/*
 * Length of a UN document symbol at s ("CTOC/COP/WG.4/2017/2",
 * "E/CN.15/2012/16", "A/RES/71/167", "S/RES/2331(2016)", "A/71/119"), or 0.
 * The first part is 1-8 capitals; parts are joined by '/'; at least one
 * part holds a digit.  A final '.' belongs to the sentence, not the symbol.
 */
size_t
lex_symbol(const char *s, size_t n)
{
	size_t		p = 0,
				parts = 1,
				last_good = 0;
	int			digit = 0;

	while (p < n && p < 8 && lex_is_upper((unsigned char) s[p]))
		p++;
	if (p == 0 || p >= n || s[p] != '/')
		return 0;
	while (p < n && s[p] == '/' && p < 120)
	{
		size_t		q = p + 1,
					seg;

		while (q < n && (lex_is_alpha((unsigned char) s[q]) || lex_is_digit((unsigned char) s[q]) ||
						 (s[q] == '.' && q + 1 < n && lex_is_alnum_next(s, q, n))))
		{
			if (lex_is_digit((unsigned char) s[q]))
				digit = 1;
			q++;
		}
		seg = q - p - 1;
		if (seg == 0 || seg > 12)
			break;
		/* the first letter of a part is a capital or a digit ("Add.1" ok) */
		if (lex_is_lower((unsigned char) s[p + 1]))
			break;
		/* S/RES/2331(2016) */
		if (q + 6 <= n && s[q] == '(' && lex_is_digit((unsigned char) s[q + 1]) &&
			lex_is_digit((unsigned char) s[q + 4]) && s[q + 5] == ')')
			q += 6;
		parts++;
		p = q;
		last_good = q;
	}
	if (parts < 2 || !digit || last_good == 0)
		return 0;
	/* the symbol must end at a word boundary */
	if (last_good < n && (lex_is_alpha((unsigned char) s[last_good]) || lex_is_digit((unsigned char) s[last_good])))
		return 0;
	return last_good;
}

/*
 * Length of a UN job number at s: "V.12-54629", "GE.12-12345" or
 * "12-34567" followed by "(E)"; 0 if none.
 */
size_t
lex_job_number(const char *s, size_t n)
{
	size_t		p = 0,
				d;

	while (p < n && p < 3 && lex_is_upper((unsigned char) s[p]))
		p++;
	if (p > 0)
	{
		if (p >= n || s[p] != '.')
			return 0;
		p++;
	}
	for (d = 0; d < 2; d++, p++)
		if (p >= n || !lex_is_digit((unsigned char) s[p]))
			return 0;
	if (p >= n || s[p] != '-')
		return 0;
	p++;
	for (d = 0; p < n && lex_is_digit((unsigned char) s[p]); d++, p++)
		;
	if (d < 4 || d > 6)
		return 0;
	if (p < n && (lex_is_alpha((unsigned char) s[p]) || s[p] == '/'))
		return 0;
	if (s[0] >= '0' && s[0] <= '9' && !lex_starts_with(s + p, n - p, " (E)"))
		return 0;
	return p;
}

/* Is the character after the '.' at q alphanumeric (so the '.' is inside)? */
int
lex_is_alnum_next(const char *s, size_t q, size_t n)
{
	return q + 1 < n && (lex_is_alpha((unsigned char) s[q + 1]) || lex_is_digit((unsigned char) s[q + 1]));
}

/* Length of a dash (-, en dash, em dash) at s, else 0. */
static size_t
dash_len(const char *s, size_t n)
{
	if (n >= 1 && s[0] == '-')
		return 1;
	if (n >= 3 && (unsigned char) s[0] == 0xE2 && (unsigned char) s[1] == 0x80 &&
		((unsigned char) s[2] == 0x93 || (unsigned char) s[2] == 0x94))
		return 3;
	return 0;
}

/* Read 1-2 digit day at s; returns length. */
static size_t
read_day(const char *s, size_t n, int *day)
{
	size_t		k = 0;
	int			v = 0;

	while (k < n && k < 2 && lex_is_digit((unsigned char) s[k]))
		v = v * 10 + (s[k++] - '0');
	if (k == 0 || v < 1 || v > 31 || (k < n && lex_is_digit((unsigned char) s[k])))
		return 0;
	*day = v;
	return k;
}

/* Read a month name at s; returns length. */
static size_t
read_month(const char *s, size_t n, int *month)
{
	size_t		k = 0;

	while (k < n && lex_is_alpha((unsigned char) s[k]))
		k++;
	*month = lex_month(s, k);
	return *month ? k : 0;
}

/* Read a four-digit year 1900..2199 at s; returns length. */
static size_t
read_year(const char *s, size_t n, int *year)
{
	int			v = 0,
				k;

	if (n < 4)
		return 0;
	for (k = 0; k < 4; k++)
	{
		if (!lex_is_digit((unsigned char) s[k]))
			return 0;
		v = v * 10 + (s[k] - '0');
	}
	if ((n > 4 && lex_is_digit((unsigned char) s[4])) || v < 1900 || v > 2199)
		return 0;
	*year = v;
	return 4;
}

static size_t
skip_spaces(const char *s, size_t n, size_t p)
{
	while (p < n && (s[p] == ' ' || s[p] == COLUMN_GAP))
		p++;
	return p;
}

/*
 * Parse a masthead date at s: "23 July 2018", "15–19 October 2018",
 * "30 September–4 October 2019", "30 December 2019–3 January 2020".
 * Sets *from and *to (equal for a single day); returns length or 0.
 */
size_t
lex_date(const char *s, size_t n, tip_date *from, tip_date *to)
{
	int			d1,
				m1 = 0,
				y1 = 0,
				d2 = 0,
				m2 = 0,
				y2 = 0;
	size_t		p,
				k;

	if ((k = read_day(s, n, &d1)) == 0)
		return 0;
	p = skip_spaces(s, n, k);
	if ((k = dash_len(s + p, n - p)) > 0 ||
		(p > 0 && s[p - 1] == ' ' && (lex_starts_with(s + p, n - p, "and ") || lex_starts_with(s + p, n - p, "to ")) &&
		 (k = (s[p] == 'a' ? 3 : 2)) > 0 && p + k + 1 < n && lex_is_digit((unsigned char) s[p + k + 1])))
	{
		/* 15–19 October 2018, 6 and 7 September 2017, 10 to 12 October 2011 */
		p = skip_spaces(s, n, p + k);
		if ((k = read_day(s + p, n - p, &d2)) == 0)
			return 0;
		p = skip_spaces(s, n, p + k);
		if ((k = read_month(s + p, n - p, &m2)) == 0)
			return 0;
		p = skip_spaces(s, n, p + k);
		if ((k = read_year(s + p, n - p, &y2)) == 0)
			return 0;
		p += k;
		m1 = m2;
		y1 = y2;
	}
	else
	{
		if ((k = read_month(s + p, n - p, &m1)) == 0)
			return 0;
		p = skip_spaces(s, n, p + k);
		k = read_year(s + p, n - p, &y1);
		if (k > 0)
			p += k;
		d2 = d1;
		m2 = m1;
		{
			size_t		q = skip_spaces(s, n, p),
						dl = dash_len(s + q, n - q);

			if (dl > 0)
			{
				/* 30 September–4 October 2019, 30 December 2019–3 January 2020 */
				size_t		r = skip_spaces(s, n, q + dl);

				if ((k = read_day(s + r, n - r, &d2)) > 0)
				{
					r = skip_spaces(s, n, r + k);
					if ((k = read_month(s + r, n - r, &m2)) > 0)
					{
						r = skip_spaces(s, n, r + k);
						if ((k = read_year(s + r, n - r, &y2)) > 0)
						{
							p = r + k;
							if (y1 == 0)
								y1 = (m1 > m2) ? y2 - 1 : y2;
						}
					}
				}
			}
		}
		if (y1 == 0)
			return 0;
		if (y2 == 0)
			y2 = y1;
	}
	from->y = (int16_t) y1;
	from->m = (int8_t) m1;
	from->d = (int8_t) d1;
	to->y = (int16_t) y2;
	to->m = (int8_t) m2;
	to->d = (int8_t) d2;
	return p;
}

/*
 * Does the text end with a word that cannot end a title or heading ("of",
 * "the", "and", ...) or with a comma, colon or hyphen?  Then the line was
 * wrapped and continues.
 */
int
lex_ends_with_connector(const char *t, size_t n)
{
	static const char *const words[] = {
		"the", "of", "and", "in", "for", "to", "on", "against", "by", "with",
		"a", "an", "its", "their", "or", "from", "at", "into", "through",
		"between", "as", "under", "within", "among"
	};
	size_t		s,
				k;

	while (n > 0 && t[n - 1] == ' ')
		n--;
	if (n == 0)
		return 0;
	if (t[n - 1] == ',' || t[n - 1] == ':' || t[n - 1] == '-' || t[n - 1] == ';')
		return 1;
	s = n;
	while (s > 0 && lex_is_alpha((unsigned char) t[s - 1]))
		s--;
	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (lex_equals_ci(t + s, n - s, words[k]))
			return 1;
	return 0;
}

/*
 * Did a line of len bytes end on purpose?  It did if it does not end with a
 * connector and the first word of the next line (next, nn) would still have
 * fitted within width: a typesetter wraps only when a word does not fit.
 */
int
lex_ended_on_purpose(const char *t, size_t len, size_t indent, const char *next, size_t nn, size_t width)
{
	size_t		w = 0;

	if (lex_ends_with_connector(t, len))
		return 0;
	/* nothing new starts in lower case */
	if (nn > 0 && lex_is_lower((unsigned char) next[0]))
		return 0;
	while (w < nn && next[w] != ' ' && next[w] != COLUMN_GAP)
		w++;
	return indent + len + 1 + w <= width;
}
