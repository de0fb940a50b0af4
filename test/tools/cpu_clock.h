/*
 * cpu_clock.h
 *	  The CPU time of the calling thread, for tests that judge how long the
 *	  core works: being descheduled does not count.  Include it before any
 *	  system header: it asks for POSIX clocks.
 */
#ifndef TIP_CPU_CLOCK_H
#define TIP_CPU_CLOCK_H

#define _POSIX_C_SOURCE 199309L
#include <time.h>

static double
cpu_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double) ts.tv_sec + ts.tv_nsec * 1e-9;
}

#endif							/* TIP_CPU_CLOCK_H */
