/*
 * sql_entities.c
 *	  SQL functions over mentions: tip_mentions, and the compiled reference
 *	  data as rows (tip_gazetteer_countries, tip_gazetteer_organizations)
 *	  from which the install script fills tip_countries and
 *	  tip_organizations.  Mapping of core structs to rows only.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "tip_glue.h"
#include "parser/tip_annotate.h"
#include "parser/gazetteer.h"

PG_FUNCTION_INFO_V1(tip_mentions);
PG_FUNCTION_INFO_V1(tip_gazetteer_countries);
PG_FUNCTION_INFO_V1(tip_gazetteer_organizations);

#define MENTION_NCOLS 14
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

/*
 * The kind and date precision columns as text, made once per call: every
 * row takes one of a few names.  Indexed by tip_mention_kind and
 * tip_date_precision; a precision with no name is (Datum) 0.
 */
typedef struct mention_names
{
	Datum		kind[MK__COUNT];
	Datum		precision[DP_YEAR + 1];
} mention_names;

static void
mention_names_init(mention_names *names)
{
	int			k;

	for (k = 0; k < MK__COUNT; k++)
		names->kind[k] = glue_cstring(tip_mention_kind_name((tip_mention_kind) k));
	for (k = 0; k <= DP_YEAR; k++)
	{
		const char *prec = tip_date_precision_name((tip_date_precision) k);

		names->precision[k] = prec != NULL ? glue_cstring(prec) : (Datum) 0;
	}
}

/* tip_mentions(doc text) RETURNS SETOF tip_mention */
Datum
tip_mentions(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo = srf_begin(fcinfo, MENTION_NCOLS);
	MemoryContext row_cxt;
	tip_parsed	p;
	const tip_annotations *a;
	mention_names names;
	int			k;

	glue_parse(arg, &p);
	glue_annotate(&p, TIP_ANN_MENTIONS);
	a = p.doc->ann;
	mention_names_init(&names);
	row_cxt = AllocSetContextCreate(CurrentMemoryContext, "tip_mentions row",
									ALLOCSET_SMALL_SIZES);
	for (k = 0; k < a->n_mentions; k++)
	{
		const tip_mention *m = &a->mentions[k];
		Datum		values[MENTION_NCOLS];
		bool		nulls[MENTION_NCOLS];
		MemoryContext old;
		int			i = 0;

		MemoryContextReset(row_cxt);
		old = MemoryContextSwitchTo(row_cxt);
		memset(nulls, 0, sizeof(nulls));
		values[i] = Int32GetDatum(m->paragraph), nulls[i] = (m->paragraph == 0), i++;
		values[i] = glue_text(m->footnote_mark, &nulls[i]), i++;
		if ((unsigned) m->kind < MK__COUNT)
			values[i++] = names.kind[m->kind];
		else
			values[i++] = glue_cstring(tip_mention_kind_name(m->kind));
		values[i] = glue_text(m->surface, &nulls[i]), i++;
		values[i] = glue_text(m->value, &nulls[i]), i++;
		values[i] = glue_text(m->unit, &nulls[i]), i++;
		values[i++] = Int32GetDatum((int32) m->start_offset);
		values[i++] = Int32GetDatum((int32) m->end_offset);
		values[i] = glue_date(m->date_start, &nulls[i]), i++;
		values[i] = glue_date(m->date_end, &nulls[i]), i++;
		if ((unsigned) m->precision <= DP_YEAR && names.precision[m->precision] != (Datum) 0)
			values[i] = names.precision[m->precision];
		else
			nulls[i] = true;
		i++;
		values[i] = Float8GetDatum(m->number);
		nulls[i] = !(m->kind == MK_MONEY || m->kind == MK_QUANTITY);
		i++;
		values[i++] = Int32GetDatum(k + 1);
		values[i] = Int32GetDatum(m->enclosing + 1), nulls[i] = (m->enclosing < 0), i++;
		Assert(i == MENTION_NCOLS);
		MemoryContextSwitchTo(old);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		if ((k & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
	}
	MemoryContextDelete(row_cxt);
	glue_done(&p);
	return (Datum) 0;
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
