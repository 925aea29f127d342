/*
 * nm_entities.h -- internal interface of the entity, quote and figure
 * extractors: the tokenizer with sentence spans and the gazetteer matcher.
 */
#ifndef NM_ENTITIES_H
#define NM_ENTITIES_H

#include "newsminer.h"

/* ---- tokens (tokens.c) ---------------------------------------------- */

/* Token flags. */
#define NM_TOK_WORD		0x0001		/* run of word characters */
#define NM_TOK_CAP		0x0002		/* word starting with an upper-case letter */
#define NM_TOK_UPPER	0x0004		/* word with letters, none lower case */
#define NM_TOK_DIGIT	0x0008		/* word starting with a digit */
#define NM_TOK_SPACE	0x0010		/* whitespace between previous token and this */
#define NM_TOK_NEWLINE	0x0020		/* a line break between previous token and this */
#define NM_TOK_SENT		0x0040		/* first token of a sentence */

typedef struct nm_token
{
	size_t		start;
	size_t		len;
	unsigned	flags;
	int			sent;			/* index of the sentence */
} nm_token;

typedef struct nm_sentence
{
	size_t		start;
	size_t		len;
	int			tok0;			/* first token */
	int			tok1;			/* one past the last token */
	signed char title_case;		/* nm_title_case_sentence cache: 0 unknown */
} nm_sentence;

typedef struct nm_tokens
{
	const char *text;
	size_t		len;
	nm_token   *tok;
	int			n;
	nm_sentence *sent;
	int			n_sent;
} nm_tokens;

extern nm_status nm_tokenize(nm_ctx *ctx, const char *text, size_t len,
							 nm_tokens *out);

/* Token i equals the ASCII word w, case-insensitively / exactly. */
extern bool nm_tok_is(const nm_tokens *t, int i, const char *w);
extern bool nm_tok_is_exact(const nm_tokens *t, int i, const char *w);
/* Token i is one of the NULL-terminated words, case-insensitively. */
extern bool nm_tok_in(const nm_tokens *t, int i, const char *const *words);
/* The same for n lower-case words of at most 32 bytes sorted bytewise
 * (strcmp): a binary search, for long lists. */
extern bool nm_tok_in_sorted(const nm_tokens *t, int i, const char *const *words, int n);
/* Token i is the single character c (ASCII) or a typographic variant. */
extern bool nm_tok_punct(const nm_tokens *t, int i, char c);
/* Possessive "'s" / "’s" / "s'" follows token i: returns its token count. */
extern int	nm_tok_possessive(const nm_tokens *t, int i);

/* ---- gazetteer (gazetteer.c + generated gen_gazetteer.c) ------------ */

typedef enum nm_gaz_kind
{
	NM_GAZ_COUNTRY = 1,
	NM_GAZ_DEMONYM,				/* "Canadian": a mention of a country */
	NM_GAZ_REGION,
	NM_GAZ_CITY,
	NM_GAZ_ORG,
	NM_GAZ_PERSON,
	NM_TITLE_OFFICE,			/* "Minister", "President" */
	NM_TITLE_JOB,				/* "chief executive", "analyst" */
	NM_TITLE_HONORIFIC			/* "Mr", "Ms" */
} nm_gaz_kind;

typedef struct nm_gaz_entry
{
	const char *key;			/* lower-cased tokens joined by one space */
	const char *exact;			/* tokens as written, for acronyms; else NULL */
	const char *canonical;
	const char *code;			/* ISO 3166-1 alpha-2 or NULL */
	nm_gaz_kind kind;
	bool		exact_case;
} nm_gaz_entry;

typedef struct nm_gaz_table
{
	const nm_gaz_entry *entries;	/* sorted by key (bytewise) */
	int			n;
	int			max_tokens;
} nm_gaz_table;

extern const nm_gaz_table nm_gazetteer;
extern const nm_gaz_table nm_titles;

/*
 * Longest entry of table that starts at token i: returns the number of
 * tokens it covers (0: none) and the entry.  need_cap: the first token must
 * be capitalised (or an exact-case acronym).  Never crosses a line break.
 */
extern int	nm_gaz_match(const nm_gaz_table *table, const nm_tokens *t, int i,
						 bool need_cap, const nm_gaz_entry **entry);

/* ---- entity spans (entities.c, entities_orgs.c, entities_people.c) -- */

typedef struct nm_span
{
	int			t0;				/* first token */
	int			t1;				/* one past the last token; t0 == t1: removed */
	nm_gaz_kind kind;			/* COUNTRY, DEMONYM, REGION, CITY, ORG, PERSON */
	const char *name;			/* canonical name */
	const char *code;
	const char *role;
} nm_span;

typedef struct nm_spans
{
	nm_span    *v;
	int			n;
	int			cap;
	int		   *owner;			/* per token: index of the span holding it, or -1 */
} nm_spans;

/* Adds a span if all its tokens are free; returns its index, -1 if taken,
 * -2 on out-of-memory. */
extern int	nm_span_add(nm_ctx *ctx, nm_spans *s, int t0, int t1,
						nm_gaz_kind kind, const char *name, const char *code,
						const char *role);
/* Removes span k and frees its tokens. */
extern void nm_span_remove(nm_spans *s, int k);
/* Kind of the span holding token i, or 0. */
extern nm_gaz_kind nm_span_kind_at(const nm_spans *s, int i);

/* Every entity span of the text, unordered. */
extern nm_status nm_find_entities(nm_ctx *ctx, const nm_tokens *t, nm_spans *out);

/* The passes, in the order nm_find_entities runs them. */
extern nm_status nm_find_titled_people(nm_ctx *ctx, const nm_tokens *t, nm_spans *s);
extern nm_status nm_find_org_patterns(nm_ctx *ctx, const nm_tokens *t, nm_spans *s);
extern nm_status nm_find_speaking_people(nm_ctx *ctx, const nm_tokens *t, nm_spans *s);
extern nm_status nm_link_surnames(nm_ctx *ctx, const nm_tokens *t, nm_spans *s);
extern nm_status nm_link_org_short_names(nm_ctx *ctx, const nm_tokens *t, nm_spans *s);

/* Arena copy of the text of tokens [t0, t1), or NULL on out-of-memory. */
extern char *nm_tokens_text(nm_ctx *ctx, const nm_tokens *t, int t0, int t1);

/* ---- shared by quotes.c and figures.c -------------------------------- */

/* Character offset of byte offset off, counted from (base_off, base_chars). */
extern size_t nm_char_offset(const char *text, size_t base_off,
							 size_t base_chars, size_t off);

#endif							/* NM_ENTITIES_H */
