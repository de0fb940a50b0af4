/*
 * tip_parser.h
 *	  Public interface of the tip_reports parser core: the document model.
 *
 * tip_parse() runs the pipeline normalize -> classify -> assemble -> meta
 * over one report text and returns a tip_doc.  Everything in the tip_doc
 * lives in the doc's arena; tip_doc_free() releases it.  The core includes
 * no PostgreSQL headers and reports problems by status code only.
 */
#ifndef TIP_PARSER_H
#define TIP_PARSER_H

#include <stddef.h>
#include <stdint.h>

#include "tip_alloc.h"

typedef enum tip_status
{
	TIP_OK = 0,
	TIP_ENOMEM = -1,			/* the allocator refused */
	TIP_ETOOBIG = -2,			/* input beyond what the core accepts */
	TIP_ECANCEL = -3			/* the progress hook asked to stop */
} tip_status;

/* Largest input accepted: offsets are 32-bit and PostgreSQL text is < 1 GB. */
#define TIP_MAX_INPUT ((size_t) 0x3FFFFFFF)

/*
 * Memory a caller should grant one parse: TIP_MEM_FACTOR times the input
 * plus TIP_MEM_BASE bytes (pass it as memory_limit), and the parse with every
 * annotation layer: TIP_ANN_MEM_FACTOR times the input plus TIP_MEM_BASE
 * (raise doc->arena.limit to it before tip_annotate).  Real reports take
 * far less (about 6 times); text dense with mentions takes the most.
 * test/bench/bench_memory.c prints the multiples and checks both bounds.
 */
#define TIP_MEM_FACTOR 40
#define TIP_ANN_MEM_FACTOR 128
#define TIP_MEM_BASE ((size_t) 64 * 1024 * 1024)

/* A string inside the doc: p == NULL means SQL NULL. */
typedef struct tip_str
{
	const char *p;
	uint32_t	n;
} tip_str;

/* A NUL-terminated string as a tip_str; NULL stays NULL. */
static inline tip_str
tip_cstr(const char *s)
{
	tip_str		r = {s, 0};

	if (s != NULL)
	{
		size_t		n = 0;

		while (s[n] != '\0')
			n++;
		r.n = (uint32_t) n;
	}
	return r;
}

/* A calendar date; y == 0 means unknown. */
typedef struct tip_date
{
	int16_t		y;
	int8_t		m;
	int8_t		d;
} tip_date;

typedef enum tip_rendering
{
	REND_PLAIN = 0,				/* pdftotext-style plain text */
	REND_LAYOUT,				/* pdftotext -layout: columns kept by spacing */
	REND_MARKDOWN				/* Markdown from a PDF converter */
} tip_rendering;

typedef enum tip_section_kind
{
	SEC_CHAPTER = 0,			/* I., II. */
	SEC_SECTION,				/* A., B. */
	SEC_SUBSECTION,				/* 1., 2. */
	SEC_TOPIC					/* unnumbered heading */
} tip_section_kind;

typedef struct tip_section
{
	int			ord;			/* 1-based order of appearance */
	int			parent_ord;		/* 0 = none */
	int			depth;			/* 1 for chapters */
	tip_section_kind kind;
	tip_str		label;			/* "II", "A", "1"; NULL for topics */
	tip_str		path;			/* "II.A.1" */
	tip_str		title;
	const uint32_t *title_src;	/* input offset of each byte of title */
	int			first_paragraph;	/* 0 = none */
	int			last_paragraph;
	uint32_t	start_offset;	/* byte offset of the heading in the input */
} tip_section;

typedef struct tip_paragraph
{
	int			number;
	int			section_ord;	/* 0 = before any heading */
	tip_str		body;
	const uint32_t *body_src;	/* input offset of each byte of body */
	int			first_mark;		/* index into doc->marks */
	int			n_marks;
	uint32_t	start_offset;
	uint32_t	end_offset;
} tip_paragraph;

typedef struct tip_footnote
{
	tip_str		mark;			/* "*", "1" */
	tip_str		body;
	const uint32_t *body_src;	/* input offset of each byte of body */
	int			paragraph;		/* 0 = not in a numbered paragraph */
	uint32_t	start_offset;
	uint32_t	end_offset;
} tip_footnote;

/* A footnote mark as it occurs in a paragraph. */
typedef struct tip_mark
{
	tip_str		mark;
	int			paragraph;
} tip_mark;

typedef struct tip_meta
{
	tip_str		symbol;
	tip_str    *symbols;		/* every symbol the masthead carries; symbol first */
	int			n_symbols;
	tip_str		job_number;
	tip_str		body;
	tip_str		parent_body;
	int			session_number; /* 0 = unknown */
	tip_str		session_title;
	tip_str		venue;
	tip_date	session_start;
	tip_date	session_end;
	tip_date	distributed;
	tip_str		original_language;
	tip_str		agenda_item;
	tip_str		agenda_symbol;
	tip_str		agenda_title;
	tip_str		title;
	tip_str		report_type;
	tip_str		summary;
} tip_meta;

#define TIP_MAX_WARNINGS 16

/* Called every few thousand lines; a non-zero return cancels the parse. */
typedef int (*tip_progress_fn) (void *arg);

typedef struct tip_options
{
	tip_progress_fn progress;
	void	   *progress_arg;
	size_t		memory_limit;	/* 0 = no limit beyond the allocator's */
} tip_options;

struct tip_line;

typedef struct tip_doc
{
	tip_arena	arena;
	const char *input;
	size_t		input_len;
	tip_rendering rendering;
	int			crlf;			/* saw CR line endings */

	struct tip_line *lines;
	int			n_lines;

	tip_section *sections;
	int			n_sections;
	tip_paragraph *paragraphs;
	int			n_paragraphs;
	tip_footnote *footnotes;
	int			n_footnotes;
	tip_mark   *marks;
	int			n_marks;

	tip_meta	meta;

	const char *warnings[TIP_MAX_WARNINGS];
	int			n_warnings;

	struct tip_words *words;	/* built on demand by hyphen mending */
	int			line_width;		/* typical full line (indent + bytes) */

	tip_options options;		/* as given to tip_parse (progress hook) */
	size_t		tick_work;		/* work done since the hook last ran (doc_tick) */
	size_t		work_done;		/* work of the rounds before (see tip_work_done) */
	size_t		work_round_max; /* most work between two hook calls */
	int			canceled;		/* the hook asked to stop */
	struct tip_annotations *ann;	/* tip_annotate() results; see tip_annotate.h */
	unsigned	ann_done;		/* TIP_ANN_* layers already computed */
} tip_doc;

/*
 * Parse text of length len.  On TIP_OK *out holds the document; on any other
 * status nothing is left allocated and *out is NULL.
 */
extern tip_status tip_parse(const char *text, size_t len,
							const tip_allocator *a, const tip_options *opt,
							tip_doc **out);
extern void tip_doc_free(tip_doc *doc);

/*
 * Work units the parse and annotation of doc have counted so far (about
 * one per byte a step looks at, one per item a loop visits), and in
 * *round_max (if not NULL) the most counted between two calls of the
 * progress hook.  The same on a slow or busy machine as on a fast one:
 * tests judge growth and pacing by them, not by clocks.
 */
extern size_t tip_work_done(const tip_doc *doc, size_t *round_max);

extern const char *tip_rendering_name(tip_rendering r);
extern const char *tip_section_kind_name(tip_section_kind k);

#endif							/* TIP_PARSER_H */
