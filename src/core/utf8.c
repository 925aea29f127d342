/*
 * utf8.c -- UTF-8 validation, decoding, counting and sanitising.  Every string
 * that leaves the core passes through here, so nothing invalid reaches SQL.
 */
#include "newsminer.h"

#include <string.h>

uint32_t
nm_utf8_decode(const char *str, size_t len, size_t *adv)
{
	const unsigned char *s = (const unsigned char *) str;
	uint32_t	c = s[0];
	size_t		n;
	uint32_t	min;

	if (c < 0x80)
	{
		*adv = 1;
		return c;
	}
	if (c >= 0xC2 && c <= 0xDF)
	{
		n = 2;
		c &= 0x1F;
		min = 0x80;
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		n = 3;
		c &= 0x0F;
		min = 0x800;
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		n = 4;
		c &= 0x07;
		min = 0x10000;
	}
	else
		goto invalid;
	if (len < n)
		goto invalid;
	for (size_t i = 1; i < n; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			goto invalid;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		goto invalid;
	*adv = n;
	return c;

invalid:
	*adv = 1;
	return 0xFFFD;
}

size_t
nm_utf8_valid_prefix(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		size_t		adv;
		uint32_t	c;

		if ((unsigned char) s[i] < 0x80)
		{
			i++;
			continue;
		}
		c = nm_utf8_decode(s + i, len - i, &adv);
		if (c == 0xFFFD && adv == 1)
			return i;
		i += adv;
	}
	return len;
}

bool
nm_utf8_valid(const char *s, size_t len)
{
	return nm_utf8_valid_prefix(s, len) == len;
}

size_t
nm_utf8_char_count(const char *s, size_t len)
{
	size_t		n = 0;

	/* Counts lead bytes; correct for valid UTF-8, which is all we accept. */
	for (size_t i = 0; i < len; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

char *
nm_sanitize_utf8(nm_ctx *ctx, const char *s, size_t len)
{
	/* U+FFFD is 3 bytes and replaces 1 invalid byte: worst case 3x. */
	char	   *out = nm_alloc(ctx, len * 3 + 1);
	size_t		o = 0;
	size_t		i = 0;

	if (!out)
		return NULL;
	while (i < len)
	{
		unsigned char b = (unsigned char) s[i];
		size_t		adv;
		uint32_t	c;

		if (b < 0x80)
		{
			if ((b >= 0x20 && b != 0x7F) || b == '\n' || b == '\t')
				out[o++] = (char) b;	/* DEL is a control too: dropped */
			else if (b == '\r' && (i + 1 >= len || s[i + 1] != '\n'))
				out[o++] = '\n';	/* lone CR is a line break; CRLF keeps LF */
			i++;
			continue;
		}
		c = nm_utf8_decode(s + i, len - i, &adv);
		if (c == 0xFFFD && adv == 1)
		{
			memcpy(out + o, "\xEF\xBF\xBD", 3);
			o += 3;
		}
		else if (c >= 0x80 && c < 0xA0)
			;					/* C1 controls: drop */
		else
		{
			memcpy(out + o, s + i, adv);
			o += adv;
		}
		i += adv;
	}
	out[o] = '\0';
	return out;
}

void
nm_clip_span(const char *text, size_t m_start, size_t m_len,
			 size_t *start, size_t *len)
{
	size_t		lo = *start,
				hi = *start + *len,
				m_end = m_start + m_len,
				room;

	if (*len <= NM_SENTENCE_MAX_BYTES)
		return;
	room = m_len < NM_SENTENCE_MAX_BYTES ? (NM_SENTENCE_MAX_BYTES - m_len) / 2 : 0;
	if (m_start > lo && m_start - lo > room)
		lo = m_start - room;
	/* never cut a character: continuation bytes are 10xxxxxx; an end that
	 * was moved lies inside the text, so text[hi] is readable */
	while (lo < m_start && ((unsigned char) text[lo] & 0xC0) == 0x80)
		lo++;
	if (hi > m_end && hi - m_end > room)
	{
		hi = m_end + room;
		while (hi > m_end && ((unsigned char) text[hi] & 0xC0) == 0x80)
			hi--;
	}
	*start = lo;
	*len = hi - lo;
}
