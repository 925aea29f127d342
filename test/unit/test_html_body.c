/* test_html_body.c -- main-text extraction on our own fixture pages: what
 * the body keeps (standfirst, data tables) and what it drops (furniture). */
#include "unit.h"

#include <stdlib.h>

static bool
parse_fixture(nm_ctx *ctx, const char *name, nm_article *a)
{
	size_t		len;
	char	   *raw = nm_read_fixture(name, &len);
	bool		ok;

	if (!raw)
		return false;
	ok = nm_parse_html_article(ctx, raw, len, a) == NM_OK;
	free(raw);
	return ok;
}

static bool
contains(const char *hay, const char *needle)
{
	return hay && strstr(hay, needle) != NULL;
}

static bool
starts(const char *s, const char *prefix)
{
	return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

static int
n_paras(const char *body)
{
	int			n = 1;

	if (!body)
		return 0;
	for (const char *p = body; (p = strstr(p, "\n\n")) != NULL; p += 2)
		n++;
	return n;
}

NM_TEST(html_standfirst_in_sibling_block)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(parse_fixture(&ctx, "html/standfirst_sibling.html", &a));
	CHECK(starts(a.body, "Ein Konsortium will am Hafen eine Zinkh\xC3\xBCtte bauen. "
				 "Die Stadt pr\xC3\xBC" "ft den Antrag bis zum Herbst.\n\nDas Konsortium aus drei"));
	CHECK_INT(n_paras(a.body), 4);
	CHECK(!contains(a.body, "Blick auf das Hafengel"));
	CHECK(!contains(a.body, "Jana Kr\xC3\xBCger"));
	CHECK(!contains(a.body, "Impressum"));
	CHECK(!contains(a.body, "Neue Schmelzh\xC3\xBCtte"));
	nm_ctx_free(&ctx);
}

NM_TEST(html_standfirst_in_article_header)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(parse_fixture(&ctx, "html/standfirst_header.html", &a));
	CHECK(starts(a.body, "The company says a second processing line will be running by the end of "
				 "next year.\n\nThe graphite producer said on Thursday"));
	CHECK_INT(n_paras(a.body), 4);
	CHECK(!contains(a.body, "Mining"));
	CHECK(!contains(a.body, "Tom Reyes"));
	CHECK(!contains(a.body, "doubles output target"));
	nm_ctx_free(&ctx);
}

static bool
ends(const char *s, const char *suffix)
{
	size_t		a = s ? strlen(s) : 0,
				b = strlen(suffix);

	return s && a >= b && strcmp(s + a - b, suffix) == 0;
}

NM_TEST(html_press_release_contact_block_cut)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(parse_fixture(&ctx, "html/press_release_contact.html", &a));
	CHECK(starts(a.body, "Das Institut f\xC3\xBCr Hydrologie hat"));
	CHECK(ends(a.body, "Vorschl\xC3\xA4ge f\xC3\xBCr die Landwirtschaft enth\xC3\xA4lt."));
	CHECK_INT(n_paras(a.body), 3);
	CHECK(!contains(a.body, "Weitere Informationen"));
	CHECK(!contains(a.body, "Kontakt"));
	CHECK(!contains(a.body, "Lindner"));
	nm_ctx_free(&ctx);
}

NM_TEST(html_blog_signup_and_post_meta_cut)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(parse_fixture(&ctx, "html/blog_post_meta.html", &a));
	CHECK(starts(a.body, "Every Saturday morning the forge"));
	CHECK(ends(a.body, "two apprentices from the vocational school."));
	CHECK_INT(n_paras(a.body), 3);
	CHECK(!contains(a.body, "Subscribe"));
	CHECK(!contains(a.body, "This entry was posted"));
	/* a story sentence that only mentions subscribers stays */
	CHECK(nm_parse_html_article(&ctx, "<article><p>The streaming service said on Tuesday that it had "
								"added two million customers in the quarter, more than analysts expected.</p>"
								"<p>It now counts 40 million paying subscribers across Europe.</p></article>",
								213, &a) == NM_OK);
	CHECK(ends(a.body, "paying subscribers across Europe."));
	nm_ctx_free(&ctx);
}
