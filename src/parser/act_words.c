/*
 * act_words.c
 *	  Word lists of the event layers indexed by their first two bytes, so
 *	  that a scan over a sentence tries at a word start only the entries
 *	  that can match there, in the order of the list; and a case-insensitive
 *	  search.
 */
#include <string.h>

#include "act_int.h"

void
act_index_build(act_index *ix, const uint16_t *hash, int n)
{
	int			count[ACT_HASH_SIZE] = {0},
				h,
				k;

	if (n > ACT_INDEX_MAX)
		n = ACT_INDEX_MAX;		/* never: the lists are static and smaller */
	for (k = 0; k < n; k++)
		count[hash[k]]++;
	ix->start[0] = 0;
	for (h = 0; h < ACT_HASH_SIZE; h++)
		ix->start[h + 1] = (uint16_t) (ix->start[h] + count[h]);
	/* a stable placement: entries of one hash keep the list's order */
	for (h = 0; h < ACT_HASH_SIZE; h++)
		count[h] = ix->start[h];
	for (k = 0; k < n; k++)
		ix->order[count[hash[k]]++] = (uint16_t) k;
	ix->built = 1;
}

/* Does s[0, nl) equal needle[0, nl), ignoring ASCII case? */
static int
equal_ci(const char *s, const char *needle, size_t nl)
{
	size_t		j;

	for (j = 0; j < nl; j++)
		if (act_fold((unsigned char) s[j]) != act_fold((unsigned char) needle[j]))
			return 0;
	return 1;
}

/*
 * Next position at or after k (before lim) whose byte folds to the letter
 * f: memchr for both cases, the nearer one wins.  *lo and *up hold the
 * last memchr results (NULL: none left), reused while still ahead of k.
 */
static const char *
next_letter(const char *s, size_t k, size_t lim, unsigned char f,
			const char **lo, const char **up)
{
	if (*lo != NULL && *lo < s + k)
		*lo = memchr(s + k, f, lim - k);
	if (*up != NULL && *up < s + k)
		*up = memchr(s + k, f - 32, lim - k);
	if (*lo == NULL)
		return *up;
	if (*up == NULL || *lo < *up)
		return *lo;
	return *up;
}

const char *
act_find_ci(const char *s, size_t n, const char *needle)
{
	unsigned char f = act_fold((unsigned char) needle[0]);
	size_t		nl = strlen(needle),
				lim,
				k;

	if (nl == 0 || n < nl)
		return NULL;
	lim = n - nl + 1;			/* candidate starts are below lim */
	if (lex_is_alpha(f))
	{
		const char *lo = memchr(s, f, lim),
				   *up = memchr(s, f - 32, lim),
				   *h;

		for (k = 0; k < lim; k = (size_t) (h - s) + 1)
		{
			if ((h = next_letter(s, k, lim, f, &lo, &up)) == NULL)
				return NULL;
			if (equal_ci(h + 1, needle + 1, nl - 1))
				return h;
		}
		return NULL;
	}
	for (k = 0; k < lim; k++)
		if (act_fold((unsigned char) s[k]) == f && equal_ci(s + k + 1, needle + 1, nl - 1))
			return s + k;
	return NULL;
}
