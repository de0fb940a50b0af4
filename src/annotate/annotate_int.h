/*
 * annotate_int.h
 *	  What the annotation layers share (not part of the public API).
 *
 * The files of src/annotate, from the bottom up:
 *	 mention.c     growable result arrays, arena strings, mentions (ann_*)
 *	 sentences.c   the texts to scan and their sentences
 *	 word_lists.c  word lists indexed by their first bytes, text search
 *	               (word_lists.h; the event layers)
 *	 pat_text.c    what the pattern recognisers share (pat_int.h)
 *	 entities.c    countries, organizations, programmes, URLs (gazetteer)
 *	 symbols.c, dates.c, figures.c
 *	               document symbols and resolutions, dates, money and
 *	               quantities, each a recogniser of the pattern layer
 *	 patterns.c    the pattern layer: runs those three over every text
 *	 references.c  tip_reference rows from document/resolution mentions
 *	 parties.c     States parties: totals, new parties, ratification counts
 *	 sessions.c    sessions and meetings named by the text
 *	 activities/   UNODC activities, one per sentence and kind (act_int.h)
 *	 annotate.c    tip_annotate(): the driver, on top of every layer
 * A file includes and calls only the files above it in this list (and
 * src/core, src/match, src/include); test/layout/check_layers.sh checks it.
 * Each layer fills its part of doc->ann; annotate.c owns doc->ann, has the
 * texts and sentences listed and orders the mentions.
 */
#ifndef TIP_ANNOTATE_INT_H
#define TIP_ANNOTATE_INT_H

#include "core/internal.h"
#include "core/sort.h"
#include "tip_annotate.h"

/* doc->ann points at pub; the capacities stay private. */
typedef struct ann_priv
{
	tip_annotations pub;
	int			cap_mentions;
	int			cap_references;
	int			cap_parties;
	int			cap_sessions;
	int			cap_activities;
} ann_priv;

/*
 * Append one zeroed element to a growable arena array; NULL when out of
 * memory.  Earlier elements may move: do not keep pointers across calls.
 */
extern void *ann_push(tip_doc *doc, void **arr, int *n, int *cap, size_t elem);

/*
 * A new mention of kind over [ts, te) of text number text, with its
 * paragraph, footnote mark, input offsets and surface filled in, entity and
 * enclosing set to -1; NULL when out of memory.
 */
extern tip_mention *ann_add_mention(tip_doc *doc, tip_mention_kind kind, int text,
									uint32_t ts, uint32_t te);

/* Input offsets of the clean-text span [ts, te) of a text. */
extern void ann_span_offsets(const tip_doc *doc, int text, uint32_t ts, uint32_t te,
							 uint32_t *start, uint32_t *end);

/* Index of the sentence holding byte pos of a text; -1 if none. */
extern int	ann_sentence_at(const tip_annotations *a, int text, uint32_t pos);

/* A string of the doc's arena holding a copy of s[0..n); NULL p on failure. */
extern tip_str ann_strdup(tip_doc *doc, const char *s, size_t n);

/*
 * Count work done, about one unit per byte of text a step looks at, and call
 * the progress hook once enough has accumulated (doc_tick); non-zero means
 * cancel.  Counting work rather than calls keeps the hook's pace when one
 * call covers a sentence of ten megabytes.
 */
static inline int
ann_tick(tip_doc *doc, size_t work)
{
	return doc_tick(doc, work);
}

/* Bytes of one sentence a byte loop reads between two ann_tick() calls. */
#define ANN_TICK_BYTES (64 * 1024)

/*
 * For a loop over the bytes of one sentence, which may be megabytes long:
 * ann_tick() for the bytes since *ticked once they reach ANN_TICK_BYTES.
 */
static inline int
ann_tick_at(tip_doc *doc, uint32_t *ticked, uint32_t p)
{
	if (p - *ticked < ANN_TICK_BYTES)
		return 0;
	p -= *ticked;
	*ticked += p;
	return ann_tick(doc, p);
}

/* Index of the first mention of a text at or after position pos (binary search). */
static inline int
act_first_mention(const tip_annotations *a, int text, uint32_t pos)
{
	int			lo = 0,
				hi = a->n_mentions;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;
		const tip_mention *m = &a->mentions[mid];

		if (m->text < text || (m->text == text && m->text_start < pos))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * The texts of doc in reading order into doc->ann->texts, then their
 * sentences (sentences.c; the driver calls them once per doc): 0, or -1
 * when out of memory; ann_split_sentences() returns -2 when canceled.
 */
extern int	ann_collect_texts(tip_doc *doc);
extern int	ann_split_sentences(tip_doc *doc);

/* The layers (see the file list above). */
extern tip_status ent_find_mentions(tip_doc *doc);
extern tip_status pat_find_mentions(tip_doc *doc);
extern tip_status ref_build(tip_doc *doc);
extern tip_status party_find(tip_doc *doc);
extern tip_status session_find(tip_doc *doc);
extern tip_status act_find(tip_doc *doc);

#endif							/* TIP_ANNOTATE_INT_H */
