/*
 * test_scaling.c
 *	  Parse and annotation work grow in proportion to the input, for the
 *	  shapes where a step that looks one thing up per item could turn
 *	  quadratic: footnotes whose marks the text does not carry, notes that
 *	  look for plain-text marks in a long paragraph, a paragraph dense with
 *	  mentions, thousands of headings, one sentence of party phrases, one
 *	  paragraph naming sessions and dialogues, one sentence of passives after
 *	  a body's meeting, the corpus reports repeated.
 *
 * Each shape is parsed at SMALL and at SCALE times SMALL bytes.  The verdict
 * comes from counts, never from clocks, so a slow or busy machine gives the
 * same one: the core's work units (tip_work_done: about one per byte a step
 * reads, one per item a loop visits) and the bytes asked of the allocator
 * may grow at most GROWTH_MAX times for SCALE times the input (linear work
 * grows SCALE times, a quadratic step SCALE squared).  The progress hook
 * stops a larger run after LIMIT_FACTOR times the smaller run's hook calls,
 * so a regression fails at once instead of hanging.  The CPU times are
 * printed as figures only (make scaling-scan times every fuzz input).
 * Prints one line per shape; exits non-zero on any failure.
 */
#include "../tools/counted_parse.h"

#include <stdio.h>
#include <stdlib.h>

#define SMALL ((size_t) 1 << 20)
#define SCALE 4
#define GROWTH_MAX 4.5
#define LIMIT_FACTOR 40

/* Growable text buffer. */
typedef struct buf
{
	char	   *p;
	size_t		n;
	size_t		cap;
} buf;

static void
put(buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap)
	{
		b->cap = (b->n + n + 1) * 2;
		b->p = realloc(b->p, b->cap);
		if (b->p == NULL)
			exit(2);
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

static void
puts_(buf *b, const char *s)
{
	put(b, s, strlen(s));
}

/* ---- the shapes: each writes about size bytes ---- */

static void
shape_unmatched_notes(buf *b, size_t size)
{
	char		line[600];
	int			i;

	for (i = 1; b->n < size; i++)
	{
		/* long enough that paragraph numbers stay below 10000 */
		snprintf(line, sizeof(line),
				 "%d. Paragraph text with a mark<sup>5</sup> here, and words to make it long: "
				 "the Protocol and the Convention, with a further clause on the report. "
				 "More words follow the clause, so that the text runs on for a while; "
				 "and then the paragraph goes on, about the States and their laws, "
				 "the victims and the services offered to them in every region.\n\n"
				 "<sup>%d</sup> A note whose mark is not in the text.\n\n"
				 "<sup>%d</sup> Another note.\n\n<sup>%d</sup> A third note on the text.\n\n"
				 "<sup>%d</sup> A fourth note on the text.\n\n",
				 i, 900 + i % 50, 950 + i % 40, 800 + i % 30, 700 + i % 20);
		puts_(b, line);
	}
}

static void
shape_plain_marks(buf *b, size_t size)
{
	char		line[64];
	int			i;

	puts_(b, "1. ");
	while (b->n < size / 2)
		puts_(b, "word word word word word word word word word word ");
	puts_(b, "\n\n");
	for (i = 0; b->n < size; i++)
	{
		snprintf(line, sizeof(line), "<sup>%d</sup> A note.\n\n", 10 + i % 90);
		puts_(b, line);
	}
}

static void
shape_dense_mentions(buf *b, size_t size)
{
	puts_(b, "1. ");
	while (b->n < size)
		puts_(b, "A/71/1, Chad, 1 May 2012, US$ 1 ");
}

static void
shape_headings(buf *b, size_t size)
{
	char		line[160];
	int			i;

	for (i = 1; b->n < size; i++)
	{
		snprintf(line, sizeof(line),
				 "%s. Heading on trafficking %d\n\nA. Sub-heading\n\n"
				 "%d. The Conference, at its %dth session, held in Vienna.\n\n",
				 i % 2 ? "I" : "II", i, i, i % 12 + 1);
		puts_(b, line);
	}
}

static void
shape_party_sentence(buf *b, size_t size)
{
	puts_(b, "1. ");
	while (b->n < size)
		puts_(b, "Since 2012, Chad and Niger have ratified the Protocol, bringing the total "
			  "of States parties to 170 and attracting 7 ratifications, ");
}

static void
shape_passive_sentence(buf *b, size_t size)
{
	puts_(b, "1. ");
	while (b->n < size)
		puts_(b, "The eleventh meeting of the Working Group was held, States parties were reviewed "
			  "and communications were sent by the secretariat, ");
}

static void
shape_session_paragraph(buf *b, size_t size)
{
	puts_(b, "1. ");
	while (b->n < size)
		puts_(b, "At its fifth session, the Conference of the Parties held a dialogue; ");
}

static char *corpus;
static size_t corpus_len;

static void
shape_reports(buf *b, size_t size)
{
	while (b->n < size)
	{
		put(b, corpus, corpus_len);
		puts_(b, "\n\f\n");
	}
}

static int
load_corpus(void)
{
	static const char *const files[] = {
		"test/corpus/000_f1f4cd0cd07ec4e1.txt",
		"test/corpus/001_e140540fbb5a1c1d.txt",
		"test/corpus/004_e8d0dfb9daeccd83.txt",
	};
	buf			b = {NULL, 0, 0};
	size_t		k;

	for (k = 0; k < sizeof(files) / sizeof(files[0]); k++)
	{
		FILE	   *f = fopen(files[k], "rb");
		char		chunk[65536];
		size_t		r;

		if (f == NULL)
			return -1;
		while ((r = fread(chunk, 1, sizeof(chunk), f)) > 0)
			put(&b, chunk, r);
		fclose(f);
	}
	corpus = b.p;
	corpus_len = b.n;
	return 0;
}

/* Counted parse + annotation of text; the hook stops it at call stop_at. */
static void
count_parse(const char *text, size_t len, long stop_at, parse_count *c)
{
	if (counted_parse(text, len, stop_at, NULL, NULL, c) != 0 ||
		(c->parse_rc != TIP_OK && c->parse_rc != TIP_ECANCEL) ||
		(c->annotate_rc != TIP_OK && c->annotate_rc != TIP_ECANCEL))
	{
		printf("  parse failed: status %d/%d\n", c->parse_rc, c->annotate_rc);
		exit(1);
	}
}

/* How many times b is a, per SCALE times the input (lb / la bytes). */
static double
growth(double a, double b, size_t la, size_t lb)
{
	return (b / (a > 0 ? a : 1)) * (double) (SCALE * la) / (double) lb;
}

int
main(void)
{
	static const struct
	{
		const char *name;
		void		(*make) (buf *b, size_t size);
	}			shapes[] = {
		{"footnotes whose marks the text does not carry", shape_unmatched_notes},
		{"notes looking for plain marks in a long paragraph", shape_plain_marks},
		{"a paragraph dense with mentions", shape_dense_mentions},
		{"thousands of headings and sessions", shape_headings},
		{"one sentence of party phrases", shape_party_sentence},
		{"one paragraph naming sessions and dialogues", shape_session_paragraph},
		{"one sentence of passives after a body's meeting", shape_passive_sentence},
		{"the corpus reports repeated", shape_reports},
	};
	int			failed = 0;
	size_t		i;
	parse_count warm;

	if (load_corpus() != 0)
	{
		printf("FAILED: run from the repository root (test/corpus not found)\n");
		return 1;
	}
	/* the gazetteer's matcher is built on first use: not part of any run */
	count_parse("1. Chad.\n", 9, 0, &warm);
	for (i = 0; i < sizeof(shapes) / sizeof(shapes[0]); i++)
	{
		buf			small = {NULL, 0, 0},
					large = {NULL, 0, 0};
		parse_count cs,
					cl;
		double		gw,
					ga;

		shapes[i].make(&small, SMALL);
		shapes[i].make(&large, SMALL * SCALE);
		count_parse(small.p, small.n, 0, &cs);
		count_parse(large.p, large.n, LIMIT_FACTOR * (cs.calls + 1), &cl);
		if (cl.parse_rc == TIP_ECANCEL || cl.annotate_rc == TIP_ECANCEL)
		{
			printf("FAILED %s: %zu bytes: %zu work units, %ld hook calls; %zu bytes stopped "
				   "after %ld hook calls (%d times as many)\n", shapes[i].name, small.n,
				   cs.work, cs.calls, large.n, cl.calls, LIMIT_FACTOR);
			failed = 1;
			continue;
		}
		gw = growth((double) cs.work, (double) cl.work, small.n, large.n);
		ga = growth((double) cs.asked, (double) cl.asked, small.n, large.n);
		printf("%s %s: %zu -> %zu bytes: work %zu -> %zu units (%.2f times), "
			   "allocator %zu -> %zu bytes (%.2f times); CPU %.1f -> %.1f ms (figure only)\n",
			   gw > GROWTH_MAX || ga > GROWTH_MAX ? "FAILED" : "ok", shapes[i].name,
			   small.n, large.n, cs.work, cl.work, gw, cs.asked, cl.asked, ga,
			   cs.cpu * 1e3, cl.cpu * 1e3);
		if (gw > GROWTH_MAX || ga > GROWTH_MAX)
			failed = 1;
		free(small.p);
		free(large.p);
	}
	return failed;
}
