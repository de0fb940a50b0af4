/*
 * matcher.h
 *	  Precompiled multi-pattern matcher (Aho-Corasick automaton) for
 *	  gazetteers: country names, demonyms, organisation names, acronyms.
 *
 * Usage: create a builder, mt_add() every pattern, mt_build() the matcher
 * (this consumes the builder), then scan any number of texts with
 * mt_scan_cb() / mt_scan_cb_progress() (leftmost-longest, non-overlapping)
 * or mt_scan_all_cb() (every overlapping match).  A built matcher is
 * read-only; scans keep their state on the stack (about 24 KiB) and never
 * allocate, so one matcher may be shared by concurrent scans.
 *
 * Normalisation, applied identically to patterns and to text:
 *	- a run of whitespace (space, \t, \n, \r, \v, \f, U+00A0 no-break space)
 *	  is one symbol; leading and trailing whitespace of a pattern is dropped;
 *	- ASCII ' and U+2019 are the same symbol;
 *	- unless MT_CASE_SENSITIVE, ASCII letters are compared case-insensitively
 *	  (bytes >= 0x80 are always compared exactly).
 * Reported offsets are exact byte spans of the original text.
 *
 * MT_WORD: if the pattern's first symbol is a word character (ASCII letter or
 * digit, or any byte >= 0x80 other than the two normalised sequences above),
 * the text symbol before the match must not be one; likewise at the end.  A
 * pattern end that is not a word character ("U.S.") imposes no condition.
 * '-' and '\'' are not word characters, and neither are, in the text next to
 * a match, U+00AB, U+00BB and U+2000..U+203F (typographic spaces, dashes,
 * quotation marks, bullets).
 *
 * Complexity: building is O(states * classes).  Scanning is one table lookup
 * per input byte plus, at positions where patterns end, a walk over the
 * patterns ending there that stops at the first one that is selected.  The
 * worst case is O(n * K) where K is the largest number of patterns that are
 * suffixes of one another (at most the number of patterns); patterns that are
 * rejected by MT_WORD on their end side are skipped without being visited.
 * In particular "aaaa..." against "a", "aa", ... stays O(n).  Candidate
 * tracking for leftmost-longest never re-scans text; the all-matches scan
 * reads the start of what it reports back from the end, at most the longest
 * pattern's length per position that ends a match.
 */
#ifndef TIP_MATCHER_H
#define TIP_MATCHER_H

#include <stddef.h>
#include <stdint.h>

#include "tip_alloc.h"			/* tip_allocator */

/* status codes (0 = success) */
#define MT_OK			0
#define MT_ENOMEM		(-1)	/* allocation failed or size overflow */
#define MT_EINVAL		(-2)	/* bad argument, empty pattern, unknown flag */
#define MT_ETOOLONG		(-3)	/* pattern longer than MT_MAX_PATTERN_LEN */

/* pattern flags for mt_add() */
#define MT_CASE_SENSITIVE	0x01u
#define MT_WORD				0x02u

/* longest pattern, in symbols after normalisation */
#define MT_MAX_PATTERN_LEN	256

/* the progress hook is called after every this many bytes of text */
#define MT_PROGRESS_INTERVAL ((size_t) 64 * 1024)

typedef struct mt_builder mt_builder;
typedef struct mt_matcher mt_matcher;

typedef struct mt_match
{
	int32_t		id;				/* id given to mt_add() */
	size_t		start;			/* byte offset of the first byte */
	size_t		end;			/* byte offset after the last byte */
} mt_match;

/*
 * Called for each match; return 0 to continue, non-zero to stop the scan
 * (the scan then returns that value; use positive values to keep them apart
 * from the negative MT_E* codes).
 */
typedef int (*mt_hit_fn) (void *arg, const mt_match *hit);

/*
 * Called every MT_PROGRESS_INTERVAL bytes with the bytes done so far, e.g. to
 * check for query cancel; non-zero stops the scan like mt_hit_fn.
 */
typedef int (*mt_progress_fn) (void *arg, size_t done, size_t len);

extern mt_builder *mt_builder_new(const tip_allocator *a);
extern int	mt_add(mt_builder *b, const char *pattern, size_t len,
				   int32_t id, unsigned flags);
extern mt_matcher *mt_build(mt_builder *b);
extern void mt_builder_free(mt_builder *b);
extern void mt_free(mt_matcher *m);

extern int	mt_scan_cb(const mt_matcher *m, const char *text, size_t len,
					   mt_hit_fn cb, void *arg);
extern int	mt_scan_cb_progress(const mt_matcher *m, const char *text,
								size_t len, mt_hit_fn cb,
								mt_progress_fn progress, void *arg);
extern int	mt_scan_all_cb(const mt_matcher *m, const char *text, size_t len,
						   mt_hit_fn cb, mt_progress_fn progress, void *arg);
extern size_t mt_scan(const mt_matcher *m, const char *text, size_t len,
					  mt_match *out, size_t max_out, size_t *n_total);

extern size_t mt_pattern_count(const mt_matcher *m);
extern size_t mt_memory_size(const mt_matcher *m);

#endif							/* TIP_MATCHER_H */
