/*
 * sql_events.c
 *	  SQL functions over the event layers: tip_parties, tip_sessions,
 *	  tip_activities.  Each runs the annotation layer it needs; the rows
 *	  come from the row builders of layer_rows.c.
 */
#include "postgres.h"

#include "layer_rows.h"

PG_FUNCTION_INFO_V1(tip_parties);
PG_FUNCTION_INFO_V1(tip_sessions);
PG_FUNCTION_INFO_V1(tip_activities);

/* tip_parties(doc text) RETURNS SETOF tip_party_event */
Datum
tip_parties(PG_FUNCTION_ARGS)
{
	return rows_srf(fcinfo, &row_party);
}

/* tip_sessions(doc text) RETURNS SETOF tip_session_ref */
Datum
tip_sessions(PG_FUNCTION_ARGS)
{
	return rows_srf(fcinfo, &row_session);
}

/* tip_activities(doc text) RETURNS SETOF tip_activity */
Datum
tip_activities(PG_FUNCTION_ARGS)
{
	return rows_srf(fcinfo, &row_activity);
}
