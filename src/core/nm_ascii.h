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

#endif							/* NM_ASCII_H */
