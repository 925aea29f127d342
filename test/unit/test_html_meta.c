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

#define H1 "<h1>New water mains for the river quarter</h1>"
#define STORY "<div class='story'>" BODY "</div>"

typedef enum
{
	F_TITLE, F_PUBLISHED, F_MODIFIED, F_AUTHORS
} field;

/* One field of a parsed page as text (authors joined with "; "), or "NULL". */
static const char *
get(field f, const char *html)
{
	static char res[512];
	nm_ctx		ctx;
	nm_article	a;

	memset(&a, 0, sizeof(a));
	nm_ctx_init(&ctx, NULL);
	CHECK(nm_parse_html_article(&ctx, html, strlen(html), &a) == NM_OK);
	res[0] = '\0';
	if (f == F_TITLE)
		snprintf(res, sizeof(res), "%s", a.title ? a.title : "NULL");
	else if (f == F_PUBLISHED)
		snprintf(res, sizeof(res), "%s", nm_time_str(a.published_at));
	else if (f == F_MODIFIED)
		snprintf(res, sizeof(res), "%s", nm_time_str(a.modified_at));
	else
		for (int i = 0; i < a.n_authors; i++)
			snprintf(res + strlen(res), sizeof(res) - strlen(res), "%s%s",
					 i ? "; " : "", a.authors[i]);
	nm_ctx_free(&ctx);
	return res;
}

/* Date published only as a labelled line after the article; comments are later. */
NM_TEST(html_date_labelled_line_after_body)
{
	CHECK_STR(get(F_PUBLISHED, "<html><body>" H1 STORY "<p>Erstellt am: 01.11.2023</p>"
				  "<div class='comments'><p>Posted 03.11.2023</p><p>Great news!</p></div>"
				  "</body></html>"), "2023-11-01 00:00:00");
	/* a comment date alone is not the article's date */
	CHECK_STR(get(F_PUBLISHED, "<html><body>" H1 STORY "<section id='comments'><div>"
				  "<span>03.11.2023</span><p>Great news, finally!</p></div></section>"
				  "</body></html>"), "NULL");
}

/* A paragraph that opens with the date ("27.1.2022 - ..."). */
NM_TEST(html_date_opening_paragraph)
{
	CHECK_STR(get(F_PUBLISHED, "<html><body>" H1 "<div class='story'><p>27.1.2022 - The council "
				  "voted on Tuesday to replace the old water mains along the river, a project "
				  "delayed for more than a decade.</p>" BODY "</div></body></html>"),
			  "2022-01-27 00:00:00");
}

#define META_DATES(pub, mod) \
	"<html><head><meta property='article:published_time' content='" pub "'>" \
	"<meta property='article:modified_time' content='" mod "'></head><body>" H1

/* The headline shows the update day, which is the modified date: it wins. */
NM_TEST(html_date_shown_update)
{
	const char *shown = META_DATES("2021-11-29T14:13:37+00:00", "2022-01-12T14:27:30+00:00")
		"<div class='post-date'>12.01.2022</div>" STORY "</body></html>";

	CHECK_STR(get(F_PUBLISHED, shown), "2022-01-12 14:27:30");
	CHECK_STR(get(F_MODIFIED, shown), "2022-01-12 14:27:30");
	/* the headline shows the publication day: nothing changes */
	CHECK_STR(get(F_PUBLISHED, META_DATES("2021-11-29T14:13:37+00:00", "2022-01-12T14:27:30+00:00")
				  "<div class='post-date'>29.11.2021</div>" STORY "</body></html>"),
			  "2021-11-29 14:13:37");
	/* a "modified" date before the publication (a scheduled post) is ignored */
	CHECK_STR(get(F_PUBLISHED, META_DATES("2022-12-25T11:00:00+00:00", "2022-12-07T09:10:52+00:00")
				  "<time>7 December 2022</time>" STORY "</body></html>"),
			  "2022-12-25 11:00:00");
	/* a later day under the headline without a modified date: the shown date */
	CHECK_STR(get(F_PUBLISHED, "<html><head><meta property='article:published_time' "
				  "content='2022-01-21T08:00:00+00:00'></head><body>" H1
				  "<div class='article-meta'><time>25.01.2022</time></div>" STORY "</body></html>"),
			  "2022-01-25 00:00:00");
}

/* The update line inside the author box (furniture) under the headline. */
NM_TEST(html_date_in_author_box)
{
	const char *page = "<html><head><script type='application/ld+json'>{\"@type\":\"Article\","
		"\"headline\":\"New water mains for the river quarter\","
		"\"datePublished\":\"2016-08-29T21:54:39Z\",\"dateModified\":\"2020-10-01T13:23:47Z\"}"
		"</script></head><body>" H1
		"<div class='author'><div class='author-text'>By <a href='/a/anna'>Anna Berg</a>"
		"<div class='timestamp'>Updated May 06, 2019</div></div></div>" STORY "</body></html>";

	CHECK_STR(get(F_PUBLISHED, page), "2019-05-06 00:00:00");
	CHECK_STR(get(F_MODIFIED, page), "2020-10-01 13:23:47");
}

/* A HowTo in JSON-LD: its name and dates describe the page. */
NM_TEST(html_jsonld_howto)
{
	const char *page = "<html><head><script type='application/ld+json'>"
		"{\"@context\":\"https://schema.org\",\"@type\":\"HowTo\","
		"\"name\":\"How to flush a water main\",\"datePublished\":\"2022-01-10T22:06:08Z\"}"
		"</script></head><body>" STORY "</body></html>";

	CHECK_STR(get(F_TITLE, page), "How to flush a water main");
	CHECK_STR(get(F_PUBLISHED, page), "2022-01-10 22:06:08");
}

/* hAtom: <abbr class="published" title="ISO date">; a two-digit year in a date element. */
NM_TEST(html_date_hatom_and_short_year)
{
	CHECK_STR(get(F_PUBLISHED, "<html><body>" H1
				  "<span class='updated' title='2013-04-06T10:00:00+00:00'></span>"
				  "<abbr class='published' title='2013-04-04T18:52:11+00:00'></abbr>" STORY
				  "</body></html>"), "2013-04-04 18:52:11");
	CHECK_STR(get(F_PUBLISHED, "<html><body>" H1 "<div class='uploaded-date'>23.09.22</div>"
				  STORY "</body></html>"), "2022-09-23 00:00:00");
	/* a dotted triple outside a date element is no date (a version number) */
	CHECK_STR(get(F_PUBLISHED, "<html><body>" H1 "<div class='version'>23.09.22</div>"
				  STORY "</body></html>"), "NULL");
}

/* Unmarked text near the headline: a date ending a sentence is not the page's. */
NM_TEST(html_date_unmarked_sentence)
{
	CHECK_STR(get(F_PUBLISHED, "<html><body>" H1
				  "<h3>2. Which new charges apply since 1 October 2022?</h3>"
				  "<div class='story'><p>(21. November 2022) The council voted on Tuesday to "
				  "replace the old water mains along the river, a decade late.</p>" BODY
				  "</div></body></html>"), "2022-11-21 00:00:00");
	/* a date, then a category */
	CHECK_STR(get(F_PUBLISHED, "<html><body>" STORY
				  "<p class='caption'>01. November 2021 | Umwelt, Wasser</p></body></html>"),
			  "2021-11-01 00:00:00");
	/* a date in the caption right above the headline, no date in the markup */
	CHECK_STR(get(F_PUBLISHED, "<html><body><figure><img src='a.jpg'><figcaption><small>"
				  "31.01.2022 2. Liga</small>" H1 "</figcaption></figure>" STORY "</body></html>"),
			  "2022-01-31 00:00:00");
}

/* An h1 that opens with a kicker in its own span: the headline is the rest. */
NM_TEST(html_title_h1_kicker)
{
	CHECK_STR(get(F_TITLE, "<html><head><meta property='og:title' content='River works - New "
				  "mains for the river quarter - Town Courier'></head><body><h1><span "
				  "class='kicker'>River works</span> New mains for the river quarter</h1>"
				  STORY "</body></html>"), "New mains for the river quarter");
	/* a kicker ending in ':' is the first half of the title */
	CHECK_STR(get(F_TITLE, "<html><head><meta property='og:title' content='River works: New "
				  "mains for the river quarter'></head><body><h1><span class='kicker'>"
				  "River works:</span> New mains for the river quarter</h1>" STORY
				  "</body></html>"), "River works: New mains for the river quarter");
	/* nothing in the metadata names the rest: the h1 stays whole */
	CHECK_STR(get(F_TITLE, "<html><head><meta property='og:title' content='Water mains: what "
				  "changes for residents'></head><body><h1><span class='kicker'>"
				  "River works</span> New mains for the river quarter</h1>" STORY
				  "</body></html>"), "River works New mains for the river quarter");
	/* "Kicker / Title" in the h1, the title alone in JSON-LD */
	CHECK_STR(get(F_TITLE, "<html><head><script type='application/ld+json'>{\"@type\":"
				  "\"NewsArticle\",\"headline\":\"New mains for the river quarter\"}</script>"
				  "</head><body><h1>\"Finally\" / New mains for the river quarter</h1>" STORY
				  "</body></html>"), "New mains for the river quarter");
}

/* Site names: a title side starting with the registrable host name; logo h1s. */
NM_TEST(html_title_site_parts)
{
	CHECK_STR(get(F_TITLE, "<html><head><title>Was ist Freie Software - Rivertown Forum"
				  "</title><link rel='canonical' href='https://forum.rivertown.co.uk/t/1'>"
				  "</head><body>" STORY "</body></html>"), "Was ist Freie Software");
	/* an h1 that is the site's logo (a link to the home page) is no headline */
	CHECK_STR(get(F_TITLE, "<html><head><title>New water mains for the river quarter</title>"
				  "</head><body><h1><a href='https://www.courier.example/'></a><i>Courier</i>"
				  "</h1>" STORY "</body></html>"), "New water mains for the river quarter");
	/* a headline linking to its own article stays the headline */
	CHECK_STR(get(F_TITLE, "<html><head><title>Courier</title></head><body><h1><a "
				  "href='https://www.courier.example/2024/mains'>New water mains for the river "
				  "quarter</a></h1>" STORY "</body></html>"),
			  "New water mains for the river quarter");
	/* the <title> opens with the h1 and a separator: the h1 is the headline */
	CHECK_STR(get(F_TITLE, "<html><head><title>Rioja, Spain - Wines of the North - Bodega "
				  "Shop Berlin</title></head><body><h1>Rioja, Spain</h1><h1>Newsletter</h1>"
				  STORY "</body></html>"), "Rioja, Spain");
}

/* A "Von X" line or an author-classed element under the headline. */
NM_TEST(html_visible_byline)
{
	CHECK_STR(get(F_AUTHORS, "<html><body>" H1 "<div class='meta'>von <a "
				  "href='/autor/anna-berg'>Anna Berg</a></div>" STORY "</body></html>"),
			  "Anna Berg");
	/* "Von X bis Y" is a phrase, not a byline */
	CHECK_STR(get(F_AUTHORS, "<html><body>" H1 "<p>Von Jagdschein bis Wildbret</p>" STORY
				  "</body></html>"), "");
	CHECK_STR(get(F_AUTHORS, "<html><body>" H1 "<div class='header-info'><a "
				  "class='header-info__author-link' href='/p/anna'>Anna Berg</a></div>" STORY
				  "<div class='comments'><span class='comment-author'>Karl Huber</span></div>"
				  "</body></html>"), "Anna Berg");
	/* only a commenter: no author */
	CHECK_STR(get(F_AUTHORS, "<html><body>" H1 STORY "<div class='comments'><span "
				  "class='comment-author'>Karl Huber</span></div></body></html>"), "");
}

#define META_AUTHOR(a) "<html><head><meta property='og:site_name' content='Town Courier'>" \
	"<meta name='author' content='" a "'></head><body>" STORY "</body></html>"

/* Author cleaning: a glued job title, the site before a dash, page furniture. */
NM_TEST(html_author_cleaning)
{
	CHECK_STR(get(F_AUTHORS, META_AUTHOR("Anna Berg Chefredakteurin")), "Anna Berg");
	CHECK_STR(get(F_AUTHORS, META_AUTHOR("Town Courier - Anna Berg")), "Anna Berg");
	CHECK_STR(get(F_AUTHORS, META_AUTHOR("Anna Berg, Datum, Anzahl der Kommentare")),
			  "Anna Berg");
	/* a bare newsroom credit stays; a named desk does not */
	CHECK_STR(get(F_AUTHORS, META_AUTHOR("Redaktion")), "Redaktion");
	CHECK_STR(get(F_AUTHORS, META_AUTHOR("Online-Redaktion")), "");
	/* a JSON-LD Person named by first name only, completed from its description */
	CHECK_STR(get(F_AUTHORS, "<html><head><script type='application/ld+json'>{\"@type\":"
				  "\"NewsArticle\",\"headline\":\"New mains for the river quarter\",\"author\":"
				  "{\"@type\":\"Person\",\"name\":\"Anna\",\"description\":\"Anna Berg writes "
				  "about towns.\"}}</script></head><body>" STORY "</body></html>"), "Anna Berg");
}
