/*
 * sql_entities.c
 *	  SQL functions over mentions: tip_mentions, and the compiled reference
 *	  data as rows (tip_gazetteer_countries, tip_gazetteer_organizations)
 *	  from which the install script fills tip_countries and
 *	  tip_organizations.  The mention rows come from the row builder of
 *	  layer_rows.c.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "layer_rows.h"
#include "tip_glue.h"
#include "tip_gazetteer.h"

PG_FUNCTION_INFO_V1(tip_mentions);
PG_FUNCTION_INFO_V1(tip_gazetteer_countries);
PG_FUNCTION_INFO_V1(tip_gazetteer_organizations);

#define COUNTRY_NCOLS 9
#define ORGANIZATION_NCOLS 5

/* Start a materialized SRF with the expected number of columns. */
static ReturnSetInfo *
srf_begin(FunctionCallInfo fcinfo, int ncols)
{
	ReturnSetInfo *rsinfo;

	glue_init_srf(fcinfo);
	rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	if (rsinfo->setDesc->natts != ncols)
		elog(ERROR, "result row has %d columns, expected %d", rsinfo->setDesc->natts, ncols);
	return rsinfo;
}

/* A text column that is NULL when the cell is empty. */
static Datum
text_or_null(const char *s, bool *isnull)
{
	tip_str		none = {NULL, 0};

	return glue_text(s[0] != '\0' ? tip_cstr(s) : none, isnull);
}

/* A "|" list cell as text[]. */
static Datum
list_array(const char *list)
{
	tip_str		items[64];
	const char *it;
	size_t		len;
	int			n = 0;

	while (n < 64 && gz_list_item(list, n, &it, &len))
	{
		items[n].p = it;
		items[n].n = (uint32_t) len;
		n++;
	}
	return glue_text_array(items, n);
}

/* tip_mentions(doc text) RETURNS SETOF tip_mention */
Datum
tip_mentions(PG_FUNCTION_ARGS)
{
	return rows_srf(fcinfo, &row_mention);
}

/* tip_gazetteer_countries() RETURNS SETOF record: data/countries.tsv */
Datum
tip_gazetteer_countries(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = srf_begin(fcinfo, COUNTRY_NCOLS);
	int			k;

	for (k = 0; k < gz_countries_count; k++)
	{
		const gz_country *c = &gz_countries[k];
		Datum		values[COUNTRY_NCOLS];
		bool		nulls[COUNTRY_NCOLS];
		int			i = 0;

		memset(nulls, 0, sizeof(nulls));
		values[i] = glue_text(tip_cstr(c->alpha2), &nulls[i]), i++;
		values[i] = glue_text(tip_cstr(c->alpha3), &nulls[i]), i++;
		values[i] = glue_text(tip_cstr(c->m49), &nulls[i]), i++;
		values[i] = glue_text(tip_cstr(c->un_name), &nulls[i]), i++;
		values[i] = glue_text(tip_cstr(c->common_name), &nulls[i]), i++;
		values[i] = text_or_null(c->region, &nulls[i]), i++;
		values[i] = text_or_null(c->subregion, &nulls[i]), i++;
		values[i++] = list_array(c->aliases);
		values[i++] = list_array(c->demonyms);
		Assert(i == COUNTRY_NCOLS);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* tip_gazetteer_organizations() RETURNS SETOF record: data/organizations.tsv */
Datum
tip_gazetteer_organizations(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = srf_begin(fcinfo, ORGANIZATION_NCOLS);
	int			k;

	for (k = 0; k < gz_organizations_count; k++)
	{
		const gz_organization *o = &gz_organizations[k];
		Datum		values[ORGANIZATION_NCOLS];
		bool		nulls[ORGANIZATION_NCOLS];
		int			i = 0;

		memset(nulls, 0, sizeof(nulls));
		values[i] = glue_text(tip_cstr(o->acronym), &nulls[i]), i++;
		values[i] = glue_text(tip_cstr(o->full_name), &nulls[i]), i++;
		values[i] = glue_text(tip_cstr(o->kind), &nulls[i]), i++;
		values[i++] = list_array(o->aliases);
		values[i++] = BoolGetDatum(o->standard[0] != '\0');
		Assert(i == ORGANIZATION_NCOLS);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
