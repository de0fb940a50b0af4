/*
 * act_int.h
 *	  What the activity layer's files share (not part of the public API):
 *	  activity kinds, the cue words that name them (act_kinds.c), the test
 *	  of whether a sentence reports something done (act_verbs.c), and the
 *	  theme of a paragraph from its headings (themes.c).
 */
#ifndef TIP_ACT_INT_H
#define TIP_ACT_INT_H

#include "annotate/annotate_int.h"

typedef enum act_kind
{
	AK_NONE = -1,				/* a phrase that names no activity */
	AK_WORKSHOP = 0,
	AK_TRAINING,
	AK_MEETING,
	AK_CONFERENCE,
	AK_STUDY_VISIT,
	AK_ASSESSMENT,
	AK_LEGISLATIVE,
	AK_PUBLICATION,
	AK_TOOL,
	AK_CAMPAIGN,
	AK_GRANT,
	AK_PARTNERSHIP,
	AK_OPERATION,
	AK_OTHER,
	AK__COUNT
} act_kind;

/* A cue: a word or phrase of a sentence that names an activity kind. */
typedef struct act_cue
{
	uint32_t	start;			/* span in the sentence's text */
	uint32_t	end;
	act_kind	kind;
	int			frame;			/* names the setting ("at its seventh meeting"),
								 * not the thing done: 1, or 2 for an event
								 * before or after it ("following the ...") */
	int			partner;		/* names the kind only if a partner is named */
	int			aside;			/* stands in brackets */
} act_cue;

#define ACT_MAX_CUES 64

extern const char *act_kind_name(act_kind k);

/*
 * Cues in t[s, e), in text order, at most max; returns their number.
 * Longer phrases win over the words inside them.
 */
extern int	act_find_cues(const char *t, uint32_t s, uint32_t e, act_cue *out, int max);

/*
 * Does the sentence t[s, e) report something done (by UNODC, or in the
 * passive, or with its support) rather than a mandate, a plan, a
 * resolution of a body or a statement of context?  *verb gets the start
 * of the first verb that reports it.  -1 when the progress hook of doc
 * asked to stop.
 */
extern int	act_reports_activity(tip_doc *doc, const char *t, uint32_t s, uint32_t e,
								 uint32_t *verb);

/*
 * Starts of the actors (UNODC, the Office, ...) that are the subject of a
 * clause in t[s, e), at most max; returns their number.
 */
extern int	act_subjects(const char *t, uint32_t s, uint32_t e, uint32_t *out, int max);

/* act_word_at() past its first byte (act_kinds.c). */
extern int	act_word_match(const char *t, uint32_t p, uint32_t e, const char *pat);

/* Start of the word before position p (not before s); p itself if none. */
extern uint32_t act_prev_word(const char *t, uint32_t s, uint32_t p);

/* Index of the first mention of a text at or after position pos (binary search). */
extern int	act_first_mention(const tip_annotations *a, int text, uint32_t pos);

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
 * Case-insensitive match of pat (lower case ASCII) at t[p], within [p, e),
 * ending at a word end.  The first byte is compared here, inline: most
 * calls stop there.
 */
static inline int
act_word_at(const char *t, uint32_t p, uint32_t e, const char *pat)
{
	if (p >= e || act_fold((unsigned char) t[p]) != (unsigned char) pat[0])
		return 0;
	return act_word_match(t, p, e, pat);
}

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

/* Theme of the paragraph with index pi of doc->paragraphs; NULL if none fits. */
extern const char *act_theme(const tip_doc *doc, int pi);

/* Theme of the section with ordinal ord (1-based) or its nearest heading
 * above; NULL if none fits.  act_theme() is that of its paragraph's section. */
extern const char *act_section_theme(const tip_doc *doc, int ord);

#endif							/* TIP_ACT_INT_H */
