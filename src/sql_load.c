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
#include "utils/float.h"
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
