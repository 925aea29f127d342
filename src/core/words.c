/*
 * words.c -- the word count of article.word_count: runs of letters and
 * digits (any script), CJK ideographs and kana one word each.
 */
#include "nm_text.h"

#include <string.h>

/* 0: not part of a word, 1: letter/digit, 2: a word by itself (CJK),
 * 3: combining mark (continues a word, never starts one). */
static int
char_class(uint32_t c)
{
	if (c < 0x80)
		return ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) ? 1 : 0;
	if (c < 0xC0)
		return (c == 0xAA || c == 0xB5 || c == 0xBA) ? 1 : 0;
	if (c == 0xD7 || c == 0xF7)
		return 0;
	if ((c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
		(c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF))
		return 3;
	if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
		(c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
		(c >= 0x20000 && c <= 0x3FFFF))
		return 2;
	/* punctuation, symbols, spaces, private use, emoji and specials */
	if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x2E00 && c <= 0x2E7F) ||
		(c >= 0x3000 && c <= 0x303F) || (c >= 0xE000 && c <= 0xF8FF) ||
		(c >= 0xFE10 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF0F) ||
		(c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
		(c >= 0xFF5B && c <= 0xFF65) || (c >= 0xFFF0 && c <= 0xFFFF) ||
		(c >= 0x1F000 && c <= 0x1FAFF) || c == 0x37E || c == 0x387 ||
		(c >= 0x55A && c <= 0x55F) || (c >= 0x589 && c <= 0x58A) ||
		(c >= 0x5BE && c <= 0x5C6 && c != 0x5BF && c != 0x5C1 && c != 0x5C2 && c != 0x5C4 && c != 0x5C5) ||
		(c >= 0x60C && c <= 0x60D) || c == 0x61B || c == 0x61F || (c >= 0x66A && c <= 0x66D) ||
		c == 0x6D4 || (c >= 0x964 && c <= 0x965) || c == 0xE2F || c == 0xE5A || c == 0xE5B)
		return 0;
	return 1;
}

/* Joiners inside a word: apostrophes and hyphens between letters/digits
 * ("Canada's", "multibillion-dollar"), '.' and ',' between digits ("3.5"). */
static bool
is_joiner(uint32_t c, uint32_t prev, uint32_t next)
{
	if (c == '\'' || c == 0x2019 || c == '-' || c == 0x2010 || c == 0x2011)
		return char_class(prev) == 1 && char_class(next) == 1;
	if (c == '.' || c == ',')
		return prev >= '0' && prev <= '9' && next >= '0' && next <= '9';
	return false;
}

int
nm_count_words(const char *text, size_t len)
{
	int			n = 0;
	bool		in_word = false;
	uint32_t	prev = 0;
	size_t		i = 0;

	if (!text)
		return 0;
	while (i < len)
	{
		size_t		adv;
		uint32_t	c = nm_utf8_decode(text + i, len - i, &adv);
		int			cls = char_class(c);

		if (cls == 2)
		{
			n++;
			in_word = false;
		}
		else if (cls == 3)
			;					/* stays in or out of the word */
		else if (cls == 1)
		{
			if (!in_word)
				n++;
			in_word = true;
		}
		else if (in_word && i + adv < len)
		{
			size_t		adv2;
			uint32_t	next = nm_utf8_decode(text + i + adv, len - i - adv, &adv2);

			in_word = is_joiner(c, prev, next);
		}
		else
			in_word = false;
		prev = c;
		i += adv;
	}
	return n;
}

bool
nm_word_in_list(const char *list, const char *w)
{
	size_t		n = strlen(w);
	const char *p = list;

	if (n == 0)
		return false;
	while ((p = strstr(p, w)) != NULL)
	{
		if (p > list && p[-1] == ' ' && p[n] == ' ')
			return true;
		p += n;
	}
	return false;
}
