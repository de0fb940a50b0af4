/*
 * act_words.c
 *	  Word lists of the event layers indexed by their first byte, so that a
 *	  scan over a sentence tries at a word start only the entries that can
 *	  match there, in the order of the list.
 */
#include <string.h>

#include "act_int.h"

void
act_index_build(act_index *ix, const unsigned char *first, int n)
{
	int			count[256] = {0},
				c,
				k;

	if (n > ACT_INDEX_MAX)
		n = ACT_INDEX_MAX;		/* never: the lists are static and smaller */
	for (k = 0; k < n; k++)
		count[act_fold(first[k])]++;
	ix->start[0] = 0;
	for (c = 0; c < 256; c++)
		ix->start[c + 1] = (uint16_t) (ix->start[c] + count[c]);
	/* a stable placement: entries of one byte keep the list's order */
	for (c = 0; c < 256; c++)
		count[c] = ix->start[c];
	for (k = 0; k < n; k++)
		ix->order[count[act_fold(first[k])]++] = (uint16_t) k;
	ix->built = 1;
}

const char *
act_find_ci(const char *s, size_t n, const char *needle)
{
	unsigned char f = act_fold((unsigned char) needle[0]);
	size_t		nl = strlen(needle),
				k,
				j;

	if (nl == 0 || n < nl)
		return NULL;
	for (k = 0; k + nl <= n; k++)
	{
		/* a letter in either case: set bit 5 and compare (other bytes exactly) */
		if (lex_is_alpha(f) ? (unsigned char) (s[k] | 0x20) != f
			: act_fold((unsigned char) s[k]) != f)
			continue;
		for (j = 1; j < nl; j++)
			if (act_fold((unsigned char) s[k + j]) != act_fold((unsigned char) needle[j]))
				break;
		if (j == nl)
			return s + k;
	}
	return NULL;
}
