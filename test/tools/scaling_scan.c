/*
 * scaling_scan.c
 *	  Look for inputs on which parse + annotate time grows faster than the
 *	  input: each file is repeated to SIZE and to SCALE times SIZE bytes,
 *	  and the larger run's CPU time is compared with the smaller's.  Fed
 *	  with the fuzzer's corpus it finds shapes that no hand-written test
 *	  thought of (test_scaling keeps those found).
 *
 * Usage: scaling_scan SIZE_KB SCALE FILE...
 * Prints "ratio file (small ms, large ms)" for every file whose ratio
 * exceeds SCALE * 2, and a last line with the count; exits 1 if any did.
 * The progress hook stops a large run at 100 times the small one's time.
 */
#include "timed_parse.h"

#include <stdio.h>
#include <stdlib.h>

#define MAX_FILE (1 << 20)

/* Best CPU time of two runs; -1 when stopped at limit or failed otherwise. */
static double
time_parse(const char *text, size_t len, double limit)
{
	tip_status	failed;
	double		t = timed_parse(text, len, limit, 2, &failed);

	return t == -2 ? -1 : t;
}

/* n bytes of pattern p (of pl bytes) repeated. */
static char *
repeat(const char *p, size_t pl, size_t n)
{
	char	   *b = malloc(n > 0 ? n : 1);
	size_t		k;

	if (b == NULL)
		exit(2);
	for (k = 0; k < n; k += pl)
		memcpy(b + k, p, n - k < pl ? n - k : pl);
	return b;
}

int
main(int argc, char **argv)
{
	static char data[MAX_FILE];
	size_t		size;
	int			scale,
				i,
				flagged = 0,
				scanned = 0;

	if (argc < 4 || atoi(argv[1]) <= 0 || atoi(argv[2]) < 2)
	{
		fprintf(stderr, "usage: scaling_scan SIZE_KB SCALE FILE...\n");
		return 2;
	}
	size = (size_t) atoi(argv[1]) * 1024;
	scale = atoi(argv[2]);
	time_parse("1. Chad.\n", 9, 0);	/* builds the gazetteer's matcher */
	for (i = 3; i < argc; i++)
	{
		FILE	   *f = fopen(argv[i], "rb");
		size_t		n;
		char	   *small,
				   *large;
		double		ts,
					tl,
					ratio;

		if (f == NULL)
			continue;
		n = fread(data, 1, sizeof(data), f);
		fclose(f);
		if (n == 0)
			continue;
		small = repeat(data, n, size);
		large = repeat(data, n, size * (size_t) scale);
		ts = time_parse(small, size, 0);
		tl = time_parse(large, size * (size_t) scale, ts * 100 + 0.05);
		ratio = tl < 0 ? -1 : tl / (ts > 1e-4 ? ts : 1e-4);
		scanned++;
		if (tl < 0 || ratio > scale * 2.0)
		{
			if (tl < 0)
				printf("stopped %s (%.1f ms, then over 100 times as long)\n", argv[i], ts * 1e3);
			else
				printf("%.1f %s (%.1f ms, %.1f ms)\n", ratio, argv[i], ts * 1e3, tl * 1e3);
			flagged++;
		}
		free(small);
		free(large);
	}
	printf("scaling_scan: %d of %d inputs grew faster than %.1f times for %d times the input\n",
		   flagged, scanned, scale * 2.0, scale);
	return flagged > 0;
}
