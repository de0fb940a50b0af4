/*
 * tip_annotate.h
 *	  Public interface of the annotation layers that run over a parsed
 *	  report: entity mentions, cross-references, party events, session
 *	  references and activities.
 *
 * tip_annotate() scans the clean texts of a tip_doc (paragraph bodies,
 * footnote bodies, heading titles) and leaves its results in doc->ann, in
 * the doc's arena.  Every span is given twice: as a byte range in the clean
 * text it was found in and as a byte range in the original input, so that
 * the input's bytes [start_offset, end_offset) are what the report printed.
 * No PostgreSQL headers; problems are status codes.
 */
#ifndef TIP_ANNOTATE_H
#define TIP_ANNOTATE_H

#include "tip_parser.h"

typedef enum tip_mention_kind
{
	MK_COUNTRY = 0,
	MK_ORGANIZATION,
	MK_PROGRAMME,
	MK_DOCUMENT,
	MK_RESOLUTION,
	MK_DATE,
	MK_MONEY,
	MK_QUANTITY,
	MK_URL,
	MK__COUNT
} tip_mention_kind;

typedef enum tip_date_precision
{
	DP_NONE = 0,
	DP_DAY,
	DP_MONTH,
	DP_QUARTER,
	DP_HALF,
	DP_YEAR
} tip_date_precision;

/* The clean texts of a doc that annotation scans. */
typedef enum tip_text_kind
{
	TX_PARAGRAPH = 0,			/* doc->paragraphs[index].body */
	TX_FOOTNOTE,				/* doc->footnotes[index].body */
	TX_HEADING					/* doc->sections[index].title */
} tip_text_kind;

typedef struct tip_text
{
	tip_text_kind kind;
	int			index;			/* into the array named by kind */
	int			paragraph;		/* paragraph number; 0 outside numbered paragraphs */
	tip_str		text;
	const uint32_t *src;		/* input offset of each byte of text */
} tip_text;

/* A sentence of a clean text: [start, end) in that text, trimmed. */
typedef struct tip_sentence
{
	int			text;			/* index into tip_annotations.texts */
	uint32_t	start;
	uint32_t	end;
} tip_sentence;

typedef struct tip_mention
{
	tip_mention_kind kind;
	int			text;			/* index into tip_annotations.texts */
	int			paragraph;		/* 0 outside numbered paragraphs */
	tip_str		footnote_mark;	/* mark of the footnote it is in, else NULL */
	uint32_t	text_start;		/* span in the clean text */
	uint32_t	text_end;
	uint32_t	start_offset;	/* span in the input */
	uint32_t	end_offset;
	tip_str		surface;		/* the input bytes [start_offset, end_offset) */
	tip_str		value;			/* normalized value, see the SQL comments */
	tip_str		unit;			/* currency or counted noun; NULL if none */
	tip_date	date_start;		/* MK_DATE */
	tip_date	date_end;
	tip_date_precision precision;
	double		number;			/* MK_MONEY, MK_QUANTITY */
	int			entity;			/* row of the gazetteer it resolved to; -1 */
	int			enclosing;		/* index of a mention this one lies inside; -1 */
} tip_mention;

typedef struct tip_reference
{
	int			mention;		/* index into mentions */
	int			paragraph;
	int			is_resolution;	/* else a document symbol */
	tip_str		body;			/* GA, SC, ECOSOC, CCPCJ, COP, HRC; NULL = undecided */
	tip_str		number;			/* "71/167", "2331 (2016)" */
	int			year;			/* 0 = unknown */
	tip_str		symbol;			/* "A/RES/71/167" */
} tip_reference;

typedef enum tip_party_kind
{
	PE_TOTAL = 0,
	PE_NEW_PARTY,
	PE_RATIFICATION_COUNT
} tip_party_kind;

typedef struct tip_party_event
{
	tip_party_kind kind;
	int			count;			/* totals and counts; 0 = none */
	tip_str		iso3;
	tip_str		country;		/* as written */
	int			year;			/* 0 = not stated */
	tip_date	date;			/* when it became party, or as at when the
								 * total or count holds; y == 0 = not stated */
	tip_date_precision precision;	/* of date: day, month, year ... */
	tip_str		since;
	tip_str		instrument;
	int			paragraph;
	uint32_t	start_offset;
	uint32_t	end_offset;
} tip_party_event;

typedef struct tip_session_ref
{
	tip_str		body;			/* COP, CCPCJ, GA, HRC, SC, ECOSOC, WG-TIP, ICAT, or as written */
	tip_str		kind;			/* session, meeting, high-level meeting, dialogue */
	int			number;			/* 0 = none */
	tip_str		venue;
	tip_date	date_start;
	tip_date	date_end;
	int			participants;	/* -1 = not stated */
	int			countries;		/* -1 = not stated */
	int			paragraph;
	int			is_report_session;
	uint32_t	start_offset;
	uint32_t	end_offset;
} tip_session_ref;

typedef struct tip_activity
{
	int			paragraph;
	int			ord;			/* 1-based within the paragraph */
	tip_str		kind;
	tip_str		theme;			/* NULL where none fits */
	tip_date	date_start;
	tip_date	date_end;
	tip_date_precision precision;
	tip_str		place;
	const tip_str *countries;	/* ISO3 codes */
	int			n_countries;
	const tip_str *organizations;
	int			n_organizations;
	int			participants;	/* -1 = not stated */
	tip_str		sentence;
	uint32_t	start_offset;
	uint32_t	end_offset;
} tip_activity;

typedef struct tip_annotations
{
	tip_text   *texts;
	int			n_texts;
	tip_sentence *sentences;	/* in text order */
	int			n_sentences;
	tip_mention *mentions;		/* sorted by (text, text_start, -text_end) */
	int			n_mentions;
	tip_reference *references;
	int			n_references;
	tip_party_event *parties;
	int			n_parties;
	tip_session_ref *sessions;
	int			n_sessions;
	tip_activity *activities;
	int			n_activities;
} tip_annotations;

/* Layers to compute; each one computes the layers it needs. */
#define TIP_ANN_MENTIONS	0x01
#define TIP_ANN_REFERENCES	0x02
#define TIP_ANN_PARTIES		0x04
#define TIP_ANN_SESSIONS	0x08
#define TIP_ANN_ACTIVITIES	0x10
#define TIP_ANN_ALL			0x1F

/*
 * Compute the layers asked for; results in doc->ann.  Safe to call again
 * with more layers.  On an error status doc->ann may be partly filled and
 * must not be used; the doc itself stays valid and tip_doc_free() frees all.
 */
extern tip_status tip_annotate(tip_doc *doc, unsigned layers);

extern const char *tip_mention_kind_name(tip_mention_kind k);
extern const char *tip_date_precision_name(tip_date_precision p);
extern const char *tip_party_kind_name(tip_party_kind k);

#endif							/* TIP_ANNOTATE_H */
