/*
 * assemble.c
 *	  Stage 3: roles -> document model (sections, paragraphs, footnotes).
 *
 * Paragraph text is unwrapped: lines are joined with one space, bullet items
 * start a new line ("- item"), footnote marks are taken out and recorded,
 * and a hyphen at a line end is mended from the document's own words
 * (words.c).  Everything a paragraph skips
 * (page furniture, footnotes, separators) is left out of its body.
 */
#include <string.h>

#include "internal.h"
#include "sort.h"
#include "bytes8.h"

static int
is_word_byte(unsigned char c)
{
	return lex_is_alpha(c) || c >= 0x80;
}

/* ---------- text builder ---------- */

typedef struct tbuild
{
	char	   *p;
	uint32_t   *src;
	size_t		n;
	size_t		cap;
} tbuild;

static inline void
tb_put(tbuild *b, char c, uint32_t src)
{
	if (b->n < b->cap)
	{
		b->p[b->n] = c;
		b->src[b->n++] = src;
	}
}

/* Append n bytes with their input offsets (what tb_put does n times). */
static void
tb_put_run(tbuild *b, const char *t, const uint32_t *src, size_t n)
{
	size_t		k;

	if (b->n + n > b->cap)
	{
		for (k = 0; k < n; k++)
			tb_put(b, t[k], src[k]);
		return;
	}
	memcpy(b->p + b->n, t, n);
	memcpy(b->src + b->n, src, n * sizeof(uint32_t));
	b->n += n;
}

/*
 * Bytes append_line() surely copies unchanged (controls, sentinels, spaces
 * and '*' take the slow path); a space is copied unchanged too when the
 * byte before it was one of these.
 */
static inline int
ordinary_byte(unsigned char c)
{
	return c > ' ' && c != '*';
}

/*
 * From t[j] (j > 0, t[j - 1] in the run), past the eight-byte blocks that
 * are all in a run of ordinary bytes and single spaces: the blocks with no
 * control byte, no '*' and no space after a space.  The byte loop of
 * append_line() finds the exact end from there.
 */
static uint32_t
ordinary_run(const char *t, uint32_t j, uint32_t n)
{
	while (j + 8 <= n)
	{
		uint64_t	v = b8_load(t + j);
		uint64_t	sp = b8_eq(v, ' ');
		uint64_t	sp_before = b8_eq(b8_load(t + j - 1), ' ');

		if ((b8_below(v, 0x21) & ~sp) | b8_eq(v, '*') | (sp & sp_before))
			break;
		j += 8;
	}
	return j;
}

typedef struct asm_state
{
	tip_doc    *doc;
	tip_store  *st;
	int			cur_para;		/* number of the open paragraph, 0 = none */
	/* marks gathered while building; copied to doc->marks at the end */
	tip_mark   *marks;
	int			n_marks;
	int			cap_marks;
} asm_state;

static int
add_mark(asm_state *as, const char *m, size_t ml, int paragraph)
{
	if (as->n_marks == as->cap_marks)
	{
		int			nc = as->cap_marks ? as->cap_marks * 2 : 64;
		tip_mark   *nm;

		if (nc > (1 << 26))
			return 0;			/* absurd counts: stop recording, keep going */
		nm = arena_grow_array(&as->doc->arena, as->marks, (size_t) as->n_marks,
							  (size_t) nc, sizeof(tip_mark));
		if (nm == NULL)
			return -1;
		as->marks = nm;
		as->cap_marks = nc;
	}
	{
		/* not the text store: a paragraph may hold an open reservation there */
		char	   *copy = arena_alloc(&as->doc->arena, ml + 1);

		if (copy == NULL)
			return -1;
		memcpy(copy, m, ml);
		copy[ml] = '\0';
		as->marks[as->n_marks].mark.p = copy;
		as->marks[as->n_marks].mark.n = (uint32_t) ml;
	}
	as->marks[as->n_marks].paragraph = paragraph;
	as->n_marks++;
	return 0;
}

/*
 * Append text t[from..n) of a line to b, joining it to what is there.
 * bullet: the line starts a bullet item.  Marks go to the mark list.
 */
static int
append_line(asm_state *as, tbuild *b, const tip_line *l, uint32_t from, int bullet, int paragraph)
{
	uint32_t	k;

	/*
	 * A "bullet" that starts in lower case after an unfinished clause is a
	 * wrapped line a converter took for a list item.
	 */
	if (bullet && b->n > 0 && from < l->n && lex_is_lower((unsigned char) l->t[from]) &&
		(lex_is_alpha((unsigned char) b->p[b->n - 1]) || b->p[b->n - 1] == ','))
		bullet = 0;

	if (b->n > 0)
	{
		if (bullet)
		{
			tb_put(b, '\n', l->src[from < l->n ? from : 0]);
			tb_put(b, '-', l->src[from < l->n ? from : 0]);
			tb_put(b, ' ', l->src[from < l->n ? from : 0]);
		}
		else if (b->p[b->n - 1] == '-' && b->n >= 2 && is_word_byte((unsigned char) b->p[b->n - 2]) &&
				 from < l->n && lex_is_lower((unsigned char) l->t[from]))
		{
			/* a hyphen at the line end: mend or keep */
			size_t		ls = b->n - 1;
			uint32_t	re = from;
			int			keep;

			while (ls > 0 && (is_word_byte((unsigned char) b->p[ls - 1]) ||
							  (b->p[ls - 1] == '-' && ls >= 2 && is_word_byte((unsigned char) b->p[ls - 2]))))
				ls--;
			while (re < l->n && (is_word_byte((unsigned char) l->t[re]) ||
								 (l->t[re] == '-' && re + 1 < l->n && is_word_byte((unsigned char) l->t[re + 1]))))
				re++;
			keep = words_keep_hyphen(as->doc, b->p + ls, b->n - 1 - ls, l->t + from, re - from);
			if (keep < 0)
				return -1;
			if (!keep)
				b->n--;
		}
		else if (b->p[b->n - 1] != '\n')
			tb_put(b, ' ', l->src[from < l->n ? from : 0]);
	}
	else if (bullet)
	{
		tb_put(b, '-', l->src[from < l->n ? from : 0]);
		tb_put(b, ' ', l->src[from < l->n ? from : 0]);
	}

	for (k = from; k < l->n; k++)
	{
		char		c = l->t[k];

		if (ordinary_byte((unsigned char) c))
		{
			uint32_t	j = ordinary_run(l->t, k + 1, l->n);

			while (j < l->n && (ordinary_byte((unsigned char) l->t[j]) ||
								(l->t[j] == ' ' && ordinary_byte((unsigned char) l->t[j - 1]))))
				j++;
			tb_put_run(b, l->t + k, l->src + k, j - k);
			k = j - 1;
			continue;
		}
		if (c == MARK_OPEN)
		{
			uint32_t	e = k + 1;

			while (e < l->n && l->t[e] != MARK_CLOSE)
				e++;
			if (paragraph >= 0 && e > k + 1 && add_mark(as, l->t + k + 1, e - k - 1, paragraph) != 0)
				return -1;
			k = e;
			continue;
		}
		if (c == '*' && k > 0 && !lex_is_space((unsigned char) l->t[k - 1]) &&
			(k + 1 == l->n || l->t[k + 1] == ' ' || l->t[k + 1] == '.' || l->t[k + 1] == ',' ||
			 l->t[k + 1] == ';'))
		{
			/* a glued asterisk is a footnote mark */
			if (paragraph >= 0 && add_mark(as, "*", 1, paragraph) != 0)
				return -1;
			continue;
		}
		if (c == COLUMN_GAP)
			c = ' ';
		if (c == ' ' && b->n > 0 && (b->p[b->n - 1] == ' ' || b->p[b->n - 1] == '\n'))
			continue;
		tb_put(b, c, l->src[k]);
	}
	return 0;
}

/* Reserve a builder big enough for lines [from, to] of the doc. */
static int
tb_begin(asm_state *as, tbuild *b, int from, int to)
{
	size_t		cap = 16;
	int			i;

	for (i = from; i <= to && i < as->doc->n_lines; i++)
		cap += as->doc->lines[i].n + 4;
	b->p = store_reserve(as->st, cap, &b->src);
	if (b->p == NULL)
		return -1;
	b->cap = cap;
	b->n = 0;
	return 0;
}

/* Trim b and commit it; returns the string. */
static tip_str
tb_end(asm_state *as, tbuild *b, const uint32_t **src)
{
	tip_str		r;

	while (b->n > 0 && (b->p[b->n - 1] == ' ' || b->p[b->n - 1] == '\n'))
		b->n--;
	r.p = b->p;
	r.n = (uint32_t) b->n;
	if (src != NULL)
		*src = b->src;
	store_commit(as->st, b->n);
	return r;
}

/* Is a line part of the paragraph that is open (skipped or appended)? */
static int
para_continues(const tip_line *l)
{
	return l->role == ROLE_TEXT || l->role == ROLE_BULLET || l->role == ROLE_BLANK ||
		l->role == ROLE_FURNITURE || l->role == ROLE_SEPARATOR ||
		l->role == ROLE_FOOTNOTE || l->role == ROLE_FOOTNOTE_CONT;
}

/* Build a string of "a.b" path for a section from its parent's path. */
static tip_str
make_path(asm_state *as, const tip_section *parent, const tip_str *label)
{
	char		buf[256];
	size_t		n = 0;

	if (parent != NULL && parent->path.p != NULL && parent->path.n < 200)
	{
		memcpy(buf, parent->path.p, parent->path.n);
		n = parent->path.n;
		if (label != NULL && label->p != NULL)
			buf[n++] = '.';
	}
	if (label != NULL && label->p != NULL && label->n < 40)
	{
		memcpy(buf + n, label->p, label->n);
		n += label->n;
	}
	if (n == 0)
	{
		tip_str		none = {NULL, 0};

		return none;
	}
	return store_copy(as->st, buf, n);
}

/* Count roles to size the arrays; non-zero when the progress hook asked to stop. */
static int
count_roles(tip_doc *doc, int *secs, int *paras, int *fns)
{
	int			i;

	*secs = *paras = *fns = 0;
	for (i = 0; i < doc->n_lines; i++)
	{
		uint8_t		r = doc->lines[i].role;

		if (doc_tick(doc, 0))
			return -1;

		*secs += (r == ROLE_HEADING || r == ROLE_TOPIC);
		*paras += (r == ROLE_PARAGRAPH);
		*fns += (r == ROLE_FOOTNOTE);
	}
	return 0;
}

/* Build the sections. */
static int
build_sections(asm_state *as)
{
	tip_doc    *doc = as->doc;
	int			open[4] = {0, 0, 0, 0};	/* chapter, section, subsection, topic */
	int			i;

	for (i = 0; i < doc->n_lines; i++)
	{
		tip_line   *l = &doc->lines[i];
		tip_section *s;
		int			level,
					j,
					last,
					parent = 0;
		tbuild		b;

		if (doc_tick(doc, 0))
			return -1;			/* tip_parse reports the cancel */
		if (l->role != ROLE_HEADING && l->role != ROLE_TOPIC)
			continue;
		s = &doc->sections[doc->n_sections];
		memset(s, 0, sizeof(*s));
		s->ord = doc->n_sections + 1;
		s->start_offset = l->n > 0 ? l->src[0] : l->raw_off;
		if (l->role == ROLE_TOPIC)
		{
			s->kind = SEC_TOPIC;
			level = 3;
		}
		else if (l->num_kind == NUM_ROMAN)
			s->kind = SEC_CHAPTER, level = 0;
		else if (l->num_kind == NUM_LETTER)
			s->kind = SEC_SECTION, level = 1;
		else
			s->kind = SEC_SUBSECTION, level = 2;

		for (j = level - 1; j >= 0; j--)
			if (open[j])
			{
				parent = open[j];
				break;
			}
		s->parent_ord = parent;
		s->depth = parent ? doc->sections[parent - 1].depth + 1 : 1;
		if (s->kind != SEC_TOPIC)
		{
			uint32_t	ll = 0;

			while (ll < l->n && l->t[ll] != '.')
				ll++;
			s->label = store_copy(as->st, l->t, ll);
			if (s->label.p == NULL)
				return -1;
			s->path = make_path(as, parent ? &doc->sections[parent - 1] : NULL, &s->label);
		}
		else if (parent)
			s->path = doc->sections[parent - 1].path;

		/* title: this line after the numbering and its continuation lines */
		last = i;
		while (last + 1 < doc->n_lines && doc->lines[last + 1].role == ROLE_HEADING_CONT)
			last++;
		if (tb_begin(as, &b, i, last) != 0)
			return -1;
		if (append_line(as, &b, l, s->kind == SEC_TOPIC ? 0 : l->title_at, 0, 0) != 0)
			return -1;
		for (j = i + 1; j <= last; j++)
			if (append_line(as, &b, &doc->lines[j], 0, 0, 0) != 0)
				return -1;
		s->title = tb_end(as, &b, &s->title_src);

		open[level] = s->ord;
		for (j = level + 1; j < 4; j++)
			open[j] = 0;
		doc->n_sections++;
		i = last;
	}
	return 0;
}

/* Footnote mark of a footnote line and where its text starts. */
static void
footnote_mark(const tip_line *l, const char **m, size_t *ml, uint32_t *text_at)
{
	uint32_t	k = 0;

	if (l->n > 0 && l->t[0] == MARK_OPEN)
	{
		while (k < l->n && l->t[k] != MARK_CLOSE)
			k++;
		*m = l->t + 1;
		*ml = k > 0 ? k - 1 : 0;
		k++;
	}
	else if (l->n > 0 && l->t[0] == '*')
	{
		*m = "*";
		*ml = 1;
		k = 1;
	}
	else if (l->flags & LF_BULLET_STAR)
	{
		*m = "*";
		*ml = 1;
		k = 0;
	}
	else
	{
		while (k < l->n && lex_is_digit((unsigned char) l->t[k]))
			k++;
		*m = l->t;
		*ml = k;
	}
	while (k < l->n && (l->t[k] == ' ' || l->t[k] == COLUMN_GAP))
		k++;
	*text_at = k;
}

/*
 * Remove a plain-text footnote mark (digits glued to the end of a word,
 * "children,1 with") from a paragraph body; returns 1 if found.
 */
static int
strip_plain_mark(tip_paragraph *p, const char *m, size_t ml)
{
	char	   *s = (char *) p->body.p;
	uint32_t   *src = (uint32_t *) p->body_src;
	size_t		n = p->body.n,
				k;

	if (ml == 0 || n < ml + 1)
		return 0;
	for (k = n - ml; k >= 1; k--)
	{
		unsigned char before = (unsigned char) s[k - 1];
		size_t		e = k + ml;

		if (s[k] != m[0] || memcmp(s + k, m, ml) != 0)
			continue;
		if (!(lex_is_lower(before) || before == '.' || before == ',' || before == ';' ||
			  before == ')' || before == 0x9D || before == 0x99))
			continue;
		/* the mark ends the text or a sentence: "since 2016.1 All" */
		if (e < n && !(s[e] == '\n' || (s[e] == ' ' && e + 1 < n &&
										 (lex_is_upper((unsigned char) s[e + 1]) || (unsigned char) s[e + 1] >= 0x80))))
			continue;
		memmove(s + k, s + e, n - e);
		memmove(src + k, src + e, (n - e) * sizeof(uint32_t));
		p->body.n = (uint32_t) (n - ml);
		return 1;
	}
	return 0;
}

/* Build paragraphs and footnotes in one walk over the lines. */
static int
build_paragraphs(asm_state *as, const tip_options *opt)
{
	tip_doc    *doc = as->doc;
	int			sec = 0,
				i;

	(void) opt;					/* the hook is reached through doc_tick() */
	for (i = 0; i < doc->n_lines; i++)
	{
		tip_line   *l = &doc->lines[i];

		if (doc_tick(doc, l->n))
			return TIP_ECANCEL;

		if (l->role == ROLE_HEADING || l->role == ROLE_TOPIC)
		{
			/* sections were numbered in line order: find this one's ord */
			while (sec < doc->n_sections && doc->sections[sec].start_offset < (l->n ? l->src[0] : l->raw_off))
				sec++;
			if (sec < doc->n_sections)
				sec++;
			as->cur_para = 0;
			continue;
		}
		if (l->role == ROLE_MASTHEAD || l->role == ROLE_HEADING_CONT)
		{
			/* masthead and heading marks belong to no paragraph */
			uint32_t	k;

			for (k = 0; k < l->n; k++)
				if (l->t[k] == MARK_OPEN || (l->t[k] == '*' && k > 0 && l->t[k - 1] != ' '))
				{
					const char *m = l->t[k] == '*' ? "*" : l->t + k + 1;
					size_t		ml = 1;

					if (l->t[k] == MARK_OPEN)
					{
						uint32_t	e = k + 1;

						while (e < l->n && l->t[e] != MARK_CLOSE)
							e++;
						ml = e - k - 1;
						k = e;
					}
					if (ml > 0 && add_mark(as, m, ml, 0) != 0)
						return -1;
				}
			continue;
		}
		if (l->role == ROLE_FOOTNOTE)
		{
			tip_footnote *f = &doc->footnotes[doc->n_footnotes];
			const char *m;
			size_t		ml;
			uint32_t	at;
			int			last = i,
						j;
			tbuild		b;

			while (last + 1 < doc->n_lines && doc->lines[last + 1].role == ROLE_FOOTNOTE_CONT)
				last++;
			footnote_mark(l, &m, &ml, &at);
			memset(f, 0, sizeof(*f));
			f->mark = store_copy(as->st, m, ml);
			if (f->mark.p == NULL || tb_begin(as, &b, i, last) != 0)
				return -1;
			if (append_line(as, &b, l, at, 0, -1) != 0)
				return -1;
			for (j = i + 1; j <= last; j++)
			{
				if (doc_tick(doc, doc->lines[j].n))
					return TIP_ECANCEL;
				if (append_line(as, &b, &doc->lines[j], 0, 0, -1) != 0)
					return -1;
			}
			f->body = tb_end(as, &b, &f->body_src);
			f->start_offset = l->n ? l->src[0] : l->raw_off;
			f->end_offset = doc->lines[last].n ? doc->lines[last].src[doc->lines[last].n - 1] + 1
				: doc->lines[last].raw_off;
			f->paragraph = -1;	/* linked below */
			doc->n_footnotes++;
			i = last;
			continue;
		}
		if (l->role == ROLE_PARAGRAPH)
		{
			tip_paragraph *p = &doc->paragraphs[doc->n_paragraphs];
			int			last = i,
						j,
						end_line = i;
			tbuild		b;

			while (last + 1 < doc->n_lines && para_continues(&doc->lines[last + 1]))
				last++;
			memset(p, 0, sizeof(*p));
			p->number = l->num;
			p->section_ord = sec;
			p->first_mark = as->n_marks;
			if (tb_begin(as, &b, i, last) != 0)
				return -1;
			if (append_line(as, &b, l, l->title_at, 0, p->number) != 0)
				return -1;
			for (j = i + 1; j <= last; j++)
			{
				const tip_line *c = &doc->lines[j];

				if (doc_tick(doc, c->n))
					return TIP_ECANCEL;
				if (c->role == ROLE_TEXT || c->role == ROLE_BULLET)
				{
					if (append_line(as, &b, c, 0, c->role == ROLE_BULLET, p->number) != 0)
						return -1;
					end_line = j;
				}
			}
			p->body = tb_end(as, &b, &p->body_src);
			p->n_marks = as->n_marks - p->first_mark;
			p->start_offset = l->n ? l->src[0] : l->raw_off;
			{
				const tip_line *e = &doc->lines[end_line];

				p->end_offset = e->n ? e->src[e->n - 1] + 1 : e->raw_off + e->raw_len;
			}
			doc->n_paragraphs++;
			as->cur_para = p->number;
			/* footnotes inside the paragraph's span are built in the walk */
			for (j = i + 1; j <= last; j++)
				if (doc->lines[j].role == ROLE_FOOTNOTE)
					break;
			if (j <= last)
				last = j - 1;
			i = last;
			continue;
		}
	}
	return 0;
}

/* A mark that a footnote may still claim, for finding the first by its text. */
typedef struct mark_key
{
	tip_str		text;
	int			index;			/* in asm_state.marks */
} mark_key;

static int
mark_key_cmp(const void *pa, const void *pb)
{
	const mark_key *a = pa;
	const mark_key *b = pb;
	size_t		n = a->text.n < b->text.n ? a->text.n : b->text.n;
	int			c = n > 0 ? memcmp(a->text.p, b->text.p, n) : 0;

	if (c != 0)
		return c;
	if (a->text.n != b->text.n)
		return a->text.n < b->text.n ? -1 : 1;
	return (a->index > b->index) - (a->index < b->index);
}

/* First position of keys[0..n) whose text is not below (p, len). */
static int
mark_key_lower(const mark_key *keys, int n, const char *p, uint32_t len)
{
	mark_key	probe;
	int			lo = 0,
				hi = n;

	probe.text.p = p;
	probe.text.n = len;
	probe.index = -1;
	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (mark_key_cmp(&keys[mid], &probe) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Last paragraph that starts at or before offset, or -1. */
static int
para_before(const tip_doc *doc, uint32_t offset)
{
	int			lo = 0,
				hi = doc->n_paragraphs;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (doc->paragraphs[mid].start_offset <= offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo - 1;
}

/*
 * Bytes of paragraph text that the search for plain-text marks may read,
 * per byte of input: real reports read well under one, and a text of
 * millions of notes that each search eight huge paragraphs stays linear.
 */
#define PLAIN_MARK_READS 4

/*
 * Link each footnote to the paragraph whose text carries its mark: the
 * first unclaimed mark with the note's text, found in the marks sorted by
 * text, else digits glued to a word of one of the eight paragraphs before
 * the note.  0, -1 out of memory, -2 canceled.
 */
static int
link_footnotes(asm_state *as)
{
	tip_doc    *doc = as->doc;
	mark_key   *keys;
	int		   *claimed;		/* at a text's first key: how many are claimed */
	int			n_keys = 0,
				f,
				m,
				rc;
	size_t		plain_budget = doc->input_len * PLAIN_MARK_READS + 1024 * 1024;

	if (doc->n_footnotes == 0)
		return 0;
	keys = arena_alloc_array(&doc->arena, (size_t) as->n_marks + 1, sizeof(mark_key));
	claimed = arena_alloc_array(&doc->arena, (size_t) as->n_marks + 1, sizeof(int));
	if (keys == NULL || claimed == NULL)
		return -1;
	for (m = 0; m < as->n_marks; m++)
		if (as->marks[m].paragraph >= 0)
		{
			keys[n_keys].text = as->marks[m].mark;
			keys[n_keys].index = m;
			claimed[n_keys] = 0;
			n_keys++;
		}
	rc = doc_sort(doc, keys, (size_t) n_keys, sizeof(mark_key), mark_key_cmp);
	if (rc != 0)
		return rc;

	for (f = 0; f < doc->n_footnotes; f++)
	{
		tip_footnote *fn = &doc->footnotes[f];
		int			k = mark_key_lower(keys, n_keys, fn->mark.p, fn->mark.n),
					p,
					tried = 0;

		if (doc_tick(doc, 64))
			return -2;
		if (k < n_keys && str_equal(keys[k].text, fn->mark))
		{
			int			next = k + claimed[k];

			if (next < n_keys && str_equal(keys[next].text, fn->mark))
			{
				tip_mark   *mk = &as->marks[keys[next].index];

				claimed[k]++;
				fn->paragraph = mk->paragraph;
				continue;
			}
		}
		/* plain text: the mark is digits glued to a word before the note */
		fn->paragraph = 0;
		if (fn->mark.n == 0 || !lex_is_digit((unsigned char) fn->mark.p[0]))
			continue;
		/* the note sits at the foot of the page: look a few paragraphs up */
		for (p = para_before(doc, fn->start_offset); p >= 0 && tried < 8; p--, tried++)
		{
			tip_paragraph *pp = &doc->paragraphs[p];

			if (pp->body.n > plain_budget || doc_tick(doc, pp->body.n))
				break;
			plain_budget -= pp->body.n;
			if (strip_plain_mark(pp, fn->mark.p, fn->mark.n))
			{
				fn->paragraph = pp->number;
				if (add_mark(as, fn->mark.p, fn->mark.n, pp->number) != 0)
					return -1;
				break;
			}
		}
	}
	return doc->canceled ? -2 : 0;
}

/* Index of the paragraph numbered num (numbers only increase), or -1. */
static int
para_index(const tip_doc *doc, int num)
{
	int			lo = 0,
				hi = doc->n_paragraphs - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (doc->paragraphs[mid].number == num)
			return mid;
		if (doc->paragraphs[mid].number < num)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

/*
 * Order the marks by paragraph (stable) and set each paragraph's range:
 * marks found in plain text while linking footnotes come last otherwise.
 * 0, -1 out of memory, -2 canceled.
 */
static int
regroup_marks(asm_state *as)
{
	tip_doc    *doc = as->doc;
	int		   *start = arena_alloc_array(&doc->arena, (size_t) doc->n_paragraphs + 2, sizeof(int));
	tip_mark   *sorted = arena_alloc_array(&doc->arena, (size_t) as->n_marks + 1, sizeof(tip_mark));
	int			m,
				p;

	if (start == NULL || sorted == NULL)
		return -1;
	memset(start, 0, sizeof(int) * ((size_t) doc->n_paragraphs + 2));
	for (m = 0; m < as->n_marks; m++)
	{
		if (doc_tick(doc, 64))
			return -2;
		start[para_index(doc, as->marks[m].paragraph) + 2]++;
	}
	for (p = 1; p < doc->n_paragraphs + 2; p++)
		start[p] += start[p - 1];
	for (p = 0; p < doc->n_paragraphs; p++)
	{
		doc->paragraphs[p].first_mark = start[p + 1];
		doc->paragraphs[p].n_marks = start[p + 2] - start[p + 1];
	}
	for (m = 0; m < as->n_marks; m++)
	{
		if (doc_tick(doc, 64))
			return -2;
		sorted[start[para_index(doc, as->marks[m].paragraph) + 1]++] = as->marks[m];
	}
	as->marks = sorted;
	return 0;
}

/* Set first/last paragraph of every section, ancestors included. */
static void
section_ranges(tip_doc *doc)
{
	int			p;

	for (p = 0; p < doc->n_paragraphs; p++)
	{
		int			s = doc->paragraphs[p].section_ord,
					guard = 0;

		while (s > 0 && s <= doc->n_sections && guard++ < 64)
		{
			tip_section *sec = &doc->sections[s - 1];
			int			num = doc->paragraphs[p].number;

			if (sec->first_paragraph == 0 || num < sec->first_paragraph)
				sec->first_paragraph = num;
			if (num > sec->last_paragraph)
				sec->last_paragraph = num;
			s = sec->parent_ord;
		}
	}
}

/* Stage entry. */
tip_status
assemble_doc(tip_doc *doc, tip_store *st, const tip_options *opt)
{
	asm_state	as;
	int			ns,
				np,
				nf,
				rc;

	memset(&as, 0, sizeof(as));
	as.doc = doc;
	as.st = st;
	if (count_roles(doc, &ns, &np, &nf) != 0)
		return TIP_ECANCEL;
	doc->sections = arena_alloc_array(&doc->arena, (size_t) ns + 1, sizeof(tip_section));
	doc->paragraphs = arena_alloc_array(&doc->arena, (size_t) np + 1, sizeof(tip_paragraph));
	doc->footnotes = arena_alloc_array(&doc->arena, (size_t) nf + 1, sizeof(tip_footnote));
	if (doc->sections == NULL || doc->paragraphs == NULL || doc->footnotes == NULL)
		return TIP_ENOMEM;
	if (build_sections(&as) != 0)
		return TIP_ENOMEM;
	rc = build_paragraphs(&as, opt);
	if (rc == TIP_ECANCEL)
		return TIP_ECANCEL;
	if (rc != 0 || doc->arena.failed)
		return TIP_ENOMEM;
	rc = link_footnotes(&as);
	if (rc != 0)
		return rc == -2 ? TIP_ECANCEL : TIP_ENOMEM;
	rc = regroup_marks(&as);
	if (rc != 0)
		return rc == -2 ? TIP_ECANCEL : TIP_ENOMEM;
	section_ranges(doc);
	doc->marks = as.marks;
	doc->n_marks = as.n_marks;
	return doc->arena.failed ? TIP_ENOMEM : TIP_OK;
}
