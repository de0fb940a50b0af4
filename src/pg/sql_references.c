/*
 * sql_references.c
 *	  tip_references(doc text): one row per reference to a resolution or a
 *	  UN document, from the core's annotation layer (annotate/references.c),
 *	  built by the row builder of layer_rows.c.
 */
#include "postgres.h"

#include "layer_rows.h"

PG_FUNCTION_INFO_V1(tip_references);

/* tip_references(doc text) RETURNS SETOF tip_reference */
Datum
tip_references(PG_FUNCTION_ARGS)
{
	return rows_srf(fcinfo, &row_reference);
}
