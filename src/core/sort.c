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

/*
 * What the merge passes work on: slots of width bytes, which are either the
 * elements themselves or, when base is set, uint32_t indices of elements
 * of base.  One merge serves both ways of sorting.
 */
typedef struct sorter
{
	tip_doc    *doc;
	sort_cmp_fn cmp;
	const char *base;			/* NULL: the slots are the elements */
	size_t		size;			/* bytes per element */
	size_t		width;			/* bytes per slot */
} sorter;

/* The element a slot stands for. */
static inline const void *
slot_elem(const sorter *s, const char *slot)
{
	uint32_t	k;

	if (s->base == NULL)
		return slot;
	memcpy(&k, slot, sizeof(k));
	return ELEM(s->base, k, s->size);
}

static inline int
slot_cmp(const sorter *s, const char *a, const char *b)
{
	return s->cmp(slot_elem(s, a), slot_elem(s, b));
}

/* Move one slot; fixed sizes let the compiler inline the copy. */
static inline void
move_slot(char *dst, const char *src, size_t width)
{
	switch (width)
	{
		case 4:
			memcpy(dst, src, 4);
			break;
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
			memcpy(dst, src, width);
	}
}

/* End of the non-decreasing run of src that starts at i; (size_t) -1 on cancel. */
static size_t
run_end(const sorter *s, const char *src, size_t i, size_t n)
{
	for (i++; i < n; i++)
	{
		if (doc_tick(s->doc, SORT_STEP_WORK))
			return (size_t) -1;
		if (slot_cmp(s, ELEM(src, i - 1, s->width), ELEM(src, i, s->width)) > 0)
			break;
	}
	return i;
}

/*
 * Merge each pair of neighbouring runs of src into dst; *runs gets how many
 * runs dst has.  0, or -2 on cancel.
 */
static int
merge_pass(const sorter *s, const char *src, char *dst, size_t n, size_t *runs)
{
	size_t		w = s->width,
				i = 0;

	*runs = 0;
	while (i < n)
	{
		size_t		m = run_end(s, src, i, n),
					e,
					l,
					r,
					o;

		if (m == (size_t) -1)
			return -2;
		e = m < n ? run_end(s, src, m, n) : n;
		if (e == (size_t) -1)
			return -2;
		/* the right run's element goes first only when strictly smaller: stable */
		for (l = i, r = m, o = i; l < m && r < e; o++)
		{
			if (doc_tick(s->doc, SORT_STEP_WORK))
				return -2;
			if (slot_cmp(s, ELEM(src, r, w), ELEM(src, l, w)) < 0)
				move_slot(ELEM(dst, o, w), ELEM(src, r++, w), w);
			else
				move_slot(ELEM(dst, o, w), ELEM(src, l++, w), w);
		}
		memcpy(ELEM(dst, o, w), ELEM(src, l, w), (m - l) * w);
		o += m - l;
		memcpy(ELEM(dst, o, w), ELEM(src, r, w), (e - r) * w);
		(*runs)++;
		i = e;
	}
	return 0;
}

/*
 * Merge passes between a and t until one run is left; *sorted gets which
 * of the two holds it.  0, or -2 on cancel.
 */
static int
merge_sort(const sorter *s, char *a, char *t, size_t n, char **sorted)
{
	size_t		runs = 0;
	int			rc;

	do
	{
		char	   *swap = a;

		rc = merge_pass(s, a, t, n, &runs);
		a = t;
		t = swap;
	} while (rc == 0 && runs > 1);
	*sorted = a;
	return rc;
}

/*
 * doc_sort() for elements of at most SORT_DIRECT_MAX bytes: moving them
 * costs no more than moving indices, and no permutation with its random
 * reads follows.  Merge passes between base and a copy.
 */
static int
sort_direct(tip_doc *doc, char *b, size_t n, size_t size, sort_cmp_fn cmp)
{
	sorter		s = {doc, cmp, NULL, size, size};
	size_t		bytes = n * size < TIP_ARENA_LARGE ? TIP_ARENA_LARGE : n * size;
	char	   *scratch = arena_alloc(&doc->arena, bytes),
			   *sorted;
	int			rc;

	if (scratch == NULL)
		return -1;
	rc = merge_sort(&s, b, scratch, n, &sorted);
	if (rc == 0 && sorted != b)
		memcpy(b, sorted, n * size);
	arena_free(&doc->arena, scratch, bytes);
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
	sorter		s = {doc, cmp, base, size, sizeof(uint32_t)};
	char	   *b = base;
	size_t		bytes,
				i;
	char	   *scratch,
			   *sorted;
	uint32_t   *a;
	int			rc;

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
	for (i = 0; i < n; i++)
		a[i] = (uint32_t) i;
	rc = merge_sort(&s, scratch, scratch + n * sizeof(uint32_t), n, &sorted);
	if (rc == 0)
		rc = permute(doc, b, size, (uint32_t *) sorted, n, scratch + 2 * n * sizeof(uint32_t));
	arena_free(&doc->arena, scratch, bytes);
	return rc;
}
