/* test_html_json.c -- the lenient JSON parser used for JSON-LD blocks and
 * the text helpers of the HTML path (entities, URLs, language tags). */
#include "unit.h"
#include "nm_html.h"

#include <stdlib.h>

NM_TEST(json_parse_basic)
{
	nm_ctx		ctx;
	nm_json    *j;
	const char *s = "{\"a\": [1, \"x\\u00e9\\ud83d\\ude00\", {\"b\": true}], \"c\": null,}";

	nm_ctx_init(&ctx, NULL);
	j = nm_json_parse(&ctx, s, strlen(s));
	CHECK(j && j->type == NM_JSON_OBJ);
	CHECK(nm_json_get(j, "a") && nm_json_get(j, "a")->type == NM_JSON_ARR);
	CHECK_STR(nm_json_get(j, "a")->child->next->str, "x\xC3\xA9\xF0\x9F\x98\x80");
	CHECK(nm_json_get(nm_json_get(j, "a")->child->next->next, "b")->b);
	CHECK(nm_json_get(j, "c")->type == NM_JSON_NULL);
	/* raw newlines inside strings and a truncated block */
	j = nm_json_parse(&ctx, "{\"h\": \"two\nlines\", \"d\": {\"x\": 1", 31);
	CHECK(j && nm_json_get(j, "h") && strcmp(nm_json_get(j, "h")->str, "two lines") == 0);
	CHECK(nm_json_parse(&ctx, "", 0) == NULL);
	nm_ctx_free(&ctx);
}

NM_TEST(json_depth_bounded)
{
	nm_ctx		ctx;
	size_t		n = 100000;
	char	   *s = malloc(n);

	memset(s, '[', n);
	nm_ctx_init(&ctx, NULL);
	CHECK(nm_json_parse(&ctx, s, n) != NULL);	/* stops at max_depth, no crash */
	nm_ctx_free(&ctx);
	free(s);
}

NM_TEST(html_text_helpers)
{
	nm_ctx		ctx;

	nm_ctx_init(&ctx, NULL);
	CHECK_STR(nm_decode_entities(&ctx, "a &amp; b &#8220;c&#x201D; &hellip;"),
			  "a & b \xE2\x80\x9C" "c\xE2\x80\x9D \xE2\x80\xA6");
	CHECK_STR(nm_resolve_url(&ctx, "https://x.example/a/b.html", "../c?d=1"),
			  "https://x.example/c?d=1");
	CHECK_STR(nm_resolve_url(&ctx, "http://x.example/a/", "//cdn.example/i.jpg"),
			  "http://cdn.example/i.jpg");
	CHECK_STR(nm_resolve_url(&ctx, "https://x.example/", "javascript:void(0)"), NULL);
	CHECK_STR(nm_resolve_url(&ctx, NULL, "/relative/only"), NULL);
	CHECK_STR(nm_resolve_url(&ctx, NULL, "ftp://x.example/f"), NULL);
	CHECK_STR(nm_norm_lang(&ctx, "en-US"), "en");
	CHECK_STR(nm_norm_lang(&ctx, "DE_de"), "de");
	CHECK_STR(nm_norm_lang(&ctx, "english"), NULL);
	CHECK_STR(nm_clean_text(&ctx, "  a\xC2\xA0\n b\xE2\x80\x8B" "c  ", 13), "a bc");
	nm_ctx_free(&ctx);
}

NM_TEST(html_url_scheme_lowercase)
{
	nm_ctx		ctx;

	nm_ctx_init(&ctx, NULL);
	CHECK_STR(nm_resolve_url(&ctx, NULL, "HTTPS://X.example/A"), "https://X.example/A");
	CHECK_STR(nm_resolve_url(&ctx, "HTTP://x.example/a/", "b"), "http://x.example/a/b");
	nm_ctx_free(&ctx);
}

NM_TEST(html_url_never_has_spaces)
{
	nm_ctx		ctx;

	nm_ctx_init(&ctx, NULL);
	CHECK_STR(nm_resolve_url(&ctx, "https://x.example/a b/", "c d"), "https://x.example/a%20b/c%20d");
	CHECK_STR(nm_resolve_url(&ctx, " https://x.example/\n", "e"), "https://x.example/e");
	nm_ctx_free(&ctx);
}
