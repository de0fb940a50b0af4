/*
 * meta.c
 *	  Stage 3b: document metadata from the masthead.
 *
 * The masthead lines are cut into items (a -layout line holds one item per
 * column; left columns are read first so wrapped names stay together).
 * Items that state a field in the fixed wording of UN mastheads ("Distr.:",
 * "Original:", "Item <N> (<letter>) of the provisional agenda", "<City>,
 * <day>-<day> <month> <year>", "<Ordinal> session") are fields; the first run of other items
 * after the agenda item is the agenda title, the next run the title.
 * Nothing is guessed: a field the text does not state stays NULL.  Without
 * a masthead, the running header gives the symbol and paragraph 1 the
 * session (the body and "at its <ordinal> session" in the sentence that
 * says whom the report informs).
 */
#include <string.h>

#include "internal.h"

#define MAX_ITEMS 256

/* UN bodies whose names head mastheads; principal organs first. */
static const char *const principal_organs[] = {
	"General Assembly", "Security Council", "Economic and Social Council", NULL
};
static const char *const bodies[] = {
	"General Assembly", "Security Council", "Economic and Social Council",
	"Human Rights Council",
	"Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
	"Conference of the States Parties to the United Nations Convention against Corruption",
	"Commission on Crime Prevention and Criminal Justice",
	"Commission on Narcotic Drugs",
	"Commission on the Status of Women",
	"Working Group on Trafficking in Persons",
	NULL
};

typedef enum item_kind
{
	IT_TEXT = 0,
	IT_SYMBOL,
	IT_DISTR,
	IT_DATE,
	IT_ORIGINAL,
	IT_BODY,
	IT_SESSION,
	IT_VENUE,
	IT_AGENDA,
	IT_REPORT_TYPE,
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
} mitem;

typedef struct meta_state
{
	tip_doc    *doc;
	tip_store  *st;
	mitem		items[MAX_ITEMS];
	int			n;
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

/* Does the item start with one of the names in list?  Returns its index. */
static int
starts_with_any(const char *t, size_t n, const char *const *list)
{
	int			k;

	for (k = 0; list[k] != NULL; k++)
		if (lex_starts_with(t, n, list[k]) || (strlen(list[k]) > n && n >= 12 && memcmp(list[k], t, n) == 0))
			return k;
	return -1;
}

/* Is text (len n) a prefix of some known body name? */
static int
prefix_of_body(const char *t, size_t n)
{
	int			k;

	for (k = 0; bodies[k] != NULL; k++)
		if (strlen(bodies[k]) >= n && memcmp(bodies[k], t, n) == 0)
			return 1;
	return 0;
}

/* Is the item "<Ordinal> session" (or meeting)? Sets *num. */
static int
is_session(const char *t, size_t n, int *num)
{
	size_t		used;
	int			v = lex_ordinal(t, n, &used);

	if (v <= 0)
		return 0;
	while (used < n && t[used] == ' ')
		used++;
	if ((lex_starts_with_ci(t + used, n - used, "session") && n - used <= 8) ||
		(lex_starts_with_ci(t + used, n - used, "special session") && n - used <= 16))
	{
		*num = v;
		return 1;
	}
	return 0;
}

/* Is the item "Report of the ..." / "Note by the ..."? */
static int
is_report_type(const char *t, size_t n)
{
	return n <= 80 && (lex_starts_with(t, n, "Report of the ") || lex_starts_with(t, n, "Note by the ")) &&
		t[n - 1] != '.';
}

/* Classify one masthead item. */
static item_kind
item_kind_of(const char *t, size_t n)
{
	tip_date	a,
				b;
	int			num;
	const char *comma;

	if (n == 0)
		return IT_IGNORE;
	if (n == 14 && memcmp(t, "United Nations", 14) == 0)
		return IT_IGNORE;
	if (lex_symbol(t, n) == n)
		return IT_SYMBOL;
	if (lex_starts_with(t, n, "Distr."))
		return IT_DISTR;
	if (lex_starts_with(t, n, "Original:"))
		return IT_ORIGINAL;
	if (lex_date(t, n, &a, &b) == n)
		return IT_DATE;
	if (lex_starts_with_ci(t, n, "Item ") || lex_starts_with_ci(t, n, "Agenda item") ||
		lex_starts_with_ci(t, n, "Items "))
	{
		if (lex_find(t, n, " agenda") || lex_find(t, n, " preliminary list"))
			return IT_AGENDA;
	}
	if (is_session(t, n, &num))
		return IT_SESSION;
	if (is_report_type(t, n))
		return IT_REPORT_TYPE;
	if (n == 7 && memcmp(t, "Summary", 7) == 0)
		return IT_SUMMARY;
	comma = memchr(t, ',', n);
	if (comma != NULL && comma - t <= 40 && lex_is_upper((unsigned char) t[0]))
	{
		size_t		p = (size_t) (comma - t) + 1;

		while (p < n && t[p] == ' ')
			p++;
		if (lex_date(t + p, n - p, &a, &b) == n - p)
			return IT_VENUE;
	}
	if (starts_with_any(t, n, bodies) >= 0)
		return IT_BODY;
	return IT_TEXT;
}

/*
 * Cut masthead lines into items; left columns first; non-zero when the
 * progress hook asked to stop.  A blank line, a line
 * cut at glued markup, a Markdown heading or a jump in indentation starts a
 * new block: the PDF set those apart.
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
		int			prev_indent = -1;

		block = 0;
		for (i = 0; i < doc->n_lines && ms->n < MAX_ITEMS; i++)
		{
			const tip_line *l = &doc->lines[i];
			uint32_t	k = 0;
			int			c = 0;

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
			/* a line set far right holds only the right-hand column */
			if (l->indent >= 30)
				c = 1;
			else
			{
				if ((l->flags & LF_SPLIT) || l->md_level > 0 ||
					(prev_indent >= 0 && (l->indent > prev_indent + 3 || l->indent + 3 < prev_indent)))
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
					mitem	   *it = &ms->items[ms->n++];

					it->t = l->t + k;
					it->n = e - k;
					it->block = block * 4 + col;
					it->col = c;
					it->kind = item_kind_of(it->t, it->n);
					it->used = 0;
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

/* Agenda item text: "Item <N> (<letter>) of the provisional agenda" -> "<N> (<letter>)". */
static tip_str
agenda_label(tip_store *st, const char *t, size_t n)
{
	size_t		p = 0,
				e;
	const char *of = lex_find(t, n, " of the ");

	while (p < n && t[p] != ' ')
		p++;
	if (lex_starts_with_ci(t, n, "Agenda item"))
		p = 11;
	while (p < n && t[p] == ' ')
		p++;
	e = of ? (size_t) (of - t) : n;
	return copy_clean(st, t + p, e > p ? e - p : 0);
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
		for (k = 0; bodies[k] != NULL; k++)
		{
			const char *b = lex_find(p->body.p, (size_t) (at - p->body.p), bodies[k]);

			if (b != NULL && starts_with_any(bodies[k], strlen(bodies[k]), principal_organs) < 0)
			{
				doc->meta.body = store_copy(ms->st, bodies[k], strlen(bodies[k]));
				break;
			}
		}
	}
	doc_warn(doc, "no masthead session; session taken from paragraph 1");
}

/* Stage entry. */
tip_status
meta_extract(tip_doc *doc, tip_store *st)
{
	meta_state *ms;
	tip_meta   *m = &doc->meta;
	int			i,
				agenda = -1,
				run = 0,
				j;
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

		switch (it->kind)
		{
			case IT_SYMBOL:
				if (m->symbol.p == NULL)
					m->symbol = copy_clean(st, it->t, it->n);
				break;
			case IT_DISTR:
				{
					const char *d = it->t;
					size_t		k = 0;

					/* the date after the distribution: "Distr.: General <day> <month> <year>" */
					while (k < it->n && !lex_is_digit((unsigned char) d[k]))
						k++;
					if (k < it->n && lex_date(d + k, it->n - k, &a, &b) > 0)
						m->distributed = a;
					else if (i + 1 < ms->n && ms->items[i + 1].kind == IT_DATE &&
							 lex_date(ms->items[i + 1].t, ms->items[i + 1].n, &a, &b) > 0)
					{
						m->distributed = a;
						ms->items[i + 1].used = 1;
					}
				}
				break;
			case IT_DATE:
				if (!it->used && m->distributed.y == 0 &&
					lex_date(it->t, it->n, &a, &b) > 0)
					m->distributed = a;
				break;
			case IT_ORIGINAL:
				{
					size_t		k = 9;

					while (k < it->n && it->t[k] == ' ')
						k++;
					if (m->original_language.p == NULL)
						m->original_language = copy_clean(st, it->t + k, it->n - k);
				}
				break;
			case IT_BODY:
				{
					tip_str		name;

					/* names wrapped over lines continue while they still match */
					j = i + 1;
					while (j < ms->n && ms->items[j].kind == IT_TEXT && ms->items[j].block == it->block)
					{
						tip_str		joined = join_items(ms, i, j + 1);

						if (joined.p == NULL ||
							!(prefix_of_body(joined.p, joined.n) || lex_is_lower((unsigned char) ms->items[j].t[0])))
							break;
						ms->items[j].kind = IT_IGNORE;
						j++;
					}
					name = join_items(ms, i, j);
					if (starts_with_any(name.p, name.n, principal_organs) >= 0)
					{
						if (m->parent_body.p == NULL && m->body.p == NULL)
							m->parent_body = name;
						else if (m->body.p == NULL)
							m->body = name;
					}
					else if (m->body.p == NULL)
						m->body = name;
				}
				break;
			case IT_SESSION:
				if (m->session_title.p == NULL)
				{
					int			num = 0;

					is_session(it->t, it->n, &num);
					m->session_number = num;
					m->session_title = copy_clean(st, it->t, it->n);
				}
				break;
			case IT_VENUE:
				if (m->venue.p == NULL)
				{
					const char *comma = memchr(it->t, ',', it->n);
					size_t		p = (size_t) (comma - it->t) + 1;

					m->venue = copy_clean(st, it->t, (size_t) (comma - it->t));
					while (p < it->n && it->t[p] == ' ')
						p++;
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
			case IT_REPORT_TYPE:
				if (m->report_type.p == NULL)
					m->report_type = copy_clean(st, it->t, it->n);
				break;
			default:
				break;
		}
	}

	/* agenda title, then title: runs of text items after the agenda item */
	for (i = (agenda >= 0 ? agenda + 1 : ms->n); i < ms->n && run < 2; i++)
	{
		if (ms->items[i].kind == IT_SUMMARY || ms->items[i].kind == IT_REPORT_TYPE)
		{
			if (run == 0)
				run = 1;		/* no agenda title: the run before is the title */
			if (ms->items[i].kind == IT_SUMMARY)
				break;
			continue;
		}
		if (ms->items[i].kind != IT_TEXT)
			continue;
		j = i + 1;
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
		if (run == 0)
			m->agenda_title = join_items(ms, i, j);
		else
			m->title = join_items(ms, i, j);
		run++;
		i = j - 1;
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

	if (m->session_number == 0)
		session_from_paragraph(ms);
	if (ms->n == 0 || (m->body.p == NULL && m->symbol.p == NULL && m->title.p == NULL))
		doc_warn(doc, "no masthead found");
	return doc->arena.failed ? TIP_ENOMEM : TIP_OK;
}
