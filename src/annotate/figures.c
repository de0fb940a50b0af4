/*
 * figures.c
 *	  Money ("$2 million", "US$ 25,000", "EUR 1.5 million", "2 million
 *	  United States dollars") and quantities: a number and what it counts
 *	  ("1,200 practitioners", "106 jurisdictions", "eight countries",
 *	  "71 per cent").
 *
 * value is the number in plain digits ("2000000", "1.5"), number the same
 * as a double; unit is the currency code (USD for "$", as UN texts use it)
 * or the counted noun as written in lower case, or "per cent".  A quantity
 * needs its noun: a number on its own (paragraph 12, article 5) is none.
 * Numbers inside dates, symbols and resolution numbers are taken before
 * and skipped.  The surface leaves out "more than", "some", "up to".
 */
#include <stdio.h>
#include <string.h>

#include "pat_int.h"

#define MAX_NOUN_GAP 3			/* adjectives between a number and its noun */

typedef struct fnum
{
	uint32_t	s;
	uint32_t	e;
	double		v;
} fnum;

/* A number in figures at t[i]: "1,200", "1.5", "25,000" ; 0 if none. */
static int
read_figure(const char *t, uint32_t n, uint32_t i, fnum *f)
{
	uint32_t	p = i;
	double		v = 0,
				scale = 0.1;
	int			digits = 0;

	/* callers pass the position after a currency, which may be the end */
	if (i >= n || !pat_word_start(t, i) || !lex_is_digit((unsigned char) t[i]))
		return 0;
	if (i > 0 && (t[i - 1] == '/' || t[i - 1] == '.' || t[i - 1] == '-' || t[i - 1] == ','))
		return 0;
	while (p < n && digits < 15)
	{
		if (lex_is_digit((unsigned char) t[p]))
		{
			v = v * 10 + (t[p] - '0');
			digits++;
			p++;
		}
		else if (t[p] == ',' && p + 3 < n && lex_is_digit((unsigned char) t[p + 1]) &&
				 lex_is_digit((unsigned char) t[p + 2]) && lex_is_digit((unsigned char) t[p + 3]) &&
				 (p + 4 >= n || !lex_is_digit((unsigned char) t[p + 4])))
			p++;
		else
			break;
	}
	if (p + 1 < n && t[p] == '.' && lex_is_digit((unsigned char) t[p + 1]))
	{
		p++;
		while (p < n && lex_is_digit((unsigned char) t[p]) && scale > 1e-6)
		{
			v += (t[p] - '0') * scale;
			scale /= 10;
			p++;
		}
	}
	if (!pat_word_end(t, n, p) || (p < n && (t[p] == '/' || t[p] == '.') && p + 1 < n &&
								   lex_is_digit((unsigned char) t[p + 1])))
		return 0;
	f->s = i;
	f->e = p;
	f->v = v;
	return 1;
}

/*
 * Can a number word start with this letter?  two ... twenty: t, f, s, e, n
 * in either case.
 */
static inline int
number_word_initial(unsigned char c)
{
	switch (c | 0x20)
	{
		case 't':
		case 'f':
		case 's':
		case 'e':
		case 'n':
			return lex_is_alpha(c);
		default:
			return 0;
	}
}

/* Number words and their values, by initial (see number_word_value). */
typedef struct number_word
{
	pat_word	w;
	int			value;
} number_word;

static const number_word number_words_e[] = {
	{PAT_WORD("eight"), 8}, {PAT_WORD("eleven"), 11}, {PAT_WORD("eighteen"), 18},
	{PAT_WORD("eighty"), 80}, {{NULL, 0}, 0}
};
static const number_word number_words_f[] = {
	{PAT_WORD("four"), 4}, {PAT_WORD("five"), 5}, {PAT_WORD("fourteen"), 14},
	{PAT_WORD("fifteen"), 15}, {PAT_WORD("forty"), 40}, {PAT_WORD("fifty"), 50},
	{{NULL, 0}, 0}
};
static const number_word number_words_n[] = {
	{PAT_WORD("nine"), 9}, {PAT_WORD("nineteen"), 19}, {PAT_WORD("ninety"), 90},
	{{NULL, 0}, 0}
};
static const number_word number_words_s[] = {
	{PAT_WORD("six"), 6}, {PAT_WORD("seven"), 7}, {PAT_WORD("sixteen"), 16},
	{PAT_WORD("seventeen"), 17}, {PAT_WORD("sixty"), 60}, {PAT_WORD("seventy"), 70},
	{{NULL, 0}, 0}
};
static const number_word number_words_t[] = {
	{PAT_WORD("two"), 2}, {PAT_WORD("three"), 3}, {PAT_WORD("ten"), 10},
	{PAT_WORD("twelve"), 12}, {PAT_WORD("thirteen"), 13}, {PAT_WORD("twenty"), 20},
	{PAT_WORD("thirty"), 30}, {{NULL, 0}, 0}
};

/*
 * The number word at word start t[i] ("eight" 8, "forty" 40), ignoring
 * ASCII case, and in *e where it ends; 0 if there is none.  A number word
 * is the whole run of letters there.  Most words that reach here open with
 * one of these initials ("the", "for", "states"); only the few number
 * words of the same initial are compared, and a comparison mostly fails
 * at the second or third letter, well before the end of a long word.
 */
static int
number_word_value(const char *t, uint32_t n, uint32_t i, uint32_t *e)
{
	const number_word *nw;

	switch (t[i] | 0x20)
	{
		case 'e':
			nw = number_words_e;
			break;
		case 'f':
			nw = number_words_f;
			break;
		case 'n':
			nw = number_words_n;
			break;
		case 's':
			nw = number_words_s;
			break;
		case 't':
			nw = number_words_t;
			break;
		default:
			return 0;
	}
	for (; nw->w.w != NULL; nw++)
	{
		uint32_t	end = i + nw->w.len;

		/* the initial matches: compare two more letters before the rest */
		if (end <= n &&
			(t[i + 1] | 0x20) == nw->w.w[1] && (t[i + 2] | 0x20) == nw->w.w[2] &&
			lex_equals_ci(t + i, nw->w.len, nw->w.w) &&
			(end == n || !lex_is_alpha((unsigned char) t[end])))
		{
			*e = end;
			return nw->value;
		}
	}
	return 0;
}

/* A number word at t[i] ("eight", "twenty-five"); 0 if none. */
static int
read_number_word(const char *t, uint32_t n, uint32_t i, fnum *f)
{
	/* what may follow a ten and a hyphen */
	static const pat_word units[] = {
		PAT_WORD("two"), PAT_WORD("three"), PAT_WORD("four"), PAT_WORD("five"),
		PAT_WORD("six"), PAT_WORD("seven"), PAT_WORD("eight"), PAT_WORD("nine"),
	};
	uint32_t	e = i;
	int			v;
	size_t		u;

	if (!pat_word_start(t, i) || !number_word_initial((unsigned char) t[i]))
		return 0;
	v = number_word_value(t, n, i, &e);
	if (v >= 20)
	{
		f->s = i;
		f->e = e;
		f->v = (double) v;
		if (e < n && t[e] == '-')
		{
			for (u = 0; u < sizeof(units) / sizeof(units[0]); u++)
				if (pat_word_is_ci(t, n, e + 1, units[u].w))
				{
					f->v += (double) u + 2;
					f->e = e + 1 + units[u].len;
					return 1;
				}
			return 0;
		}
		return 1;
	}
	if (v == 0 || (e < n && t[e] == '-'))
		return 0;
	f->s = i;
	f->e = e;
	f->v = (double) v;
	return 1;
}

/* " million" and the like after a number: multiplies f and extends it. */
static void
read_scale(const char *t, uint32_t n, fnum *f)
{
	static const struct
	{
		const char *w;
		double		m;
	}			sc[] = {{"million", 1e6}, {"billion", 1e9}, {"thousand", 1e3}};
	uint32_t	p = pat_skip_blanks(t, n, f->e);
	size_t		k;

	if (p == f->e)
		return;
	for (k = 0; k < 3; k++)
		if (pat_word_is(t, n, p, sc[k].w))
		{
			f->v *= sc[k].m;
			f->e = p + (uint32_t) strlen(sc[k].w);
			return;
		}
}

/* Currency sign or code at t[i]: its length and code; 0 if none. */
static uint32_t
currency_before(const char *t, uint32_t n, uint32_t i, const char **code)
{
	static const struct
	{
		const char *w;
		const char *code;
	}			cur[] = {
		{"US$", "USD"}, {"\\$", "USD"}, {"$", "USD"}, {"USD", "USD"},
		{"\xE2\x82\xAC", "EUR"}, {"EUR", "EUR"}, {"\xC2\xA3", "GBP"}, {"GBP", "GBP"},
		{"CHF", "CHF"},
	};
	size_t		k;

	/* the first bytes of the signs and codes above */
	switch ((unsigned char) t[i])
	{
		case 'U':
		case '\\':
		case '$':
		case 'E':
		case 0xE2:
		case 0xC2:
		case 'G':
		case 'C':
			break;
		default:
			return 0;
	}
	for (k = 0; k < sizeof(cur) / sizeof(cur[0]); k++)
		if (cur[k].w[0] == t[i] && lex_starts_with(t + i, n - i, cur[k].w))
		{
			uint32_t	l = (uint32_t) strlen(cur[k].w);

			if (lex_is_alpha((unsigned char) cur[k].w[0]) &&
				(!pat_word_start(t, i) || !pat_word_end(t, n, i + l)))
				continue;
			if (k == 2 && i > 0 && t[i - 1] == '\\')
				continue;		/* the escape was seen first */
			*code = cur[k].code;
			return l;
		}
	return 0;
}

/* Currency written after the number: "dollars", "euros"; length or 0. */
static uint32_t
currency_after(const char *t, uint32_t n, uint32_t p, const char **code)
{
	static const struct
	{
		const char *w;
		const char *code;
	}			cur[] = {
		{"United States dollars", "USD"}, {"US dollars", "USD"}, {"dollars", "USD"},
		{"euros", "EUR"}, {"Swiss francs", "CHF"},
	};
	size_t		k;

	for (k = 0; k < sizeof(cur) / sizeof(cur[0]); k++)
		if (pat_word_is(t, n, p, cur[k].w))
		{
			*code = cur[k].code;
			return (uint32_t) strlen(cur[k].w);
		}
	return 0;
}

/* Is t[i..e) a plural noun that a number can count? */
static int
counted_noun(const char *t, uint32_t i, uint32_t e)
{
	static const char *const not_nouns[] = {
		"was", "has", "is", "its", "his", "this", "thus", "as", "us", "does",
		"always", "perhaps", "across", "besides", "whereas", "less", "unless",
		"various", "numerous", "previous", "serious", "towards", "afterwards",
		"includes", "remains", "receives", "provides",
	};
	uint32_t	l = e - i;
	size_t		k;

	if (l < 3 || t[e - 1] != 's' || t[e - 2] == 's' || t[e - 2] == 'u' || t[e - 2] == 'i')
		return 0;
	for (k = 0; k < sizeof(not_nouns) / sizeof(not_nouns[0]); k++)
		if (lex_equals(t + i, l, not_nouns[k]))
			return 0;
	return 1;
}

/* Words that end the search for a counted noun. */
static int
stop_word(const char *t, uint32_t i, uint32_t e)
{
	static const char *const stops[] = {
		"of", "and", "or", "in", "to", "the", "for", "with", "from", "by", "at",
		"on", "per", "a", "an", "that", "which", "who", "were", "are", "had",
		"have", "been", "be", "will", "would", "than",
	};
	size_t		k;

	for (k = 0; k < sizeof(stops) / sizeof(stops[0]); k++)
		if (lex_equals(t + i, e - i, stops[k]))
			return 1;
	return 0;
}

/*
 * The noun a number counts: up to MAX_NOUN_GAP lower-case words after it,
 * the first plural one ("1,200 practitioners", "24 African countries" is
 * not lower case and stops).  Sets [*ns, *ne); 0 if none.
 */
static int
find_noun(const char *t, uint32_t n, uint32_t p, uint32_t *ns, uint32_t *ne)
{
	int			k;

	for (k = 0; k <= MAX_NOUN_GAP; k++)
	{
		uint32_t	s = pat_skip_blanks(t, n, p),
					e = s;

		if (s == p || s >= n || !lex_is_lower((unsigned char) t[s]))
			return 0;
		while (e < n && (lex_is_lower((unsigned char) t[e]) ||
						 (t[e] == '-' && e + 1 < n && lex_is_lower((unsigned char) t[e + 1]))))
			e++;
		if (!pat_word_end(t, n, e) || stop_word(t, s, e))
			return 0;
		if (counted_noun(t, s, e))
		{
			uint32_t	s2 = e < n && t[e] == ' ' ? e + 1 : e,
						e2 = s2;

			/* "11 grass-roots organizations": the noun is the last plural */
			while (e2 < n && (lex_is_lower((unsigned char) t[e2]) || t[e2] == '-'))
				e2++;
			if (s2 > e && e2 > s2 && pat_word_end(t, n, e2) && !stop_word(t, s2, e2) &&
				counted_noun(t, s2, e2))
				s = s2, e = e2;
			*ns = s;
			*ne = e;
			return 1;
		}
		p = e;
	}
	return 0;
}

/* Words after which a number is a label, not a count. */
static int
label_before(const char *t, uint32_t i)
{
	static const char *const labels[] = {
		"paragraph", "paragraphs", "para", "paras", "article", "articles", "No",
		"Nos", "resolution", "resolutions", "decision", "decisions", "annex",
		"chapter", "section", "page", "pages", "Goal", "goal", "target",
		"targets", "rule", "rules", "item", "items", "table", "figure", "box",
		"Article", "Articles", "Chapter", "Section", "Table", "Figure",
		"recommendation", "recommendations", "principle", "principles",
	};
	uint32_t	w = pat_prev_word(t, i);
	size_t		k;

	if (w == i)
		return 0;
	for (k = 0; k < sizeof(labels) / sizeof(labels[0]); k++)
		if (pat_word_is(t, i, w, labels[k]))
			return 1;
	return 0;
}

/* v in decimal digits at buf, as "%llu" writes it (snprintf costs more). */
static int
put_whole(char *buf, unsigned long long v)
{
	char		rev[24];
	int			n = 0,
				k;

	do
	{
		rev[n++] = (char) ('0' + v % 10);
		v /= 10;
	} while (v > 0);
	for (k = 0; k < n; k++)
		buf[k] = rev[n - 1 - k];
	buf[n] = '\0';
	return n;
}

static tip_status
add_figure(tip_doc *doc, int text, tip_mention_kind kind, uint32_t s, uint32_t e,
		   double v, const char *unit, size_t unit_len)
{
	char		buf[64];
	int			len;
	tip_mention *m;

	if (v == (double) (long long) v && v < 1e15 && v >= 0)
		len = put_whole(buf, (unsigned long long) v);
	else if (v == (double) (long long) v && v < 1e15)
		len = snprintf(buf, sizeof(buf), "%lld", (long long) v);
	else
		len = snprintf(buf, sizeof(buf), "%.6g", v);
	if (len <= 0 || (size_t) len >= sizeof(buf))
		return TIP_OK;
	m = ann_add_mention(doc, kind, text, s, e);
	if (m == NULL)
		return TIP_ENOMEM;
	m->value = ann_strdup(doc, buf, (size_t) len);
	m->number = v;
	if (unit != NULL)
		m->unit = ann_strdup(doc, unit, unit_len);
	return TIP_OK;
}

tip_status
fig_scan(tip_doc *doc, int text, const pat_toks *tk, const pat_spans *sp)
{
	const tip_text *tx = &doc->ann->texts[text];
	const char *t = tx->text.p;
	uint32_t	n = tx->text.n;
	uint32_t	i = 0;
	int			w = 0;

	/* what is between two tokens could not open a figure */
	while ((i = pat_toks_next(tk, &w, i, PT_FIG)) < n)
	{
		const char *code = NULL;
		uint32_t	cl,
					p,
					ns,
					ne;
		fnum		f;
		tip_status	st = TIP_OK;
		int			taken;

		unsigned char c = (unsigned char) t[i];

		if (ann_tick(doc, 64))
			return TIP_ECANCEL;

		/* only word starts, signs and escapes can open a figure */
		if (pat_is_alnum(c))
		{
			/* the next token is past this word */
			if (!pat_word_start(t, i) || (lex_is_lower(c) && !number_word_initial(c)))
			{
				i++;
				continue;
			}
		}
		else if (c != '$' && c != '\\' && c != 0xE2 && c != 0xC2)
		{
			i++;
			continue;
		}
		/* money with the currency first */
		if ((cl = currency_before(t, n, i, &code)) > 0)
		{
			p = i + cl;
			if (p < n && t[p] == ' ')
				p++;
			if (read_figure(t, n, p, &f))
			{
				read_scale(t, n, &f);
				if (!pat_taken(sp, i, f.e))
					st = add_figure(doc, text, MK_MONEY, i, f.e, f.v, code, strlen(code));
				if (st != TIP_OK)
					return st;
				i = f.e;
				continue;
			}
		}
		if (!read_figure(t, n, i, &f) && !read_number_word(t, n, i, &f))
		{
			i++;
			continue;
		}
		taken = pat_taken(sp, f.s, f.e);
		if (taken || label_before(t, i))
		{
			i = f.e;
			continue;
		}
		read_scale(t, n, &f);
		p = pat_skip_blanks(t, n, f.e);
		if (p < n && t[p] == '%')
			st = add_figure(doc, text, MK_QUANTITY, i, p + 1, f.v, "per cent", 8);
		else if (pat_word_is(t, n, p, "per cent") || pat_word_is(t, n, p, "percent"))
			st = add_figure(doc, text, MK_QUANTITY, i, p + (t[p + 3] == ' ' ? 8 : 7), f.v,
							"per cent", 8);
		else if (p > f.e && (cl = currency_after(t, n, p, &code)) > 0)
			st = add_figure(doc, text, MK_MONEY, i, p + cl, f.v, code, strlen(code));
		else if (find_noun(t, n, f.e, &ns, &ne))
		{
			if (!pat_taken(sp, i, ne))
				st = add_figure(doc, text, MK_QUANTITY, i, ne, f.v, t + ns, ne - ns);
			f.e = ne;
		}
		if (st != TIP_OK)
			return st;
		i = f.e > i ? f.e : i + 1;
	}
	return TIP_OK;
}
