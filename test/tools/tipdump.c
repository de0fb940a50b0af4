/*
 * tipdump.c
 *	  Print the document model of report files, for tests and debugging.
 *
 *	  tipdump [-m|-s|-p|-f|-a] FILE...   (metadata, sections, paragraphs,
 *	  footnotes; -a all, the default).  Annotation layers: -X sentences,
 *	  -M mentions, -R references, -P parties, -S sessions, -A activities;
 *	  letters combine (-MR).  Output is tab-separated and stable.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tip_parser.h"
#include "tip_annotate.h"
#include "std_alloc.h"


static void
put_str(tip_str s)
{
	uint32_t	k;

	if (s.p == NULL)
	{
		fputs("NULL", stdout);
		return;
	}
	for (k = 0; k < s.n; k++)
	{
		if (s.p[k] == '\n')
			fputs("\\n", stdout);
		else if (s.p[k] == '\t')
			fputs("\\t", stdout);
		else
			putchar(s.p[k]);
	}
}

static void
put_date(tip_date d)
{
	if (d.y == 0)
		fputs("NULL", stdout);
	else
		printf("%04d-%02d-%02d", d.y, d.m, d.d);
}

static void
put_strs(const tip_str *v, int n)
{
	int			k;

	for (k = 0; k < n; k++)
	{
		if (k > 0)
			putchar(',');
		put_str(v[k]);
	}
	if (n == 0)
		fputs("{}", stdout);
}

/* The annotation layers named by the letters in what. */
static void
put_annotations(const tip_doc *doc, const char *what)
{
	const tip_annotations *a = doc->ann;
	int			k;

	if (strchr(what, 'X'))
		for (k = 0; k < a->n_sentences; k++)
		{
			const tip_sentence *x = &a->sentences[k];
			tip_str		t = {a->texts[x->text].text.p + x->start, x->end - x->start};

			printf("sentence\t%d\t%u\t%u\t", a->texts[x->text].paragraph, x->start, x->end);
			put_str(t);
			putchar('\n');
		}
	if (strchr(what, 'M'))
		for (k = 0; k < a->n_mentions; k++)
		{
			const tip_mention *m = &a->mentions[k];

			printf("mention\t%d\t", m->paragraph);
			put_str(m->footnote_mark);
			printf("\t%s\t", tip_mention_kind_name(m->kind));
			put_str(m->value);
			putchar('\t');
			put_str(m->unit);
			putchar('\t');
			put_str(m->surface);
			printf("\t%u\t%u\t", m->start_offset, m->end_offset);
			put_date(m->date_start);
			putchar('\t');
			put_date(m->date_end);
			printf("\t%s\t%g\t%d\n", tip_date_precision_name(m->precision) ?
				   tip_date_precision_name(m->precision) : "NULL", m->number, m->enclosing);
		}
	if (strchr(what, 'R'))
		for (k = 0; k < a->n_references; k++)
		{
			const tip_reference *r = &a->references[k];

			printf("reference\t%d\t%s\t", r->paragraph, r->is_resolution ? "resolution" : "document");
			put_str(r->body);
			putchar('\t');
			put_str(r->number);
			printf("\t%d\t", r->year);
			put_str(r->symbol);
			putchar('\n');
		}
	if (strchr(what, 'P'))
		for (k = 0; k < a->n_parties; k++)
		{
			const tip_party_event *e = &a->parties[k];

			printf("party\t%s\t%d\t", tip_party_kind_name(e->kind), e->count);
			put_str(e->iso3);
			putchar('\t');
			put_str(e->country);
			printf("\t%d\t", e->year);
			put_str(e->since);
			putchar('\t');
			put_str(e->instrument);
			printf("\t%d\t", e->paragraph);
			put_date(e->date);
			printf("\t%s\n", tip_date_precision_name(e->precision) ?
				   tip_date_precision_name(e->precision) : "NULL");
		}
	if (strchr(what, 'S'))
		for (k = 0; k < a->n_sessions; k++)
		{
			const tip_session_ref *s = &a->sessions[k];

			printf("session\t");
			put_str(s->body);
			putchar('\t');
			put_str(s->kind);
			printf("\t%d\t", s->number);
			put_str(s->venue);
			putchar('\t');
			put_date(s->date_start);
			putchar('\t');
			put_date(s->date_end);
			printf("\t%d\t%d\t%d\t%d\n", s->participants, s->countries, s->paragraph,
				   s->is_report_session);
		}
	if (strchr(what, 'A'))
		for (k = 0; k < a->n_activities; k++)
		{
			const tip_activity *x = &a->activities[k];

			printf("activity\t%d\t%d\t", x->paragraph, x->ord);
			put_str(x->kind);
			putchar('\t');
			put_str(x->theme);
			putchar('\t');
			put_date(x->date_start);
			putchar('\t');
			put_date(x->date_end);
			printf("\t%s\t", tip_date_precision_name(x->precision) ?
				   tip_date_precision_name(x->precision) : "NULL");
			put_str(x->place);
			putchar('\t');
			put_strs(x->countries, x->n_countries);
			putchar('\t');
			put_strs(x->organizations, x->n_organizations);
			printf("\t%d\t", x->participants);
			put_str(x->sentence);
			putchar('\n');
		}
}

static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf = NULL;
	size_t		cap = 0,
				n = 0;

	if (f == NULL)
		return NULL;
	for (;;)
	{
		size_t		r;

		if (n == cap)
		{
			cap = cap ? cap * 2 : 65536;
			buf = realloc(buf, cap);
			if (buf == NULL)
				exit(2);
		}
		r = fread(buf + n, 1, cap - n, f);
		if (r == 0)
			break;
		n += r;
	}
	fclose(f);
	*len = n;
	return buf;
}

int
main(int argc, char **argv)
{
	tip_allocator a = {std_alloc, std_release, NULL};
	const char *what = "a";
	int			i;

	for (i = 1; i < argc; i++)
	{
		size_t		len;
		char	   *text;
		tip_doc    *doc;
		tip_status	rc;
		int			k;

		if (argv[i][0] == '-' && argv[i][1] != '\0')
		{
			what = argv[i] + 1;
			continue;
		}
		text = read_file(argv[i], &len);
		if (text == NULL)
		{
			perror(argv[i]);
			return 2;
		}
		rc = tip_parse(text, len, &a, NULL, &doc);
		if (rc != TIP_OK)
		{
			printf("%s\terror %d\n", argv[i], rc);
			free(text);
			continue;
		}
		if (strchr(what, 'a') || strchr(what, 'm'))
		{
			tip_meta   *m = &doc->meta;

			printf("symbol\t"); put_str(m->symbol);
			if (m->n_symbols > 1)
			{
				printf("\nsymbols\t");
				put_strs(m->symbols, m->n_symbols);
			}
			printf("\njob_number\t"); put_str(m->job_number);
			printf("\nbody\t"); put_str(m->body);
			printf("\nparent_body\t"); put_str(m->parent_body);
			printf("\nsession_number\t%d", m->session_number);
			printf("\nsession_title\t"); put_str(m->session_title);
			printf("\nvenue\t"); put_str(m->venue);
			printf("\nsession_start\t"); put_date(m->session_start);
			printf("\nsession_end\t"); put_date(m->session_end);
			printf("\ndistributed\t"); put_date(m->distributed);
			printf("\noriginal_language\t"); put_str(m->original_language);
			printf("\nagenda_item\t"); put_str(m->agenda_item);
			printf("\nagenda_symbol\t"); put_str(m->agenda_symbol);
			printf("\nagenda_title\t"); put_str(m->agenda_title);
			printf("\ntitle\t"); put_str(m->title);
			printf("\nreport_type\t"); put_str(m->report_type);
			printf("\nsummary\t"); put_str(m->summary);
			printf("\nparagraphs\t%d\nfootnotes\t%d\nrendering\t%s\n",
				   doc->n_paragraphs, doc->n_footnotes, tip_rendering_name(doc->rendering));
			for (k = 0; k < doc->n_warnings; k++)
				printf("warning\t%s\n", doc->warnings[k]);
		}
		if (strchr(what, 'a') || strchr(what, 's'))
			for (k = 0; k < doc->n_sections; k++)
			{
				tip_section *s = &doc->sections[k];

				printf("section\t%d\t%d\t%d\t%s\t", s->ord, s->parent_ord, s->depth,
					   tip_section_kind_name(s->kind));
				put_str(s->label);
				putchar('\t');
				put_str(s->path);
				putchar('\t');
				put_str(s->title);
				printf("\t%d\t%d\n", s->first_paragraph, s->last_paragraph);
			}
		if (strchr(what, 'a') || strchr(what, 'p'))
			for (k = 0; k < doc->n_paragraphs; k++)
			{
				tip_paragraph *p = &doc->paragraphs[k];
				int			j;

				printf("paragraph\t%d\t%d\t", p->number, p->section_ord);
				for (j = 0; j < p->n_marks; j++)
				{
					put_str(doc->marks[p->first_mark + j].mark);
					putchar(j + 1 < p->n_marks ? ',' : '\t');
				}
				if (p->n_marks == 0)
					putchar('\t');
				printf("%u\t%u\t", p->start_offset, p->end_offset);
				put_str(p->body);
				putchar('\n');
			}
		if (strchr(what, 'a') || strchr(what, 'f'))
			for (k = 0; k < doc->n_footnotes; k++)
			{
				tip_footnote *f = &doc->footnotes[k];

				printf("footnote\t");
				put_str(f->mark);
				printf("\t%d\t", f->paragraph);
				put_str(f->body);
				putchar('\n');
			}
		if (strpbrk(what, "XMRPSA") != NULL)
		{
			rc = tip_annotate(doc, TIP_ANN_ALL);
			if (rc != TIP_OK)
				printf("%s\tannotate error %d\n", argv[i], rc);
			else
				put_annotations(doc, what);
		}
		tip_doc_free(doc);
		free(text);
	}
	return 0;
}
