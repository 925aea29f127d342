/* test_html_body.c -- main-text extraction on our own fixture pages: what
 * the body keeps (standfirst, data tables) and what it drops (furniture). */
#include "unit.h"

#include <stdlib.h>

NM_TEST(html_standfirst_in_sibling_block)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(unit_parse_html_fixture(&ctx, "html/standfirst_sibling.html", &a));
	CHECK(unit_starts(a.body, "Ein Konsortium will am Hafen eine Zinkh\xC3\xBCtte bauen. "
				 "Die Stadt pr\xC3\xBC" "ft den Antrag bis zum Herbst.\n\nDas Konsortium aus drei"));
	CHECK_INT(unit_paras(a.body), 4);
	CHECK(!unit_contains(a.body, "Blick auf das Hafengel"));
	CHECK(!unit_contains(a.body, "Jana Kr\xC3\xBCger"));
	CHECK(!unit_contains(a.body, "Impressum"));
	CHECK(!unit_contains(a.body, "Neue Schmelzh\xC3\xBCtte"));
	nm_ctx_free(&ctx);
}

NM_TEST(html_standfirst_in_article_header)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(unit_parse_html_fixture(&ctx, "html/standfirst_header.html", &a));
	CHECK(unit_starts(a.body, "The company says a second processing line will be running by the end of "
				 "next year.\n\nThe graphite producer said on Thursday"));
	CHECK_INT(unit_paras(a.body), 4);
	CHECK(!unit_contains(a.body, "Mining"));
	CHECK(!unit_contains(a.body, "Tom Reyes"));
	CHECK(!unit_contains(a.body, "doubles output target"));
	nm_ctx_free(&ctx);
}

NM_TEST(html_press_release_contact_block_cut)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(unit_parse_html_fixture(&ctx, "html/press_release_contact.html", &a));
	CHECK(unit_starts(a.body, "Das Institut f\xC3\xBCr Hydrologie hat"));
	CHECK(unit_ends(a.body, "Vorschl\xC3\xA4ge f\xC3\xBCr die Landwirtschaft enth\xC3\xA4lt."));
	CHECK_INT(unit_paras(a.body), 3);
	CHECK(!unit_contains(a.body, "Weitere Informationen"));
	CHECK(!unit_contains(a.body, "Kontakt"));
	CHECK(!unit_contains(a.body, "Lindner"));
	nm_ctx_free(&ctx);
}

NM_TEST(html_blog_signup_and_post_meta_cut)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(unit_parse_html_fixture(&ctx, "html/blog_post_meta.html", &a));
	CHECK(unit_starts(a.body, "Every Saturday morning the forge"));
	CHECK(unit_ends(a.body, "two apprentices from the vocational school."));
	CHECK_INT(unit_paras(a.body), 3);
	CHECK(!unit_contains(a.body, "Subscribe"));
	CHECK(!unit_contains(a.body, "This entry was posted"));
	/* a story sentence that only mentions subscribers stays */
	CHECK(nm_parse_html_article(&ctx, "<article><p>The streaming service said on Tuesday that it had "
								"added two million customers in the quarter, more than analysts expected.</p>"
								"<p>It now counts 40 million paying subscribers across Europe.</p></article>",
								213, &a) == NM_OK);
	CHECK(unit_ends(a.body, "paying subscribers across Europe."));
	nm_ctx_free(&ctx);
}

NM_TEST(html_infinite_scroll_takes_headline_article)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(unit_parse_html_fixture(&ctx, "html/infinite_scroll.html", &a));
	CHECK_STR(a.title, "Bendici\xC3\xB3n de veh\xC3\xAD" "culos este s\xC3\xA1" "bado");
	CHECK(unit_starts(a.body, "Los frailes de la parroquia"));
	CHECK(unit_ends(a.body, "camiones de reparto."));
	CHECK_INT(unit_paras(a.body), 2);
	CHECK(!unit_contains(a.body, "El puerto"));
	nm_ctx_free(&ctx);
}

/* Paragraphs set off by <br> only score as paragraphs, not as one. */
NM_TEST(html_br_paragraphs_score_as_paragraphs)
{
	nm_ctx		ctx;
	nm_article	a;
	const char *html =
		"<html><body><div class=\"col-a\"><div class=\"box\">"
		"<p>Opening hours are Monday to Friday, 9 to 5</p><p>Call us, or write to us at the office</p>"
		"<p>Parking for bikes is at the back, by the gate</p><p>Gift cards can be bought at the desk, too</p>"
		"</div></div>"
		"<div class=\"col-b\"><div class=\"region\">The new bridge over the river opened on Monday after four years of building work "
		"and the first cars crossed it just after dawn.<br>"
		"Engineers said the steel arch, the longest in the region, was assembled on the bank and floated into "
		"place in a single night last spring.<br>"
		"The old bridge will stay open for cyclists and pedestrians until the city decides whether to repair "
		"it or tear it down.<br>"
		"A ceremony with the mayor and the builders is planned for the weekend when the weather should be "
		"dry and the riverside market is open.</div></div></body></html>";

	nm_ctx_init(&ctx, NULL);
	CHECK(nm_parse_html_article(&ctx, html, strlen(html), &a) == NM_OK);
	CHECK(unit_starts(a.body, "The new bridge over the river"));
	CHECK(!unit_contains(a.body, "Opening hours"));
	nm_ctx_free(&ctx);
}

/* An h1 after the text has started is a section heading, the headline is not. */
NM_TEST(html_h1_inside_text_is_a_heading)
{
	nm_ctx		ctx;
	nm_article	a;
	const char *html =
		"<html><head><title>Our history</title></head><body><article><h1>Our history</h1>"
		"<p>The cooperative was founded in 1921 by eleven farmers who wanted to sell their milk together "
		"instead of one by one at the market.</p>"
		"<h1>The first dairy</h1>"
		"<p>Their first dairy stood behind the railway station; it processed four hundred litres a day "
		"and delivered butter to three towns.</p></article></body></html>";

	nm_ctx_init(&ctx, NULL);
	CHECK(nm_parse_html_article(&ctx, html, strlen(html), &a) == NM_OK);
	CHECK(unit_starts(a.body, "The cooperative was founded"));
	CHECK(unit_contains(a.body, "\n\nThe first dairy\n\nTheir first dairy"));
	CHECK(!unit_contains(a.body, "Our history"));
	nm_ctx_free(&ctx);
}

NM_TEST(html_data_table_kept_caption_dropped)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	CHECK(unit_parse_html_fixture(&ctx, "html/data_table.html", &a));
	CHECK(unit_contains(a.body, "for the year.\n\nMetal | Price | Source\n"
				   "Lithium carbonate | 13,200 USD/t | Exchange A\n"
				   "Cobalt hydroxide | 6.40 USD/lb | Exchange B\n"
				   "Nickel sulphate | 3,550 USD/t | Exchange C\n\nAnalysts expect"));
	CHECK(!unit_contains(a.body, "Cobalt drums"));
	CHECK_INT(unit_paras(a.body), 4);
	nm_ctx_free(&ctx);
}

/* A block with many inline links but 300+ characters of its own text is text, not a menu. */
NM_TEST(html_linked_text_block_kept)
{
	nm_ctx		ctx;
	nm_article	a;
	const char *html =
		"<html><body><article><div class=\"a\">"
		"<p>The regional council approved the new cycling plan on Wednesday after a debate that lasted most "
		"of the afternoon, with members of every group taking the floor at least once. The plan adds two "
		"hundred kilometres of protected lanes over the next six years and links every town of more than "
		"five thousand people to the network.</p>"
		"<p>Funding comes from the regional budget and from a national programme for sustainable transport, "
		"which covers up to forty per cent of the cost of each project. Construction of the first sections "
		"is due to start next spring, beginning with the busy route between the station and the university "
		"campus.</p></div>"
		"<div class=\"b\"><p>Opponents argued that the money would be better spent on rural bus services, "
		"citing the <a href=\"/r1\">transport survey of 2022</a> and the <a href=\"/r2\">audit office report</a>. "
		"Supporters pointed to the <a href=\"/r3\">accident figures for last year</a>, which showed a rise in "
		"injuries among cyclists on roads without separate lanes, and to the growing number of commuters who "
		"already ride to work every day, as the <a href=\"/r4\">count at the river bridge in the summer of 2023</a> "
		"showed, in all seasons.</p></div>"
		"</article></body></html>";

	nm_ctx_init(&ctx, NULL);
	CHECK(nm_parse_html_article(&ctx, html, strlen(html), &a) == NM_OK);
	CHECK(unit_starts(a.body, "The regional council approved"));
	CHECK(unit_ends(a.body, "showed, in all seasons."));
	nm_ctx_free(&ctx);
}

/* Notes are found as paragraphs of the body, also when they sit outside any <p>. */
NM_TEST(html_tail_note_outside_paragraph_cut)
{
	nm_ctx		ctx;
	nm_article	a;
	const char *html =
		"<html><body><div class=\"news-single\"><div class=\"news-show\">"
		"<p>The district heating network will reach the northern suburbs by the end of next year, the "
		"utility said on Monday, after the council approved the last stretch of pipes.</p>"
		"<p>About four thousand households can then switch from gas boilers, and the utility expects "
		"most of them to sign contracts within the first two winters.</p>"
		"<p>The pipes will be laid along the tram line to keep roadworks short.</p>"
		"<a href=\"/news\">zur\xC3\xBC" "ck zur Listenansicht</a></div></div></body></html>";

	nm_ctx_init(&ctx, NULL);
	CHECK(nm_parse_html_article(&ctx, html, strlen(html), &a) == NM_OK);
	CHECK(unit_ends(a.body, "to keep roadworks short."));
	CHECK(!unit_contains(a.body, "Listenansicht"));
	nm_ctx_free(&ctx);
}
