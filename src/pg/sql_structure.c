/*
 * sql_structure.c
 *	  SQL functions over the report structure: tip_parse_report,
 *	  tip_sections, tip_paragraphs, tip_footnotes.  The rows come from the
 *	  row builders of layer_rows.c, which tip_parse_document shares.
 */
#include "postgres.h"

#include "layer_rows.h"

PG_FUNCTION_INFO_V1(tip_parse_report);
PG_FUNCTION_INFO_V1(tip_sections);
PG_FUNCTION_INFO_V1(tip_paragraphs);
PG_FUNCTION_INFO_V1(tip_footnotes);

/* tip_parse_report(doc text) RETURNS tip_report */
Datum
tip_parse_report(PG_FUNCTION_ARGS)
{
	return rows_single(fcinfo, &row_report);
}

/* tip_sections(doc text) RETURNS SETOF tip_section */
Datum
tip_sections(PG_FUNCTION_ARGS)
{
	return rows_srf(fcinfo, &row_section);
}

/* tip_paragraphs(doc text) RETURNS SETOF tip_paragraph */
Datum
tip_paragraphs(PG_FUNCTION_ARGS)
{
	return rows_srf(fcinfo, &row_paragraph);
}

/* tip_footnotes(doc text) RETURNS SETOF tip_footnote */
Datum
tip_footnotes(PG_FUNCTION_ARGS)
{
	return rows_srf(fcinfo, &row_footnote);
}
