/*
 * tip_alloc.h
 *	  Allocator interface and arena used by the parser core.
 *
 * The core never calls malloc or palloc directly: the caller hands it a
 * tip_allocator (palloc in the backend, malloc in unit tests and the fuzzer),
 * and every structure of one parse lives in one arena, released at once.
 */
#ifndef TIP_ALLOC_H
#define TIP_ALLOC_H

#include <stddef.h>
#include <stdint.h>

typedef struct tip_allocator
{
	void	   *(*alloc) (void *ctx, size_t size);	/* returns NULL on failure */
	void		(*release) (void *ctx, void *ptr);	/* may be NULL: arena-style */
	void	   *ctx;
} tip_allocator;

typedef struct tip_arena_block tip_arena_block;

/* Allocations of this size or more get a block that arena_free() can give back. */
#define TIP_ARENA_LARGE (64 * 1024)

typedef struct tip_arena
{
	const tip_allocator *a;
	tip_arena_block *head;		/* blocks shared by small allocations */
	tip_arena_block *large;		/* one block per large allocation */
	size_t		total;			/* bytes held from the allocator */
	size_t		large_total;	/* of which in large blocks */
	size_t		limit;			/* 0 = none; beyond it allocation fails */
	int			failed;			/* set once any allocation failed */
	/* called between the pieces of a large copy; non-zero stops it; may be NULL */
	int			(*tick) (void *arg, size_t work);
	void	   *tick_arg;
} tip_arena;

extern void arena_init(tip_arena *ar, const tip_allocator *a, size_t limit);
extern void *arena_alloc(tip_arena *ar, size_t size);
extern void *arena_alloc_array(tip_arena *ar, size_t n, size_t elem);
extern void *arena_grow_array(tip_arena *ar, void *old, size_t used, size_t newcap,
							  size_t elem);
extern void arena_free(tip_arena *ar, void *p, size_t size);
extern void arena_release(tip_arena *ar);

/* Overflow-checked size arithmetic: returns 0 and sets *out on success. */
static inline int
size_mul(size_t a, size_t b, size_t *out)
{
	if (a != 0 && b > SIZE_MAX / a)
		return -1;
	*out = a * b;
	return 0;
}

static inline int
size_add(size_t a, size_t b, size_t *out)
{
	if (b > SIZE_MAX - a)
		return -1;
	*out = a + b;
	return 0;
}

#endif							/* TIP_ALLOC_H */
