/*
 * bench_core.c
 *	  Throughput of the parser core alone: parses the given report files
 *	  over and over until at least 50 MB went through, prints MB/s.
 *	  Usage: bench_core [-m MB] [-a mentions|references|parties|sessions|activities|all] FILE...
 *	  (-a also runs that annotation layer and the layers it needs)
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tip_parser.h"
#include "tip_annotate.h"
#include "../tools/std_alloc.h"


static double
clock_seconds(clockid_t id)
{
	struct timespec ts;

	clock_gettime(id, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	tip_allocator a = {std_alloc, std_release, NULL};
	double		target = 50.0;
	char	  **texts;
	size_t	   *lens;
	int			n = 0,
				i;
	size_t		done = 0;
	unsigned	layers = 0;
	long		paragraphs = 0;
	double		t0,
				t1,
				c0,
				c1;

	texts = calloc((size_t) argc, sizeof(char *));
	lens = calloc((size_t) argc, sizeof(size_t));
	for (i = 1; i < argc; i++)
	{
		FILE	   *f;
		long		sz;

		if (strcmp(argv[i], "-m") == 0 && i + 1 < argc)
		{
			target = atof(argv[++i]);
			continue;
		}
		if (strcmp(argv[i], "-a") == 0 && i + 1 < argc)
		{
			static const struct
			{
				const char *name;
				unsigned	bits;
			}			names[] = {
				{"mentions", TIP_ANN_MENTIONS}, {"references", TIP_ANN_REFERENCES},
				{"parties", TIP_ANN_PARTIES}, {"sessions", TIP_ANN_SESSIONS},
				{"activities", TIP_ANN_ACTIVITIES}, {"all", TIP_ANN_ALL},
			};
			size_t		k;

			i++;
			for (k = 0; k < sizeof(names) / sizeof(names[0]); k++)
				if (strcmp(argv[i], names[k].name) == 0)
					layers = names[k].bits;
			if (layers == 0)
			{
				fprintf(stderr, "bench_core: unknown layer %s\n", argv[i]);
				return 2;
			}
			continue;
		}
		f = fopen(argv[i], "rb");
		if (f == NULL)
		{
			perror(argv[i]);
			return 2;
		}
		fseek(f, 0, SEEK_END);
		sz = ftell(f);
		fseek(f, 0, SEEK_SET);
		texts[n] = malloc((size_t) sz + 1);
		lens[n] = fread(texts[n], 1, (size_t) sz, f);
		fclose(f);
		n++;
	}
	if (n == 0)
	{
		fprintf(stderr, "usage: bench_core [-m MB] FILE...\n");
		return 2;
	}
	/* wall clock, and CPU time, which a busy machine does not inflate */
	t0 = clock_seconds(CLOCK_MONOTONIC);
	c0 = clock_seconds(CLOCK_PROCESS_CPUTIME_ID);
	while (done < (size_t) (target * 1e6))
		for (i = 0; i < n; i++)
		{
			tip_doc    *doc;

			if (tip_parse(texts[i], lens[i], &a, NULL, &doc) != TIP_OK)
				return 1;
			if (layers != 0 && tip_annotate(doc, layers) != TIP_OK)
				return 1;
			paragraphs += doc->n_paragraphs;
			tip_doc_free(doc);
			done += lens[i];
		}
	t1 = clock_seconds(CLOCK_MONOTONIC);
	c1 = clock_seconds(CLOCK_PROCESS_CPUTIME_ID);
	printf("core: %.1f MB, wall %.3f s = %.1f MB/s, CPU %.3f s = %.1f MB/s (%ld paragraphs)\n",
		   done / 1e6, t1 - t0, done / 1e6 / (t1 - t0), c1 - c0, done / 1e6 / (c1 - c0), paragraphs);
	return 0;
}
