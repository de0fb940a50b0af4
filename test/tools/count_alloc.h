/*
 * count_alloc.h
 *	  A malloc-backed tip_allocator that counts the bytes and blocks it holds,
 *	  the peak of the bytes and every request, for the memory benchmark, the
 *	  arena tests and the tests that judge growth by counted work.
 */
#ifndef TIP_COUNT_ALLOC_H
#define TIP_COUNT_ALLOC_H

#include <stdlib.h>

#include "tip_alloc.h"

/*
 * Live and peak bytes taken through the allocator, blocks held now, and
 * requests and bytes asked for in all.
 */
typedef struct mem_count
{
	size_t		live;
	size_t		peak;
	long		blocks;
	long		requests;
	size_t		asked;
} mem_count;

/* Header in front of each block, to know its size when it is released. */
typedef union mem_hdr
{
	size_t		size;
	long double align;
} mem_hdr;

static void *
count_alloc(void *ctx, size_t size)
{
	mem_count  *c = ctx;
	mem_hdr    *h = malloc(sizeof(mem_hdr) + size);

	if (h == NULL)
		return NULL;
	h->size = size;
	c->requests++;
	c->asked += size;
	c->live += size;
	c->blocks++;
	if (c->live > c->peak)
		c->peak = c->live;
	return h + 1;
}

static void
count_release(void *ctx, void *p)
{
	mem_count  *c = ctx;
	mem_hdr    *h = (mem_hdr *) p - 1;

	c->live -= h->size;
	c->blocks--;
	free(h);
}

#endif							/* TIP_COUNT_ALLOC_H */
