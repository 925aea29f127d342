/* test_html_article.c -- nm_parse_html_article on our own fixture pages:
 * metadata sources, furniture removal, related items, datelines. */
#include "unit.h"

#include <stdlib.h>

NM_TEST(html_jsonld_graph)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(unit_parse_html_fixture(&ctx, "html/jsonld_graph.html", &a));
	CHECK_STR(a.title, "Smelter restarts idle potline after power deal");
	CHECK_STR(a.publisher, "Northern Metal Review");
	CHECK_STR(a.site_name, "Northern Metal Review");
	CHECK_INT(a.n_authors, 2);
	if (a.n_authors == 2)
	{
		CHECK_STR(a.authors[0], "Ingrid Solberg");
		CHECK_STR(a.authors[1], "Tomas Lind");
	}
	CHECK_STR(nm_time_str(a.published_at), "2024-03-12 07:30:00");
	CHECK_STR(nm_time_str(a.modified_at), "2024-03-12 09:05:00");
	CHECK_STR(a.section, "Aluminium");
	CHECK_INT(a.n_tags, 3);
	CHECK_STR(a.language, "en");
	CHECK_STR(a.url, "https://metal.example.org/news/2024/03/smelter-restarts-potline");
	CHECK_STR(a.image, "https://metal.example.org/img/potline.jpg");
	CHECK_STR(a.description, "A new power contract lets the Kallmar smelter bring its third potline back.");
	CHECK(a.body && strncmp(a.body, "The Kallmar aluminium smelter", 29) == 0);
	CHECK(unit_contains(a.body, "remained tight."));
	CHECK(!unit_contains(a.body, "Ingrid Solberg"));	/* byline is furniture */
	CHECK(!unit_contains(a.body, "Copyright"));
	CHECK(!unit_contains(a.body, "Markets"));
	CHECK(!unit_contains(a.body, "restarts idle potline"));	/* headline not repeated */
	CHECK(unit_contains(a.body, "rehired.\n\nAnalysts"));	/* one blank line between paragraphs */
	CHECK_STR(a.source_format, "html");
	nm_ctx_free(&ctx);
}

NM_TEST(html_og_only)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(unit_parse_html_fixture(&ctx, "html/og_only.html", &a));
	/* " - The Harbour Ledger" is the site name, stripped from og:title */
	CHECK_STR(a.title, "Port strike delays copper shipments");
	CHECK_STR(a.site_name, "The Harbour Ledger");
	CHECK_INT(a.n_authors, 0);	/* the site name is not an author */
	CHECK_STR(nm_time_str(a.published_at), "2023-11-02 14:15:00");
	CHECK_STR(a.section, "Shipping");
	CHECK_INT(a.n_tags, 2);
	CHECK_STR(a.url, "https://ledger.example.com/2023/11/02/port-strike-copper");
	CHECK_STR(a.image, "https://cdn.example.com/ships.jpg");
	CHECK(unit_contains(a.body, "waiting offshore.\n\nThe union"));
	CHECK(unit_contains(a.lead, "Dock workers at the country's largest bulk port"));
	CHECK_STR(a.language, "en");	/* no markup: detected from the text */
	CHECK_INT(a.word_count, 92);
	nm_ctx_free(&ctx);
}

NM_TEST(html_microdata)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(unit_parse_html_fixture(&ctx, "html/microdata.html", &a));
	CHECK_STR(a.title, "Neue Lithiummine im Erzgebirge genehmigt");
	CHECK_INT(a.n_authors, 1);
	if (a.n_authors == 1)
		CHECK_STR(a.authors[0], "Katrin Weber");
	CHECK_STR(nm_time_str(a.published_at), "2024-05-06 07:00:00");
	CHECK_STR(a.language, "de");
	CHECK(a.body && strncmp(a.body, "Das Bergamt hat", 15) == 0);
	CHECK(!unit_contains(a.body, "Katrin Weber"));
	CHECK(unit_contains(a.body, "umliegenden Gemeinden."));
	nm_ctx_free(&ctx);
}

NM_TEST(html_byline_only)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(unit_parse_html_fixture(&ctx, "html/byline_only.html", &a));
	CHECK_STR(a.title, "Refinery output falls as maintenance drags on");
	CHECK_INT(a.n_authors, 3);
	if (a.n_authors == 3)
	{
		CHECK_STR(a.authors[0], "Maria Costa");
		CHECK_STR(a.authors[1], "Daniel Okafor");
		CHECK_STR(a.authors[2], "Priya Natarajan");
	}
	CHECK_STR(nm_time_str(a.published_at), "2022-07-18 20:45:00");
	CHECK(!unit_contains(a.body, "By Maria"));
	CHECK(!unit_contains(a.body, "4:45 PM"));
	CHECK(unit_contains(a.body, "since early 2021."));
	nm_ctx_free(&ctx);
}

NM_TEST(html_furniture_dropped)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(unit_parse_html_fixture(&ctx, "html/furniture.html", &a));
	CHECK_STR(a.title, "Nickel price slides on new supply");
	CHECK(a.body && strncmp(a.body, "Nickel prices fell", 18) == 0);
	CHECK(unit_contains(a.body, "for the rest of the year."));
	CHECK(!unit_contains(a.body, "cookies"));
	CHECK(!unit_contains(a.body, "Share on"));
	CHECK(!unit_contains(a.body, "newsletter"));
	CHECK(!unit_contains(a.body, "Cobalt prices"));
	CHECK(!unit_contains(a.body, "Great article"));
	CHECK(!unit_contains(a.body, "Privacy"));
	CHECK(!unit_contains(a.body, "Home"));
	CHECK_INT(a.n_related, 3);
	if (a.n_related == 3)
	{
		CHECK_STR(a.related[0].title, "Cobalt prices steady as stocks build up");
		CHECK_STR(a.related[0].url, "https://metals.example.net/news/2024/01/cobalt-prices-steady");
		CHECK_STR(nm_time_str(a.related[0].published_at), "2024-01-30 12:00:00");
		CHECK_STR(a.related[1].url, "https://metals.example.net/news/2024/01/lithium-contracts");
		CHECK(!a.related[1].published_at.valid);
	}
	nm_ctx_free(&ctx);
}

NM_TEST(html_dateline)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(unit_parse_html_fixture(&ctx, "html/dateline.html", &a));
	CHECK_STR(a.dateline, "LONDON");
	CHECK_STR(a.agency, "Reuters");
	CHECK(a.body && strncmp(a.body, "LONDON, May 14 (Reuters) - Global tin", 37) == 0);
	CHECK(a.lead && strncmp(a.lead, "Global tin supply will rise", 27) == 0);
	CHECK_STR(nm_time_str(a.published_at), "2024-05-14 00:00:00");
	CHECK_INT(a.word_count, 58);	/* the dateline dash is not a word */
	nm_ctx_free(&ctx);
}

NM_TEST(html_charset_page)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(unit_parse_html_fixture(&ctx, "html/cp1252.html", &a));
	CHECK_STR(a.title, "Caf\xC3\xA9 owners fight \xE2\x80\x9Cgold-plated\xE2\x80\x9D rents");
	CHECK(unit_contains(a.body, "\xE2\x80\x9CWe pay \xE2\x82\xAC" "3,200 a month"));
	CHECK(unit_contains(a.body, "three years \xE2\x80\x93 far faster"));
	nm_ctx_free(&ctx);
}

NM_TEST(html_empty_and_odd)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(nm_parse_html_article(&ctx, "", 0, &a) == NM_OK);
	CHECK(a.title == NULL && a.body == NULL);
	CHECK_INT(a.word_count, -1);
	CHECK(nm_parse_html_article(&ctx, "<html><body></body></html>", 26, &a) == NM_OK);
	CHECK(a.body == NULL);
	CHECK(nm_parse_html_article(&ctx, "<p>\xFF\xFE broken", 13, &a) == NM_OK);
	CHECK(a.body == NULL || nm_utf8_valid(a.body, strlen(a.body)));
	nm_ctx_free(&ctx);
}

NM_TEST(html_deep_nesting_is_bounded)
{
	nm_ctx		ctx;
	nm_article	a;
	size_t		n = 20000;
	char	   *buf = malloc(n * 5 + 200);
	size_t		len = 0;

	for (size_t i = 0; i < n; i++)
	{
		memcpy(buf + len, "<div>", 5);
		len += 5;
	}
	len += (size_t) sprintf(buf + len, "<p>Deep text, with a comma, and more words to make a paragraph.</p>");
	nm_ctx_init(&ctx, NULL);
	CHECK(nm_parse_html_article(&ctx, buf, len, &a) == NM_OK);
	CHECK(ctx.xml_doc == NULL && ctx.xml_parser == NULL);
	nm_ctx_free(&ctx);
	free(buf);
}

NM_TEST(html_blog_visible_metadata)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(unit_parse_html_fixture(&ctx, "html/blog_visible.html", &a));
	/* the single h1 beats "Kolumne: … | Der Metallblog" */
	CHECK_STR(a.title, "Warum der Kupferpreis nicht f\xC3\xA4llt");
	/* "Veröffentlicht von" is a label, not part of the name */
	CHECK_INT(a.n_authors, 1);
	if (a.n_authors == 1)
		CHECK_STR(a.authors[0], "Anna Berg");
	/* no date markup: the visible date beside the headline */
	CHECK_STR(nm_time_str(a.published_at), "2021-03-03 00:00:00");
	CHECK_STR(a.language, "de");
	/* the inline 'Lies auch' box is cut, the article goes on after it */
	CHECK(!unit_contains(a.body, "Lies auch"));
	CHECK(!unit_contains(a.body, "Nickel auf dem"));
	CHECK(!unit_contains(a.body, "Teilen"));
	CHECK(unit_contains(a.body, "das n\xC3\xA4" "chste Jahr.\n\nOb der Preis im Sommer"));
	CHECK_INT(a.n_related, 1);
	if (a.n_related == 1)
		CHECK_STR(a.related[0].url, "https://metallblog.example.at/2021/02/nickel-hoch");
	nm_ctx_free(&ctx);
}
