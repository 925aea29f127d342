/*
 * mineral_matcher.c -- one pass over the text walking the generated trie
 * from word starts only, then word-boundary/case checks, leftmost-longest.
 */
#include "nm_minerals.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define SCAN_CHUNK		65536	/* bytes between should_abort polls */
#define BLOCK			64		/* bytes classified at once on ASCII text */

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
 * byte; a whitespace run at t[1] collapses.)  No branch: the scanner
 * tests every word start. */
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

static inline int
ctz64(uint64_t x)
{
#if defined(__GNUC__) || defined(__clang__)
	return __builtin_ctzll(x);
#else
	int			n = 0;

	while (!(x & 1))
	{
		x >>= 1;
		n++;
	}
	return n;
#endif
}

#ifdef __SSE2__
/*
 * Word-character bits of the BLOCK bytes at p (bit k = byte k): letters,
 * digits and '_', as nm_min_is_word_cp has them, 16 bytes per step.  False
 * when a byte is not ASCII (the caller then goes one code point at a time).
 * Every x86-64 has SSE2.
 */
static inline bool
block_word_bits(const unsigned char *p, uint64_t *bits)
{
	const __m128i a = _mm_set1_epi8('a');
	const __m128i zero = _mm_set1_epi8('0');
	const __m128i n25 = _mm_set1_epi8(25);
	const __m128i n9 = _mm_set1_epi8(9);
	const __m128i lower = _mm_set1_epi8(0x20);
	const __m128i under = _mm_set1_epi8('_');
	__m128i		high = _mm_setzero_si128();
	uint64_t	word = 0;

	for (int k = 0; k < BLOCK; k += 16)
	{
		__m128i		x = _mm_loadu_si128((const __m128i *) (p + k));
		__m128i		l = _mm_sub_epi8(_mm_or_si128(x, lower), a);
		__m128i		d = _mm_sub_epi8(x, zero);
		__m128i		m;

		high = _mm_or_si128(high, x);
		/* unsigned range tests: v <= n exactly when min(v, n) == v */
		m = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(l, n25), l),
						 _mm_cmpeq_epi8(_mm_min_epu8(d, n9), d));
		m = _mm_or_si128(m, _mm_cmpeq_epi8(x, under));
		word |= (uint64_t) (unsigned) _mm_movemask_epi8(m) << k;
	}
	*bits = word;
	return _mm_movemask_epi8(high) == 0;
}
#else
/*
 * The same without SSE2: SWAR range tests on 8 bytes at a time, exact for
 * bytes below 0x80 (b is in [lo, hi] when b + 0x80 - lo has bit 7 and
 * b + 0x7f - hi has not), then a multiply gathers bit 7 of every byte.
 */
static inline bool
block_word_bits(const unsigned char *p, uint64_t *bits)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	uint64_t	acc = 0;
	uint64_t	word = 0;

	for (int k = 0; k < BLOCK; k += 8)
	{
		uint64_t	x,
					l,
					u,
					m,
					g = 0;

		memcpy(&x, p + k, 8);
		acc |= x;
		l = x | (ones * 0x20);	/* ASCII letters to lower case */
		u = x ^ (ones * '_');
		m = ((l + ones * (0x80 - 'a')) & ~(l + ones * (0x7f - 'z'))) |
			((x + ones * (0x80 - '0')) & ~(x + ones * (0x7f - '9'))) |
			~((u + ones * 0x7f) | u);
		m &= ones * 0x80;
		for (int q = 0; q < 8; q++)
			g |= ((m >> (8 * q + 7)) & 1) << q;		/* byte order free */
		word |= g << k;
	}
	*bits = word;
	return (acc & ones * 0x80) == 0;
}
#endif

/*
 * Scans the BLOCK bytes at t + i, classified from blk (t + i itself, or a
 * zero-padded copy of the text's tail): 1 when done, 0 when they are not
 * all ASCII, -1 out of memory.  Candidates are taken from t itself.
 */
static inline int
scan_block(cand_buf *b, const unsigned char *blk, const unsigned char *t, size_t len,
		   size_t i, uint64_t *prev_word)
{
	uint64_t	word;
	uint64_t	starts;
	uint64_t	go = 0;

	if (!block_word_bits(blk, &word))
		return 0;

	/*
	 * word characters not preceded by one: no pattern starts with an ASCII
	 * non-word byte (gen_minerals.py checks); of those, the ones start3 lets
	 * through, without a branch per word
	 */
	starts = word & ~((word << 1) | *prev_word);
	while (starts)
	{
		int			k = ctz64(starts);

		starts &= starts - 1;
		go |= (uint64_t) start3(blk + k) << k;
	}
	while (go)
	{
		int			k = ctz64(go);

		go &= go - 1;
		if (!take_start(b, t, len, i + (size_t) k))
			return -1;
	}
	*prev_word = word >> 63;
	return 1;
}

nm_status
nm_mineral_scan(nm_ctx *ctx, const char *text, size_t len,
				nm_min_cand **out, int *n_out)
{
	const unsigned char *t = (const unsigned char *) text;
	cand_buf	b = {ctx, NULL, 0, 0, 0};
	uint64_t	prev_word = 0;	/* is the character before i a word one? */
	size_t		i = 0;
	size_t		next_poll = 0;

	*out = NULL;
	*n_out = 0;
	while (i < len)
	{
		int			r;

		if (i >= next_poll)
		{
			if (nm_should_abort(ctx))
				return NM_ERR_ABORTED;
			next_poll = i + SCAN_CHUNK;
		}
		if (len - i >= BLOCK + 2)
			r = scan_block(&b, t + i, t, len, i, &prev_word);
		else
		{
			/*
			 * the tail, zero-padded: a NUL is no word byte, and a pattern
			 * of one or two bytes may end before it, so start3 still lets
			 * every real match through (the walk reads the text itself)
			 */
			unsigned char pad[BLOCK + 2];

			memset(pad, 0, sizeof(pad));
			memcpy(pad, t + i, len - i);
			r = scan_block(&b, pad, t, len, i, &prev_word);
		}
		if (r < 0)
			return NM_ERR_NOMEM;
		if (r > 0)
		{
			i += BLOCK;
			continue;
		}
		/* text with non-ASCII characters: one code point at a time */
		for (size_t stop = len - i > BLOCK ? i + BLOCK : len; i < stop;)
		{
			size_t		adv = 1;

			if (!prev_word && may_start(t, len, i) && !take_start(&b, t, len, i))
				return NM_ERR_NOMEM;
			if (t[i] < 0x80)
				prev_word = word_byte[t[i]];
			else
				prev_word = nm_min_is_word_cp(nm_utf8_decode(text + i, len - i, &adv));
			i += adv;
		}
	}
	*out = b.items;
	*n_out = b.n;
	return NM_OK;
}
