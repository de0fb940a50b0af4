/*
 * word_lists.c
 *	  Word lists of the event layers indexed by their first two bytes, so
 *	  that a scan over a sentence tries at a word start only the entries
 *	  that can match there, in the order of the list; and a case-insensitive
 *	  search.
 */
#include <string.h>

#include "core/internal.h"
#include "word_lists.h"

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

/*
 * How common each byte is in English text, roughly: 0 for the rarest (and
 * for all but letters and the space).  act_find_text() looks for a
 * needle's rarest byte, so that it stops at few places that are not a
 * match.  Built on first use.
 */
static const unsigned char *
byte_ranks(void)
{
	static const char common[] = " etaoinsrhldcumfpgwybvkxjqz";
	static unsigned char rank[256];
	static int	built;

	if (!built)
	{
		size_t		k;

		for (k = 0; k + 1 < sizeof(common); k++)
		{
			unsigned char c = (unsigned char) common[k];

			rank[c] = (unsigned char) (sizeof(common) - k);
			if (lex_is_alpha(c))
				rank[c & ~0x20u] = rank[c];
		}
		built = 1;
	}
	return rank;
}

const char *
act_find_text(const char *s, size_t n, const char *needle)
{
	const unsigned char *rank = byte_ranks();
	size_t		nl,
				j = 0,
				k,
				last;

	/* the needle's length and its rarest byte, in one walk */
	for (nl = 1; needle[0] != '\0' && needle[nl] != '\0'; nl++)
		if (rank[(unsigned char) needle[nl]] < rank[(unsigned char) needle[j]])
			j = nl;
	if (needle[0] == '\0' || n < nl)
		return NULL;
	/* a match starting at c has needle[j] at c + j; c runs 0 .. n - nl */
	last = n - nl;
	for (k = 0; k <= last;)
	{
		const char *h = memchr(s + k + j, needle[j], last - k + 1);

		if (h == NULL)
			return NULL;
		k = (size_t) (h - s) - j;
		if (memcmp(s + k, needle, nl) == 0)
			return s + k;
		k++;
	}
	return NULL;
}
