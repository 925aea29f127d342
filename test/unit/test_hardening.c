/*
 * test_hardening.c -- regression tests for hostile-input findings: inputs
 * that once took quadratic time, and contract checks the fuzzers found.
 */
#include "unit.h"
#include "nm_html.h"
#include "nm_entity_words.h"

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

/* A sentence window: bounded, around the mention, on character boundaries. */
static bool
window_ok(const char *s, size_t start, size_t len, size_t ss, size_t sl)
{
	return sl <= NM_SENTENCE_MAX_BYTES && ss <= start && start + len <= ss + sl &&
		nm_utf8_valid(s + ss, sl);
}

/* One 1 MB "sentence" full of mentions: each mention reports a window of
 * at most NM_SENTENCE_MAX_BYTES around it, not the megabyte. */
NM_TEST(hardening_sentence_spans_bounded)
{
	nm_ctx		ctx;
	size_t		len;
	char	   *s = repeat("", "lithium and Canada \xC3\xA9 ", 50000, &len);
	nm_mineral_mention *m;
	nm_entity_mention *e;
	int			n = -1,
				bad = 0;

	nm_ctx_init(&ctx, NULL);
	CHECK_INT(nm_extract_minerals(&ctx, s, len, &m, &n), NM_OK);
	CHECK_INT(n, 50000);
	for (int i = 0; i < n; i++)
		bad += !window_ok(s, m[i].byte_start, m[i].byte_len,
						  m[i].sentence_start, m[i].sentence_len);
	CHECK_INT(bad, 0);
	CHECK_INT(nm_extract_entities(&ctx, s, len, &e, &n), NM_OK);
	CHECK_INT(n, 50000);
	for (int i = 0; i < n; i++)
		bad += !window_ok(s, e[i].byte_start, e[i].byte_len,
						  e[i].sentence_start, e[i].sentence_len);
	CHECK_INT(bad, 0);
	nm_ctx_free(&ctx);
	free(s);
}

static bool
abort_now(void *user)
{
	(*(int *) user)++;
	return true;
}

/*
 * Pages of 1 MB and more are push-parsed in chunks with an abort poll
 * between them: the result matches the one-call parser, and an abort after
 * the first chunk returns NM_ERR_ABORTED with the document released.
 */
NM_TEST(hardening_html_chunked_parse)
{
	nm_ctx		ctx;
	nm_hooks	hooks = {0};
	nm_article	a;
	size_t		len;
	int			polls = 0;
	char	   *s = repeat("<html><head><title>Chunked page</title></head><body><article>",
						   "<p>Nickel output rose again in the third quarter.</p>\n", 25000, &len);

	CHECK(len > 1024 * 1024);
	nm_ctx_init(&ctx, NULL);
	CHECK_INT(nm_parse_html_article(&ctx, s, len, &a), NM_OK);
	CHECK_STR(a.title, "Chunked page");
	CHECK_INT(a.word_count, 25000 * 8);
	nm_ctx_free(&ctx);

	hooks.should_abort = abort_now;
	hooks.user = &polls;
	nm_ctx_init(&ctx, &hooks);
	CHECK_INT(nm_parse_html_article(&ctx, s, len, &a), NM_ERR_ABORTED);
	CHECK(polls >= 1);
	nm_ctx_free(&ctx);
	CHECK(ctx.xml_doc == NULL && ctx.xml_parser == NULL);
	free(s);
}

/* libxml2 is quadratic in the attributes of one tag: past 500 the page is
 * refused as too large (ERROR 54000 in SQL), up to it parses. */
NM_TEST(hardening_html_attribute_limit)
{
	nm_ctx		ctx;
	nm_article	a;
	size_t		len;
	char	   *ok = repeat("<html><head><title>Attrs</title></head><body><p", " a=\"1\"", 500, &len);
	char	   *bad;

	nm_ctx_init(&ctx, NULL);
	CHECK_INT(nm_parse_html_article(&ctx, ok, len, &a), NM_OK);
	CHECK_STR(a.title, "Attrs");
	bad = repeat("<html><head><title>Attrs</title></head><body><p", " b", 501, &len);
	CHECK_INT(nm_parse_html_article(&ctx, bad, len, &a), NM_ERR_TOO_LARGE);
	CHECK(strstr(ctx.errmsg, "attributes") != NULL);
	nm_ctx_free(&ctx);
	free(ok);
	free(bad);
}

/* The attribute guard counts only what libxml2 reads as tags: "i<n" in a
 * minified script or "<div" in a comment followed by thousands of words
 * is not a tag with thousands of attributes (real pages were refused). */
NM_TEST(hardening_html_attribute_limit_skips_scripts_and_comments)
{
	static const char *const openers[] = {
		"<html><head><title>Code</title><script>for(i=0;i<n",
		"<html><head><title>Code</title><SCRIPT type=\"x\">if(a<b",
		"<html><head><title>Code</title><style>a<b",
		"<html><head><title>Code</title><!-- <div",
	};
	static const char *const closers[] = {
		"</script>", "</SCRIPT>", "</style>", "-->",
	};

	for (int k = 0; k < 4; k++)
	{
		nm_ctx		ctx;
		nm_article	a;
		size_t		len, blen;
		char	   *code = repeat(openers[k], " x", 3000, &len);
		const char *tail = "</head><body><article><p>The smelter reopened on Monday "
			"after a two-week strike, the company said.</p></article></body></html>";
		char	   *page = malloc(len + strlen(closers[k]) + strlen(tail) + 1);

		blen = len;
		memcpy(page, code, len);
		memcpy(page + blen, closers[k], strlen(closers[k]));
		blen += strlen(closers[k]);
		memcpy(page + blen, tail, strlen(tail) + 1);
		blen += strlen(tail);
		nm_ctx_init(&ctx, NULL);
		CHECK_INT(nm_parse_html_article(&ctx, page, blen, &a), NM_OK);
		CHECK_STR(a.title, "Code");
		CHECK(a.body != NULL && strstr(a.body, "smelter reopened") != NULL);
		nm_ctx_free(&ctx);
		free(code);
		free(page);
	}
}

/* A long sentence ending at the very end of the text with a mention near
 * that end: the window's end stays there, and nothing past the last byte
 * is read (the buffer has no terminator; ASan checks).  Fuzzer finding. */
NM_TEST(hardening_sentence_window_at_text_end)
{
	nm_ctx		ctx;
	size_t		len;
	char	   *s0 = repeat("", "word ", 300, &len);
	char	   *s = malloc(len + 7);
	nm_mineral_mention *m;
	int			n = -1;

	memcpy(s, s0, len);
	memcpy(s + len, "lithium", 7);
	len += 7;
	nm_ctx_init(&ctx, NULL);
	CHECK_INT(nm_extract_minerals(&ctx, s, len, &m, &n), NM_OK);
	CHECK_INT(n, 1);
	if (n == 1)
	{
		CHECK_INT(m[0].sentence_start + m[0].sentence_len, len);
		CHECK(m[0].sentence_len <= NM_SENTENCE_MAX_BYTES);
	}
	nm_ctx_free(&ctx);
	free(s);
	free(s0);
}

/*
 * The text of an element behind many empty elements: nm_node_text looks at
 * a bounded number of nodes, so nested wrappers around them (each asked
 * for its text by the date and lead searches) no longer cost quadratic time.
 */
NM_TEST(hardening_node_text_node_budget)
{
	nm_ctx		ctx;
	size_t		len;
	char	   *page = repeat("<html><body><span id=a>", "<i></i>", 2000, &len);
	char	   *full;
	htmlDocPtr	doc;
	xmlNodePtr	span;

	full = malloc(len + 64);
	memcpy(full, page, len);
	strcpy(full + len, "late text</span><p><b>x</b> <b>y</b></p></body></html>");
	nm_ctx_init(&ctx, NULL);
	doc = htmlReadMemory(full, (int) strlen(full), NULL, "UTF-8",
						 HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
	CHECK(doc != NULL);
	span = doc ? xmlDocGetRootElement(doc)->children->children : NULL;
	CHECK(span != NULL && xmlStrEqual(span->name, BAD_CAST "span"));
	if (span)
	{
		/* 100 bytes: at most 656 nodes, the text lies behind 4000 */
		CHECK(nm_node_text(&ctx, span, 100) == NULL);
		/* a budget large enough reaches it */
		CHECK_STR(nm_node_text(&ctx, span, 2000), "late text");
		CHECK_STR(nm_node_text(&ctx, span->next, 100), "x y");
	}
	xmlFreeDoc(doc);
	nm_ctx_free(&ctx);
	free(page);
	free(full);
}

/*
 * nm_not_name_words is searched by bisection for nearly every capitalised
 * token (a scan of its 309 words was 40 % of entity extraction on '"Hi,"
 * said Bob.' repeated): it must stay sorted, and the search must agree
 * with a plain scan of the list, for each of its words and for others.
 */
NM_TEST(hardening_not_name_words_sorted)
{
	nm_ctx		ctx;
	nm_tokens	t;
	char	   *text = malloc(16 * (size_t) nm_n_not_name_words + 64);
	size_t		len = 0;
	int			found = 0;

	CHECK(nm_not_name_words[nm_n_not_name_words] == NULL);
	for (int k = 0; k < nm_n_not_name_words; k++)
	{
		size_t		wl = strlen(nm_not_name_words[k]);

		CHECK(k == 0 || strcmp(nm_not_name_words[k - 1], nm_not_name_words[k]) < 0);
		CHECK(wl > 0 && wl < 16);
		memcpy(text + len, nm_not_name_words[k], wl);
		text[len] = (char) (text[len] - 'a' + 'A');
		len += wl;
		text[len++] = ' ';
	}
	strcpy(text + len, "Smith Zzz Aa Said SAID sAiD");
	len += strlen(text + len);
	nm_ctx_init(&ctx, NULL);
	CHECK_INT(nm_tokenize(&ctx, text, len, &t), NM_OK);
	for (int i = 0; i < t.n; i++)
	{
		bool		in = nm_not_name_word(&t, i);

		CHECK(in == nm_tok_in(&t, i, nm_not_name_words));
		found += in;
	}
	CHECK_INT(found, nm_n_not_name_words + 3);
	nm_ctx_free(&ctx);
	free(text);
}
