/*
 * word_lists.h
 *	  Word lists indexed by a hash of their entries' first two bytes, keys
 *	  of a word's first four bytes, and searches of a text for a word, with
 *	  or without regard to case (word_lists.c).  Below the layers: the
 *	  activity recogniser, parties.c and sessions.c use them.  The act_
 *	  prefix is the activity layer's, for which they were first written.
 */
#ifndef TIP_WORD_LISTS_H
#define TIP_WORD_LISTS_H

#include <stddef.h>
#include <stdint.h>

/*
 * A word list indexed by a hash of its entries' first two bytes, folded
 * (act_hash2): order[start[h] .. start[h + 1]) are the indexes, in list
 * order, of the entries of hash h.  Every entry has at least two bytes
 * before any '*'.  Built once, on first use.
 */
#define ACT_INDEX_MAX 512
#define ACT_HASH_SIZE 1024

typedef struct act_index
{
	int			built;
	uint16_t	start[ACT_HASH_SIZE + 1];
	uint16_t	order[ACT_INDEX_MAX];
} act_index;

/* Index n entries whose hashes are hash[0 .. n). */
extern void act_index_build(act_index *ix, const uint16_t *hash, int n);

/* ASCII lower case of one byte; other bytes unchanged. */
static inline unsigned char
act_fold(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char) (c | 0x20) : c;
}

/*
 * First occurrence of needle in s[0, n), ignoring ASCII case (as
 * lex_find_ci, without a call per position); NULL if none.
 */
extern const char *act_find_ci(const char *s, size_t n, const char *needle);

/* First occurrence of needle in s[0, n), as lex_find: memchr for its
 * rarest byte, then a comparison; NULL if none. */
extern const char *act_find_text(const char *s, size_t n, const char *needle);

/*
 * Keys of the first (up to) four bytes of a word, folded, one byte each
 * from the lowest: a word of a list can match at t[p] only where
 * (act_text_key(t, p, e) & mask) == act_key(word, len, &mask).
 */
static inline uint32_t
act_key(const char *w, size_t len, uint32_t *mask)
{
	uint32_t	key = 0;
	size_t		j;

	*mask = 0;
	for (j = 0; j < 4 && j < len; j++)
	{
		key |= (uint32_t) act_fold((unsigned char) w[j]) << (8 * j);
		*mask |= (uint32_t) 0xFF << (8 * j);
	}
	return key;
}

/* The folded bytes t[p, p + 4) as a key; 0 for the bytes at or past e. */
static inline uint32_t
act_text_key(const char *t, uint32_t p, uint32_t e)
{
	uint32_t	key = 0;
	uint32_t	j;

	for (j = 0; j < 4 && p + j < e; j++)
		key |= (uint32_t) act_fold((unsigned char) t[p + j]) << (8 * j);
	return key;
}

/*
 * Hash of two bytes, folded: equal for two pairs that fold alike (other
 * pairs may share it too).  The bytes of a word at t[p] are t[p] and
 * t[p + 1], or 0 for the second at the text's end.
 */
static inline unsigned
act_hash2(unsigned char a, unsigned char b)
{
	return ((unsigned) (act_fold(a) & 31) << 5) | (act_fold(b) & 31);
}

/* act_hash2 of the bytes at t[p] (p < e). */
static inline unsigned
act_text_hash(const char *t, uint32_t p, uint32_t e)
{
	return act_hash2((unsigned char) t[p], p + 1 < e ? (unsigned char) t[p + 1] : 0);
}

/* Does c, folded, equal one of the (lower case) letters of set? */
static inline int
act_letter_in(unsigned char c, const char *set)
{
	c = act_fold(c);
	for (; *set; set++)
		if ((unsigned char) *set == c)
			return 1;
	return 0;
}

#endif							/* TIP_WORD_LISTS_H */
