/*
 * pat_text.c
 *	  What the recognisers of the pattern layer (symbols.c, dates.c,
 *	  figures.c) share, below them: the names of the bodies that adopt
 *	  resolutions and the memory of which body "the Council" or "the
 *	  Commission" stands for, the spans earlier recognisers took, the word
 *	  starts each recogniser can begin at, and small word tests.
 */
#include <stdlib.h>
#include <string.h>

#include "pat_int.h"

const char *
pat_body_code(pat_body b)
{
	switch (b)
	{
		case PB_GA:
			return "GA";
		case PB_SC:
			return "SC";
		case PB_ECOSOC:
			return "ECOSOC";
		case PB_CCPCJ:
			return "CCPCJ";
		case PB_COP:
			return "COP";
		case PB_HRC:
			return "HRC";
		case PB_NONE:
		case PB_OTHER:
		default:
			return NULL;
	}
}

/* ---- small text helpers ---- */

/* Length of w when it stands at t[i] (case as given), else 0; w not empty. */
static uint32_t
word_match(const char *t, uint32_t n, uint32_t i, const char *w)
{
	uint32_t	k;

	for (k = 0; w[k] != '\0'; k++)
		if (i + k >= n || t[i + k] != w[k])
			return 0;
	return k;
}

/* The same, ignoring ASCII case. */
static uint32_t
word_match_ci(const char *t, uint32_t n, uint32_t i, const char *w)
{
	uint32_t	k;

	for (k = 0; w[k] != '\0'; k++)
	{
		unsigned char a,
					b = (unsigned char) w[k];

		if (i + k >= n)
			return 0;
		a = (unsigned char) t[i + k];
		a = (unsigned char) (lex_is_upper(a) ? a | 0x20 : a);
		b = (unsigned char) (lex_is_upper(b) ? b | 0x20 : b);
		if (a != b)
			return 0;
	}
	return k;
}

int
pat_word_is(const char *t, uint32_t n, uint32_t i, const char *w)
{
	uint32_t	l;

	if (i > n)
		return 0;
	if (w[0] == '\0')
		return pat_word_end(t, n, i);
	l = word_match(t, n, i, w);
	return l > 0 && pat_word_end(t, n, i + l);
}

int
pat_word_is_ci(const char *t, uint32_t n, uint32_t i, const char *w)
{
	uint32_t	l;

	if (i > n)
		return 0;
	if (w[0] == '\0')
		return pat_word_end(t, n, i);
	l = word_match_ci(t, n, i, w);
	return l > 0 && pat_word_end(t, n, i + l);
}

uint32_t
pat_skip_blanks(const char *t, uint32_t n, uint32_t i)
{
	while (i < n && (t[i] == ' ' || t[i] == COLUMN_GAP || t[i] == '\n'))
		i++;
	return i;
}

uint32_t
pat_prev_word(const char *t, uint32_t i)
{
	uint32_t	j = i;

	while (j > 0 && (t[j - 1] == ' ' || t[j - 1] == COLUMN_GAP || t[j - 1] == '\n'))
		j--;
	if (j == 0 || !pat_is_alnum((unsigned char) t[j - 1]))
		return i;
	while (j > 0 && (pat_is_alnum((unsigned char) t[j - 1]) || t[j - 1] == '-'))
		j--;
	return j;
}

uint32_t
pat_dash_len(const char *t, uint32_t n, uint32_t i)
{
	if (i < n && t[i] == '-')
		return 1;
	if (i + 2 < n && (unsigned char) t[i] == 0xE2 && (unsigned char) t[i + 1] == 0x80 &&
		((unsigned char) t[i + 2] == 0x93 || (unsigned char) t[i + 2] == 0x94))
		return 3;
	return 0;
}

static int
span_cmp(const void *pa, const void *pb)
{
	const uint32_t *a = pa;
	const uint32_t *b = pb;

	if (a[0] != b[0])
		return a[0] < b[0] ? -1 : 1;
	return a[1] < b[1] ? -1 : a[1] > b[1];
}

tip_status
pat_spans_build(tip_doc *doc, int first, pat_spans *sp)
{
	const tip_annotations *a = doc->ann;
	int			cnt = a->n_mentions - first;
	uint32_t   *pairs;
	int			k,
				out = 0;

	sp->n = 0;
	if (cnt <= 0)
		return TIP_OK;
	pairs = arena_alloc_array(&doc->arena, (size_t) cnt, 2 * sizeof(uint32_t));
	sp->s = arena_alloc_array(&doc->arena, (size_t) cnt, sizeof(uint32_t));
	sp->e = arena_alloc_array(&doc->arena, (size_t) cnt, sizeof(uint32_t));
	if (pairs == NULL || sp->s == NULL || sp->e == NULL)
		return TIP_ENOMEM;
	for (k = 0; k < cnt; k++)
	{
		if (ann_tick(doc, 16))
			return TIP_ECANCEL;
		pairs[2 * k] = a->mentions[first + k].text_start;
		pairs[2 * k + 1] = a->mentions[first + k].text_end;
	}
	switch (doc_sort(doc, pairs, (size_t) cnt, 2 * sizeof(uint32_t), span_cmp))
	{
		case -1:
			return TIP_ENOMEM;
		case -2:
			return TIP_ECANCEL;
	}
	for (k = 0; k < cnt; k++)
	{
		if (out > 0 && pairs[2 * k] < sp->e[out - 1])
		{
			if (pairs[2 * k + 1] > sp->e[out - 1])
				sp->e[out - 1] = pairs[2 * k + 1];
			continue;
		}
		sp->s[out] = pairs[2 * k];
		sp->e[out] = pairs[2 * k + 1];
		out++;
	}
	sp->n = out;
	arena_free(&doc->arena, pairs, (size_t) cnt * 2 * sizeof(uint32_t));
	return TIP_OK;
}

int
pat_taken(const pat_spans *sp, uint32_t s, uint32_t e)
{
	int			lo = 0,
				hi = sp->n - 1;

	/* the last span starting before e overlaps iff it ends after s */
	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (sp->s[mid] < e)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return hi >= 0 && sp->e[hi] > s;
}

/* ---- bodies ---- */

/*
 * Is the word before t[i] a capitalised modifier that makes the name at i
 * another body ("World Health Assembly", "European Commission")?  Words
 * that open sentences are not modifiers.
 */
static int
proper_modifier_before(const char *t, uint32_t i)
{
	static const char *const openers[] = {
		"The", "In", "At", "By", "On", "Its", "This", "That", "Both", "Also",
		"As", "With", "From", "For", "To", "Further", "Subsequently", "While",
		"Whereas", "When", "Moreover", "General", "Member",
	};
	uint32_t	w = pat_prev_word(t, i);
	size_t		k;

	if (w == i || !lex_is_upper((unsigned char) t[w]))
		return 0;
	for (k = 0; k < sizeof(openers) / sizeof(openers[0]); k++)
		if (pat_word_is(t, i, w, openers[k]))
			return 0;
	return 1;
}

/*
 * pat_word_is() for the names of bodies, which pat_body_at() asks of every
 * capitalised word: the second letter is compared before the call.
 */
static inline int
body_word_is(const char *t, uint32_t n, uint32_t i, const char *w)
{
	return i + 1 < n && t[i + 1] == w[1] && pat_word_is(t, n, i, w);
}

/* Does "Corruption" occur within the next len bytes (the UNCAC bodies)? */
static int
names_corruption(const char *t, uint32_t n, uint32_t i)
{
	uint32_t	lim = i + 160 < n ? i + 160 : n;

	return lex_find(t + i, lim - i, "Corruption") != NULL;
}

pat_body
pat_body_at(const char *t, uint32_t n, uint32_t i, uint32_t *len, pat_memory *mem)
{
	static const struct
	{
		const char *name;
		pat_body	body;
	}			full[] = {
		{"General Assembly", PB_GA},
		{"Security Council", PB_SC},
		{"Economic and Social Council", PB_ECOSOC},
		{"ECOSOC", PB_ECOSOC},
		{"Human Rights Council", PB_HRC},
		{"Commission on Crime Prevention and Criminal Justice", PB_CCPCJ},
		{"Crime Commission", PB_CCPCJ},
		{"CCPCJ", PB_CCPCJ},
	};
	size_t		k;

	*len = 0;
	if (i >= n || !lex_is_upper((unsigned char) t[i]) || !pat_word_start(t, i))
		return PB_NONE;
	/* every name below starts with one of these capitals */
	switch (t[i])
	{
		case 'A':
		case 'C':
		case 'E':
		case 'G':
		case 'H':
		case 'S':
			break;
		default:
			return PB_NONE;
	}
	for (k = 0; k < sizeof(full) / sizeof(full[0]); k++)
		if (body_word_is(t, n, i, full[k].name))
		{
			*len = (uint32_t) strlen(full[k].name);
			if (full[k].body == PB_CCPCJ)
				mem->commission = mem->commission_kept = PB_CCPCJ;
			else if (full[k].body != PB_GA)
				mem->council = mem->council_kept = full[k].body;
			return full[k].body;
		}
	if (body_word_is(t, n, i, "Assembly"))
	{
		*len = 8;
		return proper_modifier_before(t, i) ? PB_OTHER : PB_GA;
	}
	if (body_word_is(t, n, i, "Council"))
	{
		*len = 7;
		if (proper_modifier_before(t, i) ||
			(lex_starts_with(t + i + 7, n - i - 7, " of ") && i + 11 < n &&
			 lex_is_upper((unsigned char) t[i + 11])))
			return mem->council = PB_OTHER;
		return mem->council;
	}
	if (body_word_is(t, n, i, "Commission"))
	{
		*len = 10;
		if (proper_modifier_before(t, i) ||
			lex_starts_with(t + i + 10, n - i - 10, " on ") ||
			lex_starts_with(t + i + 10, n - i - 10, " for ") ||
			(lex_starts_with(t + i + 10, n - i - 10, " of ") && i + 14 < n &&
			 lex_is_upper((unsigned char) t[i + 14])))
			return mem->commission = PB_OTHER;
		return mem->commission;
	}
	if (body_word_is(t, n, i, "Conference"))
	{
		*len = 10;
		if (lex_starts_with(t + i + 10, n - i - 10, " of the Parties") ||
			lex_starts_with(t + i + 10, n - i - 10, " of the States Parties"))
		{
			*len = lex_starts_with(t + i + 10, n - i - 10, " of the Parties") ? 25 : 32;
			if (names_corruption(t, n, i))
				return mem->conference = PB_OTHER;
			return mem->conference = mem->conference_kept = PB_COP;
		}
		if (proper_modifier_before(t, i) ||
			(lex_starts_with(t + i + 10, n - i - 10, " of ") && i + 14 < n &&
			 lex_is_upper((unsigned char) t[i + 14])) ||
			lex_starts_with(t + i + 10, n - i - 10, " on "))
			return mem->conference = PB_OTHER;
		return mem->conference;
	}
	return PB_NONE;
}

void
pat_memory_feed(const char *t, uint32_t n, pat_memory *mem)
{
	uint32_t	i = 0;

	while (i < n)
	{
		uint32_t	len = 0;

		if (lex_is_upper((unsigned char) t[i]) && pat_word_start(t, i))
			(void) pat_body_at(t, n, i, &len, mem);
		i = len > 0 ? i + len : pat_next_word(t, n, i);
	}
}

/* ---- where the recognisers look ---- */

#define U_ (PT_UPPER)
const unsigned char pat_tok_want[256] = {
	['0'] = PT_DATE | PT_FIG, ['1'] = PT_DATE | PT_FIG, ['2'] = PT_DATE | PT_FIG,
	['3'] = PT_DATE | PT_FIG, ['4'] = PT_DATE | PT_FIG, ['5'] = PT_DATE | PT_FIG,
	['6'] = PT_DATE | PT_FIG, ['7'] = PT_DATE | PT_FIG, ['8'] = PT_DATE | PT_FIG,
	['9'] = PT_DATE | PT_FIG,
	/* capitals: months (J F M A S O N D), from, between, the, mid, late,
	 * early; number words (T F S E N); currency codes (U E G C) */
	['A'] = U_ | PT_DATE, ['B'] = U_ | PT_DATE, ['C'] = U_ | PT_FIG,
	['D'] = U_ | PT_DATE, ['E'] = U_ | PT_DATE | PT_FIG, ['F'] = U_ | PT_DATE | PT_FIG,
	['G'] = U_ | PT_FIG, ['H'] = U_, ['I'] = U_, ['J'] = U_ | PT_DATE, ['K'] = U_,
	['L'] = U_ | PT_DATE, ['M'] = U_ | PT_DATE, ['N'] = U_ | PT_DATE | PT_FIG,
	['O'] = U_ | PT_DATE, ['P'] = U_, ['Q'] = U_, ['R'] = U_ | PT_RES,
	['S'] = U_ | PT_DATE | PT_FIG, ['T'] = U_ | PT_DATE | PT_FIG, ['U'] = U_ | PT_FIG,
	['V'] = U_, ['W'] = U_, ['X'] = U_, ['Y'] = U_, ['Z'] = U_,
	/* small letters: from, between, the, mid, late, early; number words */
	['b'] = PT_DATE, ['e'] = PT_DATE | PT_FIG, ['f'] = PT_DATE | PT_FIG,
	['l'] = PT_DATE, ['m'] = PT_DATE, ['n'] = PT_FIG, ['r'] = PT_RES,
	['s'] = PT_FIG, ['t'] = PT_DATE | PT_FIG,
	/* signs, escapes, dashes, no-break spaces */
	['$'] = PT_FIG, ['\\'] = PT_FIG, [0xC2] = PT_FIG, [0xE2] = PT_FIG,
};
#undef U_

/*
 * What pat_toks_build needs to know of a byte.  TOK_BYTES lists the bytes
 * of interest with what they are, at offset R of a table: A a letter or
 * digit no recogniser starts at, W one some recogniser can start at (a
 * token after anything but a letter or digit), S a token by itself.
 */
#define TOK_BYTES(R, A, W, S) \
	[R + '0'] = W, [R + '1'] = W, [R + '2'] = W, [R + '3'] = W, [R + '4'] = W, \
	[R + '5'] = W, [R + '6'] = W, [R + '7'] = W, [R + '8'] = W, [R + '9'] = W, \
	[R + 'A'] = W, [R + 'B'] = W, [R + 'C'] = W, [R + 'D'] = W, [R + 'E'] = W, \
	[R + 'F'] = W, [R + 'G'] = W, [R + 'H'] = W, [R + 'I'] = W, [R + 'J'] = W, \
	[R + 'K'] = W, [R + 'L'] = W, [R + 'M'] = W, [R + 'N'] = W, [R + 'O'] = W, \
	[R + 'P'] = W, [R + 'Q'] = W, [R + 'R'] = W, [R + 'S'] = W, [R + 'T'] = W, \
	[R + 'U'] = W, [R + 'V'] = W, [R + 'W'] = W, [R + 'X'] = W, [R + 'Y'] = W, \
	[R + 'Z'] = W, \
	[R + 'a'] = A, [R + 'b'] = W, [R + 'c'] = A, [R + 'd'] = A, [R + 'e'] = W, \
	[R + 'f'] = W, [R + 'g'] = A, [R + 'h'] = A, [R + 'i'] = A, [R + 'j'] = A, \
	[R + 'k'] = A, [R + 'l'] = W, [R + 'm'] = W, [R + 'n'] = W, [R + 'o'] = A, \
	[R + 'p'] = A, [R + 'q'] = A, [R + 'r'] = W, [R + 's'] = W, [R + 't'] = W, \
	[R + 'u'] = A, [R + 'v'] = A, [R + 'w'] = A, [R + 'x'] = A, [R + 'y'] = A, \
	[R + 'z'] = A, \
	[R + '$'] = S, [R + '\\'] = S, [R + 0xC2] = S, [R + 0xE2] = S

/*
 * Whether a byte opens a token, by the row of the byte before it: row 0
 * after anything but a letter or digit, row 1 (from TOK_ROW1 on) after one.
 */
#define TOK_ROW1	256

/* Bytes or tokens handled between two calls of the progress hook. */
#define TOK_PIECE	(256 * 1024)
static const unsigned char tok_opens[2 * 256] = {
	TOK_BYTES(0, 0, 1, 1),
	TOK_BYTES(TOK_ROW1, 0, 0, 1)
};

/* The row of tok_opens for the byte after this one. */
static const uint16_t tok_row[256] = {
	TOK_BYTES(0, TOK_ROW1, TOK_ROW1, 0)
};

/*
 * Sort the tokens of tk->pos into their kinds (a token may be of several),
 * branch-free: every token is written to every list and kept in those of
 * its kinds.
 */
static tip_status
sort_toks(tip_doc *doc, const unsigned char *u, pat_toks *tk)
{
	int			j,
				n[PT_KINDS] = {0, 0, 0, 0};

	if (tk->n + 1 > tk->cap_kinds)
	{
		int			cap = tk->n + 1 > 2 * tk->cap_kinds ? tk->n + 1 : 2 * tk->cap_kinds;
		/* the lists are refilled for every text: nothing to copy over */
		uint32_t   *room = arena_grow_array(&doc->arena, tk->kind[0], 0,
											(size_t) cap * PT_KINDS, sizeof(uint32_t));

		if (room == NULL)
			return TIP_ENOMEM;
		for (j = 0; j < PT_KINDS; j++)
			tk->kind[j] = room + (size_t) j * cap;
		tk->cap_kinds = cap;
	}
	for (j = 0; j < tk->n; j++)
	{
		uint32_t	p = tk->pos[j];
		unsigned	want = pat_tok_want[u[p]];

		if (j > 0 && j % TOK_PIECE == 0 && ann_tick(doc, TOK_PIECE))
			return TIP_ECANCEL;

		tk->kind[0][n[0]] = p;
		n[0] += (want & PT_UPPER) != 0;
		tk->kind[1][n[1]] = p;
		n[1] += (want & PT_RES) != 0;
		tk->kind[2][n[2]] = p;
		n[2] += (want & PT_DATE) != 0;
		tk->kind[3][n[3]] = p;
		n[3] += (want & PT_FIG) != 0;
	}
	for (j = 0; j < PT_KINDS; j++)
		tk->n_kind[j] = n[j];
	return TIP_OK;
}

tip_status
pat_toks_build(tip_doc *doc, const char *t, uint32_t n, pat_toks *tk)
{
	const unsigned char *u = (const unsigned char *) t;
	uint32_t   *pos;
	uint32_t	i;
	unsigned	row = 0;		/* of tok_opens, for u[i] */
	size_t		k = 0;

	if ((size_t) n + 1 > (size_t) tk->cap)
	{
		size_t		cap = (size_t) n + 1 > 2 * (size_t) tk->cap ? (size_t) n + 1 : 2 * (size_t) tk->cap;

		if (cap > (size_t) 0x7fffffff)
			return TIP_ENOMEM;
		tk->pos = arena_grow_array(&doc->arena, tk->pos, 0, cap, sizeof(uint32_t));
		if (tk->pos == NULL)
			return TIP_ENOMEM;
		tk->cap = (int) cap;
	}
	pos = tk->pos;
	/*
	 * Branch-free: write every position, keep those that open a token.
	 * The row comes from the byte alone, not from the row before, so no
	 * step waits on the lookup of the one before it.
	 */
	for (i = 0; i < n;)
	{
		uint32_t	end = n - i > TOK_PIECE ? i + TOK_PIECE : n;

		if (ann_tick(doc, end - i))
			return TIP_ECANCEL;
		for (; i < end; i++)
		{
			unsigned	c = u[i];

			pos[k] = i;
			k += tok_opens[row + c];
			row = tok_row[c];
		}
	}
	tk->n = (int) k;
	tk->len = n;
	return sort_toks(doc, u, tk);
}
