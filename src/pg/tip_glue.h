/*
 * tip_glue.h
 *	  Shared helpers of the fmgr layer: parse a text argument into a
 *	  tip_doc inside a memory context of its own, and turn core strings
 *	  into SQL values.
 */
#ifndef TIP_GLUE_H
#define TIP_GLUE_H

#include "postgres.h"
#include "fmgr.h"
#include "funcapi.h"

#include "tip_parser.h"

typedef struct tip_parsed
{
	MemoryContext cxt;			/* holds the document; delete when done */
	tip_doc    *doc;
	tip_allocator alloc;		/* the doc's arena keeps a pointer to it */
	struct glue_mem *mem;		/* the allocator's state (budget, failure) */
} tip_parsed;

extern void glue_parse(text *doc, tip_parsed *out);
extern void glue_annotate(tip_parsed *p, unsigned layers);
extern void glue_done(tip_parsed *p);

extern Datum glue_text(tip_str s, bool *isnull);
extern Datum glue_cstring(const char *s);
extern Datum glue_text_array(const tip_str *items, int n);
extern Datum glue_date(tip_date d, bool *isnull);
extern int	glue_date_year(tip_date d);
extern Datum glue_warnings(const tip_doc *doc);

extern void glue_init_srf(FunctionCallInfo fcinfo);

/*
 * Rows of a materialized set-returning function: each row is built in a
 * context reset per row, then stored in the tuplestore.
 */
typedef struct glue_rows
{
	ReturnSetInfo *rsinfo;
	MemoryContext row_cxt;
	MemoryContext old;
} glue_rows;

extern void glue_rows_begin(FunctionCallInfo fcinfo, glue_rows *r);
extern void glue_row_start(glue_rows *r);
extern void glue_row_put(glue_rows *r, Datum *values, bool *nulls);
extern void glue_rows_end(glue_rows *r);

#endif							/* TIP_GLUE_H */
