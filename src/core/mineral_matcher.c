/*
 * mineral_matcher.c -- one pass of the generated Aho-Corasick DFA over the
 * text, then word-boundary/case checks and leftmost-longest selection.
 */
#include "nm_minerals.h"

#include <stdlib.h>
#include <string.h>

#define SCAN_CHUNK		65536	/* bytes between should_abort polls */
#define HIT_BIT			0x8000

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

nm_status
nm_mineral_scan(nm_ctx *ctx, const char *text, size_t len,
				nm_min_cand **out, int *n_out)
{
	const uint16_t *delta = nm_min_delta;
	const unsigned char *cls = nm_min_byteclass;
	const int	nclass = nm_min_nclass;
	cand_buf	b = {ctx, NULL, 0, 0};
	unsigned	s = 0;
	int			prev = 0;
	size_t		i = 0;
	int			kept = 0;
	size_t		last_end = 0;

	*out = NULL;
	*n_out = 0;
	while (i < len)
	{
		size_t		stop = len - i > SCAN_CHUNK ? i + SCAN_CHUNK : len;

		if (nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		for (; i < stop; i++)
		{
			int			c = cls[(unsigned char) text[i]];
			unsigned	v;

			/* whitespace runs count as one space, as in the patterns */
			if (c == 1 && prev == 1)
				continue;
			prev = c;
			v = delta[s * nclass + c];
			s = v & ~HIT_BIT;
			if (v & HIT_BIT)
			{
				unsigned	st = s;

				if (nm_min_out[st] < 0)
					st = nm_min_link[st];
				while (st != 0)
				{
					if (!report(&b, text, len, i, nm_min_out[st]))
						return NM_ERR_NOMEM;
					st = nm_min_link[st];
				}
			}
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
