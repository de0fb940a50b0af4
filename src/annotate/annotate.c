/*
 * annotate.c
 *	  tip_annotate(): the texts a doc offers to the annotation layers, their
 *	  sentences, the growable result arrays, and the order of the layers.
 */
#include <stdlib.h>
#include <string.h>

#include "annotate_int.h"
#include "core/bytes8.h"

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

/* ---- texts ---- */

static int
add_text(tip_doc *doc, int *cap, tip_text_kind kind, int index, int paragraph,
		 tip_str text, const uint32_t *src)
{
	tip_annotations *a = doc->ann;
	tip_text   *t;

	if (text.p == NULL || text.n == 0)
		return 0;
	t = ann_push(doc, (void **) &a->texts, &a->n_texts, cap, sizeof(tip_text));
	if (t == NULL)
		return -1;
	t->kind = kind;
	t->index = index;
	t->paragraph = paragraph;
	t->text = text;
	t->src = src;
	return 0;
}

/* Texts in reading order of kind: headings, paragraphs, then footnotes. */
static int
collect_texts(tip_doc *doc)
{
	int			cap = doc->n_sections + doc->n_paragraphs + doc->n_footnotes + 1;
	int			i;

	/* one allocation of the final size: no doubling copies left behind */
	doc->ann->texts = arena_alloc_array(&doc->arena, (size_t) cap, sizeof(tip_text));
	if (doc->ann->texts == NULL)
		return -1;
	for (i = 0; i < doc->n_sections; i++)
		if (add_text(doc, &cap, TX_HEADING, i, 0, doc->sections[i].title,
					 doc->sections[i].title_src) != 0)
			return -1;
	for (i = 0; i < doc->n_paragraphs; i++)
		if (add_text(doc, &cap, TX_PARAGRAPH, i, doc->paragraphs[i].number,
					 doc->paragraphs[i].body, doc->paragraphs[i].body_src) != 0)
			return -1;
	for (i = 0; i < doc->n_footnotes; i++)
		if (add_text(doc, &cap, TX_FOOTNOTE, i, 0, doc->footnotes[i].body,
					 doc->footnotes[i].body_src) != 0)
			return -1;
	return 0;
}

/* ---- sentences ---- */

/* Words after which a full stop does not end a sentence. */
static int
is_abbreviation(const char *w, size_t n)
{
	static const struct
	{
		const char *w;
		size_t		n;
	}			abbr[] = {
#define ABBR(s) {s, sizeof(s) - 1}
		ABBR("No"), ABBR("Nos"), ABBR("no"), ABBR("nos"), ABBR("e.g"), ABBR("i.e"),
		ABBR("para"), ABBR("paras"), ABBR("Mr"), ABBR("Mrs"), ABBR("Ms"), ABBR("Dr"),
		ABBR("St"), ABBR("Corr"), ABBR("Add"), ABBR("Rev"), ABBR("vol"), ABBR("Vol"),
		ABBR("p"), ABBR("pp"), ABBR("art"), ABBR("arts"), ABBR("Art"), ABBR("cf"),
		ABBR("Inc"), ABBR("Ltd"), ABBR("Co"), ABBR("Jr"), ABBR("approx"), ABBR("viz"),
		ABBR("Sect"), ABBR("Fig"), ABBR("Res"), ABBR("Prof"), ABBR("Amb"), ABBR("Sr"),
		ABBR("op"), ABBR("cit"), ABBR("al"), ABBR("vs"), ABBR("Rep"),
#undef ABBR
	};
	size_t		k;

	if (n == 1 && w[0] >= 'A' && w[0] <= 'Z')
		return 1;				/* an initial: "J. Smith", "U.S." */
	if (n > 6)
		return 0;				/* longer than any of them */
	for (k = 0; k < sizeof(abbr) / sizeof(abbr[0]); k++)
		if (abbr[k].n == n && memcmp(w, abbr[k].w, n) == 0)
			return 1;
	return 0;
}

/* Can a sentence start at t[i]? (upper case, digit, quote, bracket, non-ASCII) */
static int
sentence_opener(const char *t, uint32_t n, uint32_t i)
{
	unsigned char c;

	if (i >= n)
		return 1;
	c = (unsigned char) t[i];
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' ||
		c == '(' || c == '[' || c == '\'' || c >= 0x80;
}

static int
add_sentence(tip_doc *doc, int *cap, int text, const char *t, uint32_t s, uint32_t e)
{
	tip_annotations *a = doc->ann;
	tip_sentence *x;

	while (s < e && (t[s] == ' ' || t[s] == '\n'))
		s++;
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\n'))
		e--;
	if (s >= e)
		return 0;
	x = ann_push(doc, (void **) &a->sentences, &a->n_sentences, cap, sizeof(tip_sentence));
	if (x == NULL)
		return -1;
	x->text = text;
	x->start = s;
	x->end = e;
	return 0;
}

/* The bytes split_sentences() stops at. */
static const unsigned char sentence_end_byte[256] = {
	['\n'] = 1, ['.'] = 1, ['?'] = 1, ['!'] = 1
};

/*
 * The first byte at or after i that sentence_end_byte marks, or n.  Eight
 * bytes at a time while none of them is one: the stretches between two
 * are mostly a sentence long.
 */
static uint32_t
next_end_byte(const char *t, uint32_t i, uint32_t n)
{
	while (i + 8 <= n)
	{
		uint64_t	v = b8_load(t + i);

		if (b8_eq(v, '.') | b8_eq(v, '\n') | b8_eq(v, '?') | b8_eq(v, '!'))
			break;
		i += 8;
	}
	while (i < n && !sentence_end_byte[(unsigned char) t[i]])
		i++;
	return i;
}

/*
 * Split every text into sentences: a line break ends one (bullet items are
 * one per line), and so does ". ", "? " or "! " (closing quotes and brackets
 * allowed in between) before something that can open a sentence, unless the
 * full stop closes an abbreviation or an initial.
 */
static int
split_sentences(tip_doc *doc)
{
	tip_annotations *a = doc->ann;
	int			cap = 0;
	int			k;

	for (k = 0; k < a->n_texts; k++)
	{
		const char *t = a->texts[k].text.p;
		uint32_t	n = a->texts[k].text.n;
		uint32_t	s = 0,
					ticked = 0,
					i;

		if (ann_tick(doc, 1))
			return -2;
		for (i = 0; i < n; i++)
		{
			char		c;
			uint32_t	j;

			/* only a line break and . ? ! can end a sentence */
			i = next_end_byte(t, i, n);
			if (i >= n)
				break;
			if (ann_tick(doc, i - ticked))
				return -2;
			ticked = i;
			c = t[i];
			if (c == '\n')
			{
				if (add_sentence(doc, &cap, k, t, s, i) != 0)
					return -1;
				s = i + 1;
				continue;
			}
			if (c != '.' && c != '?' && c != '!')
				continue;
			j = i + 1;
			while (j < n && (t[j] == '"' || t[j] == ')' || t[j] == '\'' ||
							 (j + 2 < n && (unsigned char) t[j] == 0xE2 &&
							  (unsigned char) t[j + 1] == 0x80 &&
							  ((unsigned char) t[j + 2] == 0x9D || (unsigned char) t[j + 2] == 0x99))))
				j += (unsigned char) t[j] == 0xE2 ? 3 : 1;
			if (j < n && t[j] != ' ')
				continue;
			if (j < n && !sentence_opener(t, n, j + 1))
				continue;
			if (c == '.' && j == i + 1)
			{
				uint32_t	w = i;

				while (w > s && t[w - 1] != ' ' && t[w - 1] != '(' && t[w - 1] != '\n')
					w--;
				if (is_abbreviation(t + w, i - w))
					continue;
			}
			if (add_sentence(doc, &cap, k, t, s, j) != 0)
				return -1;
			s = j;
		}
		if (add_sentence(doc, &cap, k, t, s, n) != 0)
			return -1;
	}
	return 0;
}

int
ann_sentence_at(const tip_annotations *a, int text, uint32_t pos)
{
	int			lo = 0,
				hi = a->n_sentences - 1;

	/* binary search on (text, start) */
	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;
		const tip_sentence *x = &a->sentences[mid];

		if (x->text < text || (x->text == text && x->end <= pos))
			lo = mid + 1;
		else if (x->text > text || x->start > pos)
			hi = mid - 1;
		else
			return mid;
	}
	return -1;
}

/* ---- mention order ---- */

static int
mention_cmp(const void *pa, const void *pb)
{
	const tip_mention *a = pa;
	const tip_mention *b = pb;

	if (a->text != b->text)
		return a->text < b->text ? -1 : 1;
	if (a->text_start != b->text_start)
		return a->text_start < b->text_start ? -1 : 1;
	if (a->text_end != b->text_end)
		return a->text_end > b->text_end ? -1 : 1;	/* outer first */
	return (int) a->kind - (int) b->kind;
}

/* Sort the mentions and link each to the nearest mention enclosing it. */
static tip_status
order_mentions(tip_doc *doc)
{
	tip_annotations *a = doc->ann;
	int			i;
	int			rc = doc_sort(doc, a->mentions, (size_t) a->n_mentions, sizeof(tip_mention),
							  mention_cmp);

	if (rc != 0)
		return rc == -2 ? TIP_ECANCEL : TIP_ENOMEM;
	for (i = 0; i < a->n_mentions; i++)
	{
		tip_mention *m = &a->mentions[i];
		int			j;

		if (ann_tick(doc, 64))
			return TIP_ECANCEL;
		m->enclosing = -1;
		/* sorted by start, outer first: the nearest container is innermost */
		for (j = i - 1; j >= 0 && i - j <= 64 && a->mentions[j].text == m->text; j--)
		{
			const tip_mention *o = &a->mentions[j];

			if (o->text_start <= m->text_start && o->text_end >= m->text_end)
			{
				m->enclosing = j;
				break;
			}
		}
	}
	return TIP_OK;
}

/* ---- driver ---- */

tip_status
tip_annotate(tip_doc *doc, unsigned layers)
{
	unsigned	need;
	int			rc;

	if (layers & (TIP_ANN_REFERENCES | TIP_ANN_PARTIES | TIP_ANN_SESSIONS | TIP_ANN_ACTIVITIES))
		layers |= TIP_ANN_MENTIONS;
	need = layers & ~doc->ann_done;
	if (need == 0)
		return TIP_OK;
	if (doc->canceled)
		return TIP_ECANCEL;

	if (doc->ann == NULL)
	{
		ann_priv   *pv = arena_alloc(&doc->arena, sizeof(ann_priv));

		if (pv == NULL)
			return TIP_ENOMEM;
		memset(pv, 0, sizeof(*pv));
		doc->ann = &pv->pub;
		if (collect_texts(doc) != 0)
			return TIP_ENOMEM;
		rc = split_sentences(doc);
		if (rc != 0)
			return rc == -2 ? TIP_ECANCEL : TIP_ENOMEM;
	}

#define RUN(layer, call) \
	do { \
		if (need & (layer)) \
		{ \
			tip_status s_ = (call); \
			if (s_ != TIP_OK) \
				return doc->canceled ? TIP_ECANCEL : s_; \
		} \
	} while (0)

	if (need & TIP_ANN_MENTIONS)
	{
		RUN(TIP_ANN_MENTIONS, ent_find_mentions(doc));
		RUN(TIP_ANN_MENTIONS, pat_find_mentions(doc));
		RUN(TIP_ANN_MENTIONS, order_mentions(doc));
		doc->ann_done |= TIP_ANN_MENTIONS;
	}
	RUN(TIP_ANN_REFERENCES, ref_build(doc));
	RUN(TIP_ANN_PARTIES, party_find(doc));
	RUN(TIP_ANN_SESSIONS, session_find(doc));
	RUN(TIP_ANN_ACTIVITIES, act_find(doc));
#undef RUN
	if (doc->arena.failed)
		return TIP_ENOMEM;
	doc->ann_done |= layers;
	return TIP_OK;
}
