/*
 * test_source_path.c
 *	  tip_source_normalize(): the named cases, then every string of up to
 *	  7 characters over "a/.:" and random longer ones against a plain
 *	  reference (split on "/", drop "" and ".", ".." pops, join), which is
 *	  the rule as the documentation states it; the tick runs once per
 *	  TIP_SOURCE_TICK bytes and stops the work when it says so.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tip_source.h"

static int	failures = 0;

#define CHECK(cond, ...) do { \
	if (!(cond)) { failures++; printf("FAIL %s:%d: ", __FILE__, __LINE__); \
		printf(__VA_ARGS__); printf("\n"); } } while (0)

/* The reference: one string per part, as a reader would do it by hand. */
static size_t
reference(const char *src, size_t len, char *out)
{
	size_t		prefix = 0,
				i,
				olen = 0,
				nparts = 0;
	size_t		starts[64],
				lens[64];
	const char *path = src;
	size_t		plen = len;

	/* scheme://host */
	if (len > 0 && ((src[0] | 32) >= 'a' && (src[0] | 32) <= 'z'))
	{
		i = 1;
		while (i < len && (strchr("+.-", src[i]) || ((src[i] | 32) >= 'a' && (src[i] | 32) <= 'z') ||
						   (src[i] >= '0' && src[i] <= '9')))
			i++;
		if (i + 3 <= len && memcmp(src + i, "://", 3) == 0)
		{
			i += 3;
			while (i < len && src[i] != '/')
				i++;
			prefix = i;
		}
	}
	if (prefix > 0)
	{
		if (prefix == len)
			goto as_given;
		path = src + prefix;
		plen = len - prefix;
	}
	else if (memchr(src, '/', len) == NULL && !(len == 2 && memcmp(src, "..", 2) == 0))
		goto as_given;
	for (i = 0; i <= plen;)
	{
		size_t		e = i;

		while (e < plen && path[e] != '/')
			e++;
		if (e == i || (e - i == 1 && path[i] == '.'))
			;
		else if (e - i == 2 && path[i] == '.' && path[i + 1] == '.')
		{
			if (nparts > 0)
				nparts--;
		}
		else
		{
			starts[nparts] = i;
			lens[nparts++] = e - i;
		}
		i = e + 1;
	}
	memcpy(out, src, prefix);
	olen = prefix;
	if (plen > 0 && path[0] == '/')
		out[olen++] = '/';
	for (i = 0; i < nparts; i++)
	{
		if (i > 0)
			out[olen++] = '/';
		memcpy(out + olen, path + starts[i], lens[i]);
		olen += lens[i];
	}
	return olen;
as_given:
	memcpy(out, src, len);
	return len;
}

static void
expect(const char *src, const char *want)
{
	char		out[256];
	size_t		n = tip_source_normalize(src, strlen(src), out, NULL, NULL);

	CHECK(n == strlen(want) && memcmp(out, want, n) == 0,
		  "\"%s\" gave \"%.*s\", want \"%s\"", src, (int) n, out, want);
}

static void
compare(const char *src, size_t len)
{
	char		got[128],
				want[128];
	size_t		n = tip_source_normalize(src, len, got, NULL, NULL);
	size_t		m = reference(src, len, want);

	CHECK(n <= len, "\"%.*s\": result longer than the source", (int) len, src);
	CHECK(n == m && memcmp(got, want, n) == 0, "\"%.*s\" gave \"%.*s\", reference \"%.*s\"",
		  (int) len, src, (int) n, got, (int) m, want);
}

static int	ticks = 0;
static int	stop_at = 0;

static int
count_tick(void *arg)
{
	(void) arg;
	ticks++;
	return stop_at > 0 && ticks >= stop_at;
}

int
main(void)
{
	static const char alphabet[] = "a/.:";
	char		s[64];
	size_t		len,
				k;
	unsigned	seed = 12345;

	expect("/home/u/../shared/corpus/./x.txt", "/home/shared/corpus/x.txt");
	expect("../corpus//x.txt", "corpus/x.txt");
	expect("x.txt", "x.txt");
	expect("https://example.org/a/../docs/x.pdf", "https://example.org/docs/x.pdf");
	expect("https://example.org", "https://example.org");
	expect("https://example.org/", "https://example.org/");
	expect("..", "");
	expect(".", ".");
	expect("", "");
	expect("/", "/");
	expect("//a//b//", "/a/b");
	expect("a/b/../../..", "");
	expect("/a/../..", "/");
	expect("000 COP9 2018 markdown", "000 COP9 2018 markdown");
	expect("C:\\reports\\x.txt", "C:\\reports\\x.txt");
	expect("1http://x/a/./b", "1http:/x/a/b");

	/* every string of up to 7 characters over the alphabet */
	for (len = 0; len <= 7; len++)
	{
		size_t		total = 1;

		for (k = 0; k < len; k++)
			total *= 4;
		for (k = 0; k < total; k++)
		{
			size_t		v = k,
						j;

			for (j = 0; j < len; j++, v /= 4)
				s[j] = alphabet[v % 4];
			compare(s, len);
		}
	}
	/* random longer ones, with URLs */
	for (k = 0; k < 200000; k++)
	{
		static const char *pieces[] = {"a", "/", ".", "..", "//", "http://h", "x:", "b.c"};

		len = 0;
		while (len < 40)
		{
			const char *p;

			seed = seed * 1103515245 + 12345;
			p = pieces[(seed >> 16) % 8];
			if (len + strlen(p) > 40 || (seed >> 8) % 9 == 0)
				break;
			memcpy(s + len, p, strlen(p));
			len += strlen(p);
		}
		compare(s, len);
	}

	/* the tick: once per TIP_SOURCE_TICK bytes, and it can stop the work */
	{
		size_t		big = 10 * TIP_SOURCE_TICK + 7;
		char	   *src = malloc(big);
		char	   *out = malloc(big);
		size_t		n;

		for (k = 0; k < big; k++)
			src[k] = (k % 10 == 9) ? '/' : 'a' + k % 7;
		n = tip_source_normalize(src, big, out, count_tick, NULL);
		CHECK(n == big, "10 MB path of plain parts kept whole (%zu of %zu)", n, big);
		CHECK(ticks == 10, "ticks over 10 MB: %d, want 10", ticks);
		ticks = 0;
		stop_at = 3;
		n = tip_source_normalize(src, big, out, count_tick, NULL);
		CHECK(n == (size_t) -1 && ticks == 3, "stopped at the third tick (%d ticks)", ticks);
		free(src);
		free(out);
	}

	if (failures)
		printf("test_source_path: %d failures\n", failures);
	else
		printf("test_source_path: all passed\n");
	return failures ? 1 : 0;
}
