/*
 * internal.h
 *	  Structures shared by the parser stages (not part of the public API).
 *
 * normalize.c turns bytes into tip_line records whose cleaned text lives in
 * a chunked text store with, for every byte, the input offset it came from.
 * Footnote marks that the rendering shows as superscripts are kept in the
 * cleaned text between the sentinel bytes MARK_OPEN and MARK_CLOSE, which
 * the normalizer never lets through from the input.
 */
#ifndef TIP_INTERNAL_H
#define TIP_INTERNAL_H

#include <string.h>

#include "tip_parser.h"

#define MARK_OPEN '\x01'
#define MARK_CLOSE '\x02'
#define COLUMN_GAP '\t'			/* a wide gap inside a -layout line */

/* line flags */
#define LF_BLANK		0x0001
#define LF_PAGEBREAK	0x0002	/* a form feed came before this line */
#define LF_EMPH_ALL		0x0004	/* every character is bold or italic */
#define LF_BULLET		0x0008	/* started with a bullet marker (removed) */
#define LF_BULLET_STAR	0x0010	/* that marker was a Markdown "* " */
#define LF_SPLIT		0x0020	/* cut from the previous line at glued markup */
#define LF_HARDBREAK	0x0040	/* Markdown hard line break at the end */
#define LF_LITMARK		0x0080	/* starts with an escaped "\*" mark */
#define LF_ITALIC_ALL	0x0100	/* every character is italic, none bold */

/* line roles, set by classify.c */
typedef enum line_role
{
	ROLE_NONE = 0,
	ROLE_BLANK,
	ROLE_FURNITURE,				/* running header/footer, job number, page no */
	ROLE_SEPARATOR,				/* footnote rule or horizontal rule */
	ROLE_MASTHEAD,				/* before the body starts */
	ROLE_HEADING,				/* numbered heading, first line */
	ROLE_TOPIC,					/* unnumbered heading, first line */
	ROLE_HEADING_CONT,			/* further line of a heading title */
	ROLE_PARAGRAPH,				/* numbered paragraph, first line */
	ROLE_TEXT,					/* continuation of the current paragraph */
	ROLE_BULLET,				/* bullet item inside the current paragraph */
	ROLE_FOOTNOTE,				/* footnote, first line */
	ROLE_FOOTNOTE_CONT			/* further line of a footnote */
} line_role;

typedef enum num_kind
{
	NUM_NONE = 0,
	NUM_DIGIT,					/* 12. */
	NUM_ROMAN,					/* IV. */
	NUM_LETTER,					/* B. */
	NUM_ROMAN_OR_LETTER			/* I. V. X. L. C. D. M.: decided in context */
} num_kind;

typedef struct tip_line
{
	uint32_t	raw_off;		/* span in the input, without line end */
	uint32_t	raw_len;
	const char *t;				/* cleaned text, trimmed */
	const uint32_t *src;		/* input offset of each byte of t */
	uint32_t	n;
	uint16_t	indent;			/* leading blanks in the input line */
	uint16_t	flags;
	uint8_t		md_level;		/* number of leading '#' */
	uint8_t		role;
	uint8_t		num_kind;
	uint8_t		pad;
	int32_t		num;			/* value of the numbering */
	uint32_t	title_at;		/* index in t after the numbering */
} tip_line;

/* Chunked store for cleaned text and its source offsets. */
typedef struct tip_store
{
	tip_arena  *ar;
	char	   *text;
	uint32_t   *src;
	size_t		cap;
	size_t		used;
} tip_store;

extern void store_init(tip_store *st, tip_arena *ar);
extern char *store_reserve(tip_store *st, size_t n, uint32_t **src);
extern void store_commit(tip_store *st, size_t n);
extern tip_str store_copy(tip_store *st, const char *s, size_t n);

/* stages */
extern tip_status norm_lines(tip_doc *doc, tip_store *st, const tip_options *opt);
extern tip_status classify_lines(tip_doc *doc, const tip_options *opt);
extern tip_status assemble_doc(tip_doc *doc, tip_store *st, const tip_options *opt);
extern tip_status meta_extract(tip_doc *doc, tip_store *st);

extern void doc_warn(tip_doc *doc, const char *msg);

/*
 * Longest line the stages see: a longer run of bytes without a line end is
 * cut there (on a UTF-8 boundary), so no per-line step is unbounded.
 */
#define TIP_LINE_MAX (256 * 1024)

/* Work (about one unit per byte) between two calls of the progress hook. */
#define TIP_TICK_WORK (256 * 1024)

/*
 * A round of TIP_TICK_WORK or more ends: add it to the totals that tests
 * judge growth by (tip_work_done), and start the next.  Off the hot path.
 */
static inline void
doc_tick_round(tip_doc *doc)
{
	doc->work_done += doc->tick_work;
	if (doc->tick_work > doc->work_round_max)
		doc->work_round_max = doc->tick_work;
	doc->tick_work = 0;
}

/*
 * Count work units done and call the progress hook once TIP_TICK_WORK have
 * accumulated, however many lines they came in; non-zero means cancel (and
 * stays so: doc->canceled lets tip_parse report TIP_ECANCEL even when a
 * helper could only say that it failed).
 */
static inline int
doc_tick(tip_doc *doc, size_t work)
{
	if (doc->canceled)
		return 1;
	doc->tick_work += work + 1;
	if (doc->tick_work < TIP_TICK_WORK)
		return 0;
	doc_tick_round(doc);
	if (doc->options.progress != NULL &&
		doc->options.progress(doc->options.progress_arg) != 0)
		doc->canceled = 1;
	return doc->canceled;
}
extern int	words_keep_hyphen(tip_doc *doc, const char *left, size_t ll,
							  const char *right, size_t rl);

/* lexical helpers (lex.c) */
/* ASCII character classes: inline, they run once per input byte. */
static inline int
lex_is_space(unsigned char c)
{
	/* our column-gap tab included */
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static inline int
lex_is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static inline int
lex_is_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

static inline int
lex_is_alpha(unsigned char c)
{
	return (unsigned char) ((c | 0x20) - 'a') < 26;
}

static inline int
lex_is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* Whether two strings hold the same bytes (an empty one may have a NULL p). */
static inline int
str_equal(tip_str a, tip_str b)
{
	return a.n == b.n && (a.n == 0 || memcmp(a.p, b.p, a.n) == 0);
}
extern int	lex_roman_value(const char *s, size_t n);
extern int	lex_month(const char *s, size_t n);
extern int	lex_ordinal(const char *s, size_t n, size_t *used);
extern size_t lex_symbol(const char *s, size_t n);
extern size_t lex_job_number(const char *s, size_t n);
extern size_t lex_date(const char *s, size_t n, tip_date *from, tip_date *to);
extern int	lex_starts_with(const char *s, size_t n, const char *prefix);
extern int	lex_starts_with_ci(const char *s, size_t n, const char *prefix);
extern int	lex_equals(const char *s, size_t n, const char *w);
extern int	lex_equals_ci(const char *s, size_t n, const char *w);
extern const char *lex_find(const char *s, size_t n, const char *needle);
extern const char *lex_find_ci(const char *s, size_t n, const char *needle);
extern int	lex_is_alnum_next(const char *s, size_t q, size_t n);
extern int	lex_ends_with_connector(const char *t, size_t n);
extern int	lex_ended_on_purpose(const char *t, size_t len, size_t indent,
								 const char *next, size_t nn, size_t width);

#endif							/* TIP_INTERNAL_H */
