/*
 * mineral_sentence.c -- sentence spans for mentions: a forward-only scanner
 * that knows hard-wrapped wire copy, headline lines and abbreviations.
 */
#include "nm_minerals.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define SHORT_LINE	50			/* a line this short ending a "sentence"
								 * without punctuation is a heading/date */

static const char *const abbrevs[] = {
	"Adm", "Apr", "Aug", "Ave", "Blvd", "Capt", "Col", "Dec", "Dr", "Feb",
	"Fig", "Fri", "Ft", "Gen", "Gov", "Jan", "Jr", "Jul", "Jun", "Lt",
	"Maj", "Mar", "Mon", "Mr", "Mrs", "Ms", "Mt", "No", "Nos", "Nov",
	"Oct", "Prof", "Rd", "Rep", "Rev", "Sat", "Sen", "Sep", "Sept", "Sgt",
	"Sr", "St", "Sun", "Thu", "Tue", "Wed", "approx", "e.g", "etc", "i.e",
	"vs"
};

/* Bytes where a sentence may end: line feed, . ! ? and the lead bytes of
 * the ideographic full stop (E3) and fullwidth ! ? (EF). */
static const unsigned char sentence_byte[256] = {
	['\n'] = 1, ['.'] = 1, ['!'] = 1, ['?'] = 1, [0xE3] = 1, [0xEF] = 1
};

static bool
is_hspace(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static bool
is_space(unsigned char c)
{
	return is_hspace(c) || c == '\n';
}

static bool
is_upper_start(const char *t, size_t len, size_t i)
{
	unsigned char c;

	if (i >= len)
		return false;
	c = (unsigned char) t[i];
	if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
		return true;
	if (c == '"' || c == '\'' || c == '(' || c == '[')
		return true;
	/* opening curly quotes and non-ASCII capitals (Latin-1, Greek, Cyrillic) */
	if (c >= 0xC3)
	{
		size_t		adv;
		uint32_t	cp = nm_utf8_decode(t + i, len - i, &adv);

		return cp == 0x201C || cp == 0x2018 || cp == 0xAB ||
			(cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
			(cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x410 && cp <= 0x42F);
	}
	return false;
}

/* Is the '.' at `dot` the end of an abbreviation ("Mr.", "U.S.", "Sept.")? */
static bool
is_abbrev(const char *t, size_t dot)
{
	size_t		s = dot;

	while (s > 0 && (((unsigned char) t[s - 1] >= 'A' && (unsigned char) t[s - 1] <= 'Z') ||
					 ((unsigned char) t[s - 1] >= 'a' && (unsigned char) t[s - 1] <= 'z') ||
					 t[s - 1] == '.'))
		s--;
	if (dot - s == 1 && t[s] >= 'A' && t[s] <= 'Z')
		return true;			/* initial: "J. Smith", "U.S." tail */
	if (memchr(t + s, '.', dot - s) != NULL)
		return true;			/* "U.S", "e.g" */
	if (dot - s > 6)
		return false;			/* longer than "approx", the longest */
	/*
	 * strncmp stops at the abbreviation's NUL: no strlen per entry; the
	 * first letter first, as most entries differ there (this runs at every
	 * '.' before a space)
	 */
	for (size_t k = 0; k < sizeof(abbrevs) / sizeof(abbrevs[0]); k++)
		if (abbrevs[k][0] == t[s] &&
			strncmp(abbrevs[k], t + s, dot - s) == 0 && abbrevs[k][dot - s] == '\0')
			return true;
	return false;
}

/* Does the line break at `nl` end a sentence?  line_start = start of the
 * line that `nl` terminates. */
static bool
line_break_ends(const char *t, size_t len, size_t line_start, size_t nl)
{
	size_t		e = nl;
	size_t		n = nl + 1;
	unsigned char last;

	while (e > line_start && is_hspace((unsigned char) t[e - 1]))
		e--;
	if (e == line_start)
		return true;			/* empty line */
	while (n < len && is_hspace((unsigned char) t[n]))
		n++;
	if (n >= len || t[n] == '\n')
		return true;			/* blank line follows */
	if (n > nl + 1)
		return true;			/* indented line: wire-copy paragraph */
	last = (unsigned char) t[e - 1];
	if (last == '.' || last == '!' || last == '?' || last == ':' || last == '"')
		return true;
	if (e >= 3 && (unsigned char) t[e - 3] == 0xE2 && (unsigned char) t[e - 2] == 0x80 &&
		(unsigned char) t[e - 1] == 0x9D)
		return true;			/* closing curly quote */
	return e - line_start < SHORT_LINE && is_upper_start(t, len, n);
}

/* First byte at or after i where a sentence may end (sentence_byte), or len:
 * 16 bytes per step with SSE2, which every x86-64 has. */
static size_t
skip_plain(const char *t, size_t len, size_t i)
{
#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
	const __m128i nl = _mm_set1_epi8('\n');
	const __m128i dot = _mm_set1_epi8('.');
	const __m128i excl = _mm_set1_epi8('!');
	const __m128i quest = _mm_set1_epi8('?');
	const __m128i e3 = _mm_set1_epi8((char) 0xE3);
	const __m128i ef = _mm_set1_epi8((char) 0xEF);

	while (len - i >= 16)
	{
		__m128i		x = _mm_loadu_si128((const __m128i *) (t + i));
		__m128i		m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, nl), _mm_cmpeq_epi8(x, dot)),
									 _mm_or_si128(_mm_cmpeq_epi8(x, excl), _mm_cmpeq_epi8(x, quest)));
		unsigned	bits;

		m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(x, e3), _mm_cmpeq_epi8(x, ef)));
		bits = (unsigned) _mm_movemask_epi8(m);
		if (bits)
			return i + (size_t) __builtin_ctz(bits);
		i += 16;
	}
#endif
	while (i < len && !sentence_byte[(unsigned char) t[i]])
		i++;
	return i;
}

/* Finds the end of the sentence that starts at s; sets *end (trimmed) and
 * *next (start of the following one, or len). */
static void
sentence_end(const char *t, size_t len, size_t s, size_t *end, size_t *next)
{
	size_t		line_start = s;
	size_t		i = s;

	while (i < len)
	{
		unsigned char c;

		/* most bytes cannot end a sentence: skip them in a tight loop */
		i = skip_plain(t, len, i);
		if (i >= len)
			break;
		c = (unsigned char) t[i];
		if (c == '\n')
		{
			if (line_break_ends(t, len, line_start, i))
			{
				*end = i;
				*next = i + 1;
				goto trim;
			}
			line_start = i + 1;
		}
		else if (c == '.' || c == '!' || c == '?')
		{
			size_t		k = i + 1;

			while (k < len && (t[k] == '"' || t[k] == '\'' || t[k] == ')' || t[k] == ']'))
				k++;
			if (k + 2 < len && (unsigned char) t[k] == 0xE2 && (unsigned char) t[k + 1] == 0x80 &&
				((unsigned char) t[k + 2] == 0x9D || (unsigned char) t[k + 2] == 0x99))
				k += 3;
			if (k >= len)
			{
				*end = k;
				*next = len;
				goto trim;
			}
			if (is_space((unsigned char) t[k]) && !(c == '.' && is_abbrev(t, i)))
			{
				size_t		m = k;

				while (m < len && is_space((unsigned char) t[m]))
					m++;
				if (m >= len || is_upper_start(t, len, m))
				{
					*end = k;
					*next = k;
					goto trim;
				}
			}
		}
		else if (c == 0xE3 && i + 2 < len && (unsigned char) t[i + 1] == 0x80 &&
				 (unsigned char) t[i + 2] == 0x82)
		{
			*end = i + 3;		/* ideographic full stop */
			*next = i + 3;
			goto trim;
		}
		else if (c == 0xEF && i + 2 < len && (unsigned char) t[i + 1] == 0xBC &&
				 ((unsigned char) t[i + 2] == 0x81 || (unsigned char) t[i + 2] == 0x9F))
		{
			*end = i + 3;		/* fullwidth ! and ? */
			*next = i + 3;
			goto trim;
		}
		i++;
	}
	*end = len;
	*next = len;
trim:
	while (*end > s && is_space((unsigned char) t[*end - 1]))
		(*end)--;
}

/*
 * The first non-space byte after the last line break in [lo, pos) that is
 * followed by whitespace (a blank line, an indented paragraph), or lo.  A
 * sentence always starts there: the scan of whatever sentence reaches that
 * line break ends it (line_break_ends), and one that ends earlier ends
 * before it; so the sentences after it are the same wherever the scan
 * began.  pos is a non-space byte.
 */
static size_t
restart_point(const char *t, size_t lo, size_t pos)
{
	for (size_t i = pos; i > lo; i--)
	{
		if (t[i - 1] == '\n' && is_space((unsigned char) t[i]))
		{
			while (is_space((unsigned char) t[i]))
				i++;
			return i;
		}
	}
	return lo;
}

void
nm_sentence_locate(const char *text, size_t len, nm_sentence_cursor *cur, size_t pos)
{
	size_t		s;

	if (cur->valid && pos < cur->next)
		return;
	s = cur->valid ? cur->next : 0;

	/*
	 * only the sentences up to pos matter: start at the last paragraph
	 * break before it rather than going through every sentence in between
	 */
	if (pos < len && !is_space((unsigned char) text[pos]))
		s = restart_point(text, s, pos);
	for (;;)
	{
		while (s < len && is_space((unsigned char) text[s]))
			s++;
		cur->start = s;
		sentence_end(text, len, s, &cur->end, &cur->next);
		cur->valid = true;
		if (pos < cur->next || cur->next >= len)
			return;
		s = cur->next;
	}
}
