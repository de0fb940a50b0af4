/*
 * classify.c
 *	  Stage 2: give every line a role from local evidence plus numbering
 *	  sequences.
 *
 * Paragraph numbers run 1..N through a report and never restart, while
 * subsection numbers restart under each section; chapters count I, II, ...
 * and sections A, B, ...  A candidate is accepted where it continues its own
 * sequence and looks like what it claims (a heading is a short block without
 * a final full stop).  Markdown heading levels are used only as evidence
 * that a line is a heading, never for the hierarchy.
 */
#include <string.h>

#include "internal.h"

#define MAX_PENDING 64
#define LOOKAHEAD 400

typedef struct cls_state
{
	tip_doc    *doc;
	int			last_para;
	int			chapter;
	int			letter;
	int			sub;
	int			have_para;
	int			in_fn;
	int			after_sep;
	int			heading_lines;	/* lines in the current heading, 0 = none */
	int			heading_md;		/* the heading was a Markdown heading line */
	char		last_end;		/* last character of the last text line */
	/* footnote marks seen in text and not yet given a body */
	char		pending[MAX_PENDING][8];
	int			n_pending;
} cls_state;

/* Fill num_kind/num/title_at of a line from its leading numbering. */
static void
parse_numbering(tip_line *l)
{
	const char *t = l->t;
	uint32_t	n = l->n,
				k = 0;

	l->num_kind = NUM_NONE;
	if (n == 0)
		return;
	if (lex_is_digit((unsigned char) t[0]))
	{
		int			v = 0;

		while (k < n && k < 5 && lex_is_digit((unsigned char) t[k]))
			v = v * 10 + (t[k++] - '0');
		if (k > 4 || k >= n + 1 || v == 0)
			return;
		if (k < n && t[k] == '.' && (k + 1 == n || t[k + 1] == ' ' || t[k + 1] == COLUMN_GAP))
		{
			k++;
			while (k < n && (t[k] == ' ' || t[k] == COLUMN_GAP))
				k++;
			l->num_kind = NUM_DIGIT;
			l->num = v;
			l->title_at = k;
		}
		return;
	}
	if (lex_is_upper((unsigned char) t[0]))
	{
		while (k < n && k < 8 && lex_is_upper((unsigned char) t[k]))
			k++;
		if (k >= n || t[k] != '.' || k + 1 >= n || (t[k + 1] != ' ' && t[k + 1] != COLUMN_GAP))
			return;
		if (k == 1 && strchr("IVXLC", t[0]) != NULL)
		{
			l->num_kind = NUM_ROMAN_OR_LETTER;
			l->num = lex_roman_value(t, 1);
		}
		else if (k == 1)
		{
			l->num_kind = NUM_LETTER;
			l->num = t[0] - 'A' + 1;
		}
		else if (lex_roman_value(t, k) > 0)
		{
			l->num_kind = NUM_ROMAN;
			l->num = lex_roman_value(t, k);
		}
		else
			return;
		k++;
		while (k < n && (t[k] == ' ' || t[k] == COLUMN_GAP))
			k++;
		l->title_at = k;
		if (k >= n)
			l->num_kind = NUM_NONE;
	}
}

/* Is the whole line page furniture (header, footer, job number, page no)? */
static int
is_furniture(const tip_line *l)
{
	const char *t = l->t;
	size_t		n = l->n,
				k,
				p = 0;

	if (n == 0)
		return 0;
	/* page number alone */
	for (k = 0; k < n && lex_is_digit((unsigned char) t[k]); k++)
		;
	if (k == n && n <= 3)
		return 1;
	/* "4 V.12-54629" / "V.12-54629 5" / "V.14-04110 (E) 300614 010714" */
	if (k > 0 && k <= 3 && k < n && (t[k] == ' ' || t[k] == COLUMN_GAP))
		p = k + 1;
	while (p < n && t[p] == COLUMN_GAP)
		p++;
	k = lex_job_number(t + p, n - p);
	if (k > 0)
	{
		p += k;
		while (p < n)
		{
			char		c = t[p];

			if (c == ' ' || c == COLUMN_GAP || lex_is_digit((unsigned char) c) ||
				c == '(' || c == ')' || c == 'E' || c == '*' || c == '/' || c == '.')
				p++;
			else
				break;
		}
		return p == n;
	}
	/* bar code text: *1254629* */
	if (n >= 9 && n <= 12 && t[0] == '*' && t[n - 1] == '*')
	{
		for (k = 1; k + 1 < n && lex_is_digit((unsigned char) t[k]); k++)
			;
		if (k + 1 == n)
			return 1;
	}
	if (n <= 20 && lex_starts_with_ci(t, n, "Please recycle"))
		return 1;
	return 0;
}

/* Is the line a running header: a document symbol, maybe with a page no? */
static int
is_symbol_line(const tip_line *l)
{
	size_t		k = lex_symbol(l->t, l->n),
				p;

	if (k == 0)
	{
		/* "5 CTOC/COP/2012/2" */
		for (p = 0; p < l->n && p < 3 && lex_is_digit((unsigned char) l->t[p]); p++)
			;
		if (p == 0 || p >= l->n || (l->t[p] != ' ' && l->t[p] != COLUMN_GAP))
			return 0;
		while (p < l->n && (l->t[p] == ' ' || l->t[p] == COLUMN_GAP))
			p++;
		k = lex_symbol(l->t + p, l->n - p);
		return k > 0 && p + k == l->n;
	}
	p = k;
	while (p < l->n && (l->t[p] == ' ' || l->t[p] == COLUMN_GAP || lex_is_digit((unsigned char) l->t[p])))
		p++;
	return p == l->n;
}

/* Is the line a footnote rule or a horizontal rule? */
static int
is_separator(const tip_line *l)
{
	uint32_t	k;

	if (l->n < 3)
		return 0;
	for (k = 0; k < l->n; k++)
		if (l->t[k] != '_' && l->t[k] != '-' && l->t[k] != '=' && l->t[k] != '*' && l->t[k] != ' ')
			return 0;
	return 1;
}

/* Remember the footnote marks a text line carries. */
static void
note_marks(cls_state *cs, const tip_line *l)
{
	const char *open = memchr(l->t, MARK_OPEN, l->n);
	const char *star = memchr(l->t, '*', l->n);
	uint32_t	k;

	/* most lines carry no mark: skip to the first candidate */
	if (open == NULL && star == NULL)
		return;
	if (open == NULL || (star != NULL && star < open))
		open = star;
	for (k = (uint32_t) (open - l->t); k < l->n; k++)
	{
		const char *m = NULL;
		uint32_t	ml = 0;

		if (l->t[k] == MARK_OPEN)
		{
			uint32_t	e = k + 1;

			while (e < l->n && l->t[e] != MARK_CLOSE)
				e++;
			m = l->t + k + 1;
			ml = e - k - 1;
			k = e;
		}
		else if (l->t[k] == '*' && k > 0 && !lex_is_space((unsigned char) l->t[k - 1]) &&
				 (k + 1 == l->n || l->t[k + 1] == ' ' || l->t[k + 1] == '.' || l->t[k + 1] == ','))
		{
			m = "*";
			ml = 1;
		}
		if (m != NULL && ml > 0 && ml < 8 && cs->n_pending < MAX_PENDING)
		{
			memcpy(cs->pending[cs->n_pending], m, ml);
			cs->pending[cs->n_pending][ml] = '\0';
			cs->n_pending++;
		}
	}
}

/* If mark (length ml) is pending, consume it and return 1. */
static int
take_pending(cls_state *cs, const char *m, size_t ml)
{
	int			k;

	for (k = 0; k < cs->n_pending; k++)
		if (strlen(cs->pending[k]) == ml && memcmp(cs->pending[k], m, ml) == 0)
		{
			memmove(cs->pending[k], cs->pending[k + 1], sizeof(cs->pending[0]) * (size_t) (cs->n_pending - k - 1));
			cs->n_pending--;
			return 1;
		}
	return 0;
}

/*
 * Does the line open a footnote?  Superscript marks, Markdown escaped "\*",
 * "N text" right after a footnote rule, or a mark the text announced.
 */
static int
is_footnote_start(cls_state *cs, const tip_line *l)
{
	const char *t = l->t;
	uint32_t	n = l->n,
				k = 0;

	if (n >= 3 && t[0] == MARK_OPEN)
	{
		while (k < n && t[k] != MARK_CLOSE)
			k++;
		if (k + 1 < n)
		{
			take_pending(cs, t + 1, k - 1);
			return 1;
		}
		return 0;
	}
	if (l->flags & LF_LITMARK)
	{
		take_pending(cs, "*", 1);
		return 1;
	}
	if ((l->flags & LF_BULLET_STAR) && take_pending(cs, "*", 1))
		return 1;
	/* "12 Text" or "* Text" */
	while (k < n && k < 3 && lex_is_digit((unsigned char) t[k]))
		k++;
	if (k == 0 && n > 2 && t[0] == '*' && t[1] == ' ')
		k = 1;
	if (k > 0 && k < n && (t[k] == ' ' || t[k] == COLUMN_GAP) && !(l->flags & LF_BULLET))
	{
		if (take_pending(cs, t, k))
			return 1;
		if (cs->after_sep)
			return 1;
	}
	return 0;
}

/* Index of the next non-blank, non-furniture line after i, or -1. */
static int
next_content(const tip_doc *doc, int i)
{
	int			j;

	for (j = i + 1; j < doc->n_lines && j < i + LOOKAHEAD; j++)
	{
		const tip_line *l = &doc->lines[j];

		if (l->flags & LF_BLANK)
			continue;
		if (is_furniture(l) || is_symbol_line(l) || is_separator(l))
			continue;
		return j;
	}
	return -1;
}

/*
 * Characters and lines of the block starting at line i (up to a blank line),
 * and the last character of that block.
 */
static void
block_shape(const tip_doc *doc, int i, size_t *chars, int *lines, char *last)
{
	int			j;

	*chars = 0;
	*lines = 0;
	*last = 0;
	for (j = i; j < doc->n_lines && j < i + 6; j++)
	{
		const tip_line *l = &doc->lines[j];

		if ((l->flags & LF_BLANK) || (j > i && (l->flags & LF_SPLIT)))
			break;
		if (j > i && (l->num_kind != NUM_NONE || l->md_level > 0))
			break;
		*chars += l->n;
		(*lines)++;
		if (l->n > 0)
			*last = l->t[l->n - 1];
	}
}

/* Does the block at line i have the shape of a heading? */
static int
heading_shape(const tip_doc *doc, int i)
{
	const tip_line *l = &doc->lines[i];
	size_t		chars;
	int			lines;
	char		last;

	if (l->md_level > 0)
		return l->n <= 300 && l->t[l->n - 1] != '.';
	block_shape(doc, i, &chars, &lines, &last);
	if (l->flags & LF_EMPH_ALL)
		return chars <= 300 && last != '.';
	return chars <= 220 && lines <= 3 && last != '.' && last != ';' && last != ',';
}

/* Next digit-numbered line after i within the lookahead, or -1. */
static int
next_digit_candidate(const tip_doc *doc, int i)
{
	int			j;

	for (j = i + 1; j < doc->n_lines && j < i + LOOKAHEAD; j++)
		if (doc->lines[j].num_kind == NUM_DIGIT)
			return j;
	return -1;
}

/* Does the line look like an unnumbered topic heading? */
static int
topic_shape(cls_state *cs, int i)
{
	const tip_doc *doc = cs->doc;
	const tip_line *l = &doc->lines[i];
	const tip_line *prev = i > 0 ? &doc->lines[i - 1] : NULL;
	unsigned char c0 = (unsigned char) l->t[0];
	int			nx;
	size_t		chars;
	int			lines;
	char		last;

	if (l->n == 0 || l->num_kind != NUM_NONE || (l->flags & LF_BULLET))
		return 0;
	if (!(lex_is_upper(c0) || c0 >= 0x80 || c0 == '"'))
		return 0;
	/*
	 * A topic starts a block.  Text extracted without blank lines has none:
	 * there a topic must follow a finished sentence and be short.
	 */
	if (prev != NULL && !(prev->flags & LF_BLANK) && !(l->flags & LF_SPLIT) &&
		prev->role != ROLE_HEADING && prev->role != ROLE_HEADING_CONT &&
		prev->role != ROLE_TOPIC && prev->role != ROLE_FURNITURE)
	{
		char		pe = prev->n > 0 ? prev->t[prev->n - 1] : 0;

		if (doc->rendering == REND_MARKDOWN || l->n > 100 || !(pe == '.' || pe == ':' || pe == ';'))
			return 0;
	}
	block_shape(doc, i, &chars, &lines, &last);
	nx = next_content(doc, i + (lines > 0 ? lines - 1 : 0));
	if (nx < 0)
		return 0;
	{
		const tip_line *nl = &doc->lines[nx];
		int			next_ok = (nl->num_kind == NUM_DIGIT && nl->num == cs->last_para + 1) ||
			nl->num_kind == NUM_ROMAN || nl->num_kind == NUM_ROMAN_OR_LETTER ||
			nl->num_kind == NUM_LETTER ||
			(nl->md_level > 0 || (nl->flags & LF_EMPH_ALL));

		/* the block we measured must end right before the next content */
		if (!next_ok)
			return 0;
	}
	if (l->md_level > 0 || (l->flags & LF_EMPH_ALL))
		return chars <= 300 && last != '.';
	/* a sentence ending in a plain footnote mark after its full stop
	 * ("<word>.<digit>") is no heading */
	if (lex_is_digit((unsigned char) last))
	{
		const tip_line *e = &doc->lines[i + lines - 1];
		uint32_t	k = e->n;

		while (k > 0 && lex_is_digit((unsigned char) e->t[k - 1]))
			k--;
		if (k > 0 && (e->t[k - 1] == '.' || e->t[k - 1] == ',' || e->t[k - 1] == ';'))
			return 0;
	}
	/* plain text: short, no final punctuation, after a finished sentence */
	if (chars > 150 || lines > 2 || last == '.' || last == ',' || last == ';' || last == ':')
		return 0;
	return cs->last_end == 0 || cs->last_end == '.' || cs->last_end == ':' ||
		cs->last_end == ';' || (unsigned char) cs->last_end >= 0x80 || cs->last_end == ')';
}

/* A line of a table of contents: dot leaders ("Introduction ..... 1-3  3"). */
static int
is_contents_line(const tip_line *l)
{
	return lex_find(l->t, l->n, ".....") != NULL || lex_find(l->t, l->n, ". . . .") != NULL;
}

/* A short line in capitals, letters and spaces only: "INTRODUCTION". */
static int
capitals_heading(const tip_line *l)
{
	uint32_t	k,
				letters = 0;

	if (l->n == 0 || l->n > 60)
		return 0;
	for (k = 0; k < l->n; k++)
	{
		if (lex_is_upper((unsigned char) l->t[k]))
			letters++;
		else if (l->t[k] != ' ' && l->t[k] != '-')
			return 0;
	}
	return letters >= 4;
}

/*
 * Index of the first line of the report body (first heading or paragraph);
 * -1 when the progress hook asked to stop.
 */
static int
find_body_start(tip_doc *doc)
{
	int			i,
				contents = 0;

	for (i = 0; i < doc->n_lines; i++)
	{
		const tip_line *l = &doc->lines[i];

		if (doc_tick(doc, 0))
			return -1;

		/* a table of contents (dot leaders) is not the body */
		if (is_contents_line(l))
		{
			contents = 1;
			continue;
		}
		if (contents && l->num_kind == NUM_DIGIT && l->num == 1)
		{
			/* after the contents, a heading in capitals may open the body */
			int			j = i - 1;

			while (j >= 0 && (doc->lines[j].flags & LF_BLANK))
				j--;
			if (j >= 0 && capitals_heading(&doc->lines[j]))
				return j;
			return i;
		}
		if ((l->num_kind == NUM_ROMAN_OR_LETTER && l->t[0] == 'I') ||
			(l->num_kind == NUM_LETTER && l->t[0] == 'A') ||
			(l->num_kind == NUM_DIGIT && l->num == 1))
			return i;
	}
	return doc->n_lines;
}

/* Record the last visible character of a text line. */
static void
note_end(cls_state *cs, const tip_line *l)
{
	uint32_t	n = l->n;

	while (n > 0 && (l->t[n - 1] == MARK_CLOSE || l->t[n - 1] == MARK_OPEN ||
					 lex_is_digit((unsigned char) l->t[n - 1]) || l->t[n - 1] == '*'))
	{
		/* skip a trailing footnote mark */
		uint32_t	k = n;

		if (l->t[n - 1] == MARK_CLOSE)
		{
			while (k > 0 && l->t[k - 1] != MARK_OPEN)
				k--;
			n = k > 0 ? k - 1 : 0;
			continue;
		}
		break;
	}
	cs->last_end = n > 0 ? l->t[n - 1] : 0;
	/* closing quotes count as the end of a sentence */
	if (n >= 3 && (unsigned char) l->t[n - 3] == 0xE2 && (unsigned char) l->t[n - 2] == 0x80 &&
		(unsigned char) l->t[n - 1] == 0x9D)
		cs->last_end = '.';
}

/* Decide a numbered line; returns the role (or ROLE_NONE if not numbered). */
static line_role
numbered_role(cls_state *cs, int i)
{
	tip_doc    *doc = cs->doc;
	tip_line   *l = &doc->lines[i];

	if (l->num_kind == NUM_DIGIT)
	{
		int			N = l->num;
		int			strong = l->md_level > 0 || (l->flags & LF_EMPH_ALL);

		if (N == cs->last_para + 1)
		{
			int			nx = next_digit_candidate(doc, i);

			if (strong && heading_shape(doc, i))
				goto subsection;
			if (nx >= 0 && doc->lines[nx].num == N && heading_shape(doc, i))
				goto subsection;
			goto paragraph;
		}
		if ((N == cs->sub + 1 || N == 1) && heading_shape(doc, i) &&
			(cs->chapter > 0 || cs->letter > 0 || strong))
			goto subsection;
		if (N > cs->last_para + 1 && N <= cs->last_para + 5 && !heading_shape(doc, i))
		{
			doc_warn(doc, "paragraph numbers skip");
			goto paragraph;
		}
		return ROLE_NONE;

paragraph:
		cs->last_para = N;
		cs->have_para = 1;
		return ROLE_PARAGRAPH;
subsection:
		cs->sub = N;
		return ROLE_HEADING;
	}
	if (l->num_kind == NUM_ROMAN || l->num_kind == NUM_ROMAN_OR_LETTER || l->num_kind == NUM_LETTER)
	{
		int			R = l->num_kind == NUM_LETTER ? 0 : l->num;
		int			L = (l->num_kind == NUM_ROMAN) ? 0 : l->t[0] - 'A' + 1;
		int			roman_fit = R > 0 && (R == cs->chapter + 1 || (R > cs->chapter && R <= cs->chapter + 2));
		int			letter_fit = L > 0 && (L == cs->letter + 1 || L == 1);
		unsigned char c0 = (unsigned char) l->t[l->title_at];

		if (!(lex_is_upper(c0) || c0 >= 0x80 || c0 == '"' || lex_is_digit(c0)))
			return ROLE_NONE;
		if (!heading_shape(doc, i))
			return ROLE_NONE;
		if (roman_fit && letter_fit)
		{
			/* "I." after "H.", "V." after "U.": the exact successor wins */
			if (L == cs->letter + 1 && L > 1 && R != cs->chapter + 1)
				roman_fit = 0;
			else
				letter_fit = 0;
		}
		if (roman_fit)
		{
			l->num_kind = NUM_ROMAN;
			cs->chapter = R;
			cs->letter = 0;
			cs->sub = 0;
			return ROLE_HEADING;
		}
		if (letter_fit)
		{
			l->num_kind = NUM_LETTER;
			l->num = L;
			cs->letter = L;
			cs->sub = 0;
			return ROLE_HEADING;
		}
	}
	return ROLE_NONE;
}

/*
 * The 60th percentile of line widths: what a full line looks like; -1 when
 * the progress hook asked to stop.
 */
static int
typical_width(tip_doc *doc)
{
	long		hist[257];
	long		total = 0,
				seen = 0;
	int			i,
				w;

	memset(hist, 0, sizeof(hist));
	for (i = 0; i < doc->n_lines; i++)
	{
		const tip_line *l = &doc->lines[i];

		if (doc_tick(doc, 0))
			return -1;
		if (l->n == 0)
			continue;
		w = (int) (l->indent + l->n);
		hist[w > 256 ? 256 : w]++;
		total++;
	}
	for (w = 0; w <= 256; w++)
	{
		seen += hist[w];
		if (seen * 5 >= total * 3)
			return w;
	}
	return 256;
}

/* Stage entry: set doc->lines[i].role for every line. */
tip_status
classify_lines(tip_doc *doc, const tip_options *opt)
{
	cls_state	cs;
	int			i,
				body;

	(void) opt;					/* the hook is reached through doc_tick() */
	memset(&cs, 0, sizeof(cs));
	cs.doc = doc;
	for (i = 0; i < doc->n_lines; i++)
	{
		if (doc_tick(doc, 0))
			return TIP_ECANCEL;
		parse_numbering(&doc->lines[i]);
	}
	doc->line_width = typical_width(doc);
	body = find_body_start(doc);
	if (doc->line_width < 0 || body < 0)
		return TIP_ECANCEL;

	for (i = 0; i < doc->n_lines; i++)
	{
		tip_line   *l = &doc->lines[i];
		line_role	role;

		if (doc_tick(doc, l->n))
			return TIP_ECANCEL;

		if (l->flags & LF_BLANK)
		{
			l->role = ROLE_BLANK;
			cs.in_fn = 0;
			cs.after_sep = 0;
			cs.heading_lines = 0;
			continue;
		}
		if (is_furniture(l) || (i >= body && is_symbol_line(l)))
		{
			l->role = ROLE_FURNITURE;
			cs.in_fn = 0;
			continue;
		}
		if (is_separator(l))
		{
			l->role = ROLE_SEPARATOR;
			cs.after_sep = 1;
			cs.in_fn = 0;
			cs.heading_lines = 0;
			continue;
		}
		if (is_footnote_start(&cs, l))
		{
			l->role = ROLE_FOOTNOTE;
			cs.in_fn = 1;
			cs.heading_lines = 0;
			continue;
		}
		if (cs.in_fn && l->num_kind == NUM_NONE)
		{
			l->role = ROLE_FOOTNOTE_CONT;
			continue;
		}
		cs.in_fn = 0;
		cs.after_sep = 0;

		if (i < body)
		{
			l->role = ROLE_MASTHEAD;
			note_marks(&cs, l);
			continue;
		}

		role = numbered_role(&cs, i);
		if (role != ROLE_NONE)
		{
			l->role = (uint8_t) role;
			if (role == ROLE_HEADING)
			{
				cs.heading_lines = 1;
				cs.heading_md = l->md_level > 0;
				cs.last_end = 0;
			}
			else
			{
				cs.heading_lines = 0;
				note_marks(&cs, l);
				note_end(&cs, l);
			}
			continue;
		}

		/* further line of a wrapped heading title */
		if (cs.heading_lines > 0 && cs.heading_lines < 4 && !cs.heading_md &&
			!(l->flags & LF_SPLIT) && l->md_level == 0 && l->n <= 200 &&
			!(l->flags & LF_BULLET) && i > 0 && !(doc->lines[i - 1].flags & LF_BLANK) &&
			!lex_ended_on_purpose(doc->lines[i - 1].t, doc->lines[i - 1].n, doc->lines[i - 1].indent,
								  l->t, l->n, (size_t) (doc->line_width > 16 ? doc->line_width - 8 : 8)))
		{
			l->role = ROLE_HEADING_CONT;
			cs.heading_lines++;
			continue;
		}
		cs.heading_lines = 0;

		if (topic_shape(&cs, i))
		{
			l->role = ROLE_TOPIC;
			cs.heading_lines = 1;
			cs.heading_md = l->md_level > 0;
			cs.last_end = 0;
			continue;
		}
		l->role = (l->flags & LF_BULLET) ? ROLE_BULLET : ROLE_TEXT;
		note_marks(&cs, l);
		note_end(&cs, l);
	}
	return TIP_OK;
}
