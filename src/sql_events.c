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

/* tip_parties(doc text) RETURNS SETOF tip_party_event */
Datum
tip_parties(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	glue_rows	r;
	tip_parsed	p;
	int			k;

	glue_rows_begin(fcinfo, &r, PARTY_NCOLS);
	glue_parse(arg, &p);
	glue_annotate(&p, TIP_ANN_PARTIES);
	for (k = 0; k < p.doc->ann->n_parties; k++)
	{
		const tip_party_event *e = &p.doc->ann->parties[k];
		Datum		values[PARTY_NCOLS];
		bool		nulls[PARTY_NCOLS];
		int			i = 0;

		CHECK_FOR_INTERRUPTS();
		glue_row_start(&r);
		memset(nulls, 0, sizeof(nulls));
		values[i++] = glue_cstring(tip_party_kind_name(e->kind));
		values[i] = glue_int_or_null(e->count, 0, &nulls[i]), i++;
		values[i] = glue_text(e->iso3, &nulls[i]), i++;
		values[i] = glue_text(e->country, &nulls[i]), i++;
		values[i] = glue_int_or_null(e->year, 0, &nulls[i]), i++;
		values[i] = glue_text(e->since, &nulls[i]), i++;
		values[i] = glue_text(e->instrument, &nulls[i]), i++;
		values[i] = glue_int_or_null(e->paragraph, 0, &nulls[i]), i++;
		values[i++] = Int32GetDatum((int32) e->start_offset);
		values[i++] = Int32GetDatum((int32) e->end_offset);
		Assert(i == PARTY_NCOLS);
		glue_row_put(&r, values, nulls);
	}
	glue_done(&p);
	glue_rows_end(&r);
	return (Datum) 0;
}

/* tip_sessions(doc text) RETURNS SETOF tip_session_ref */
Datum
tip_sessions(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	glue_rows	r;
	tip_parsed	p;
	int			k;

	glue_rows_begin(fcinfo, &r, SESSION_NCOLS);
	glue_parse(arg, &p);
	glue_annotate(&p, TIP_ANN_SESSIONS);
	for (k = 0; k < p.doc->ann->n_sessions; k++)
	{
		const tip_session_ref *s = &p.doc->ann->sessions[k];
		Datum		values[SESSION_NCOLS];
		bool		nulls[SESSION_NCOLS];
		int			i = 0;

		CHECK_FOR_INTERRUPTS();
		glue_row_start(&r);
		memset(nulls, 0, sizeof(nulls));
		values[i] = glue_text(s->body, &nulls[i]), i++;
		values[i] = glue_text(s->kind, &nulls[i]), i++;
		values[i] = glue_int_or_null(s->number, 0, &nulls[i]), i++;
		values[i] = glue_text(s->venue, &nulls[i]), i++;
		values[i] = glue_date(s->date_start, &nulls[i]), i++;
		values[i] = glue_date(s->date_end, &nulls[i]), i++;
		values[i] = glue_int_or_null(s->participants, -1, &nulls[i]), i++;
		values[i] = glue_int_or_null(s->countries, -1, &nulls[i]), i++;
		values[i] = glue_int_or_null(s->paragraph, 0, &nulls[i]), i++;
		values[i++] = BoolGetDatum(s->is_report_session != 0);
		values[i++] = Int32GetDatum((int32) s->start_offset);
		values[i++] = Int32GetDatum((int32) s->end_offset);
		values[i++] = Int32GetDatum(k + 1);
		Assert(i == SESSION_NCOLS);
		glue_row_put(&r, values, nulls);
	}
	glue_done(&p);
	glue_rows_end(&r);
	return (Datum) 0;
}

/* tip_activities(doc text) RETURNS SETOF tip_activity */
Datum
tip_activities(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	glue_rows	r;
	tip_parsed	p;
	int			k;

	glue_rows_begin(fcinfo, &r, ACTIVITY_NCOLS);
	glue_parse(arg, &p);
	glue_annotate(&p, TIP_ANN_ACTIVITIES);
	for (k = 0; k < p.doc->ann->n_activities; k++)
	{
		const tip_activity *x = &p.doc->ann->activities[k];
		Datum		values[ACTIVITY_NCOLS];
		bool		nulls[ACTIVITY_NCOLS];
		const char *prec = tip_date_precision_name(x->precision);
		int			i = 0;

		CHECK_FOR_INTERRUPTS();
		glue_row_start(&r);
		memset(nulls, 0, sizeof(nulls));
		values[i] = glue_int_or_null(x->paragraph, 0, &nulls[i]), i++;
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
		values[i] = glue_int_or_null(x->participants, -1, &nulls[i]), i++;
		values[i] = glue_text(x->sentence, &nulls[i]), i++;
		values[i++] = Int32GetDatum((int32) x->start_offset);
		values[i++] = Int32GetDatum((int32) x->end_offset);
		values[i++] = Int32GetDatum(k + 1);
		Assert(i == ACTIVITY_NCOLS);
		glue_row_put(&r, values, nulls);
	}
	glue_done(&p);
	glue_rows_end(&r);
	return (Datum) 0;
}
