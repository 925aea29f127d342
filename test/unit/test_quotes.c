/* test_quotes.c -- quotations and their speakers. */
#include "unit.h"

static nm_quote *
quotes(nm_ctx *ctx, const char *text, int *n)
{
	nm_quote   *q = NULL;

	CHECK_INT(nm_extract_quotes(ctx, text, strlen(text), &q, n), NM_OK);
	return q;
}

NM_TEST(quotes_said_after_with_title)
{
	nm_ctx		ctx;
	int			n;
	const char *t = "Canada agreed.\n\n\"As demand shifts, Canada's minerals will "
		"play a vital role,\" said Natural Resources Minister Jonathan Wilkinson.";
	nm_quote   *q;

	nm_ctx_init(&ctx, NULL);
	q = quotes(&ctx, t, &n);
	CHECK_INT(n, 1);
	if (n == 1)
	{
		CHECK_STR(q[0].quote, "As demand shifts, Canada's minerals will play a vital role");
		CHECK_STR(q[0].speaker, "Jonathan Wilkinson");
		CHECK_STR(q[0].speaker_role, "Natural Resources Minister");
		CHECK_INT(q[0].char_start, strstr(t, "As demand") - t);
	}
	nm_ctx_free(&ctx);
}

NM_TEST(quotes_before_curly_pronoun_split)
{
	nm_ctx		ctx;
	int			n;
	const char *t = "Maria Fernandez, an analyst at Fastmarkets, said: "
		"\xE2\x80\x9CPrices have bottomed out for now.\xE2\x80\x9D "
		"\xE2\x80\x9CThe surplus is shrinking,\xE2\x80\x9D she said.\n"
		"\"We will build the plant,\" said Glencore chief executive Gary Nagle, "
		"\"and we will hire locally.\" He added that costs rose.\n"
		"According to Mining Minister Aurora Williams, \"the royalty will not change.\"\n"
		"A so-called \"green\" deal was signed.";
	nm_quote   *q;

	nm_ctx_init(&ctx, NULL);
	q = quotes(&ctx, t, &n);
	CHECK_INT(n, 4);
	if (n == 4)
	{
		CHECK_STR(q[0].quote, "Prices have bottomed out for now.");
		CHECK_STR(q[0].speaker, "Maria Fernandez");
		CHECK_STR(q[0].speaker_role, "analyst");
		CHECK_STR(q[1].quote, "The surplus is shrinking");
		CHECK_STR(q[1].speaker, "Maria Fernandez");
		CHECK_STR(q[2].quote, "We will build the plant and we will hire locally.");
		CHECK_STR(q[2].speaker, "Gary Nagle");
		CHECK_STR(q[2].speaker_role, "chief executive");
		CHECK_STR(q[3].quote, "the royalty will not change.");
		CHECK_STR(q[3].speaker, "Aurora Williams");
	}
	nm_ctx_free(&ctx);
}

NM_TEST(quotes_surname_and_unclosed)
{
	nm_ctx		ctx;
	int			n;
	const char *t = "Chief executive Jane Doe spoke on Monday. \"It is a big step. "
		"We need more,\" Doe told reporters. \"Canada is ready.\"\n"
		"\"This quote never closes and runs to the end of the line\n"
		"\"unbalanced";
	nm_quote   *q;

	nm_ctx_init(&ctx, NULL);
	q = quotes(&ctx, t, &n);
	CHECK_INT(n, 3);
	if (n == 3)
	{
		CHECK_STR(q[0].quote, "It is a big step. We need more");
		CHECK_STR(q[0].speaker, "Jane Doe");
		CHECK_STR(q[0].speaker_role, "Chief executive");
		CHECK_STR(q[1].quote, "Canada is ready.");
		CHECK_STR(q[1].speaker, "Jane Doe");
		/* a new paragraph without attribution has no speaker */
		CHECK_STR(q[2].quote, "This quote never closes and runs to the end of the line");
		CHECK_STR(q[2].speaker, NULL);
	}
	nm_ctx_free(&ctx);
}

/* A run of opening marks is one span per mark: more spans than t->n / 2. */
static char *
repeat_str(nm_ctx *ctx, const char *unit, int times)
{
	size_t		ul = strlen(unit);
	char	   *s = nm_alloc(ctx, ul * times + 1);

	for (int i = 0; i < times; i++)
		memcpy(s + ul * i, unit, ul);
	s[ul * times] = '\0';
	return s;
}

NM_TEST(quotes_long_run_of_opening_marks)
{
	nm_ctx		ctx;
	int			n = -1;
	nm_quote   *q;

	nm_ctx_init(&ctx, NULL);
	q = quotes(&ctx, repeat_str(&ctx, "\xE2\x80\x9C", 100000), &n);
	CHECK_INT(n, 0);
	(void) q;
	/* mixed marks, with one real quote at the end still found */
	q = quotes(&ctx, repeat_str(&ctx, "\xE2\x80\x9C\xE2\x80\x9C\"\xE2\x80\x98\xE2\x80\x9D", 20000), &n);
	CHECK(n >= 0);
	q = quotes(&ctx, "\xE2\x80\x9C\xE2\x80\x9C\xE2\x80\x9C\xE2\x80\x9C\xE2\x80\x9C"
			   "\xE2\x80\x9CPrices will rise this year,\xE2\x80\x9D said analyst Maria Fernandez.", &n);
	CHECK_INT(n, 1);
	if (n == 1)
		CHECK_STR(q[0].speaker, "Maria Fernandez");
	nm_ctx_free(&ctx);
}

NM_TEST(quotes_speaker_after_initials)
{
	/* "said L.F. rothschild analyst ...": the name run after the verb is
	 * empty; its text used to be taken from an end before its start (a
	 * huge length, a heap overflow; found on Reuters-21578 by the bench) */
	nm_ctx		ctx;
	int			n = -1;
	nm_quote   *q;

	nm_ctx_init(&ctx, NULL);
	q = quotes(&ctx, "\"The only way to sell it is here,\" said L.F. rothschild analyst Rosario Ilacqua.", &n);
	CHECK_INT(n, 1);
	if (n == 1)
		CHECK_STR(q[0].quote, "The only way to sell it is here");
	nm_ctx_free(&ctx);
}
