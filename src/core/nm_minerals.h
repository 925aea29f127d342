/*
 * nm_minerals.h -- internal interface of the mineral matcher: the tables that
 * scripts/gen/gen_minerals.py generates and the scanner/rules entry points.
 */
#ifndef NM_MINERALS_H
#define NM_MINERALS_H

#include "newsminer.h"

/* Pattern kinds and flags (keep in sync with gen_minerals.py). */
#define NM_MIN_KIND_MINERAL		0
#define NM_MIN_KIND_BLOCK		1
#define NM_MIN_EXACT			1	/* match the surface's case exactly */
#define NM_MIN_SYMBOL			2	/* element symbol: formula contexts only */
#define NM_MIN_WORDLIKE			4	/* symbol that is also a word or name */
#define NM_MIN_CAPS_OK			8	/* exact case, or all capitals */
#define NM_MIN_ACRONYM			16	/* LCE, MHP: needs mineral context */

typedef struct nm_min_pattern
{
	const char *text;			/* surface as written in the dictionary */
	int			fold_len;		/* bytes of its folded form */
	int			kind;
	const char *form;			/* form, or block kind for blocks */
	int			flags;
	int			n_minerals;
	int			minerals[4];	/* catalog indexes */
} nm_min_pattern;

typedef struct nm_min_key
{
	const char *key;
	int			index;
} nm_min_key;

typedef struct nm_min_formword
{
	const char *word;
	const char *form;
} nm_min_formword;

/* Generated tables (src/core/gen_minerals.c). */
extern const nm_mineral_info nm_min_catalog[];
extern const int nm_min_catalog_count;
extern const unsigned char nm_min_needs_context[];
#define NM_MIN_CTX_ALWAYS		1	/* "lead": needs metal context */
#define NM_MIN_CTX_CAPITALISED	2	/* "Mercury": needs it when capitalised */
#define NM_MIN_CTX_COLOUR		4	/* "silver": also a colour */
extern const nm_min_key nm_min_keys[];
extern const int nm_min_key_count;
extern const nm_min_key nm_min_symbols[];
extern const int nm_min_symbol_count;
extern const nm_min_pattern nm_min_patterns[];
extern const int nm_min_pattern_count;
extern const nm_min_formword nm_min_formwords[];
extern const int nm_min_formword_count;
extern const char *const nm_min_ctx_after[];
extern const int nm_min_ctx_after_count;
extern const char *const nm_min_ctx_before[];
extern const int nm_min_ctx_before_count;
extern const char *const nm_min_ctx_colour[];
extern const int nm_min_ctx_colour_count;
extern const char *const nm_min_ctx_symbol[];
extern const int nm_min_ctx_symbol_count;
extern const char *const nm_min_corp_words[];
extern const int nm_min_corp_words_count;
extern const char *const nm_min_legal_words[];
extern const int nm_min_legal_words_count;
extern const char *const nm_min_notname_words[];
extern const int nm_min_notname_words_count;
extern const char *const nm_min_prefix_words[];
extern const int nm_min_prefix_words_count;
extern const char *const nm_min_wordlike_symbols[];
extern const int nm_min_wordlike_symbols_count;
extern const int nm_min_nclass;
extern const int nm_min_nstate;
extern const unsigned char nm_min_byteclass[256];

/* One cell of the trie packed as a double array: the child of the state in
 * cell s by byte class c is cell nm_min_da[s].base + c if its check is s. */
typedef struct nm_min_cell
{
	uint16_t	base;			/* children start here (+ class) */
	uint16_t	check;			/* parent cell; 0xFFFF for free cells */
	int16_t		out;			/* pattern ending here, or -1 */
} nm_min_cell;

extern const int nm_min_ncell;
extern const nm_min_cell nm_min_da[];
extern const uint8_t nm_min_start3[];	/* which 3 byte classes may start a match */

/*
 * The word-run filters (gen_minerals.py, build_run_filters, says what they
 * hold): bit nm_min_run_hash(key, extra) of nm_min_run_filter (every word
 * start), or two bits (nm_min_run_bit2) of nm_min_run_filter2 (the words
 * that pass the first).  key holds
 * a word's first min(len, 8) bytes, byte k in bits 8k..8k+7, with 0x20 set
 * in each (which folds ASCII case and leaves digits alone) except where the
 * filter wants the word as written.  gen_minerals.py computes the same hash
 * (and checks these two constants).
 */
#define NM_MIN_RUN_BITS			15
#define NM_MIN_RUN_MUL			UINT64_C(0x9E3779B97F4A7C15)
extern const uint64_t nm_min_run_filter[];
extern const uint64_t nm_min_run_filter2[];

static inline unsigned
nm_min_run_hash(uint64_t key, uint64_t extra)
{
	return (unsigned) (((key + extra) * NM_MIN_RUN_MUL) >> (64 - NM_MIN_RUN_BITS));
}

static inline unsigned
nm_min_run_bit(const uint64_t *filter, uint64_t key, uint64_t extra)
{
	unsigned	h = nm_min_run_hash(key, extra);

	return (unsigned) (filter[h >> 6] >> (h & 63)) & 1;
}

/* Both bits of an entry of nm_min_run_filter2: the hash's and the
 * NM_MIN_RUN_BITS bits of the product below it. */
static inline unsigned
nm_min_run_bit2(const uint64_t *filter, uint64_t key, uint64_t extra)
{
	uint64_t	p = (key + extra) * NM_MIN_RUN_MUL;
	unsigned	h1 = (unsigned) (p >> (64 - NM_MIN_RUN_BITS));
	unsigned	h2 = (unsigned) (p >> (64 - 2 * NM_MIN_RUN_BITS)) & ((1u << NM_MIN_RUN_BITS) - 1);

	return (unsigned) (filter[h1 >> 6] >> (h1 & 63)) & (unsigned) (filter[h2 >> 6] >> (h2 & 63)) & 1;
}

/* A surface-form hit of the automaton that passed the word-boundary and
 * case checks. */
typedef struct nm_min_cand
{
	size_t		start;
	size_t		end;
	int			pattern;
} nm_min_cand;

/*
 * The matcher alone (what the bench times): every dictionary hit in text,
 * leftmost-longest and non-overlapping, in input order.
 */
extern nm_status nm_mineral_scan(nm_ctx *ctx, const char *text, size_t len,
								 nm_min_cand **out, int *n_out);

/* Scanner implementations (nm_mineral_scan picks the fastest the CPU has;
 * the tests compare them). */
typedef enum nm_min_scan_path
{
	NM_MIN_SCAN_BEST,
	NM_MIN_SCAN_PORTABLE,		/* plain C, 8 bytes per step */
	NM_MIN_SCAN_SSE2,
	NM_MIN_SCAN_AVX2
} nm_min_scan_path;

/* Is that implementation compiled in and supported by this CPU? */
extern bool nm_min_scan_path_available(nm_min_scan_path path);

/* nm_mineral_scan with a given implementation (NM_ERR_INVALID when it is
 * not available): the same candidates whichever. */
extern nm_status nm_mineral_scan_path(nm_ctx *ctx, const char *text, size_t len,
									  nm_min_scan_path path,
									  nm_min_cand **out, int *n_out);

/* Sentence containing byte offset pos, found by scanning forward from a
 * known sentence start (see mineral_sentence.c). */
typedef struct nm_sentence_cursor
{
	size_t		start;			/* start of the current sentence */
	size_t		end;			/* end (exclusive, trimmed) */
	size_t		next;			/* where the following sentence starts */
	bool		valid;
} nm_sentence_cursor;

extern void nm_sentence_locate(const char *text, size_t len,
							   nm_sentence_cursor *cur, size_t pos);

/* Unicode-aware "letter or digit" test used for word boundaries. */
extern bool nm_min_is_word_cp(uint32_t cp);

/* Sorted word-list lookups used by the rules. */
extern bool nm_min_word_in(const char *const *list, int n, const char *w,
						   size_t len, bool fold);

#endif							/* NM_MINERALS_H */
