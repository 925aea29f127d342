/* test_html_meta.c -- metadata of small HTML pages of our own: visible dates
 * away from the headline, the shown update date, titles and bylines. */
#include "unit.h"

/* Three paragraphs of article text, enough for the content scorer. */
#define BODY \
	"<p>The council voted on Tuesday to replace the old water mains along the river, " \
	"a project that engineers say has been delayed for more than a decade.</p>" \
	"<p>Residents had complained about brown water and low pressure, and the utility " \
	"said repairs to the existing pipes no longer made economic sense.</p>" \
	"<p>Work will start in the spring and is expected to take two years, with streets " \
	"closed one block at a time so that traffic can keep moving through the town.</p>"

static nm_article
parse(nm_ctx *ctx, const char *html)
{
	nm_article	a;

	memset(&a, 0, sizeof(a));
	CHECK(nm_parse_html_article(ctx, html, strlen(html), &a) == NM_OK);
	return a;
}

/* Date published only as a labelled line after the article; comments are later. */
NM_TEST(html_date_labelled_line_after_body)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><body><h1>New water mains for the river quarter</h1>"
			  "<div class='story'>" BODY "</div><p>Erstellt am: 01.11.2023</p>"
			  "<div class='comments'><p>Posted 03.11.2023</p><p>Great news!</p></div>"
			  "</body></html>");
	CHECK_STR(nm_time_str(a.published_at), "2023-11-01 00:00:00");
	nm_ctx_free(&ctx);
}

/* A comment date alone is not the article's date. */
NM_TEST(html_date_comment_only)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><body><h1>New water mains for the river quarter</h1>"
			  "<div class='story'>" BODY "</div>"
			  "<section id='comments'><div><span>03.11.2023</span><p>Great news, finally!</p></div></section>"
			  "</body></html>");
	CHECK_STR(nm_time_str(a.published_at), "NULL");
	nm_ctx_free(&ctx);
}

/* A paragraph that opens with the date ("27.1.2022 - ..."). */
NM_TEST(html_date_opening_paragraph)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><body><h1>New water mains for the river quarter</h1>"
			  "<div class='story'><p>27.1.2022 - The council voted on Tuesday to replace the old "
			  "water mains along the river, a project delayed for more than a decade.</p>" BODY
			  "</div></body></html>");
	CHECK_STR(nm_time_str(a.published_at), "2022-01-27 00:00:00");
	nm_ctx_free(&ctx);
}

/* The headline shows the update day, which is the modified date: it wins. */
NM_TEST(html_date_shown_update)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head>"
			  "<meta property='article:published_time' content='2021-11-29T14:13:37+00:00'>"
			  "<meta property='article:modified_time' content='2022-01-12T14:27:30+00:00'>"
			  "</head><body><h1>New water mains for the river quarter</h1>"
			  "<div class='post-date'>12.01.2022</div><div class='story'>" BODY "</div>"
			  "</body></html>");
	CHECK_STR(nm_time_str(a.published_at), "2022-01-12 14:27:30");
	CHECK_STR(nm_time_str(a.modified_at), "2022-01-12 14:27:30");
	nm_ctx_free(&ctx);

	/* the headline shows the publication day: nothing changes */
	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head>"
			  "<meta property='article:published_time' content='2021-11-29T14:13:37+00:00'>"
			  "<meta property='article:modified_time' content='2022-01-12T14:27:30+00:00'>"
			  "</head><body><h1>New water mains for the river quarter</h1>"
			  "<div class='post-date'>29.11.2021</div><div class='story'>" BODY "</div>"
			  "</body></html>");
	CHECK_STR(nm_time_str(a.published_at), "2021-11-29 14:13:37");
	nm_ctx_free(&ctx);

	/* a "modified" date before the publication (a scheduled post) is ignored */
	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head>"
			  "<meta property='article:published_time' content='2022-12-25T11:00:00+00:00'>"
			  "<meta property='article:modified_time' content='2022-12-07T09:10:52+00:00'>"
			  "</head><body><h1>New water mains for the river quarter</h1>"
			  "<time>7 December 2022</time><div class='story'>" BODY "</div>"
			  "</body></html>");
	CHECK_STR(nm_time_str(a.published_at), "2022-12-25 11:00:00");
	nm_ctx_free(&ctx);
}

/* A HowTo in JSON-LD: its name and dates describe the page. */
NM_TEST(html_jsonld_howto)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head><script type='application/ld+json'>"
			  "{\"@context\":\"https://schema.org\",\"@type\":\"HowTo\","
			  "\"name\":\"How to flush a water main\",\"datePublished\":\"2022-01-10T22:06:08Z\"}"
			  "</script></head><body><div class='story'>" BODY "</div></body></html>");
	CHECK_STR(a.title, "How to flush a water main");
	CHECK_STR(nm_time_str(a.published_at), "2022-01-10 22:06:08");
	nm_ctx_free(&ctx);
}

/* An h1 that opens with a kicker in its own span: the headline is the rest. */
NM_TEST(html_title_h1_kicker)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head><meta property='og:title' content='River works - New mains "
			  "for the river quarter - Town Courier'></head><body><h1><span class='kicker'>"
			  "River works</span> New mains for the river quarter</h1>"
			  "<div class='story'>" BODY "</div></body></html>");
	CHECK_STR(a.title, "New mains for the river quarter");
	nm_ctx_free(&ctx);

	/* a kicker ending in ':' is the first half of the title */
	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head><meta property='og:title' content='River works: New mains "
			  "for the river quarter'></head><body><h1><span class='kicker'>"
			  "River works:</span> New mains for the river quarter</h1>"
			  "<div class='story'>" BODY "</div></body></html>");
	CHECK_STR(a.title, "River works: New mains for the river quarter");
	nm_ctx_free(&ctx);

	/* nothing in the metadata names the rest: the h1 stays whole */
	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head><meta property='og:title' content='Water mains: what "
			  "changes for residents'></head><body><h1><span class='kicker'>"
			  "River works</span> New mains for the river quarter</h1>"
			  "<div class='story'>" BODY "</div></body></html>");
	CHECK_STR(a.title, "River works New mains for the river quarter");
	nm_ctx_free(&ctx);

	/* "Kicker / Title" in the h1, the title alone in JSON-LD */
	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
			  "\"headline\":\"New mains for the river quarter\"}</script></head><body>"
			  "<h1>\"Finally\" / New mains for the river quarter</h1>"
			  "<div class='story'>" BODY "</div></body></html>");
	CHECK_STR(a.title, "New mains for the river quarter");
	nm_ctx_free(&ctx);
}

/* A title side that starts with the site's registrable host name is the site. */
NM_TEST(html_title_host_side)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head><title>Was ist Freie Software - Rivertown Forum"
			  "</title><link rel='canonical' href='https://forum.rivertown.co.uk/t/1'>"
			  "</head><body><div class='story'>" BODY "</div></body></html>");
	CHECK_STR(a.title, "Was ist Freie Software");
	CHECK_STR(a.site_name, NULL);
	nm_ctx_free(&ctx);
}

/* A "Von X" line under the headline when the markup names no author. */
NM_TEST(html_visible_byline)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><body><h1>New water mains for the river quarter</h1>"
			  "<div class='meta'>von <a href='/autor/anna-berg'>Anna Berg</a></div>"
			  "<div class='story'>" BODY "</div></body></html>");
	CHECK_INT(a.n_authors, 1);
	if (a.n_authors == 1)
		CHECK_STR(a.authors[0], "Anna Berg");
	nm_ctx_free(&ctx);

	/* "Von X bis Y" is a phrase, not a byline */
	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><body><h1>New water mains for the river quarter</h1>"
			  "<p>Von Jagdschein bis Wildbret</p>"
			  "<div class='story'>" BODY "</div></body></html>");
	CHECK_INT(a.n_authors, 0);
	nm_ctx_free(&ctx);
}

/* Author cleaning: a glued job title, the site before a dash, page furniture. */
NM_TEST(html_author_cleaning)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head><meta name='author' content='Anna Berg Chefredakteurin'>"
			  "</head><body><div class='story'>" BODY "</div></body></html>");
	CHECK_INT(a.n_authors, 1);
	if (a.n_authors == 1)
		CHECK_STR(a.authors[0], "Anna Berg");
	nm_ctx_free(&ctx);

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head><meta property='og:site_name' content='Town Courier'>"
			  "<meta name='author' content='Town Courier - Anna Berg'>"
			  "</head><body><div class='story'>" BODY "</div></body></html>");
	CHECK_INT(a.n_authors, 1);
	if (a.n_authors == 1)
		CHECK_STR(a.authors[0], "Anna Berg");
	nm_ctx_free(&ctx);

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head><meta name='author' content='Anna Berg, Datum, Anzahl der Kommentare'>"
			  "</head><body><div class='story'>" BODY "</div></body></html>");
	CHECK_INT(a.n_authors, 1);
	if (a.n_authors == 1)
		CHECK_STR(a.authors[0], "Anna Berg");
	nm_ctx_free(&ctx);
}

/* A JSON-LD Person named by first name only, completed from its description. */
NM_TEST(html_author_first_name_completed)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
			  "\"headline\":\"New mains for the river quarter\",\"author\":{\"@type\":\"Person\","
			  "\"name\":\"Anna\",\"description\":\"Anna Berg writes about towns.\"}}</script>"
			  "</head><body><div class='story'>" BODY "</div></body></html>");
	CHECK_INT(a.n_authors, 1);
	if (a.n_authors == 1)
		CHECK_STR(a.authors[0], "Anna Berg");
	nm_ctx_free(&ctx);
}

/* Dates shown under the headline later than the markup's; a date then a category. */
NM_TEST(html_date_shown_later_and_category)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head>"
			  "<meta property='article:published_time' content='2022-01-21T08:00:00+00:00'>"
			  "</head><body><h1>New water mains for the river quarter</h1>"
			  "<div class='article-meta'><time>25.01.2022</time></div><div class='story'>" BODY
			  "</div></body></html>");
	CHECK_STR(nm_time_str(a.published_at), "2022-01-25 00:00:00");
	nm_ctx_free(&ctx);

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><body><div class='story'>" BODY "</div>"
			  "<p class='caption'>01. November 2021 | Umwelt, Wasser</p></body></html>");
	CHECK_STR(nm_time_str(a.published_at), "2021-11-01 00:00:00");
	nm_ctx_free(&ctx);
}

/* hAtom: <abbr class="published" title="ISO date">; a two-digit year in a date element. */
NM_TEST(html_date_hatom_and_short_year)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><body><h1>New water mains for the river quarter</h1>"
			  "<span class='updated' title='2013-04-06T10:00:00+00:00'></span>"
			  "<abbr class='published' title='2013-04-04T18:52:11+00:00'></abbr>"
			  "<div class='story'>" BODY "</div></body></html>");
	CHECK_STR(nm_time_str(a.published_at), "2013-04-04 18:52:11");
	nm_ctx_free(&ctx);

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><body><h1>New water mains for the river quarter</h1>"
			  "<div class='uploaded-date'>23.09.22</div>"
			  "<div class='story'>" BODY "</div></body></html>");
	CHECK_STR(nm_time_str(a.published_at), "2022-09-23 00:00:00");
	nm_ctx_free(&ctx);

	/* a dotted triple outside a date element is no date (a version number) */
	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><body><h1>New water mains for the river quarter</h1>"
			  "<div class='version'>23.09.22</div>"
			  "<div class='story'>" BODY "</div></body></html>");
	CHECK_STR(nm_time_str(a.published_at), "NULL");
	nm_ctx_free(&ctx);
}

/* Unmarked text near the headline: a date ending a sentence is not the page's. */
NM_TEST(html_date_unmarked_sentence)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><body><h1>New water mains for the river quarter</h1>"
			  "<h3>2. Which new charges apply since 1 October 2022?</h3>"
			  "<div class='story'><p>(21. November 2022) The council voted on Tuesday to "
			  "replace the old water mains along the river, a decade late.</p>" BODY
			  "</div></body></html>");
	CHECK_STR(nm_time_str(a.published_at), "2022-11-21 00:00:00");
	nm_ctx_free(&ctx);
}

/* The update line inside the author box (furniture) under the headline. */
NM_TEST(html_date_in_author_box)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head><script type='application/ld+json'>{\"@type\":\"Article\","
			  "\"headline\":\"New water mains for the river quarter\","
			  "\"datePublished\":\"2016-08-29T21:54:39Z\",\"dateModified\":\"2020-10-01T13:23:47Z\"}"
			  "</script></head><body><h1>New water mains for the river quarter</h1>"
			  "<div class='author'><div class='author-text'>By <a href='/a/anna'>Anna Berg</a>"
			  "<div class='timestamp'>Updated May 06, 2019</div></div></div>"
			  "<div class='story'>" BODY "</div></body></html>");
	CHECK_STR(nm_time_str(a.published_at), "2019-05-06 00:00:00");
	CHECK_STR(nm_time_str(a.modified_at), "2020-10-01 13:23:47");
	nm_ctx_free(&ctx);
}

/* An h1 that is the site's logo (a link to the home page) is no headline. */
NM_TEST(html_title_logo_h1)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head><title>New water mains for the river quarter</title></head>"
			  "<body><h1><a href='https://www.courier.example/'></a><i>Courier</i></h1>"
			  "<div class='story'>" BODY "</div></body></html>");
	CHECK_STR(a.title, "New water mains for the river quarter");
	nm_ctx_free(&ctx);

	/* a headline linking to its own article stays the headline */
	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head><title>Courier</title></head>"
			  "<body><h1><a href='https://www.courier.example/2024/mains'>New water mains "
			  "for the river quarter</a></h1><div class='story'>" BODY "</div></body></html>");
	CHECK_STR(a.title, "New water mains for the river quarter");
	nm_ctx_free(&ctx);
}

/* An author-classed element near the headline; a bare newsroom credit. */
NM_TEST(html_author_element_and_newsroom)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><body><h1>New water mains for the river quarter</h1>"
			  "<div class='header-info'><a class='header-info__author-link' href='/p/anna'>"
			  "Anna Berg</a></div><div class='story'>" BODY "</div>"
			  "<div class='comments'><span class='comment-author'>Karl Huber</span></div>"
			  "</body></html>");
	CHECK_INT(a.n_authors, 1);
	if (a.n_authors == 1)
		CHECK_STR(a.authors[0], "Anna Berg");
	nm_ctx_free(&ctx);

	/* only a commenter: no author */
	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><body><h1>New water mains for the river quarter</h1>"
			  "<div class='story'>" BODY "</div>"
			  "<div class='comments'><span class='comment-author'>Karl Huber</span></div>"
			  "</body></html>");
	CHECK_INT(a.n_authors, 0);
	nm_ctx_free(&ctx);

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head><meta name='author' content='Redaktion'></head><body>"
			  "<div class='story'>" BODY "</div></body></html>");
	CHECK_INT(a.n_authors, 1);
	if (a.n_authors == 1)
		CHECK_STR(a.authors[0], "Redaktion");
	nm_ctx_free(&ctx);

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head><meta name='author' content='Online-Redaktion'></head><body>"
			  "<div class='story'>" BODY "</div></body></html>");
	CHECK_INT(a.n_authors, 0);
	nm_ctx_free(&ctx);
}

/* The <title> opens with the h1 and a separator: the h1 is the headline. */
NM_TEST(html_title_h1_opens_title)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><head><title>Rioja, Spain - Wines of the North - Bodega Shop Berlin"
			  "</title></head><body><h1>Rioja, Spain</h1><h1>Newsletter</h1>"
			  "<div class='story'>" BODY "</div></body></html>");
	CHECK_STR(a.title, "Rioja, Spain");
	nm_ctx_free(&ctx);
}

/* A date in the caption right above the headline, no date in the markup. */
NM_TEST(html_date_caption_above_headline)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse(&ctx, "<html><body><figure><img src='a.jpg'><figcaption><small>31.01.2022 "
			  "2. Liga</small><h1>New water mains for the river quarter</h1></figcaption></figure>"
			  "<div class='story'>" BODY "</div></body></html>");
	CHECK_STR(nm_time_str(a.published_at), "2022-01-31 00:00:00");
	nm_ctx_free(&ctx);
}
