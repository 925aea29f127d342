/*
 * test_mineral_paths.c -- every scanner implementation (plain C, SSE2,
 * AVX2) against a brute-force matcher that tries every pattern at every
 * word start, on random and adversarial texts, and on texts at page edges.
 */
#include "unit.h"
#include "nm_minerals.h"

#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

static const nm_min_scan_path paths[] = {
	NM_MIN_SCAN_PORTABLE, NM_MIN_SCAN_SSE2, NM_MIN_SCAN_AVX2, NM_MIN_SCAN_BEST
};
static const char *const path_names[] = {"portable", "sse2", "avx2", "best"};

static bool
ws_byte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool
word_char_at(const char *t, size_t len, size_t i)
{
	size_t		adv;

	return i < len && nm_min_is_word_cp(nm_utf8_decode(t + i, len - i, &adv));
}

static unsigned char
lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* End of pattern p matched at w (the pattern's documented rules, written
 * out plainly), or 0. */
static size_t
match_at(const char *t, size_t len, size_t w, const nm_min_pattern *p)
{
	const char *f = p->text;
	size_t		i = w;
	bool		caps = true,
				exact = true;

	for (; *f; f++)
	{
		if (*f == ' ')
		{
			if (i >= len || !ws_byte((unsigned char) t[i]))
				return 0;
			while (i < len && ws_byte((unsigned char) t[i]))
				i++;
			continue;
		}
		if (i >= len || lower((unsigned char) t[i]) != lower((unsigned char) *f))
			return 0;
		if (t[i] >= 'a' && t[i] <= 'z')
			caps = false;
		if (t[i] != *f)
			exact = false;
		i++;
	}
	if (word_char_at(t, len, i))
		return 0;
	if ((p->flags & NM_MIN_EXACT) && !exact && !((p->flags & NM_MIN_CAPS_OK) && caps))
		return 0;
	return i;
}

/* Leftmost-longest, non-overlapping matches from word starts, in the
 * format of dump() below. */
static void
oracle(const char *t, size_t len, char *out, size_t cap)
{
	size_t		o = 0,
				last_end = 0,
				adv;
	bool		prev_word = false;

	out[0] = '\0';
	for (size_t i = 0; i < len; i += adv)
	{
		uint32_t	cp = nm_utf8_decode(t + i, len - i, &adv);

		if (!prev_word && i >= last_end)
		{
			size_t		best = 0;
			int			bp = -1;

			for (int k = 0; k < nm_min_pattern_count; k++)
			{
				size_t		e = match_at(t, len, i, &nm_min_patterns[k]);

				if (e > best)
				{
					best = e;
					bp = k;
				}
			}
			if (bp >= 0 && o < cap - 64)
			{
				o += (size_t) snprintf(out + o, cap - o, "%zu-%zu:%d ", i, best, bp);
				last_end = best;
			}
		}
		prev_word = nm_min_is_word_cp(cp);
	}
}

static bool
dump(const char *t, size_t len, nm_min_scan_path path, char *out, size_t cap)
{
	nm_ctx		ctx;
	nm_min_cand *c;
	int			n;
	size_t		o = 0;

	out[0] = '\0';
	nm_ctx_init(&ctx, NULL);
	if (nm_mineral_scan_path(&ctx, t, len, path, &c, &n) != NM_OK)
	{
		nm_ctx_free(&ctx);
		return false;
	}
	for (int i = 0; i < n && o < cap - 64; i++)
		o += (size_t) snprintf(out + o, cap - o, "%zu-%zu:%d ", c[i].start, c[i].end, c[i].pattern);
	nm_ctx_free(&ctx);
	return true;
}

/* Every available path finds what the oracle finds in t; the count of
 * texts with a difference (the first few printed). */
static int
compare_paths(const char *t, size_t len)
{
	static char want[8192],
				got[8192];
	static int	printed;
	int			bad = 0;

	oracle(t, len, want, sizeof(want));
	for (size_t k = 0; k < sizeof(paths) / sizeof(paths[0]); k++)
	{
		if (!nm_min_scan_path_available(paths[k]))
			continue;
		if (!dump(t, len, paths[k], got, sizeof(got)) || strcmp(got, want) != 0)
		{
			if (printed++ < 3)
				fprintf(stderr, "  %s path on \"%.*s\" (%zu bytes):\n    got:  %s\n    want: %s\n",
						path_names[k], (int) (len < 300 ? len : 300), t, len, got, want);
			bad = 1;
		}
	}
	return bad;
}

static uint32_t
rnd(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return (uint32_t) (*s >> 32);
}

/* Appends one random piece: a pattern surface (its case changed, its
 * spaces made whitespace runs), a common word, a random word, a separator
 * or non-ASCII bytes. */
static size_t
add_piece(char *buf, size_t o, size_t cap, uint64_t *s)
{
	static const char *const common[] = {
		"the", "The", "in", "In", "a", "A", "pct", "it", "co", "Co", "CO", "be",
		"u", "U", "as", "he", "first", "tin", "TIN", "lead", "Lead", "gold",
		"Gold", "rare", "earth", "metal", "ore", "iron", "mercury", "red"
	};
	static const char *const seps[] = {
		" ", " ", " ", "  ", "\n    ", "\t", "\r\n", "-", ".", ",", "/", "'",
		"(", ")", "\xE2\x80\x94", "\xE2\x80\x9C", "\xE2\x80\x99", "\xC3\xA9",
		"\xE4\xB8\xAD", "\xFF", "\xC3", "_", "7", "\f\v "
	};
	char		piece[256];
	size_t		n = 0;
	unsigned	r = rnd(s) % 10;

	if (r < 3)
	{
		const nm_min_pattern *p = &nm_min_patterns[rnd(s) % (unsigned) nm_min_pattern_count];
		unsigned	how = rnd(s) % 4;

		for (const char *f = p->text; *f && n < sizeof(piece) - 8; f++)
		{
			char		c = *f;

			if (c == ' ' && rnd(s) % 3 == 0)
			{
				unsigned	w = 1 + rnd(s) % 6;

				for (unsigned k = 0; k < w; k++)
					piece[n++] = " \n\t\r"[rnd(s) % 4];
				continue;
			}
			if (how == 1 && c >= 'A' && c <= 'Z')
				c += 32;
			else if (how == 2 && c >= 'a' && c <= 'z')
				c -= 32;
			else if (how == 3 && f == p->text && c >= 'a' && c <= 'z')
				c -= 32;
			piece[n++] = c;
		}
	}
	else if (r < 5)
		n = (size_t) snprintf(piece, sizeof(piece), "%s", common[rnd(s) % (sizeof(common) / sizeof(common[0]))]);
	else if (r < 6)
	{
		size_t		w = 1 + rnd(s) % (rnd(s) % 8 == 0 ? 80 : 9);

		for (size_t k = 0; k < w; k++)
			piece[n++] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"[rnd(s) % 63];
	}
	else
		n = (size_t) snprintf(piece, sizeof(piece), "%s", seps[rnd(s) % (sizeof(seps) / sizeof(seps[0]))]);
	if (o + n >= cap)
		return o;
	memcpy(buf + o, piece, n);
	return o + n;
}

NM_TEST(mineral_scan_paths_random_texts)
{
	uint64_t	s = UINT64_C(0x9E3779B97F4A7C15);
	char		buf[1200];
	int			bad = 0;

	CHECK(nm_min_scan_path_available(NM_MIN_SCAN_PORTABLE));
	for (int text = 0; text < 1500; text++)
	{
		size_t		want = rnd(&s) % 1000;
		size_t		o = 0;

		while (o < want)
		{
			size_t		o2 = add_piece(buf, o, sizeof(buf), &s);

			if (o2 == o)
				break;
			o = o2;
		}
		bad += compare_paths(buf, o);
	}
	CHECK_INT(bad, 0);
}

/* s repeated to len bytes (the last copy cut) after off bytes of filler */
static size_t
fill(char *buf, size_t off, const char *filler, const char *s, size_t len)
{
	size_t		fl = strlen(filler),
				sl = strlen(s);

	for (size_t i = 0; i < off; i++)
		buf[i] = filler[i % fl];
	for (size_t i = off; i < len; i++)
		buf[i] = s[(i - off) % sl];
	return len;
}

NM_TEST(mineral_scan_paths_adversarial)
{
	static const char *const runs[] = {
		"a ", "In ", "tin ", "Co-", "u.s. ", "the red metal ", "rare\n   earths ",
		"x", "\xC3\xA9", "\xE2\x80\x94", "gold\xC3\xA9 ", "lithium",
		"copper,zinc;lead.", "A A A ", " \n\t", "\xFF\xFE",
		"platinum-group metals ", "COBALT ", "iron  ore\n"
	};
	char		buf[400];
	int			bad = 0;

	/* runs of word starts, all-non-ASCII text, words crossing block
	 * edges, whitespace runs inside multi-word patterns at block edges;
	 * every length around one and two blocks and every start offset */
	for (size_t r = 0; r < sizeof(runs) / sizeof(runs[0]); r++)
		for (size_t len = 0; len < 150; len += ((len > 54 && len < 82) || len > 118 ? 1 : 5))
			for (size_t off = 0; off < 5; off++)
				bad += compare_paths(buf, fill(buf, off, "q ", runs[r], len + off));

	/* words of 62 to 66 bytes around a pattern, at block edges */
	for (size_t w = 62; w <= 66; w++)
		for (size_t off = 0; off < 70; off += 3)
		{
			size_t		o = fill(buf, 0, " ", " ", off);

			memset(buf + o, 'k', w);
			o += w;
			memcpy(buf + o, " nickel ", 8);
			o += 8;
			memset(buf + o, 'k', w);
			o += w;
			memcpy(buf + o, " cobalt", 7);
			bad += compare_paths(buf, o + 7);
		}
	CHECK_INT(bad, 0);
}

/*
 * Scans t (len bytes, at a page edge) with every available path, which
 * must agree; the portable path's candidates in want.  Extracts too when
 * the text is valid UTF-8: the mention count, -1 on error.
 */
static int
guard_check(const char *t, size_t len, bool utf8, char *want, size_t cap)
{
	char		got[2048];
	nm_ctx		ctx;
	nm_mineral_mention *m;
	int			n = 0;

	CHECK(dump(t, len, NM_MIN_SCAN_PORTABLE, want, cap));
	for (size_t k = 0; k < sizeof(paths) / sizeof(paths[0]); k++)
		if (nm_min_scan_path_available(paths[k]))
		{
			CHECK(dump(t, len, paths[k], got, sizeof(got)));
			CHECK_STR(got, want);
		}
	if (!utf8)
		return 0;
	nm_ctx_init(&ctx, NULL);
	if (nm_extract_minerals(&ctx, t, len, &m, &n) != NM_OK)
		n = -1;
	nm_ctx_free(&ctx);
	return n;
}

/*
 * Texts that end right before an unreadable page, or start right after
 * one, as a PostgreSQL text datum may: a read past either end faults here,
 * where the larger buffers of the tests above hide it (a full block taken
 * with only BLOCK + 2 bytes left passed them all, ASan included).
 */
NM_TEST(mineral_scan_text_at_page_edges)
{
	static const char *const fillers[] = {"q ", "k", "\xC3\xA9", "Mr. q.\n\n "};
	static const struct
	{
		const char *end;		/* the text's last bytes */
		bool		utf8;
		int			match;		/* bytes of a candidate ending the text */
	}			ends[] = {
		{" cobalt", true, 6}, {" COBALT", true, 6}, {" rare  earths", true, 12},
		{" Co", true, 2}, {" tin", true, 3}, {" rare \n", true, 0},
		{" cobaltk", true, 0}, {" cobalt\xC3\xA9", true, 0}, {"\xE2\x80\x94", true, 0},
		{" U.S.", true, 0}, {"\n\n", true, 0}, {" cobalt\xC3", false, 0},
		{"", true, 0}
	};
	long		page = sysconf(_SC_PAGESIZE);
	char	   *area;
	char		buf[512];
	char		want[2048];
	int			checked = 0;

	/* guard page, data page, guard page */
	area = mmap(NULL, (size_t) page * 3, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(area != MAP_FAILED);
	if (area == MAP_FAILED)
		return;
	CHECK(mprotect(area, (size_t) page, PROT_NONE) == 0);
	CHECK(mprotect(area + 2 * page, (size_t) page, PROT_NONE) == 0);

	for (size_t f = 0; f < sizeof(fillers) / sizeof(fillers[0]); f++)
		for (size_t e = 0; e < sizeof(ends) / sizeof(ends[0]); e++)
			for (size_t lead = 0; lead < 150; lead++)
			{
				size_t		fl = strlen(fillers[f]),
							el = strlen(ends[e].end),
							len = 0;

				/* whole fillers only, so the text stays UTF-8 */
				while (len + fl <= lead)
				{
					memcpy(buf + len, fillers[f], fl);
					len += fl;
				}
				memcpy(buf + len, ends[e].end, el);
				len += el;

				for (int at_start = 0; at_start < 2; at_start++)
				{
					char	   *t = at_start ? area + page : area + 2 * page - len;

					memcpy(t, buf, len);
					CHECK(guard_check(t, len, ends[e].utf8, want, sizeof(want)) >= 0);
					if (ends[e].match)
					{
						char		last[48];

						snprintf(last, sizeof(last), "%zu-%zu:", len - (size_t) ends[e].match, len);
						CHECK(unit_contains(want, last));
					}
					checked++;
				}
			}
	CHECK_INT(checked, 4 * 13 * 150 * 2);
	munmap(area, (size_t) page * 3);
}
