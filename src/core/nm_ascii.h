/*
 * nm_ascii.h -- ASCII-only character classes for the core.  <ctype.h>
 * follows the backend's LC_CTYPE (a LATIN1 locale would "lower-case" UTF-8
 * lead bytes), and the core must not depend on the locale.
 */
#ifndef NM_ASCII_H
#define NM_ASCII_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

static inline bool
nm_ascii_isdigit(int c)
{
	return c >= '0' && c <= '9';
}

static inline bool
nm_ascii_isalpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool
nm_ascii_isalnum(int c)
{
	return nm_ascii_isalpha(c) || nm_ascii_isdigit(c);
}

static inline int
nm_ascii_tolower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

/* Does s[0..len) start with `prefix` (lower-case; non-ASCII bytes as they are), ASCII case folded? */
static inline bool
nm_ascii_starts_ci(const char *s, size_t len, const char *prefix)
{
	size_t		n = strlen(prefix);

	if (len < n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (nm_ascii_tolower((unsigned char) s[i]) != (unsigned char) prefix[i])
			return false;
	return true;
}

/*
 * Position of the first ASCII-case-insensitive `word` (lower-case) in
 * s[from..len), else len.  memchr finds the candidates when the word starts
 * with a non-letter (" in ", "-->", "</script"), the common case.
 */
static inline size_t
nm_ascii_find_ci(const char *s, size_t len, size_t from, const char *word)
{
	bool		exact_first = !nm_ascii_isalpha((unsigned char) word[0]);

	for (size_t i = from; i < len; i++)
	{
		if (exact_first)
		{
			const char *p = memchr(s + i, word[0], len - i);

			if (!p)
				return len;
			i = (size_t) (p - s);
		}
		if (nm_ascii_starts_ci(s + i, len - i, word))
			return i;
	}
	return len;
}

#endif							/* NM_ASCII_H */
