/*
 * store.c
 *	  Chunked storage for cleaned text and the input offset of each byte.
 *
 * Strings never move once written, so tip_str pointers stay valid for the
 * life of the document.  A writer reserves an upper bound, writes, then
 * commits what it used.
 */
#include <string.h>

#include "internal.h"

#define STORE_CHUNK (256 * 1024)

/* Start an empty store on top of an arena. */
void
store_init(tip_store *st, tip_arena *ar)
{
	st->ar = ar;
	st->text = NULL;
	st->src = NULL;
	st->cap = 0;
	st->used = 0;
}

/* Reserve room for n bytes; returns the text pointer and sets *src. */
char *
store_reserve(tip_store *st, size_t n, uint32_t **src)
{
	if (st->text == NULL || st->cap - st->used < n)
	{
		size_t		cap = n > STORE_CHUNK ? n : STORE_CHUNK;

		st->text = arena_alloc(st->ar, cap);
		st->src = arena_alloc_array(st->ar, cap, sizeof(uint32_t));
		if (st->text == NULL || st->src == NULL)
		{
			st->text = NULL;
			st->cap = st->used = 0;
			return NULL;
		}
		st->cap = cap;
		st->used = 0;
	}
	*src = st->src + st->used;
	return st->text + st->used;
}

/* Keep the first n bytes of the last reservation. */
void
store_commit(tip_store *st, size_t n)
{
	st->used += n;
}

/* Copy a string that has no input offsets of its own (offsets set to 0). */
tip_str
store_copy(tip_store *st, const char *s, size_t n)
{
	tip_str		r = {NULL, 0};
	uint32_t   *src;
	char	   *p = store_reserve(st, n + 1, &src);

	if (p == NULL)
		return r;
	memcpy(p, s, n);
	memset(src, 0, n * sizeof(uint32_t));
	p[n] = '\0';
	store_commit(st, n + 1);
	r.p = p;
	r.n = (uint32_t) n;
	return r;
}
