/*
 * annotate_int.h
 *	  What the annotation layers share (not part of the public API).
 *
 * annotate.c owns doc->ann: it lists the texts to scan, splits them into
 * sentences, grows the result arrays and orders the mentions.  Each layer
 * lives in its own file and fills its part of doc->ann:
 *	 entities.c    countries, organizations, programmes, URLs (gazetteer)
 *	 patterns.c    document symbols, resolutions, dates, money, quantities
 *	 references.c  tip_reference rows from document/resolution mentions
 *	 parties.c     States parties: totals, new parties, ratification counts
 *	 sessions.c    sessions and meetings named by the text
 *	 activities.c  UNODC activities, one per sentence and kind
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

/* The layers (see the file list above). */
extern tip_status ent_find_mentions(tip_doc *doc);
extern tip_status pat_find_mentions(tip_doc *doc);
extern tip_status ref_build(tip_doc *doc);
extern tip_status party_find(tip_doc *doc);
extern tip_status session_find(tip_doc *doc);
extern tip_status act_find(tip_doc *doc);

#endif							/* TIP_ANNOTATE_INT_H */
