/*
 * source_path.c
 *	  The plain form of a report's source (path or URL).  One pass over the
 *	  text, so a source of any length costs time in proportion to it.
 */
#include <string.h>

#include "tip_source.h"

static int
is_alpha(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static int
is_scheme_char(unsigned char c)
{
	return is_alpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
}

/* Length of "scheme://host" at the start of src, or 0 when it is no URL. */
static size_t
url_prefix_length(const char *src, size_t len)
{
	size_t		i = 1;
	const char *slash;

	if (len == 0 || !is_alpha((unsigned char) src[0]))
		return 0;
	while (i < len && is_scheme_char((unsigned char) src[i]))
		i++;
	if (len - i < 3 || memcmp(src + i, "://", 3) != 0)
		return 0;
	i += 3;
	slash = memchr(src + i, '/', len - i);
	return slash ? (size_t) (slash - src) : len;
}

size_t
tip_source_normalize(const char *src, size_t len, char *out,
					 tip_source_tick tick, void *tick_arg)
{
	size_t		prefix = url_prefix_length(src, len);
	size_t		base;			/* out[0..base) is kept whatever follows */
	size_t		olen;
	size_t		pos;
	size_t		next_tick = TIP_SOURCE_TICK;

	if (prefix == len && prefix > 0)
		goto as_given;			/* a URL without a path */
	if (prefix == 0 && memchr(src, '/', len) == NULL &&
		!(len == 2 && src[0] == '.' && src[1] == '.'))
		goto as_given;			/* a name, not a path */

	memcpy(out, src, prefix);
	olen = prefix;
	if (src[prefix] == '/')
		out[olen++] = '/';
	base = olen;

	pos = prefix;
	while (pos <= len)
	{
		const char *end = memchr(src + pos, '/', len - pos);
		size_t		seg_end = end ? (size_t) (end - src) : len;
		size_t		seg_len = seg_end - pos;

		if (seg_len == 0 || (seg_len == 1 && src[pos] == '.'))
			;					/* nothing to keep */
		else if (seg_len == 2 && src[pos] == '.' && src[pos + 1] == '.')
		{
			/* drop the last part kept, with the "/" before it */
			while (olen > base && out[olen - 1] != '/')
				olen--;
			if (olen > base)
				olen--;
		}
		else
		{
			if (olen > base)
				out[olen++] = '/';
			memcpy(out + olen, src + pos, seg_len);
			olen += seg_len;
		}
		pos = seg_end + 1;
		if (tick && pos >= next_tick)
		{
			next_tick = pos - pos % TIP_SOURCE_TICK + TIP_SOURCE_TICK;
			if (tick(tick_arg))
				return (size_t) -1;
		}
	}
	return olen;

as_given:
	memcpy(out, src, len);
	return len;
}
