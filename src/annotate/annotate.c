/*
 * annotate.c
 *	  tip_annotate(): the driver on top of the annotation layers.  It has the
 *	  texts and sentences listed (sentences.c), runs the layers a caller asks
 *	  for and those they need, in order, and orders the mentions.
 */
#include <string.h>

#include "annotate_int.h"

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
		if (ann_collect_texts(doc) != 0)
			return TIP_ENOMEM;
		rc = ann_split_sentences(doc);
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
