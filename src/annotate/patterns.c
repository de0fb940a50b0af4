/*
 * patterns.c
 *	  Annotation layer: document symbols, resolutions, dates, money and
 *	  quantities.  This file drives the recognisers (symbols.c, dates.c,
 *	  figures.c) over the texts in reading order; what they share is in
 *	  pat_text.c.
 */
#include <string.h>

#include "pat_int.h"

/* Feed the titles of a section and its ancestors (outermost first). */
static void
feed_section(const tip_doc *doc, int ord, pat_memory *mem)
{
	int			chain[16];
	int			depth = 0;

	while (ord > 0 && ord <= doc->n_sections && depth < 16)
	{
		chain[depth++] = ord;
		ord = doc->sections[ord - 1].parent_ord;
	}
	while (depth > 0)
	{
		const tip_section *s = &doc->sections[chain[--depth] - 1];

		if (s->title.p != NULL)
			pat_memory_feed(s->title.p, s->title.n, mem);
	}
}

/*
 * At the end of a paragraph: a body of a family outside the list (PB_OTHER:
 * "the Commission on Narcotic Drugs", "the European Commission", "the
 * Council of Europe") that the paragraph named is forgotten, and "the
 * Commission" or "the Council" of the next paragraphs goes back to the last
 * body of the list it stood for (the report's own organ, one named
 * earlier).  Such bodies are named in passing and adopt none of the
 * resolutions the family cites.  One that a heading names stays for its
 * section; a body of the list that a paragraph names is kept.
 */
static void
settle_one(pat_body *cur, pat_body kept, pat_body before)
{
	if (*cur == PB_OTHER && before != PB_OTHER)
		*cur = kept;
}

static void
settle_memory(pat_memory *mem, const pat_memory *before)
{
	settle_one(&mem->council, mem->council_kept, before->council);
	settle_one(&mem->commission, mem->commission_kept, before->commission);
	settle_one(&mem->conference, mem->conference_kept, before->conference);
}

/*
 * Run the recognisers over every text: symbols and resolutions first (their
 * years are not dates), then dates, then figures.  Paragraphs are read in
 * order with one body memory that each new section's headings refresh
 * (and settle_memory() at each paragraph's end); headings and footnotes
 * start from an empty memory.
 */
tip_status
pat_find_mentions(tip_doc *doc)
{
	tip_annotations *a = doc->ann;
	pat_memory	para_mem = {PB_NONE, PB_NONE, PB_NONE, PB_NONE, PB_NONE, PB_NONE};
	int			last_section = -1;
	pat_toks	tk;
	int			k;

	memset(&tk, 0, sizeof(tk));
	/*
	 * "The Commission" and "the Conference" of the family are the Crime
	 * Commission and the Conference of the Parties until another is named;
	 * the report's own organ ("the Council" in a Human Rights Council
	 * report) comes from its masthead.
	 */
	para_mem.commission = para_mem.commission_kept = PB_CCPCJ;
	para_mem.conference = para_mem.conference_kept = PB_COP;
	if (doc->meta.parent_body.p != NULL)
		pat_memory_feed(doc->meta.parent_body.p, doc->meta.parent_body.n, &para_mem);
	if (doc->meta.body.p != NULL)
		pat_memory_feed(doc->meta.body.p, doc->meta.body.n, &para_mem);
	for (k = 0; k < a->n_texts; k++)
	{
		const tip_text *tx = &a->texts[k];
		pat_memory	own = {PB_NONE, PB_NONE, PB_NONE, PB_NONE, PB_NONE, PB_NONE};
		pat_memory *mem = &own;
		pat_memory	before;
		int			first = a->n_mentions;
		pat_spans	sp;
		tip_status	st;

		/* the bytes are counted as the tokens are read (pat_toks_build) */
		if (ann_tick(doc, 1))
			return TIP_ECANCEL;
		if (tx->kind == TX_PARAGRAPH)
		{
			int			sec = doc->paragraphs[tx->index].section_ord;

			if (sec != last_section)
			{
				feed_section(doc, sec, &para_mem);
				last_section = sec;
			}
			mem = &para_mem;
		}
		before = *mem;
		sp.n = 0;
		if ((st = pat_toks_build(doc, tx->text.p, tx->text.n, &tk)) != TIP_OK ||
			(st = sym_scan(doc, k, &tk, &sp, first, mem)) != TIP_OK ||
			(st = pat_spans_build(doc, first, &sp)) != TIP_OK ||
			(st = date_scan(doc, k, &tk, &sp)) != TIP_OK ||
			(st = pat_spans_build(doc, first, &sp)) != TIP_OK ||
			(st = fig_scan(doc, k, &tk, &sp)) != TIP_OK)
			return st;
		if (doc->arena.failed)
			return TIP_ENOMEM;
		if (tx->kind == TX_PARAGRAPH)
			settle_memory(&para_mem, &before);
	}
	return TIP_OK;
}
