/*
 * pat_int.h
 *	  What the pattern recognisers share (pat_text.c; used by symbols.c,
 *	  dates.c, figures.c and the driver patterns.c): the issuing bodies of
 *	  resolutions, the body memory that follows the reading order, and
 *	  small text helpers.
 *
 * Each recogniser scans one clean text and adds mentions through
 * ann_add_mention().  Mentions of one text that the pattern layer added
 * are contiguous in doc->ann->mentions, from index "first" on; the driver
 * turns them into sorted spans between recognisers, so a later recogniser
 * skips what an earlier one took (a year inside a document symbol is not a
 * date; a number inside a date is not a figure).
 */
#ifndef TIP_PAT_INT_H
#define TIP_PAT_INT_H

#include "annotate_int.h"

/* Bodies that adopt resolutions. */
typedef enum pat_body
{
	PB_NONE = 0,				/* undecided */
	PB_GA,
	PB_SC,
	PB_ECOSOC,
	PB_CCPCJ,
	PB_COP,
	PB_HRC,
	PB_OTHER					/* a body outside the list: never a guess */
} pat_body;

/*
 * What "the Council", "the Commission" and "the Conference" stand for at a
 * point of the reading: the last body of that family the text named; and
 * the last body of the list (never PB_OTHER) each stood for, to go back to
 * when a body outside the list was named only in passing.
 */
typedef struct pat_memory
{
	pat_body	council;
	pat_body	commission;
	pat_body	conference;
	pat_body	council_kept;
	pat_body	commission_kept;
	pat_body	conference_kept;
} pat_memory;

/* Code of a body as the values write it ("GA"); NULL for none/other. */
extern const char *pat_body_code(pat_body b);

/*
 * Find the body named at t[i] (a word start): sets *len to the length of
 * the name and returns the body, resolving bare family words through mem;
 * returns PB_NONE with *len 0 when no body is named there, PB_NONE with
 * *len > 0 for a bare family word the memory cannot resolve.  Full names
 * update mem.
 */
extern pat_body pat_body_at(const char *t, uint32_t n, uint32_t i, uint32_t *len,
							pat_memory *mem);

/* Feed the bodies a text names into mem, in reading order. */
extern void pat_memory_feed(const char *t, uint32_t n, pat_memory *mem);

/*
 * The spans of one text that earlier recognisers took, sorted and merged;
 * pat_taken() asks it in O(log n).
 */
typedef struct pat_spans
{
	uint32_t   *s;				/* starts, ascending */
	uint32_t   *e;				/* ends */
	int			n;
} pat_spans;

/* Rebuild the taken spans from the mentions of doc->ann from index first on. */
extern tip_status pat_spans_build(tip_doc *doc, int first, pat_spans *sp);

/* Does [s, e) overlap a taken span? */
extern int	pat_taken(const pat_spans *sp, uint32_t s, uint32_t e);

/* Is c an ASCII letter or digit? */
static inline int
pat_is_alnum(unsigned char c)
{
	return lex_is_alpha(c) || lex_is_digit(c);
}

/*
 * Is t[i] the start of a word (not preceded by a letter or digit)?  Inline:
 * the recognisers ask it at nearly every word.
 */
static inline int
pat_word_start(const char *t, uint32_t i)
{
	return i == 0 || !pat_is_alnum((unsigned char) t[i - 1]);
}

/* Is t[i] past the end of a word (i == n or no letter/digit there)? */
static inline int
pat_word_end(const char *t, uint32_t n, uint32_t i)
{
	return i >= n || !pat_is_alnum((unsigned char) t[i]);
}

/*
 * Where a scan that found nothing at t[i] goes on: past the letters and
 * digits of the word i is in, or to i + 1.  Nothing that starts a word is
 * skipped.
 */
static inline uint32_t
pat_next_word(const char *t, uint32_t n, uint32_t i)
{
	if (!pat_is_alnum((unsigned char) t[i]))
		return i + 1;
	while (i < n && pat_is_alnum((unsigned char) t[i]))
		i++;
	return i;
}

/*
 * Where a recogniser may find something in one text: the start of every
 * run of ASCII letters and digits whose first byte some recogniser can
 * start with (see pat_tok_want), and every '$', '\\' and UTF-8 lead byte
 * 0xC2 or 0xE2 (currency signs, escapes, no-break spaces, dashes), in
 * ascending order, once per kind of start (PT_UPPER ... PT_FIG).  Built
 * once per text; a scanner asks pat_toks_next() for the next one of its
 * kind it may start at instead of stepping over every byte, which is what
 * it would skip anyway (bytes inside a word, spaces, punctuation, words no
 * form of its can open).
 */
#define PT_KINDS	4

typedef struct pat_toks
{
	uint32_t   *pos;			/* every token, ascending */
	int			n;				/* how many */
	int			cap;			/* room in pos */
	uint32_t   *kind[PT_KINDS];	/* the tokens of each kind, ascending */
	int			n_kind[PT_KINDS];
	int			cap_kinds;		/* room in each kind[] */
	uint32_t	len;			/* length of the text */
} pat_toks;

/*
 * The first bytes each recogniser can start at, one bit each: symbols and
 * the bodies' names (capitals), "resolution", dates (digits, capitalised
 * month names, from, between, the, mid, late, early), figures (digits,
 * number words, currency signs and codes).  Each is implied by the
 * recogniser's own tests, so a token without the bit would fail them.
 */
#define PT_UPPER	0x01u
#define PT_RES		0x02u
#define PT_DATE		0x04u
#define PT_FIG		0x08u
extern const unsigned char pat_tok_want[256];

/* Fill tk for the text t[0..n) (tk's buffers are reused and grown). */
extern tip_status pat_toks_build(tip_doc *doc, const char *t, uint32_t n, pat_toks *tk);

/*
 * The first token of kind want (one of the PT_ bits) at or after i, or the
 * text length if none; *w is the caller's cursor into that kind's tokens
 * (start it at 0; positions only grow).
 */
static inline uint32_t
pat_toks_next(const pat_toks *tk, int *w, uint32_t i, unsigned want)
{
	int			kind = want == PT_UPPER ? 0 : want == PT_RES ? 1 : want == PT_DATE ? 2 : 3;
	const uint32_t *pos = tk->kind[kind];
	int			k = *w,
				n = tk->n_kind[kind];

	while (k < n && pos[k] < i)
		k++;
	*w = k;
	return k < n ? pos[k] : tk->len;
}

/* A constant word and its length, for word tables searched at every word. */
typedef struct pat_word
{
	const char *w;
	uint32_t	len;
} pat_word;

#define PAT_WORD(s) {s, sizeof(s) - 1}

/* Is t[i..i+len) the word pw, ignoring ASCII case?  Length first. */
static inline int
pat_word_eq_ci(const char *t, uint32_t i, uint32_t len, const pat_word *pw)
{
	return pw->len == len && lex_equals_ci(t + i, len, pw->w);
}

/* Does the word w (ASCII) stand at t[i], case as given, ending at a boundary? */
extern int	pat_word_is(const char *t, uint32_t n, uint32_t i, const char *w);

/* The same, ignoring ASCII case. */
extern int	pat_word_is_ci(const char *t, uint32_t n, uint32_t i, const char *w);

/* Skip blanks (spaces, column gaps, line breaks) from i. */
extern uint32_t pat_skip_blanks(const char *t, uint32_t n, uint32_t i);

/* Start of the word before position i (skipping blanks), or i if none. */
extern uint32_t pat_prev_word(const char *t, uint32_t i);

/* Length of a dash (-, en dash, em dash) at t[i], else 0. */
extern uint32_t pat_dash_len(const char *t, uint32_t n, uint32_t i);

/* The recognisers (one clean text each). */
extern tip_status sym_scan(tip_doc *doc, int text, const pat_toks *tk, pat_spans *sp,
						  int first, pat_memory *mem);
extern tip_status date_scan(tip_doc *doc, int text, const pat_toks *tk,
						   const pat_spans *sp);
extern tip_status fig_scan(tip_doc *doc, int text, const pat_toks *tk,
						  const pat_spans *sp);

#endif							/* TIP_PAT_INT_H */
