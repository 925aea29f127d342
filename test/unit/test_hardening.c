/*
 * test_hardening.c -- regression tests for hostile-input findings: inputs
 * that once took quadratic time, and contract checks the fuzzers found.
 */
#include "unit.h"

#include <stdlib.h>

/* A malloc'd text of `times` copies of `piece` (prefix first, if any). */
static char *
repeat(const char *prefix, const char *piece, int times, size_t *len)
{
	size_t		pl = strlen(prefix),
				l = strlen(piece);
	char	   *s = malloc(pl + l * (size_t) times + 1);

	memcpy(s, prefix, pl);
	for (int i = 0; i < times; i++)
		memcpy(s + pl + l * (size_t) i, piece, l);
	s[pl + l * (size_t) times] = '\0';
	*len = pl + l * (size_t) times;
	return s;
}

/*
 * One 400 KB sentence of capitalised words: the title-case test was once
 * run over the whole sentence for every token (minutes here); now cached.
 */
NM_TEST(hardening_entities_one_huge_sentence)
{
	nm_ctx		ctx;
	size_t		len;
	char	   *s = repeat("", "Abc ", 100000, &len);
	nm_entity_mention *m;
	nm_quote   *q;
	int			n = -1;

	nm_ctx_init(&ctx, NULL);
	CHECK_INT(nm_extract_entities(&ctx, s, len, &m, &n), NM_OK);
	CHECK_INT(n, 0);
	CHECK_INT(nm_extract_quotes(&ctx, s, len, &q, &n), NM_OK);
	CHECK_INT(n, 0);
	nm_ctx_free(&ctx);
	free(s);
}

/*
 * Thousands of people mentions: surname linking and role propagation were
 * once a scan over every person for every person and every token.  The
 * semantics stay: the first stated role of a name holds for all its
 * mentions, a lone surname links to the full name.
 */
NM_TEST(hardening_entities_many_people)
{
	nm_ctx		ctx;
	size_t		len;
	char	   *s = repeat("Industry Minister Ann Lee spoke first. ",
						   "Ann Lee agreed, said Bob Stone. Lee and Stone left. ", 4000, &len);
	nm_entity_mention *m;
	int			n = -1,
				lee = 0,
				stone = 0;

	nm_ctx_init(&ctx, NULL);
	CHECK_INT(nm_extract_entities(&ctx, s, len, &m, &n), NM_OK);
	for (int i = 0; i < n; i++)
	{
		if (strcmp(m[i].entity, "Ann Lee") == 0)
		{
			lee++;
			CHECK_STR(m[i].role, "Industry Minister");
		}
		if (strcmp(m[i].entity, "Bob Stone") == 0 && m[i].byte_len == 5)
			stone++;
	}
	/* the first full name, then "Lee" twice per piece */
	CHECK_INT(lee, 8001);
	CHECK_INT(stone, 4000);
	nm_ctx_free(&ctx);
	free(s);
}

/* 20,000 quotes: character offsets were once counted from the start of
 * the text for each quote. */
NM_TEST(hardening_quotes_many)
{
	nm_ctx		ctx;
	size_t		len;
	char	   *s = repeat("\xC3\xA9t\xC3\xA9. ", "\"We are ready to go,\" said Ann Lee. ", 20000, &len);
	nm_quote   *q;
	int			n = -1;

	nm_ctx_init(&ctx, NULL);
	CHECK_INT(nm_extract_quotes(&ctx, s, len, &q, &n), NM_OK);
	CHECK_INT(n, 20000);
	if (n == 20000)
	{
		CHECK_STR(q[n - 1].quote, "We are ready to go");
		CHECK_INT(q[n - 1].char_start, nm_utf8_char_count(s, q[n - 1].byte_start));
		CHECK_INT(q[0].char_start, 6);
	}
	nm_ctx_free(&ctx);
	free(s);
}

/* A multi-word mineral name across a blank line: the sentence span the
 * fuzzer saw end inside the mention now always contains it. */
NM_TEST(hardening_minerals_mention_inside_sentence)
{
	nm_ctx		ctx;
	const char *t = "Output of cobalt\n\n\nhydroxide fell. Lithium rose.";
	nm_mineral_mention *m;
	int			n = -1;

	nm_ctx_init(&ctx, NULL);
	CHECK_INT(nm_extract_minerals(&ctx, t, strlen(t), &m, &n), NM_OK);
	CHECK(n >= 2);
	for (int i = 0; i < n; i++)
	{
		CHECK(m[i].sentence_start <= m[i].byte_start);
		CHECK(m[i].byte_start + m[i].byte_len <= m[i].sentence_start + m[i].sentence_len);
	}
	nm_ctx_free(&ctx);
}
