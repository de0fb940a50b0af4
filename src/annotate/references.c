/*
 * references.c
 *	  Annotation layer: one tip_reference per document or resolution
 *	  mention, with the body, the number, the year and the canonical symbol.
 *
 * Resolutions come as "BODY NUMBER" values from symbols.c ("GA 71/167",
 * "SC 2331 (2016)", "ECOSOC 2013/41", "? 53/6").  Their symbols follow the
 * series of the body: A/RES/71/167, S/RES/2331(2016), E/RES/2013/41,
 * A/HRC/RES/53/6; resolutions of the Commission and of the Conference of
 * the Parties have no symbol of their own (NULL).  A document's symbol is
 * its value; a resolution symbol among them (A/RES/, S/RES/, E/RES/,
 * A/HRC/RES/) also gives body and number.  The year is the one the number
 * or symbol carries (2016 of "2331 (2016)", 2013 of "2013/41", 2017 of
 * "CTOC/COP/WG.4/2017/2"); a session number is not a year (0).
 */
#include <stdio.h>
#include <string.h>

#include "annotate_int.h"

/* Value of s[0..n) if it is all digits (at most 9), else -1. */
static int
digits_value(const char *s, size_t n)
{
	int			v = 0;
	size_t		k;

	if (n == 0 || n > 9)
		return -1;
	for (k = 0; k < n; k++)
	{
		if (s[k] < '0' || s[k] > '9')
			return -1;
		v = v * 10 + (s[k] - '0');
	}
	return v;
}

/* The first part of a symbol that is a year ("2017", "(2016)"); 0 if none. */
static int
symbol_year(const char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		size_t		j = i;
		int			v;

		while (j < n && s[j] != '/')
			j++;
		v = digits_value(s + i, j - i);
		if (v >= 1946 && v <= 2199)
			return v;
		/* "2331(2016)" */
		if (j - i > 6 && s[j - 1] == ')' && s[j - 6] == '(' &&
			(v = digits_value(s + j - 5, 4)) >= 1946 && v <= 2199)
			return v;
		i = j + 1;
	}
	return 0;
}

static tip_status
set_str(tip_doc *doc, tip_str *dst, const char *s, size_t n)
{
	*dst = ann_strdup(doc, s, n);
	return dst->p == NULL ? TIP_ENOMEM : TIP_OK;
}

/* Fill r from a resolution value "BODY NUMBER". */
static tip_status
from_resolution(tip_doc *doc, tip_reference *r, tip_str v)
{
	const char *sp = memchr(v.p, ' ', v.n);
	size_t		bl,
				nl;
	const char *num;
	char		sym[64];
	int			len = 0,
				a = 0,
				b = 0;

	if (sp == NULL)
		return TIP_OK;
	bl = (size_t) (sp - v.p);
	num = sp + 1;
	nl = v.n - bl - 1;
	r->is_resolution = 1;
	if (set_str(doc, &r->number, num, nl) != TIP_OK)
		return TIP_ENOMEM;
	if (!(bl == 1 && v.p[0] == '?') && set_str(doc, &r->body, v.p, bl) != TIP_OK)
		return TIP_ENOMEM;
	if (nl > 7 && num[nl - 1] == ')')
	{
		/* "2331 (2016)" */
		r->year = digits_value(num + nl - 5, 4);
		if (r->year < 0)
			r->year = 0;
		len = snprintf(sym, sizeof(sym), "S/RES/%.*s(%d)", (int) (nl - 7), num, r->year);
	}
	else
	{
		const char *sl = memchr(num, '/', nl);

		if (sl == NULL)
			return TIP_OK;
		a = digits_value(num, (size_t) (sl - num));
		b = digits_value(sl + 1, nl - (size_t) (sl - num) - 1);
		if (a < 0 || b < 0)
			return TIP_OK;
		if (a >= 1946)
			r->year = a;
		if (bl == 2 && memcmp(v.p, "GA", 2) == 0)
			len = snprintf(sym, sizeof(sym), "A/RES/%d/%d", a, b);
		else if (bl == 6 && memcmp(v.p, "ECOSOC", 6) == 0)
			len = snprintf(sym, sizeof(sym), "E/RES/%d/%d", a, b);
		else if (bl == 3 && memcmp(v.p, "HRC", 3) == 0)
			len = snprintf(sym, sizeof(sym), "A/HRC/RES/%d/%d", a, b);
	}
	if (len > 0 && (size_t) len < sizeof(sym))
		return set_str(doc, &r->symbol, sym, (size_t) len);
	return TIP_OK;
}

/* Fill r from a document symbol; resolution symbols also give body and number. */
static tip_status
from_document(tip_doc *doc, tip_reference *r, tip_str v)
{
	static const struct
	{
		const char *prefix;
		const char *body;
	}			series[] = {
		{"A/RES/", "GA"},
		{"S/RES/", "SC"},
		{"E/RES/", "ECOSOC"},
		{"A/HRC/RES/", "HRC"},
	};
	size_t		k;

	if (set_str(doc, &r->symbol, v.p, v.n) != TIP_OK)
		return TIP_ENOMEM;
	r->year = symbol_year(v.p, v.n);
	for (k = 0; k < sizeof(series) / sizeof(series[0]); k++)
	{
		size_t		pl = strlen(series[k].prefix);
		const char *num = v.p + pl;
		size_t		nl = v.n - pl;
		const char *paren;

		if (v.n <= pl || memcmp(v.p, series[k].prefix, pl) != 0)
			continue;
		if (set_str(doc, &r->body, series[k].body, strlen(series[k].body)) != TIP_OK)
			return TIP_ENOMEM;
		paren = memchr(num, '(', nl);
		if (paren != NULL)
		{
			/* S/RES/2331(2016) -> "2331 (2016)" */
			char		buf[64];
			int			len = snprintf(buf, sizeof(buf), "%.*s %.*s", (int) (paren - num), num,
									   (int) (nl - (size_t) (paren - num)), paren);

			if (len > 0 && (size_t) len < sizeof(buf))
				return set_str(doc, &r->number, buf, (size_t) len);
			return TIP_OK;
		}
		return set_str(doc, &r->number, num, nl);
	}
	return TIP_OK;
}

tip_status
ref_build(tip_doc *doc)
{
	tip_annotations *a = doc->ann;
	ann_priv   *pv = (ann_priv *) doc->ann;
	int			k;

	for (k = 0; k < a->n_mentions; k++)
	{
		tip_mention_kind kind = a->mentions[k].kind;
		tip_str		v = a->mentions[k].value;
		tip_reference *r;
		tip_status	st;

		if (ann_tick(doc, 32))
			return TIP_ECANCEL;
		if ((kind != MK_DOCUMENT && kind != MK_RESOLUTION) || v.p == NULL || v.n == 0)
			continue;
		r = ann_push(doc, (void **) &a->references, &a->n_references,
					 &pv->cap_references, sizeof(tip_reference));
		if (r == NULL)
			return TIP_ENOMEM;
		r->mention = k;
		r->paragraph = a->mentions[k].paragraph;
		st = kind == MK_RESOLUTION ? from_resolution(doc, r, v) : from_document(doc, r, v);
		if (st != TIP_OK)
			return st;
	}
	return TIP_OK;
}
