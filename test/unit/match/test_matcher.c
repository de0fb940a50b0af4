/*
 * test_matcher.c
 *	  Unit tests for the Aho-Corasick gazetteer matcher (src/match/matcher.c).
 *
 * Build (from the repository root), e.g.:
 *	  gcc -std=c99 -Wall -Wextra -Werror -O2 -DMT_COUNT_STEPS -Isrc/include -Isrc \
 *		  test/unit/match/test_matcher.c src/match/matcher*.c -o test_matcher
 *	  clang -std=c99 -g -O1 -fsanitize=address,undefined -DMT_COUNT_STEPS \
 *		  -Isrc/include -Isrc test/unit/match/test_matcher.c src/match/matcher*.c -o test_matcher_asan
 *	  ASAN_OPTIONS=detect_leaks=1 ./test_matcher_asan
 *
 * Prints one line per test and finally "N passed, N failed"; exits non-zero
 * on any failure.
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "match/matcher.h"

/* the scans' slow-path steps (matcher_int.h), to judge growth by */
#ifndef MT_COUNT_STEPS
#error "build test_matcher with -DMT_COUNT_STEPS"
#endif
extern size_t mt_steps;

#if defined(__SANITIZE_ADDRESS__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SANITIZED 1
#endif
#endif
#ifndef SANITIZED
#define SANITIZED 0
#endif

static int	n_passed;
static int	n_failed;
static int	cur_failed;

#define CHECK(cond) \
	do { \
		if (!(cond)) \
		{ \
			printf("    FAILED %s:%d: %s\n", __FILE__, __LINE__, #cond); \
			cur_failed = 1; \
		} \
	} while (0)

/* ---------------------------------------------------------------- allocator */

typedef struct test_alloc
{
	long		calls;			/* allocation calls so far */
	long		fail_at;		/* fail the call with this number (1-based), 0 = never */
	long		live;			/* outstanding allocations */
} test_alloc;

/* malloc that can be told to fail at the N-th call; counts live blocks. */
static void *
ta_alloc(void *ctx, size_t size)
{
	test_alloc *t = ctx;
	void	   *p;

	t->calls++;
	if (t->fail_at != 0 && t->calls == t->fail_at)
		return NULL;
	p = malloc(size);
	if (p != NULL)
		t->live++;
	return p;
}

/* free counterpart of ta_alloc. */
static void
ta_release(void *ctx, void *ptr)
{
	test_alloc *t = ctx;

	t->live--;
	free(ptr);
}

static test_alloc g_ta;
static tip_allocator g_alloc = {ta_alloc, ta_release, &g_ta};

/* ------------------------------------------------------------------ helpers */

#define MAXHITS 4096

typedef struct hits
{
	mt_match	h[MAXHITS];
	size_t		n;
} hits;

/* Callback collecting matches into a hits array. */
static int
collect(void *arg, const mt_match *hit)
{
	hits	   *hs = arg;

	if (hs->n < MAXHITS)
		hs->h[hs->n] = *hit;
	hs->n++;
	return 0;
}

typedef struct pdef
{
	const char *s;
	int32_t		id;
	unsigned	flags;
} pdef;

/* Build a matcher from a table of patterns (terminated by s == NULL). */
static mt_matcher *
build(const pdef *defs)
{
	mt_builder *b = mt_builder_new(&g_alloc);
	int			i;

	if (b == NULL)
		return NULL;
	for (i = 0; defs[i].s != NULL; i++)
	{
		if (mt_add(b, defs[i].s, strlen(defs[i].s), defs[i].id,
				   defs[i].flags) != MT_OK)
		{
			mt_builder_free(b);
			return NULL;
		}
	}
	return mt_build(b);
}

/* Leftmost-longest scan of a C string into hs. */
static void
scan_str(const mt_matcher *m, const char *text, hits *hs)
{
	hs->n = 0;
	mt_scan_cb(m, text, strlen(text), collect, hs);
}

/* Byte offset of the nth (0-based) occurrence of needle in hay. */
static size_t
offset_of(const char *hay, const char *needle, int nth)
{
	const char *p = hay;

	for (;;)
	{
		p = strstr(p, needle);
		if (p == NULL)
			return (size_t) -1;
		if (nth-- == 0)
			return (size_t) (p - hay);
		p++;
	}
}

/* Does hit i equal (id, start, end)? */
static int
hit_is(const hits *hs, size_t i, int32_t id, size_t start, size_t end)
{
	if (i >= hs->n)
		return 0;
	if (hs->h[i].id != id || hs->h[i].start != start || hs->h[i].end != end)
	{
		printf("    hit %zu: got (%d,%zu,%zu) want (%d,%zu,%zu)\n", i,
			   hs->h[i].id, hs->h[i].start, hs->h[i].end, id, start, end);
		return 0;
	}
	return 1;
}

/* Check hit i is the nth occurrence of needle in text with the given id. */
static int
hit_at(const hits *hs, size_t i, int32_t id, const char *text,
	   const char *needle, int nth)
{
	size_t		o = offset_of(text, needle, nth);

	return hit_is(hs, i, id, o, o + strlen(needle));
}

/* CPU seconds, for the figures printed beside the counted verdicts. */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);	/* CPU time: a busy machine does not inflate it */
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ------------------------------------------------------------------- tests */

enum
{
	DRC = 1, CONGO, PNG, EQG, GB, GUINEA, NIGERIA, NIGER, NIGERIEN, DOMREP,
	DOMINICA, SSUDAN, SUDAN, RCONGO, CHAD, CHADIAN, BOLIVIA, COTE, TURKIYE,
	USA
};

static const pdef countries[] = {
	{"Congo", CONGO, MT_WORD},
	{"Democratic Republic of the Congo", DRC, MT_WORD},
	{"Republic of the Congo", RCONGO, MT_WORD},
	{"Guinea", GUINEA, MT_WORD},
	{"Papua New Guinea", PNG, MT_WORD},
	{"Equatorial Guinea", EQG, MT_WORD},
	{"Guinea-Bissau", GB, MT_WORD},
	{"Niger", NIGER, MT_WORD},
	{"Nigeria", NIGERIA, MT_WORD},
	{"Nigerien", NIGERIEN, MT_WORD},
	{"Dominica", DOMINICA, MT_WORD},
	{"Dominican Republic", DOMREP, MT_WORD},
	{"Sudan", SUDAN, MT_WORD},
	{"South Sudan", SSUDAN, MT_WORD},
	{"Chad", CHAD, MT_WORD},
	{"Chadian", CHADIAN, MT_WORD},
	{"Bolivia (Plurinational State of)", BOLIVIA, MT_WORD},
	{"C\xC3\xB4te d'Ivoire", COTE, MT_WORD},
	{"T\xC3\xBCrkiye", TURKIYE, MT_WORD},
	{"United States", USA, MT_WORD},
	{NULL, 0, 0}
};

/* Longest match wins among names sharing a prefix or suffix. */
static void
test_leftmost_longest(void)
{
	mt_matcher *m = build(countries);
	const char *t = "The Democratic Republic of the Congo and the Congo; "
		"Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea. "
		"Dominican Republic, Dominica. South Sudan and Sudan. "
		"Republic of the Congo.";
	hits		hs;

	CHECK(m != NULL);
	if (!m)
		return;
	scan_str(m, t, &hs);
	CHECK(hs.n == 11);
	CHECK(hit_at(&hs, 0, DRC, t, "Democratic Republic of the Congo", 0));
	CHECK(hit_at(&hs, 1, CONGO, t, "Congo", 1));
	CHECK(hit_at(&hs, 2, PNG, t, "Papua New Guinea", 0));
	CHECK(hit_at(&hs, 3, EQG, t, "Equatorial Guinea", 0));
	CHECK(hit_at(&hs, 4, GB, t, "Guinea-Bissau", 0));
	CHECK(hit_at(&hs, 5, GUINEA, t, "Guinea", 3));
	CHECK(hit_at(&hs, 6, DOMREP, t, "Dominican Republic", 0));
	CHECK(hit_at(&hs, 7, DOMINICA, t, "Dominica", 1));
	CHECK(hit_at(&hs, 8, SSUDAN, t, "South Sudan", 0));
	CHECK(hit_at(&hs, 9, SUDAN, t, "Sudan", 1));
	CHECK(hit_at(&hs, 10, RCONGO, t, "Republic of the Congo", 1));
	mt_free(m);
}

/* MT_WORD: Niger vs Nigeria / Nigerien, Chad vs Chadian. */
static void
test_word_boundaries(void)
{
	mt_matcher *m = build(countries);
	static const pdef only_short[] = {
		{"Niger", NIGER, MT_WORD},
		{"Chad", CHAD, MT_WORD},
		{"Sudan", SUDAN, 0},	/* no MT_WORD: matches inside words */
		{NULL, 0, 0}
	};
	mt_matcher *m2 = build(only_short);
	const char *t = "Nigeria, Niger, Nigerien; Chad and Chadian. (Niger) "
		"Niger-based 1Niger Niger2 \xC3\xA9Niger";
	hits		hs;

	CHECK(m != NULL && m2 != NULL);
	if (!m || !m2)
		return;
	scan_str(m, t, &hs);
	CHECK(hs.n == 7);
	CHECK(hit_at(&hs, 0, NIGERIA, t, "Nigeria", 0));
	CHECK(hit_is(&hs, 1, NIGER, offset_of(t, "Niger,", 0),
				 offset_of(t, "Niger,", 0) + 5));
	CHECK(hit_at(&hs, 2, NIGERIEN, t, "Nigerien", 0));
	CHECK(hit_is(&hs, 3, CHAD, offset_of(t, "Chad ", 0),
				 offset_of(t, "Chad ", 0) + 4));
	CHECK(hit_at(&hs, 4, CHADIAN, t, "Chadian", 0));
	CHECK(hit_is(&hs, 5, NIGER, offset_of(t, "(Niger)", 0) + 1,
				 offset_of(t, "(Niger)", 0) + 6));
	CHECK(hit_is(&hs, 6, NIGER, offset_of(t, "Niger-", 0),
				 offset_of(t, "Niger-", 0) + 5));

	/* with only the short names, nothing inside Nigeria/Nigerien/Chadian */
	scan_str(m2, t, &hs);
	CHECK(hs.n == 4);
	CHECK(hit_is(&hs, 0, NIGER, offset_of(t, "Niger,", 0),
				 offset_of(t, "Niger,", 0) + 5));
	CHECK(hit_is(&hs, 1, CHAD, offset_of(t, "Chad ", 0),
				 offset_of(t, "Chad ", 0) + 4));

	scan_str(m2, "Sudanese and Chadian", &hs);
	CHECK(hs.n == 1 && hit_is(&hs, 0, SUDAN, 0, 5));
	mt_free(m);
	mt_free(m2);
}

/* ASCII case folding by default, exact with MT_CASE_SENSITIVE. */
static void
test_case(void)
{
	static const pdef defs[] = {
		{"nigeria", NIGERIA, MT_WORD},
		{"WHO", 100, MT_WORD | MT_CASE_SENSITIVE},
		{"who", 101, MT_WORD | MT_CASE_SENSITIVE},
		{"UN", 102, MT_WORD | MT_CASE_SENSITIVE},
		{"United Nations", 103, MT_WORD},
		{NULL, 0, 0}
	};
	mt_matcher *m = build(defs);
	const char *t = "NIGERIA Nigeria nIgErIa; WHO who Who; UN un; UNITED nations";
	hits		hs;

	CHECK(m != NULL);
	if (!m)
		return;
	scan_str(m, t, &hs);
	CHECK(hs.n == 7);
	CHECK(hit_is(&hs, 0, NIGERIA, 0, 7));
	CHECK(hit_is(&hs, 1, NIGERIA, 8, 15));
	CHECK(hit_is(&hs, 2, NIGERIA, 16, 23));
	CHECK(hit_at(&hs, 3, 100, t, "WHO", 0));
	CHECK(hit_at(&hs, 4, 101, t, "who", 0));
	CHECK(hit_is(&hs, 5, 102, offset_of(t, "UN ", 0), offset_of(t, "UN ", 0) + 2));
	CHECK(hit_at(&hs, 6, 103, t, "UNITED nations", 0));
	mt_free(m);
}

/* Whitespace runs, line breaks and no-break spaces inside names. */
static void
test_whitespace(void)
{
	mt_matcher *m = build(countries);
	const char *t = "see Bolivia (Plurinational\nState of) and Bolivia  "
		"(Plurinational \r\n\t State   of); Papua\xC2\xA0New\xC2\xA0\n Guinea.";
	static const pdef ws_pat[] = {
		{"  Papua \t New\xC2\xA0Guinea \n", PNG, MT_WORD},
		{NULL, 0, 0}
	};
	mt_matcher *m2 = build(ws_pat);
	hits		hs;
	size_t		o;

	CHECK(m != NULL && m2 != NULL);
	if (!m || !m2)
		return;
	scan_str(m, t, &hs);
	CHECK(hs.n == 3);
	o = offset_of(t, "Bolivia", 0);
	CHECK(hit_is(&hs, 0, BOLIVIA, o, offset_of(t, "of)", 0) + 3));
	o = offset_of(t, "Bolivia", 1);
	CHECK(hit_is(&hs, 1, BOLIVIA, o, offset_of(t, "of)", 1) + 3));
	o = offset_of(t, "Papua", 0);
	CHECK(hit_is(&hs, 2, PNG, o, offset_of(t, "Guinea", 0) + 6));

	/* pattern side: trimmed, runs collapsed, NBSP is whitespace */
	scan_str(m2, "Papua New Guinea", &hs);
	CHECK(hs.n == 1 && hit_is(&hs, 0, PNG, 0, 16));
	scan_str(m2, "PapuaNew Guinea", &hs);
	CHECK(hs.n == 0);
	mt_free(m);
	mt_free(m2);
}

/* ASCII apostrophe and U+2019 match each other, in text and in patterns. */
static void
test_apostrophes(void)
{
	mt_matcher *m = build(countries);
	static const pdef curly[] = {
		{"C\xC3\xB4te d\xE2\x80\x99Ivoire", COTE, MT_WORD},
		{NULL, 0, 0}
	};
	mt_matcher *m2 = build(curly);
	const char *t = "C\xC3\xB4te d'Ivoire, C\xC3\xB4te d\xE2\x80\x99Ivoire.";
	hits		hs;
	size_t		o1 = offset_of(t, "C\xC3\xB4te", 0);
	size_t		o2 = offset_of(t, "C\xC3\xB4te", 1);

	CHECK(m != NULL && m2 != NULL);
	if (!m || !m2)
		return;
	scan_str(m, t, &hs);
	CHECK(hs.n == 2);
	CHECK(hit_is(&hs, 0, COTE, o1, o1 + 14));
	CHECK(hit_is(&hs, 1, COTE, o2, o2 + 16));
	scan_str(m2, t, &hs);
	CHECK(hs.n == 2);
	CHECK(hit_is(&hs, 0, COTE, o1, o1 + 14));
	CHECK(hit_is(&hs, 1, COTE, o2, o2 + 16));
	/* curly apostrophe is not a word character: "Chad’s" matches Chad */
	scan_str(m, "Chad\xE2\x80\x99s army", &hs);
	CHECK(hs.n == 1 && hit_is(&hs, 0, CHAD, 0, 4));
	/* a NBSP before the name is a boundary, too */
	scan_str(m, "x\xC2\xA0" "Chad", &hs);
	CHECK(hs.n == 1 && hit_is(&hs, 0, CHAD, 3, 7));
	mt_free(m);
	mt_free(m2);
}

/* UTF-8 patterns: bytes >= 0x80 compared exactly, and count as word chars. */
static void
test_utf8(void)
{
	mt_matcher *m = build(countries);
	const char *t = "T\xC3\xBCrkiye, T\xC3\xBCRKIYE, T\xC3\x9CRKIYE, "
		"T\xC3\xBCrkiye's, xT\xC3\xBCrkiye, \xC3\xA9" "Chad";
	hits		hs;

	CHECK(m != NULL);
	if (!m)
		return;
	scan_str(m, t, &hs);
	CHECK(hs.n == 3);
	CHECK(hit_is(&hs, 0, TURKIYE, 0, 8));
	CHECK(hit_is(&hs, 1, TURKIYE, 10, 18));
	CHECK(hit_is(&hs, 2, TURKIYE, offset_of(t, "T\xC3\xBCrkiye'", 0),
				 offset_of(t, "T\xC3\xBCrkiye'", 0) + 8));
	mt_free(m);
}

/* Empty text, bad arguments, and pattern validation. */
static void
test_edge_cases(void)
{
	mt_matcher *m = build(countries);
	mt_builder *b = mt_builder_new(&g_alloc);
	char		longp[MT_MAX_PATTERN_LEN + 2];
	hits		hs;
	size_t		total = 99;

	CHECK(m != NULL && b != NULL);
	if (!m || !b)
		return;
	hs.n = 0;
	CHECK(mt_scan_cb(m, "", 0, collect, &hs) == 0 && hs.n == 0);
	CHECK(mt_scan_cb(m, NULL, 0, collect, &hs) == 0 && hs.n == 0);
	CHECK(mt_scan_all_cb(m, "", 0, collect, NULL, &hs) == 0 && hs.n == 0);
	CHECK(mt_scan(m, "", 0, NULL, 0, &total) == 0 && total == 0);
	CHECK(mt_scan_cb(NULL, "x", 1, collect, &hs) == MT_EINVAL);
	CHECK(mt_scan_cb(m, "x", 1, NULL, &hs) == MT_EINVAL);

	CHECK(mt_add(b, "", 0, 1, 0) == MT_EINVAL);
	CHECK(mt_add(b, " \t\n\xC2\xA0", 5, 1, 0) == MT_EINVAL);
	CHECK(mt_add(b, "x", 1, 1, 0x80) == MT_EINVAL);
	CHECK(mt_add(NULL, "x", 1, 1, 0) == MT_EINVAL);
	memset(longp, 'a', sizeof(longp));
	CHECK(mt_add(b, longp, MT_MAX_PATTERN_LEN + 1, 1, 0) == MT_ETOOLONG);
	CHECK(mt_add(b, longp, MT_MAX_PATTERN_LEN, 1, 0) == MT_OK);
	mt_builder_free(b);
	CHECK(mt_builder_new(NULL) == NULL);

	/* a matcher with no patterns finds nothing */
	b = mt_builder_new(&g_alloc);
	{
		mt_matcher *e = mt_build(b);

		CHECK(e != NULL);
		scan_str(e, "anything at all", &hs);
		CHECK(hs.n == 0);
		mt_free(e);
	}

	/* array form */
	{
		mt_match	out[2];
		const char *t = "Chad, Niger, Sudan";
		size_t		n = mt_scan(m, t, strlen(t), out, 2, &total);

		CHECK(n == 2 && total == 3);
		CHECK(out[0].id == CHAD && out[1].id == NIGER);
	}
	mt_free(m);
	mt_free(NULL);
	mt_builder_free(NULL);
}

/* All-overlapping mode and duplicate patterns. */
static void
test_scan_all(void)
{
	mt_matcher *m = build(countries);
	static const pdef dup[] = {
		{"Chad", 1, MT_WORD},
		{"chad", 2, 0},
		{NULL, 0, 0}
	};
	mt_matcher *m2 = build(dup);
	const char *t = "Democratic Republic of the Congo";
	hits		hs;

	CHECK(m != NULL && m2 != NULL);
	if (!m || !m2)
		return;
	hs.n = 0;
	CHECK(mt_scan_all_cb(m, t, strlen(t), collect, NULL, &hs) == 0);
	CHECK(hs.n == 3);
	CHECK(hit_is(&hs, 0, DRC, 0, strlen(t)));
	CHECK(hit_at(&hs, 1, RCONGO, t, "Republic of the Congo", 0));
	CHECK(hit_at(&hs, 2, CONGO, t, "Congo", 0));

	/* duplicates: first added wins in leftmost-longest, both in all mode */
	scan_str(m2, "Chad Chadian", &hs);
	CHECK(hs.n == 2 && hit_is(&hs, 0, 1, 0, 4) && hit_is(&hs, 1, 2, 5, 9));
	hs.n = 0;
	mt_scan_all_cb(m2, "Chad", 4, collect, NULL, &hs);
	CHECK(hs.n == 2 && hit_is(&hs, 0, 1, 0, 4) && hit_is(&hs, 1, 2, 0, 4));
	mt_free(m);
	mt_free(m2);
}

/*
 * All-matches starts over blank runs (U+00A0 among them) and U+2019 at
 * every alignment: the start is read back from the end, eight bytes at a
 * time where it can.
 */
static void
test_scan_all_starts(void)
{
	static const pdef pats[] = {
		{"abcdefgh ijklmno", 1, MT_WORD},
		{"ab'cdefghijklmnopq rs", 2, MT_WORD},
		{NULL, 0, 0}
	};
	static const char *const runs[] = {
		" ", "\xC2\xA0 ", " \xC2\xA0", "\xC2\xA0", " \t\n ", "\xC2\xA0\xC2\xA0", "\n\xC2\xA0\t"
	};
	static const char *const apos[] = {"'", "\xE2\x80\x99"};
	mt_matcher *m = build(pats);
	size_t		pre,
				r,
				q;
	int			bad = 0;

	CHECK(m != NULL);
	if (!m)
		return;
	for (pre = 0; pre < 20; pre++)
		for (r = 0; r < sizeof(runs) / sizeof(runs[0]); r++)
			for (q = 0; q < 2; q++)
			{
				char		text[128];
				hits		hs;
				int			len;

				len = q == 0 ?
					snprintf(text, sizeof(text), "%*sabcdefgh%sijklmno.", (int) pre, "", runs[r]) :
					snprintf(text, sizeof(text), "%*sab%scdefghijklmnopq%srs.", (int) pre, "",
							 apos[r % 2], runs[r]);
				hs.n = 0;
				mt_scan_all_cb(m, text, (size_t) len, collect, NULL, &hs);
				if (hs.n != 1 || !hit_is(&hs, 0, (int32_t) q + 1, pre, (size_t) len - 1))
					bad++;
			}
	CHECK(bad == 0);
	mt_free(m);
}

/* callback that stops after the second hit */
static int
stop_after_two(void *arg, const mt_match *hit)
{
	int		   *n = arg;

	(void) hit;
	return ++*n == 2 ? 42 : 0;
}

/* progress hook that counts calls and stops at call stop_at */
typedef struct prog
{
	int			calls;
	int			stop_at;
	size_t		last;
} prog;

/* Progress hook for test_stop_progress. */
static int
on_progress(void *arg, size_t done, size_t len)
{
	prog	   *p = arg;

	(void) len;
	p->calls++;
	p->last = done;
	return p->calls == p->stop_at ? 7 : 0;
}

/* Callback for progress scans: ignore hits. */
static int
ignore_hit(void *arg, const mt_match *hit)
{
	(void) arg;
	(void) hit;
	return 0;
}

/* Stopping from the hit callback and from the progress hook. */
static void
test_stop_progress(void)
{
	mt_matcher *m = build(countries);
	const char *t = "Chad Niger Sudan Congo";
	size_t		big = 1000000;
	char	   *buf = malloc(big);
	int			n = 0;
	prog		p = {0, 0, 0};

	CHECK(m != NULL && buf != NULL);
	if (!m || !buf)
		return;
	CHECK(mt_scan_cb(m, t, strlen(t), stop_after_two, &n) == 42 && n == 2);
	n = 0;
	CHECK(mt_scan_all_cb(m, t, strlen(t), stop_after_two, NULL, &n) == 42);
	memset(buf, 'x', big);
	CHECK(mt_scan_cb_progress(m, buf, big, ignore_hit, on_progress, &p) == 0);
	CHECK(p.calls == (int) ((big + MT_PROGRESS_INTERVAL - 1) /
							MT_PROGRESS_INTERVAL));
	CHECK(p.last == big);
	p.calls = 0;
	p.stop_at = 3;
	CHECK(mt_scan_cb_progress(m, buf, big, ignore_hit, on_progress, &p) == 7);
	CHECK(p.last == 3 * MT_PROGRESS_INTERVAL);
	free(buf);
	mt_free(m);
}

/* ------------------------------------------------- randomised cross-check */

static unsigned long rng_state = 88172645463325252UL;

/* xorshift pseudo-random numbers (deterministic). */
static unsigned
rnd(unsigned n)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (unsigned) ((rng_state >> 11) % n);
}

/* pieces random strings are made of */
static const char *const pieces[] = {
	"a", "b", "A", "B", " ", "\n", "'", "-", "\xC2\xA0", "\xE2\x80\x99",
	"\xC3\xBC", "a", "b", "a"
};

/* a small alphabet that makes deeply nested, overlapping matches likely */
static const char *const pieces2[] = {"a", "a", "a", "b", "A", " "};

/* Random piece: from the full set, or from the small one when small. */
static const char *
rnd_piece(int small)
{
	if (small)
		return pieces2[rnd(sizeof(pieces2) / sizeof(pieces2[0]))];
	return pieces[rnd(sizeof(pieces) / sizeof(pieces[0]))];
}

/* one normalised symbol of a reference text */
typedef struct rsym
{
	unsigned char c;			/* normalised byte */
	int			word;
	size_t		s,
				e;				/* source span */
} rsym;

/* Independent, simple normaliser used by the reference matcher. */
static size_t
ref_norm(const char *str, size_t len, rsym *out, int trim)
{
	const unsigned char *t = (const unsigned char *) str;
	size_t		i = 0,
				n = 0;

	while (i < len)
	{
		size_t		w = 1;
		unsigned char c = t[i];
		int			ws = (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
						  c == '\v' || c == '\f');

		if (len - i >= 2 && c == 0xC2 && t[i + 1] == 0xA0)
			ws = 1, w = 2;
		else if (len - i >= 3 && c == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0x99)
			c = '\'', w = 3;
		if (ws)
		{
			if (!(n > 0 && out[n - 1].c == ' ' && out[n - 1].word == 2))
			{
				out[n].c = ' ';
				out[n].word = 2;	/* marks whitespace */
				out[n].s = i;
				n++;
			}
		}
		else
		{
			out[n].c = c;
			out[n].word = (w == 1) && ((c >= '0' && c <= '9') ||
									   ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
									   c >= 0x80);
			out[n].s = i;
			n++;
		}
		out[n - 1].e = i + w;
		i += w;
	}
	if (trim)
	{
		size_t		a = 0;

		while (n > 0 && out[n - 1].word == 2)
			n--;
		while (a < n && out[a].word == 2)
			a++;
		memmove(out, out + a, (n - a) * sizeof(rsym));
		n -= a;
	}
	return n;
}

typedef struct rpat
{
	rsym		sy[16];
	size_t		n;
	int			cs;
	int			word;
	int32_t		id;
} rpat;

/* Does pattern p match the reference text at symbol s?  Returns end or 0. */
static size_t
ref_match_at(const rpat *p, const rsym *ts, size_t nt, size_t s)
{
	size_t		j;

	if (s + p->n > nt)
		return 0;
	for (j = 0; j < p->n; j++)
	{
		unsigned	a = p->sy[j].c,
					b = ts[s + j].c;

		if (!p->cs)
		{
			if (a >= 'A' && a <= 'Z')
				a += 32;
			if (b >= 'A' && b <= 'Z')
				b += 32;
		}
		if (a != b)
			return 0;
	}
	if (p->word)
	{
		if (p->sy[0].word == 1 && s > 0 && ts[s - 1].word == 1)
			return 0;
		if (p->sy[p->n - 1].word == 1 && s + p->n < nt && ts[s + p->n].word == 1)
			return 0;
	}
	return s + p->n;
}

/* Field-wise equality of two matches (the struct has padding). */
static int
match_eq(const mt_match *a, const mt_match *b)
{
	return a->id == b->id && a->start == b->start && a->end == b->end;
}

/* Same matches in the same order? */
static int
same_hits(const hits *a, const hits *b)
{
	size_t		i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n && i < MAXHITS; i++)
		if (!match_eq(&a->h[i], &b->h[i]))
			return 0;
	return 1;
}

/* Compare matcher output with a brute-force reference on random inputs. */
static void
test_random_reference(void)
{
	int			iter,
				iters = 3000,
				bad = 0;

	if (getenv("MT_RANDOM_ITERS"))
		iters = atoi(getenv("MT_RANDOM_ITERS"));
	for (iter = 0; iter < iters && !bad; iter++)
	{
		rpat		pats[12];
		int			np = 1 + rnd(12),
					small = iter & 1,
					i;
		mt_builder *b = mt_builder_new(&g_alloc);
		mt_matcher *m;
		char		text[400];
		size_t		tl = 0;
		rsym		ts[400];
		size_t		nt,
					s,
					frontier;
		hits		hs,
					ref;

		for (i = 0; i < np; i++)
		{
			char		ps[64];
			size_t		pl = 0;
			int			k,
						nk = 1 + rnd(small ? 8 : 5);
			unsigned	fl = 0;

			for (k = 0; k < nk; k++)
			{
				const char *pc = rnd_piece(small);

				memcpy(ps + pl, pc, strlen(pc));
				pl += strlen(pc);
			}
			if (rnd(2))
				fl |= MT_WORD;
			if (rnd(3) == 0)
				fl |= MT_CASE_SENSITIVE;
			pats[i].n = ref_norm(ps, pl, pats[i].sy, 1);
			pats[i].cs = (fl & MT_CASE_SENSITIVE) != 0;
			pats[i].word = (fl & MT_WORD) != 0;
			pats[i].id = i;
			if (mt_add(b, ps, pl, i, fl) != (pats[i].n ? MT_OK : MT_EINVAL))
				bad = 1;
		}
		m = mt_build(b);
		CHECK(m != NULL);
		if (m == NULL)
			return;
		while (tl < 300)
		{
			const char *pc = rnd_piece(small);

			memcpy(text + tl, pc, strlen(pc));
			tl += strlen(pc);
		}
		nt = ref_norm(text, tl, ts, 0);

		/* reference leftmost-longest */
		ref.n = 0;
		frontier = 0;
		for (s = 0; s < nt; s++)
		{
			size_t		best_e = 0;
			int			best = -1;

			if (s < frontier)
				continue;
			for (i = 0; i < np; i++)
			{
				size_t		e;

				if (pats[i].n == 0)
					continue;
				e = ref_match_at(&pats[i], ts, nt, s);
				if (e > best_e)
				{
					best_e = e;
					best = i;
				}
			}
			if (best >= 0)
			{
				ref.h[ref.n].id = best;
				ref.h[ref.n].start = ts[s].s;
				ref.h[ref.n].end = ts[best_e - 1].e;
				ref.n++;
				frontier = best_e;
			}
		}
		hs.n = 0;
		mt_scan_cb(m, text, tl, collect, &hs);
		if (!same_hits(&hs, &ref))
		{
			size_t		x;

			bad = 1;
			if (getenv("MT_DEBUG"))
			{
				for (i = 0; i < np; i++)
				{
					size_t		j;

					printf("pat %d cs=%d word=%d: ", i, pats[i].cs, pats[i].word);
					for (j = 0; j < pats[i].n; j++)
						printf("%02x ", pats[i].sy[j].c);
					printf("\n");
				}
				printf("text:");
				for (x = 0; x < tl; x++)
					printf(" %zu:%02x", x, (unsigned char) text[x]);
				printf("\n");
				for (x = 0; x < hs.n && x < MAXHITS; x++)
					printf("got (%d,%zu,%zu)\n", hs.h[x].id, hs.h[x].start,
						   hs.h[x].end);
				for (x = 0; x < ref.n && x < MAXHITS; x++)
					printf("ref (%d,%zu,%zu)\n", ref.h[x].id, ref.h[x].start,
						   ref.h[x].end);
			}
		}

		/* reference all-matches, ordered by end then longest first */
		ref.n = 0;
		for (s = 0; s < nt; s++)	/* s = last symbol */
		{
			size_t		L;

			for (L = s + 1; L >= 1; L--)
			{
				for (i = 0; i < np; i++)
				{
					if (pats[i].n != L || ref_match_at(&pats[i], ts, nt, s + 1 - L) == 0)
						continue;
					ref.h[ref.n].id = i;
					ref.h[ref.n].start = ts[s + 1 - L].s;
					ref.h[ref.n].end = ts[s].e;
					ref.n++;
				}
			}
		}
		hs.n = 0;
		mt_scan_all_cb(m, text, tl, collect, NULL, &hs);
		/* all-mode order within one end may interleave the two automata */
		if (hs.n != ref.n)
			bad = 2;
		else
		{
			size_t		x,
						y;

			for (x = 0; x < ref.n && !bad; x++)
			{
				int			found = 0;

				for (y = 0; y < hs.n; y++)
					if (match_eq(&hs.h[y], &ref.h[x]))
						found = 1;
				if (!found)
					bad = 3;
			}
		}
		if (bad)
			printf("    random case %d differs (kind %d)\n", iter, bad);
		mt_free(m);
	}
	printf("    %d random cases compared\n", iter);
	CHECK(!bad);
}

/* ------------------------------------------------------ allocation failure */

/* Build a small gazetteer and scan once with the global test allocator. */
static int
build_and_scan_once(void)
{
	mt_builder *b = mt_builder_new(&g_alloc);
	mt_matcher *m;
	hits		hs;
	int			i;
	char		name[32];

	if (b == NULL)
		return MT_ENOMEM;
	for (i = 0; countries[i].s != NULL; i++)
	{
		int			r = mt_add(b, countries[i].s, strlen(countries[i].s),
							   countries[i].id, countries[i].flags);

		if (r != MT_OK)
		{
			mt_builder_free(b);
			return r;
		}
	}
	for (i = 0; i < 300; i++)	/* enough to grow the arrays a few times */
	{
		int			r;

		snprintf(name, sizeof(name), "Name%d Place", i);
		r = mt_add(b, name, strlen(name), 1000 + i,
				   (i % 3 == 0) ? MT_CASE_SENSITIVE : MT_WORD);
		if (r != MT_OK)
		{
			mt_builder_free(b);
			return r;
		}
	}
	m = mt_build(b);
	if (m == NULL)
		return MT_ENOMEM;
	scan_str(m, "Chad and Name17 Place", &hs);
	i = (hs.n == 2) ? MT_OK : MT_EINVAL;
	mt_free(m);
	return i;
}

/* Fail the N-th allocation for N = 1, 2, ... until everything succeeds. */
static void
test_alloc_failure_sweep(void)
{
	long		n;
	int			done = 0;

	for (n = 1; n < 10000 && !done; n++)
	{
		int			r;

		g_ta.calls = 0;
		g_ta.fail_at = n;
		g_ta.live = 0;
		r = build_and_scan_once();
		if (g_ta.live != 0)
		{
			printf("    leak of %ld blocks when failing call %ld\n", g_ta.live, n);
			CHECK(g_ta.live == 0);
			break;
		}
		if (r == MT_OK)
		{
			/* done once the failing call number is never reached */
			if (g_ta.calls < n)
				done = 1;
		}
		else
			CHECK(r == MT_ENOMEM);
	}
	g_ta.fail_at = 0;
	printf("    swept %ld failure points\n", n - 1);
	CHECK(done);
}

/* simple bump arena, never releases individual blocks */
typedef struct bump
{
	char	   *buf;
	size_t		used,
				cap;
} bump;

/* Bump allocator for the arena-style test. */
static void *
bump_alloc(void *ctx, size_t size)
{
	bump	   *a = ctx;
	void	   *p;

	size = (size + 15) & ~(size_t) 15;
	if (a->cap - a->used < size)
		return NULL;
	p = a->buf + a->used;
	a->used += size;
	return p;
}

/* Arena-style allocator (release == NULL) works, including on failure. */
static void
test_arena_allocator(void)
{
	bump		ar = {NULL, 0, 0};
	tip_allocator a = {bump_alloc, NULL, &ar};
	mt_builder *b;
	mt_matcher *m = NULL;
	hits		hs;
	int			i,
				ok = 1;

	ar.cap = 4 << 20;
	ar.buf = malloc(ar.cap);
	CHECK(ar.buf != NULL);
	if (!ar.buf)
		return;
	b = mt_builder_new(&a);
	for (i = 0; countries[i].s != NULL && b; i++)
		ok &= mt_add(b, countries[i].s, strlen(countries[i].s),
					 countries[i].id, countries[i].flags) == MT_OK;
	CHECK(b != NULL && ok);
	m = mt_build(b);
	CHECK(m != NULL);
	if (m)
	{
		scan_str(m, "South Sudan", &hs);
		CHECK(hs.n == 1 && hit_is(&hs, 0, SSUDAN, 0, 11));
		mt_free(m);				/* no-op releases */
	}
	/* an arena too small to build in fails cleanly */
	ar.used = 0;
	ar.cap = 2048;
	b = mt_builder_new(&a);
	for (i = 0; countries[i].s != NULL && b; i++)
		(void) mt_add(b, countries[i].s, strlen(countries[i].s),
					  countries[i].id, countries[i].flags);
	CHECK(b == NULL || mt_build(b) == NULL);
	free(ar.buf);
}

/* ------------------------------------------------------- performance tests */

/*
 * Runs of 'a' against a^1 .. a^100: the scans' slow-path steps (mt_steps)
 * for 4 times the text may be at most GROWTH_MAX times those for the text,
 * as for linear work; a scan that reads every candidate back over its whole
 * length, or walks every level at every byte, grows faster.  Counted, so a
 * slow or busy machine gives the same verdict; the time is a figure.
 */
#define GROWTH_MAX 4.5

static void
test_adversarial_linear(void)
{
	size_t		len = 10u << 20;
	char	   *buf = malloc(len + 1);
	char		pat[128];
	int			variant;

	CHECK(buf != NULL);
	if (!buf)
		return;
	memset(buf, 'a', len);
	memset(pat, 'a', sizeof(pat));
	for (variant = 0; variant < 4; variant++)
	{
		mt_builder *b = mt_builder_new(&g_alloc);
		mt_matcher *m;
		size_t		steps[2],
					total = 0;
		hits		hs;
		double		t0,
					el = 0;
		int			i,
					r,
					q;
		const char *what[] = {"plain", "MT_WORD", "all-overlap(plain, 1 MB)",
		"a^k b prefix traps"};

		for (i = 1; i <= 100; i++)
			mt_add(b, pat, (size_t) i, i, variant == 1 ? MT_WORD : 0);
		if (variant == 3)
		{
			pat[100] = 'b';
			mt_add(b, pat, 101, 999, 0);	/* keeps depth at 100 forever */
			pat[100] = 'a';
		}
		m = mt_build(b);
		CHECK(m != NULL);
		if (!m)
			break;
		/* q = 0: a quarter of the text; q = 1: all of it */
		for (q = 0; q < 2; q++)
		{
			/* 100 overlapping hits per byte: output-bound, use 1 MB */
			size_t		n = (variant == 2 ? (size_t) 1 << 20 : len) >> (q == 0 ? 2 : 0);

			mt_steps = 0;
			t0 = now();
			if (variant == 2)
			{
				hs.n = 0;
				r = mt_scan_all_cb(m, buf, n, collect, NULL, &hs);
				total = hs.n;
				CHECK(r == 0 && total == (size_t) 100 * n - 4950);
			}
			else
			{
				mt_scan(m, buf, n, NULL, 0, &total);
				if (variant == 1)
					CHECK(total == 0);	/* no word boundary inside the run */
				else
					CHECK(total == (n + 99) / 100);
			}
			el = now() - t0;
			steps[q] = mt_steps;
		}
		printf("    %-26s %zu matches, %zu -> %zu slow-path steps for 4 times the text "
			   "(%.2f times); %.3f s (figure only)\n", what[variant], total, steps[0], steps[1],
			   (double) steps[1] / (double) (steps[0] > 0 ? steps[0] : 1), el);
		CHECK((double) steps[1] <= GROWTH_MAX * (double) (steps[0] > 0 ? steps[0] : 1));
		mt_free(m);
	}
	/* MT_WORD end condition met at the very end of the text */
	free(buf);
}

/* ~2,000 synthetic names over ~20 MB of English-like text; prints MB/s. */
static void
test_throughput(void)
{
	static const char *const words[] = {
		"the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as",
		"was", "with", "be", "by", "on", "not", "he", "this", "are", "or",
		"his", "from", "at", "which", "but", "have", "an", "had", "they",
		"you", "were", "their", "one", "all", "we", "can", "her", "has",
		"there", "been", "if", "more", "when", "will", "would", "who", "so",
		"no", "trafficking", "persons", "victims", "government", "report",
		"law", "enforcement", "efforts", "protection", "prevention", "labour",
		"forced", "children", "women", "migrant", "workers", "national",
		"authorities", "investigations", "prosecutions", "convictions",
		"shelter", "assistance", "border", "officials", "measures", "during",
		"reporting", "period", "Committee", "recommends", "State", "party",
		"ensure", "concerned", "information", "including", "access", "justice"
	};
	static const char *const syll[] = {
		"ka", "ri", "to", "ma", "ne", "lu", "so", "bi", "ga", "de", "mo", "zu",
		"ra", "li", "an", "or", "el", "ia", "stan", "land", "ville", "nia"
	};
	size_t		nw = sizeof(words) / sizeof(words[0]);
	size_t		len = 20u << 20;
	char	   *text = malloc(len + 64);
	mt_builder *b = mt_builder_new(&g_alloc);
	mt_matcher *m;
	size_t		tl = 0,
				total = 0;
	int			i,
				rep;
	double		best = 0;
	char		name[96];

	CHECK(text != NULL && b != NULL);
	if (!text || !b)
		return;
	rng_state = 12345;
	/* 2,000 patterns: pseudo country/organisation names and demonyms */
	for (i = 0; i < 2000; i++)
	{
		size_t		nl = 0;
		int			k,
					ns = 2 + rnd(3);

		for (k = 0; k < ns; k++)
		{
			const char *s = syll[rnd(sizeof(syll) / sizeof(syll[0]))];

			memcpy(name + nl, s, strlen(s));
			nl += strlen(s);
		}
		name[0] = (char) (name[0] - 32);
		if (i % 4 == 1)
			nl += (size_t) sprintf(name + nl, " Republic");
		else if (i % 4 == 2)
		{
			memmove(name + 13, name, nl);
			memcpy(name, "Republic of  ", 13);
			name[12] = ' ';
			nl += 13;
		}
		/* every tenth is case-sensitive, as acronyms would be */
		CHECK(mt_add(b, name, nl, i, (i % 10 == 0) ?
					 MT_CASE_SENSITIVE | MT_WORD : MT_WORD) == MT_OK);
	}
	m = mt_build(b);
	CHECK(m != NULL);
	if (!m)
	{
		free(text);
		return;
	}
	/* English-like text with a name every ~400 bytes */
	while (tl < len)
	{
		if (rnd(60) == 0)
		{
			int			k,
						ns = 2 + rnd(3);

			for (k = 0; k < ns; k++)
			{
				const char *s = syll[rnd(sizeof(syll) / sizeof(syll[0]))];

				memcpy(text + tl, s, strlen(s));
				tl += strlen(s);
			}
		}
		else
		{
			const char *w = words[rnd((unsigned) nw)];

			memcpy(text + tl, w, strlen(w));
			tl += strlen(w);
		}
		text[tl++] = rnd(12) == 0 ? (rnd(2) ? ',' : '.') : ' ';
		if (rnd(15) == 0)
			text[tl++] = ' ';
		if (rnd(80) == 0)
			text[tl++] = '\n';
	}
	for (rep = 0; rep < 3; rep++)
	{
		double		t0 = now(),
					el,
					mbs;

		mt_scan(m, text, tl, NULL, 0, &total);
		el = now() - t0;
		mbs = (tl / 1048576.0) / (el > 0 ? el : 1e-9);
		if (mbs > best)
			best = mbs;
	}
	printf("    %d patterns, %zu bytes, %.1f MB text, %zu matches, "
		   "%.1f MB/s (best of 3)%s\n",
		   2000, mt_memory_size(m), tl / 1048576.0, total, best,
		   SANITIZED ? " [sanitizer build]" : "");
	CHECK(total > 1000);
	mt_free(m);
	free(text);
}

/* -------------------------------------------------------------------- main */

typedef struct test_case_def
{
	const char *name;
	void		(*fn) (void);
} test_case_def;

/* Run every test, print a line for each and a summary. */
int
main(void)
{
	static const test_case_def tests[] = {
		{"leftmost_longest", test_leftmost_longest},
		{"word_boundaries", test_word_boundaries},
		{"case", test_case},
		{"whitespace", test_whitespace},
		{"apostrophes", test_apostrophes},
		{"utf8", test_utf8},
		{"edge_cases", test_edge_cases},
		{"scan_all", test_scan_all},
		{"scan_all_starts", test_scan_all_starts},
		{"stop_progress", test_stop_progress},
		{"random_reference", test_random_reference},
		{"alloc_failure_sweep", test_alloc_failure_sweep},
		{"arena_allocator", test_arena_allocator},
		{"adversarial_linear", test_adversarial_linear},
		{"throughput", test_throughput},
	};
	size_t		i;

	for (i = 0; i < sizeof(tests) / sizeof(tests[0]); i++)
	{
		long		live_before = g_ta.live;

		cur_failed = 0;
		tests[i].fn();
		if (g_ta.live != live_before)
		{
			printf("    FAILED: %ld blocks leaked\n", g_ta.live - live_before);
			cur_failed = 1;
		}
		printf("%s %s\n", cur_failed ? "FAIL" : "ok  ", tests[i].name);
		if (cur_failed)
			n_failed++;
		else
			n_passed++;
	}
	printf("%d passed, %d failed\n", n_passed, n_failed);
	return n_failed ? 1 : 0;
}
