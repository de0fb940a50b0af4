/*
 * sql_references.c
 *	  tip_references(doc text): one row per reference to a resolution or a
 *	  UN document, from the core's annotation layer (parser/references.c).
 *	  Parses its argument and maps the core's structs to rows; nothing else
 *	  happens here.
 */
#include "postgres.h"

#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "tip_glue.h"
#include "parser/tip_annotate.h"

PG_FUNCTION_INFO_V1(tip_references);

#define REFERENCE_NCOLS 10

/* tip_references(doc text) RETURNS SETOF tip_reference */
Datum
tip_references(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo;
	MemoryContext row_cxt;
	tip_parsed	p;
	const tip_annotations *a;
	int			k;

	glue_init_srf(fcinfo);
	rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	if (rsinfo->setDesc->natts != REFERENCE_NCOLS)
		elog(ERROR, "tip_reference has %d columns, expected %d",
			 rsinfo->setDesc->natts, REFERENCE_NCOLS);
	row_cxt = AllocSetContextCreate(CurrentMemoryContext, "tip_reports row",
									ALLOCSET_SMALL_SIZES);
	glue_parse(arg, &p);
	glue_annotate(&p, TIP_ANN_REFERENCES);
	a = p.doc->ann;
	for (k = 0; k < a->n_references; k++)
	{
		const tip_reference *r = &a->references[k];
		const tip_mention *m = &a->mentions[r->mention];
		Datum		values[REFERENCE_NCOLS];
		bool		nulls[REFERENCE_NCOLS];
		MemoryContext old;
		int			i = 0;

		MemoryContextReset(row_cxt);
		old = MemoryContextSwitchTo(row_cxt);
		memset(nulls, 0, sizeof(nulls));
		values[i] = Int32GetDatum(r->paragraph), nulls[i] = (r->paragraph == 0), i++;
		values[i] = glue_text(m->footnote_mark, &nulls[i]), i++;
		values[i++] = glue_cstring(r->is_resolution ? "resolution" : "document");
		values[i] = glue_text(r->body, &nulls[i]), i++;
		values[i] = glue_text(r->number, &nulls[i]), i++;
		values[i] = Int32GetDatum(r->year), nulls[i] = (r->year == 0), i++;
		values[i] = glue_text(r->symbol, &nulls[i]), i++;
		values[i] = glue_text(m->surface, &nulls[i]), i++;
		values[i++] = Int32GetDatum((int32) m->start_offset);
		values[i++] = Int32GetDatum((int32) m->end_offset);
		Assert(i == REFERENCE_NCOLS);
		MemoryContextSwitchTo(old);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	glue_done(&p);
	MemoryContextDelete(row_cxt);
	return (Datum) 0;
}
