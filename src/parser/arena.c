/*
 * arena.c
 *	  Block arena on top of a tip_allocator.
 */
#include <string.h>

#include "tip_alloc.h"

#define ARENA_BLOCK_MIN (64 * 1024)
#define ARENA_ALIGN 16

struct tip_arena_block
{
	tip_arena_block *next;
	size_t		size;			/* usable bytes after the header */
	size_t		used;
	/* data follows, aligned */
};

#define BLOCK_HDR ((sizeof(tip_arena_block) + ARENA_ALIGN - 1) & ~(size_t) (ARENA_ALIGN - 1))

/* Prepare an empty arena; limit caps the bytes it may take (0 = no cap). */
void
arena_init(tip_arena *ar, const tip_allocator *a, size_t limit)
{
	ar->a = a;
	ar->head = NULL;
	ar->total = 0;
	ar->limit = limit;
	ar->failed = 0;
}

/* Return size bytes of 16-byte aligned memory, or NULL (and mark failure). */
void *
arena_alloc(tip_arena *ar, size_t size)
{
	tip_arena_block *b = ar->head;
	size_t		need;

	if (ar->failed)
		return NULL;
	if (size == 0)
		size = 1;
	if (size > SIZE_MAX / 2)
	{
		ar->failed = 1;
		return NULL;
	}
	need = (size + ARENA_ALIGN - 1) & ~(size_t) (ARENA_ALIGN - 1);

	if (b == NULL || b->size - b->used < need)
	{
		size_t		bsize = need > ARENA_BLOCK_MIN ? need : ARENA_BLOCK_MIN;
		size_t		whole;

		/* grow block sizes with the arena so large inputs use few blocks */
		if (ar->total / 4 > bsize && ar->total / 4 < SIZE_MAX / 2)
			bsize = ar->total / 4;
		if (size_add(bsize, BLOCK_HDR, &whole) != 0 ||
			(ar->limit != 0 && (whole > ar->limit || ar->total > ar->limit - whole)))
		{
			ar->failed = 1;
			return NULL;
		}
		b = ar->a->alloc(ar->a->ctx, whole);
		if (b == NULL)
		{
			ar->failed = 1;
			return NULL;
		}
		b->size = bsize;
		b->used = 0;
		b->next = ar->head;
		ar->head = b;
		ar->total += whole;
	}
	{
		char	   *p = (char *) b + BLOCK_HDR + b->used;

		b->used += need;
		return p;
	}
}

/* Allocate an array of n elements with overflow check. */
void *
arena_alloc_array(tip_arena *ar, size_t n, size_t elem)
{
	size_t		bytes;

	if (size_mul(n, elem, &bytes) != 0)
	{
		ar->failed = 1;
		return NULL;
	}
	return arena_alloc(ar, bytes);
}

/* Give every block back to the allocator (no-op for arena-style allocators). */
void
arena_release(tip_arena *ar)
{
	tip_arena_block *b = ar->head;

	while (b != NULL)
	{
		tip_arena_block *next = b->next;

		if (ar->a->release != NULL)
			ar->a->release(ar->a->ctx, b);
		b = next;
	}
	ar->head = NULL;
	ar->total = 0;
}
