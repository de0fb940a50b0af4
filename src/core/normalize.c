/*
 * normalize.c
 *	  Stage 1: bytes -> cleaned lines.
 *
 * Splits the input at LF, CRLF, CR and form feed; recognises the rendering
 * (Markdown, pdftotext -layout, plain); removes Markdown and HTML markup and
 * escapes while recording what they said (heading level, emphasis, bullets,
 * hard breaks) as line flags; turns superscript footnote marks into
 * MARK_OPEN mark MARK_CLOSE; folds the many Unicode spaces; collapses runs
 * of blank lines.  Bold or italic runs glued together without a space
 * ("Persons****Report") were separate lines in the PDF: the line is cut there.
 */
#include <string.h>

#include "internal.h"
#include "bytes8.h"

typedef struct norm_state
{
	tip_doc    *doc;
	tip_store  *st;
	const char *in;
	size_t		len;
	int			md;
	int			layout;

	/* emphasis state, kept across the lines of one block */
	int			emph_open;		/* open '*' characters */
	int			emph_bold;		/* the open run is bold */

	/* cache for closer_ahead() */
	size_t		cl_found;		/* position of a closing run, or SIZE_MAX */
	size_t		cl_from;		/* scan start that produced the cache */
	size_t		cl_end;			/* where the last scan stopped */

	/* line array */
	tip_line   *lines;
	int			n;
	int			cap;

	int			pending_bullet; /* a bullet glyph stood alone on a line */

	/* the line being written */
	tip_line   *cur;
	char	   *out;
	uint32_t   *osrc;
	size_t		on;
	size_t		ocap;
	int			pend_space;
	uint32_t	pend_src;
	int			gap;
	int			any_plain;
	int			any_bold;
} norm_state;

/* Append a line record, growing the array by doubling. */
static tip_line *
push_line(norm_state *ns)
{
	if (ns->n == ns->cap)
	{
		int			ncap = ns->cap ? ns->cap * 2 : 256;
		tip_line   *nl;

		if (ncap < ns->cap || ncap > (1 << 28))
		{
			ns->doc->arena.failed = 1;
			return NULL;
		}
		nl = arena_grow_array(&ns->doc->arena, ns->lines, (size_t) ns->n,
							  (size_t) ncap, sizeof(tip_line));
		if (nl == NULL)
			return NULL;
		ns->lines = nl;
		ns->cap = ncap;
	}
	memset(&ns->lines[ns->n], 0, sizeof(tip_line));
	return &ns->lines[ns->n++];
}

/*
 * Where lines end: the next LF, CR and FF are found with memchr once and
 * kept until passed, so every byte is looked at a bounded number of times
 * (also for CR-only text, where LF is never found).
 */
typedef struct line_ends
{
	const char *in;
	size_t		len;
	size_t		next[3];
	int			have[3];
} line_ends;

static void
line_ends_init(line_ends *le, const char *in, size_t len)
{
	memset(le, 0, sizeof(*le));
	le->in = in;
	le->len = len;
}

/* End (exclusive) of the line that starts at i: the next LF, CR or FF. */
static size_t
line_end(line_ends *le, size_t i)
{
	static const char seps[3] = {'\n', '\r', '\f'};
	size_t		e = le->len;
	int			k;

	for (k = 0; k < 3; k++)
	{
		if (!le->have[k] || le->next[k] < i)
		{
			const char *p = memchr(le->in + i, seps[k], le->len - i);

			le->next[k] = p ? (size_t) (p - le->in) : le->len;
			le->have[k] = 1;
		}
		if (le->next[k] < e)
			e = le->next[k];
	}
	return e;
}

/*
 * Allocate the line array once for the lines the input can hold: one per
 * line end that closes a non-blank line (runs of blank lines collapse into
 * one record), one per cut of an overlong line, and a few more.  Lines cut
 * at glued markup may still grow it later; no doubling copies are left
 * behind in the arena for plain inputs.
 */
static int
presize_lines(norm_state *ns)
{
	const char *in = ns->in;
	size_t		len = ns->len,
				ends = 2 + len / TIP_LINE_MAX,
				i = 0;
	line_ends	le;

	/* line ends by memchr; a line counts when it holds more than spaces */
	line_ends_init(&le, in, len);
	while (i < len)
	{
		size_t		e = line_end(&le, i),
					p = i;

		while (p < e && (in[p] == ' ' || in[p] == '\t'))
			p++;
		ends += (p < e);
		/* memchr reads eight bytes or more at a step: counted as such */
		if (doc_tick(ns->doc, (e - i) / 8))
			return -1;
		i = e + 1;
	}
	if (ends > (1 << 28))
	{
		ns->doc->arena.failed = 1;
		return -1;
	}
	ns->lines = arena_alloc_array(&ns->doc->arena, ends, sizeof(tip_line));
	if (ns->lines == NULL)
		return -1;
	ns->cap = (int) ends;
	return 0;
}

/* Begin writing a line whose input span is [a, b). */
static int
begin_line(norm_state *ns, size_t a, size_t b, uint16_t flags)
{
	size_t		room = (b - a) + (b - a) / 2 + 8;

	ns->cur = push_line(ns);
	if (ns->cur == NULL)
		return -1;
	ns->out = store_reserve(ns->st, room, &ns->osrc);
	if (ns->out == NULL)
		return -1;
	ns->ocap = room;
	ns->on = 0;
	ns->pend_space = 0;
	ns->gap = 0;
	ns->any_plain = 0;
	ns->any_bold = 0;
	ns->cur->raw_off = (uint32_t) a;
	ns->cur->raw_len = (uint32_t) (b - a);
	ns->cur->flags = flags;
	return 0;
}

/* Finish the current line: trim, flag, commit its text. */
static void
end_line(norm_state *ns, size_t raw_end)
{
	tip_line   *l = ns->cur;

	while (ns->on > 0 && ns->out[ns->on - 1] == ' ')
		ns->on--;
	l->t = ns->out;
	l->src = ns->osrc;
	l->n = (uint32_t) ns->on;
	l->raw_len = (uint32_t) (raw_end - l->raw_off);
	if (ns->on == 0)
		l->flags |= LF_BLANK;
	else if (!ns->any_plain)
	{
		l->flags |= LF_EMPH_ALL;
		if (!ns->any_bold)
			l->flags |= LF_ITALIC_ALL;
	}
	store_commit(ns->st, ns->on);
	ns->cur = NULL;
}

/* Emit one output byte that came from input offset src. */
static inline void
put(norm_state *ns, char c, uint32_t src)
{
	if (ns->pend_space)
	{
		if (ns->on > 0)
		{
			ns->out[ns->on] = ((ns->gap >= 3 && ns->layout) || (ns->gap >= 8 && !ns->md)) ? COLUMN_GAP : ' ';
			ns->osrc[ns->on++] = ns->pend_src;
		}
		ns->pend_space = 0;
		ns->gap = 0;
	}
	if (ns->on < ns->ocap)
	{
		ns->out[ns->on] = c;
		ns->osrc[ns->on++] = src;
	}
	if ((unsigned char) c > ' ' && c != MARK_OPEN && c != MARK_CLOSE)
	{
		if (ns->emph_open == 0)
			ns->any_plain = 1;
		else if (ns->emph_bold)
			ns->any_bold = 1;
	}
}

/* Note whitespace (width w) at src; collapsed into one space by put(). */
static inline void
space(norm_state *ns, uint32_t src, int w)
{
	if (!ns->pend_space)
	{
		ns->pend_space = 1;
		ns->pend_src = src;
	}
	ns->gap += w;
}

/* Is a blank line (only spaces/tabs/CR) at the start of position p? */
static int
blank_line_at(const char *in, size_t len, size_t p)
{
	while (p < len && (in[p] == ' ' || in[p] == '\t' || in[p] == '\r'))
		p++;
	return p >= len || in[p] == '\n' || in[p] == '\f';
}

/*
 * Is there a run of '*' that can close emphasis between pos and the end of
 * the current block (the next blank line)?  Cached so the total scanning
 * stays linear in the input.
 */
static int
closer_ahead(norm_state *ns, size_t pos)
{
	const char *in = ns->in;
	size_t		p;

	if (ns->cl_found != SIZE_MAX && ns->cl_found >= pos && ns->cl_from <= pos)
		return 1;
	if (ns->cl_found == SIZE_MAX && pos >= ns->cl_from && pos < ns->cl_end)
		return 0;

	ns->cl_from = pos;
	for (p = pos; p < ns->len; p++)
	{
		char		c = in[p];

		if (c == '\n' || c == '\f')
		{
			if (blank_line_at(in, ns->len, p + 1))
				break;
		}
		else if (c == '\\')
			p++;
		else if (c == '*' && p > 0 && !lex_is_space((unsigned char) in[p - 1]) &&
				 in[p - 1] != '\\')
		{
			ns->cl_found = p;
			ns->cl_end = p;
			return 1;
		}
	}
	ns->cl_found = SIZE_MAX;
	ns->cl_end = p;
	return 0;
}

/* Length of a superscript digit at s (UTF-8), storing the digit; 0 if none. */
static int
sup_digit(const unsigned char *s, size_t n, char *digit)
{
	if (n >= 2 && s[0] == 0xC2)
	{
		if (s[1] == 0xB9)
			return *digit = '1', 2;
		if (s[1] == 0xB2)
			return *digit = '2', 2;
		if (s[1] == 0xB3)
			return *digit = '3', 2;
	}
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x81)
	{
		if (s[2] == 0xB0)
			return *digit = '0', 3;
		if (s[2] >= 0xB4 && s[2] <= 0xB9)
			return *digit = (char) ('4' + (s[2] - 0xB4)), 3;
	}
	return 0;
}

/* Encode code point cp as UTF-8 into buf; returns length (0 if invalid). */
static int
utf8_encode(unsigned long cp, char *buf)
{
	if (cp < 0x80)
		return buf[0] = (char) cp, 1;
	if (cp < 0x800)
	{
		buf[0] = (char) (0xC0 | (cp >> 6));
		buf[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp >= 0xD800 && cp <= 0xDFFF)
		return 0;
	if (cp < 0x10000)
	{
		buf[0] = (char) (0xE0 | (cp >> 12));
		buf[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		buf[2] = (char) (0x80 | (cp & 0x3F));
		return 3;
	}
	if (cp <= 0x10FFFF)
	{
		buf[0] = (char) (0xF0 | (cp >> 18));
		buf[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
		buf[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
		buf[3] = (char) (0x80 | (cp & 0x3F));
		return 4;
	}
	return 0;
}

/*
 * Decode an HTML entity at in[i] ('&'); returns bytes consumed (0 if none)
 * and writes the decoded bytes to buf/blen.
 */
static size_t
html_entity(const char *in, size_t i, size_t b, char *buf, int *blen)
{
	static const struct
	{
		const char *name;
		const char *val;
	}			named[] = {
		{"amp;", "&"}, {"lt;", "<"}, {"gt;", ">"}, {"quot;", "\""},
		{"apos;", "'"}, {"nbsp;", " "}, {"ndash;", "\xE2\x80\x93"},
		{"mdash;", "\xE2\x80\x94"}, {"rsquo;", "\xE2\x80\x99"},
		{"lsquo;", "\xE2\x80\x98"}, {"ldquo;", "\xE2\x80\x9C"},
		{"rdquo;", "\xE2\x80\x9D"}
	};
	size_t		k;

	if (i + 1 < b && in[i + 1] == '#')
	{
		unsigned long cp = 0;
		size_t		p = i + 2;
		int			hex = 0,
					digits = 0;

		if (p < b && (in[p] == 'x' || in[p] == 'X'))
			hex = 1, p++;
		for (; p < b && digits < 7; p++, digits++)
		{
			unsigned char c = (unsigned char) in[p];

			if (c >= '0' && c <= '9')
				cp = cp * (hex ? 16 : 10) + (c - '0');
			else if (hex && ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'))
				cp = cp * 16 + ((c | 0x20) - 'a' + 10);
			else
				break;
		}
		if (digits == 0 || p >= b || in[p] != ';')
			return 0;
		if (cp < 0x20 || cp == 0x7F)
			cp = ' ';
		*blen = utf8_encode(cp, buf);
		if (*blen == 0)
			return 0;
		return p + 1 - i;
	}
	for (k = 0; k < sizeof(named) / sizeof(named[0]); k++)
	{
		size_t		nl = strlen(named[k].name);

		if (i + 1 + nl <= b && memcmp(in + i + 1, named[k].name, nl) == 0)
		{
			*blen = (int) strlen(named[k].val);
			memcpy(buf, named[k].val, (size_t) *blen);
			return nl + 1;
		}
	}
	return 0;
}

/* Length of an HTML tag we drop at in[i] ('<'), or 0. *is_br for <br>. */
static size_t
html_tag(const char *in, size_t i, size_t b, int *is_br)
{
	static const char *const tags[] = {
		"br", "b", "i", "u", "em", "strong", "span", "sub", "p", "div", "a", "small"
	};
	size_t		p = i + 1,
				k;

	*is_br = 0;
	if (p < b && in[p] == '/')
		p++;
	for (k = 0; k < sizeof(tags) / sizeof(tags[0]); k++)
	{
		size_t		tl = strlen(tags[k]);

		if (p + tl <= b && lex_starts_with_ci(in + p, b - p, tags[k]) &&
			p + tl < b && (in[p + tl] == '>' || in[p + tl] == ' ' || in[p + tl] == '/'))
		{
			size_t		q = p + tl;

			while (q < b && q - i < 200 && in[q] != '>' && in[q] != '<')
				q++;
			if (q < b && in[q] == '>')
			{
				*is_br = (k == 0);
				return q + 1 - i;
			}
			return 0;
		}
	}
	return 0;
}

/*
 * Handle a run of '*' at in[i] of length k in Markdown.  Returns 1 when the
 * line must be cut after the run (glued runs), else 0.
 */
static int
star_run(norm_state *ns, size_t i, size_t k, size_t line_start, size_t b)
{
	const char *in = ns->in;
	int			can_close = i > line_start && !lex_is_space((unsigned char) in[i - 1]);
	int			can_open = i + k < b && !lex_is_space((unsigned char) in[i + k]);
	int			left = (int) k;
	int			closed = 0;

	if (can_close && ns->emph_open > 0)
	{
		int			c = left < ns->emph_open ? left : ns->emph_open;

		ns->emph_open -= c;
		left -= c;
		closed = 1;
		if (ns->emph_open == 0)
			ns->emph_bold = 0;
	}
	if (left > 0 && can_open && closer_ahead(ns, i + k))
	{
		ns->emph_open += left;
		if (left >= 2)
			ns->emph_bold = 1;
		/* a closer glued to an opener: two lines typeset without a break */
		return closed && can_close;
	}
	if (left > 0 && !closed)
	{
		/* no partner: a literal asterisk, i.e. a footnote mark */
		while (left-- > 0)
			put(ns, '*', (uint32_t) i);
	}
	return 0;
}

/*
 * Bytes that clean_line() copies unchanged: printable ASCII, less the
 * characters that open Markdown markup when the text is Markdown.
 */
static unsigned char plain_byte[2][256];
static int	plain_ready;

static void
init_plain_bytes(void)
{
	int			c;

	if (plain_ready)
		return;
	for (c = 0x21; c < 0x7F; c++)
	{
		plain_byte[0][c] = 1;
		plain_byte[1][c] = !(c == '\\' || c == '*' || c == '[' || c == '!' || c == '<' || c == '&');
	}
	plain_ready = 1;
}

/*
 * os[k] = from + k for k < n: the input offsets of bytes copied in one
 * piece.  Four at a time, written so that compilers make it vector adds.
 */
static void
src_offsets(uint32_t *os, size_t n, uint32_t from)
{
	uint32_t	v[4] = {from, from + 1, from + 2, from + 3};
	size_t		k;
	int			q;

	for (k = 0; k + 4 <= n; k += 4)
		for (q = 0; q < 4; q++)
		{
			os[k + q] = v[q];
			v[q] += 4;
		}
	for (; k < n; k++)
		os[k] = from + (uint32_t) k;
}

/*
 * Copy the run [i, j) of plain bytes and single spaces between them: the
 * first byte goes through put() (pending space, emphasis flags), the rest
 * in bulk, which is what put() would do byte by byte.
 */
static void
emit_run(norm_state *ns, size_t i, size_t j)
{
	size_t		n = j - i - 1,
				k;
	char	   *o;
	uint32_t   *os;

	put(ns, ns->in[i], (uint32_t) i);
	if (ns->on + n > ns->ocap)
	{
		for (k = i + 1; k < j; k++)
			put(ns, ns->in[k], (uint32_t) k);
		return;
	}
	o = ns->out + ns->on;
	os = ns->osrc + ns->on;
	memcpy(o, ns->in + i + 1, n);
	src_offsets(os, n, (uint32_t) (i + 1));
	ns->on += n;
}

/*
 * The bytes of v that plain_byte[md] marks: printable ASCII but for the
 * bytes that open Markdown markup when md.
 */
static inline uint64_t
plain_mask8(uint64_t v, int md)
{
	uint64_t	not_plain = b8_below(v, 0x21) | (B8_HIGHS & ~b8_below(v, 0x7F));

	if (md)
		not_plain |= b8_eq(v, '\\') | b8_eq(v, '*') | b8_eq(v, '[') | b8_eq(v, '!') |
			b8_eq(v, '<') | b8_eq(v, '&');
	return ~not_plain & B8_HIGHS;
}

/*
 * From in[j], past the eight-byte blocks that clean_line() copies whole as
 * part of a run of plain bytes: plain bytes and spaces, no two spaces side
 * by side, and a plain byte after a space at the end.  Needs in[j + 8]
 * before lim; the byte loop of clean_line() finds the exact end from there.
 */
static size_t
plain_run(const norm_state *ns, const unsigned char *plain, size_t j, size_t lim)
{
	const char *in = ns->in;

	while (j + 9 <= lim)
	{
		uint64_t	v = b8_load(in + j);
		uint64_t	sp = b8_eq(v, ' ');

		if ((plain_mask8(v, ns->md) | sp) != B8_HIGHS ||
			(sp & b8_eq(b8_load(in + j + 1), ' ')) != 0 ||
			(in[j + 7] == ' ' && !plain[(unsigned char) in[j + 8]]))
			break;
		j += 8;
	}
	return j;
}

/* Clean input line [a, b) into one or more tip_lines. */
static int
clean_line(norm_state *ns, size_t a, size_t b, uint16_t flags)
{
	const char *in = ns->in;
	size_t		i = a;
	int			indent = 0;
	size_t		link_close = SIZE_MAX,
				link_end = 0;
	size_t		content_start;
	const unsigned char *plain = plain_byte[ns->md ? 1 : 0];

	if (begin_line(ns, a, b, flags) != 0)
		return -1;

	/* indentation, counting no-break spaces too */
	for (;;)
	{
		if (i < b && in[i] == ' ')
			indent++, i++;
		else if (i < b && in[i] == '\t')
			indent += 4, i++;
		else if (i + 1 < b && (unsigned char) in[i] == 0xC2 && (unsigned char) in[i + 1] == 0xA0)
			indent++, i += 2;
		else
			break;
	}
	ns->cur->indent = (uint16_t) (indent > 65535 ? 65535 : indent);

	if (ns->md)
	{
		if (i < b && in[i] == '#')
		{
			size_t		k = 0;

			while (i + k < b && in[i + k] == '#' && k < 7)
				k++;
			if (k <= 6 && (i + k == b || in[i + k] == ' ' || in[i + k] == '\t'))
			{
				ns->cur->md_level = (uint8_t) k;
				i += k;
				while (i < b && (in[i] == ' ' || in[i] == '\t'))
					i++;
			}
		}
		while (i < b && in[i] == '>')
		{
			i++;
			while (i < b && in[i] == ' ')
				i++;
		}
	}

	/* bullet markers */
	if (i + 1 < b && (in[i] == '-' || (ns->md && (in[i] == '*' || in[i] == '+'))) &&
		(in[i + 1] == ' ' || in[i + 1] == '\t'))
	{
		ns->cur->flags |= LF_BULLET | (in[i] == '*' ? LF_BULLET_STAR : 0);
		i += 2;
	}
	else if (i + 2 < b && (unsigned char) in[i] == 0xE2 && (unsigned char) in[i + 1] == 0x80 &&
			 ((unsigned char) in[i + 2] == 0xA2 ||
			  ((unsigned char) in[i + 2] == 0x93 && !(i + 4 < b && lex_is_lower((unsigned char) in[i + 4])))) &&
			 (i + 3 == b || in[i + 3] == ' ' || in[i + 3] == '\t'))
	{
		/* "• " and "– " (a dash before lower case is a wrapped dash) */
		ns->cur->flags |= LF_BULLET;
		i += (i + 3 == b) ? 3 : 4;
	}
	else if (i + 2 < b && (unsigned char) in[i] == 0xEF && (unsigned char) in[i + 1] == 0x82 &&
			 ((unsigned char) in[i + 2] == 0xB7 || (unsigned char) in[i + 2] == 0xA7))
	{
		/* Symbol-font bullets as pdftotext gives them (U+F0B7, U+F0A7) */
		ns->cur->flags |= LF_BULLET;
		i += 3;
	}
	while (i < b && (in[i] == ' ' || in[i] == '\t'))
		i++;
	content_start = i;
	if (i + 6 < b && in[i] == '_')
	{
		/* a footnote glued to its rule: "______* A/71/50." is two lines */
		size_t		k = i;

		while (k < b && in[k] == '_')
			k++;
		if (k - i >= 5 && k < b && in[k] != ' ' && in[k] != '\t')
		{
			emit_run(ns, i, k);
			end_line(ns, k);
			if (begin_line(ns, k, b, LF_SPLIT) != 0)
				return -1;
			i = content_start = k;
		}
	}
	if (ns->md && i + 2 < b && in[i] == '\\' && in[i + 1] == '*' &&
		(in[i + 2] == ' ' || in[i + 2] == '\t'))
		ns->cur->flags |= LF_LITMARK;

	while (i < b)
	{
		unsigned char c = (unsigned char) in[i];

		if (i == link_close)
		{
			i = link_end + 1;
			link_close = SIZE_MAX;
			continue;
		}
		if (plain[c])
		{
			size_t		lim = link_close < b ? link_close : b,
						j = plain_run(ns, plain, i + 1, lim);

			while (j < lim)
			{
				if (plain[(unsigned char) in[j]])
					j++;
				else if (in[j] == ' ' && j + 1 < lim && plain[(unsigned char) in[j + 1]])
					j += 2;
				else
					break;
			}
			emit_run(ns, i, j);
			i = j;
			continue;
		}
		if (c == ' ' || c == '\t')
		{
			space(ns, (uint32_t) i, c == '\t' ? 4 : 1);
			i++;
			continue;
		}
		if (c < 0x20 || c == 0x7F)
		{
			/* control characters, our sentinels among them, never pass */
			space(ns, (uint32_t) i, 1);
			i++;
			continue;
		}
		if (ns->md)
		{
			if (c == '\\' && i + 1 < b && ((unsigned char) in[i + 1] > ' ' && (unsigned char) in[i + 1] < 0x7F) &&
				!lex_is_alpha((unsigned char) in[i + 1]) && !lex_is_digit((unsigned char) in[i + 1]))
			{
				put(ns, in[i + 1], (uint32_t) (i + 1));
				i += 2;
				continue;
			}
			if (c == '*')
			{
				size_t		k = 1;

				while (i + k < b && in[i + k] == '*')
					k++;
				if (star_run(ns, i, k, content_start, b))
				{
					/* cut: the rest of the raw line is a new line */
					end_line(ns, i);
					i += k;
					if (begin_line(ns, i, b, LF_SPLIT) != 0)
						return -1;
					while (i < b && in[i] == ' ')
						i++;
					content_start = i;
					continue;
				}
				i += k;
				continue;
			}
			if (c == '[' || (c == '!' && i + 1 < b && in[i + 1] == '['))
			{
				size_t		p = i + (c == '!' ? 1 : 0) + 1,
							close = SIZE_MAX;
				int			depth = 0;

				for (; p < b && p - i < 2000; p++)
				{
					if (in[p] == '\\')
						p++;
					else if (in[p] == '[')
						depth++;
					else if (in[p] == ']')
					{
						if (depth-- == 0)
						{
							close = p;
							break;
						}
					}
				}
				if (close != SIZE_MAX && close + 1 < b && in[close + 1] == '(' &&
					link_close == SIZE_MAX)
				{
					size_t		q = close + 2;

					while (q < b && in[q] != ')' && in[q] != ' ' && q - close < 2000)
						q++;
					/* allow a quoted title: [x](url "title") */
					if (q < b && in[q] == ' ')
						while (q < b && in[q] != ')' && q - close < 2000)
							q++;
					if (q < b && in[q] == ')')
					{
						link_close = close;
						link_end = q;
						i += (c == '!' ? 2 : 1);
						continue;
					}
				}
			}
			if (c == '<')
			{
				int			is_br;
				size_t		tl;

				if (lex_starts_with_ci(in + i, b - i, "<sup>"))
				{
					const char *end = lex_find_ci(in + i + 5, b - i - 5 > 24 ? 24 : b - i - 5, "</sup>");

					if (end != NULL)
					{
						size_t		p = i + 5,
									e = (size_t) (end - in);

						put(ns, MARK_OPEN, (uint32_t) i);
						for (; p < e; p++)
						{
							if (in[p] == '\\' || in[p] == ' ')
								continue;
							if ((unsigned char) in[p] < 0x20)
								continue;
							put(ns, in[p], (uint32_t) p);
						}
						put(ns, MARK_CLOSE, (uint32_t) (e + 5));
						i = e + 6;
						continue;
					}
				}
				tl = html_tag(in, i, b, &is_br);
				if (tl > 0)
				{
					if (is_br)
						space(ns, (uint32_t) i, 1);
					i += tl;
					continue;
				}
				if (lex_starts_with_ci(in + i + 1, b - i - 1, "http") ||
					lex_starts_with_ci(in + i + 1, b - i - 1, "www.") ||
					lex_starts_with_ci(in + i + 1, b - i - 1, "mailto:"))
				{
					const char *gt = memchr(in + i, '>', b - i);

					if (gt != NULL && memchr(in + i, ' ', (size_t) (gt - (in + i))) == NULL)
					{
						size_t		e = (size_t) (gt - in),
									p;

						for (p = i + 1; p < e; p++)
							put(ns, in[p], (uint32_t) p);
						i = e + 1;
						continue;
					}
				}
			}
			if (c == '&')
			{
				char		buf[8];
				int			bl = 0;
				size_t		el = html_entity(in, i, b, buf, &bl);

				if (el > 0)
				{
					int			k;

					for (k = 0; k < bl; k++)
					{
						if (buf[k] == ' ')
							space(ns, (uint32_t) i, 1);
						else
							put(ns, buf[k], (uint32_t) i);
					}
					i += el;
					continue;
				}
			}
		}
		if (c >= 0x80)
		{
			const unsigned char *s = (const unsigned char *) in + i;
			size_t		rest = b - i;
			char		d;
			int			sl = sup_digit(s, rest, &d);

			if (sl > 0)
			{
				put(ns, MARK_OPEN, (uint32_t) i);
				while (sl > 0)
				{
					put(ns, d, (uint32_t) i);
					i += (size_t) sl;
					sl = sup_digit((const unsigned char *) in + i, b - i, &d);
				}
				put(ns, MARK_CLOSE, (uint32_t) (i - 1));
				continue;
			}
			if (rest >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
			{
				space(ns, (uint32_t) i, 1);
				i += 2;
				continue;
			}
			if (rest >= 2 && s[0] == 0xC2 && s[1] == 0xAD)
			{
				i += 2;			/* soft hyphen */
				continue;
			}
			if (rest >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
				((s[2] >= 0x80 && s[2] <= 0x8A) || s[2] == 0xAF))
			{
				space(ns, (uint32_t) i, 1);
				i += 3;
				continue;
			}
			if (rest >= 3 && s[0] == 0xE2 && ((s[1] == 0x80 && s[2] >= 0x8B && s[2] <= 0x8D) ||
											  (s[1] == 0x81 && s[2] == 0xA0)))
			{
				i += 3;			/* zero-width characters */
				continue;
			}
			if (rest >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F)
			{
				space(ns, (uint32_t) i, 1);
				i += 3;
				continue;
			}
			if (rest >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
			{
				i += 3;			/* byte order mark */
				continue;
			}
			if (rest >= 3 && s[0] == 0xEF && s[1] == 0xAC && s[2] >= 0x80 && s[2] <= 0x84)
			{
				static const char *const lig[] = {"ff", "fi", "fl", "ffi", "ffl"};
				const char *l = lig[s[2] - 0x80];

				for (; *l; l++)
					put(ns, *l, (uint32_t) i);
				i += 3;
				continue;
			}
			if (rest >= 3 && s[0] == 0xEF && s[1] == 0x82 && (s[2] == 0xB7 || s[2] == 0xA7))
			{
				space(ns, (uint32_t) i, 1);
				i += 3;
				continue;
			}
			if (rest >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
			{
				space(ns, (uint32_t) i, 1);
				i += 3;
				continue;
			}
		}
		put(ns, (char) c, (uint32_t) i);
		i++;
	}

	/* Markdown hard break: two trailing spaces or a backslash */
	if (b >= a + 2 && in[b - 1] == ' ' && in[b - 2] == ' ')
		ns->cur->flags |= LF_HARDBREAK;
	/* a bullet glyph alone on its line marks the next line (pdftotext) */
	if (ns->on == 0 && (ns->cur->flags & LF_BULLET))
		ns->pending_bullet = 1;
	else if (ns->on > 0 && ns->pending_bullet)
	{
		ns->cur->flags |= LF_BULLET;
		ns->pending_bullet = 0;
	}
	end_line(ns, b);
	return 0;
}

/*
 * Markdown evidence: "**", "\*" "\$" "\_" escapes, "<sup>", "](" links and
 * "#" headings.  Each sign is found with memchr; counting stops as soon as
 * the text is known to be Markdown.
 */
static int
looks_markdown(const char *in, size_t len)
{
	static const char signs[] = {'*', '\\', '<', ']', '#'};
	long		md = 0,
				md_head = 0;
	size_t		k;

	for (k = 0; k < sizeof(signs); k++)
	{
		const char *p = in,
				   *end = in + len;

		while ((p = memchr(p, signs[k], (size_t) (end - p))) != NULL)
		{
			size_t		q = (size_t) (p - in);

			if (signs[k] == '*' && q + 1 < len && in[q + 1] == '*')
				md++, p++;
			else if (signs[k] == '\\' && q + 1 < len &&
					 (in[q + 1] == '*' || in[q + 1] == '$' || in[q + 1] == '_'))
				md++;
			else if (signs[k] == '<' && lex_starts_with_ci(p, len - q, "<sup>"))
				md++;
			else if (signs[k] == ']' && q + 1 < len && in[q + 1] == '(')
				md++;
			else if (signs[k] == '#' && (q == 0 || in[q - 1] != '#'))
			{
				size_t		s = q,
							h = q;

				while (s > 0 && in[s - 1] == ' ')
					s--;
				while (h < len && in[h] == '#')
					h++;
				if ((s == 0 || in[s - 1] == '\n' || in[s - 1] == '\r' || in[s - 1] == '\f') &&
					h < len && in[h] == ' ' && h - q <= 6)
					md_head++;
			}
			if (md_head >= 2 || md >= 3 || (md_head >= 1 && md >= 1))
				return 1;
			p++;
			if (p >= end)
				break;
		}
	}
	return 0;
}

/*
 * Does the line [p, e), p at its first non-space, hold a gap of three or
 * more spaces between two words?  Any such run covers a multiple of three
 * from p + 2 on, so only every third byte is looked at first.
 */
static int
has_column_gap(const char *in, size_t p, size_t e)
{
	size_t		x;

	for (x = p + 2; x < e; x += 3)
	{
		size_t		l = x,
					r = x;

		if (in[x] != ' ')
			continue;
		while (l > p && in[l - 1] == ' ')
			l--;
		while (r + 1 < e && in[r + 1] == ' ')
			r++;
		if (r - l + 1 >= 3 && r + 1 < e)
			return 1;
		x = r;
	}
	return 0;
}

/*
 * Decide the rendering from cheap signals over the whole text; non-zero when
 * the progress hook asked to stop.
 */
static int
detect_rendering(tip_doc *doc)
{
	const char *in = doc->input;
	size_t		len = doc->input_len,
				i = 0;
	long		lines = 0,
				gapped = 0,
				indented = 0;
	line_ends	le;

	if (looks_markdown(in, len))
	{
		doc->rendering = REND_MARKDOWN;
		return 0;
	}
	line_ends_init(&le, in, len);
	while (i < len)
	{
		size_t		e = line_end(&le, i),
					p = i;

		if (e - i > TIP_LINE_MAX)
			e = i + TIP_LINE_MAX;	/* as norm_lines cuts it */
		if (doc_tick(doc, e - i))
			return -1;
		while (p < e && in[p] == ' ')
			p++;
		if (p < e)
		{
			lines++;
			if (p - i >= 6)
				indented++;
			gapped += has_column_gap(in, p, e);
		}
		i = e + 1;
	}
	if (lines > 0 && (gapped * 8 >= lines || indented * 3 >= lines))
		doc->rendering = REND_LAYOUT;
	else
		doc->rendering = REND_PLAIN;
	return 0;
}

/* Stage entry: fill doc->lines. */
tip_status
norm_lines(tip_doc *doc, tip_store *st, const tip_options *opt)
{
	norm_state	ns;
	const char *in = doc->input;
	size_t		len = doc->input_len,
				i = 0;
	uint16_t	next_flags = 0;
	int			cut;
	line_ends	le;

	(void) opt;					/* the hook is reached through doc_tick() */
	memset(&ns, 0, sizeof(ns));
	ns.doc = doc;
	ns.st = st;
	ns.in = in;
	ns.len = len;
	ns.cl_found = SIZE_MAX;
	ns.cl_from = SIZE_MAX;

	if (detect_rendering(doc) != 0)
		return TIP_ECANCEL;
	if (presize_lines(&ns) != 0)
		return doc->canceled ? TIP_ECANCEL : TIP_ENOMEM;
	ns.md = doc->rendering == REND_MARKDOWN;
	ns.layout = doc->rendering == REND_LAYOUT;
	line_ends_init(&le, in, len);
	init_plain_bytes();

	while (i < len)
	{
		size_t		e;

		e = line_end(&le, i);
		cut = 0;
		if (e - i > TIP_LINE_MAX)
		{
			/*
			 * Cut an overlong line after a space near the limit, so no word
			 * is split (lines are joined with a space again); failing that,
			 * before a UTF-8 lead byte.
			 */
			size_t		w = i + TIP_LINE_MAX;

			while (w > i + TIP_LINE_MAX - 4096 && in[w - 1] != ' ')
				w--;
			if (in[w - 1] == ' ')
				e = w;
			else
			{
				e = i + TIP_LINE_MAX;
				while (e > i + 1 && ((unsigned char) in[e] & 0xC0) == 0x80)
					e--;
			}
			cut = 1;
		}

		if (blank_line_at(in, e, i) &&
			(ns.n > 0 && (ns.lines[ns.n - 1].flags & LF_BLANK)))
		{
			/* runs of blank lines collapse into one */
			ns.lines[ns.n - 1].flags |= next_flags;
			ns.lines[ns.n - 1].raw_len = (uint32_t) (e - ns.lines[ns.n - 1].raw_off);
			next_flags = 0;
		}
		else
		{
			if (blank_line_at(in, e, i))
			{
				ns.emph_open = 0;
				ns.emph_bold = 0;
			}
			if (clean_line(&ns, i, e, next_flags) != 0)
				return TIP_ENOMEM;
			next_flags = 0;
			if (ns.lines[ns.n - 1].flags & LF_BLANK)
			{
				ns.emph_open = 0;
				ns.emph_bold = 0;
			}
		}

		if (cut)
			;					/* the next line starts at e itself */
		else if (e < len)
		{
			if (in[e] == '\r')
			{
				doc->crlf = 1;
				if (e + 1 < len && in[e + 1] == '\n')
					e++;
			}
			else if (in[e] == '\f')
				next_flags |= LF_PAGEBREAK;
		}
		if (doc_tick(doc, e - i))
			return TIP_ECANCEL;
		i = cut ? e : e + 1;
	}
	if (doc->arena.failed)
		return TIP_ENOMEM;
	doc->lines = ns.lines;
	doc->n_lines = ns.n;
	return TIP_OK;
}
