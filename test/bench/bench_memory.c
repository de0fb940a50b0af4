/*
 * bench_memory.c
 *	  Peak memory of a parse (tip_parse + tip_annotate(TIP_ANN_ALL)) as a
 *	  multiple of the input size, from a counting allocator: for the report
 *	  files named on the command line and for generated inputs that are hard
 *	  on memory (short lines, one long line, one huge paragraph, markup).
 *	  Prints one line per input and the largest multiples seen, beside what
 *	  the backend grants (TIP_MEM_FACTOR and TIP_ANN_MEM_FACTOR x input +
 *	  TIP_MEM_BASE, see tip_parser.h); exits non-zero when a multiple goes
 *	  past what is granted.
 *
 *	  Usage: bench_memory [-s MB] [FILE...]   (-s: size of generated inputs)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tip_parser.h"
#include "tip_annotate.h"
#include "../tools/count_alloc.h"

static double worst = 0;		/* parse + annotate */
static double worst_parse = 0;	/* parse alone */

/* Parse and annotate one input; print its peaks. */
static void
measure(const char *name, const char *text, size_t len)
{
	mem_count	c = {0, 0, 0, 0, 0};
	tip_allocator a = {count_alloc, count_release, &c};
	tip_doc    *doc = NULL;
	tip_status	rc;
	size_t		parse_peak;
	double		mult;

	rc = tip_parse(text, len, &a, NULL, &doc);
	if (rc != TIP_OK)
	{
		printf("%-34s %10zu bytes  parse failed (%d)\n", name, len, rc);
		return;
	}
	parse_peak = c.peak;
	rc = tip_annotate(doc, TIP_ANN_ALL);
	mult = len > 0 ? (double) c.peak / (double) len : 0;
	printf("%-34s %10zu bytes  parse %8.1f MB  +annotate %8.1f MB  = %6.2f x input%s\n",
		   name, len, parse_peak / 1048576.0, c.peak / 1048576.0, mult,
		   rc == TIP_OK ? "" : "  (annotate failed)");
	if (len >= 1048576 && mult > worst)
		worst = mult;
	if (len >= 1048576 && (double) parse_peak / (double) len > worst_parse)
		worst_parse = (double) parse_peak / (double) len;
	tip_doc_free(doc);
}

/* A buffer of n bytes repeating pattern. */
static char *
repeat(const char *pattern, size_t n)
{
	size_t		pl = strlen(pattern),
				k;
	char	   *b = malloc(n > 0 ? n : 1);

	if (b == NULL)
		exit(2);
	for (k = 0; k < n; k++)
		b[k] = pattern[k % pl];
	return b;
}

/* Numbered lines "1. x" ... up to n bytes. */
static char *
numbered(size_t n)
{
	char	   *b = malloc(n + 32);
	size_t		k = 0;
	long		i = 1;

	if (b == NULL)
		exit(2);
	while (k < n)
		k += (size_t) snprintf(b + k, 32, "%ld. Paragraph text.\n", i++ % 9999 + 1);
	return b;
}

static char *
read_all(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		sz;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (sz = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
		return NULL;
	buf = malloc((size_t) sz + 1);
	if (buf == NULL || fread(buf, 1, (size_t) sz, f) != (size_t) sz)
		return NULL;
	fclose(f);
	*len = (size_t) sz;
	return buf;
}

int
main(int argc, char **argv)
{
	static const struct
	{
		const char *name;
		const char *pattern;
	}			gen[] = {
		{"short lines \"a\\n\"", "a\n"},
		{"CR-only short lines", "ab\r"},
		{"one long line of words", "word "},
		{"one paragraph, 80-column lines", "1. " "word word word word word word word word word word word word word word word\n"},
		{"blank lines", "\n \n\t\n"},
		{"glued markup", "**x*y\\*<sup>1</sup>[a](#)"},
		{"heading ladder", "# I. T\n## A. T\n### 1. T\n"},
		{"form feeds and bullets", "\f\xe2\x80\xa2\n"},
	};
	size_t		size = 8 * 1048576;
	char	   *all = NULL;
	size_t		all_len = 0;
	int			i;

	if (argc > 2 && strcmp(argv[1], "-s") == 0)
	{
		size = (size_t) atol(argv[2]) * 1048576;
		argv += 2;
		argc -= 2;
	}
	printf("granted in the backend: parse %d x input + %d MB, with annotations %d x input + %d MB\n",
		   TIP_MEM_FACTOR, (int) (TIP_MEM_BASE / 1048576), TIP_ANN_MEM_FACTOR,
		   (int) (TIP_MEM_BASE / 1048576));
	for (i = 1; i < argc; i++)
	{
		size_t		len;
		char	   *t = read_all(argv[i], &len);
		const char *base = strrchr(argv[i], '/');

		if (t == NULL)
		{
			fprintf(stderr, "cannot read %s\n", argv[i]);
			return 2;
		}
		measure(base ? base + 1 : argv[i], t, len);
		all = realloc(all, all_len + len + 2);
		if (all == NULL)
			return 2;
		memcpy(all + all_len, t, len);
		all_len += len;
		all[all_len++] = '\n';
		free(t);
	}
	if (all_len > 0)
	{
		/* the files in a row, repeated up to the generated size */
		char	   *big = malloc(size);
		size_t		k;

		if (big == NULL)
			return 2;
		for (k = 0; k < size; k++)
			big[k] = all[k % all_len];
		measure("the files repeated", big, size);
		free(big);
		free(all);
	}
	for (i = 0; i < (int) (sizeof(gen) / sizeof(gen[0])); i++)
	{
		char	   *t = repeat(gen[i].pattern, size);

		measure(gen[i].name, t, size);
		free(t);
	}
	{
		char	   *t = numbered(size);

		measure("numbered lines", t, size);
		free(t);
	}
	{
		/* one numbered paragraph of symbols, countries, dates and money */
		char	   *t = repeat("A/71/1, Chad, 1 May 2012, US$ 1 ", size);

		memcpy(t, "1. ", 3);
		measure("paragraph dense with mentions", t, size);
		free(t);
	}
	printf("largest multiple (inputs of 1 MB or more): parse %.2f x input, "
		   "with annotations %.2f x input\n", worst_parse, worst);
	return worst_parse > TIP_MEM_FACTOR || worst > TIP_ANN_MEM_FACTOR;
}
