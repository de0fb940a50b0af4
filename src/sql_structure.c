/*
 * sql_structure.c
 *	  SQL functions over the report structure: tip_parse_report,
 *	  tip_sections, tip_paragraphs, tip_footnotes.  Each parses its argument
 *	  and maps the core's structs to rows; nothing else happens here.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "tip_glue.h"

PG_FUNCTION_INFO_V1(tip_parse_report);
PG_FUNCTION_INFO_V1(tip_sections);
PG_FUNCTION_INFO_V1(tip_paragraphs);
PG_FUNCTION_INFO_V1(tip_footnotes);

#define REPORT_NCOLS 21
#define SECTION_NCOLS 11
#define PARAGRAPH_NCOLS 8
#define FOOTNOTE_NCOLS 5

/* tip_parse_report(doc text) RETURNS tip_report */
Datum
tip_parse_report(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	TupleDesc	tupdesc;
	Datum		values[REPORT_NCOLS];
	bool		nulls[REPORT_NCOLS];
	tip_parsed	p;
	tip_meta   *m;
	HeapTuple	tuple;
	int			i = 0;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	if (tupdesc->natts != REPORT_NCOLS)
		elog(ERROR, "tip_report has %d columns, expected %d", tupdesc->natts, REPORT_NCOLS);

	glue_parse(arg, &p);
	m = &p.doc->meta;
	memset(nulls, 0, sizeof(nulls));

	values[i] = glue_text(m->symbol, &nulls[i]), i++;
	values[i] = glue_text(m->job_number, &nulls[i]), i++;
	values[i] = glue_text(m->body, &nulls[i]), i++;
	values[i] = glue_text(m->parent_body, &nulls[i]), i++;
	if (m->session_number > 0)
		values[i] = Int32GetDatum(m->session_number);
	else
		nulls[i] = true;
	i++;
	values[i] = glue_text(m->session_title, &nulls[i]), i++;
	values[i] = glue_text(m->venue, &nulls[i]), i++;
	values[i] = glue_date(m->session_start, &nulls[i]), i++;
	values[i] = glue_date(m->session_end, &nulls[i]), i++;
	values[i] = glue_date(m->distributed, &nulls[i]), i++;
	values[i] = glue_text(m->original_language, &nulls[i]), i++;
	values[i] = glue_text(m->agenda_item, &nulls[i]), i++;
	values[i] = glue_text(m->agenda_symbol, &nulls[i]), i++;
	values[i] = glue_text(m->agenda_title, &nulls[i]), i++;
	values[i] = glue_text(m->title, &nulls[i]), i++;
	values[i] = glue_text(m->report_type, &nulls[i]), i++;
	values[i] = glue_text(m->summary, &nulls[i]), i++;
	values[i++] = Int32GetDatum(p.doc->n_paragraphs);
	values[i++] = Int32GetDatum(p.doc->n_footnotes);
	values[i++] = glue_cstring(tip_rendering_name(p.doc->rendering));
	values[i++] = glue_warnings(p.doc);
	Assert(i == REPORT_NCOLS);

	tuple = heap_form_tuple(BlessTupleDesc(tupdesc), values, nulls);
	glue_done(&p);
	PG_RETURN_DATUM(HeapTupleGetDatum(tuple));
}

/* tip_sections(doc text) RETURNS SETOF tip_section */
Datum
tip_sections(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	glue_rows	r;
	tip_parsed	p;
	int			k;

	glue_rows_begin(fcinfo, &r, SECTION_NCOLS);
	glue_parse(arg, &p);
	for (k = 0; k < p.doc->n_sections; k++)
	{
		tip_section *s = &p.doc->sections[k];
		Datum		values[SECTION_NCOLS];
		bool		nulls[SECTION_NCOLS];
		int			i = 0;

		glue_row_start(&r);
		memset(nulls, 0, sizeof(nulls));
		values[i++] = Int32GetDatum(s->ord);
		values[i] = glue_int_or_null(s->parent_ord, 0, &nulls[i]), i++;
		values[i++] = Int32GetDatum(s->depth);
		values[i++] = glue_cstring(tip_section_kind_name(s->kind));
		values[i] = glue_text(s->label, &nulls[i]), i++;
		values[i] = glue_text(s->path, &nulls[i]), i++;
		values[i] = glue_text(s->title, &nulls[i]), i++;
		values[i] = glue_int_or_null(s->first_paragraph, 0, &nulls[i]), i++;
		values[i] = glue_int_or_null(s->last_paragraph, 0, &nulls[i]), i++;
		values[i++] = Int32GetDatum((int32) s->start_offset);
		values[i++] = Int32GetDatum(k + 1 < p.doc->n_sections ? (int32) p.doc->sections[k + 1].start_offset
									: (int32) p.doc->input_len);
		Assert(i == SECTION_NCOLS);
		glue_row_put(&r, values, nulls);
	}
	glue_done(&p);
	glue_rows_end(&r);
	return (Datum) 0;
}

/* tip_paragraphs(doc text) RETURNS SETOF tip_paragraph */
Datum
tip_paragraphs(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	glue_rows	r;
	tip_parsed	p;
	int			k;

	glue_rows_begin(fcinfo, &r, PARAGRAPH_NCOLS);
	glue_parse(arg, &p);
	for (k = 0; k < p.doc->n_paragraphs; k++)
	{
		tip_paragraph *para = &p.doc->paragraphs[k];
		tip_section *sec = para->section_ord > 0 ? &p.doc->sections[para->section_ord - 1] : NULL;
		Datum		values[PARAGRAPH_NCOLS];
		bool		nulls[PARAGRAPH_NCOLS];
		tip_str    *marks;
		tip_str		none = {NULL, 0};
		int			i = 0,
					j;

		glue_row_start(&r);
		memset(nulls, 0, sizeof(nulls));
		values[i++] = Int32GetDatum(para->number);
		values[i] = glue_int_or_null(para->section_ord, 0, &nulls[i]), i++;
		values[i] = glue_text(sec ? sec->path : none, &nulls[i]), i++;
		values[i] = glue_text(sec ? sec->title : none, &nulls[i]), i++;
		values[i] = glue_text(para->body, &nulls[i]), i++;
		marks = palloc(sizeof(tip_str) * (para->n_marks > 0 ? para->n_marks : 1));
		for (j = 0; j < para->n_marks; j++)
			marks[j] = p.doc->marks[para->first_mark + j].mark;
		values[i++] = glue_text_array(marks, para->n_marks);
		values[i++] = Int32GetDatum((int32) para->start_offset);
		values[i++] = Int32GetDatum((int32) para->end_offset);
		Assert(i == PARAGRAPH_NCOLS);
		glue_row_put(&r, values, nulls);
	}
	glue_done(&p);
	glue_rows_end(&r);
	return (Datum) 0;
}

/* tip_footnotes(doc text) RETURNS SETOF tip_footnote */
Datum
tip_footnotes(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	glue_rows	r;
	tip_parsed	p;
	int			k;

	glue_rows_begin(fcinfo, &r, FOOTNOTE_NCOLS);
	glue_parse(arg, &p);
	for (k = 0; k < p.doc->n_footnotes; k++)
	{
		tip_footnote *f = &p.doc->footnotes[k];
		Datum		values[FOOTNOTE_NCOLS];
		bool		nulls[FOOTNOTE_NCOLS];
		int			i = 0;

		glue_row_start(&r);
		memset(nulls, 0, sizeof(nulls));
		values[i] = glue_text(f->mark, &nulls[i]), i++;
		values[i] = glue_text(f->body, &nulls[i]), i++;
		values[i] = glue_int_or_null(f->paragraph, 0, &nulls[i]), i++;
		values[i++] = Int32GetDatum((int32) f->start_offset);
		values[i++] = Int32GetDatum((int32) f->end_offset);
		Assert(i == FOOTNOTE_NCOLS);
		glue_row_put(&r, values, nulls);
	}
	glue_done(&p);
	glue_rows_end(&r);
	return (Datum) 0;
}
