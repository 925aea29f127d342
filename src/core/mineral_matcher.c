/*
 * mineral_matcher.c -- one pass over the text walking the generated trie
 * from word starts only, then word-boundary/case checks, leftmost-longest.
 */
#include "nm_minerals.h"
#include "nm_min_blocks.h"

#include <string.h>

#define SCAN_CHUNK		65536	/* bytes between should_abort polls */
#define BLOCK			NM_MIN_BLOCK	/* bytes classified at once on ASCII text */
#define BLOCK_READ		(BLOCK + 8) /* bytes read: 8 from each word start */

/* The walk runs at one word start in four: keep it out of the hot loop so
 * that the loop does not save and restore its registers at every word. */
#if defined(__GNUC__) || defined(__clang__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif

typedef struct cand_buf
{
	nm_ctx	   *ctx;
	nm_min_cand *items;
	int			n;
	int			cap;
	size_t		last_end;		/* end of the last candidate */
} cand_buf;

bool
nm_min_is_word_cp(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
			(cp >= '0' && cp <= '9') || cp == '_';
	if (cp < 0xC0)
		return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
	if (cp == 0xD7 || cp == 0xF7)
		return false;
	if (cp < 0x2000)
		return true;			/* Latin, Greek, Cyrillic ... Indic scripts */
	if (cp < 0x2C00)
		return false;			/* punctuation, currency, symbols, arrows */
	if (cp < 0x2E00)
		return true;
	if (cp < 0xA000)
		return false;			/* CJK punctuation and ideographs: no spaces
								 * between words, so they bound Latin words */
	if (cp < 0xAC00)
		return true;
	if (cp < 0xD800)
		return false;			/* Hangul syllables, as CJK */
	if (cp < 0xFB00)
		return false;			/* surrogates, private use, CJK compat */
	if (cp < 0xFE00)
		return true;
	if (cp < 0xFE70)
		return false;
	if (cp < 0xFF00)
		return true;
	if (cp < 0xFFF0)
		return (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
			(cp >= 0xFF41 && cp <= 0xFF5A) || (cp >= 0xFF66 && cp <= 0xFFDC);
	if (cp >= 0x1F000 && cp < 0x20000)
		return false;			/* emoji and pictographs */
	if (cp >= 0x20000)
		return false;			/* CJK extensions */
	return cp >= 0x10000;
}

static bool
is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool
word_at(const char *text, size_t len, size_t pos)
{
	size_t		adv;

	if (pos >= len)
		return false;
	return nm_min_is_word_cp(nm_utf8_decode(text + pos, len - pos, &adv));
}

/* Exact-case comparison of text[start..end) with a dictionary surface;
 * a space in the surface stands for any whitespace run. */
static bool
same_case(const char *text, size_t start, size_t end, const char *surface)
{
	size_t		i = start;
	const char *p = surface;

	while (*p && i < end)
	{
		if (*p == ' ')
		{
			if (!is_ws((unsigned char) text[i]))
				return false;
			while (i < end && is_ws((unsigned char) text[i]))
				i++;
			p++;
			continue;
		}
		if (text[i] != *p)
			return false;
		i++;
		p++;
	}
	return *p == '\0' && i == end;
}

/* The text has no lower-case ASCII letter: an all-caps headline form. */
static bool
all_caps(const char *text, size_t start, size_t end)
{
	for (size_t i = start; i < end; i++)
		if (text[i] >= 'a' && text[i] <= 'z')
			return false;
	return true;
}

static bool
push_cand(cand_buf *b, size_t start, size_t end, int pattern)
{
	if (b->n == b->cap)
	{
		int			ncap = b->cap ? b->cap * 2 : 64;
		nm_min_cand *n = nm_alloc(b->ctx, sizeof(nm_min_cand) * (size_t) ncap);

		if (!n)
			return false;
		if (b->n)
			memcpy(n, b->items, sizeof(nm_min_cand) * (size_t) b->n);
		b->items = n;
		b->cap = ncap;
	}
	b->items[b->n].start = start;
	b->items[b->n].end = end;
	b->items[b->n].pattern = pattern;
	b->n++;
	return true;
}

/* ASCII word bytes (letters, digits, '_'), as nm_min_is_word_cp has them;
 * 0 for every byte >= 0x80.  A table: the walk tests the byte after every
 * pattern end, and the answer is unpredictable. */
static const unsigned char word_byte[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* Does pattern pi, matched at text[w..end), end at a word end and pass its
 * case rule?  (w is a word start: the scanner only walks from those.) */
static bool
accept(const char *text, size_t len, size_t w, size_t end, int pi)
{
	const nm_min_pattern *p = &nm_min_patterns[pi];

	if (end < len && ((unsigned char) text[end] < 0x80 ?
					  word_byte[(unsigned char) text[end]] : word_at(text, len, end)))
		return false;
	if ((p->flags & NM_MIN_EXACT) && !same_case(text, w, end, p->text) &&
		!((p->flags & NM_MIN_CAPS_OK) && all_caps(text, w, end)))
		return false;
	return true;
}

/*
 * The longest pattern that starts at the word start w and passes accept():
 * a walk down the trie, collapsing whitespace runs as the folded patterns
 * do.  Returns its end, or 0 with none.  A match starting anywhere else is
 * preceded by a word character, which the word-boundary rule rejects.
 */
static size_t
walk_from(const char *text, size_t len, size_t w, int *pattern)
{
	const nm_min_cell *da = nm_min_da;
	const unsigned char *cls = nm_min_byteclass;
	const unsigned char *t = (const unsigned char *) text;
	unsigned	s = 0;
	size_t		best = 0;

	for (size_t j = w; j < len; j++)
	{
		unsigned	c = cls[t[j]];
		unsigned	n = da[s].base + c;
		unsigned	next = j + 1 < len ? t[j + 1] : 0;

		if (da[n].check != s)
			break;
		s = n;

		/*
		 * most pattern ends here are inside a word ("Th" in "the"), and
		 * most whitespace is a single space: & rather than && tests both
		 * without a hard-to-predict branch
		 */
		if (((da[s].out >= 0) & !word_byte[next]) &&
			accept(text, len, w, j + 1, da[s].out))
		{
			best = j + 1;
			*pattern = da[s].out;
		}
		if ((c == 1) & (cls[next] == 1))
			while (j + 1 < len && cls[t[j + 1]] == 1)
				j++;
	}
	return best;
}

/* Can a match start with the byte classes of t[0..2]?  (Exact: a pattern
 * starts with them, or one of one or two bytes ends before a non-word
 * byte; a whitespace run at t[1] collapses.)  For text that is not ASCII,
 * where words may hold non-ASCII letters: ASCII blocks use the word-run
 * filters below. */
static inline unsigned
start3(const unsigned char *t)
{
	const unsigned k = (unsigned) nm_min_nclass;
	unsigned	bit = (nm_min_byteclass[t[0]] * k + nm_min_byteclass[t[1]]) * k +
		nm_min_byteclass[t[2]];

	return (nm_min_start3[bit >> 3] >> (bit & 7)) & 1;
}

/* Can a match start at byte i?  start3(), or near the end of the text,
 * whether a pattern starts with byte i. */
static inline bool
may_start(const unsigned char *t, size_t len, size_t i)
{
	unsigned	c1 = nm_min_byteclass[t[i]];

	if (len - i >= 3)
		return start3(t + i);
	return nm_min_da[nm_min_da[0].base + c1].check == 0;
}

/* The longest match at the word start w, if any, is a candidate unless an
 * earlier one overlaps it (leftmost-longest, non-overlapping). */
static NOINLINE bool
take_start(cand_buf *b, const unsigned char *t, size_t len, size_t w)
{
	int			pattern = -1;
	size_t		end;

	if (w < b->last_end)
		return true;
	end = walk_from((const char *) t, len, w, &pattern);
	if (end == 0)
		return true;
	b->last_end = end;
	return push_cand(b, w, end, pattern);
}

#define FOLD8	UINT64_C(0x2020202020202020)

/* Which of the 8 bytes loaded at a word of n bytes are the word's: a table,
 * not arithmetic, as this runs at every word start. */
static const uint64_t word_mask[64] = {
	0, UINT64_C(0xFF), UINT64_C(0xFFFF), UINT64_C(0xFFFFFF), UINT64_C(0xFFFFFFFF),
	UINT64_C(0xFFFFFFFFFF), UINT64_C(0xFFFFFFFFFFFF), UINT64_C(0xFFFFFFFFFFFFFF),
#define ALL8 ~UINT64_C(0)
	ALL8, ALL8, ALL8, ALL8, ALL8, ALL8, ALL8, ALL8,
	ALL8, ALL8, ALL8, ALL8, ALL8, ALL8, ALL8, ALL8,
	ALL8, ALL8, ALL8, ALL8, ALL8, ALL8, ALL8, ALL8,
	ALL8, ALL8, ALL8, ALL8, ALL8, ALL8, ALL8, ALL8,
	ALL8, ALL8, ALL8, ALL8, ALL8, ALL8, ALL8, ALL8,
	ALL8, ALL8, ALL8, ALL8, ALL8, ALL8, ALL8, ALL8,
	ALL8, ALL8, ALL8, ALL8, ALL8, ALL8, ALL8, ALL8,
#undef ALL8
};

/*
 * Step 1 of the word-run filter (nm_minerals.h) on the word starts (bits)
 * of the BLOCK bytes at blk: the words that may begin a match.  Every
 * start's word must end inside the block (a bit of ~word).  No branch per
 * word: there are ten in a block.
 */
static NM_MIN_INLINE uint64_t
filter_starts(const unsigned char *blk, uint64_t word, uint64_t starts)
{
	const uint64_t nonword = ~word;
	uint64_t	go = 0;

	while (starts)
	{
		unsigned	k = (unsigned) nm_min_ctz64(starts);
		unsigned	n = (unsigned) nm_min_ctz64(nonword >> k);
		uint64_t	key = (nm_min_load_le64(blk + k) | FOLD8) & word_mask[n];

		starts &= starts - 1;
		go |= (uint64_t) nm_min_run_bit(nm_min_run_filter, key, n) << k;
	}
	return go;
}

/*
 * Step 2 on the words step 1 let through (bits of go): a pattern ends
 * within a byte of the word (folded, or as written for case-exact ones), or
 * one goes on with the two bytes that follow the word; or the word is
 * followed by a whitespace run of two bytes or more (not looked into).
 */
static NM_MIN_INLINE uint64_t
filter_words(const unsigned char *blk, uint64_t word, uint64_t go)
{
	const uint64_t nonword = ~word;
	const unsigned char *cls = nm_min_byteclass;
	uint64_t	out = 0;

	while (go)
	{
		unsigned	k = (unsigned) nm_min_ctz64(go);
		unsigned	n = (unsigned) nm_min_ctz64(nonword >> k);
		uint64_t	mask = word_mask[n];
		uint64_t	raw = nm_min_load_le64(blk + k) & mask;
		uint64_t	key = raw | (FOLD8 & mask);
		unsigned	sep = blk[k + n];
		unsigned	next = blk[k + n + 1];
		unsigned	pass;

		/* a whitespace run is ' ' in the patterns; case folded */
		sep = cls[sep] == 1 ? ' ' : sep;
		next += 32 * (next - 'A' < 26u);
		pass = (cls[blk[k + n + 1]] == 1) |
			nm_min_run_bit2(nm_min_run_filter2, key, n + 64) |
			nm_min_run_bit2(nm_min_run_filter2, raw, n + 128) |
			nm_min_run_bit2(nm_min_run_filter2, key, n + 192 + 256 * sep + 65536 * next);
		go &= go - 1;
		out |= (uint64_t) pass << k;
	}
	return out;
}

/*
 * Scans the block at t + i, classified from blk (t + i itself, or a
 * zero-padded copy of the text's tail; BLOCK_READ bytes readable) with
 * word_bits: returns how many bytes it took (BLOCK, or less to leave a
 * word that runs past the block to the next block, which then starts at
 * it), 0 when the bytes are not all ASCII, -1 out of memory.
 * Candidates are taken from t itself.
 */
static NM_MIN_INLINE int
scan_block(cand_buf *b, const unsigned char *blk, const unsigned char *t, size_t len,
		   size_t i, uint64_t *prev_word, bool (*word_bits) (const unsigned char *, uint64_t *))
{
	uint64_t	word;
	uint64_t	starts;
	uint64_t	go;
	int			took = BLOCK;

	if (!word_bits(blk, &word))
		return 0;

	/*
	 * word characters not preceded by one: no pattern starts with an ASCII
	 * non-word byte (gen_minerals.py checks)
	 */
	starts = word & ~((word << 1) | *prev_word);
	*prev_word = word >> 63;
	if (word >> 63)
	{
		if (~word)
		{
			took = nm_min_top64(~word) + 1;
			starts &= (UINT64_C(1) << took) - 1;
			*prev_word = 0;
		}
		else
			starts = 0;			/* a word of 64 bytes or more: no pattern's
								 * first word is that long (the generator
								 * checks) */
	}
	go = filter_words(blk, word, filter_starts(blk, word, starts));
	while (go)
	{
		int			k = nm_min_ctz64(go);

		go &= go - 1;
		if (!take_start(b, t, len, i + (size_t) k))
			return -1;
	}
	return took;
}

/*
 * The scan with one block classifier (inlined into one function per
 * classifier): ASCII blocks 64 bytes at a time, text with other bytes one
 * code point at a time.
 */
static NM_MIN_INLINE nm_status
scan_text(cand_buf *b, const unsigned char *t, size_t len,
		  bool (*word_bits) (const unsigned char *, uint64_t *))
{
	uint64_t	prev_word = 0;	/* is the character before i a word one? */
	size_t		i = 0;
	size_t		next_poll = 0;

	while (i < len)
	{
		int			r;

		if (i >= next_poll)
		{
			if (nm_should_abort(b->ctx))
				return NM_ERR_ABORTED;
			next_poll = i + SCAN_CHUNK;
		}
		if (len - i >= BLOCK_READ)
			r = scan_block(b, t + i, t, len, i, &prev_word, word_bits);
		else
		{
			/*
			 * the tail, zero-padded: a NUL is no word byte, so words end
			 * where the text does (the walk reads the text itself)
			 */
			unsigned char pad[BLOCK_READ];

			memset(pad, 0, sizeof(pad));
			memcpy(pad, t + i, len - i);
			r = scan_block(b, pad, t, len, i, &prev_word, word_bits);
		}
		if (r < 0)
			return NM_ERR_NOMEM;
		if (r > 0)
		{
			i += (size_t) r;
			continue;
		}
		/* text with non-ASCII characters: one code point at a time */
		for (size_t stop = len - i > BLOCK ? i + BLOCK : len; i < stop;)
		{
			size_t		adv = 1;

			if (!prev_word && may_start(t, len, i) && !take_start(b, t, len, i))
				return NM_ERR_NOMEM;
			if (t[i] < 0x80)
				prev_word = word_byte[t[i]];
			else
				prev_word = nm_min_is_word_cp(nm_utf8_decode((const char *) t + i, len - i, &adv));
			i += adv;
		}
	}
	return NM_OK;
}

static NOINLINE nm_status
scan_portable(cand_buf *b, const unsigned char *t, size_t len)
{
	return scan_text(b, t, len, nm_min_word_bits_portable);
}

#ifdef NM_MIN_HAVE_SSE2
static NOINLINE nm_status
scan_sse2(cand_buf *b, const unsigned char *t, size_t len)
{
	return scan_text(b, t, len, nm_min_word_bits_sse2);
}
#endif

#ifdef NM_MIN_HAVE_AVX2
static NOINLINE NM_MIN_AVX2_TARGET nm_status
scan_avx2(cand_buf *b, const unsigned char *t, size_t len)
{
	return scan_text(b, t, len, nm_min_word_bits_avx2);
}
#endif

bool
nm_min_scan_path_available(nm_min_scan_path path)
{
	switch (path)
	{
		case NM_MIN_SCAN_BEST:
		case NM_MIN_SCAN_PORTABLE:
			return true;
		case NM_MIN_SCAN_SSE2:
#ifdef NM_MIN_HAVE_SSE2
			return true;
#else
			return false;
#endif
		case NM_MIN_SCAN_AVX2:
#ifdef NM_MIN_HAVE_AVX2

			/*
			 * a load of what libgcc/compiler-rt found at program start: no
			 * state of ours, cheap enough for every call
			 */
			return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") &&
				__builtin_cpu_supports("bmi2");
#else
			return false;
#endif
	}
	return false;
}

nm_status
nm_mineral_scan_path(nm_ctx *ctx, const char *text, size_t len, nm_min_scan_path path,
					 nm_min_cand **out, int *n_out)
{
	const unsigned char *t = (const unsigned char *) text;
	cand_buf	b = {ctx, NULL, 0, 0, 0};
	nm_status	st;

	*out = NULL;
	*n_out = 0;
	if (path == NM_MIN_SCAN_BEST)
	{
		path = NM_MIN_SCAN_PORTABLE;
		if (nm_min_scan_path_available(NM_MIN_SCAN_AVX2))
			path = NM_MIN_SCAN_AVX2;
		else if (nm_min_scan_path_available(NM_MIN_SCAN_SSE2))
			path = NM_MIN_SCAN_SSE2;
	}
	else if (!nm_min_scan_path_available(path))
		return NM_ERR_INVALID;
	switch (path)
	{
#ifdef NM_MIN_HAVE_AVX2
		case NM_MIN_SCAN_AVX2:
			st = scan_avx2(&b, t, len);
			break;
#endif
#ifdef NM_MIN_HAVE_SSE2
		case NM_MIN_SCAN_SSE2:
			st = scan_sse2(&b, t, len);
			break;
#endif
		default:
			st = scan_portable(&b, t, len);
			break;
	}
	if (st != NM_OK)
		return st;
	*out = b.items;
	*n_out = b.n;
	return NM_OK;
}

nm_status
nm_mineral_scan(nm_ctx *ctx, const char *text, size_t len,
				nm_min_cand **out, int *n_out)
{
	return nm_mineral_scan_path(ctx, text, len, NM_MIN_SCAN_BEST, out, n_out);
}
