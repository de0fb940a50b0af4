/*
 * sort.h
 *	  A stable sort for the core's arrays that may hold millions of elements
 *	  (mentions, matcher hits).  Unlike qsort() it takes its scratch memory
 *	  from the document's arena, within the parse's budget, and it calls the
 *	  progress hook as it goes, so a query sorting millions of mentions can
 *	  still be canceled.
 */
#ifndef TIP_SORT_H
#define TIP_SORT_H

#include <stddef.h>

#include "internal.h"

typedef int (*sort_cmp_fn) (const void *a, const void *b);

/*
 * Sort n elements of size bytes at base by cmp, keeping equal elements in
 * their order.  Returns 0, -1 when the arena refused the scratch memory
 * (base unchanged) or -2 when the progress hook asked to stop (base then
 * holds no useful order and may hold copies in place of some elements: the
 * caller gives up on it).
 */
extern int	doc_sort(tip_doc *doc, void *base, size_t n, size_t size, sort_cmp_fn cmp);

#endif							/* TIP_SORT_H */
