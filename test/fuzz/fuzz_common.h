/*
 * fuzz_common.h -- output-contract checks shared by the libFuzzer harnesses:
 * valid UTF-8 without NUL/C0 controls, offsets inside the input, http(s) URLs.
 */
#ifndef NM_FUZZ_COMMON_H
#define NM_FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsminer.h"

/* A contract violation is a finding: print it and crash so libFuzzer saves
 * the input. */
#define FUZZ_ASSERT(cond, what) \
	do { if (!(cond)) { fprintf(stderr, "contract violated: %s (%s) at %s:%d\n", \
		(what), #cond, __FILE__, __LINE__); abort(); } } while (0)

/* Fuzz inputs are capped so one input cannot take seconds (-max_len also). */
#define FUZZ_MAX_INPUT	(256 * 1024)

/*
 * Every string the core returns: valid UTF-8, no C0 control other than
 * '\n' and '\t', no DEL (the NUL terminator ends it, so no NUL inside).
 */
static inline void
fuzz_check_str(const char *s, const char *what)
{
	size_t		len;

	if (s == NULL)
		return;
	len = strlen(s);
	FUZZ_ASSERT(nm_utf8_valid(s, len), what);
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		FUZZ_ASSERT((c >= 0x20 && c != 0x7F) || c == '\n' || c == '\t', what);
	}
}

static inline void
fuzz_check_strs(char *const *v, int n, const char *what)
{
	FUZZ_ASSERT(n >= 0, what);
	FUZZ_ASSERT(n == 0 || v != NULL, what);
	for (int i = 0; i < n; i++)
	{
		FUZZ_ASSERT(v[i] != NULL, what);
		fuzz_check_str(v[i], what);
	}
}

/* NULL or an absolute http(s) URL with no spaces or controls in it, of at
 * most NM_MAX_URL_LEN bytes. */
static inline void
fuzz_check_url(const char *u, const char *what)
{
	if (u == NULL)
		return;
	fuzz_check_str(u, what);
	FUZZ_ASSERT(strncmp(u, "http://", 7) == 0 || strncmp(u, "https://", 8) == 0, what);
	FUZZ_ASSERT(strlen(u) <= NM_MAX_URL_LEN, what);
	for (const char *p = u; *p; p++)
		FUZZ_ASSERT(*p != ' ' && *p != '\n' && *p != '\t', what);
}

/* A byte span [start, start+len) inside an input of n bytes. */
static inline void
fuzz_check_span(size_t start, size_t len, size_t n, const char *what)
{
	FUZZ_ASSERT(start <= n && len <= n - start, what);
}

/* The char offset the core reports for byte offset `start` of valid UTF-8. */
static inline void
fuzz_check_char_start(const char *buf, size_t start, size_t char_start,
					  const char *what)
{
	FUZZ_ASSERT(char_start == nm_utf8_char_count(buf, start), what);
}

/*
 * A mention with its sentence: both inside the input and on character
 * boundaries, the sentence around the mention and at most about
 * NM_SENTENCE_MAX_BYTES, mentions in input order (*prev), the right char
 * offset.
 */
static inline void
fuzz_check_mention(const char *text, size_t n, size_t start, size_t len,
				   size_t char_start, size_t sent_start, size_t sent_len,
				   size_t *prev)
{
	FUZZ_ASSERT(len > 0, "empty mention");
	fuzz_check_span(start, len, n, "mention span");
	fuzz_check_span(sent_start, sent_len, n, "sentence span");
	FUZZ_ASSERT(sent_start <= start && start + len <= sent_start + sent_len,
				"mention outside its sentence");
	FUZZ_ASSERT(sent_len <= (len > NM_SENTENCE_MAX_BYTES ? len : NM_SENTENCE_MAX_BYTES),
				"sentence span not bounded");
	FUZZ_ASSERT(start >= *prev, "mentions out of input order");
	*prev = start;
	fuzz_check_char_start(text, start, char_start, "mention char_start");
	FUZZ_ASSERT(nm_utf8_valid(text + start, len), "mention cuts a character");
	FUZZ_ASSERT(nm_utf8_valid(text + sent_start, sent_len), "sentence cuts a character");
}

static inline void
fuzz_check_article(const nm_article *a)
{
	fuzz_check_str(a->title, "title");
	fuzz_check_str(a->description, "description");
	fuzz_check_str(a->publisher, "publisher");
	fuzz_check_strs(a->authors, a->n_authors, "authors");
	fuzz_check_str(a->section, "section");
	fuzz_check_strs(a->tags, a->n_tags, "tags");
	fuzz_check_str(a->dateline, "dateline");
	fuzz_check_str(a->agency, "agency");
	fuzz_check_str(a->lead, "lead");
	fuzz_check_str(a->body, "body");
	fuzz_check_str(a->language, "language");
	fuzz_check_str(a->site_name, "site_name");
	fuzz_check_url(a->url, "url");
	fuzz_check_url(a->image, "image");
	FUZZ_ASSERT(a->body != NULL || a->word_count == -1, "word_count of NULL body");
	FUZZ_ASSERT(a->body == NULL || a->word_count >= 0, "word_count");
	FUZZ_ASSERT(a->n_related >= 0 && (a->n_related == 0 || a->related), "related");
	for (int i = 0; i < a->n_related; i++)
	{
		fuzz_check_str(a->related[i].title, "related.title");
		fuzz_check_url(a->related[i].url, "related.url");
	}
	FUZZ_ASSERT(a->source_format == NULL ||
				strcmp(a->source_format, "html") == 0 ||
				strcmp(a->source_format, "text") == 0, "source_format");
}

/* A status an entry point may legitimately return on hostile input. */
static inline void
fuzz_check_status(nm_status st)
{
	FUZZ_ASSERT(st == NM_OK || st == NM_ERR_PARSE || st == NM_ERR_TOO_LARGE ||
				st == NM_ERR_INVALID || st == NM_ERR_ABORTED, "status");
}

/*
 * Abort hook driven by the input: with abort_after > 0 the core is told to
 * stop at that poll, which exercises the unwind paths (LSan then checks
 * that nm_ctx_free released every libxml2 object).
 */
typedef struct fuzz_abort_state
{
	unsigned	polls;
	unsigned	abort_after;
} fuzz_abort_state;

static inline bool
fuzz_should_abort(void *user)
{
	fuzz_abort_state *st = user;

	st->polls++;
	return st->abort_after > 0 && st->polls >= st->abort_after;
}

static inline void
fuzz_ctx_init(nm_ctx *ctx, fuzz_abort_state *st, unsigned abort_after)
{
	nm_hooks	hooks;

	memset(&hooks, 0, sizeof(hooks));
	st->polls = 0;
	st->abort_after = abort_after;
	hooks.should_abort = fuzz_should_abort;
	hooks.user = st;
	nm_ctx_init(ctx, &hooks);
}

/* Copy into a malloc'd buffer of exactly `len` bytes (no NUL after it), so
 * ASan catches any read past the end of the input. */
static inline char *
fuzz_copy(const uint8_t *data, size_t len)
{
	char	   *buf = malloc(len ? len : 1);

	if (buf && len)
		memcpy(buf, data, len);
	return buf;
}

/*
 * The text entry points take valid UTF-8 (the glue guarantees it): the
 * sanitised input in a malloc'd buffer of its exact length, for ASan.
 */
static inline char *
fuzz_utf8_copy(const uint8_t *data, size_t size, size_t *len)
{
	nm_ctx		tmp;
	char	   *clean;
	char	   *text;

	nm_ctx_init(&tmp, NULL);
	clean = nm_sanitize_utf8(&tmp, (const char *) data, size);
	FUZZ_ASSERT(clean != NULL, "sanitize");
	*len = strlen(clean);
	text = fuzz_copy((const uint8_t *) clean, *len);
	nm_ctx_free(&tmp);
	return text;
}

#endif							/* NM_FUZZ_COMMON_H */
