/*
 * tip_reports.c
 *	  Module entry and the glue between the parser core and the backend:
 *	  allocation in a private memory context, interrupts, error mapping,
 *	  encoding conversion and Datum helpers.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/guc.h"
#include "utils/memutils.h"

#include "tip_glue.h"
#include "tip_annotate.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

static void glue_check(tip_status rc, const struct glue_mem *mem, size_t len);

/*
 * tip_reports.max_parse_memory, in kB: the most one parse may be granted.
 * The default (1 GB: texts up to 24 MB parse) is what a shared server can
 * give one backend; the largest value is what the longest text the parser
 * accepts could be granted with its annotations, since more changes
 * nothing.  Only superusers may change it (PGC_SUSET): a role that could
 * raise it could make one backend take the machine's memory, and the OOM
 * killer's restart of the server ends every session.
 */
#define MAX_PARSE_MEMORY_DEFAULT_KB (1024 * 1024)
#define MAX_PARSE_MEMORY_MAX_KB \
	((int) ((TIP_MEM_BASE + (TIP_MAX_INPUT + 1) * TIP_ANN_MEM_FACTOR) / 1024))

StaticAssertDecl((TIP_MEM_BASE + (TIP_MAX_INPUT + 1) * TIP_ANN_MEM_FACTOR) / 1024 <= INT_MAX,
				 "largest tip_reports.max_parse_memory must fit in an int of kB");

static int	max_parse_memory_kb = MAX_PARSE_MEMORY_DEFAULT_KB;

/* Define the module's settings. */
void
_PG_init(void)
{
	DefineCustomIntVariable("tip_reports.max_parse_memory",
							"Most memory one report parse may be granted.",
							"A parse is granted 40 times its input plus 64 MB, with its "
							"annotations 128 times (up to this setting); texts whose parse "
							"would need more are refused before parsing starts.  "
							"Superusers only.",
							&max_parse_memory_kb,
							MAX_PARSE_MEMORY_DEFAULT_KB, 64 * 1024, MAX_PARSE_MEMORY_MAX_KB,
							PGC_SUSET, GUC_UNIT_KB,
							NULL, NULL, NULL);
	MarkGUCPrefixReserved("tip_reports");
}

/* What the core's allocator works in: a context, and whether palloc failed. */
typedef struct glue_mem
{
	MemoryContext cxt;
	size_t		budget;			/* memory_limit handed to the core */
	bool		failed;			/* the backend itself had no memory left */
} glue_mem;

/* Allocation for the core: huge chunks allowed, NULL instead of ERROR. */
static void *
glue_alloc(void *ctx, size_t size)
{
	glue_mem   *m = (glue_mem *) ctx;
	void	   *p = MemoryContextAllocExtended(m->cxt, size,
											   MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);

	if (p == NULL)
		m->failed = true;
	return p;
}

static void
glue_release(void *ctx, void *ptr)
{
	(void) ctx;
	pfree(ptr);
}

/*
 * The memory a parse of len bytes is granted (TIP_MEM_FACTOR x len +
 * TIP_MEM_BASE); raises program_limit_exceeded, before anything is
 * allocated, when that is beyond tip_reports.max_parse_memory.
 */
static size_t
parse_budget(size_t len)
{
	size_t		budget = TIP_MEM_BASE;
	size_t		max = (size_t) max_parse_memory_kb * 1024;

	if (len > TIP_MAX_INPUT || len > (max - Min(max, budget)) / TIP_MEM_FACTOR)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("report text of %zu bytes is too long", len),
				 len > TIP_MAX_INPUT ?
				 errdetail("The parser accepts at most %zu bytes.", (size_t) TIP_MAX_INPUT) :
				 errdetail("A parse is granted %d times its input plus %zu MB, more than "
						   "tip_reports.max_parse_memory (%d kB).", TIP_MEM_FACTOR,
						   TIP_MEM_BASE / (1024 * 1024), max_parse_memory_kb),
				 errhint("Split the text, or have a superuser raise tip_reports.max_parse_memory.")));
	return budget + len * TIP_MEM_FACTOR;
}

/* Called by the core's long loops: lets the backend cancel the query. */
static int
glue_progress(void *arg)
{
	(void) arg;
	CHECK_FOR_INTERRUPTS();
	return 0;
}

/* True when core strings must be converted from/to the database encoding. */
static bool
needs_conversion(void)
{
	int			enc = GetDatabaseEncoding();

	return enc != PG_UTF8 && enc != PG_SQL_ASCII;
}

/*
 * Parse a text argument.  The document lives in a new child context of the
 * caller's context, so an ERROR anywhere releases it with the transaction.
 */
void
glue_parse(text *doc, tip_parsed *out)
{
	tip_allocator *a = &out->alloc;
	tip_options opt;
	tip_status	rc;
	glue_mem   *mem;
	const char *data = VARDATA_ANY(doc);
	size_t		len = VARSIZE_ANY_EXHDR(doc);
	size_t		budget = parse_budget(len);

	out->cxt = AllocSetContextCreate(CurrentMemoryContext, "tip_reports parse",
									 ALLOCSET_DEFAULT_SIZES);
	if (needs_conversion())
	{
		MemoryContext old = MemoryContextSwitchTo(out->cxt);

		data = (const char *) pg_do_encoding_conversion((unsigned char *) data, (int) len,
														GetDatabaseEncoding(), PG_UTF8);
		len = strlen(data);
		MemoryContextSwitchTo(old);
		budget = parse_budget(len);
	}

	mem = MemoryContextAllocZero(out->cxt, sizeof(glue_mem));
	mem->cxt = out->cxt;
	mem->budget = budget;
	out->mem = mem;
	/* in *out, not on this stack: later annotation allocates through it */
	a->alloc = glue_alloc;
	a->release = glue_release;
	a->ctx = mem;
	memset(&opt, 0, sizeof(opt));
	opt.progress = glue_progress;
	opt.memory_limit = budget;

	rc = tip_parse(data, len, a, &opt, &out->doc);
	glue_check(rc, mem, len);

	/* annotation layers may take more: grant them their own bound */
	mem->budget = Min((size_t) max_parse_memory_kb * 1024,
					  TIP_MEM_BASE + len * TIP_ANN_MEM_FACTOR);
	out->doc->arena.limit = Max(mem->budget, budget);
}

/*
 * Turn a core status into an ERROR (or nothing for TIP_OK).  An allocation
 * refused by the core's arena while the backend still had memory means the
 * parse went past its budget: program_limit_exceeded, not out_of_memory.
 */
static void
glue_check(tip_status rc, const glue_mem *mem, size_t len)
{
	switch (rc)
	{
		case TIP_OK:
			break;
		case TIP_ENOMEM:
			if (!mem->failed)
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("report text of %zu bytes needs more memory than a parse is granted", len),
						 errdetail("A parse is granted %d times its input plus %zu MB, with its "
								   "annotations %d times (up to tip_reports.max_parse_memory): "
								   "%zu kB here.", TIP_MEM_FACTOR, TIP_MEM_BASE / (1024 * 1024),
								   TIP_ANN_MEM_FACTOR, mem->budget / 1024)));
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory while parsing a report of %zu bytes", len)));
			break;
		case TIP_ETOOBIG:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("report text of %zu bytes is too long", len)));
			break;
		case TIP_ECANCEL:
			/* only reachable if the progress hook returned non-zero */
			ereport(ERROR,
					(errcode(ERRCODE_QUERY_CANCELED),
					 errmsg("report parsing was canceled")));
			break;
	}
}

/* Run annotation layers over a parse made by glue_parse(); ERROR on failure. */
void
glue_annotate(tip_parsed *p, unsigned layers)
{
	glue_check(tip_annotate(p->doc, layers), p->mem, p->doc->input_len);
}

/* Release a parse. */
void
glue_done(tip_parsed *p)
{
	if (p->cxt != NULL)
		MemoryContextDelete(p->cxt);
	p->cxt = NULL;
	p->doc = NULL;
	p->mem = NULL;
}

/* A core string as a text Datum (NULL when the core says NULL). */
Datum
glue_text(tip_str s, bool *isnull)
{
	if (s.p == NULL)
	{
		*isnull = true;
		return (Datum) 0;
	}
	*isnull = false;
	if (needs_conversion())
	{
		char	   *conv = (char *) pg_do_encoding_conversion((unsigned char *) s.p, (int) s.n,
															  PG_UTF8, GetDatabaseEncoding());

		return PointerGetDatum(cstring_to_text_with_len(conv, conv == s.p ? (int) s.n : (int) strlen(conv)));
	}
	return PointerGetDatum(cstring_to_text_with_len(s.p, (int) s.n));
}

/* A static C string (ASCII) as text. */
Datum
glue_cstring(const char *s)
{
	return PointerGetDatum(cstring_to_text(s));
}

/* A text[] from core strings (NULL strings become NULL elements). */
Datum
glue_text_array(const tip_str *items, int n)
{
	Datum	   *elems = palloc(sizeof(Datum) * (n > 0 ? n : 1));
	bool	   *nulls = palloc(sizeof(bool) * (n > 0 ? n : 1));
	int			dims[1];
	int			lbs[1] = {1};
	int			k;

	for (k = 0; k < n; k++)
		elems[k] = glue_text(items[k], &nulls[k]);
	dims[0] = n;
	if (n == 0)
		return PointerGetDatum(construct_empty_array(TEXTOID));
	return PointerGetDatum(construct_md_array(elems, nulls, 1, dims, lbs,
											  TEXTOID, -1, false, TYPALIGN_INT));
}

/* A core date as a date Datum. */
Datum
glue_date(tip_date d, bool *isnull)
{
	if (d.y == 0 || d.m < 1 || d.m > 12 || d.d < 1 || d.d > day_tab[isleap(d.y)][d.m - 1])
	{
		*isnull = true;
		return (Datum) 0;
	}
	*isnull = false;
	return DateADTGetDatum(date2j(d.y, d.m, d.d) - POSTGRES_EPOCH_JDATE);
}

/* The year of a core date that glue_date() accepts, else 0. */
int
glue_date_year(tip_date d)
{
	bool		isnull;

	(void) glue_date(d, &isnull);
	return isnull ? 0 : d.y;
}

/* Set up a materialized set-returning function call. */
void
glue_init_srf(FunctionCallInfo fcinfo)
{
#if PG_VERSION_NUM >= 150002
	InitMaterializedSRF(fcinfo, 0);
#else
	SetSingleFuncCall(fcinfo, 0);
#endif
}

/* Start a materialized result (its columns are checked by the row builder). */
void
glue_rows_begin(FunctionCallInfo fcinfo, glue_rows *r)
{
	glue_init_srf(fcinfo);
	r->rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	r->row_cxt = AllocSetContextCreate(CurrentMemoryContext, "tip_reports row",
									   ALLOCSET_SMALL_SIZES);
}

/* Switch into the per-row context (reset for each row). */
void
glue_row_start(glue_rows *r)
{
	MemoryContextReset(r->row_cxt);
	r->old = MemoryContextSwitchTo(r->row_cxt);
}

/* Store the row built since glue_row_start(). */
void
glue_row_put(glue_rows *r, Datum *values, bool *nulls)
{
	MemoryContextSwitchTo(r->old);
	tuplestore_putvalues(r->rsinfo->setResult, r->rsinfo->setDesc, values, nulls);
}

void
glue_rows_end(glue_rows *r)
{
	MemoryContextDelete(r->row_cxt);
}

/* The doc's warnings as a text[]. */
Datum
glue_warnings(const tip_doc *doc)
{
	tip_str		warn[TIP_MAX_WARNINGS];
	int			k;

	for (k = 0; k < doc->n_warnings && k < TIP_MAX_WARNINGS; k++)
		warn[k] = tip_cstr(doc->warnings[k]);
	return glue_text_array(warn, k);
}
