/*
 * test_sort.c
 *	  doc_sort(): sorted and stable for small elements (merged directly)
 *	  and large ones (merged by index, then moved along cycles), on random,
 *	  sorted, reversed and few-valued arrays of many lengths; its scratch
 *	  goes back to the arena; a stop asked by the progress hook ends it
 *	  with -2.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/sort.h"
#include "../../tools/std_alloc.h"

static int	failures = 0;
static int	stop_hook = 0;

#define CHECK(cond, ...) do { \
	if (!(cond)) { failures++; printf("FAIL %s:%d: ", __FILE__, __LINE__); \
		printf(__VA_ARGS__); printf("\n"); } } while (0)

typedef struct small_elem
{
	int			key;
	int			seq;			/* order before sorting: equal keys keep it */
} small_elem;

typedef struct large_elem
{
	int			key;
	int			seq;
	char		pad[48];		/* larger than the direct merge takes */
} large_elem;

static int
small_cmp(const void *a, const void *b)
{
	int			x = ((const small_elem *) a)->key,
				y = ((const small_elem *) b)->key;

	return (x > y) - (x < y);
}

static int
large_cmp(const void *a, const void *b)
{
	int			x = ((const large_elem *) a)->key,
				y = ((const large_elem *) b)->key;

	return (x > y) - (x < y);
}

static int
hook(void *arg)
{
	(void) arg;
	return stop_hook;
}

/* The key of element i for one of the orders tried. */
static int
key_for(int order, int i, int n)
{
	switch (order)
	{
		case 0:
			return rand() % 1000003;	/* random */
		case 1:
			return i;			/* sorted */
		case 2:
			return n - i;		/* reversed */
		case 3:
			return rand() % 3;	/* few values: stability matters */
		default:
			return (i % 4) * 100000 + i;	/* four interleaved runs */
	}
}

static void
check_sizes(tip_doc *doc)
{
	static const int lengths[] = {0, 1, 2, 3, 31, 32, 33, 100, 1000, 70000};
	size_t		li;
	int			order;

	for (li = 0; li < sizeof(lengths) / sizeof(lengths[0]); li++)
		for (order = 0; order < 5; order++)
		{
			int			n = lengths[li],
						i;
			small_elem *s = malloc(sizeof(small_elem) * (size_t) (n + 1));
			large_elem *l = malloc(sizeof(large_elem) * (size_t) (n + 1));
			size_t		total = doc->arena.total;
			int			rs,
						rl;

			for (i = 0; i < n; i++)
			{
				s[i].key = l[i].key = key_for(order, i, n);
				s[i].seq = l[i].seq = i;
				memset(l[i].pad, i & 0x7f, sizeof(l[i].pad));
			}
			rs = doc_sort(doc, s, (size_t) n, sizeof(small_elem), small_cmp);
			rl = doc_sort(doc, l, (size_t) n, sizeof(large_elem), large_cmp);
			CHECK(rs == 0 && rl == 0, "n=%d order=%d: status %d, %d", n, order, rs, rl);
			for (i = 1; i < n; i++)
			{
				if (s[i - 1].key > s[i].key ||
					(s[i - 1].key == s[i].key && s[i - 1].seq > s[i].seq))
				{
					CHECK(0, "small n=%d order=%d: out of order at %d", n, order, i);
					break;
				}
				if (l[i - 1].key > l[i].key ||
					(l[i - 1].key == l[i].key && l[i - 1].seq > l[i].seq) ||
					l[i].pad[47] != (char) (l[i].seq & 0x7f))
				{
					CHECK(0, "large n=%d order=%d: out of order or torn at %d", n, order, i);
					break;
				}
			}
			/* scratch of 64 kB or more is given back; smaller stays in a shared block */
			CHECK(doc->arena.total <= total + 64 * 1024,
				  "n=%d: arena grew by %zu bytes", n, doc->arena.total - total);
			free(s);
			free(l);
		}
	printf("ok sorted and stable: %zu lengths x 5 orders, small and large elements\n",
		   sizeof(lengths) / sizeof(lengths[0]));
}

static void
check_stop(tip_doc *doc)
{
	int			n = 200000,
				i;
	large_elem *l = malloc(sizeof(large_elem) * (size_t) n);
	small_elem *s = malloc(sizeof(small_elem) * (size_t) n);

	for (i = 0; i < n; i++)
	{
		l[i].key = s[i].key = rand();
		l[i].seq = s[i].seq = i;
	}
	stop_hook = 1;
	CHECK(doc_sort(doc, l, (size_t) n, sizeof(large_elem), large_cmp) == -2,
		  "large: a stop asked by the hook ends the sort with -2");
	CHECK(doc_sort(doc, s, (size_t) n, sizeof(small_elem), small_cmp) == -2,
		  "small: a stop asked by the hook ends the sort with -2");
	stop_hook = 0;
	free(l);
	free(s);
	printf("ok a stop asked by the progress hook ends the sort\n");
}

int
main(void)
{
	tip_allocator a = {std_alloc, std_release, NULL};
	tip_options opt;
	tip_doc    *doc = NULL;

	srand(7);
	memset(&opt, 0, sizeof(opt));
	opt.progress = hook;
	if (tip_parse("1. A report.\n", 13, &a, &opt, &doc) != TIP_OK)
	{
		printf("FAIL: no document to sort in\n");
		return 1;
	}
	check_sizes(doc);
	/* the stop is sticky for a document: test it last */
	check_stop(doc);
	tip_doc_free(doc);
	printf("%s\n", failures ? "FAILED" : "ok all");
	return failures != 0;
}
