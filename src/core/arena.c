/*
 * arena.c
 *	  Block arena on top of a tip_allocator.
 */
#include <string.h>

#include "tip_alloc.h"

#define ARENA_BLOCK_MIN TIP_ARENA_LARGE
#define ARENA_ALIGN 16
#define ARENA_COPY_PIECE (4 * 1024 * 1024)

/*
 * Allocations of this size or more get a block of their own, kept on a
 * doubly linked list, so that arena_grow_array can give an outgrown array
 * back at once instead of leaving it in the arena until the end.
 */
#define ARENA_LARGE TIP_ARENA_LARGE

struct tip_arena_block
{
	tip_arena_block *next;
	tip_arena_block *prev;		/* large blocks only */
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
	ar->large = NULL;
	ar->total = 0;
	ar->large_total = 0;
	ar->limit = limit;
	ar->failed = 0;
	ar->tick = NULL;
	ar->tick_arg = NULL;
}

/* Take a block of bsize usable bytes from the allocator, within the limit. */
static tip_arena_block *
new_block(tip_arena *ar, size_t bsize)
{
	tip_arena_block *b;
	size_t		whole;

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
	b->prev = NULL;
	ar->total += whole;
	return b;
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

	if (need >= ARENA_LARGE)
	{
		b = new_block(ar, need);
		if (b == NULL)
			return NULL;
		b->used = need;
		ar->large_total += need + BLOCK_HDR;
		b->next = ar->large;
		if (ar->large != NULL)
			ar->large->prev = b;
		ar->large = b;
		return (char *) b + BLOCK_HDR;
	}
	if (b == NULL || b->size - b->used < need)
	{
		size_t		bsize = ARENA_BLOCK_MIN;
		size_t		small = ar->total - ar->large_total;

		/* grow block sizes with the small allocations so they use few blocks */
		if (small / 4 > bsize && small / 4 < SIZE_MAX / 2)
			bsize = small / 4;
		b = new_block(ar, bsize);
		if (b == NULL)
			return NULL;
		b->next = ar->head;
		ar->head = b;
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

/* Take large block b off the large list and give it back to the allocator. */
static void
release_large(tip_arena *ar, tip_arena_block *b)
{
	if (b->prev != NULL)
		b->prev->next = b->next;
	else
		ar->large = b->next;
	if (b->next != NULL)
		b->next->prev = b->prev;
	ar->total -= b->size + BLOCK_HDR;
	ar->large_total -= b->size + BLOCK_HDR;
	ar->a->release(ar->a->ctx, b);
}

/*
 * Give back at once the memory of p, allocated with size bytes, when that
 * made a block of its own (TIP_ARENA_LARGE bytes or more); a smaller
 * allocation shares a block and stays until arena_release().  The size says
 * which: no list to search, no guess.
 */
void
arena_free(tip_arena *ar, void *p, size_t size)
{
	if (p == NULL || ar->a->release == NULL ||
		((size + ARENA_ALIGN - 1) & ~(size_t) (ARENA_ALIGN - 1)) < ARENA_LARGE)
		return;
	release_large(ar, (tip_arena_block *) ((char *) p - BLOCK_HDR));
}

/*
 * Copy bytes from src to dst a piece at a time, calling the tick hook
 * between pieces: copying a gigabyte array takes long enough to matter to a
 * query waiting to be canceled.  Non-zero when the hook said stop.
 */
static int
copy_ticking(tip_arena *ar, char *dst, const char *src, size_t bytes)
{
	while (bytes > 0)
	{
		size_t		k = bytes < ARENA_COPY_PIECE ? bytes : ARENA_COPY_PIECE;

		memcpy(dst, src, k);
		dst += k;
		src += k;
		bytes -= k;
		/* a copy runs some ten times faster than a scan: charge it so */
		if (bytes > 0 && ar->tick != NULL && ar->tick(ar->tick_arg, k / 8) != 0)
			return 1;
	}
	return 0;
}

/*
 * Grow an array of elem-byte elements to newcap elements, keeping its
 * first used elements; old may be NULL when nothing was allocated yet.  An
 * outgrown array that had a block of its own goes back to the allocator, so
 * doubling costs at most the old and the new array at once rather than
 * every size the array ever had.  NULL when memory is refused or the tick
 * hook stopped the copy (old is then kept).
 */
void *
arena_grow_array(tip_arena *ar, void *old, size_t used, size_t newcap, size_t elem)
{
	char	   *na = arena_alloc_array(ar, newcap, elem);

	if (na == NULL)
		return NULL;
	if (used > 0 && copy_ticking(ar, na, old, used * elem) != 0)
	{
		arena_free(ar, na, newcap * elem);
		return NULL;
	}
	if (old == NULL || ar->a->release == NULL)
		return na;
	if (used * elem >= ARENA_LARGE)
		arena_free(ar, old, used * elem);
	else
	{
		/* a large array holding few elements: only a block found is given back */
		tip_arena_block *b;

		for (b = ar->large; b != NULL; b = b->next)
			if ((char *) b + BLOCK_HDR == (char *) old)
			{
				release_large(ar, b);
				break;
			}
	}
	return na;
}

static void
release_list(tip_arena *ar, tip_arena_block *b)
{
	while (b != NULL)
	{
		tip_arena_block *next = b->next;

		if (ar->a->release != NULL)
			ar->a->release(ar->a->ctx, b);
		b = next;
	}
}

/* Give every block back to the allocator (no-op for arena-style allocators). */
void
arena_release(tip_arena *ar)
{
	release_list(ar, ar->head);
	release_list(ar, ar->large);
	ar->head = NULL;
	ar->large = NULL;
	ar->total = 0;
	ar->large_total = 0;
}
