/*
 * unit.h -- a minimal self-registering unit-test harness for the core.
 * Each test file uses NM_TEST(name) { ... } and the CHECK_* macros; main.c
 * runs every registered test and prints "N passed, N failed".
 */
#ifndef NM_UNIT_H
#define NM_UNIT_H

#include <stdio.h>
#include <string.h>
#include <stdbool.h>

#include "newsminer.h"

typedef void (*nm_test_fn) (void);
extern void nm_register_test(const char *name, nm_test_fn fn);
extern int	nm_test_failures;	/* checks failed in the running test */

#define NM_TEST(name) \
	static void name(void); \
	__attribute__((constructor)) static void register_##name(void) \
	{ nm_register_test(#name, name); } \
	static void name(void)

#define CHECK(cond) do { if (!(cond)) { nm_test_failures++; \
	fprintf(stderr, "  %s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); } } while (0)

#define CHECK_STR(got, want) do { const char *g_ = (got), *w_ = (want); \
	if ((g_ == NULL) != (w_ == NULL) || (g_ && strcmp(g_, w_) != 0)) { nm_test_failures++; \
	fprintf(stderr, "  %s:%d: %s\n    got:  %s%s%s\n    want: %s%s%s\n", __FILE__, __LINE__, #got, \
		g_ ? "\"" : "", g_ ? g_ : "NULL", g_ ? "\"" : "", \
		w_ ? "\"" : "", w_ ? w_ : "NULL", w_ ? "\"" : ""); } } while (0)

#define CHECK_INT(got, want) do { long long g_ = (long long) (got), w_ = (long long) (want); \
	if (g_ != w_) { nm_test_failures++; \
	fprintf(stderr, "  %s:%d: %s = %lld, want %lld\n", __FILE__, __LINE__, #got, g_, w_); } } while (0)

/* Reads a file under test/fixtures (path relative to test/unit) into a
 * malloc'd NUL-terminated buffer; NULL if missing. */
extern char *nm_read_fixture(const char *relpath, size_t *len);

/* "YYYY-MM-DD HH:MM:SS" (UTC) of an nm_time, or "NULL", in a static buffer. */
extern const char *nm_time_str(nm_time t);

/* String predicates shared by the tests (a NULL string satisfies none). */
static inline bool
unit_contains(const char *hay, const char *needle)
{
	return hay && strstr(hay, needle) != NULL;
}

static inline bool
unit_starts(const char *s, const char *prefix)
{
	return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

static inline bool
unit_ends(const char *s, const char *suffix)
{
	size_t		a = s ? strlen(s) : 0,
				b = strlen(suffix);

	return s && a >= b && strcmp(s + a - b, suffix) == 0;
}

/* Paragraphs of a body (separated by one blank line); 0 for NULL. */
static inline int
unit_paras(const char *body)
{
	int			n = 1;

	if (!body)
		return 0;
	for (const char *p = body; (p = strstr(p, "\n\n")) != NULL; p += 2)
		n++;
	return n;
}

/* Parses an HTML fixture's raw bytes (charset detected) into *a. */
extern bool unit_parse_html_fixture(nm_ctx *ctx, const char *name, nm_article *a);

#endif
