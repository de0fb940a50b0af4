/*
 * entities.c
 *	  Annotation layer: countries, organizations, programmes and URLs from
 *	  the gazetteer (gazetteer.h).
 *
 * Each text is scanned once with the gazetteer's Aho-Corasick matcher,
 * which reports every (overlapping) occurrence of every name.  From those:
 *	- the outermost matches are taken leftmost-longest, so "Guinea" inside
 *	  "Papua New Guinea" or "Costa Rica" inside "DNI Costa Rica" is no
 *	  match, and a region ("Gulf of Guinea", "Indian Ocean") hides the
 *	  country words in it;
 *	- an organization named inside another one ("the Southern Common
 *	  Market" in the name of its institute) is a nested mention of its own;
 *	- "Full Name (ACRONYM)" is one mention; when the report introduces an
 *	  acronym the gazetteer does not know, later bare uses resolve to it;
 *	- names matched case-insensitively must start with a capital letter,
 *	  a demonym counts only as an adjective before a noun ("Ethiopian
 *	  officials", not "in Portuguese") or as a plural for nationals, and an
 *	  ambiguous demonym ("Congolese") takes the candidate the report names.
 * Organization values are the acronym when it is a standard one or the
 * report uses it, else the full name.  Two phases: collect candidates over
 * all texts (the report's own acronyms and country names are known after
 * it), then write the mentions.
 */
#include <stdlib.h>
#include <string.h>

#include "annotate_int.h"
#include "match/gazetteer.h"

/* one occurrence reported by the matcher */
typedef struct ent_hit
{
	uint32_t	s;
	uint32_t	e;
	int32_t		id;
} ent_hit;

/* a selected candidate, turned into a mention in phase two */
typedef struct ent_cand
{
	int			text;
	uint32_t	s;
	uint32_t	e;
	gz_kind		kind;
	int			row;			/* gazetteer row; for URLs unused */
} ent_cand;

/* an acronym the report defines for an organization row */
typedef struct ent_def
{
	const char *p;
	uint32_t	n;
	int			row;
} ent_def;

#define ENT_MAX_DEFS 64

typedef struct ent_state
{
	tip_doc    *doc;
	ent_hit    *hits;			/* of the current text */
	int			n_hits;
	size_t		scanned;		/* bytes of the current text charged to the hook */
	int			cap_hits;
	ent_cand   *cands;			/* of the whole doc, in text order */
	int			n_cands;
	int			cap_cands;
	unsigned char *acr_used;	/* per organization row */
	unsigned char *named;		/* per country row */
	ent_def		defs[ENT_MAX_DEFS];
	int			n_defs;
	int			failed;
} ent_state;

/* ---- small lexical helpers ---- */

static int
is_word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		(c >= '0' && c <= '9') || c >= 0x80;
}

static int
is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

/* Skip spaces and footnote marks (MARK_OPEN ... MARK_CLOSE) from i. */
static uint32_t
skip_blank(const char *t, uint32_t n, uint32_t i)
{
	while (i < n)
	{
		if (t[i] == ' ' || t[i] == '\n')
			i++;
		else if (t[i] == MARK_OPEN)
		{
			while (i < n && t[i] != MARK_CLOSE)
				i++;
			if (i < n)
				i++;
		}
		else
			break;
	}
	return i;
}

/* Length of "the " (any case) at t[s], else 0. */
static uint32_t
article_len(const char *t, uint32_t n, uint32_t s)
{
	if (s + 4 <= n && (t[s] == 't' || t[s] == 'T') && t[s + 1] == 'h' &&
		t[s + 2] == 'e' && (t[s + 3] == ' ' || t[s + 3] == '\n'))
		return 4;
	return 0;
}

/*
 * A name matched without regard to case must be written as a name: one
 * word starts with a capital ("Chad", not "chad" or "turkey"), a longer
 * name has a capitalised word ("the former Yugoslav Republic of Macedonia",
 * "Blue Heart campaign").
 */
static int
capitalised(const char *t, uint32_t s, uint32_t e)
{
	uint32_t	i;

	for (i = s; i < e; i++)
		if ((i == s || t[i - 1] == ' ' || t[i - 1] == '\n' || t[i - 1] == '-') &&
			(is_upper((unsigned char) t[i]) || (unsigned char) t[i] >= 0x80))
			return 1;
	return 0;
}

/* The word starting at t[i] (letters, digits, '-', '\''), its length. */
static uint32_t
word_len(const char *t, uint32_t n, uint32_t i)
{
	uint32_t	j = i;

	while (j < n && (is_word_byte((unsigned char) t[j]) || t[j] == '-' || t[j] == '\''))
		j++;
	return j - i;
}

static int
word_is(const char *w, uint32_t n, const char *s)
{
	return lex_equals(w, n, s);
}

/*
 * A demonym stands for the State or its people when it qualifies a noun:
 * "Ethiopian officials", "the Congolese authorities".  Followed by nothing,
 * a function word, "-speaking" or "language" it is a language or a loose
 * adjective ("in Portuguese", "Spanish and French").
 */
static int
demonym_as_adjective(const char *t, uint32_t n, uint32_t e)
{
	static const char *const no[] = {
		"and", "or", "only", "to", "of", "in", "into", "for", "is", "are", "was",
		"were", "by", "with", "as", "at", "on", "from", "the", "a", "an", "that",
		"language", "languages", "version", "versions", "translation",
		"translations", "text", "texts", "speaking", "original", "edition",
	};
	uint32_t	j,
				wl;
	size_t		k;

	if (e >= n || t[e] != ' ')
		return 0;
	j = e + 1;
	wl = word_len(t, n, j);
	if (wl == 0)
		return 0;
	for (k = 0; k < sizeof(no) / sizeof(no[0]); k++)
		if (word_is(t + j, wl, no[k]))
			return 0;
	return 1;
}

/* A capitalised word of lower-case letters after it ("Agency", "National"). */
static int
title_word(const char *t, uint32_t n, uint32_t i, uint32_t *len)
{
	uint32_t	wl = word_len(t, n, i);

	*len = wl;
	return wl >= 2 && is_upper((unsigned char) t[i]) &&
		t[i + 1] >= 'a' && t[i + 1] <= 'z';
}

/* Nouns after a country word that make it the State, not part of a name. */
static int
state_noun(const char *w, uint32_t n)
{
	static const char *const nouns[] = {
		"Government", "Governments", "State", "States", "Ministry", "Minister",
		"Ministers", "President", "Prime", "Parliament", "Embassy", "Mission",
		"Permanent", "Constitution", "Republic",
	};
	size_t		k;

	for (k = 0; k < sizeof(nouns) / sizeof(nouns[0]); k++)
		if (word_is(w, n, nouns[k]))
			return 1;
	return 0;
}

/*
 * Is the country word ending at e a word of a longer proper name, like
 * "Kenya Witness Protection Agency" or "German Agency for International
 * Cooperation"?  Capitalised words follow it (for a country name two, for a
 * demonym one) and the first is not a noun for the State.
 */
static int
in_proper_name(const char *t, uint32_t n, uint32_t e, int need)
{
	uint32_t	i = e,
				wl;
	int			k;

	for (k = 0; k < need; k++)
	{
		if (i >= n || t[i] != ' ' || !title_word(t, n, i + 1, &wl))
			return 0;
		if (k == 0 && state_noun(t + i + 1, wl))
			return 0;
		if (word_is(t + i + 1, wl, "And"))
			return 0;
		i += 1 + wl;
	}
	return 1;
}

/* ---- collecting the matcher's hits of one text ---- */

static int
collect_hit(void *arg, const mt_match *h)
{
	ent_state  *st = arg;
	ent_hit    *x;

	if (st->n_hits >= st->cap_hits)
	{
		int			ncap = st->cap_hits < 64 ? 64 : st->cap_hits * 2;
		ent_hit    *nh;

		if (ncap > (1 << 26))
			return 1;
		nh = arena_grow_array(&st->doc->arena, st->hits, (size_t) st->n_hits,
							  (size_t) ncap, sizeof(ent_hit));
		if (nh == NULL)
			return 1;
		st->hits = nh;
		st->cap_hits = ncap;
	}
	x = &st->hits[st->n_hits++];
	x->s = (uint32_t) h->start;
	x->e = (uint32_t) h->end;
	x->id = h->id;
	return 0;
}

static int
scan_progress(void *arg, size_t done, size_t len)
{
	ent_state  *st = arg;
	size_t		work = done - st->scanned;

	(void) len;
	st->scanned = done;
	return ann_tick(st->doc, work) ? 2 : 0;
}

/* Order: by start, longer first, then regions before countries before organizations. */
static int
hit_cmp(const void *pa, const void *pb)
{
	const ent_hit *a = pa;
	const ent_hit *b = pb;
	int			ka = (int) GZ_ID_KIND(a->id),
				kb = (int) GZ_ID_KIND(b->id);

	if (a->s != b->s)
		return a->s < b->s ? -1 : 1;
	if (a->e != b->e)
		return a->e > b->e ? -1 : 1;
	if (ka != kb)
	{
		/* same span: a region hides a country, a country beats a demonym */
		static const int rank[] = {
			[GZ_REGION] = 0, [GZ_COUNTRY] = 1, [GZ_ORG_ACRONYM] = 2, [GZ_ORG_NAME] = 3,
			[GZ_DEMONYM] = 4, [GZ_DEMONYM_PLURAL] = 5, [GZ_AMBIGUOUS] = 6, [GZ_URL] = 7
		};

		return rank[ka] - rank[kb];
	}
	return a->id < b->id ? -1 : (a->id > b->id);
}

static int
add_cand(ent_state *st, int text, uint32_t s, uint32_t e, gz_kind kind, int row)
{
	ent_cand   *c;

	if (st->n_cands >= st->cap_cands)
	{
		int			ncap = st->cap_cands < 64 ? 64 : st->cap_cands * 2;
		ent_cand   *nc;

		if (ncap > (1 << 26))
			return -1;
		nc = arena_grow_array(&st->doc->arena, st->cands, (size_t) st->n_cands,
							  (size_t) ncap, sizeof(ent_cand));
		if (nc == NULL)
			return -1;
		st->cands = nc;
		st->cap_cands = ncap;
	}
	c = &st->cands[st->n_cands++];
	c->text = text;
	c->s = s;
	c->e = e;
	c->kind = kind;
	c->row = row;
	return 0;
}

/* Is hit h acceptable where it stands, before any choice between hits? */
static int
hit_valid(const char *t, uint32_t n, const ent_hit *h)
{
	switch (GZ_ID_KIND(h->id))
	{
		case GZ_COUNTRY:
			return capitalised(t, h->s, h->e) && !in_proper_name(t, n, h->e, 2);
		case GZ_ORG_NAME:
		case GZ_REGION:
			return capitalised(t, h->s, h->e);
		case GZ_ORG_ACRONYM:
			/* "UN.GIFT" is not an acronym of its own inside "UN.GIFT.HUB" */
			if (h->e + 1 < n && t[h->e] == '.' && is_word_byte((unsigned char) t[h->e + 1]))
				return 0;
			if (h->s >= 2 && t[h->s - 1] == '.' && is_word_byte((unsigned char) t[h->s - 2]))
				return 0;
			return 1;
		case GZ_DEMONYM:
		case GZ_AMBIGUOUS:
			return demonym_as_adjective(t, n, h->e) && !in_proper_name(t, n, h->e, 1);
		case GZ_DEMONYM_PLURAL:
		case GZ_URL:
			return 1;
	}
	return 0;
}

/* End of the URL starting at s (after the "http://" or "www." at [s, e)). */
static uint32_t
url_end(const char *t, uint32_t n, uint32_t s, uint32_t e)
{
	uint32_t	j = e;
	int			depth = 0;
	int			dot = 0;

	while (j < n)
	{
		unsigned char c = (unsigned char) t[j];

		if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == ']' || c == MARK_OPEN)
			break;
		if (c == '(')
			depth++;
		else if (c == ')')
		{
			if (depth == 0)
				break;
			depth--;
		}
		if (c == '.' && j > e)
			dot = 1;
		j++;
	}
	while (j > e && strchr(".,;:!?'", t[j - 1]) != NULL)
		j--;
	if (!dot && t[s] != 'w')
		dot = 1;				/* http://localhost-like: keep */
	return j > e && dot ? j : s;
}

/*
 * After an organization name ending at e: "(ACRONYM)".  Returns the end of
 * the closing parenthesis when the hits or the text give one for the same
 * row (recording an acronym the report introduces), else 0.
 */
static uint32_t
definition_end(ent_state *st, const char *t, uint32_t n, uint32_t e, int row,
			   const ent_hit *hits, int nh, int from)
{
	uint32_t	i = skip_blank(t, n, e),
				j;
	int			k,
				upper = 0;

	if (i >= n || t[i] != '(')
		return 0;
	i++;
	for (k = from; k < nh && hits[k].s <= i; k++)
		if (hits[k].s == i &&
			(GZ_ID_KIND(hits[k].id) == GZ_ORG_ACRONYM || GZ_ID_KIND(hits[k].id) == GZ_ORG_NAME) &&
			hits[k].e < n && t[hits[k].e] == ')')
			return GZ_ID_ROW(hits[k].id) == row ? hits[k].e + 1 : 0;
	/* an acronym the gazetteer does not know: 2+ capitals, no spaces */
	for (j = i; j < n && j - i < 32 && (is_word_byte((unsigned char) t[j]) || t[j] == '.' || t[j] == '-'); j++)
		if (is_upper((unsigned char) t[j]))
			upper++;
	if (j >= n || t[j] != ')' || upper < 2 || j == i)
		return 0;
	for (k = 0; k < st->n_defs; k++)
		if (st->defs[k].n == j - i && memcmp(st->defs[k].p, t + i, j - i) == 0)
			break;
	if (k == st->n_defs && st->n_defs < ENT_MAX_DEFS)
	{
		st->defs[k].p = t + i;
		st->defs[k].n = j - i;
		st->defs[k].row = row;
		st->n_defs++;
	}
	return j + 1;
}

/* Word-bounded uses of the report's own acronyms in [0, n), outside [lo, hi) spans. */
static int
find_defined(ent_state *st, int text, const char *t, uint32_t n, int first_cand)
{
	uint32_t	i = 0;
	int			c = first_cand;

	while (i < n)
	{
		uint32_t	wl;
		int			k;

		if (!is_word_byte((unsigned char) t[i]))
		{
			i++;
			continue;
		}
		wl = 0;
		while (i + wl < n && (is_word_byte((unsigned char) t[i + wl]) || t[i + wl] == '.' || t[i + wl] == '-'))
			wl++;
		while (wl > 0 && (t[i + wl - 1] == '.' || t[i + wl - 1] == '-'))
			wl--;
		for (k = 0; k < st->n_defs; k++)
			if (st->defs[k].n == wl && memcmp(st->defs[k].p, t + i, wl) == 0)
			{
				/* skip when a candidate of this text already covers it */
				while (c < st->n_cands && st->cands[c].e <= i)
					c++;
				if (c < st->n_cands && st->cands[c].s <= i)
					break;
				if (add_cand(st, text, i, i + wl, GZ_ORG_ACRONYM, st->defs[k].row) != 0)
					return -1;
				st->acr_used[st->defs[k].row] = 1;
				break;
			}
		i += wl > 0 ? wl : 1;
	}
	return 0;
}

/* Nested organizations inside the organization hit top (index ti). */
static int
add_nested(ent_state *st, int text, const char *t, uint32_t n, int ti, uint32_t top_end)
{
	const ent_hit *top = &st->hits[ti];
	int			row = GZ_ID_ROW(top->id);
	uint32_t	last = top->s;
	int			k;

	for (k = ti + 1; k < st->n_hits && st->hits[k].s < top_end; k++)
	{
		const ent_hit *h = &st->hits[k];
		gz_kind		kind = GZ_ID_KIND(h->id);

		if (h->s < last || h->e > top->e || (h->s == top->s && h->e == top->e))
			continue;
		if (kind != GZ_ORG_ACRONYM && kind != GZ_ORG_NAME)
			continue;
		if (GZ_ID_ROW(h->id) == row || !hit_valid(t, n, h))
			continue;
		if (add_cand(st, text, h->s, h->e, kind, GZ_ID_ROW(h->id)) != 0)
			return -1;
		if (kind == GZ_ORG_ACRONYM)
			st->acr_used[GZ_ID_ROW(h->id)] = 1;
		last = h->e;
	}
	return 0;
}

/* Phase one for one text: scan, choose, record. */
static int
scan_text(ent_state *st, const mt_matcher *m, int text)
{
	const tip_text *tx = &st->doc->ann->texts[text];
	const char *t = tx->text.p;
	uint32_t	n = tx->text.n;
	uint32_t	last_end = 0;
	int			first_cand = st->n_cands;
	int			k,
				rc;

	st->n_hits = 0;
	st->scanned = 0;
	rc = mt_scan_all_cb(m, t, n, collect_hit, scan_progress, st);
	if (rc == 2)
		return -2;
	if (rc != 0)
		return -1;
	rc = doc_sort(st->doc, st->hits, (size_t) st->n_hits, sizeof(ent_hit), hit_cmp);
	if (rc != 0)
		return rc;

	for (k = 0; k < st->n_hits; k++)
	{
		const ent_hit *h = &st->hits[k];
		gz_kind		kind = GZ_ID_KIND(h->id);
		int			row = GZ_ID_ROW(h->id);
		uint32_t	e = h->e;

		if (h->s < last_end || !hit_valid(t, n, h))
			continue;
		if (kind == GZ_URL)
		{
			e = url_end(t, n, h->s, h->e);
			if (e == h->s)
				continue;
		}
		last_end = e;
		if (kind == GZ_REGION)
			continue;
		if (kind == GZ_ORG_NAME || kind == GZ_ORG_ACRONYM)
		{
			uint32_t	d = definition_end(st, t, n, e, row, st->hits, st->n_hits, k + 1);

			if (add_cand(st, text, h->s, d ? d : e, kind, row) != 0)
				return -1;
			if (kind == GZ_ORG_ACRONYM || d)
				st->acr_used[row] = 1;
			if (add_nested(st, text, t, n, k, e) != 0)
				return -1;
			if (d)
				last_end = d;
			continue;
		}
		if (kind == GZ_COUNTRY)
			st->named[row] = 1;
		if (add_cand(st, text, h->s, e, kind, row) != 0)
			return -1;
	}
	if (st->n_defs > 0 && find_defined(st, text, t, n, first_cand) != 0)
		return -1;
	return 0;
}

/* ---- phase two: mentions ---- */

/* The country an ambiguous demonym stands for here; -1 for none. */
static int
resolve_ambiguous(const ent_state *st, int row)
{
	const char *it;
	size_t		len;
	int			k,
				first = -1,
				count = 0;

	for (k = 0; k < 16 && gz_list_item(gz_ambiguous[row].candidates, k, &it, &len); k++)
	{
		int			c = gz_country_by_alpha3(it, len);

		if (c < 0)
			continue;
		count++;
		if (first < 0)
			first = c;
		if (st->named[c])
			return c;
	}
	/* one candidate means the word also has a regional sense: need the name */
	return count > 1 ? first : -1;
}

static int
emit(ent_state *st, const ent_cand *c)
{
	tip_doc    *doc = st->doc;
	const char *t = doc->ann->texts[c->text].text.p;
	uint32_t	s = c->s;
	tip_mention *m;
	tip_mention_kind mk;
	tip_str		value;
	int			row = c->row;

	switch (c->kind)
	{
		case GZ_COUNTRY:
		case GZ_DEMONYM:
		case GZ_DEMONYM_PLURAL:
		case GZ_AMBIGUOUS:
			if (c->kind == GZ_AMBIGUOUS && (row = resolve_ambiguous(st, row)) < 0)
				return 0;
			mk = MK_COUNTRY;
			value = tip_cstr(gz_countries[row].alpha3);
			if (t[s] == 't')	/* "the Sudan": the name is "Sudan" */
				s += article_len(t, c->e, s);
			break;
		case GZ_ORG_ACRONYM:
		case GZ_ORG_NAME:
			{
				const gz_organization *o = &gz_organizations[row];

				mk = strcmp(o->kind, "programme") == 0 ? MK_PROGRAMME : MK_ORGANIZATION;
				value = tip_cstr(o->standard[0] != '\0' || st->acr_used[row] ||
							 strchr(o->acronym, ' ') != NULL ? o->acronym : o->full_name);
				break;
			}
		case GZ_URL:
			mk = MK_URL;
			value = ann_strdup(doc, t + s, c->e - s);
			if (value.p == NULL)
				return -1;
			break;
		case GZ_REGION:
		default:
			return 0;
	}
	m = ann_add_mention(doc, mk, c->text, s, c->e);
	if (m == NULL)
		return -1;
	m->value = value;
	m->entity = c->kind == GZ_URL ? -1 : row;
	return 0;
}

tip_status
ent_find_mentions(tip_doc *doc)
{
	const mt_matcher *m = gz_get();
	ent_state	st;
	int			k;

	if (m == NULL)
		return TIP_ENOMEM;
	memset(&st, 0, sizeof(st));
	st.doc = doc;
	st.acr_used = arena_alloc(&doc->arena, (size_t) gz_organizations_count + 1);
	st.named = arena_alloc(&doc->arena, (size_t) gz_countries_count + 1);
	if (st.acr_used == NULL || st.named == NULL)
		return TIP_ENOMEM;
	memset(st.acr_used, 0, (size_t) gz_organizations_count + 1);
	memset(st.named, 0, (size_t) gz_countries_count + 1);

	for (k = 0; k < doc->ann->n_texts; k++)
	{
		int			rc = scan_text(&st, m, k);

		if (rc == -2)
			return TIP_ECANCEL;
		if (rc != 0)
			return TIP_ENOMEM;
	}
	for (k = 0; k < st.n_cands; k++)
	{
		if (ann_tick(doc, 64))
			return TIP_ECANCEL;
		if (emit(&st, &st.cands[k]) != 0)
			return TIP_ENOMEM;
	}
	return TIP_OK;
}
