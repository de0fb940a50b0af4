/*
 * test_progress.c
 *	  The parser core's progress hook: it is called in proportion to the work
 *	  whatever the shape of the input (one long line, millions of short
 *	  lines, one huge paragraph, markup, a paragraph dense with mentions),
 *	  no stretch of the counted work goes without a call, and a cancel
 *	  requested at any of its calls ends tip_parse() or tip_annotate() with
 *	  TIP_ECANCEL, no document left and every block given back.
 *
 * The backend turns each hook call into CHECK_FOR_INTERRUPTS, so the call
 * rate bounds how long a query takes to answer a cancel; the SQL side of
 * that, with a real-time bound, is test/cancel/cancel.sh.  The verdicts
 * here come from counts (hook calls, the core's work units, blocks), so a
 * slow or busy machine gives the same ones; the longest stretch of CPU
 * time without a call is printed as a figure only.  Prints one line per
 * input; exits non-zero on any failure.
 */
#include "../tools/counted_parse.h"

#include <stdio.h>
#include <stdlib.h>

/* Hook calls wanted per byte of input, at least: one per MB. */
#define BYTES_PER_CALL_MAX (1024 * 1024)

/*
 * The most work units the core may count between two hook calls: a tenth of
 * the run's counted work, or its work for ROUND_BYTES of the input, or
 * ROUND_FLOOR units for small runs, whichever is most.  A round is 256 kB
 * of units plus the step that ends it, and a step is at most one line of
 * 256 kB or a pass over one sentence; a sort or a scan that counts its
 * whole work only once it is done shows here, however fast the machine.
 */
#define ROUND_SHARE_MAX 0.10
#define ROUND_BYTES (512 * 1024)
#define ROUND_FLOOR (1024 * 1024)

/* The bound above for a run of len bytes that counted work units. */
static double
round_bound(size_t work, size_t len)
{
	double		b = ROUND_FLOOR;

	if (ROUND_SHARE_MAX * (double) work > b)
		b = ROUND_SHARE_MAX * (double) work;
	if ((double) work * ROUND_BYTES / (double) len > b)
		b = (double) work * ROUND_BYTES / (double) len;
	return b;
}

/* CPU time of the last hook call and the longest time between two: figures. */
static double last_call;
static double longest_gap;

static int
note_gap(void *arg)
{
	double		now = cpu_now();

	(void) arg;
	if (now - last_call > longest_gap)
		longest_gap = now - last_call;
	last_call = now;
	return 0;
}

/* Parse + annotate with the hook stopping at call stop_at (0 = never). */
static int
run(const char *text, size_t len, long stop_at, parse_count *c)
{
	last_call = cpu_now();
	longest_gap = 0;
	if (counted_parse(text, len, stop_at, note_gap, NULL, c) != 0)
		return -1;
	note_gap(NULL);				/* from the last call to the end */
	return c->kept == 0 ? 0 : -1;
}

/*
 * The hook must run at least once per BYTES_PER_CALL_MAX bytes of input and
 * once per round_bound() units of counted work, and stopping it at its
 * first, middle and last call must cancel cleanly.
 */
static int
check_input(const char *name, const char *text, size_t len)
{
	parse_count c,
				cc;
	long		stops[3];
	int			k;
	double		gap;

	if (run(text, len, 0, &c) != 0 || c.parse_rc != TIP_OK || c.annotate_rc != TIP_OK)
	{
		printf("FAILED %s: clean run (%d, %d, %ld blocks kept)\n", name, c.parse_rc,
			   c.annotate_rc, c.kept);
		return 1;
	}
	gap = longest_gap;
	if ((double) c.round_max > round_bound(c.work, len))
	{
		printf("FAILED %s: %zu work units counted between two hook calls, %.0f%% of the "
			   "run's %zu (at most %.0f)\n", name, c.round_max,
			   100.0 * (double) c.round_max / (double) c.work, c.work, round_bound(c.work, len));
		return 1;
	}
	if ((size_t) c.calls < len / BYTES_PER_CALL_MAX)
	{
		printf("FAILED %s: %ld hook calls for %zu bytes\n", name, c.calls, len);
		return 1;
	}
	stops[0] = 1;
	stops[1] = c.calls / 2 > 0 ? c.calls / 2 : 1;
	stops[2] = c.calls > 0 ? c.calls : 1;
	for (k = 0; k < 3; k++)
	{
		if (run(text, len, stops[k], &cc) != 0)
		{
			printf("FAILED %s: cancel at call %ld left %ld blocks or a document\n",
				   name, stops[k], cc.kept);
			return 1;
		}
		/* a run that reached the stopping call must end canceled, else cleanly */
		if (cc.calls >= stops[k] ?
			(cc.parse_rc != TIP_ECANCEL && cc.annotate_rc != TIP_ECANCEL) :
			(cc.parse_rc != TIP_OK || cc.annotate_rc != TIP_OK))
		{
			printf("FAILED %s: cancel at call %ld of %ld gave %d/%d\n",
				   name, stops[k], c.calls, cc.parse_rc, cc.annotate_rc);
			return 1;
		}
	}
	printf("ok %s: %zu bytes, %zu work units, %ld hook calls (one per %zu bytes), at most "
		   "%zu units between two; cancel at calls %ld, %ld, %ld clean; longest stretch "
		   "without a call %.1f ms of %.1f ms CPU (figure only)\n",
		   name, len, c.work, c.calls, c.calls > 0 ? len / (size_t) c.calls : len,
		   c.round_max, stops[0], stops[1], stops[2], gap * 1e3, c.cpu * 1e3);
	return 0;
}

/* n bytes repeating pattern (exactly n, no NUL at the end). */
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

int
main(void)
{
	static const struct
	{
		const char *name;
		const char *pattern;
		size_t		size;
	}			inputs[] = {
		{"one long line", "word ", 3 << 20},
		/* 2-byte characters: cuts of overlong lines fall mid-sequence */
		{"one long line of 2-byte characters", "\xc3\xa9", (3 << 20) + 1},
		{"one long line of 3-byte characters", "\xe2\x80\x94", 3 << 20},
		{"short lines", "a\n", 2 << 20},
		{"CR-only short lines", "ab\r", 2 << 20},
		{"one paragraph", "1. word word word word word word word word word.\n", 3 << 20},
		{"line-end hyphens", "the capa-\nbility of traf-\nficking\n", 2 << 20},
		{"masthead lines", "Distr.: General\n", 2 << 20},
		{"numbered lines", "1. x\n2. y\n3. z\n", 2 << 20},
		{"markup", "**x*y\\*<sup>1</sup>[a](#)# ", 2 << 20},
		/* one sentence, five mentions every 32 bytes: millions to sort */
		{"paragraph dense with mentions", "1. A/71/1, Chad, 1 May 2012, US$ 1 ", 3 << 20},
		{"small report", "CTOC/COP/2018/2\n\nI. Introduction\n\n1. Text.\n", 50},
	};
	int			failed = 0;
	size_t		i;
	parse_count warm;

	/* the gazetteer's matcher is built on first use, once: not part of any run */
	run("1. Chad.\n", 9, 0, &warm);
	for (i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++)
	{
		char	   *t = repeat(inputs[i].pattern, inputs[i].size);

		failed |= check_input(inputs[i].name, t, inputs[i].size);
		free(t);
	}
	return failed;
}
