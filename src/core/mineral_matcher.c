/*
 * mineral_matcher.c -- one pass over the text trying the generated automaton
 * at word starts only, then word-boundary/case checks and leftmost-longest.
 */
#include "nm_minerals.h"

#include <stdlib.h>
#include <string.h>

#define SCAN_CHUNK		65536	/* bytes between should_abort polls */
#define HIT_BIT			0x8000
#define BLOCK			64		/* bytes classified at once on ASCII text */

typedef struct cand_buf
{
	nm_ctx	   *ctx;
	nm_min_cand *items;
	int			n;
	int			cap;
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

/* Is the code point that ends just before byte `pos` a word character? */
static bool
word_before(const char *text, size_t pos)
{
	size_t		j = pos;
	size_t		adv;

	if (pos == 0)
		return false;
	j--;
	while (j > 0 && pos - j < 4 && ((unsigned char) text[j] & 0xC0) == 0x80)
		j--;
	return nm_min_is_word_cp(nm_utf8_decode(text + j, pos - j, &adv));
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

/* A pattern ended at byte `last` (inclusive): find its start, check it. */
static bool
report(cand_buf *b, const char *text, size_t len, size_t last, int pi)
{
	const nm_min_pattern *p = &nm_min_patterns[pi];
	size_t		end = last + 1;
	size_t		j = end;
	int			k = p->fold_len;
	const char *t = p->text;
	size_t		tl = strlen(t);

	/* Walk back over the folded length; a folded space is a whitespace run. */
	while (k > 0)
	{
		if (tl > 0 && t[tl - 1] == ' ')
		{
			while (j > 0 && is_ws((unsigned char) text[j - 1]))
				j--;
			tl--;
		}
		else
		{
			j--;
			if (tl > 0)
				tl--;
		}
		k--;
	}
	if (word_before(text, j) || word_at(text, len, end))
		return true;
	if ((p->flags & NM_MIN_EXACT) && !same_case(text, j, end, p->text) &&
		!((p->flags & NM_MIN_CAPS_OK) && all_caps(text, j, end)))
		return true;
	return push_cand(b, j, end, pi);
}

static int
cand_order(const void *a, const void *b)
{
	const nm_min_cand *x = a;
	const nm_min_cand *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	return 0;
}

/*
 * Every pattern that starts at byte w: follow trie edges only (the target's
 * depth grows by one), collapsing whitespace runs as the patterns do.  A
 * match starting anywhere else is either found from its own start or is
 * preceded by a word character, which report() would reject anyway.
 */
static bool
walk_from(cand_buf *b, const char *text, size_t len, size_t w)
{
	const uint16_t *delta = nm_min_delta;
	const unsigned char *cls = nm_min_byteclass;
	const int	nclass = nm_min_nclass;
	unsigned	s = 0;
	int			prev = -1;

	for (size_t j = w; j < len; j++)
	{
		int			c = cls[(unsigned char) text[j]];
		unsigned	v,
					t;

		if (c == 1 && prev == 1)
			continue;
		prev = c;
		v = delta[s * nclass + c];
		t = v & ~HIT_BIT;
		if (nm_min_depth[t] != nm_min_depth[s] + 1)
			return true;
		s = t;
		if ((v & HIT_BIT) && nm_min_out[t] >= 0 &&
			!report(b, text, len, j, nm_min_out[t]))
			return false;
	}
	return true;
}

/* Can a match start at byte i?  Exact filter on its first three byte
 * classes (a whitespace run there may collapse: then only the first). */
static inline bool
may_start(const unsigned char *t, size_t len, size_t i)
{
	const long	k = nm_min_nclass;
	long		c1 = nm_min_byteclass[t[i]];
	long		c2,
				c3,
				bit;

	if (len - i < 3)
		return nm_min_depth[nm_min_delta[c1] & ~HIT_BIT] == 1;
	c2 = nm_min_byteclass[t[i + 1]];
	c3 = nm_min_byteclass[t[i + 2]];
	if (c2 == 1 && c3 == 1)
		return nm_min_depth[nm_min_delta[c1] & ~HIT_BIT] == 1;
	bit = (c1 * k + c2) * k + c3;
	return (nm_min_start3[bit >> 3] >> (bit & 7)) & 1;
}

/* True when the BLOCK bytes at p are all ASCII. */
static inline bool
block_is_ascii(const unsigned char *p)
{
	uint64_t	acc = 0;

	for (int k = 0; k < BLOCK; k += 8)
	{
		uint64_t	w;

		memcpy(&w, p + k, 8);
		acc |= w;
	}
	return (acc & UINT64_C(0x8080808080808080)) == 0;
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

/*
 * Word-character bits of 8 ASCII bytes (bit k = byte k): letters, digits and
 * '_', as nm_min_is_word_cp has them.  On little-endian machines SWAR range
 * tests, exact for bytes below 0x80: b is in [lo, hi] when b + 0x80 - lo has
 * bit 7 and b + 0x7f - hi has not; then the multiply gathers bit 7 of every
 * byte into one byte.
 */
static inline uint64_t
word_bits8(const unsigned char *p)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t ones = UINT64_C(0x0101010101010101);
	uint64_t	x,
				l,
				u,
				m;

	memcpy(&x, p, 8);
	l = x | (ones * 0x20);		/* ASCII letters to lower case */
	u = x ^ (ones * '_');
	m = ((l + ones * (0x80 - 'a')) & ~(l + ones * (0x7f - 'z'))) |
		((x + ones * (0x80 - '0')) & ~(x + ones * (0x7f - '9'))) |
		~((u + ones * 0x7f) | u);
	m &= ones * 0x80;
	return ((m >> 7) * UINT64_C(0x0102040810204080)) >> 56;
#else
	uint64_t	bits = 0;

	for (int k = 0; k < 8; k++)
		bits |= (uint64_t) nm_min_is_word_cp(p[k]) << k;
	return bits;
#endif
}

nm_status
nm_mineral_scan(nm_ctx *ctx, const char *text, size_t len,
				nm_min_cand **out, int *n_out)
{
	const unsigned char *t = (const unsigned char *) text;
	cand_buf	b = {ctx, NULL, 0, 0};
	uint64_t	prev_word = 0;	/* is the character before i a word one? */
	size_t		i = 0;
	size_t		next_poll = 0;
	int			kept = 0;
	size_t		last_end = 0;

	*out = NULL;
	*n_out = 0;
	while (i < len)
	{
		if (i >= next_poll)
		{
			if (nm_should_abort(ctx))
				return NM_ERR_ABORTED;
			next_poll = i + SCAN_CHUNK;
		}
		if (len - i >= BLOCK && block_is_ascii(t + i))
		{
			uint64_t	word = 0;
			uint64_t	starts;

			for (int k = 0; k < BLOCK; k += 8)
				word |= word_bits8(t + i + k) << k;
			/*
			 * word characters not preceded by one: no pattern starts with
			 * an ASCII non-word byte (gen_minerals.py checks)
			 */
			starts = word & ~((word << 1) | prev_word);
			while (starts)
			{
				size_t		p = i + (size_t) ctz64(starts);

				starts &= starts - 1;
				if (may_start(t, len, p) && !walk_from(&b, text, len, p))
					return NM_ERR_NOMEM;
			}
			prev_word = word >> 63;
			i += BLOCK;
			continue;
		}
		/* text with non-ASCII characters: one code point at a time */
		for (size_t stop = len - i > BLOCK ? i + BLOCK : len; i < stop;)
		{
			size_t		adv = 1;

			if (!prev_word && may_start(t, len, i) && !walk_from(&b, text, len, i))
				return NM_ERR_NOMEM;
			if (t[i] < 0x80)
				prev_word = nm_min_is_word_cp(t[i]);
			else
				prev_word = nm_min_is_word_cp(nm_utf8_decode(text + i, len - i, &adv));
			i += adv;
		}
	}
	if (b.n == 0)
		return NM_OK;

	/* leftmost-longest, non-overlapping */
	qsort(b.items, (size_t) b.n, sizeof(nm_min_cand), cand_order);
	for (int k = 0; k < b.n; k++)
	{
		if (kept > 0 && b.items[k].start < last_end)
			continue;
		b.items[kept++] = b.items[k];
		last_end = b.items[k].end;
	}
	*out = b.items;
	*n_out = kept;
	return NM_OK;
}
