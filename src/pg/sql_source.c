/*
 * sql_source.c
 *	  tip_normalize_source(): the plain form of a report's source, as the
 *	  check on tip_reports.source wants it (the rule is in the core,
 *	  tip_source.h).
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "tip_source.h"

PG_FUNCTION_INFO_V1(tip_normalize_source);

/* Called every megabyte: a cancel or a timeout leaves from here. */
static int
source_tick(void *arg)
{
	(void) arg;
	CHECK_FOR_INTERRUPTS();
	return 0;
}

Datum
tip_normalize_source(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	size_t		len = VARSIZE_ANY_EXHDR(arg);
	text	   *result = palloc(VARHDRSZ + len);
	size_t		n;

	n = tip_source_normalize(VARDATA_ANY(arg), len, VARDATA(result),
							 source_tick, NULL);
	SET_VARSIZE(result, VARHDRSZ + n);
	PG_RETURN_TEXT_P(result);
}
