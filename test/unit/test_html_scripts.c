/* test_html_scripts.c -- the parser drops the text of <style> and of
 * scripts that are not JSON-LD as they close: JSON-LD is still read, typed
 * or untyped, on the one-call and the chunked (1 MB+) paths. */
#include "unit.h"

#include <stdlib.h>

static const char *const page_head =
	"<html><head><title>Page title</title>"
	"<style>p { color: red } /* Stylesheet words */</style>"
	"<script>var story = {headline: 'Script headline'}; function f() {}</script>"
	"<script type=\"text/javascript\">{\"@context\": \"https://schema.org\", "
	"\"@type\": \"NewsArticle\", \"headline\": \"Typed JS headline\"}</script>";

/* the JSON-LD block, once typed and once untyped */
static const char *const jsonld[] = {
	"<SCRIPT TYPE=\"Application/LD+JSON\">",
	"<script>\n ",
};
static const char *const jsonld_body =
	"{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", "
	"\"headline\": \"JSON-LD headline\", \"datePublished\": \"2024-05-02T08:00:00Z\", "
	"\"author\": {\"@type\": \"Person\", \"name\": \"Ada Lind\"}}</script>";

static const char *const page_body =
	"</head><body><article><h1>JSON-LD headline</h1>"
	"<p>Zinc output at the mine rose in the first quarter, the company said on Thursday.</p>"
	"<script>document.write('Inline script words');</script>"
	"<p>Shipments of concentrate resumed after the port reopened in April.</p>"
	"</article></body></html>";

/* the page with JSON-LD block j, after `pad` bytes of JavaScript in one
 * more script */
static char *
make_page(int j, size_t pad)
{
	const char *parts[] = {page_head, "<script>", NULL, "</script>", jsonld[j],
	jsonld_body, page_body};
	size_t		total = pad + 1;
	char	   *p;
	size_t		o = 0;

	for (int k = 0; k < 7; k++)
		total += parts[k] ? strlen(parts[k]) : 0;
	p = malloc(total);
	for (int k = 0; k < 7; k++)
	{
		if (parts[k] == NULL)
		{
			for (size_t i = 0; i < pad; i++)
				p[o++] = "var x = 1; "[i % 11];
			continue;
		}
		memcpy(p + o, parts[k], strlen(parts[k]));
		o += strlen(parts[k]);
	}
	p[o] = '\0';
	return p;
}

NM_TEST(html_scripts_jsonld_kept_code_dropped)
{
	size_t		pads[] = {10, 1200 * 1024};

	for (int k = 0; k < 4; k++)
	{
		nm_ctx		ctx;
		nm_article	a;
		char	   *page = make_page(k % 2, pads[k / 2]);

		nm_ctx_init(&ctx, NULL);
		CHECK(nm_parse_html_article(&ctx, page, strlen(page), &a) == NM_OK);
		CHECK_STR(a.title, "JSON-LD headline");
		CHECK_INT(a.n_authors, 1);
		if (a.n_authors == 1)
			CHECK_STR(a.authors[0], "Ada Lind");
		CHECK_STR(nm_time_str(a.published_at), "2024-05-02 08:00:00");
		CHECK(a.body && strstr(a.body, "Zinc output at the mine") != NULL);
		CHECK(a.body && strstr(a.body, "port reopened") != NULL);
		CHECK(a.body && strstr(a.body, "Inline script words") == NULL);
		CHECK(a.body && strstr(a.body, "Stylesheet words") == NULL);
		nm_ctx_free(&ctx);
		free(page);
	}
}
