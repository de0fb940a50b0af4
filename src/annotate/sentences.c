/*
 * sentences.c
 *	  The texts a doc offers to the annotation layers (headings, paragraphs,
 *	  footnotes, in reading order), their sentences, and the lookup of the
 *	  sentence holding a position; below the layers, run once per doc by
 *	  the driver (annotate.c).
 */
#include <string.h>

#include "annotate_int.h"
#include "core/bytes8.h"

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
int
ann_collect_texts(tip_doc *doc)
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

/* The bytes ann_split_sentences() stops at. */
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
int
ann_split_sentences(tip_doc *doc)
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
