/*
 * meta.c
 *	  Stage 3b: document metadata from the masthead.
 *
 * The masthead lines are cut into items (a -layout line holds one item per
 * column; left columns are read first so wrapped names stay together), and
 * each item into fields: a converter that flattens the masthead puts several
 * on one line ("General Assembly Distr.: General 1 July 2016").  A field is
 * recognised by the fixed words of UN mastheads, kept as data in
 * masthead_data.h: organs, "Distr.:", "Original:", "<Ordinal> session",
 * "Item <N> (<letter>) of the provisional agenda", "<City>, <dates>", the
 * kinds of document, and the words of the page around a masthead that state
 * nothing.  The first run of other text after the agenda item is the agenda
 * title; the next run before the kind of document is the title.  Nothing is
 * guessed: a field the text does not state stays NULL.  Without a masthead,
 * the running header gives the symbol and paragraph 1 the session (the body
 * and "at its <ordinal> session" in the sentence that says whom the report
 * informs).
 */
#include <string.h>

#include "internal.h"
#include "masthead_data.h"

#define MAX_ITEMS 256
#define MAX_SYMBOLS 8
#define MAX_ORGANS 8

typedef enum item_kind
{
	IT_TEXT = 0,
	IT_SYMBOL,
	IT_DISTR,
	IT_DATE,
	IT_ORIGINAL,
	IT_LANGUAGE,
	IT_BODY,
	IT_SESSION,
	IT_VENUE,
	IT_AGENDA,
	IT_TYPE,					/* a closed kind of document */
	IT_AUTHOR,					/* an open kind: the author line */
	IT_TYPE_TITLE,				/* a title that starts with its kind */
	IT_SUMMARY,
	IT_IGNORE
} item_kind;

typedef struct mitem
{
	const char *t;
	uint32_t	n;
	int			block;
	int			col;
	item_kind	kind;
	int			used;
	int			aux;			/* organ, kind, language or session number */
} mitem;

typedef struct meta_state
{
	tip_doc    *doc;
	tip_store  *st;
	mitem		items[MAX_ITEMS];
	int			n;
	int			organs[MAX_ORGANS];	/* organs the masthead states */
	int			n_organs;
} meta_state;

/* Copy s[0..n) trimmed of spaces and footnote marks into the store. */
static tip_str
copy_clean(tip_store *st, const char *s, size_t n)
{
	char		buf[4096];
	size_t		k,
				o = 0;

	for (k = 0; k < n && o < sizeof(buf) - 1; k++)
	{
		char		c = s[k];

		if (c == MARK_OPEN)
		{
			while (k < n && s[k] != MARK_CLOSE)
				k++;
			continue;
		}
		if (c == '*' && k > 0 && s[k - 1] != ' ')
			continue;
		if (c == COLUMN_GAP || c == '\n')
			c = ' ';
		if (c == ' ' && (o == 0 || buf[o - 1] == ' '))
			continue;
		buf[o++] = c;
	}
	/* never end inside a UTF-8 sequence when the buffer filled up */
	if (o == sizeof(buf) - 1)
	{
		size_t		e = o;

		while (e > 0 && ((unsigned char) buf[e - 1] & 0xC0) == 0x80)
			e--;
		if (e > 0 && (unsigned char) buf[e - 1] >= 0xC0)
			e--;
		o = e;
	}
	while (o > 0 && buf[o - 1] == ' ')
		o--;
	if (o == 0)
	{
		tip_str		none = {NULL, 0};

		return none;
	}
	return store_copy(st, buf, o);
}


/* Does a word end at t[k]? */
static int
word_end(const char *t, size_t n, size_t k)
{
	return k >= n || !(lex_is_alpha((unsigned char) t[k]) || lex_is_digit((unsigned char) t[k]));
}

static size_t
skip_blank(const char *t, size_t n, size_t k)
{
	while (k < n && (t[k] == ' ' || t[k] == COLUMN_GAP))
		k++;
	return k;
}

/* Length of the first phrase of list that starts t (case aside, whole words); *idx its index. */
static size_t
phrase_at(const char *t, size_t n, const char *const *list, int *idx)
{
	int			k;

	for (k = 0; list[k] != NULL; k++)
	{
		size_t		l = strlen(list[k]);

		if (l <= n && lex_starts_with_ci(t, n, list[k]) && (word_end(t, n, l) || !lex_is_alpha((unsigned char) list[k][l - 1])))
		{
			*idx = k;
			return l;
		}
	}
	return 0;
}

/* Are the bytes t[0..l) as written in name, or the name in capitals? */
static int
same_or_capitals(const char *t, const char *name, size_t l)
{
	size_t		k;

	if (memcmp(t, name, l) == 0)
		return 1;
	for (k = 0; k < l; k++)
		if (lex_is_lower((unsigned char) t[k]))
			return 0;
	return 1;
}

/*
 * The organ whose name starts t: its index, *len its length; with partial,
 * a t that holds only the beginning of a name (wrapped over lines) gives
 * -2.  -1 when none.
 */
static int
organ_at(const char *t, size_t n, size_t *len, int partial)
{
	int			k,
				best = -1;
	size_t		bl = 0;

	for (k = 0; organ_table[k].name != NULL; k++)
	{
		const char *name = organ_table[k].name;
		size_t		l = strlen(name);

		if (l <= n && l > bl && (t[0] | 0x20) == (name[0] | 0x20) &&
			lex_starts_with_ci(t, n, name) && word_end(t, n, l) && same_or_capitals(t, name, l))
		{
			best = k;
			bl = l;
		}
	}
	if (best >= 0)
	{
		*len = bl;
		return best;
	}
	if (partial && n >= 12)
		for (k = 0; organ_table[k].name != NULL; k++)
		{
			const char *name = organ_table[k].name;

			if (strlen(name) > n && same_or_capitals(t, name, n))
			{
				size_t		m;

				for (m = 0; m < n && ((t[m] | 0x20) == (name[m] | 0x20)); m++)
					;
				if (m == n && name[n] == ' ')
				{
					*len = n;
					return -2;
				}
			}
		}
	return -1;
}

/* Index of the organ named exactly s, else -1. */
static int
organ_named(const char *s, size_t n)
{
	int			k;

	for (k = 0; organ_table[k].name != NULL; k++)
		if (lex_equals_ci(s, n, organ_table[k].name))
			return k;
	return -1;
}

/* Is t[0..n) the beginning of an organ's name (wrapped)? */
static int
organ_prefix(const char *t, size_t n)
{
	int			k;

	for (k = 0; organ_table[k].name != NULL; k++)
	{
		const char *name = organ_table[k].name;
		size_t		m;

		if (strlen(name) < n)
			continue;
		for (m = 0; m < n && ((t[m] | 0x20) == (name[m] | 0x20)); m++)
			;
		if (m == n)
			return 1;
	}
	return 0;
}

/* Depth of an organ below the principal organs (0 for one with none above). */
static int
organ_depth(int k)
{
	int			d = 0;

	while (k >= 0 && organ_table[k].parent != NULL && d < 8)
	{
		k = organ_named(organ_table[k].parent, strlen(organ_table[k].parent));
		d++;
	}
	return d;
}

/* Length of a footnote mark at t ("*", or the superscript sentinels), else 0. */
static size_t
mark_at(const char *t, size_t n)
{
	size_t		k = 0;

	while (k < n && t[k] == ' ')
		k++;
	if (k < n && t[k] == '*')
	{
		while (k < n && t[k] == '*')
			k++;
		return k;
	}
	if (k < n && t[k] == MARK_OPEN)
	{
		while (k < n && t[k] != MARK_CLOSE)
			k++;
		return k < n ? k + 1 : 0;
	}
	return 0;
}

/* "105", "27 (a)", "3 and 4", "12, 14 and 15": length of an agenda item label. */
static size_t
agenda_label_len(const char *t, size_t n)
{
	size_t		k = 0,
				end = 0;

	for (;;)
	{
		size_t		d = k;

		while (d < n && lex_is_digit((unsigned char) t[d]))
			d++;
		if (d == k || d - k > 3)
			break;
		end = k = d;
		if (k + 3 < n && t[k] == ' ' && t[k + 1] == '(' && lex_is_lower((unsigned char) t[k + 2]) && t[k + 3] == ')')
			end = k = k + 4;
		else if (k + 2 < n && t[k] == '(' && lex_is_lower((unsigned char) t[k + 1]) && t[k + 2] == ')')
			end = k = k + 3;
		if (lex_starts_with(t + k, n - k, " and ") && k + 5 < n && lex_is_digit((unsigned char) t[k + 5]))
			k += 5;
		else if (lex_starts_with(t + k, n - k, ", ") && k + 2 < n && lex_is_digit((unsigned char) t[k + 2]))
			k += 2;
		else
			break;
	}
	return end;
}

/* A day of the month alone at the end: "Distr.: General 19" (the month on the next line). */
static int
dangling_day(const char *t, size_t n)
{
	size_t		k = 0;
	int			v = 0;

	while (k < n && k < 2 && lex_is_digit((unsigned char) t[k]))
		v = v * 10 + (t[k++] - '0');
	return (k > 0 && k == n && v >= 1 && v <= 31) ? v : 0;
}

/* "<City>, <dates>": the length, else 0. */
static size_t
venue_at(const char *t, size_t n)
{
	size_t		k = 0,
				words = 0;
	tip_date	a,
				b;

	if (n == 0 || !lex_is_upper((unsigned char) t[0]))
		return 0;
	while (k < n && k <= 40 && t[k] != ',')
	{
		if (lex_is_upper((unsigned char) t[k]) && (k == 0 || t[k - 1] == ' '))
			words++;
		else if (t[k] == ' ' && (k + 1 >= n || !lex_is_upper((unsigned char) t[k + 1])))
			return 0;
		else if (!(lex_is_alpha((unsigned char) t[k]) || t[k] == ' ' || t[k] == '-' || (unsigned char) t[k] >= 0x80))
			return 0;
		k++;
	}
	if (k >= n || t[k] != ',' || words == 0 || words > 3)
		return 0;
	k = skip_blank(t, n, k + 1);
	{
		size_t		l = lex_date(t + k, n - k, &a, &b);

		return l > 0 && word_end(t, n, k + l) ? k + l : 0;
	}
}

/* "<Words>, <year>" alone, maybe after a bullet: the imprint of a cover. */
static int
is_imprint(const char *t, size_t n)
{
	size_t		k = 0;

	if (n >= 4 && (unsigned char) t[0] == 0xE2)
		k = skip_blank(t, n, 3);
	if (k >= n || !lex_is_upper((unsigned char) t[k]))
		return 0;
	while (k < n && (lex_is_alpha((unsigned char) t[k]) || t[k] == ' '))
		k++;
	if (k + 6 != n || t[k] != ',' || t[k + 1] != ' ')
		return 0;
	for (k += 2; k < n; k++)
		if (!lex_is_digit((unsigned char) t[k]))
			return 0;
	return 1;
}

/*
 * The field that starts t[0..n): its kind, *len its length, *aux its
 * organ, kind of document, language or session number.  IT_TEXT (with
 * the whole length) when none does.
 */
static item_kind
field_at(const char *t, size_t n, size_t *len, int *aux)
{
	tip_date	a,
				b;
	size_t		k,
				q,
				l;
	int			idx,
				v;

	*aux = -1;
	*len = n;
	if (n == 0)
		return IT_IGNORE;
	if ((k = lex_symbol(t, n)) > 0)
	{
		*len = k;
		return IT_SYMBOL;
	}
	if (lex_starts_with_ci(t, n, "Distr."))
	{
		k = 6;
		if (k < n && t[k] == ':')
			k++;
		q = skip_blank(t, n, k);
		if ((l = phrase_at(t + q, n - q, distribution_words, &idx)) > 0)
			k = q + l;
		q = skip_blank(t, n, k);
		if ((l = lex_date(t + q, n - q, &a, &b)) > 0)
			k = q + l;
		else if ((v = dangling_day(t + q, n - q)) > 0)
		{
			*aux = v;
			k = n;
		}
		*len = k;
		return IT_DISTR;
	}
	if (lex_starts_with_ci(t, n, "Original:"))
	{
		k = skip_blank(t, n, 9);
		if ((l = phrase_at(t + k, n - k, language_words, &idx)) > 0)
		{
			*aux = idx;
			k += l;
			/* "English/French", "Arabic, English and French" */
			for (;;)
			{
				q = k;
				if (q < n && (t[q] == '/' || t[q] == ','))
					q++;
				else if (lex_starts_with(t + q, n - q, " and "))
					q += 4;
				else
					break;
				q = skip_blank(t, n, q);
				if ((l = phrase_at(t + q, n - q, language_words, &idx)) == 0)
					break;
				k = q + l;
			}
		}
		*len = k;
		return IT_ORIGINAL;
	}
	if ((l = phrase_at(t, n, language_words, &idx)) > 0 && l == n)
	{
		*aux = idx;
		return IT_LANGUAGE;
	}
	if ((l = lex_date(t, n, &a, &b)) > 0 && word_end(t, n, l))
	{
		*len = l;
		return IT_DATE;
	}
	if ((l = venue_at(t, n)) > 0)
	{
		*len = l;
		return IT_VENUE;
	}
	if ((l = phrase_at(t, n, agenda_heads, &idx)) > 0 && l < n && t[l] == ' ' &&
		(k = agenda_label_len(t + l + 1, n - l - 1)) > 0)
	{
		k += l + 1;
		if (lex_starts_with_ci(agenda_heads[idx], strlen(agenda_heads[idx]), "Agenda"))
		{
			*len = k + mark_at(t + k, n - k);
			return IT_AGENDA;
		}
		q = skip_blank(t, n, k);
		if ((l = phrase_at(t + q, n - q, agenda_phrases, &idx)) > 0)
		{
			k = q + l;
			*len = k + mark_at(t + k, n - k);
			return IT_AGENDA;
		}
	}
	if ((lex_is_upper((unsigned char) t[0]) || lex_is_digit((unsigned char) t[0])) &&
		(v = lex_ordinal(t, n, &k)) > 0 && k < n && t[k] == ' ' &&
		(l = phrase_at(t + k + 1, n - k - 1, session_words, &idx)) > 0)
	{
		*aux = v;
		*len = k + 1 + l;
		return IT_SESSION;
	}
	if (lex_starts_with_ci(t, n, "Summary") && word_end(t, n, 7))
	{
		*len = 7;
		return IT_SUMMARY;
	}
	for (idx = 0; doc_type_table[idx].text != NULL; idx++)
	{
		const doc_type_def *d = &doc_type_table[idx];

		l = strlen(d->text);
		if (l > n || !lex_starts_with_ci(t, n, d->text) || !word_end(t, n, l) ||
			!same_or_capitals(t, d->text, 1))
			continue;
		*aux = idx;
		if (d->open)
			return t[n - 1] == '.' ? IT_TEXT : IT_AUTHOR;
		q = skip_blank(t, n, l);
		if (q + mark_at(t + q, n - q) >= n)
			return IT_TYPE;
		if (lex_starts_with(t + q, n - q, "on ") && t[n - 1] != '.')
			return IT_TYPE_TITLE;
		if (lex_starts_with_ci(t + q, n - q, "Summary"))
		{
			*len = l;
			return IT_TYPE;
		}
		*aux = -1;
		break;
	}
	for (idx = 0; noise_table[idx].text != NULL; idx++)
	{
		l = strlen(noise_table[idx].text);
		if (l <= n && lex_starts_with_ci(t, n, noise_table[idx].text) &&
			(word_end(t, n, l) || !lex_is_alpha((unsigned char) t[l - 1])))
		{
			*len = noise_table[idx].rest ? n : l;
			return IT_IGNORE;
		}
	}
	if ((l = phrase_at(t, n, distribution_words, &idx)) == n || is_imprint(t, n))
		return IT_IGNORE;
	for (k = 0; k < n && !lex_is_alpha((unsigned char) t[k]); k++)
		;
	if (k == n)
		return IT_IGNORE;
	if ((v = organ_at(t, n, &l, 1)) != -1)
	{
		*aux = v;
		*len = l;
		return IT_BODY;
	}
	return IT_TEXT;
}

/* A table of contents line: dot leaders ("Introduction ..... 1-3  3"). */
static int
is_contents_line(const char *t, size_t n)
{
	return lex_find(t, n, ".....") != NULL || lex_find(t, n, ". . . .") != NULL;
}

/* Append an item; the fields of one column of one line are cut apart. */
static void
add_items(meta_state *ms, const char *t, size_t n, int block, int col, int *in_summary, int *own_block)
{
	size_t		p = 0;
	int			first = ms->n;

	while (p < n && ms->n < MAX_ITEMS)
	{
		size_t		len;
		int			aux;
		item_kind	kind;
		mitem	   *it;

		p = skip_blank(t, n, p);
		if (p >= n)
			break;
		kind = field_at(t + p, n - p, &len, &aux);
		if (*in_summary && kind != IT_IGNORE)
			kind = IT_TEXT, len = n - p;
		if ((kind == IT_BODY || (kind == IT_IGNORE && len < n - p)) && p + len < n)
		{
			/* an organ is followed by another field, else it begins a sentence */
			size_t		q = skip_blank(t, n, p + len),
						l2;
			int			a2,
						h;
			item_kind	k2 = field_at(t + q, n - q, &l2, &a2);

			if (k2 == IT_TEXT && phrase_at(t + q, n - q, session_report_heads, &h) == 0)
				kind = IT_TEXT, len = n - p;
		}
		if (kind == IT_SYMBOL && p + len < n)
		{
			/* a page title: "A/HRC/29/38 - Office of the High Commissioner ..." */
			size_t		q = skip_blank(t, n, p + len);

			if (q < n && (t[q] == '-' || (unsigned char) t[q] == 0xE2))
			{
				it = &ms->items[ms->n++];
				it->t = t + p, it->n = (uint32_t) len, it->kind = IT_SYMBOL;
				it->block = block, it->col = col, it->used = 0, it->aux = -1;
				break;
			}
		}
		it = &ms->items[ms->n++];
		it->t = t + p;
		it->n = (uint32_t) len;
		it->kind = kind;
		it->aux = aux;
		it->block = block;
		it->col = col;
		it->used = 0;
		if (kind == IT_SUMMARY)
			*in_summary = 1;
		p += len;
	}
	*own_block = ms->n - first > 1;
}

/*
 * Are lines a and b centred on the same middle (the title of a typescript,
 * one line under another)?  Either may be NULL.
 */
static int
centred_pair(const tip_line *a, const tip_line *b)
{
	int			d;

	if (a == NULL || b == NULL || a->indent < 8 || b->indent < 8 || a->n == 0 || b->n == 0)
		return 0;
	d = (2 * (int) a->indent + (int) a->n) - (2 * (int) b->indent + (int) b->n);
	return d >= -4 && d <= 4;
}

/* The line next to line i that is not blank, in direction dir, if the one right there. */
static const tip_line *
neighbour(const tip_doc *doc, int i, int dir)
{
	int			j = i + dir;

	if (j < 0 || j >= doc->n_lines || doc->lines[j].role != ROLE_MASTHEAD)
		return NULL;
	return &doc->lines[j];
}

/*
 * Cut masthead lines into items; left columns first; non-zero when the
 * progress hook asked to stop.  A blank line, a line
 * cut at glued markup, a Markdown heading or a jump in indentation starts a
 * new block: the PDF set those apart.  A line a converter flattened (several
 * fields) is a block of its own.
 */
static int
collect_items(meta_state *ms)
{
	tip_doc    *doc = ms->doc;
	int			i,
				block,
				col;

	for (col = 0; col < 3; col++)
	{
		int			prev_indent = -1,
					in_summary = 0;

		block = 0;
		for (i = 0; i < doc->n_lines && ms->n < MAX_ITEMS; i++)
		{
			const tip_line *l = &doc->lines[i];
			uint32_t	k = 0;
			int			c = 0,
						own = 0,
						is_centred;

			if (doc_tick(doc, l->n))
				return -1;
			if (l->role != ROLE_MASTHEAD)
			{
				if (l->role == ROLE_BLANK)
					block++, prev_indent = -1;
				if (l->role == ROLE_HEADING || l->role == ROLE_PARAGRAPH)
					break;
				continue;
			}
			if (is_contents_line(l->t, l->n))
			{
				block++;
				continue;
			}
			is_centred = centred_pair(l, neighbour(doc, i, -1)) || centred_pair(l, neighbour(doc, i, 1));
			/* a line set far right holds only the right-hand column */
			if (l->indent >= 30 && !is_centred)
				c = 1;
			else
			{
				if ((l->flags & LF_SPLIT) || l->md_level > 0 ||
					(prev_indent >= 0 && !centred_pair(l, neighbour(doc, i, -1)) &&
					 (l->indent > prev_indent + 3 || l->indent + 3 < prev_indent)))
					block++;
				prev_indent = l->indent;
			}
			while (k < l->n && ms->n < MAX_ITEMS)
			{
				uint32_t	e = k;

				while (e < l->n && l->t[e] != COLUMN_GAP)
					e++;
				if (c == col || (col == 2 && c > 2))
				{
					int			first = ms->n,
								m;

					add_items(ms, l->t + k, e - k, block * 4 + col, c, &in_summary, &own);
					if (own)
					{
						for (m = first; m < ms->n; m++)
							ms->items[m].block = (block + 1) * 4 + col;
						block += 2;
					}
				}
				c++;
				k = e + 1;
			}
			if (l->md_level > 0)
				block++;
		}
	}
	return 0;
}

/* Join items [i, j) with spaces into the store. */
static tip_str
join_items(meta_state *ms, int i, int j)
{
	char		buf[4096];
	size_t		o = 0;
	int			k;

	for (k = i; k < j; k++)
	{
		const mitem *it = &ms->items[k];

		if (o > 0 && o < sizeof(buf) - 1)
		{
			if (o >= 2 && buf[o - 1] == '-' && lex_is_alpha((unsigned char) buf[o - 2]) &&
				it->n > 0 && lex_is_lower((unsigned char) it->t[0]))
			{
				/* a hyphen at the line end: mend or keep (words.c) */
				size_t		ls = o - 1,
							re = 0;
				int			keep;

				while (ls > 0 && (lex_is_alpha((unsigned char) buf[ls - 1]) || (unsigned char) buf[ls - 1] >= 0x80 ||
								  (buf[ls - 1] == '-' && ls >= 2 && lex_is_alpha((unsigned char) buf[ls - 2]))))
					ls--;
				while (re < it->n && (lex_is_alpha((unsigned char) it->t[re]) || (unsigned char) it->t[re] >= 0x80))
					re++;
				keep = words_keep_hyphen(ms->doc, buf + ls, o - 1 - ls, it->t, re);
				if (keep == 0)
					o--;
			}
			else
				buf[o++] = ' ';
		}
		if (o + it->n < sizeof(buf) - 1)
		{
			memcpy(buf + o, it->t, it->n);
			o += it->n;
		}
	}
	return copy_clean(ms->st, buf, o);
}

/* The symbol of the first symbol-looking text in s (e.g. a footnote body). */
static tip_str
first_symbol(tip_store *st, const char *s, size_t n)
{
	size_t		k;
	tip_str		none = {NULL, 0};

	for (k = 0; k < n; k++)
	{
		if (lex_is_upper((unsigned char) s[k]) && (k == 0 || !lex_is_alpha((unsigned char) s[k - 1])))
		{
			size_t		l = lex_symbol(s + k, n - k);

			if (l > 0)
				return store_copy(st, s + k, l);
		}
	}
	return none;
}

/* Capitalised copy of an ordinal phrase: "sixth session" -> "Sixth session". */
static tip_str
capitalised(tip_store *st, const char *t, size_t n)
{
	tip_str		r = store_copy(st, t, n);

	if (r.p != NULL && n > 0 && lex_is_lower((unsigned char) r.p[0]))
		((char *) r.p)[0] = (char) (r.p[0] - 'a' + 'A');
	return r;
}

/* No masthead: find "at its <ordinal> session" and the body in paragraph 1. */
static void
session_from_paragraph(meta_state *ms)
{
	tip_doc    *doc = ms->doc;
	const tip_paragraph *p;
	const char *at;
	size_t		used;
	int			v,
				k;

	if (doc->n_paragraphs == 0 || doc->paragraphs[0].number != 1)
		return;
	p = &doc->paragraphs[0];
	at = lex_find(p->body.p, p->body.n, "at its ");
	if (at == NULL)
		return;
	/*
	 * The session the report is for: the sentence says whom the report
	 * informs ("The present report seeks to inform the Conference ..., at
	 * its ninth session"); a session the paragraph only mentions ("The
	 * Conference, at its tenth session, requested the Working Group") is not
	 * the report's.
	 */
	{
		const char *b = at;

		while (b > p->body.p && !(b[-1] == ' ' && b - 2 >= p->body.p && b[-2] == '.'))
			b--;
		if (lex_find(b, (size_t) (at - b), "report") == NULL && lex_find(b, (size_t) (at - b), "note") == NULL &&
			lex_find(b, (size_t) (at - b), "inform") == NULL)
			return;
	}
	at += 7;
	v = lex_ordinal(at, (size_t) (p->body.p + p->body.n - at), &used);
	if (v <= 0 || !lex_starts_with(at + used, (size_t) (p->body.p + p->body.n - at - used), " session"))
		return;
	doc->meta.session_number = v;
	doc->meta.session_title = capitalised(ms->st, at, used + 8);
	if (doc->meta.body.p == NULL)
	{
		for (k = 0; organ_table[k].name != NULL; k++)
		{
			const char *b = lex_find(p->body.p, (size_t) (at - p->body.p), organ_table[k].name);

			if (b != NULL && !organ_table[k].principal)
			{
				doc->meta.body = tip_cstr(organ_table[k].name);
				break;
			}
		}
	}
	doc_warn(doc, "no masthead session; session taken from paragraph 1");
}


/* Agenda item label: "Item <N> (<letter>) of the provisional agenda" -> "<N> (<letter>)". */
static tip_str
agenda_label(tip_store *st, const char *t, size_t n)
{
	int			idx;
	size_t		p = phrase_at(t, n, agenda_heads, &idx);

	p = skip_blank(t, n, p);
	return copy_clean(st, t + p, agenda_label_len(t + p, n - p));
}

/* Record an organ the text states. */
static void
state_organ(meta_state *ms, int k)
{
	int			j;

	if (k < 0)
		return;
	for (j = 0; j < ms->n_organs; j++)
		if (ms->organs[j] == k)
			return;
	if (ms->n_organs < MAX_ORGANS)
		ms->organs[ms->n_organs++] = k;
}

/* Index of the next item after i that states something, or ms->n. */
static int
next_item(const meta_state *ms, int i)
{
	for (i++; i < ms->n && ms->items[i].kind == IT_IGNORE; i++)
		;
	return i;
}

/* Index of the item before i that states something, or -1. */
static int
prev_item(const meta_state *ms, int i)
{
	for (i--; i >= 0 && ms->items[i].kind == IT_IGNORE; i--)
		;
	return i;
}

/* End of the run of text items from i: same block, not ended on purpose. */
static int
text_run_end(meta_state *ms, int i)
{
	int			j = i + 1;

	while (j < ms->n && ms->items[j].kind == IT_TEXT && ms->items[j].block == ms->items[i].block)
	{
		/*
		 * A run also ends at a line that ended where the next word would
		 * have fitted; the measure is the widest of the nearby lines.
		 */
		size_t		width = 0;
		int			k;

		for (k = (j - 3 > i ? j - 3 : i); k <= j; k++)
			if (ms->items[k].n > width)
				width = ms->items[k].n;
		if (lex_ended_on_purpose(ms->items[j - 1].t, ms->items[j - 1].n, 0,
								 ms->items[j].t, ms->items[j].n, width))
			break;
		j++;
	}
	return j;
}

/* End of an author line from i: the text of its block that goes on in lower case. */
static int
author_end(meta_state *ms, int i)
{
	int			j = i + 1;

	while (j < ms->n && ms->items[j].kind == IT_TEXT && ms->items[j].block == ms->items[i].block &&
		   ms->items[j].n > 0 &&
		   (lex_is_lower((unsigned char) ms->items[j].t[0]) ||
			lex_ends_with_connector(ms->items[j - 1].t, ms->items[j - 1].n)))
		j++;
	return j;
}

/* Dates "4 December 2015 and 23-27 May 2016": the first day and the last. */
static size_t
date_span(const char *t, size_t n, tip_date *from, tip_date *to)
{
	tip_date	a,
				b;
	size_t		l = lex_date(t, n, from, to),
				k;

	if (l == 0)
		return 0;
	k = l;
	while (lex_starts_with(t + k, n - k, " and ") || lex_starts_with(t + k, n - k, ", "))
	{
		size_t		q = k + (t[k] == ',' ? 2 : 5),
					m = lex_date(t + q, n - q, &a, &b);

		if (m == 0)
			break;
		*to = b;
		k = l = q + m;
	}
	return l;
}

/*
 * A title that states its session or meeting: "Report on the twenty-fifth
 * session (4 December 2015 and 23-27 May 2016)", "Report on the meeting of
 * the Working Group on ... held in Vienna from 10 to 12 October 2011".
 */
static void
session_from_title(meta_state *ms, tip_str title)
{
	tip_meta   *m = &ms->doc->meta;
	const char *t = title.p;
	size_t		n = title.n,
				k,
				used,
				l;
	int			idx,
				v;

	if (t == NULL || (k = phrase_at(t, n, session_report_heads, &idx)) == 0)
		return;
	if ((v = lex_ordinal(t + k, n - k, &used)) > 0 &&
		(l = phrase_at(t + k + used + 1, n - k - used - 1, session_words, &idx)) > 0 && t[k + used] == ' ')
	{
		if (m->session_number == 0)
		{
			m->session_number = v;
			m->session_title = capitalised(ms->st, t + k, used + 1 + l);
		}
		k += used + 1 + l;
	}
	else if ((l = phrase_at(t + k, n - k, meeting_words, &idx)) > 0)
		k += l;
	else
		return;
	if (lex_starts_with(t + k, n - k, " of the "))
	{
		int			o = organ_at(t + k + 8, n - k - 8, &l, 0);

		if (o >= 0)
		{
			state_organ(ms, o);
			k += 8 + l;
		}
	}
	if (lex_starts_with(t + k, n - k, " held in "))
	{
		size_t		c = k + 9,
					e = c;

		while (e < n && (lex_is_alpha((unsigned char) t[e]) || t[e] == ' ' || (unsigned char) t[e] >= 0x80) &&
			   !lex_starts_with(t + e, n - e, " from ") && !lex_starts_with(t + e, n - e, " on "))
			e++;
		if (e > c && lex_is_upper((unsigned char) t[c]) && m->venue.p == NULL)
			m->venue = copy_clean(ms->st, t + c, e - c);
		k = e;
		if (lex_starts_with(t + k, n - k, " from "))
			k += 6;
		else if (lex_starts_with(t + k, n - k, " on "))
			k += 4;
	}
	else
	{
		k = skip_blank(t, n, k);
		if (k < n && t[k] == '(')
			k++;
	}
	if (m->session_start.y == 0)
		date_span(t + k, n - k, &m->session_start, &m->session_end);
}

/* Stage entry. */
tip_status
meta_extract(tip_doc *doc, tip_store *st)
{
	meta_state *ms;
	tip_meta   *m = &doc->meta;
	int			i,
				agenda = -1,
				agenda_end = -1,
				first_field = -1,
				first_kind = -1,
				note = -1,
				report_line = -1,
				report_line_end = -1,
				j;
	tip_str		symbols[MAX_SYMBOLS];
	int			n_symbols = 0;
	char		agenda_mark[8] = "";

	ms = arena_alloc(&doc->arena, sizeof(meta_state));
	if (ms == NULL)
		return TIP_ENOMEM;
	memset(ms, 0, sizeof(*ms));
	ms->doc = doc;
	ms->st = st;
	if (collect_items(ms) != 0)
		return TIP_ECANCEL;

	for (i = 0; i < ms->n; i++)
	{
		mitem	   *it = &ms->items[i];
		tip_date	a,
					b;

		if (doc_tick(doc, it->n))
			return TIP_ECANCEL;
		if (it->kind != IT_TEXT && it->kind != IT_IGNORE && first_field < 0)
			first_field = i;

		switch (it->kind)
		{
			case IT_SYMBOL:
				{
					tip_str		s = copy_clean(st, it->t, it->n);
					int			k;

					for (k = 0; k < n_symbols && !str_equal(symbols[k], s); k++)
						;
					if (k == n_symbols && n_symbols < MAX_SYMBOLS && s.p != NULL)
						symbols[n_symbols++] = s;
				}
				break;
			case IT_DISTR:
				{
					const char *d = it->t;
					size_t		k = 0;

					j = next_item(ms, i);
					/* the date after the distribution: "Distr.: General <day> <month> <year>" */
					while (k < it->n && !lex_is_digit((unsigned char) d[k]))
						k++;
					if (it->aux > 0 && j < ms->n && m->distributed.y == 0)
					{
						/* "Distr.: General 19" / "June 2014" */
						char		buf[48];
						int			bl = 0;
						size_t		take;

						if (it->aux >= 10)
							buf[bl++] = (char) ('0' + it->aux / 10);
						buf[bl++] = (char) ('0' + it->aux % 10);
						buf[bl++] = ' ';
						take = ms->items[j].n < sizeof(buf) - (size_t) bl - 1 ? ms->items[j].n : sizeof(buf) - (size_t) bl - 1;

						memcpy(buf + bl, ms->items[j].t, take);
						if (lex_date(buf, (size_t) bl + take, &a, &b) > 0 && lex_month(ms->items[j].t, strcspn(buf + bl, " ")) > 0)
						{
							m->distributed = a;
							ms->items[j].used = 1;
							ms->items[j].kind = IT_IGNORE;
						}
					}
					else if (k < it->n && lex_date(d + k, it->n - k, &a, &b) > 0)
						m->distributed = a;
					else if (j < ms->n && ms->items[j].kind == IT_DATE && m->distributed.y == 0 &&
							 lex_date(ms->items[j].t, ms->items[j].n, &a, &b) > 0 &&
							 a.y == b.y && a.m == b.m && a.d == b.d)
					{
						m->distributed = a;
						ms->items[j].used = 1;
					}
				}
				break;
			case IT_DATE:
				if (!it->used && lex_date(it->t, it->n, &a, &b) > 0)
				{
					int			pi = prev_item(ms, i);
					int			range = !(a.y == b.y && a.m == b.m && a.d == b.d);

					if (range || (pi >= 0 && ms->items[pi].kind == IT_SESSION))
					{
						if (m->session_start.y == 0)
							m->session_start = a, m->session_end = b;
					}
					else if (m->distributed.y == 0)
						m->distributed = a;
				}
				break;
			case IT_ORIGINAL:
				if (m->original_language.p == NULL)
				{
					if (it->aux < 0 && (j = next_item(ms, i)) < ms->n && ms->items[j].kind == IT_LANGUAGE)
						it->aux = ms->items[j].aux;
					if (it->aux >= 0)
						m->original_language = tip_cstr(language_words[it->aux]);
				}
				break;
			case IT_BODY:
				{
					int			o = it->aux;

					/* names wrapped over lines continue while they still match */
					j = i + 1;
					while (j < ms->n && ms->items[j].kind == IT_TEXT && ms->items[j].block == it->block)
					{
						tip_str		joined = join_items(ms, i, j + 1);

						if (joined.p == NULL || !organ_prefix(joined.p, joined.n))
							break;
						ms->items[j].kind = IT_IGNORE;
						j++;
						if (organ_named(joined.p, joined.n) >= 0)
							o = organ_named(joined.p, joined.n);
					}
					state_organ(ms, o);
				}
				break;
			case IT_SESSION:
				if (m->session_title.p == NULL)
				{
					m->session_number = it->aux;
					m->session_title = copy_clean(st, it->t, it->n);
				}
				break;
			case IT_VENUE:
				if (m->venue.p == NULL)
				{
					const char *comma = memchr(it->t, ',', it->n);
					size_t		p = (size_t) (comma - it->t) + 1;

					m->venue = copy_clean(st, it->t, (size_t) (comma - it->t));
					p = skip_blank(it->t, it->n, p);
					lex_date(it->t + p, it->n - p, &m->session_start, &m->session_end);
				}
				break;
			case IT_AGENDA:
				if (agenda < 0)
				{
					const char *mk = memchr(it->t, MARK_OPEN, it->n);

					agenda = i;
					m->agenda_item = agenda_label(st, it->t, it->n);
					if (mk != NULL)
					{
						const char *e = memchr(mk, MARK_CLOSE, (size_t) (it->t + it->n - mk));

						if (e != NULL && e - mk - 1 < (long) sizeof(agenda_mark))
						{
							memcpy(agenda_mark, mk + 1, (size_t) (e - mk - 1));
							agenda_mark[e - mk - 1] = '\0';
						}
					}
					else if (it->n > 0 && it->t[it->n - 1] == '*')
						strcpy(agenda_mark, "*");
				}
				break;
			case IT_TYPE:
			case IT_AUTHOR:
			case IT_TYPE_TITLE:
				if (first_kind < 0)
					first_kind = i;
				if (it->kind == IT_TYPE && note < 0 && lex_starts_with(doc_type_table[it->aux].text, 40, "Note by"))
					note = i;
				if (report_line < 0 && (it->kind != IT_TYPE || lex_starts_with(doc_type_table[it->aux].text, 40, "Report")))
				{
					report_line = i;
					report_line_end = it->kind == IT_AUTHOR ? author_end(ms, i) : i + 1;
				}
				break;
			default:
				break;
		}
	}

	/* the kind of document, and the title it may carry */
	if (note >= 0)
	{
		m->report_type = tip_cstr(doc_type_table[ms->items[note].aux].text);
		if (report_line >= 0)
			m->title = join_items(ms, report_line, report_line_end);
	}
	else if (first_kind >= 0)
	{
		mitem	   *it = &ms->items[first_kind];

		if (it->kind == IT_AUTHOR)
			m->report_type = join_items(ms, first_kind, author_end(ms, first_kind));
		else
			m->report_type = tip_cstr(doc_type_table[it->aux].text);
		if (it->kind == IT_TYPE_TITLE)
			m->title = copy_clean(st, it->t, it->n);
	}

	/* agenda title: the run of text right after the agenda item */
	if (agenda >= 0 && (i = next_item(ms, agenda)) < ms->n && ms->items[i].kind == IT_TEXT)
	{
		agenda_end = text_run_end(ms, i);
		m->agenda_title = join_items(ms, i, agenda_end);
	}
	/* title: the next run, before the kind of document and the summary */
	if (m->title.p == NULL && first_field >= 0)
	{
		for (i = (agenda_end >= 0 ? agenda_end : (agenda >= 0 ? agenda + 1 : first_field + 1)); i < ms->n; i++)
		{
			if (ms->items[i].kind == IT_SUMMARY || ms->items[i].kind == IT_TYPE ||
				ms->items[i].kind == IT_AUTHOR || ms->items[i].kind == IT_TYPE_TITLE)
				break;
			if (ms->items[i].kind != IT_TEXT)
				continue;
			m->title = join_items(ms, i, text_run_end(ms, i));
			break;
		}
	}
	session_from_title(ms, m->title);

	/* body: the deepest organ stated; parent: the organ above it, if stated */
	if (ms->n_organs > 0)
	{
		int			best = ms->organs[0],
					k;

		for (k = 1; k < ms->n_organs; k++)
			if (organ_depth(ms->organs[k]) > organ_depth(best))
				best = ms->organs[k];
		m->body = tip_cstr(organ_table[best].name);
		if (organ_table[best].parent != NULL)
			for (k = 0; k < ms->n_organs; k++)
				if (strcmp(organ_table[ms->organs[k]].name, organ_table[best].parent) == 0)
					m->parent_body = tip_cstr(organ_table[ms->organs[k]].name);
	}

	/* summary: text items after "Summary" */
	for (i = 0; i < ms->n; i++)
		if (ms->items[i].kind == IT_SUMMARY)
		{
			for (j = i + 1; j < ms->n && ms->items[j].kind == IT_TEXT; j++)
				;
			if (j > i + 1)
				m->summary = join_items(ms, i + 1, j);
			break;
		}

	/* agenda symbol: the footnote the agenda item's mark points to */
	if (agenda_mark[0] != '\0')
		for (i = 0; i < doc->n_footnotes; i++)
			if (doc->footnotes[i].mark.n == strlen(agenda_mark) &&
				memcmp(doc->footnotes[i].mark.p, agenda_mark, strlen(agenda_mark)) == 0 &&
				doc->footnotes[i].paragraph == 0)
			{
				m->agenda_symbol = first_symbol(st, doc->footnotes[i].body.p, doc->footnotes[i].body.n);
				break;
			}

	if (n_symbols > 0)
		m->symbol = symbols[0];
	/* job number and, failing a masthead symbol, the running header */
	for (i = 0; i < doc->n_lines; i++)
	{
		const tip_line *l = &doc->lines[i];
		size_t		k = 0,
					jl;

		if (doc_tick(doc, 0))
			return TIP_ECANCEL;
		if (l->role != ROLE_FURNITURE && l->role != ROLE_MASTHEAD)
			continue;
		if (m->job_number.p == NULL && (jl = lex_job_number(l->t, l->n)) > 0)
		{
			m->job_number = copy_clean(st, l->t, jl);
			continue;
		}
		while (k < l->n && (lex_is_digit((unsigned char) l->t[k]) || l->t[k] == ' ' || l->t[k] == COLUMN_GAP))
			k++;
		if (m->job_number.p == NULL && (jl = lex_job_number(l->t + k, l->n - k)) > 0)
			m->job_number = copy_clean(st, l->t + k, jl);
		if (m->symbol.p == NULL && l->role == ROLE_FURNITURE)
		{
			jl = lex_symbol(l->t + k, l->n - k);
			if (jl > 0)
				m->symbol = copy_clean(st, l->t + k, jl);
		}
	}
	if (n_symbols == 0 && m->symbol.p != NULL)
		symbols[n_symbols++] = m->symbol;
	if (n_symbols > 0)
	{
		m->symbols = arena_alloc_array(&doc->arena, (size_t) n_symbols, sizeof(tip_str));
		if (m->symbols != NULL)
		{
			memcpy(m->symbols, symbols, sizeof(tip_str) * (size_t) n_symbols);
			m->n_symbols = n_symbols;
		}
	}

	if (m->session_number == 0)
		session_from_paragraph(ms);
	if (ms->n == 0 || (m->body.p == NULL && m->symbol.p == NULL && m->title.p == NULL))
		doc_warn(doc, "no masthead found");
	return doc->arena.failed ? TIP_ENOMEM : TIP_OK;
}
