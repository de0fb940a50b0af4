/*
 * gazetteer.c
 *	  The process-wide matcher over the compiled reference data.
 *
 * Every name a writer may use for a country, organization or region goes
 * into one Aho-Corasick automaton (matcher.c), so a text is scanned once
 * whatever the size of the gazetteer.  Pattern ids say what the pattern
 * names (gazetteer.h, GZ_ID).  The matcher is built with malloc the first
 * time it is needed and kept: in the backend it outlives every memory
 * context, which is what a per-process cache must do.
 */
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"

static mt_matcher *gz_matcher;

/* malloc allocator for the process-wide matcher */
static void *
gz_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return malloc(size > 0 ? size : 1);
}

static void
gz_release(void *ctx, void *ptr)
{
	(void) ctx;
	free(ptr);
}

int
gz_list_item(const char *list, int n, const char **item, size_t *len)
{
	const char *p = list;
	int			k = 0;

	if (list == NULL || *list == '\0')
		return 0;
	for (;;)
	{
		const char *e = strchr(p, '|');
		size_t		l = e ? (size_t) (e - p) : strlen(p);

		if (k == n)
		{
			*item = p;
			*len = l;
			return l > 0;
		}
		if (e == NULL)
			return 0;
		p = e + 1;
		k++;
	}
}

int
gz_country_by_alpha3(const char *a3, size_t n)
{
	int			i;

	if (n != 3)
		return -1;
	for (i = 0; i < gz_countries_count; i++)
		if (memcmp(gz_countries[i].alpha3, a3, 3) == 0)
			return i;
	return -1;
}

/* Is this name (ASCII case-insensitively) one of the regions? */
static int
is_region_name(const char *s, size_t n)
{
	int			i,
				k;

	for (i = 0; i < gz_regions_count; i++)
	{
		const char *r = gz_regions[i].name;

		if (strlen(r) != n)
			continue;
		for (k = 0; k < (int) n; k++)
		{
			unsigned char a = (unsigned char) s[k],
						b = (unsigned char) r[k];

			if (a >= 'A' && a <= 'Z')
				a += 32;
			if (b >= 'A' && b <= 'Z')
				b += 32;
			if (a != b)
				break;
		}
		if (k == (int) n)
			return 1;
	}
	return 0;
}

/*
 * Add every item of a "|" list; non-zero on failure.  With plural, a name
 * ending in a letter other than s, x, z or h is also added with an "s"
 * ("the Blue Heart campaigns in Lebanon and Mexico").
 */
static int
add_list_ex(mt_builder *b, const char *list, int32_t id, unsigned flags,
			int skip_regions, int plural)
{
	const char *it;
	size_t		n;
	int			k;

	for (k = 0; k < 64 && gz_list_item(list, k, &it, &n); k++)
	{
		char		buf[MT_MAX_PATTERN_LEN + 2];
		char		last = it[n - 1];

		if (skip_regions && is_region_name(it, n))
			continue;
		if (mt_add(b, it, n, id, flags) != MT_OK)
			return -1;
		if (!plural || n + 1 > MT_MAX_PATTERN_LEN || !((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z')) ||
			strchr("sxzhSXZH", last) != NULL)
			continue;
		memcpy(buf, it, n);
		buf[n] = 's';
		if (mt_add(b, buf, n + 1, id, flags) != MT_OK)
			return -1;
	}
	return 0;
}

static int
add_list(mt_builder *b, const char *list, int32_t id, unsigned flags, int skip_regions)
{
	return add_list_ex(b, list, id, flags, skip_regions, 0);
}

/*
 * A demonym + "s" names nationals ("Venezuelans", "Afghans"); demonyms in
 * -ese, -ish, -ch, -sh, -s, -x, -z have no such plural.
 */
static int
add_plural(mt_builder *b, const char *d, size_t n, int32_t id)
{
	char		buf[128];

	if (n < 3 || n + 2 > sizeof(buf))
		return 0;
	if ((n >= 3 && memcmp(d + n - 3, "ese", 3) == 0) ||
		(n >= 3 && memcmp(d + n - 3, "ish", 3) == 0) ||
		memcmp(d + n - 2, "ch", 2) == 0 || memcmp(d + n - 2, "sh", 2) == 0 ||
		d[n - 1] == 's' || d[n - 1] == 'x' || d[n - 1] == 'z')
		return 0;
	memcpy(buf, d, n);
	buf[n] = 's';
	return mt_add(b, buf, n + 1, id, MT_WORD | MT_CASE_SENSITIVE) == MT_OK ? 0 : -1;
}

/* Fill a builder with the whole gazetteer; non-zero on failure. */
static int
add_all(mt_builder *b)
{
	static const char *const url[] = {"http://", "https://", "www."};
	int			i,
				k;

	for (i = 0; i < gz_countries_count; i++)
	{
		const gz_country *c = &gz_countries[i];
		const char *it;
		size_t		n;

		if (add_list(b, c->un_name, GZ_ID(GZ_COUNTRY, i), MT_WORD, 1) != 0 ||
			add_list(b, c->common_name, GZ_ID(GZ_COUNTRY, i), MT_WORD, 1) != 0 ||
			add_list(b, c->aliases, GZ_ID(GZ_COUNTRY, i), MT_WORD, 1) != 0 ||
			add_list(b, c->demonyms, GZ_ID(GZ_DEMONYM, i), MT_WORD | MT_CASE_SENSITIVE, 0) != 0)
			return -1;
		for (k = 0; k < 64 && gz_list_item(c->demonyms, k, &it, &n); k++)
			if (add_plural(b, it, n, GZ_ID(GZ_DEMONYM_PLURAL, i)) != 0)
				return -1;
	}
	for (i = 0; i < gz_ambiguous_count; i++)
		if (add_list(b, gz_ambiguous[i].demonym, GZ_ID(GZ_AMBIGUOUS, i),
					 MT_WORD | MT_CASE_SENSITIVE, 0) != 0)
			return -1;
	for (i = 0; i < gz_organizations_count; i++)
	{
		const gz_organization *o = &gz_organizations[i];

		/* a short name in the acronym column ("Blue Heart Campaign") is a name */
		if (strchr(o->acronym, ' ') != NULL)
		{
			if (strcmp(o->acronym, o->full_name) != 0 &&
				add_list_ex(b, o->acronym, GZ_ID(GZ_ORG_NAME, i), MT_WORD, 0, 1) != 0)
				return -1;
		}
		else if (strcmp(o->acronym, o->full_name) != 0)
		{
			if (add_list(b, o->acronym, GZ_ID(GZ_ORG_ACRONYM, i), MT_WORD | MT_CASE_SENSITIVE, 0) != 0)
				return -1;
		}
		if (add_list_ex(b, o->full_name, GZ_ID(GZ_ORG_NAME, i), MT_WORD, 0, 1) != 0 ||
			add_list_ex(b, o->aliases, GZ_ID(GZ_ORG_NAME, i), MT_WORD, 0, 1) != 0)
			return -1;
	}
	for (i = 0; i < gz_regions_count; i++)
		if (add_list(b, gz_regions[i].name, GZ_ID(GZ_REGION, i), MT_WORD, 0) != 0)
			return -1;
	for (i = 0; i < (int) (sizeof(url) / sizeof(url[0])); i++)
		if (mt_add(b, url[i], strlen(url[i]), GZ_ID(GZ_URL, i), MT_WORD) != MT_OK)
			return -1;
	return 0;
}

const mt_matcher *
gz_get(void)
{
	tip_allocator a;
	mt_builder *b;

	if (gz_matcher != NULL)
		return gz_matcher;
	a.alloc = gz_alloc;
	a.release = gz_release;
	a.ctx = NULL;
	b = mt_builder_new(&a);
	if (b == NULL)
		return NULL;
	if (add_all(b) != 0)
	{
		mt_builder_free(b);
		return NULL;
	}
	/* mt_build consumes the builder, also when it fails */
	gz_matcher = mt_build(b);
	return gz_matcher;
}
