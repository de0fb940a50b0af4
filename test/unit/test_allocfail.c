/*
 * test_allocfail.c
 *	  Allocation-failure test of the parser core, in the spirit of SQLite's
 *	  malloc tests: for N = 1, 2, 3, ... the N-th allocation fails, until a
 *	  full tip_parse() + tip_annotate(TIP_ANN_ALL) completes.  Every run that
 *	  met a failure must end in TIP_ENOMEM, leave no document behind and give
 *	  back every block it took (counted here; LeakSanitizer checks it again
 *	  when built with -fsanitize=address).
 *
 * Two injection points:
 *	  allocator  the tip_allocator handed to tip_parse() refuses its N-th
 *				 call (what palloc or malloc do when memory runs out);
 *	  arena		 the N-th arena_alloc()/arena_alloc_array() call of the core
 *				 fails as the arena would, so every caller's NULL check is
 *				 exercised, not only the few that open a new block.
 * The arena point needs src/core/arena.c compiled with its allocation
 * functions renamed to fi_real_*; test/hardening.mk does that.  Built the
 * plain way (make unit) only the allocator point runs.
 *
 * Usage: test_allocfail [FILE...]   (default: two corpus reports and a
 * small hand-made one).  Prints one line per file and mode; exits non-zero
 * on any failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tip_parser.h"
#include "tip_annotate.h"

#ifdef FI_ARENA
/* The real arena functions, renamed when arena.c was compiled. */
extern void *fi_real_arena_alloc(tip_arena *ar, size_t size);
extern void *fi_real_arena_alloc_array(tip_arena *ar, size_t n, size_t elem);
extern void *fi_real_arena_grow_array(tip_arena *ar, void *old, size_t used,
									  size_t newcap, size_t elem);
#endif

/* Counters shared by both injection points. */
typedef struct fi_state
{
	long		alloc_calls;	/* tip_allocator.alloc calls so far */
	long		arena_calls;	/* arena_alloc(_array) calls so far */
	long		fail_alloc_at;	/* fail this allocator call (1-based); 0 = never */
	long		fail_arena_at;	/* fail this arena call (1-based); 0 = never */
	int			injected;		/* a failure was injected in this run */
	long		live;			/* blocks taken and not given back */
} fi_state;

static fi_state fi;

/* malloc that fails at the chosen call and counts live blocks. */
static void *
fi_alloc(void *ctx, size_t size)
{
	void	   *p;

	(void) ctx;
	fi.alloc_calls++;
	if (fi.fail_alloc_at != 0 && fi.alloc_calls == fi.fail_alloc_at)
	{
		fi.injected = 1;
		return NULL;
	}
	p = malloc(size);
	if (p != NULL)
		fi.live++;
	return p;
}

/* free counterpart of fi_alloc. */
static void
fi_release(void *ctx, void *ptr)
{
	(void) ctx;
	if (ptr != NULL)
		fi.live--;
	free(ptr);
}

#ifdef FI_ARENA
/* Should this arena call fail?  Marks the arena failed like a real refusal. */
static int
fi_arena_fails(tip_arena *ar)
{
	fi.arena_calls++;
	if (fi.fail_arena_at != 0 && fi.arena_calls == fi.fail_arena_at)
	{
		fi.injected = 1;
		ar->failed = 1;
		return 1;
	}
	return 0;
}

/* The core's arena_alloc, with failure injection in front. */
void *
arena_alloc(tip_arena *ar, size_t size)
{
	if (fi_arena_fails(ar))
		return NULL;
	return fi_real_arena_alloc(ar, size);
}

/* The core's arena_alloc_array, with failure injection in front. */
void *
arena_alloc_array(tip_arena *ar, size_t n, size_t elem)
{
	if (fi_arena_fails(ar))
		return NULL;
	return fi_real_arena_alloc_array(ar, n, elem);
}

/* The core's arena_grow_array, with failure injection in front. */
void *
arena_grow_array(tip_arena *ar, void *old, size_t used, size_t newcap, size_t elem)
{
	if (fi_arena_fails(ar))
		return NULL;
	return fi_real_arena_grow_array(ar, old, used, newcap, elem);
}
#endif

/* What a complete run produced, to compare the last run with a clean one. */
typedef struct fi_counts
{
	int			paragraphs,
				sections,
				footnotes,
				texts,
				sentences,
				mentions,
				references,
				parties,
				sessions,
				activities;
} fi_counts;

/*
 * One parse + annotate.  Returns 0 when the run behaved (complete, or
 * TIP_ENOMEM after an injected failure, with nothing left allocated), 1
 * when complete (*done set), -1 on misbehaviour (message printed).
 */
static int
run_once(const char *text, size_t len, fi_counts *c, int *done)
{
	tip_allocator a = {fi_alloc, fi_release, NULL};
	tip_doc    *doc = NULL;
	tip_status	rc;

	*done = 0;
	fi.alloc_calls = fi.arena_calls = 0;
	fi.injected = 0;
	fi.live = 0;
	rc = tip_parse(text, len, &a, NULL, &doc);
	if (rc != TIP_OK)
	{
		if (rc != TIP_ENOMEM || !fi.injected)
		{
			printf("    tip_parse returned %d (injected failure: %d)\n", rc, fi.injected);
			return -1;
		}
		if (doc != NULL)
		{
			printf("    tip_parse failed but left a document\n");
			return -1;
		}
		if (fi.live != 0)
		{
			printf("    tip_parse failed and kept %ld blocks\n", fi.live);
			return -1;
		}
		return 0;
	}
	if (fi.injected)
	{
		printf("    tip_parse succeeded although an allocation failed\n");
		tip_doc_free(doc);
		return -1;
	}
	rc = tip_annotate(doc, TIP_ANN_ALL);
	if (rc != TIP_OK && (rc != TIP_ENOMEM || !fi.injected))
	{
		printf("    tip_annotate returned %d (injected failure: %d)\n", rc, fi.injected);
		tip_doc_free(doc);
		return -1;
	}
	if (rc == TIP_OK && fi.injected)
	{
		printf("    tip_annotate succeeded although an allocation failed\n");
		tip_doc_free(doc);
		return -1;
	}
	if (rc == TIP_OK)
	{
		const tip_annotations *an = doc->ann;

		c->paragraphs = doc->n_paragraphs;
		c->sections = doc->n_sections;
		c->footnotes = doc->n_footnotes;
		c->texts = an->n_texts;
		c->sentences = an->n_sentences;
		c->mentions = an->n_mentions;
		c->references = an->n_references;
		c->parties = an->n_parties;
		c->sessions = an->n_sessions;
		c->activities = an->n_activities;
		*done = 1;
	}
	tip_doc_free(doc);
	if (fi.live != 0)
	{
		printf("    %ld blocks not given back after tip_doc_free\n", fi.live);
		return -1;
	}
	return *done;
}

/*
 * Fail the N-th allocation (at the allocator or the arena) for N = 1, 2, ...
 * until a run completes; the complete run must match a clean run.
 */
static int
sweep(const char *name, const char *text, size_t len, int arena_point)
{
	fi_counts	clean,
				last;
	int			done;
	long		n,
				total_calls;

	memset(&clean, 0, sizeof(clean));
	memset(&last, 0, sizeof(last));
	fi.fail_alloc_at = fi.fail_arena_at = 0;
	if (run_once(text, len, &clean, &done) < 0 || !done)
	{
		printf("FAILED %s: clean run did not complete\n", name);
		return 1;
	}
	total_calls = arena_point ? fi.arena_calls : fi.alloc_calls;
	for (n = 1;; n++)
	{
		int			r;

		fi.fail_alloc_at = arena_point ? 0 : n;
		fi.fail_arena_at = arena_point ? n : 0;
		r = run_once(text, len, &last, &done);
		if (r < 0)
		{
			printf("FAILED %s: %s failure at call %ld\n", name,
				   arena_point ? "arena" : "allocator", n);
			return 1;
		}
		if (done)
			break;
		if (n > total_calls + 1)
		{
			printf("FAILED %s: still failing after %ld of %ld calls\n", name, n, total_calls);
			return 1;
		}
	}
	fi.fail_alloc_at = fi.fail_arena_at = 0;
	if (memcmp(&clean, &last, sizeof(clean)) != 0)
	{
		printf("FAILED %s: the completed run differs from a clean run\n", name);
		return 1;
	}
	if (n != total_calls + 1)
	{
		printf("FAILED %s: completed at N=%ld but a clean run makes %ld calls\n",
			   name, n, total_calls);
		return 1;
	}
	printf("ok %s: %s failure at each of %ld calls ends in TIP_ENOMEM, nothing kept "
		   "(%d paragraphs, %d mentions)\n", name, arena_point ? "arena" : "allocator",
		   total_calls, clean.paragraphs, clean.mentions);
	return 0;
}

/* Whole file in a malloc'd buffer of exactly its size; NULL on error. */
static char *
read_all(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		sz;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (sz = ftell(f)) < 0 ||
		fseek(f, 0, SEEK_SET) != 0)
	{
		if (f != NULL)
			fclose(f);
		return NULL;
	}
	buf = malloc((size_t) sz + 1);
	if (buf == NULL || fread(buf, 1, (size_t) sz, f) != (size_t) sz)
	{
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	*len = (size_t) sz;
	return buf;
}

/* A small report with every kind of structure, built in. */
static const char mini_report[] =
	"CTOC/COP/WG.4/2017/2\n\nDistr.: General\n2 August 2017\n\nOriginal: English\n\n"
	"Working Group on Trafficking in Persons\nVienna, 6-7 October 2017\n"
	"Item 2 of the provisional agenda\\*\n\n"
	"# I. Introduction\n\n"
	"1. As at 1 June 2017, there were 170 parties to the Protocol. Fiji became a party in 2017.\n\n"
	"## A. Activities\n\n"
	"2. UNODC held a workshop in Bangkok, Thailand, in March 2017 for 30 officials from "
	"5 countries, with IOM (see E/CN.15/2012/16 and General Assembly resolution 64/293).\xc2\xb9\n\n"
	"\xc2\xb9 See CTOC/COP/2016/2.\n\n"
	"- 3. US$ 2.5 million was spent on the seventh session of the Conference.\n";

int
main(int argc, char **argv)
{
	static const char *const defaults[] = {
		"test/corpus/001_e140540fbb5a1c1d.txt",
		"test/corpus/003_e2f289571b934e2f.txt",
	};
	int			failed = 0;
	int			nfiles = argc > 1 ? argc - 1 : 2;
	int			i;

	failed |= sweep("built-in report", mini_report, sizeof(mini_report) - 1, 0);
#ifdef FI_ARENA
	failed |= sweep("built-in report", mini_report, sizeof(mini_report) - 1, 1);
#endif
	for (i = 0; i < nfiles; i++)
	{
		const char *path = argc > 1 ? argv[i + 1] : defaults[i];
		size_t		len = 0;
		char	   *text = read_all(path, &len);

		if (text == NULL)
		{
			printf("FAILED %s: cannot read\n", path);
			failed = 1;
			continue;
		}
		failed |= sweep(path, text, len, 0);
#ifdef FI_ARENA
		failed |= sweep(path, text, len, 1);
#endif
		free(text);
	}
	return failed ? 1 : 0;
}
