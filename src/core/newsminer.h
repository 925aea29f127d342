/*
 * newsminer.h -- the one public header of the PostgreSQL-free newsminer core.
 *
 * The core is plain C99 + libxml2.  It never includes postgres.h, never calls
 * palloc/ereport and keeps no global mutable state: every entry point is a
 * pure function of its input and of an nm_ctx that the caller owns.  The
 * PostgreSQL glue (src/pg), the unit tests, the fuzzers and the benches each
 * create their own nm_ctx with their own hooks (the PostGIS liblwgeom model).
 *
 * Memory: everything the core returns lives in the ctx's arena and is freed
 * at once by nm_ctx_reset()/nm_ctx_free().  libxml2 objects are malloc'd by
 * libxml2; the core registers the live ones in the ctx so that
 * nm_ctx_release_xml() can free them when the caller unwinds on error.
 *
 * Strings: all strings are NUL-terminated, valid UTF-8, contain no NUL and
 * no C0 control characters other than '\n' (and '\t' in raw text fields).
 */
#ifndef NEWSMINER_H
#define NEWSMINER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NM_VERSION_STRING "0.2"

/* ---------------------------------------------------------------------
 * Context, hooks, status
 * --------------------------------------------------------------------- */

typedef enum nm_status
{
	NM_OK = 0,
	NM_ERR_NOMEM,				/* allocator returned NULL */
	NM_ERR_TOO_LARGE,			/* input above ctx->max_input_size */
	NM_ERR_ABORTED,				/* should_abort hook said stop */
	NM_ERR_PARSE,				/* libxml2 could not produce a document */
	NM_ERR_INVALID				/* argument not valid (message in ctx) */
} nm_status;

typedef struct nm_hooks
{
	/* Raw memory for the arena; must return NULL (or not return) on failure. */
	void	   *(*alloc) (size_t size, void *user);
	void		(*free) (void *ptr, void *user);

	/*
	 * Called from every loop whose trip count grows with the input, never from
	 * inside a libxml2 callback.  Return true to make the core stop and
	 * return NM_ERR_ABORTED.  The PostgreSQL glue may instead longjmp out of it
	 * (CHECK_FOR_INTERRUPTS): the core keeps every resource it holds at those
	 * points registered in the ctx, so nm_ctx_release_xml() frees them.
	 */
	bool		(*should_abort) (void *user);
	void	   *user;
} nm_hooks;

typedef struct nm_arena_block nm_arena_block;

typedef struct nm_ctx
{
	nm_hooks	hooks;
	nm_arena_block *blocks;		/* arena: list of blocks */
	char	   *cur;			/* bump pointer in the newest block */
	size_t		left;			/* bytes left in the newest block */
	size_t		max_input_size; /* bytes; 0 = no limit */
	int			max_depth;		/* DOM / JSON nesting limit */
	unsigned	abort_tick;		/* throttles should_abort calls */
	void	   *xml_doc;		/* live xmlDocPtr, if any */
	void	   *xml_parser;		/* live htmlParserCtxtPtr, if any */
	char		errmsg[256];	/* detail for the last error status */
} nm_ctx;

/* Defaults used by nm_ctx_init(). */
#define NM_DEFAULT_MAX_INPUT_SIZE	(64 * 1024 * 1024)
#define NM_DEFAULT_MAX_DEPTH		256

/* hooks == NULL selects malloc/free and never aborts. */
extern void nm_ctx_init(nm_ctx *ctx, const nm_hooks *hooks);
extern void nm_ctx_reset(nm_ctx *ctx);	/* frees arena + xml, keeps settings */
extern void nm_ctx_free(nm_ctx *ctx);	/* same as reset; ctx reusable after init */
extern void nm_ctx_release_xml(nm_ctx *ctx);	/* frees registered libxml2 objects */

/* Arena allocation: zeroed memory; NULL only if the alloc hook returned NULL. */
extern void *nm_alloc(nm_ctx *ctx, size_t size);
extern char *nm_strndup(nm_ctx *ctx, const char *s, size_t len);
extern char *nm_strdup(nm_ctx *ctx, const char *s);

/* Polls should_abort every N calls; true means "stop now". */
extern bool nm_should_abort(nm_ctx *ctx);

/* ---------------------------------------------------------------------
 * Time
 * --------------------------------------------------------------------- */

/* A point in time: microseconds since 1970-01-01 00:00:00 UTC. */
typedef struct nm_time
{
	bool		valid;
	int64_t		usec;
} nm_time;

/*
 * Parse a date/time as written in news pages: ISO 8601 (with or without
 * offset), RFC 2822, "September 21,2023 07:00 AM", "21 Sept 2023",
 * "Sept. 21, 2023", "July 15, 2024 3:45 PM EDT", "Updated 3:45 PM GMT+7"
 * (with a date elsewhere: no), localized month names of common European
 * languages, numeric day-month orders where unambiguous.  A time without a
 * zone is UTC.  Returns false (and out->valid = false) if no complete,
 * possible date is found.  Years outside 1900..2199 are rejected.
 */
extern bool nm_parse_date(const char *s, size_t len, nm_time *out);

/* Like nm_parse_date, but the date must fill the whole string (apart from
 * surrounding spaces and "Published"/"Updated" style labels). */
extern bool nm_parse_date_strict(const char *s, size_t len, nm_time *out);

/* ---------------------------------------------------------------------
 * Articles
 * --------------------------------------------------------------------- */

/*
 * Longest URL the core outputs (url, image, related[].url), in bytes: a
 * longer one is dropped, never cut into another URL.  8 KB is about the
 * request-line limit of common servers (Apache's LimitRequestLine 8190,
 * nginx's 8 KB header buffers), so a longer link rarely loads anywhere;
 * the longest link on the 577 corpus pages is under 3 KB.
 */
#define NM_MAX_URL_LEN	8192

typedef struct nm_related_item
{
	char	   *title;
	char	   *url;			/* absolute http(s) URL or NULL */
	nm_time		published_at;
} nm_related_item;

typedef struct nm_article
{
	char	   *title;
	char	   *description;
	char	   *publisher;
	char	  **authors;
	int			n_authors;
	nm_time		published_at;
	nm_time		modified_at;
	char	   *section;
	char	  **tags;
	int			n_tags;
	char	   *dateline;		/* place as written: "OTTAWA", "SÃO PAULO" */
	char	   *agency;			/* wire credited in the dateline: "Reuters" */
	char	   *lead;			/* first body paragraph minus dateline prefix */
	char	   *body;			/* paragraphs separated by "\n\n" */
	char	   *language;		/* ISO 639-1 */
	int			word_count;		/* words in body; -1 when body is NULL */
	char	   *url;			/* canonical http(s) URL */
	char	   *image;			/* lead image http(s) URL */
	char	   *site_name;		/* og:site_name or equivalent */
	nm_related_item *related;
	int			n_related;
	const char *source_format;	/* "html" or "text" (static string) */
} nm_article;

/* Detects HTML vs plain text and dispatches.  Input must be valid UTF-8. */
extern nm_status nm_parse_article(nm_ctx *ctx, const char *buf, size_t len,
								  nm_article *out);

/* The two paths, exposed for tests, fuzzers and benches. */
extern bool nm_looks_like_html(const char *buf, size_t len);
extern nm_status nm_parse_text_article(nm_ctx *ctx, const char *buf, size_t len,
									   nm_article *out);
extern nm_status nm_parse_html_article(nm_ctx *ctx, const char *buf, size_t len,
									   nm_article *out);

/*
 * Raw bytes of a page: detect the charset (BOM, XML declaration,
 * <meta charset> / http-equiv, else UTF-8 when valid, else windows-1252)
 * and convert to UTF-8.  Invalid sequences become U+FFFD.  *charset_out gets
 * the canonical name of the charset used (static string).
 */
extern nm_status nm_bytes_to_utf8(nm_ctx *ctx, const char *buf, size_t len,
								  char **out, size_t *out_len,
								  const char **charset_out);

/*
 * Dateline at the start of a paragraph: "OTTAWA, Sept 21 (Reuters) - ",
 * "NEW YORK (AP) — ", "PARIS, 21 sept (AFP) -", "SANTIAGO, March 4 -".
 * On success fills place/agency (agency may be NULL) and *prefix_len, the
 * bytes to skip to reach the lead text.
 */
extern bool nm_parse_dateline(nm_ctx *ctx, const char *para, size_t len,
							  char **place, char **agency, size_t *prefix_len);

/* ISO 639-1 code guessed from text (stopword profiles), or NULL. */
extern const char *nm_detect_language(const char *text, size_t len);

/* Word count as the article.word_count column defines it. */
extern int	nm_count_words(const char *text, size_t len);

/* ---------------------------------------------------------------------
 * Minerals
 * --------------------------------------------------------------------- */

/* One canonical mineral of the compiled-in catalog. */
typedef struct nm_mineral_info
{
	int			id;				/* stable id, never reused (stored on disk) */
	const char *name;			/* canonical name: "lithium" */
	const char *symbol;			/* "Li" or NULL */
	const char *family;			/* "rare earth elements", ... or NULL */
	const char *const *categories;	/* NULL-terminated: "battery", "base" ... */
	const char *const *critical_in; /* NULL-terminated: "US", "CA", "EU" ... */
	const char *const *lists;	/* NULL-terminated: "US:2025", "EU:2024" ... */
	const char *const *synonyms;	/* NULL-terminated surface forms */
} nm_mineral_info;

extern int	nm_mineral_count(void);
extern const nm_mineral_info *nm_mineral_by_index(int index);
extern const nm_mineral_info *nm_mineral_by_id(int id);

/* Canonical lookup of a name, synonym, product name or symbol
 * (case-insensitive for names, exact case for symbols); NULL if unknown. */
extern const nm_mineral_info *nm_mineral_lookup(const char *name, size_t len);

typedef struct nm_mineral_mention
{
	const nm_mineral_info *mineral;
	const char *form;			/* "element", "ore", "compound", "product" ... */
	size_t		byte_start;		/* offset of matched text in the input */
	size_t		byte_len;
	size_t		char_start;		/* 0-based character offset */
	size_t		sentence_start; /* byte span of the enclosing sentence */
	size_t		sentence_len;
} nm_mineral_mention;

/* Mentions in input order.  Input must be valid UTF-8. */
extern nm_status nm_extract_minerals(nm_ctx *ctx, const char *text, size_t len,
									 nm_mineral_mention **out, int *n_out);

/* ---------------------------------------------------------------------
 * Entities, quotes and figures
 * --------------------------------------------------------------------- */

typedef struct nm_entity_mention
{
	const char *entity;			/* canonical name */
	const char *kind;			/* country, region, city, organization, person */
	const char *code;			/* ISO 3166-1 alpha-2 for countries, else NULL */
	const char *role;			/* people: "Industry Minister" or NULL */
	size_t		byte_start;
	size_t		byte_len;
	size_t		char_start;
	size_t		sentence_start;
	size_t		sentence_len;
} nm_entity_mention;

extern nm_status nm_extract_entities(nm_ctx *ctx, const char *text, size_t len,
									 nm_entity_mention **out, int *n_out);

typedef struct nm_quote
{
	const char *quote;
	const char *speaker;
	const char *speaker_role;
	size_t		byte_start;
	size_t		char_start;
} nm_quote;

extern nm_status nm_extract_quotes(nm_ctx *ctx, const char *text, size_t len,
								   nm_quote **out, int *n_out);

typedef struct nm_figure
{
	const char *kind;			/* percent, money, quantity, price */
	const char *value;			/* plain decimal as text: "9800", "1200000000" */
	const char *unit;			/* "t", "oz", "%" ... */
	const char *currency;		/* ISO 4217 */
	const char *per_unit;		/* "t" in "$9,800 a tonne" */
	const char *mineral;		/* canonical mineral the figure is about */
	size_t		byte_start;
	size_t		byte_len;
	size_t		char_start;
} nm_figure;

extern nm_status nm_extract_figures(nm_ctx *ctx, const char *text, size_t len,
									nm_figure **out, int *n_out);

/* ---------------------------------------------------------------------
 * UTF-8 and text utilities (shared by the modules and by the glue)
 * --------------------------------------------------------------------- */

/* Length of the longest valid UTF-8 prefix. */
extern size_t nm_utf8_valid_prefix(const char *s, size_t len);
extern bool nm_utf8_valid(const char *s, size_t len);

/* Characters in s[0..len). */
extern size_t nm_utf8_char_count(const char *s, size_t len);

/* Decode one code point at s (len > 0); *adv gets its length (>= 1).
 * Invalid sequences decode as U+FFFD with *adv = 1. */
extern uint32_t nm_utf8_decode(const char *s, size_t len, size_t *adv);

/* Copy of s with invalid UTF-8 replaced by U+FFFD, NUL, C0 controls
 * (except \n and \t), DEL and C1 controls dropped. */
extern char *nm_sanitize_utf8(nm_ctx *ctx, const char *s, size_t len);

/*
 * Sentence spans reported with mentions are at most about this many bytes:
 * a hostile "sentence" of megabytes would otherwise be copied once per
 * mention in it.  nm_clip_span narrows a longer span [*start, *start+*len)
 * to a window around the mention [m_start, m_start+m_len), on character
 * boundaries; the window always contains the mention.
 */
#define NM_SENTENCE_MAX_BYTES	1024
extern void nm_clip_span(const char *text, size_t m_start, size_t m_len,
						 size_t *start, size_t *len);

#endif							/* NEWSMINER_H */
