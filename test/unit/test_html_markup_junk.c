/* test_html_markup_junk.c -- markup declarations libxml2 prints as text
 * (CDATA sections, doctype internal subsets, conditional comments) never
 * reach the body; the scan that blanks them stays linear. */
#include "unit.h"

#include <stdlib.h>

#define P1 "<p>Copper prices rose for a third day on Tuesday, as traders bet on tighter supply from Chile.</p>"
#define P2 "<p>Stocks in warehouses monitored by the exchange fell to their lowest level since the spring.</p>"
#define BODY_OK "Copper prices rose for a third day on Tuesday, as traders bet on tighter supply from Chile.\n\n" \
	"Stocks in warehouses monitored by the exchange fell to their lowest level since the spring."

static char *
body_of(nm_ctx *ctx, const char *html)
{
	nm_article	a;

	if (nm_parse_html_article(ctx, html, strlen(html), &a) != NM_OK)
		return NULL;
	return a.body;
}

NM_TEST(html_cdata_section_is_dropped)
{
	nm_ctx		ctx;

	nm_ctx_init(&ctx, NULL);
	/* code with '>' and tags inside: nothing of it shows */
	CHECK_STR(body_of(&ctx, "<html><body><article>" P1
					  "<![CDATA[ var x = 1 > 0; document.write('<b>junk</b>'); ]]>" P2
					  "</article></body></html>"), BODY_OK);
	/* inside a script it is the script's business, and the script is skipped */
	CHECK_STR(body_of(&ctx, "<article>" P1 "<script>//<![CDATA[\nvar s = '<p>no</p>';\n//]]></script>"
					  P2 "</article>"), BODY_OK);
	/* an escaped "<![CDATA[" is text the author wrote, and stays */
	CHECK(strstr(body_of(&ctx, "<article>" P1 "<p>Wrap the script in &lt;![CDATA[ and ]]&gt; markers, "
						 "as the old XHTML guides said.</p>" P2 "</article>"),
				 "Wrap the script in <![CDATA[ and ]]> markers") != NULL);
	nm_ctx_free(&ctx);
}

NM_TEST(html_doctype_subset_and_conditionals)
{
	nm_ctx		ctx;

	nm_ctx_init(&ctx, NULL);
	CHECK_STR(body_of(&ctx, "<!DOCTYPE html [\n<!ENTITY nbsp \"&#160;\">\n<!ATTLIST p x CDATA #IMPLIED>\n]>\n"
					  "<html><body>" P1 P2 "</body></html>"), BODY_OK);
	CHECK_STR(body_of(&ctx, "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"x.dtd\" [ <!ENTITY a 'b'> ] >"
					  P1 P2), BODY_OK);
	CHECK_STR(body_of(&ctx, "<html><body><div>" P1 "<![if !IE]>" P2 "<![endif]></div></body></html>"),
			  BODY_OK);
	/* an ordinary doctype and comments are untouched */
	CHECK_STR(body_of(&ctx, "<!DOCTYPE html><html><body><!-- c > d -->" P1 P2 "</body></html>"), BODY_OK);
	nm_ctx_free(&ctx);
}

NM_TEST(html_unterminated_declarations_stay_linear)
{
	nm_ctx		ctx;
	nm_article	a;
	const char *units[] = {"<![CDATA[ x ", "<!doctype a [ ", "<!x "};

	for (size_t u = 0; u < sizeof(units) / sizeof(units[0]); u++)
	{
		size_t		ul = strlen(units[u]),
					n = 100000,
					len = 0;
		char	   *buf = malloc(n * ul + 200);

		len += (size_t) sprintf(buf, "%s", P1);
		for (size_t i = 0; i < n; i++, len += ul)
			memcpy(buf + len, units[u], ul);
		nm_ctx_init(&ctx, NULL);
		CHECK(nm_parse_html_article(&ctx, buf, len, &a) == NM_OK);
		CHECK(a.body != NULL && strncmp(a.body, "Copper prices rose", 18) == 0);
		nm_ctx_free(&ctx);
		free(buf);
	}
}
