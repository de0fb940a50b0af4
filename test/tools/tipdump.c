/*
 * tipdump.c
 *	  Print the document model of report files, for tests and debugging.
 *
 *	  tipdump [-m|-s|-p|-f|-a] FILE...   (metadata, sections, paragraphs,
 *	  footnotes; -a all, the default).  Output is tab-separated and stable.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tip_parser.h"
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
		tip_doc_free(doc);
		free(text);
	}
	return 0;
}
