/*
 * test_progress.c
 *	  The parser core's progress hook: it is called in proportion to the work
 *	  whatever the shape of the input (one long line, millions of short
 *	  lines, one huge paragraph, markup, a paragraph dense with mentions),
 *	  no stretch of the work goes without a call, and a cancel requested at
 *	  any of its calls ends tip_parse() or tip_annotate() with TIP_ECANCEL,
 *	  no document left and every block given back.
 *
 * The backend turns each hook call into CHECK_FOR_INTERRUPTS, so the call
 * rate bounds how long a query takes to answer a cancel; the SQL side of
 * that is test/cancel/cancel.sh.  Prints one line per input; exits
 * non-zero on any failure.
 */
#include "../tools/cpu_clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tip_parser.h"
#include "tip_annotate.h"

/* Hook calls wanted per byte of input, at least: one per MB. */
#define BYTES_PER_CALL_MAX (1024 * 1024)

/*
 * The longest stretch of CPU time without a hook call may be at most this
 * share of the whole run, or the run's time for GAP_BYTES of its input (a
 * line of at most TIP_LINE_MAX bytes is handled in one step by some
 * stages), or GAP_FLOOR_S for runs too short to judge.  Shares, not
 * seconds, so that the bound holds on a slow machine and under sanitizers
 * alike; CPU time, so that being descheduled does not count.  A sort or a
 * scan that skips the hook takes a large share: sorting the mentions of
 * the dense paragraph took 22% of its run before it ticked.
 */
#define GAP_SHARE_MAX 0.10
#define GAP_BYTES (512 * 1024)
#define GAP_FLOOR_S 0.005

typedef struct counter
{
	long		calls;
	long		stop_at;		/* return non-zero at this call; 0 = never */
	long		live;			/* blocks taken and not given back */
	double		last;			/* CPU time of the last call (or of the start) */
	double		gap;			/* longest time between two calls */
} counter;

static counter cnt;

static void *
c_alloc(void *ctx, size_t n)
{
	void	   *p = malloc(n);

	(void) ctx;
	if (p != NULL)
		cnt.live++;
	return p;
}

static void
c_release(void *ctx, void *p)
{
	(void) ctx;
	cnt.live--;
	free(p);
}

/* Note the time since the last call (or the start) as a gap. */
static void
note_gap(void)
{
	double		now = cpu_now();

	if (now - cnt.last > cnt.gap)
		cnt.gap = now - cnt.last;
	cnt.last = now;
}

static int
c_progress(void *arg)
{
	(void) arg;
	note_gap();
	cnt.calls++;
	return cnt.stop_at != 0 && cnt.calls >= cnt.stop_at;
}

/*
 * Parse + annotate with the hook stopping at call stop_at (0 = never);
 * *cpu gets the CPU time of the whole run.
 */
static int
run(const char *text, size_t len, long stop_at, tip_status *prc, tip_status *arc, double *cpu)
{
	tip_allocator a = {c_alloc, c_release, NULL};
	tip_options opt;
	tip_doc    *doc = NULL;
	double		start = cpu_now();

	memset(&opt, 0, sizeof(opt));
	opt.progress = c_progress;
	cnt.calls = 0;
	cnt.stop_at = stop_at;
	cnt.live = 0;
	cnt.last = start;
	cnt.gap = 0;
	*arc = TIP_OK;
	*prc = tip_parse(text, len, &a, &opt, &doc);
	if (*prc != TIP_OK)
	{
		if (doc != NULL)
			return -1;
	}
	else
	{
		*arc = tip_annotate(doc, TIP_ANN_ALL);
		tip_doc_free(doc);
	}
	note_gap();					/* from the last call to the end */
	*cpu = cnt.last - start;
	return cnt.live == 0 ? 0 : -1;
}

/*
 * The hook must run at least once per BYTES_PER_CALL_MAX bytes of input,
 * and stopping it at its first, middle and last call must cancel cleanly.
 */
static int
check_input(const char *name, const char *text, size_t len)
{
	tip_status	prc,
				arc;
	long		total;
	long		stops[3];
	int			k;
	double		cpu,
				gap,
				ignored;

	if (run(text, len, 0, &prc, &arc, &cpu) != 0 || prc != TIP_OK || arc != TIP_OK)
	{
		printf("FAILED %s: clean run (%d, %d, %ld blocks kept)\n", name, prc, arc, cnt.live);
		return 1;
	}
	total = cnt.calls;
	gap = cnt.gap;
	if (gap > GAP_FLOOR_S && gap > GAP_SHARE_MAX * cpu && gap > cpu * GAP_BYTES / (double) len)
	{
		printf("FAILED %s: %.1f ms without a hook call, %.0f%% of the run's %.1f ms\n",
			   name, gap * 1e3, 100 * gap / cpu, cpu * 1e3);
		return 1;
	}
	if ((size_t) total < len / BYTES_PER_CALL_MAX)
	{
		printf("FAILED %s: %ld hook calls for %zu bytes\n", name, total, len);
		return 1;
	}
	stops[0] = 1;
	stops[1] = total / 2 > 0 ? total / 2 : 1;
	stops[2] = total > 0 ? total : 1;
	for (k = 0; k < 3; k++)
	{
		if (run(text, len, stops[k], &prc, &arc, &ignored) != 0)
		{
			printf("FAILED %s: cancel at call %ld left %ld blocks or a document\n",
				   name, stops[k], cnt.live);
			return 1;
		}
		/* a run that reached the stopping call must end canceled, else cleanly */
		if (cnt.calls >= stops[k] ? (prc != TIP_ECANCEL && arc != TIP_ECANCEL) :
			(prc != TIP_OK || arc != TIP_OK))
		{
			printf("FAILED %s: cancel at call %ld of %ld gave %d/%d\n",
				   name, stops[k], total, prc, arc);
			return 1;
		}
	}
	printf("ok %s: %zu bytes, %ld hook calls (one per %zu bytes), longest stretch without "
		   "one %.1f ms of %.1f ms, cancel at calls %ld, %ld, %ld clean\n",
		   name, len, total, total > 0 ? len / (size_t) total : len, gap * 1e3, cpu * 1e3,
		   stops[0], stops[1], stops[2]);
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
	tip_status	prc,
				arc;
	double		ignored;

	/* the gazetteer's matcher is built on first use, once: not part of any run */
	run("1. Chad.\n", 9, 0, &prc, &arc, &ignored);
	for (i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++)
	{
		char	   *t = repeat(inputs[i].pattern, inputs[i].size);

		failed |= check_input(inputs[i].name, t, inputs[i].size);
		free(t);
	}
	return failed;
}
