/*
 * sql_load.c
 *	  What the loader needs from C: tip_parse_document(), which runs
 *	  tip_parse() and tip_annotate() once and hands SQL every layer in one
 *	  composite value, and tip_text_sha256(), the hash of the normalized
 *	  text that identifies a report.
 *
 * The rows inside a tip_document come from the row builders of
 * layer_rows.c, the same that the set-returning functions use: each element
 * type (tip_section, tip_paragraph, or the row type of a table such as
 * tip_mentions) is mapped onto its layer by column name and type, so the C
 * model and the SQL types cannot drift apart silently.  Columns named
 * report_id are left NULL (the loader fills them).
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
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/typcache.h"

#include "layer_rows.h"
#include "tip_glue.h"

PG_FUNCTION_INFO_V1(tip_parse_document);
PG_FUNCTION_INFO_V1(tip_text_sha256);

/* An array of the n rows of kind, its element type being the composite elemtype. */
static Datum
build_array(const tip_doc *doc, Oid elemtype, const row_kind *kind)
{
	TupleDesc	tupdesc = lookup_rowtype_tupdesc_copy(elemtype, -1);
	int			n = kind->count(doc);
	int		   *map;
	Datum	   *elems;
	Datum	   *values;
	bool	   *nulls;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	int			k;

	BlessTupleDesc(tupdesc);
	map = rows_map(tupdesc, kind);
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
		rows_fill(doc, kind, map, tupdesc->natts, k, values, nulls);
		elems[k] = HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
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

/* The layer behind an array field of tip_document; NULL for other fields. */
static const row_kind *
array_kind(const char *field)
{
	static const struct
	{
		const char *field;
		const row_kind *kind;
	}			fields[] = {
		{"sections", &row_section}, {"paragraphs", &row_paragraph},
		{"footnotes", &row_footnote}, {"mentions", &row_mention},
		{"cross_references", &row_reference}, {"party_events", &row_party},
		{"session_refs", &row_session}, {"activities", &row_activity},
	};
	int			i;

	for (i = 0; i < (int) lengthof(fields); i++)
		if (strcmp(field, fields[i].field) == 0)
			return fields[i].kind;
	return NULL;
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
		const row_kind *kind = array_kind(name);

		if (att->attisdropped)
			nulls[a] = true;
		else if (strcmp(name, "report") == 0)
		{
			TupleDesc	rd = lookup_rowtype_tupdesc_copy(att->atttypid, -1);
			Datum	   *rv = palloc(sizeof(Datum) * rd->natts);
			bool	   *rn = palloc(sizeof(bool) * rd->natts);

			rows_fill(p.doc, &row_report, rows_map(rd, &row_report), rd->natts, 0, rv, rn);
			values[a] = HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(rd), rv, rn));
		}
		else if (strcmp(name, "missing") == 0)
			values[a] = missing_parts(p.doc);
		else if (kind != NULL)
			values[a] = build_array(p.doc, array_elem_of(tupdesc, a), kind);
		else
			elog(ERROR, "no value for tip_document.%s", name);
	}

	tuple = heap_form_tuple(BlessTupleDesc(tupdesc), values, nulls);
	glue_done(&p);
	PG_RETURN_DATUM(HeapTupleGetDatum(tuple));
}

/* Add n bytes to the hash, a megabyte at a time between interrupt checks. */
static void
hash_add(pg_cryptohash_ctx *ctx, const uint8 *p, size_t n)
{
	while (n > 0)
	{
		size_t		part = Min(n, (size_t) 1 << 20);

		if (pg_cryptohash_update(ctx, p, part) < 0)
			elog(ERROR, "could not update SHA-256 hash: %s", pg_cryptohash_error(ctx));
		p += part;
		n -= part;
		if (n > 0)
			CHECK_FOR_INTERRUPTS();
	}
}

/*
 * tip_text_sha256(doc text) RETURNS bytea
 *
 * SHA-256 of the normalized text: a leading byte order mark dropped, CRLF
 * and lone CR made LF, spaces and tabs at line ends dropped, and blank
 * lines at the end of the text dropped.  Two files that differ only in
 * these ways are the same report; any other difference makes another one.
 *
 * The text is hashed a line at a time, straight from the argument: each
 * line without its trailing spaces and tabs, after the line ends held back
 * since the last line that had anything left (so that none is hashed after
 * the last such line).
 */
Datum
tip_text_sha256(PG_FUNCTION_ARGS)
{
	static const uint8 newlines[64] = {
		'\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n',
		'\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n',
		'\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n',
		'\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n',
	};
	text	   *arg = PG_GETARG_TEXT_PP(0);
	const uint8 *s = (const uint8 *) VARDATA_ANY(arg);
	size_t		len = VARSIZE_ANY_EXHDR(arg);
	size_t		i = 0,
				held = 0;		/* line ends not hashed yet */
	pg_cryptohash_ctx *ctx;
	bytea	   *result = palloc(VARHDRSZ + PG_SHA256_DIGEST_LENGTH);

	ctx = pg_cryptohash_create(PG_SHA256);
	if (ctx == NULL || pg_cryptohash_init(ctx) < 0)
		elog(ERROR, "could not initialize SHA-256 hash");

	if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		i = 3;
	while (i < len)
	{
		const uint8 *lf = memchr(s + i, '\n', len - i);
		size_t		end = lf ? (size_t) (lf - s) : len;
		const uint8 *cr = memchr(s + i, '\r', end - i);
		size_t		trim;

		if (cr != NULL)
			end = (size_t) (cr - s);
		for (trim = end; trim > i && (s[trim - 1] == ' ' || s[trim - 1] == '\t'); trim--)
			;
		if (trim > i)
		{
			for (; held > 0; held -= Min(held, sizeof(newlines)))
				hash_add(ctx, newlines, Min(held, sizeof(newlines)));
			hash_add(ctx, s + i, trim - i);
		}
		if (end == len)
			break;
		held++;
		/* CRLF is one line end */
		i = end + ((s[end] == '\r' && end + 1 < len && s[end + 1] == '\n') ? 2 : 1);
		if ((held & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	if (pg_cryptohash_final(ctx, (uint8 *) VARDATA(result), PG_SHA256_DIGEST_LENGTH) < 0)
		elog(ERROR, "could not finalize SHA-256 hash: %s", pg_cryptohash_error(ctx));
	pg_cryptohash_free(ctx);
	SET_VARSIZE(result, VARHDRSZ + PG_SHA256_DIGEST_LENGTH);
	PG_RETURN_BYTEA_P(result);
}
