/*
 * layer_rows.h
 *	  One row builder per layer of a parsed report (masthead, sections,
 *	  paragraphs, footnotes, mentions, references, party events, session
 *	  references, activities), shared by the set-returning functions and by
 *	  tip_parse_document, which fills the loader's tables.
 *
 * A layer's columns are known by name and type; a consumer maps the
 * attributes of its row type onto them once (rows_map), so the SQL types
 * of the functions and the tables may order and choose their columns
 * freely while each value is computed in one place only.
 */
#ifndef LAYER_ROWS_H
#define LAYER_ROWS_H

#include "postgres.h"
#include "fmgr.h"
#include "access/tupdesc.h"

#include "tip_annotate.h"

typedef struct row_col
{
	const char *name;
	Oid			type;			/* the SQL type of its values */
} row_col;

typedef struct row_kind
{
	const char *what;			/* for messages: "mention" */
	const row_col *cols;		/* indexed by the layer's column enum */
	int			ncols;
	unsigned	layers;			/* TIP_ANN_* the rows need; 0: the parse alone */
	int			(*count) (const tip_doc *doc);
	/* column col of row k; sets *isnull */
	Datum		(*value) (const tip_doc *doc, int k, int col, bool *isnull);
} row_kind;

extern const row_kind row_report;	/* one row */
extern const row_kind row_section;
extern const row_kind row_paragraph;
extern const row_kind row_footnote;
extern const row_kind row_mention;
extern const row_kind row_reference;
extern const row_kind row_party;
extern const row_kind row_session;
extern const row_kind row_activity;

/*
 * The column of kind behind each attribute of tupdesc, -1 for report_id
 * (the loader's) and dropped attributes; an attribute the layer has no
 * column for, or of another type, is an ERROR.
 */
extern int *rows_map(TupleDesc tupdesc, const row_kind *kind);

/* values/nulls of row k for the attributes mapped by map. */
extern void rows_fill(const tip_doc *doc, const row_kind *kind, const int *map,
					  int natts, int k, Datum *values, bool *nulls);

/* A set-returning function over its text argument: every row of kind. */
extern Datum rows_srf(FunctionCallInfo fcinfo, const row_kind *kind);

/* A function over its text argument returning the one row of kind. */
extern Datum rows_single(FunctionCallInfo fcinfo, const row_kind *kind);

#endif							/* LAYER_ROWS_H */
