/*
 * test_mineral_scan.c -- the automaton scan (nm_mineral_scan) at every
 * offset around its 64-byte ASCII blocks, with non-ASCII neighbours and
 * whitespace runs: same spans wherever the text falls.
 */
#include "unit.h"
#include "nm_minerals.h"

#include <stdlib.h>
#include <strings.h>

/* "start-end:surface ..." of the scan's candidates (static buffer). */
static const char *
scan(const char *text)
{
	static char out[1024];
	nm_ctx		ctx;
	nm_min_cand *c;
	int			n;
	size_t		o = 0;

	out[0] = '\0';
	nm_ctx_init(&ctx, NULL);
	if (nm_mineral_scan(&ctx, text, strlen(text), &c, &n) != NM_OK)
	{
		nm_ctx_free(&ctx);
		return "ERROR";
	}
	for (int i = 0; i < n && o < sizeof(out) - 64; i++)
		o += snprintf(out + o, sizeof(out) - o, "%s%zu-%zu:%s", i ? " " : "",
					  c[i].start, c[i].end, nm_min_patterns[c[i].pattern].text);
	nm_ctx_free(&ctx);
	return out;
}

/* filler "q q q " (no pattern is "q") ending in a space, then s at off,
 * then filler to 200 bytes */
static char *
place(size_t off, const char *s)
{
	static char buf[512];
	size_t		n = strlen(s);

	for (size_t i = 0; i < off; i++)
		buf[i] = ((off - i) % 2) ? ' ' : 'q';
	memcpy(buf + off, s, n);
	for (size_t i = off + n; i < 200; i++)
		buf[i] = ((off - i) % 2) ? ' ' : 'q';
	buf[off + n < 200 ? 200 : off + n] = '\0';
	return buf;
}

NM_TEST(mineral_scan_every_block_offset)
{
	char		want[64];

	for (size_t off = 1; off < 140; off++)
	{
		snprintf(want, sizeof(want), "%zu-%zu:cobalt", off, off + 6);
		CHECK_STR(scan(place(off, "cobalt ")), want);
		snprintf(want, sizeof(want), "%zu-%zu:Cobalt", off, off + 6);
		if (strcasecmp(scan(place(off, "COBALT,")), want) != 0)
			CHECK_STR(scan(place(off, "COBALT,")), want);
		/* glued to a word character on either side: nothing */
		CHECK_STR(scan(place(off, "xcobalt ")), "");
		CHECK_STR(scan(place(off, "cobalt_ ")), "");
		CHECK_STR(scan(place(off, "2cobalt ")), "");
	}
}

NM_TEST(mineral_scan_whitespace_runs_across_blocks)
{
	for (size_t off = 41; off < 90; off++)
	{
		const char *got = scan(place(off, "rare \n\t  earths "));
		char		want[64];

		snprintf(want, sizeof(want), "%zu-%zu:", off, off + 15);
		CHECK(strncmp(got, want, strlen(want)) == 0);
	}
}

NM_TEST(mineral_scan_non_ascii_neighbours)
{
	/* a letter before the name glues it; punctuation and curly quotes do not */
	for (size_t off = 1; off < 140; off++)
	{
		char		want[64];
		char	   *t;

		CHECK_STR(scan(place(off, "\xC3\xA9" "cobalt ")), "");	/* écobalt */
		snprintf(want, sizeof(want), "%zu-%zu:cobalt", off + 3, off + 9);
		CHECK_STR(scan(place(off, "\xE2\x80\x9C" "cobalt\xE2\x80\x9D ")), want);
		/* a non-ASCII letter right after the name also glues it */
		CHECK_STR(scan(place(off, "cobalt\xC3\xA9 ")), "");
		t = place(off, "nickel \xE2\x80\x94 cobalt ");
		snprintf(want, sizeof(want), "%zu-%zu:nickel %zu-%zu:cobalt",
				 off, off + 6, off + 11, off + 17);
		CHECK_STR(scan(t), want);
	}
}

NM_TEST(mineral_scan_match_at_text_end)
{
	/* the tail shorter than a block is scanned from a zero-padded copy:
	 * matches of 2, 3 and more bytes ending exactly at the text's end */
	static const char *const names[] = {"Co", "tin", "cobalt", "rare earths"};

	for (size_t off = 0; off < 140; off++)
		for (int k = 0; k < 4; k++)
		{
			char		text[256];
			char		want[64];
			size_t		n = strlen(names[k]);

			for (size_t i = 0; i < off; i++)
				text[i] = ((off - i) % 2) ? ' ' : 'q';
			memcpy(text + off, names[k], n + 1);
			snprintf(want, sizeof(want), "%zu-%zu:%s", off, off + n, names[k]);
			CHECK_STR(scan(text), want);
			text[off + n - 1] = 'x';	/* the last byte changed: no match */
			CHECK_STR(scan(text), "");
		}
}

NM_TEST(mineral_sentence_ends_at_every_offset)
{
	/* the sentence finder skips 16 bytes at a time: the same spans
	 * wherever the sentence ends fall */
	for (size_t off = 0; off < 40; off++)
	{
		char		text[256];
		nm_ctx		ctx;
		nm_mineral_mention *m;
		int			n;
		size_t		o = 0;

		text[o++] = 'O';
		for (size_t i = 0; i < off; i++)
			text[o++] = 'k';
		o += (size_t) snprintf(text + o, sizeof(text) - o,
							   " copper rose!\nZinc fell. Mr. Lee said tin? Nickel\xE3\x80\x82" "Cobalt too.");
		nm_ctx_init(&ctx, NULL);
		CHECK(nm_extract_minerals(&ctx, text, o, &m, &n) == NM_OK);
		CHECK_INT(n, 5);
		if (n == 5)
		{
			CHECK_INT((int) m[0].sentence_start, 0);
			CHECK_INT((int) m[0].sentence_len, (int) off + 14);
			CHECK_INT((int) m[1].sentence_start, (int) off + 15);
			CHECK_INT((int) m[1].sentence_len, 10);
			CHECK_INT((int) m[2].sentence_start, (int) off + 26);	/* "Mr." is no end */
			CHECK_INT((int) m[2].sentence_len, 17);
			CHECK_INT((int) m[3].sentence_start, (int) off + 44);
			CHECK_INT((int) m[3].sentence_len, 9);	/* ideographic full stop */
			CHECK_INT((int) m[4].sentence_start, (int) off + 53);
		}
		nm_ctx_free(&ctx);
	}
}

NM_TEST(mineral_sentence_restart_matches_chain)
{
	/* a cursor that jumps to the last paragraph break before the mention
	 * finds the same sentence as one walked sentence by sentence from the
	 * text's start */
	static const char *const pieces[] = {
		"Copper", "rose", "tin", "Mr.", "U.S.", "e.g.", "No.", "said", "Zinc",
		". ", "! ", "? ", ".\" ", ", ", " ", " ", " ", "\n", "\n    ", "\n\n",
		"\n \n", "  \n", "\t", "\xE3\x80\x82", "\xE2\x80\x9D", ":", "- ", "\"",
		"(Reuters)", "a", "LEAD", "7"
	};
	uint64_t	s = 88172645463325252ULL;
	char		text[600];
	int			bad = 0;

	for (int round = 0; round < 400; round++)
	{
		size_t		len = 0;
		nm_sentence_cursor chain = {0, 0, 0, false};

		while (len < 400)
		{
			const char *p;

			s ^= s << 13;
			s ^= s >> 7;
			s ^= s << 17;
			p = pieces[(s >> 33) % (sizeof(pieces) / sizeof(pieces[0]))];
			memcpy(text + len, p, strlen(p));
			len += strlen(p);
		}
		for (size_t pos = 0; pos < len; pos++)
		{
			nm_sentence_cursor fresh = {0, 0, 0, false};

			if (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\t')
				continue;
			nm_sentence_locate(text, len, &chain, pos);
			nm_sentence_locate(text, len, &fresh, pos);
			if (fresh.start != chain.start || fresh.end != chain.end || fresh.next != chain.next)
				bad++;
		}
	}
	CHECK_INT(bad, 0);
}
