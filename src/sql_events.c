/*
 * sql_events.c
 *	  SQL functions over the event layers: tip_parties, tip_sessions,
 *	  tip_activities.  Each parses its argument, runs the annotation layer
 *	  it needs and maps the core's structs to rows; nothing else happens
 *	  here.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "tip_glue.h"
#include "parser/tip_annotate.h"

PG_FUNCTION_INFO_V1(tip_parties);
PG_FUNCTION_INFO_V1(tip_sessions);
PG_FUNCTION_INFO_V1(tip_activities);

#define PARTY_NCOLS 10
#define SESSION_NCOLS 13
#define ACTIVITY_NCOLS 15

/* Shared loop state for the set-returning functions. */
typedef struct ev_rows
{
	ReturnSetInfo *rsinfo;
	MemoryContext row_cxt;
	MemoryContext old;
} ev_rows;

static void
rows_begin(FunctionCallInfo fcinfo, ev_rows *r, int ncols)
{
	glue_init_srf(fcinfo);
	r->rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	if (r->rsinfo->setDesc->natts != ncols)
		elog(ERROR, "result row has %d columns, expected %d", r->rsinfo->setDesc->natts, ncols);
	r->row_cxt = AllocSetContextCreate(CurrentMemoryContext, "tip_reports row",
									   ALLOCSET_SMALL_SIZES);
}

/* Switch into the per-row context (reset for each row). */
static void
row_start(ev_rows *r)
{
	MemoryContextReset(r->row_cxt);
	r->old = MemoryContextSwitchTo(r->row_cxt);
}

static void
row_put(ev_rows *r, Datum *values, bool *nulls)
{
	MemoryContextSwitchTo(r->old);
	tuplestore_putvalues(r->rsinfo->setResult, r->rsinfo->setDesc, values, nulls);
}

static void
rows_end(ev_rows *r)
{
	MemoryContextDelete(r->row_cxt);
}

/* An int column that is NULL when it equals none. */
static Datum
int_or_null(int v, int none, bool *isnull)
{
	*isnull = (v == none);
	return Int32GetDatum(v);
}

/* Run the annotation layers asked for, turning a status into an error. */
static void
annotate(tip_parsed *p, unsigned layers)
{
	switch (tip_annotate(p->doc, layers))
	{
		case TIP_OK:
			break;
		case TIP_ENOMEM:
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory while annotating a report of %zu bytes",
							p->doc->input_len)));
			break;
		case TIP_ETOOBIG:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("report of %zu bytes is too large to annotate", p->doc->input_len)));
			break;
		case TIP_ECANCEL:
			ereport(ERROR,
					(errcode(ERRCODE_QUERY_CANCELED),
					 errmsg("report annotation was canceled")));
			break;
	}
}

/* tip_parties(doc text) RETURNS SETOF tip_party_event */
Datum
tip_parties(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	ev_rows		r;
	tip_parsed	p;
	int			k;

	rows_begin(fcinfo, &r, PARTY_NCOLS);
	glue_parse(arg, &p);
	annotate(&p, TIP_ANN_PARTIES);
	for (k = 0; k < p.doc->ann->n_parties; k++)
	{
		const tip_party_event *e = &p.doc->ann->parties[k];
		Datum		values[PARTY_NCOLS];
		bool		nulls[PARTY_NCOLS];
		int			i = 0;

		CHECK_FOR_INTERRUPTS();
		row_start(&r);
		memset(nulls, 0, sizeof(nulls));
		values[i++] = glue_cstring(tip_party_kind_name(e->kind));
		values[i] = int_or_null(e->count, 0, &nulls[i]), i++;
		values[i] = glue_text(e->iso3, &nulls[i]), i++;
		values[i] = glue_text(e->country, &nulls[i]), i++;
		values[i] = int_or_null(e->year, 0, &nulls[i]), i++;
		values[i] = glue_text(e->since, &nulls[i]), i++;
		values[i] = glue_text(e->instrument, &nulls[i]), i++;
		values[i] = int_or_null(e->paragraph, 0, &nulls[i]), i++;
		values[i++] = Int32GetDatum((int32) e->start_offset);
		values[i++] = Int32GetDatum((int32) e->end_offset);
		Assert(i == PARTY_NCOLS);
		row_put(&r, values, nulls);
	}
	glue_done(&p);
	rows_end(&r);
	return (Datum) 0;
}

/* tip_sessions(doc text) RETURNS SETOF tip_session_ref */
Datum
tip_sessions(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	ev_rows		r;
	tip_parsed	p;
	int			k;

	rows_begin(fcinfo, &r, SESSION_NCOLS);
	glue_parse(arg, &p);
	annotate(&p, TIP_ANN_SESSIONS);
	for (k = 0; k < p.doc->ann->n_sessions; k++)
	{
		const tip_session_ref *s = &p.doc->ann->sessions[k];
		Datum		values[SESSION_NCOLS];
		bool		nulls[SESSION_NCOLS];
		int			i = 0;

		CHECK_FOR_INTERRUPTS();
		row_start(&r);
		memset(nulls, 0, sizeof(nulls));
		values[i] = glue_text(s->body, &nulls[i]), i++;
		values[i] = glue_text(s->kind, &nulls[i]), i++;
		values[i] = int_or_null(s->number, 0, &nulls[i]), i++;
		values[i] = glue_text(s->venue, &nulls[i]), i++;
		values[i] = glue_date(s->date_start, &nulls[i]), i++;
		values[i] = glue_date(s->date_end, &nulls[i]), i++;
		values[i] = int_or_null(s->participants, -1, &nulls[i]), i++;
		values[i] = int_or_null(s->countries, -1, &nulls[i]), i++;
		values[i] = int_or_null(s->paragraph, 0, &nulls[i]), i++;
		values[i++] = BoolGetDatum(s->is_report_session != 0);
		values[i++] = Int32GetDatum((int32) s->start_offset);
		values[i++] = Int32GetDatum((int32) s->end_offset);
		values[i++] = Int32GetDatum(k + 1);
		Assert(i == SESSION_NCOLS);
		row_put(&r, values, nulls);
	}
	glue_done(&p);
	rows_end(&r);
	return (Datum) 0;
}

/* tip_activities(doc text) RETURNS SETOF tip_activity */
Datum
tip_activities(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	ev_rows		r;
	tip_parsed	p;
	int			k;

	rows_begin(fcinfo, &r, ACTIVITY_NCOLS);
	glue_parse(arg, &p);
	annotate(&p, TIP_ANN_ACTIVITIES);
	for (k = 0; k < p.doc->ann->n_activities; k++)
	{
		const tip_activity *x = &p.doc->ann->activities[k];
		Datum		values[ACTIVITY_NCOLS];
		bool		nulls[ACTIVITY_NCOLS];
		const char *prec = tip_date_precision_name(x->precision);
		int			i = 0;

		CHECK_FOR_INTERRUPTS();
		row_start(&r);
		memset(nulls, 0, sizeof(nulls));
		values[i] = int_or_null(x->paragraph, 0, &nulls[i]), i++;
		values[i++] = Int32GetDatum(x->ord);
		values[i] = glue_text(x->kind, &nulls[i]), i++;
		values[i] = glue_text(x->theme, &nulls[i]), i++;
		values[i] = glue_date(x->date_start, &nulls[i]), i++;
		values[i] = glue_date(x->date_end, &nulls[i]), i++;
		if (prec != NULL)
			values[i] = glue_cstring(prec);
		else
			nulls[i] = true;
		i++;
		values[i] = glue_text(x->place, &nulls[i]), i++;
		values[i++] = glue_text_array(x->countries, x->n_countries);
		values[i++] = glue_text_array(x->organizations, x->n_organizations);
		values[i] = int_or_null(x->participants, -1, &nulls[i]), i++;
		values[i] = glue_text(x->sentence, &nulls[i]), i++;
		values[i++] = Int32GetDatum((int32) x->start_offset);
		values[i++] = Int32GetDatum((int32) x->end_offset);
		values[i++] = Int32GetDatum(k + 1);
		Assert(i == ACTIVITY_NCOLS);
		row_put(&r, values, nulls);
	}
	glue_done(&p);
	rows_end(&r);
	return (Datum) 0;
}
