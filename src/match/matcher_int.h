/*
 * matcher_int.h
 *	  Inside the matcher (matcher.h): the automata that matcher.c builds
 *	  and matcher_scan.c runs.
 */
#ifndef TIP_MATCHER_INT_H
#define TIP_MATCHER_INT_H

#include <string.h>

#include "matcher.h"

#define MT_HOT		0x80000000u
#define MT_OFFMASK	0x7fffffffu
#define MT_NONE		0xffffffffu
#define MT_MAX16	65536		/* most rows of 16-bit tables */

/* byte kinds for the scanner: plain, whitespace, maybe U+00A0 / U+2019 */
#define K_PLAIN		0
#define K_WS		1
#define K_SPECIAL	2

extern const unsigned char mt_kind[256];

/* bytes of English text, the most frequent first (see mt_auto_build) */
extern const char mt_common[];

typedef struct mt_pat
{
	int32_t		id;
	uint32_t	next;			/* next pattern of the same state, MT_NONE */
	uint32_t	off;			/* builder only: offset of bytes in pool */
	uint16_t	len;			/* normalised length in symbols */
	uint8_t		word;			/* MT_WORD given */
	uint8_t		need_start;		/* MT_WORD and first symbol is a word char */
	uint8_t		cs;				/* MT_CASE_SENSITIVE given */
} mt_pat;

typedef struct mt_state
{
	uint32_t	fail;			/* state index of the failure state */
	uint32_t	dict;			/* next state on the fail chain with output */
	uint32_t	dictnw;			/* same, with a pattern lacking MT_WORD */
	uint32_t	out;			/* first pattern ending here, MT_NONE */
	uint16_t	depth;
	uint8_t		has_nw;			/* some pattern here lacks MT_WORD */
	uint8_t		hot;			/* out != MT_NONE || dict != 0 */
} mt_state;

typedef struct mt_auto
{
	uint32_t   *trans;			/* nstates * ncls encoded next states */
	uint16_t   *narrow;			/* or pages of row numbers (then trans is
								 * NULL); see mt_narrow() and mt_col() */
	uint16_t   *row_state;		/* narrow: the state of each row */
	uint16_t   *state_row;		/* narrow: the row of each state */
	uint32_t	hot_row;		/* narrow: rows from here on are hot */
	mt_state   *st;
	uint32_t	nstates;
	uint32_t	ncls;
	uint32_t	cls_ws;			/* class of the whitespace symbol */
	uint32_t	cls_apos;		/* class of the apostrophe symbol */
	unsigned char cls[256];		/* raw byte -> class */
	unsigned char skip[256];	/* class -> every pattern opening with it
								 * must start a word (see mt_word_links) */
	uint32_t	inword;			/* the root, after a letter or digit */
} mt_auto;

/* narrow tables: classes per page, log2 */
#define MT_PAGE_SHIFT	5
#define MT_PAGE			(1u << MT_PAGE_SHIFT)

/* in mt_matcher.cols: a lead byte 0xC2 or 0xE2, see what follows */
#define MT_COLS_LEAD	UINT64_MAX

struct mt_matcher
{
	tip_allocator a;
	int			nauto;			/* 1 or 2 */
	mt_auto		au[2];
	uint64_t	cols[256];		/* byte -> mt_col() in au[0] | in au[1] << 32 */
	mt_pat	   *pats;
	size_t		npats;
	size_t		bytes;			/* memory taken, for mt_memory_size */
};

extern void *mt_alloc_array(const tip_allocator *a, size_t n, size_t elem);
extern void mt_release(const tip_allocator *a, void *p);
extern unsigned mt_symbol(const unsigned char *t, size_t i, size_t len,
						  size_t *n, int *ws);

/* ASCII letter or digit. */
static inline int
mt_alnum(unsigned c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Word character test for a single-byte (normalised) symbol. */
static inline int
mt_isword(unsigned c)
{
	return c >= 0x80 || mt_alnum(c);
}

/* ASCII lower-casing of one byte. */
static inline unsigned
mt_fold(unsigned c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

/* Encoded (row offset | hot) form of state u. */
static inline uint32_t
mt_enc(const mt_auto *au, uint32_t u)
{
	return (u * au->ncls) | (au->st[u].hot ? MT_HOT : 0);
}

/*
 * Where the column of class x starts in a narrow table: the table is cut
 * into pages of MT_PAGE classes, each holding every row's entries for its
 * classes, so the entry of row r is narrow[mt_col(au, x) + (r << MT_PAGE_SHIFT)].
 */
static inline uint32_t
mt_col(const mt_auto *au, unsigned x)
{
	return ((x >> MT_PAGE_SHIFT) * au->nstates << MT_PAGE_SHIFT) + (x & (MT_PAGE - 1));
}

/* State index of an encoded state. */
static inline uint32_t
mt_dec(const mt_auto *au, uint32_t off)
{
	return (off & MT_OFFMASK) / au->ncls;
}

/*
 * Steps of the scans' slow paths (levels settled, fail and dictionary
 * links followed, symbols read back or forward, patterns tried), counted
 * only in the builds of the tests that judge how a scan's work grows with
 * its input (test_matcher, built with -DMT_COUNT_STEPS); nothing otherwise.
 */
#ifdef MT_COUNT_STEPS
extern size_t mt_steps;
#define MT_STEP() (mt_steps++)
#else
#define MT_STEP() ((void) 0)
#endif

#endif							/* TIP_MATCHER_INT_H */
