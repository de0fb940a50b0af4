/*
 * sql_load.c
 *	  What the loader needs from C: tip_parse_document(), which runs
 *	  tip_parse() and tip_annotate() once and hands SQL every layer in one
 *	  composite value, and tip_text_sha256(), the hash of the normalized
 *	  text that identifies a report.
 *
 * The rows inside a tip_document are filled by column name: each element
 * type (tip_section, tip_paragraph, or the row type of a table such as
 * tip_mentions) is looked up at run time and every column it has must be
 * one this file knows, so the C model and the SQL types cannot drift apart
 * silently.  Columns named report_id are left NULL (the loader fills them).
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "common/cryptohash.h"
#include "common/sha2.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/typcache.h"

#include "tip_glue.h"
#include "parser/tip_annotate.h"

PG_FUNCTION_INFO_V1(tip_parse_document);
PG_FUNCTION_INFO_V1(tip_text_sha256);

/* Computes one column of row k of some array of the document. */
typedef Datum (*value_fn) (const tip_doc *doc, int k, int col, bool *isnull);

/* One kind of row: its column names (index = col) and its value function. */
typedef struct row_kind
{
	const char *what;
	const char *const *cols;
	int			ncols;
	value_fn	fn;
} row_kind;

static const tip_str null_str = {NULL, 0};

/* An int column that is NULL when it is zero (or below, for "not stated"). */
static Datum
pos_or_null(int v, bool *isnull)
{
	*isnull = (v <= 0);
	return Int32GetDatum(v);
}

/* A static C string as text, NULL for a NULL pointer. */
static Datum
cstr_or_null(const char *s, bool *isnull)
{
	*isnull = (s == NULL);
	return s ? glue_cstring(s) : (Datum) 0;
}

static Datum
int_datum(int v, bool *isnull)
{
	*isnull = false;
	return Int32GetDatum(v);
}

/* ---- tip_report: the masthead ---- */

enum
{
	RC_SYMBOL, RC_JOB, RC_BODY, RC_PARENT, RC_SESSION, RC_SESSION_TITLE, RC_VENUE,
	RC_START, RC_END, RC_DISTRIBUTED, RC_LANGUAGE, RC_AGENDA_ITEM, RC_AGENDA_SYMBOL,
	RC_AGENDA_TITLE, RC_TITLE, RC_TYPE, RC_SUMMARY, RC_NPARA, RC_NFOOT, RC_RENDERING,
	RC_WARNINGS, RC__N
};
static const char *const report_cols[RC__N] = {
	[RC_SYMBOL] = "symbol",[RC_JOB] = "job_number",[RC_BODY] = "body",
	[RC_PARENT] = "parent_body",[RC_SESSION] = "session_number",
	[RC_SESSION_TITLE] = "session_title",[RC_VENUE] = "venue",
	[RC_START] = "session_start",[RC_END] = "session_end",
	[RC_DISTRIBUTED] = "distributed",[RC_LANGUAGE] = "original_language",
	[RC_AGENDA_ITEM] = "agenda_item",[RC_AGENDA_SYMBOL] = "agenda_symbol",
	[RC_AGENDA_TITLE] = "agenda_title",[RC_TITLE] = "title",[RC_TYPE] = "report_type",
	[RC_SUMMARY] = "summary",[RC_NPARA] = "paragraph_count",
	[RC_NFOOT] = "footnote_count",[RC_RENDERING] = "rendering",[RC_WARNINGS] = "warnings",
};

static Datum
report_value(const tip_doc *doc, int k, int col, bool *isnull)
{
	const tip_meta *m = &doc->meta;

	(void) k;
	*isnull = false;
	switch (col)
	{
		case RC_SYMBOL:
			return glue_text(m->symbol, isnull);
		case RC_JOB:
			return glue_text(m->job_number, isnull);
		case RC_BODY:
			return glue_text(m->body, isnull);
		case RC_PARENT:
			return glue_text(m->parent_body, isnull);
		case RC_SESSION:
			return pos_or_null(m->session_number, isnull);
		case RC_SESSION_TITLE:
			return glue_text(m->session_title, isnull);
		case RC_VENUE:
			return glue_text(m->venue, isnull);
		case RC_START:
			return glue_date(m->session_start, isnull);
		case RC_END:
			return glue_date(m->session_end, isnull);
		case RC_DISTRIBUTED:
			return glue_date(m->distributed, isnull);
		case RC_LANGUAGE:
			return glue_text(m->original_language, isnull);
		case RC_AGENDA_ITEM:
			return glue_text(m->agenda_item, isnull);
		case RC_AGENDA_SYMBOL:
			return glue_text(m->agenda_symbol, isnull);
		case RC_AGENDA_TITLE:
			return glue_text(m->agenda_title, isnull);
		case RC_TITLE:
			return glue_text(m->title, isnull);
		case RC_TYPE:
			return glue_text(m->report_type, isnull);
		case RC_SUMMARY:
			return glue_text(m->summary, isnull);
		case RC_NPARA:
			return Int32GetDatum(doc->n_paragraphs);
		case RC_NFOOT:
			return Int32GetDatum(doc->n_footnotes);
		case RC_RENDERING:
			return glue_cstring(tip_rendering_name(doc->rendering));
		case RC_WARNINGS:
			return glue_warnings(doc);
	}
	elog(ERROR, "unknown report column %d", col);
	return (Datum) 0;
}

static const row_kind report_kind = {"tip_report", report_cols, RC__N, report_value};

/* ---- tip_section ---- */

enum
{
	SC_ORD, SC_PARENT, SC_DEPTH, SC_KIND, SC_LABEL, SC_PATH, SC_TITLE, SC_FIRST, SC_LAST,
	SC_START, SC_END, SC__N
};
static const char *const section_cols[SC__N] = {
	[SC_ORD] = "ord",[SC_PARENT] = "parent_ord",[SC_DEPTH] = "depth",[SC_KIND] = "kind",
	[SC_LABEL] = "label",[SC_PATH] = "path",[SC_TITLE] = "title",
	[SC_FIRST] = "first_paragraph",[SC_LAST] = "last_paragraph",
	[SC_START] = "start_offset",[SC_END] = "end_offset",
};

static Datum
section_value(const tip_doc *doc, int k, int col, bool *isnull)
{
	const tip_section *s = &doc->sections[k];

	*isnull = false;
	switch (col)
	{
		case SC_ORD:
			return Int32GetDatum(s->ord);
		case SC_PARENT:
			return pos_or_null(s->parent_ord, isnull);
		case SC_DEPTH:
			return Int32GetDatum(s->depth);
		case SC_KIND:
			return glue_cstring(tip_section_kind_name(s->kind));
		case SC_LABEL:
			return glue_text(s->label, isnull);
		case SC_PATH:
			return glue_text(s->path, isnull);
		case SC_TITLE:
			return glue_text(s->title, isnull);
		case SC_FIRST:
			return pos_or_null(s->first_paragraph, isnull);
		case SC_LAST:
			return pos_or_null(s->last_paragraph, isnull);
		case SC_START:
			return Int32GetDatum((int32) s->start_offset);
		case SC_END:
			return Int32GetDatum(k + 1 < doc->n_sections
								 ? (int32) doc->sections[k + 1].start_offset
								 : (int32) doc->input_len);
	}
	elog(ERROR, "unknown section column %d", col);
	return (Datum) 0;
}

static const row_kind section_kind = {"tip_section", section_cols, SC__N, section_value};

/* ---- tip_paragraph ---- */

enum
{
	PC_NUMBER, PC_SECTION, PC_PATH, PC_HEADING, PC_BODY, PC_MARKS, PC_START, PC_END, PC__N
};
static const char *const paragraph_cols[PC__N] = {
	[PC_NUMBER] = "number",[PC_SECTION] = "section_ord",[PC_PATH] = "section_path",
	[PC_HEADING] = "heading",[PC_BODY] = "body",[PC_MARKS] = "footnote_marks",
	[PC_START] = "start_offset",[PC_END] = "end_offset",
};

static Datum
paragraph_value(const tip_doc *doc, int k, int col, bool *isnull)
{
	const tip_paragraph *p = &doc->paragraphs[k];
	const tip_section *sec = p->section_ord > 0 && p->section_ord <= doc->n_sections
	? &doc->sections[p->section_ord - 1] : NULL;

	*isnull = false;
	switch (col)
	{
		case PC_NUMBER:
			return Int32GetDatum(p->number);
		case PC_SECTION:
			return pos_or_null(sec ? p->section_ord : 0, isnull);
		case PC_PATH:
			return glue_text(sec ? sec->path : null_str, isnull);
		case PC_HEADING:
			return glue_text(sec ? sec->title : null_str, isnull);
		case PC_BODY:
			return glue_text(p->body, isnull);
		case PC_MARKS:
			{
				tip_str    *marks = palloc(sizeof(tip_str) * (p->n_marks > 0 ? p->n_marks : 1));
				int			j;

				for (j = 0; j < p->n_marks; j++)
					marks[j] = doc->marks[p->first_mark + j].mark;
				return glue_text_array(marks, p->n_marks);
			}
		case PC_START:
			return Int32GetDatum((int32) p->start_offset);
		case PC_END:
			return Int32GetDatum((int32) p->end_offset);
	}
	elog(ERROR, "unknown paragraph column %d", col);
	return (Datum) 0;
}

static const row_kind paragraph_kind = {"tip_paragraph", paragraph_cols, PC__N, paragraph_value};

/* ---- tip_footnote ---- */

enum
{
	FC_ORD, FC_MARK, FC_BODY, FC_PARAGRAPH, FC_START, FC_END, FC__N
};
static const char *const footnote_cols[FC__N] = {
	[FC_ORD] = "ord",[FC_MARK] = "mark",[FC_BODY] = "body",[FC_PARAGRAPH] = "paragraph",
	[FC_START] = "start_offset",[FC_END] = "end_offset",
};

static Datum
footnote_value(const tip_doc *doc, int k, int col, bool *isnull)
{
	const tip_footnote *f = &doc->footnotes[k];

	*isnull = false;
	switch (col)
	{
		case FC_ORD:
			return Int32GetDatum(k + 1);
		case FC_MARK:
			return glue_text(f->mark, isnull);
		case FC_BODY:
			return glue_text(f->body, isnull);
		case FC_PARAGRAPH:
			return pos_or_null(f->paragraph, isnull);
		case FC_START:
			return Int32GetDatum((int32) f->start_offset);
		case FC_END:
			return Int32GetDatum((int32) f->end_offset);
	}
	elog(ERROR, "unknown footnote column %d", col);
	return (Datum) 0;
}

static const row_kind footnote_kind = {"tip_footnote", footnote_cols, FC__N, footnote_value};

/* ---- mentions ---- */

enum
{
	MC_ORD, MC_KIND, MC_PARAGRAPH, MC_FOOTNOTE, MC_HEADING, MC_SURFACE, MC_VALUE, MC_UNIT,
	MC_NUMBER, MC_DSTART, MC_DEND, MC_PRECISION, MC_ENCLOSING, MC_START, MC_END, MC__N
};
static const char *const mention_cols[MC__N] = {
	[MC_ORD] = "ord",[MC_KIND] = "kind",[MC_PARAGRAPH] = "paragraph",
	[MC_FOOTNOTE] = "footnote",[MC_HEADING] = "section_ord",[MC_SURFACE] = "surface",
	[MC_VALUE] = "value",[MC_UNIT] = "unit",[MC_NUMBER] = "amount",
	[MC_DSTART] = "date_start",[MC_DEND] = "date_end",[MC_PRECISION] = "date_precision",
	[MC_ENCLOSING] = "enclosing_ord",[MC_START] = "start_offset",[MC_END] = "end_offset",
};

static Datum
mention_value(const tip_doc *doc, int k, int col, bool *isnull)
{
	const tip_mention *m = &doc->ann->mentions[k];
	const tip_text *t = (m->text >= 0 && m->text < doc->ann->n_texts) ? &doc->ann->texts[m->text] : NULL;

	*isnull = false;
	switch (col)
	{
		case MC_ORD:
			return Int32GetDatum(k + 1);
		case MC_KIND:
			return glue_cstring(tip_mention_kind_name(m->kind));
		case MC_PARAGRAPH:
			return pos_or_null(m->paragraph, isnull);
		case MC_FOOTNOTE:
			return glue_text(m->footnote_mark, isnull);
		case MC_HEADING:
			return pos_or_null(t && t->kind == TX_HEADING && t->index >= 0 && t->index < doc->n_sections
							   ? doc->sections[t->index].ord : 0, isnull);
		case MC_SURFACE:
			return glue_text(m->surface, isnull);
		case MC_VALUE:
			return glue_text(m->value, isnull);
		case MC_UNIT:
			return glue_text(m->unit, isnull);
		case MC_NUMBER:
			*isnull = !(m->kind == MK_MONEY || m->kind == MK_QUANTITY);
			return *isnull ? (Datum) 0
				: DirectFunctionCall1(float8_numeric, Float8GetDatum(m->number));
		case MC_DSTART:
			return glue_date(m->date_start, isnull);
		case MC_DEND:
			return glue_date(m->date_end, isnull);
		case MC_PRECISION:
			return cstr_or_null(tip_date_precision_name(m->precision), isnull);
		case MC_ENCLOSING:
			return pos_or_null(m->enclosing >= 0 ? m->enclosing + 1 : 0, isnull);
		case MC_START:
			return Int32GetDatum((int32) m->start_offset);
		case MC_END:
			return Int32GetDatum((int32) m->end_offset);
	}
	elog(ERROR, "unknown mention column %d", col);
	return (Datum) 0;
}

static const row_kind mention_kind = {"mention", mention_cols, MC__N, mention_value};

/* ---- references ---- */

enum
{
	XC_ORD, XC_MENTION, XC_PARAGRAPH, XC_FOOTNOTE, XC_KIND, XC_BODY, XC_NUMBER, XC_YEAR,
	XC_SYMBOL, XC_SURFACE, XC_START, XC_END, XC__N
};
static const char *const reference_cols[XC__N] = {
	[XC_ORD] = "ord",[XC_MENTION] = "mention_ord",[XC_PARAGRAPH] = "paragraph",
	[XC_KIND] = "kind",[XC_BODY] = "body",[XC_NUMBER] = "number",[XC_YEAR] = "year",
	[XC_SYMBOL] = "symbol",[XC_FOOTNOTE] = "footnote",[XC_SURFACE] = "surface",
	[XC_START] = "start_offset",[XC_END] = "end_offset",
};

static Datum
reference_value(const tip_doc *doc, int k, int col, bool *isnull)
{
	const tip_reference *r = &doc->ann->references[k];
	const tip_mention *m = r->mention >= 0 && r->mention < doc->ann->n_mentions
	? &doc->ann->mentions[r->mention] : NULL;

	*isnull = false;
	switch (col)
	{
		case XC_ORD:
			return Int32GetDatum(k + 1);
		case XC_MENTION:
			return pos_or_null(r->mention >= 0 && r->mention < doc->ann->n_mentions
							   ? r->mention + 1 : 0, isnull);
		case XC_PARAGRAPH:
			return pos_or_null(r->paragraph, isnull);
		case XC_KIND:
			return glue_cstring(r->is_resolution ? "resolution" : "document");
		case XC_BODY:
			return glue_text(r->body, isnull);
		case XC_NUMBER:
			return glue_text(r->number, isnull);
		case XC_YEAR:
			return pos_or_null(r->year, isnull);
		case XC_SYMBOL:
			return glue_text(r->symbol, isnull);
		case XC_FOOTNOTE:
			return glue_text(m ? m->footnote_mark : null_str, isnull);
		case XC_SURFACE:
			return glue_text(m ? m->surface : null_str, isnull);
		case XC_START:
			*isnull = (m == NULL);
			return Int32GetDatum(m ? (int32) m->start_offset : 0);
		case XC_END:
			*isnull = (m == NULL);
			return Int32GetDatum(m ? (int32) m->end_offset : 0);
	}
	elog(ERROR, "unknown reference column %d", col);
	return (Datum) 0;
}

static const row_kind reference_kind = {"reference", reference_cols, XC__N, reference_value};

/* ---- party events ---- */

enum
{
	YC_ORD, YC_KIND, YC_COUNT, YC_ISO3, YC_COUNTRY, YC_YEAR, YC_SINCE, YC_INSTRUMENT,
	YC_PARAGRAPH, YC_START, YC_END, YC__N
};
static const char *const party_cols[YC__N] = {
	[YC_ORD] = "ord",[YC_KIND] = "kind",[YC_COUNT] = "count",[YC_ISO3] = "iso3",
	[YC_COUNTRY] = "country",[YC_YEAR] = "year",[YC_SINCE] = "since",
	[YC_INSTRUMENT] = "instrument",[YC_PARAGRAPH] = "paragraph",
	[YC_START] = "start_offset",[YC_END] = "end_offset",
};

static Datum
party_value(const tip_doc *doc, int k, int col, bool *isnull)
{
	const tip_party_event *e = &doc->ann->parties[k];

	*isnull = false;
	switch (col)
	{
		case YC_ORD:
			return Int32GetDatum(k + 1);
		case YC_KIND:
			return glue_cstring(tip_party_kind_name(e->kind));
		case YC_COUNT:
			return pos_or_null(e->count, isnull);
		case YC_ISO3:
			return glue_text(e->iso3, isnull);
		case YC_COUNTRY:
			return glue_text(e->country, isnull);
		case YC_YEAR:
			return pos_or_null(e->year, isnull);
		case YC_SINCE:
			return glue_text(e->since, isnull);
		case YC_INSTRUMENT:
			return glue_text(e->instrument, isnull);
		case YC_PARAGRAPH:
			return pos_or_null(e->paragraph, isnull);
		case YC_START:
			return Int32GetDatum((int32) e->start_offset);
		case YC_END:
			return Int32GetDatum((int32) e->end_offset);
	}
	elog(ERROR, "unknown party event column %d", col);
	return (Datum) 0;
}

static const row_kind party_kind = {"party event", party_cols, YC__N, party_value};

/* ---- session references ---- */

enum
{
	SR_ORD, SR_BODY, SR_KIND, SR_NUMBER, SR_VENUE, SR_DSTART, SR_DEND, SR_PARTICIPANTS,
	SR_COUNTRIES, SR_PARAGRAPH, SR_IS_REPORT, SR_START, SR_END, SR__N
};
static const char *const session_cols[SR__N] = {
	[SR_ORD] = "ord",[SR_BODY] = "body",[SR_KIND] = "kind",[SR_NUMBER] = "number",
	[SR_VENUE] = "venue",[SR_DSTART] = "date_start",[SR_DEND] = "date_end",
	[SR_PARTICIPANTS] = "participants",[SR_COUNTRIES] = "countries",
	[SR_PARAGRAPH] = "paragraph",[SR_IS_REPORT] = "is_report_session",
	[SR_START] = "start_offset",[SR_END] = "end_offset",
};

static Datum
session_value(const tip_doc *doc, int k, int col, bool *isnull)
{
	const tip_session_ref *s = &doc->ann->sessions[k];

	*isnull = false;
	switch (col)
	{
		case SR_ORD:
			return Int32GetDatum(k + 1);
		case SR_BODY:
			return glue_text(s->body, isnull);
		case SR_KIND:
			return glue_text(s->kind, isnull);
		case SR_NUMBER:
			return pos_or_null(s->number, isnull);
		case SR_VENUE:
			return glue_text(s->venue, isnull);
		case SR_DSTART:
			return glue_date(s->date_start, isnull);
		case SR_DEND:
			return glue_date(s->date_end, isnull);
		case SR_PARTICIPANTS:
			*isnull = (s->participants < 0);
			return Int32GetDatum(s->participants);
		case SR_COUNTRIES:
			*isnull = (s->countries < 0);
			return Int32GetDatum(s->countries);
		case SR_PARAGRAPH:
			return pos_or_null(s->paragraph, isnull);
		case SR_IS_REPORT:
			return BoolGetDatum(s->is_report_session != 0);
		case SR_START:
			return Int32GetDatum((int32) s->start_offset);
		case SR_END:
			return Int32GetDatum((int32) s->end_offset);
	}
	elog(ERROR, "unknown session column %d", col);
	return (Datum) 0;
}

static const row_kind session_kind = {"session reference", session_cols, SR__N, session_value};

/* ---- activities ---- */

enum
{
	AC_SEQ, AC_PARAGRAPH, AC_ORD, AC_KIND, AC_THEME, AC_DSTART, AC_DEND, AC_PRECISION,
	AC_PLACE, AC_COUNTRIES, AC_ORGS, AC_PARTICIPANTS, AC_SENTENCE, AC_START, AC_END, AC__N
};
static const char *const activity_cols[AC__N] = {
	[AC_SEQ] = "seq",[AC_PARAGRAPH] = "paragraph",[AC_ORD] = "ord",
	[AC_KIND] = "kind",[AC_THEME] = "theme",[AC_DSTART] = "date_start",
	[AC_DEND] = "date_end",[AC_PRECISION] = "date_precision",[AC_PLACE] = "place",
	[AC_COUNTRIES] = "countries",[AC_ORGS] = "organizations",
	[AC_PARTICIPANTS] = "participants",[AC_SENTENCE] = "sentence",
	[AC_START] = "start_offset",[AC_END] = "end_offset",
};

static Datum
activity_value(const tip_doc *doc, int k, int col, bool *isnull)
{
	const tip_activity *a = &doc->ann->activities[k];

	*isnull = false;
	switch (col)
	{
		case AC_SEQ:
			return Int32GetDatum(k + 1);
		case AC_PARAGRAPH:
			return pos_or_null(a->paragraph, isnull);
		case AC_ORD:
			return int_datum(a->ord, isnull);
		case AC_KIND:
			return glue_text(a->kind, isnull);
		case AC_THEME:
			return glue_text(a->theme, isnull);
		case AC_DSTART:
			return glue_date(a->date_start, isnull);
		case AC_DEND:
			return glue_date(a->date_end, isnull);
		case AC_PRECISION:
			return cstr_or_null(tip_date_precision_name(a->precision), isnull);
		case AC_PLACE:
			return glue_text(a->place, isnull);
		case AC_COUNTRIES:
			return glue_text_array(a->countries, a->countries ? a->n_countries : 0);
		case AC_ORGS:
			return glue_text_array(a->organizations, a->organizations ? a->n_organizations : 0);
		case AC_PARTICIPANTS:
			*isnull = (a->participants < 0);
			return Int32GetDatum(a->participants);
		case AC_SENTENCE:
			return glue_text(a->sentence, isnull);
		case AC_START:
			return Int32GetDatum((int32) a->start_offset);
		case AC_END:
			return Int32GetDatum((int32) a->end_offset);
	}
	elog(ERROR, "unknown activity column %d", col);
	return (Datum) 0;
}

static const row_kind activity_kind = {"activity", activity_cols, AC__N, activity_value};

/* ---- building rows and arrays by column name ---- */

/*
 * Map each attribute of tupdesc to a column of kind (-1 for report_id and
 * dropped columns).  Any other unknown column is an error in the extension.
 */
static int *
map_columns(TupleDesc tupdesc, const row_kind *kind)
{
	int		   *map = palloc(sizeof(int) * (tupdesc->natts > 0 ? tupdesc->natts : 1));
	int			a,
				c;

	for (a = 0; a < tupdesc->natts; a++)
	{
		Form_pg_attribute att = TupleDescAttr(tupdesc, a);
		const char *name = NameStr(att->attname);

		map[a] = -1;
		if (att->attisdropped || strcmp(name, "report_id") == 0)
			continue;
		for (c = 0; c < kind->ncols; c++)
			if (strcmp(name, kind->cols[c]) == 0)
				break;
		if (c == kind->ncols)
			elog(ERROR, "no %s value for column \"%s\"", kind->what, name);
		map[a] = c;
	}
	return map;
}

/* Row k of kind as a composite Datum of tupdesc (already blessed). */
static Datum
build_row(const tip_doc *doc, TupleDesc tupdesc, const int *map, const row_kind *kind, int k,
		  Datum *values, bool *nulls)
{
	int			a;

	for (a = 0; a < tupdesc->natts; a++)
	{
		if (map[a] < 0)
		{
			values[a] = (Datum) 0;
			nulls[a] = true;
			continue;
		}
		values[a] = kind->fn(doc, k, map[a], &nulls[a]);
	}
	return HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
}

/* An array of n rows of kind, its element type being the composite elemtype. */
static Datum
build_array(const tip_doc *doc, Oid elemtype, const row_kind *kind, int n)
{
	TupleDesc	tupdesc = lookup_rowtype_tupdesc_copy(elemtype, -1);
	int		   *map;
	Datum	   *elems;
	Datum	   *values;
	bool	   *nulls;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	int			k;

	BlessTupleDesc(tupdesc);
	map = map_columns(tupdesc, kind);
	if (n <= 0)
		return PointerGetDatum(construct_empty_array(elemtype));
	if ((size_t) n > MaxAllocSize / sizeof(Datum))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("report has too many %s rows (%d)", kind->what, n)));
	elems = palloc(sizeof(Datum) * n);
	values = palloc(sizeof(Datum) * (tupdesc->natts > 0 ? tupdesc->natts : 1));
	nulls = palloc(sizeof(bool) * (tupdesc->natts > 0 ? tupdesc->natts : 1));
	for (k = 0; k < n; k++)
	{
		if ((k & 255) == 0)
			CHECK_FOR_INTERRUPTS();
		elems[k] = build_row(doc, tupdesc, map, kind, k, values, nulls);
	}
	get_typlenbyvalalign(elemtype, &typlen, &typbyval, &typalign);
	return PointerGetDatum(construct_array(elems, n, elemtype, typlen, typbyval, typalign));
}

/* What a text lacks to be a report of the family; NULL-free text[]. */
static Datum
missing_parts(const tip_doc *doc)
{
	tip_str		miss[2];
	int			n = 0;
	static const char no_paragraphs[] = "numbered paragraphs";
	static const char no_masthead[] = "masthead (document symbol, issuing body or session number)";

	if (doc->n_paragraphs == 0)
	{
		miss[n].p = no_paragraphs;
		miss[n++].n = sizeof(no_paragraphs) - 1;
	}
	if (doc->meta.symbol.p == NULL && doc->meta.body.p == NULL && doc->meta.session_number <= 0)
	{
		miss[n].p = no_masthead;
		miss[n++].n = sizeof(no_masthead) - 1;
	}
	return glue_text_array(miss, n);
}

/* The element type of an array-typed attribute, checked. */
static Oid
array_elem_of(TupleDesc tupdesc, int a)
{
	Oid			elem = get_element_type(TupleDescAttr(tupdesc, a)->atttypid);

	if (!OidIsValid(elem) || !type_is_rowtype(elem))
		elog(ERROR, "tip_document.%s must be an array of a row type",
			 NameStr(TupleDescAttr(tupdesc, a)->attname));
	return elem;
}

/*
 * tip_parse_document(doc text) RETURNS tip_document
 *
 * Parse and annotate once; every field of the result is filled by name.
 */
Datum
tip_parse_document(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	TupleDesc	tupdesc;
	Datum	   *values;
	bool	   *nulls;
	tip_parsed	p;
	HeapTuple	tuple;
	int			a;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	values = palloc(sizeof(Datum) * tupdesc->natts);
	nulls = palloc0(sizeof(bool) * tupdesc->natts);

	glue_parse(arg, &p);
	glue_annotate(&p, TIP_ANN_ALL);

	for (a = 0; a < tupdesc->natts; a++)
	{
		Form_pg_attribute att = TupleDescAttr(tupdesc, a);
		const char *name = NameStr(att->attname);
		const tip_annotations *ann = p.doc->ann;

		if (att->attisdropped)
			nulls[a] = true;
		else if (strcmp(name, "report") == 0)
		{
			TupleDesc	rd = lookup_rowtype_tupdesc_copy(att->atttypid, -1);
			Datum	   *rv = palloc(sizeof(Datum) * rd->natts);
			bool	   *rn = palloc(sizeof(bool) * rd->natts);

			BlessTupleDesc(rd);
			values[a] = build_row(p.doc, rd, map_columns(rd, &report_kind), &report_kind, 0, rv, rn);
		}
		else if (strcmp(name, "missing") == 0)
			values[a] = missing_parts(p.doc);
		else if (strcmp(name, "sections") == 0)
			values[a] = build_array(p.doc, array_elem_of(tupdesc, a), &section_kind, p.doc->n_sections);
		else if (strcmp(name, "paragraphs") == 0)
			values[a] = build_array(p.doc, array_elem_of(tupdesc, a), &paragraph_kind, p.doc->n_paragraphs);
		else if (strcmp(name, "footnotes") == 0)
			values[a] = build_array(p.doc, array_elem_of(tupdesc, a), &footnote_kind, p.doc->n_footnotes);
		else if (strcmp(name, "mentions") == 0)
			values[a] = build_array(p.doc, array_elem_of(tupdesc, a), &mention_kind, ann ? ann->n_mentions : 0);
		else if (strcmp(name, "cross_references") == 0)
			values[a] = build_array(p.doc, array_elem_of(tupdesc, a), &reference_kind, ann ? ann->n_references : 0);
		else if (strcmp(name, "party_events") == 0)
			values[a] = build_array(p.doc, array_elem_of(tupdesc, a), &party_kind, ann ? ann->n_parties : 0);
		else if (strcmp(name, "session_refs") == 0)
			values[a] = build_array(p.doc, array_elem_of(tupdesc, a), &session_kind, ann ? ann->n_sessions : 0);
		else if (strcmp(name, "activities") == 0)
			values[a] = build_array(p.doc, array_elem_of(tupdesc, a), &activity_kind, ann ? ann->n_activities : 0);
		else
			elog(ERROR, "no value for tip_document.%s", name);
	}

	tuple = heap_form_tuple(BlessTupleDesc(tupdesc), values, nulls);
	glue_done(&p);
	PG_RETURN_DATUM(HeapTupleGetDatum(tuple));
}

/* Feeds bytes to a hash through a small buffer. */
typedef struct hash_buf
{
	pg_cryptohash_ctx *ctx;
	uint8		buf[8192];
	size_t		n;
} hash_buf;

static void
hash_flush(hash_buf *h)
{
	if (h->n > 0 && pg_cryptohash_update(h->ctx, h->buf, h->n) < 0)
		elog(ERROR, "could not update SHA-256 hash: %s", pg_cryptohash_error(h->ctx));
	h->n = 0;
}

static inline void
hash_byte(hash_buf *h, uint8 c)
{
	if (h->n == sizeof(h->buf))
		hash_flush(h);
	h->buf[h->n++] = c;
}

/*
 * tip_text_sha256(doc text) RETURNS bytea
 *
 * SHA-256 of the normalized text: a leading byte order mark dropped, CRLF
 * and lone CR made LF, spaces and tabs at line ends dropped, and blank
 * lines at the end of the text dropped.  Two files that differ only in
 * these ways are the same report; any other difference makes another one.
 */
Datum
tip_text_sha256(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	const uint8 *s = (const uint8 *) VARDATA_ANY(arg);
	size_t		len = VARSIZE_ANY_EXHDR(arg);
	size_t		i = 0,
				spaces = 0,
				ws_start = 0,
				newlines = 0,
				j;
	hash_buf   *h = palloc(sizeof(hash_buf));
	bytea	   *result = palloc(VARHDRSZ + PG_SHA256_DIGEST_LENGTH);

	h->n = 0;
	h->ctx = pg_cryptohash_create(PG_SHA256);
	if (h->ctx == NULL || pg_cryptohash_init(h->ctx) < 0)
		elog(ERROR, "could not initialize SHA-256 hash");

	if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		i = 3;
	for (; i < len; i++)
	{
		uint8		c = s[i];

		if ((i & 0xFFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (c == ' ' || c == '\t')
		{
			if (spaces++ == 0)
				ws_start = i;	/* held back until something follows on the line */
			continue;
		}
		if (c == '\r' || c == '\n')
		{
			if (c == '\r' && i + 1 < len && s[i + 1] == '\n')
				i++;
			spaces = 0;
			newlines++;			/* held back until a non-blank line follows */
			continue;
		}
		for (j = 0; j < newlines; j++)
			hash_byte(h, '\n');
		for (j = 0; j < spaces; j++)
			hash_byte(h, s[ws_start + j]);
		newlines = spaces = 0;
		hash_byte(h, c);
	}
	hash_flush(h);
	if (pg_cryptohash_final(h->ctx, (uint8 *) VARDATA(result), PG_SHA256_DIGEST_LENGTH) < 0)
		elog(ERROR, "could not finalize SHA-256 hash: %s", pg_cryptohash_error(h->ctx));
	pg_cryptohash_free(h->ctx);
	SET_VARSIZE(result, VARHDRSZ + PG_SHA256_DIGEST_LENGTH);
	PG_RETURN_BYTEA_P(result);
}
