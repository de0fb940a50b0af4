/*
 * counted_parse.h
 *	  Parse + all annotation layers of a text, counting the work: the core's
 *	  own work units (tip_work_done), progress hook calls and allocator
 *	  requests.  Counts are the same on a slow or busy machine as on a fast
 *	  one, so the tests that judge how work grows with the input or how often
 *	  the hook runs (test_scaling, test_progress) take their verdict from
 *	  them; the CPU time is there to be printed, never judged.  Include it
 *	  before any system header: it asks for POSIX clocks.
 */
#ifndef TIP_COUNTED_PARSE_H
#define TIP_COUNTED_PARSE_H

#include "cpu_clock.h"

#include <string.h>

#include "tip_parser.h"
#include "tip_annotate.h"
#include "count_alloc.h"

typedef struct parse_count
{
	tip_status	parse_rc;		/* of tip_parse */
	tip_status	annotate_rc;	/* of tip_annotate (TIP_OK when not run) */
	size_t		work;			/* tip_work_done() at the end */
	size_t		round_max;		/* most work between two hook calls */
	long		calls;			/* progress hook calls */
	long		requests;		/* allocator requests */
	size_t		asked;			/* bytes asked of the allocator in all */
	size_t		peak;			/* most bytes held at once */
	long		kept;			/* blocks not given back at the end */
	double		cpu;			/* CPU seconds: a figure to print only */
} parse_count;

typedef struct counted_hook
{
	long		calls;
	long		stop_at;		/* the hook asks to stop at this call; 0 = never */
	int			(*also) (void *arg);	/* called at every call, if set */
	void	   *also_arg;
} counted_hook;

static int
counted_progress(void *arg)
{
	counted_hook *h = arg;

	h->calls++;
	if (h->also != NULL && h->also(h->also_arg) != 0)
		return 1;
	return h->stop_at != 0 && h->calls >= h->stop_at;
}

/*
 * Parse text and run every annotation layer; the hook asks to stop at call
 * stop_at (0 = never), and also runs also(also_arg) when that is given.
 * Fills *c; returns 0, or -1 when a failed parse left a document.
 */
static int
counted_parse(const char *text, size_t len, long stop_at,
			  int (*also) (void *), void *also_arg, parse_count *c)
{
	mem_count	mem;
	tip_allocator a;
	tip_options opt;
	counted_hook hook;
	tip_doc    *doc = NULL;
	double		t0;

	memset(&mem, 0, sizeof(mem));
	memset(&opt, 0, sizeof(opt));
	memset(c, 0, sizeof(*c));
	hook.calls = 0;
	hook.stop_at = stop_at;
	hook.also = also;
	hook.also_arg = also_arg;
	a.alloc = count_alloc;
	a.release = count_release;
	a.ctx = &mem;
	opt.progress = counted_progress;
	opt.progress_arg = &hook;
	t0 = cpu_now();
	c->parse_rc = tip_parse(text, len, &a, &opt, &doc);
	if (c->parse_rc == TIP_OK)
	{
		c->annotate_rc = tip_annotate(doc, TIP_ANN_ALL);
		c->work = tip_work_done(doc, &c->round_max);
		tip_doc_free(doc);
	}
	else if (doc != NULL)
		return -1;
	c->cpu = cpu_now() - t0;
	c->calls = hook.calls;
	c->requests = mem.requests;
	c->asked = mem.asked;
	c->peak = mem.peak;
	c->kept = mem.blocks;
	return 0;
}

#endif							/* TIP_COUNTED_PARSE_H */
