/*
 * mention.c
 *	  What every annotation layer uses to record its results, below all of
 *	  them: growable arrays of the doc's arena (ann_push), arena strings,
 *	  mentions with their paragraph, footnote mark and input offsets; and
 *	  the names of the annotation model's kinds (tip_annotate.h).
 */
#include <string.h>

#include "annotate_int.h"
const char *
tip_mention_kind_name(tip_mention_kind k)
{
	static const char *const names[MK__COUNT] = {
		[MK_COUNTRY] = "country",
		[MK_ORGANIZATION] = "organization",
		[MK_PROGRAMME] = "programme",
		[MK_DOCUMENT] = "document",
		[MK_RESOLUTION] = "resolution",
		[MK_DATE] = "date",
		[MK_MONEY] = "money",
		[MK_QUANTITY] = "quantity",
		[MK_URL] = "url",
	};

	return (unsigned) k < MK__COUNT ? names[k] : "unknown";
}

const char *
tip_date_precision_name(tip_date_precision p)
{
	switch (p)
	{
		case DP_DAY:
			return "day";
		case DP_MONTH:
			return "month";
		case DP_QUARTER:
			return "quarter";
		case DP_HALF:
			return "half";
		case DP_YEAR:
			return "year";
		case DP_NONE:
		default:
			return NULL;
	}
}

const char *
tip_party_kind_name(tip_party_kind k)
{
	switch (k)
	{
		case PE_TOTAL:
			return "total";
		case PE_NEW_PARTY:
			return "new_party";
		case PE_RATIFICATION_COUNT:
		default:
			return "ratification_count";
	}
}

void *
ann_push(tip_doc *doc, void **arr, int *n, int *cap, size_t elem)
{
	char	   *p;

	if (*n >= *cap)
	{
		int			ncap = *cap < 16 ? 16 : *cap * 2;
		void	   *na;

		if (ncap <= *cap || ncap > (1 << 28))
			return NULL;
		na = arena_grow_array(&doc->arena, *arr, (size_t) *n, (size_t) ncap, elem);
		if (na == NULL)
			return NULL;
		*arr = na;
		*cap = ncap;
	}
	p = (char *) *arr + (size_t) *n * elem;
	memset(p, 0, elem);
	(*n)++;
	return p;
}

tip_str
ann_strdup(tip_doc *doc, const char *s, size_t n)
{
	tip_str		r = {NULL, 0};
	char	   *p = arena_alloc(&doc->arena, n + 1);

	if (p == NULL || n > UINT32_MAX)
		return r;
	memcpy(p, s, n);
	p[n] = '\0';
	r.p = p;
	r.n = (uint32_t) n;
	return r;
}

void
ann_span_offsets(const tip_doc *doc, int text, uint32_t ts, uint32_t te,
				 uint32_t *start, uint32_t *end)
{
	const tip_text *t = &doc->ann->texts[text];
	uint32_t	s,
				e;

	if (te > t->text.n)
		te = t->text.n;
	if (ts >= te || t->src == NULL)
	{
		*start = *end = ts < t->text.n && t->src ? t->src[ts] : 0;
		return;
	}
	s = t->src[ts];
	e = t->src[te - 1] + 1;
	if (e < s || e > doc->input_len)
		e = s;
	*start = s;
	*end = e;
}

tip_mention *
ann_add_mention(tip_doc *doc, tip_mention_kind kind, int text, uint32_t ts, uint32_t te)
{
	ann_priv   *pv = (ann_priv *) doc->ann;
	tip_annotations *a = doc->ann;
	const tip_text *t = &a->texts[text];
	tip_mention *m = ann_push(doc, (void **) &a->mentions, &a->n_mentions,
							  &pv->cap_mentions, sizeof(tip_mention));

	if (m == NULL)
		return NULL;
	m->kind = kind;
	m->text = text;
	m->paragraph = t->paragraph;
	if (t->kind == TX_FOOTNOTE)
		m->footnote_mark = doc->footnotes[t->index].mark;
	m->text_start = ts;
	m->text_end = te;
	ann_span_offsets(doc, text, ts, te, &m->start_offset, &m->end_offset);
	m->surface.p = doc->input + m->start_offset;
	m->surface.n = m->end_offset - m->start_offset;
	m->entity = -1;
	m->enclosing = -1;
	return m;
}
