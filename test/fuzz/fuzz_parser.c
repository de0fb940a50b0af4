/*
 * fuzz_parser.c
 *	  libFuzzer harness over the parser core: tip_parse() and then every
 *	  annotation layer (tip_annotate(doc, TIP_ANN_ALL)) on arbitrary bytes.
 *
 * Every array of the document model and of the annotations is walked and
 * every byte of every string (and every entry of the source-offset arrays)
 * is read, so AddressSanitizer sees any pointer that leads outside live
 * memory; offsets are checked against the input.  Built by test/fuzz/fuzz.mk
 * with clang -fsanitize=fuzzer,address,undefined; the same file, compiled
 * with -DFUZZ_STANDALONE, replays inputs named on the command line without
 * libFuzzer (test/fuzz/replay.sh).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tip_parser.h"
#include "tip_annotate.h"
#include "std_alloc.h"

/* Sink for the bytes read, so the reads are not optimized away. */
static volatile unsigned fz_sink;

/* Stop with a message: libFuzzer records the input as a crash. */
static void
fz_fail(const char *what, long a, long b)
{
	fprintf(stderr, "fuzz_parser: invariant failed: %s (%ld, %ld)\n", what, a, b);
	abort();
}

/* Read every byte of a core string; a NULL string must have length 0. */
static void
touch_str(tip_str s)
{
	unsigned	h = 0;
	uint32_t	k;

	if (s.p == NULL)
	{
		if (s.n != 0)
			fz_fail("NULL string with a length", (long) s.n, 0);
		return;
	}
	for (k = 0; k < s.n; k++)
		h = h * 31 + (unsigned char) s.p[k];
	fz_sink += h;
}

/* Read a source-offset array of n entries; each must point into the input. */
static void
touch_src(const uint32_t *src, uint32_t n, size_t input_len)
{
	uint32_t	k;

	if (src == NULL)
		return;
	for (k = 0; k < n; k++)
	{
		if (src[k] > input_len)
			fz_fail("source offset beyond the input", (long) src[k], (long) input_len);
		fz_sink += src[k];
	}
}

/* A span [s, e) of the input must lie inside it. */
static void
check_span(uint32_t s, uint32_t e, size_t input_len, const char *what)
{
	if (s > e || e > input_len)
		fz_fail(what, (long) s, (long) e);
}

/* Walk the document model. */
static void
walk_doc(const tip_doc *doc)
{
	const tip_meta *m = &doc->meta;
	size_t		len = doc->input_len;
	int			k;

	for (k = 0; k < doc->n_sections; k++)
	{
		const tip_section *s = &doc->sections[k];

		touch_str(s->label);
		touch_str(s->path);
		touch_str(s->title);
		touch_src(s->title_src, s->title.n, len);
		if (s->parent_ord < 0 || s->parent_ord > doc->n_sections)
			fz_fail("section parent out of range", s->parent_ord, doc->n_sections);
		if (s->start_offset > len)
			fz_fail("section offset beyond the input", (long) s->start_offset, (long) len);
		fz_sink += (unsigned) (s->ord + s->depth + s->kind + s->first_paragraph + s->last_paragraph);
		fz_sink += (unsigned) strlen(tip_section_kind_name(s->kind));
	}
	for (k = 0; k < doc->n_paragraphs; k++)
	{
		const tip_paragraph *p = &doc->paragraphs[k];
		int			j;

		touch_str(p->body);
		touch_src(p->body_src, p->body.n, len);
		check_span(p->start_offset, p->end_offset, len, "paragraph span");
		if (p->n_marks < 0 || p->first_mark < 0 ||
			(p->n_marks > 0 && p->first_mark + p->n_marks > doc->n_marks))
			fz_fail("paragraph marks out of range", p->first_mark, p->n_marks);
		for (j = 0; j < p->n_marks; j++)
			touch_str(doc->marks[p->first_mark + j].mark);
		fz_sink += (unsigned) (p->number + p->section_ord);
	}
	for (k = 0; k < doc->n_footnotes; k++)
	{
		const tip_footnote *f = &doc->footnotes[k];

		touch_str(f->mark);
		touch_str(f->body);
		touch_src(f->body_src, f->body.n, len);
		check_span(f->start_offset, f->end_offset, len, "footnote span");
		fz_sink += (unsigned) f->paragraph;
	}
	for (k = 0; k < doc->n_marks; k++)
	{
		touch_str(doc->marks[k].mark);
		fz_sink += (unsigned) doc->marks[k].paragraph;
	}
	touch_str(m->symbol);
	touch_str(m->job_number);
	touch_str(m->body);
	touch_str(m->parent_body);
	touch_str(m->session_title);
	touch_str(m->venue);
	touch_str(m->original_language);
	touch_str(m->agenda_item);
	touch_str(m->agenda_symbol);
	touch_str(m->agenda_title);
	touch_str(m->title);
	touch_str(m->report_type);
	touch_str(m->summary);
	fz_sink += (unsigned) (m->session_number + m->session_start.y + m->session_end.m +
						   m->distributed.d);
	if (doc->n_warnings < 0 || doc->n_warnings > TIP_MAX_WARNINGS)
		fz_fail("warning count", doc->n_warnings, 0);
	for (k = 0; k < doc->n_warnings; k++)
		fz_sink += (unsigned) strlen(doc->warnings[k]);
	fz_sink += (unsigned) strlen(tip_rendering_name(doc->rendering));
}

/* Walk every annotation array. */
static void
walk_ann(const tip_doc *doc)
{
	const tip_annotations *a = doc->ann;
	size_t		len = doc->input_len;
	int			k,
				j;

	if (a == NULL)
		fz_fail("tip_annotate returned TIP_OK without annotations", 0, 0);
	for (k = 0; k < a->n_texts; k++)
	{
		touch_str(a->texts[k].text);
		touch_src(a->texts[k].src, a->texts[k].text.n, len);
	}
	for (k = 0; k < a->n_sentences; k++)
	{
		const tip_sentence *x = &a->sentences[k];

		if (x->text < 0 || x->text >= a->n_texts)
			fz_fail("sentence text out of range", x->text, a->n_texts);
		if (x->start > x->end || x->end > a->texts[x->text].text.n)
			fz_fail("sentence span", (long) x->start, (long) x->end);
	}
	for (k = 0; k < a->n_mentions; k++)
	{
		const tip_mention *m = &a->mentions[k];

		if (m->text < 0 || m->text >= a->n_texts)
			fz_fail("mention text out of range", m->text, a->n_texts);
		if (m->text_start > m->text_end || m->text_end > a->texts[m->text].text.n)
			fz_fail("mention text span", (long) m->text_start, (long) m->text_end);
		check_span(m->start_offset, m->end_offset, len, "mention span");
		if (m->enclosing < -1 || m->enclosing >= a->n_mentions)
			fz_fail("mention enclosing out of range", m->enclosing, a->n_mentions);
		touch_str(m->footnote_mark);
		touch_str(m->surface);
		touch_str(m->value);
		touch_str(m->unit);
		fz_sink += (unsigned) (m->kind + m->paragraph + m->entity + m->precision +
							   m->date_start.y + m->date_end.d) + (unsigned) (m->number != 0);
		fz_sink += (unsigned) strlen(tip_mention_kind_name(m->kind));
		if (tip_date_precision_name(m->precision) != NULL)
			fz_sink += (unsigned) strlen(tip_date_precision_name(m->precision));
	}
	for (k = 0; k < a->n_references; k++)
	{
		const tip_reference *r = &a->references[k];

		if (r->mention < 0 || r->mention >= a->n_mentions)
			fz_fail("reference mention out of range", r->mention, a->n_mentions);
		touch_str(r->body);
		touch_str(r->number);
		touch_str(r->symbol);
		fz_sink += (unsigned) (r->paragraph + r->year + r->is_resolution);
	}
	for (k = 0; k < a->n_parties; k++)
	{
		const tip_party_event *e = &a->parties[k];

		touch_str(e->iso3);
		touch_str(e->country);
		touch_str(e->since);
		touch_str(e->instrument);
		check_span(e->start_offset, e->end_offset, len, "party span");
		fz_sink += (unsigned) (e->kind + e->count + e->year + e->paragraph);
		fz_sink += (unsigned) strlen(tip_party_kind_name(e->kind));
	}
	for (k = 0; k < a->n_sessions; k++)
	{
		const tip_session_ref *s = &a->sessions[k];

		touch_str(s->body);
		touch_str(s->kind);
		touch_str(s->venue);
		check_span(s->start_offset, s->end_offset, len, "session span");
		fz_sink += (unsigned) (s->number + s->participants + s->countries + s->paragraph +
							   s->is_report_session + s->date_start.y + s->date_end.m);
	}
	for (k = 0; k < a->n_activities; k++)
	{
		const tip_activity *x = &a->activities[k];

		touch_str(x->kind);
		touch_str(x->theme);
		touch_str(x->place);
		touch_str(x->sentence);
		if (x->n_countries < 0 || (x->n_countries > 0 && x->countries == NULL))
			fz_fail("activity countries", x->n_countries, 0);
		for (j = 0; j < x->n_countries; j++)
			touch_str(x->countries[j]);
		if (x->n_organizations < 0 || (x->n_organizations > 0 && x->organizations == NULL))
			fz_fail("activity organizations", x->n_organizations, 0);
		for (j = 0; j < x->n_organizations; j++)
			touch_str(x->organizations[j]);
		check_span(x->start_offset, x->end_offset, len, "activity span");
		fz_sink += (unsigned) (x->paragraph + x->ord + x->participants + x->precision +
							   x->date_start.y + x->date_end.d);
	}
}

/* Progress hook that never cancels; counts calls so they are exercised. */
static int
fz_progress(void *arg)
{
	(*(unsigned long *) arg)++;
	return 0;
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One input: parse, annotate, walk, free (leaks are LeakSanitizer's job). */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const tip_allocator a = {std_alloc, std_release, NULL};
	unsigned long ticks = 0;
	tip_options opt;
	tip_doc    *doc = NULL;
	tip_status	rc;

	memset(&opt, 0, sizeof(opt));
	opt.progress = fz_progress;
	opt.progress_arg = &ticks;
	rc = tip_parse((const char *) data, size, &a, &opt, &doc);
	if (rc != TIP_OK)
	{
		/* with malloc and no limit the only failure is a real out of memory */
		if (doc != NULL)
			fz_fail("failed parse left a document", rc, 0);
		if (rc != TIP_ENOMEM)
			fz_fail("tip_parse failed", rc, (long) size);
		return 0;
	}
	if (doc == NULL)
		fz_fail("tip_parse returned TIP_OK without a document", 0, 0);
	if (doc->input != (const char *) data || doc->input_len != size)
		fz_fail("document does not point at its input", (long) doc->input_len, (long) size);
	walk_doc(doc);
	rc = tip_annotate(doc, TIP_ANN_ALL);
	if (rc == TIP_OK)
		walk_ann(doc);
	else if (rc != TIP_ENOMEM)
		fz_fail("tip_annotate failed", rc, (long) size);
	/* a second call must be a no-op that keeps the results */
	if (rc == TIP_OK && tip_annotate(doc, TIP_ANN_ALL) != TIP_OK)
		fz_fail("second tip_annotate failed", 0, 0);
	tip_doc_free(doc);
	return 0;
}

#ifdef FUZZ_STANDALONE
/* Replay the files named on the command line (no libFuzzer needed). */
int
main(int argc, char **argv)
{
	int			i;

	for (i = 1; i < argc; i++)
	{
		FILE	   *f = fopen(argv[i], "rb");
		char	   *buf = NULL;
		size_t		n = 0,
					cap = 0,
					r;

		if (f == NULL)
		{
			perror(argv[i]);
			return 2;
		}
		do
		{
			if (n == cap)
			{
				cap = cap ? cap * 2 : 65536;
				buf = realloc(buf, cap);
				if (buf == NULL)
					return 2;
			}
			r = fread(buf + n, 1, cap - n, f);
			n += r;
		} while (r > 0);
		fclose(f);
		/* exact-size copy so reads past the end are caught */
		{
			uint8_t    *exact = malloc(n > 0 ? n : 1);

			if (exact == NULL)
				return 2;
			if (n > 0)
				memcpy(exact, buf, n);
			free(buf);
			LLVMFuzzerTestOneInput(exact, n);
			free(exact);
		}
		printf("ok %s (%zu bytes)\n", argv[i], n);
	}
	return 0;
}
#endif
