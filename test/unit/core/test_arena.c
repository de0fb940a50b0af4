/*
 * test_arena.c
 *	  The core's arena: alignment, the limit, and growing arrays that give
 *	  their outgrown blocks back, counted through a tracking allocator.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tip_alloc.h"
#include "../../tools/count_alloc.h"

static int	failures = 0;

#define CHECK(cond, ...) do { \
	if (!(cond)) { failures++; printf("FAIL %s:%d: ", __FILE__, __LINE__); \
		printf(__VA_ARGS__); printf("\n"); } } while (0)

/* Doubling an array to n elements keeps its contents and holds at most the
 * last two sizes at once. */
static void
test_grow(void)
{
	mem_count	c = {0, 0, 0, 0, 0};
	tip_allocator a = {count_alloc, count_release, &c};
	tip_arena	ar;
	int		   *arr = NULL;
	int			n = 0,
				cap = 0,
				k;
	const int	target = 1 << 20;

	arena_init(&ar, &a, 0);
	for (k = 0; k < target; k++)
	{
		if (n == cap)
		{
			int			ncap = cap ? cap * 2 : 16;
			int		   *na = arena_grow_array(&ar, arr, (size_t) n, (size_t) ncap, sizeof(int));

			CHECK(na != NULL, "grow to %d failed", ncap);
			if (na == NULL)
				break;
			arr = na;
			cap = ncap;
		}
		arr[n++] = k * 7;
	}
	for (k = 0; k < n; k++)
		if (arr[k] != k * 7)
		{
			CHECK(0, "element %d is %d after growing", k, arr[k]);
			break;
		}
	/* final array 4 MB, the one before 2 MB, plus small blocks */
	CHECK(c.peak < (size_t) 7 * 1024 * 1024, "peak %zu bytes while doubling to 4 MB", c.peak);
	CHECK(ar.total == c.live, "arena counts %zu bytes, allocator holds %zu", ar.total, c.live);
	{
		/* small allocations still come from shared blocks */
		char	   *s1 = arena_alloc(&ar, 10);
		char	   *s2 = arena_alloc(&ar, 10);

		CHECK(s1 != NULL && s2 != NULL && ((size_t) s1 & 15) == 0 && ((size_t) s2 & 15) == 0,
			  "small allocations aligned");
		CHECK(s2 - s1 == 16, "small allocations share a block (%td apart)", s2 - s1);
	}
	arena_release(&ar);
	CHECK(c.live == 0 && c.blocks == 0, "after release: %zu bytes in %ld blocks", c.live, c.blocks);
	printf("ok growing to %d ints: peak %.1f MB\n", target, c.peak / 1048576.0);
}

/* A pointer that is not a large block of the arena is never released. */
static void
test_grow_from_small(void)
{
	mem_count	c = {0, 0, 0, 0, 0};
	tip_allocator a = {count_alloc, count_release, &c};
	tip_arena	ar;
	char	   *small;
	char	   *big;
	long		before;

	arena_init(&ar, &a, 0);
	small = arena_alloc(&ar, 100);
	memset(small, 'x', 100);
	before = c.blocks;
	big = arena_grow_array(&ar, small, 100, 200000, 1);
	CHECK(big != NULL && memcmp(big, small, 100) == 0, "contents kept");
	CHECK(c.blocks == before + 1, "the shared block stays (%ld -> %ld blocks)", before, c.blocks);
	arena_release(&ar);
	CHECK(c.live == 0, "after release: %zu bytes", c.live);
	printf("ok growing from a shared block releases nothing\n");
}

/* The limit counts live bytes: blocks given back make room again. */
static void
test_limit(void)
{
	mem_count	c = {0, 0, 0, 0, 0};
	tip_allocator a = {count_alloc, count_release, &c};
	tip_arena	ar;
	void	   *p;

	arena_init(&ar, &a, 3 * 1024 * 1024 + 512 * 1024);
	p = arena_grow_array(&ar, NULL, 0, 1024 * 1024, 1);
	CHECK(p != NULL, "1 MB within a 3.5 MB limit");
	p = arena_grow_array(&ar, p, 1024 * 1024, 2 * 1024 * 1024, 1);
	CHECK(p != NULL, "1 MB grown to 2 MB within a 3.5 MB limit");
	/* 1 + 2 + 1 MB would not fit: the 1 MB outgrown block was given back */
	CHECK(arena_alloc(&ar, 1024 * 1024) != NULL && !ar.failed, "1 MB more fits");
	CHECK(arena_alloc(&ar, 1024 * 1024) == NULL && ar.failed, "another 1 MB is refused");
	CHECK(arena_alloc(&ar, 1) == NULL, "a failed arena stays failed");
	arena_release(&ar);
	CHECK(c.live == 0, "after release: %zu bytes", c.live);
	printf("ok limit counts live bytes\n");
}

/*
 * arena_free gives a large allocation back at once, whichever of several
 * it is, and leaves a small one in its shared block.
 */
static void
test_free(void)
{
	mem_count	c = {0, 0, 0, 0, 0};
	tip_allocator a = {count_alloc, count_release, &c};
	tip_arena	ar;
	char	   *big[3];
	char	   *small;
	long		blocks;
	int			k;

	arena_init(&ar, &a, 0);
	for (k = 0; k < 3; k++)
	{
		big[k] = arena_alloc(&ar, TIP_ARENA_LARGE + (size_t) k * 1000);
		CHECK(big[k] != NULL, "large allocation %d", k);
		memset(big[k], k, TIP_ARENA_LARGE);
	}
	small = arena_alloc(&ar, 100);
	blocks = c.blocks;
	arena_free(&ar, small, 100);
	CHECK(c.blocks == blocks, "freeing a small allocation released a block");
	arena_free(&ar, big[1], TIP_ARENA_LARGE + 1000);
	CHECK(c.blocks == blocks - 1, "freeing the middle large allocation: %ld blocks, was %ld",
		  c.blocks, blocks);
	CHECK(big[0][5] == 0 && big[2][5] == 2, "the other large allocations kept their bytes");
	arena_free(&ar, big[2], TIP_ARENA_LARGE + 2000);
	arena_free(&ar, big[0], TIP_ARENA_LARGE);
	CHECK(c.blocks == blocks - 3, "all three large allocations given back");
	CHECK(ar.total == c.live, "arena counts %zu bytes, allocator holds %zu", ar.total, c.live);
	arena_release(&ar);
	CHECK(c.live == 0 && c.blocks == 0, "after release: %zu bytes in %ld blocks", c.live, c.blocks);
	printf("ok arena_free: large allocations given back at once, small ones kept\n");
}

int
main(void)
{
	test_grow();
	test_grow_from_small();
	test_limit();
	test_free();
	if (failures)
	{
		printf("%d failure(s)\n", failures);
		return 1;
	}
	return 0;
}
