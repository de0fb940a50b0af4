/*
 * std_alloc.h
 *	  The malloc-backed tip_allocator used by the command-line tools.
 */
#ifndef TIP_STD_ALLOC_H
#define TIP_STD_ALLOC_H

#include <stdlib.h>

#include "tip_alloc.h"

static void *
std_alloc(void *ctx, size_t n)
{
	(void) ctx;
	return malloc(n);
}

static void
std_release(void *ctx, void *p)
{
	(void) ctx;
	free(p);
}

#endif							/* TIP_STD_ALLOC_H */
