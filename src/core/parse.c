/*
 * parse.c
 *	  tip_parse(): runs the stages over one text and owns the document; the
 *	  driver on top of src/core (the stages record warnings through
 *	  doc_warn() in warn.c, below them).
 */
#include <string.h>

#include "internal.h"

const char *
tip_rendering_name(tip_rendering r)
{
	switch (r)
	{
		case REND_MARKDOWN:
			return "markdown";
		case REND_LAYOUT:
			return "layout";
		case REND_PLAIN:
		default:
			return "plain";
	}
}

const char *
tip_section_kind_name(tip_section_kind k)
{
	switch (k)
	{
		case SEC_CHAPTER:
			return "chapter";
		case SEC_SECTION:
			return "section";
		case SEC_SUBSECTION:
			return "subsection";
		case SEC_TOPIC:
		default:
			return "topic";
	}
}

/* The arena's hook for long copies: the same pace as every other loop. */
static int
arena_tick(void *arg, size_t work)
{
	return doc_tick((tip_doc *) arg, work);
}

/* Parse one report; see tip_parser.h. */
tip_status
tip_parse(const char *text, size_t len, const tip_allocator *a,
		  const tip_options *opt, tip_doc **out)
{
	tip_arena	ar;
	tip_doc    *doc;
	tip_store	st;
	tip_status	rc;

	*out = NULL;
	if (len > TIP_MAX_INPUT)
		return TIP_ETOOBIG;
	arena_init(&ar, a, opt != NULL ? opt->memory_limit : 0);
	doc = arena_alloc(&ar, sizeof(tip_doc));
	if (doc == NULL)
	{
		arena_release(&ar);
		return TIP_ENOMEM;
	}
	memset(doc, 0, sizeof(*doc));
	doc->arena = ar;			/* from here on the doc owns the arena */
	doc->arena.tick = arena_tick;
	doc->arena.tick_arg = doc;
	doc->input = text;
	doc->input_len = len;
	if (opt != NULL)
		doc->options = *opt;
	store_init(&st, &doc->arena);

	rc = norm_lines(doc, &st, opt);
	if (rc == TIP_OK)
		rc = classify_lines(doc, opt);
	if (rc == TIP_OK)
		rc = assemble_doc(doc, &st, opt);
	if (rc == TIP_OK)
		rc = meta_extract(doc, &st);
	if (rc == TIP_OK && doc->arena.failed)
		rc = TIP_ENOMEM;
	if (rc != TIP_OK && doc->canceled)
		rc = TIP_ECANCEL;
	if (rc != TIP_OK)
	{
		tip_doc_free(doc);
		return rc;
	}
	if (doc->n_paragraphs == 0)
		doc_warn(doc, "no numbered paragraphs found");
	if (doc->crlf)
		doc_warn(doc, "CR line endings");
	*out = doc;
	return TIP_OK;
}

/* Release everything the document holds. */
void
tip_doc_free(tip_doc *doc)
{
	tip_arena	ar;

	if (doc == NULL)
		return;
	ar = doc->arena;			/* the doc itself lives in the arena */
	arena_release(&ar);
}

size_t
tip_work_done(const tip_doc *doc, size_t *round_max)
{
	if (round_max != NULL)
		*round_max = doc->tick_work > doc->work_round_max ?
			doc->tick_work : doc->work_round_max;
	return doc->work_done + doc->tick_work;
}
