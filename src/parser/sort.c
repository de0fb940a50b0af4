/*
 * sort.c
 *	  doc_sort(): a natural merge sort.  Small elements are merged as they
 *	  are; large ones (mentions) by index, then moved once along the cycles
 *	  of the permutation, which keeps the scratch at 8 bytes per element.
 *	  The runs the layers produce (each finds its mentions in text order)
 *	  make the merge passes few.
 */
#include <stdint.h>
#include <string.h>

#include "sort.h"

/* Arrays this short are sorted in place by insertion: no scratch needed. */
#define SORT_INSERTION_MAX 32
#define SORT_INSERTION_ELEM_MAX 256

/* Elements up to this size are merged directly, larger ones by index. */
#define SORT_DIRECT_MAX 16

/* Work charged to the progress hook per comparison or move. */
#define SORT_STEP_WORK 8

#define ELEM(b, i, size) ((b) + (size_t) (i) * (size))

static void
insertion_sort(char *b, size_t n, size_t size, sort_cmp_fn cmp)
{
	char		hold[SORT_INSERTION_ELEM_MAX];
	size_t		i,
				j;

	for (i = 1; i < n; i++)
	{
		for (j = i; j > 0 && cmp(ELEM(b, j - 1, size), ELEM(b, i, size)) > 0; j--)
			;
		if (j == i)
			continue;
		memcpy(hold, ELEM(b, i, size), size);
		memmove(ELEM(b, j + 1, size), ELEM(b, j, size), (i - j) * size);
		memcpy(ELEM(b, j, size), hold, size);
	}
}

/* End of the non-decreasing run of src that starts at i; (size_t) -1 on cancel. */
static size_t
run_end(tip_doc *doc, const char *b, size_t size, sort_cmp_fn cmp,
		const uint32_t *src, size_t i, size_t n)
{
	for (i++; i < n; i++)
	{
		if (doc_tick(doc, SORT_STEP_WORK))
			return (size_t) -1;
		if (cmp(ELEM(b, src[i - 1], size), ELEM(b, src[i], size)) > 0)
			break;
	}
	return i;
}

/*
 * Merge each pair of neighbouring runs of src into dst; *runs gets how many
 * runs dst has.  0, or -2 on cancel.
 */
static int
merge_pass(tip_doc *doc, const char *b, size_t size, sort_cmp_fn cmp,
		   const uint32_t *src, uint32_t *dst, size_t n, size_t *runs)
{
	size_t		i = 0;

	*runs = 0;
	while (i < n)
	{
		size_t		m = run_end(doc, b, size, cmp, src, i, n),
					e,
					l,
					r,
					o;

		if (m == (size_t) -1)
			return -2;
		e = m < n ? run_end(doc, b, size, cmp, src, m, n) : n;
		if (e == (size_t) -1)
			return -2;
		/* the right run's element goes first only when strictly smaller: stable */
		for (l = i, r = m, o = i; l < m && r < e; o++)
		{
			if (doc_tick(doc, SORT_STEP_WORK))
				return -2;
			if (cmp(ELEM(b, src[r], size), ELEM(b, src[l], size)) < 0)
				dst[o] = src[r++];
			else
				dst[o] = src[l++];
		}
		memcpy(dst + o, src + l, (m - l) * sizeof(uint32_t));
		o += m - l;
		memcpy(dst + o, src + r, (e - r) * sizeof(uint32_t));
		(*runs)++;
		i = e;
	}
	return 0;
}

/* Move one element of a small size; fixed sizes let the compiler inline the copy. */
static inline void
move_small(char *dst, const char *src, size_t size)
{
	switch (size)
	{
		case 8:
			memcpy(dst, src, 8);
			break;
		case 12:
			memcpy(dst, src, 12);
			break;
		case 16:
			memcpy(dst, src, 16);
			break;
		default:
			memcpy(dst, src, size);
	}
}

/*
 * The same merge pass on the elements themselves, for elements of at most
 * SORT_DIRECT_MAX bytes: moving them costs no more than moving indices,
 * and no permutation with its random reads follows.
 */
static int
merge_pass_direct(tip_doc *doc, const char *src, char *dst, size_t size, sort_cmp_fn cmp,
				  size_t n, size_t *runs)
{
	size_t		i = 0;

	*runs = 0;
	while (i < n)
	{
		size_t		m,
					e,
					l,
					r,
					o;

		for (m = i + 1; m < n && cmp(ELEM(src, m - 1, size), ELEM(src, m, size)) <= 0; m++)
			if (doc_tick(doc, SORT_STEP_WORK))
				return -2;
		for (e = m + 1; e < n && cmp(ELEM(src, e - 1, size), ELEM(src, e, size)) <= 0; e++)
			if (doc_tick(doc, SORT_STEP_WORK))
				return -2;
		if (e > n)
			e = n;
		for (l = i, r = m, o = i; l < m && r < e; o++)
		{
			if (doc_tick(doc, SORT_STEP_WORK))
				return -2;
			if (cmp(ELEM(src, r, size), ELEM(src, l, size)) < 0)
				move_small(ELEM(dst, o, size), ELEM(src, r++, size), size);
			else
				move_small(ELEM(dst, o, size), ELEM(src, l++, size), size);
		}
		memcpy(ELEM(dst, o, size), ELEM(src, l, size), (m - l) * size);
		o += m - l;
		memcpy(ELEM(dst, o, size), ELEM(src, r, size), (e - r) * size);
		(*runs)++;
		i = e;
	}
	return 0;
}

/* doc_sort() for small elements: merge passes between base and a copy. */
static int
sort_direct(tip_doc *doc, char *b, size_t n, size_t size, sort_cmp_fn cmp)
{
	size_t		runs = 0;
	char	   *scratch,
			   *src = b,
			   *dst;
	int			rc;

	scratch = arena_alloc(&doc->arena, n * size < TIP_ARENA_LARGE ? TIP_ARENA_LARGE : n * size);
	if (scratch == NULL)
		return -1;
	dst = scratch;
	do
	{
		char	   *swap = src;

		rc = merge_pass_direct(doc, src, dst, size, cmp, n, &runs);
		src = dst;
		dst = swap;
	} while (rc == 0 && runs > 1);
	/* the sorted elements are in src */
	if (rc == 0 && src != b)
		memcpy(b, src, n * size);
	arena_free(&doc->arena, scratch, n * size < TIP_ARENA_LARGE ? TIP_ARENA_LARGE : n * size);
	return rc;
}

/*
 * Put element src[j] at position j for every j, following each cycle of
 * the permutation with one element held aside.  0, or -2 on cancel.
 */
static int
permute(tip_doc *doc, char *b, size_t size, uint32_t *src, size_t n, char *hold)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		size_t		j = i;

		if (src[i] == i)
			continue;
		memcpy(hold, ELEM(b, i, size), size);
		for (;;)
		{
			size_t		k = src[j];

			src[j] = (uint32_t) j;
			if (k == i)
			{
				memcpy(ELEM(b, j, size), hold, size);
				break;
			}
			if (doc_tick(doc, SORT_STEP_WORK))
				return -2;
			memcpy(ELEM(b, j, size), ELEM(b, k, size), size);
			j = k;
		}
	}
	return 0;
}

int
doc_sort(tip_doc *doc, void *base, size_t n, size_t size, sort_cmp_fn cmp)
{
	char	   *b = base;
	size_t		bytes,
				runs = 0,
				i;
	char	   *scratch;
	uint32_t   *a,
			   *t;
	int			rc = 0;

	if (n < 2)
		return 0;
	if (n <= SORT_INSERTION_MAX && size <= SORT_INSERTION_ELEM_MAX)
	{
		insertion_sort(b, n, size, cmp);
		return 0;
	}
	if (size <= SORT_DIRECT_MAX)
		return n > SIZE_MAX / size ? -1 : sort_direct(doc, b, n, size, cmp);
	if (n > UINT32_MAX || n > (SIZE_MAX - size) / (2 * sizeof(uint32_t)))
		return -1;
	/* at least a block of its own, so that it goes back to the allocator */
	bytes = 2 * n * sizeof(uint32_t) + size;
	if (bytes < TIP_ARENA_LARGE)
		bytes = TIP_ARENA_LARGE;
	scratch = arena_alloc(&doc->arena, bytes);
	if (scratch == NULL)
		return -1;
	a = (uint32_t *) scratch;
	t = a + n;
	for (i = 0; i < n; i++)
		a[i] = (uint32_t) i;
	do
	{
		uint32_t   *swap = a;

		rc = merge_pass(doc, b, size, cmp, a, t, n, &runs);
		a = t;
		t = swap;
	} while (rc == 0 && runs > 1);
	if (rc == 0)
		rc = permute(doc, b, size, a, n, scratch + 2 * n * sizeof(uint32_t));
	arena_free(&doc->arena, scratch, bytes);
	return rc;
}
