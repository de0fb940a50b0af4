/*
 * layer_rows.c
 *	  The row builders of layer_rows.h: for each layer, its columns (name and
 *	  SQL type) and the value of any column of any row, computed from the
 *	  core's structs; then the generic mapping of a row type onto them and
 *	  the set-returning function made of it.
 *
 * Numbers the core keeps as 0 (or -1) for "not stated" are NULL here, and
 * offsets are byte offsets into the text as given.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "layer_rows.h"
#include "tip_glue.h"

/* ---- how many rows each layer has ---- */

static int
count_one(const tip_doc *doc)
{
	(void) doc;
	return 1;
}

static int
count_sections(const tip_doc *doc)
{
	return doc->n_sections;
}

static int
count_paragraphs(const tip_doc *doc)
{
	return doc->n_paragraphs;
}

static int
count_footnotes(const tip_doc *doc)
{
	return doc->n_footnotes;
}

static int
count_mentions(const tip_doc *doc)
{
	return doc->ann ? doc->ann->n_mentions : 0;
}

static int
count_references(const tip_doc *doc)
{
	return doc->ann ? doc->ann->n_references : 0;
}

static int
count_parties(const tip_doc *doc)
{
	return doc->ann ? doc->ann->n_parties : 0;
}

static int
count_sessions(const tip_doc *doc)
{
	return doc->ann ? doc->ann->n_sessions : 0;
}

static int
count_activities(const tip_doc *doc)
{
	return doc->ann ? doc->ann->n_activities : 0;
}

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

/* A count the core may not know (negative): NULL then. */
static Datum
count_or_null(int v, bool *isnull)
{
	*isnull = (v < 0);
	return Int32GetDatum(v);
}

/* ---- tip_report: the masthead ---- */

enum
{
	RC_SYMBOL, RC_JOB, RC_BODY, RC_PARENT, RC_SESSION, RC_SESSION_TITLE, RC_VENUE,
	RC_START, RC_END, RC_DISTRIBUTED, RC_LANGUAGE, RC_AGENDA_ITEM, RC_AGENDA_SYMBOL,
	RC_AGENDA_TITLE, RC_TITLE, RC_TYPE, RC_SUMMARY, RC_NPARA, RC_NFOOT, RC_RENDERING,
	RC_WARNINGS, RC_LABEL, RC_SYMBOLS, RC__N
};
static const row_col report_cols[RC__N] = {
	[RC_SYMBOL] = {"symbol", TEXTOID},[RC_JOB] = {"job_number", TEXTOID},[RC_BODY] = {"body", TEXTOID},
	[RC_PARENT] = {"parent_body", TEXTOID},[RC_SESSION] = {"session_number", INT4OID},
	[RC_SESSION_TITLE] = {"session_title", TEXTOID},[RC_VENUE] = {"venue", TEXTOID},
	[RC_START] = {"session_start", DATEOID},[RC_END] = {"session_end", DATEOID},
	[RC_DISTRIBUTED] = {"distributed", DATEOID},[RC_LANGUAGE] = {"original_language", TEXTOID},
	[RC_AGENDA_ITEM] = {"agenda_item", TEXTOID},[RC_AGENDA_SYMBOL] = {"agenda_symbol", TEXTOID},
	[RC_AGENDA_TITLE] = {"agenda_title", TEXTOID},[RC_TITLE] = {"title", TEXTOID},[RC_TYPE] = {"report_type", TEXTOID},
	[RC_SUMMARY] = {"summary", TEXTOID},[RC_NPARA] = {"paragraph_count", INT4OID},
	[RC_NFOOT] = {"footnote_count", INT4OID},[RC_RENDERING] = {"rendering", TEXTOID},[RC_WARNINGS] = {"warnings", TEXTARRAYOID},
	[RC_LABEL] = {"label", TEXTOID},
	[RC_SYMBOLS] = {"symbols", TEXTARRAYOID},
};

/* Does s hold needle, ignoring ASCII case? */
static bool
str_has_ci(tip_str s, const char *needle)
{
	size_t		n = strlen(needle);
	size_t		i;

	for (i = 0; s.p != NULL && i + n <= s.n; i++)
		if (pg_strncasecmp(s.p + i, needle, n) == 0)
			return true;
	return false;
}

/*
 * The short name of a report: its symbol when the text states it, else the
 * issuing body's code, the session number and the year, as in "COP 9
 * (2018)", "CCPCJ 21 (2012)", "A 71 (2016)" (the General Assembly as its
 * documents name it); NULL when neither symbol nor body is known.  The
 * same rule as the SQL function tip_report_label(), which the table's
 * label column uses: keep the two alike (the body codes are those of
 * tip_body_code()).
 */
static Datum
report_label(const tip_meta *m, bool *isnull)
{
	static const struct
	{
		const char *words;
		const char *code;
	}			codes[] = {
		{"working group on trafficking", "WG-TIP"},
		{"conference of the parties", "COP"},
		{"commission on crime prevention", "CCPCJ"},
		{"human rights council", "HRC"},
		{"economic and social council", "ECOSOC"},
		{"security council", "SC"},
		{"general assembly", "A"},
	};
	StringInfoData buf;
	const char *code = NULL;
	int			year;
	int			i;

	if (m->symbol.p != NULL)
		return glue_text(m->symbol, isnull);
	if (m->body.p == NULL)
	{
		*isnull = true;
		return (Datum) 0;
	}
	for (i = 0; i < (int) lengthof(codes) && code == NULL; i++)
		if (str_has_ci(m->body, codes[i].words))
			code = codes[i].code;
	initStringInfo(&buf);
	if (code != NULL)
		appendStringInfoString(&buf, code);
	else
	{
		bool		body_null;
		text	   *body = DatumGetTextPP(glue_text(m->body, &body_null));

		appendBinaryStringInfo(&buf, VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body));
	}
	if (m->session_number > 0)
		appendStringInfo(&buf, " %d", m->session_number);
	year = glue_date_year(m->session_start);
	if (year == 0)
		year = glue_date_year(m->distributed);
	if (year != 0)
		appendStringInfo(&buf, " (%d)", year);
	*isnull = false;
	return PointerGetDatum(cstring_to_text_with_len(buf.data, buf.len));
}

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
		case RC_LABEL:
			return report_label(m, isnull);
		case RC_SYMBOLS:
			if (m->n_symbols == 0)
			{
				*isnull = true;
				return (Datum) 0;
			}
			return glue_text_array(m->symbols, m->n_symbols);
	}
	elog(ERROR, "unknown report column %d", col);
	return (Datum) 0;
}

const row_kind row_report = {"tip_report", report_cols, RC__N, 0, count_one, report_value};

/* ---- tip_section ---- */

enum
{
	SC_ORD, SC_PARENT, SC_DEPTH, SC_KIND, SC_LABEL, SC_PATH, SC_TITLE, SC_FIRST, SC_LAST,
	SC_START, SC_END, SC__N
};
static const row_col section_cols[SC__N] = {
	[SC_ORD] = {"ord", INT4OID},[SC_PARENT] = {"parent_ord", INT4OID},[SC_DEPTH] = {"depth", INT4OID},[SC_KIND] = {"kind", TEXTOID},
	[SC_LABEL] = {"label", TEXTOID},[SC_PATH] = {"path", TEXTOID},[SC_TITLE] = {"title", TEXTOID},
	[SC_FIRST] = {"first_paragraph", INT4OID},[SC_LAST] = {"last_paragraph", INT4OID},
	[SC_START] = {"start_offset", INT4OID},[SC_END] = {"end_offset", INT4OID},
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

const row_kind row_section = {"section", section_cols, SC__N, 0, count_sections, section_value};

/* ---- tip_paragraph ---- */

enum
{
	PC_NUMBER, PC_SECTION, PC_PATH, PC_HEADING, PC_BODY, PC_MARKS, PC_START, PC_END, PC__N
};
static const row_col paragraph_cols[PC__N] = {
	[PC_NUMBER] = {"number", INT4OID},[PC_SECTION] = {"section_ord", INT4OID},[PC_PATH] = {"section_path", TEXTOID},
	[PC_HEADING] = {"heading", TEXTOID},[PC_BODY] = {"body", TEXTOID},[PC_MARKS] = {"footnote_marks", TEXTARRAYOID},
	[PC_START] = {"start_offset", INT4OID},[PC_END] = {"end_offset", INT4OID},
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

const row_kind row_paragraph = {"paragraph", paragraph_cols, PC__N, 0, count_paragraphs, paragraph_value};

/* ---- tip_footnote ---- */

enum
{
	FC_ORD, FC_MARK, FC_BODY, FC_PARAGRAPH, FC_START, FC_END, FC__N
};
static const row_col footnote_cols[FC__N] = {
	[FC_ORD] = {"ord", INT4OID},[FC_MARK] = {"mark", TEXTOID},[FC_BODY] = {"body", TEXTOID},[FC_PARAGRAPH] = {"paragraph", INT4OID},
	[FC_START] = {"start_offset", INT4OID},[FC_END] = {"end_offset", INT4OID},
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

const row_kind row_footnote = {"footnote", footnote_cols, FC__N, 0, count_footnotes, footnote_value};

/* ---- mentions ---- */

enum
{
	MC_ORD, MC_KIND, MC_PARAGRAPH, MC_FOOTNOTE, MC_HEADING, MC_SURFACE, MC_VALUE, MC_UNIT,
	MC_NUMBER, MC_DSTART, MC_DEND, MC_PRECISION, MC_ENCLOSING, MC_START, MC_END,
	MC_FLOAT, MC_ENCLOSING_SRF, MC__N
};
static const row_col mention_cols[MC__N] = {
	[MC_ORD] = {"ord", INT4OID},[MC_KIND] = {"kind", TEXTOID},[MC_PARAGRAPH] = {"paragraph", INT4OID},
	[MC_FOOTNOTE] = {"footnote", TEXTOID},[MC_HEADING] = {"section_ord", INT4OID},[MC_SURFACE] = {"surface", TEXTOID},
	[MC_VALUE] = {"value", TEXTOID},[MC_UNIT] = {"unit", TEXTOID},[MC_NUMBER] = {"amount", NUMERICOID},
	[MC_DSTART] = {"date_start", DATEOID},[MC_DEND] = {"date_end", DATEOID},[MC_PRECISION] = {"date_precision", TEXTOID},
	[MC_ENCLOSING] = {"enclosing_ord", INT4OID},[MC_START] = {"start_offset", INT4OID},[MC_END] = {"end_offset", INT4OID},
	/* the same values as tip_mention (tip_mentions) names and types them */
	[MC_FLOAT] = {"number", FLOAT8OID},[MC_ENCLOSING_SRF] = {"enclosing", INT4OID},
};

/*
 * A fixed name (a kind, a date precision) as text, made once per process
 * in slot: every mention row carries one of a few such names.  The value
 * is only read; rows copy it into their tuples.
 */
static Datum
fixed_name(Datum *slot, const char *name)
{
	if (*slot == (Datum) 0)
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		*slot = glue_cstring(name);
		MemoryContextSwitchTo(old);
	}
	return *slot;
}

/* The kind of a mention as text. */
static Datum
mention_kind_datum(tip_mention_kind kind)
{
	static Datum names[MK__COUNT];

	if ((unsigned) kind >= MK__COUNT)
		return glue_cstring(tip_mention_kind_name(kind));
	return fixed_name(&names[kind], tip_mention_kind_name(kind));
}

/* The date precision of a mention as text; NULL for none. */
static Datum
mention_precision_datum(tip_date_precision p, bool *isnull)
{
	static Datum names[DP_YEAR + 1];
	const char *name = tip_date_precision_name(p);

	*isnull = (name == NULL);
	if (name == NULL)
		return (Datum) 0;
	if ((unsigned) p > DP_YEAR)
		return glue_cstring(name);
	return fixed_name(&names[p], name);
}

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
			return mention_kind_datum(m->kind);
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
		case MC_FLOAT:
			*isnull = !(m->kind == MK_MONEY || m->kind == MK_QUANTITY);
			return Float8GetDatum(m->number);
		case MC_DSTART:
			return glue_date(m->date_start, isnull);
		case MC_DEND:
			return glue_date(m->date_end, isnull);
		case MC_PRECISION:
			return mention_precision_datum(m->precision, isnull);
		case MC_ENCLOSING:
		case MC_ENCLOSING_SRF:
			return pos_or_null(m->enclosing >= 0 ? m->enclosing + 1 : 0, isnull);
		case MC_START:
			return Int32GetDatum((int32) m->start_offset);
		case MC_END:
			return Int32GetDatum((int32) m->end_offset);
	}
	elog(ERROR, "unknown mention column %d", col);
	return (Datum) 0;
}

const row_kind row_mention = {"mention", mention_cols, MC__N, TIP_ANN_MENTIONS, count_mentions, mention_value};

/* ---- references ---- */

enum
{
	XC_ORD, XC_MENTION, XC_PARAGRAPH, XC_FOOTNOTE, XC_KIND, XC_BODY, XC_NUMBER, XC_YEAR,
	XC_SYMBOL, XC_SURFACE, XC_START, XC_END, XC__N
};
static const row_col reference_cols[XC__N] = {
	[XC_ORD] = {"ord", INT4OID},[XC_MENTION] = {"mention_ord", INT4OID},[XC_PARAGRAPH] = {"paragraph", INT4OID},
	[XC_KIND] = {"kind", TEXTOID},[XC_BODY] = {"body", TEXTOID},[XC_NUMBER] = {"number", TEXTOID},[XC_YEAR] = {"year", INT4OID},
	[XC_SYMBOL] = {"symbol", TEXTOID},[XC_FOOTNOTE] = {"footnote", TEXTOID},[XC_SURFACE] = {"surface", TEXTOID},
	[XC_START] = {"start_offset", INT4OID},[XC_END] = {"end_offset", INT4OID},
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

const row_kind row_reference = {"reference", reference_cols, XC__N, TIP_ANN_REFERENCES, count_references, reference_value};

/* ---- party events ---- */

enum
{
	YC_ORD, YC_KIND, YC_COUNT, YC_ISO3, YC_COUNTRY, YC_YEAR, YC_SINCE, YC_INSTRUMENT,
	YC_PARAGRAPH, YC_START, YC_END, YC_DATE, YC_PRECISION, YC__N
};
static const row_col party_cols[YC__N] = {
	[YC_ORD] = {"ord", INT4OID},[YC_KIND] = {"kind", TEXTOID},[YC_COUNT] = {"count", INT4OID},[YC_ISO3] = {"iso3", TEXTOID},
	[YC_COUNTRY] = {"country", TEXTOID},[YC_YEAR] = {"year", INT4OID},[YC_SINCE] = {"since", TEXTOID},
	[YC_INSTRUMENT] = {"instrument", TEXTOID},[YC_PARAGRAPH] = {"paragraph", INT4OID},
	[YC_START] = {"start_offset", INT4OID},[YC_END] = {"end_offset", INT4OID},
	[YC_DATE] = {"date", DATEOID},[YC_PRECISION] = {"date_precision", TEXTOID},
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
		case YC_DATE:
			return glue_date(e->date, isnull);
		case YC_PRECISION:
			if (e->date.y == 0)
			{
				*isnull = true;
				return (Datum) 0;
			}
			return cstr_or_null(tip_date_precision_name(e->precision), isnull);
	}
	elog(ERROR, "unknown party event column %d", col);
	return (Datum) 0;
}

const row_kind row_party = {"party event", party_cols, YC__N, TIP_ANN_PARTIES, count_parties, party_value};

/* ---- session references ---- */

enum
{
	SR_ORD, SR_BODY, SR_KIND, SR_NUMBER, SR_VENUE, SR_DSTART, SR_DEND, SR_PARTICIPANTS,
	SR_COUNTRIES, SR_PARAGRAPH, SR_IS_REPORT, SR_START, SR_END, SR__N
};
static const row_col session_cols[SR__N] = {
	[SR_ORD] = {"ord", INT4OID},[SR_BODY] = {"body", TEXTOID},[SR_KIND] = {"kind", TEXTOID},[SR_NUMBER] = {"number", INT4OID},
	[SR_VENUE] = {"venue", TEXTOID},[SR_DSTART] = {"date_start", DATEOID},[SR_DEND] = {"date_end", DATEOID},
	[SR_PARTICIPANTS] = {"participants", INT4OID},[SR_COUNTRIES] = {"countries", INT4OID},
	[SR_PARAGRAPH] = {"paragraph", INT4OID},[SR_IS_REPORT] = {"is_report_session", BOOLOID},
	[SR_START] = {"start_offset", INT4OID},[SR_END] = {"end_offset", INT4OID},
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
			return count_or_null(s->participants, isnull);
		case SR_COUNTRIES:
			return count_or_null(s->countries, isnull);
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

const row_kind row_session = {"session reference", session_cols, SR__N, TIP_ANN_SESSIONS, count_sessions, session_value};

/* ---- activities ---- */

enum
{
	AC_SEQ, AC_PARAGRAPH, AC_ORD, AC_KIND, AC_THEME, AC_DSTART, AC_DEND, AC_PRECISION,
	AC_PLACE, AC_COUNTRIES, AC_ORGS, AC_PARTICIPANTS, AC_SENTENCE, AC_START, AC_END, AC__N
};
static const row_col activity_cols[AC__N] = {
	[AC_SEQ] = {"seq", INT4OID},[AC_PARAGRAPH] = {"paragraph", INT4OID},[AC_ORD] = {"ord", INT4OID},
	[AC_KIND] = {"kind", TEXTOID},[AC_THEME] = {"theme", TEXTOID},[AC_DSTART] = {"date_start", DATEOID},
	[AC_DEND] = {"date_end", DATEOID},[AC_PRECISION] = {"date_precision", TEXTOID},[AC_PLACE] = {"place", TEXTOID},
	[AC_COUNTRIES] = {"countries", TEXTARRAYOID},[AC_ORGS] = {"organizations", TEXTARRAYOID},
	[AC_PARTICIPANTS] = {"participants", INT4OID},[AC_SENTENCE] = {"sentence", TEXTOID},
	[AC_START] = {"start_offset", INT4OID},[AC_END] = {"end_offset", INT4OID},
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
			return count_or_null(a->participants, isnull);
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

const row_kind row_activity = {"activity", activity_cols, AC__N, TIP_ANN_ACTIVITIES, count_activities, activity_value};

/* ---- mapping row types onto the layers ---- */

int *
rows_map(TupleDesc tupdesc, const row_kind *kind)
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
			if (strcmp(name, kind->cols[c].name) == 0)
				break;
		if (c == kind->ncols)
			elog(ERROR, "no %s value for column \"%s\"", kind->what, name);
		if (att->atttypid != kind->cols[c].type)
			elog(ERROR, "column \"%s\" of a %s row has type %s, expected %s", name, kind->what,
				 format_type_be(att->atttypid), format_type_be(kind->cols[c].type));
		map[a] = c;
	}
	return map;
}

void
rows_fill(const tip_doc *doc, const row_kind *kind, const int *map, int natts, int k,
		  Datum *values, bool *nulls)
{
	int			a;

	for (a = 0; a < natts; a++)
	{
		if (map[a] < 0)
		{
			values[a] = (Datum) 0;
			nulls[a] = true;
		}
		else
			values[a] = kind->value(doc, k, map[a], &nulls[a]);
	}
}

/* Parse the text argument and run the layers kind needs. */
static void
parse_for(FunctionCallInfo fcinfo, const row_kind *kind, tip_parsed *p)
{
	glue_parse(PG_GETARG_TEXT_PP(0), p);
	if (kind->layers != 0)
		glue_annotate(p, kind->layers);
}

Datum
rows_srf(FunctionCallInfo fcinfo, const row_kind *kind)
{
	glue_rows	r;
	tip_parsed	p;
	TupleDesc	desc;
	int		   *map;
	Datum	   *values;
	bool	   *nulls;
	int			n,
				k;

	glue_rows_begin(fcinfo, &r);
	desc = r.rsinfo->setDesc;
	map = rows_map(desc, kind);
	values = palloc(sizeof(Datum) * (desc->natts > 0 ? desc->natts : 1));
	nulls = palloc(sizeof(bool) * (desc->natts > 0 ? desc->natts : 1));
	parse_for(fcinfo, kind, &p);
	n = kind->count(p.doc);
	for (k = 0; k < n; k++)
	{
		if ((k & 255) == 0)
			CHECK_FOR_INTERRUPTS();
		glue_row_start(&r);
		rows_fill(p.doc, kind, map, desc->natts, k, values, nulls);
		glue_row_put(&r, values, nulls);
	}
	glue_done(&p);
	glue_rows_end(&r);
	return (Datum) 0;
}

Datum
rows_single(FunctionCallInfo fcinfo, const row_kind *kind)
{
	TupleDesc	desc;
	tip_parsed	p;
	Datum	   *values;
	bool	   *nulls;
	int		   *map;
	HeapTuple	tuple;

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	map = rows_map(desc, kind);
	values = palloc(sizeof(Datum) * (desc->natts > 0 ? desc->natts : 1));
	nulls = palloc(sizeof(bool) * (desc->natts > 0 ? desc->natts : 1));
	parse_for(fcinfo, kind, &p);
	rows_fill(p.doc, kind, map, desc->natts, 0, values, nulls);
	tuple = heap_form_tuple(BlessTupleDesc(desc), values, nulls);
	glue_done(&p);
	PG_RETURN_DATUM(HeapTupleGetDatum(tuple));
}
