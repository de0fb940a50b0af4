/*
 * timed_parse.h
 *	  CPU time of parse + all annotation layers, for the test and the tool
 *	  that judge how the core's time grows with its input (test_scaling,
 *	  scaling_scan).  Include it before any system header: it asks for POSIX
 *	  clocks.
 */
#ifndef TIP_TIMED_PARSE_H
#define TIP_TIMED_PARSE_H

#include "cpu_clock.h"

#include <string.h>

#include "tip_parser.h"
#include "tip_annotate.h"
#include "std_alloc.h"

static double timed_parse_deadline;	/* CPU time at which the hook stops a run */

static int
timed_parse_hook(void *arg)
{
	(void) arg;
	return timed_parse_deadline > 0 && cpu_now() > timed_parse_deadline;
}

/*
 * Best CPU time of runs parses + annotations of text.  A run that takes
 * more than limit seconds (0: no limit) is stopped by the progress hook,
 * and the answer is -1; on any other failure it is -2, with the status in
 * *failed.
 */
static double
timed_parse(const char *text, size_t len, double limit, int runs, tip_status *failed)
{
	tip_allocator a = {std_alloc, std_release, NULL};
	tip_options opt;
	double		best = -1;
	int			r;

	memset(&opt, 0, sizeof(opt));
	opt.progress = timed_parse_hook;
	for (r = 0; r < runs; r++)
	{
		tip_doc    *doc = NULL;
		double		t0 = cpu_now();
		tip_status	rc;

		timed_parse_deadline = limit > 0 ? t0 + limit : 0;
		rc = tip_parse(text, len, &a, &opt, &doc);
		if (rc == TIP_OK)
		{
			rc = tip_annotate(doc, TIP_ANN_ALL);
			tip_doc_free(doc);
		}
		if (rc == TIP_ECANCEL)
			return -1;
		if (rc != TIP_OK)
		{
			*failed = rc;
			return -2;
		}
		if (best < 0 || cpu_now() - t0 < best)
			best = cpu_now() - t0;
	}
	return best;
}

#endif							/* TIP_TIMED_PARSE_H */
