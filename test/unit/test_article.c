/* test_article.c -- nm_parse_article: HTML or text detection, blank input,
 * the size limit. */
#include "unit.h"

static bool
html(const char *s)
{
	return nm_looks_like_html(s, strlen(s));
}

NM_TEST(article_detects_html)
{
	CHECK(html("<!DOCTYPE html><html><body><p>x</p></body></html>"));
	CHECK(html("\xEF\xBB\xBF  \n<html lang=\"en\">"));
	CHECK(html("<?xml version=\"1.0\"?><html/>"));
	CHECK(html("<!-- saved page -->\n<div>Copper</div>"));
	CHECK(html("<p>Copper rose.</p>"));
	CHECK(html("<DIV class=a>Copper</DIV>"));
	CHECK(html("Copper rose today\n<br>\nNickel fell"));
	/* prose and wire copy with angle brackets stay text */
	CHECK(!html("USX <X> DEBT DOWNGRADED BY MOODY'S\n\nNEW YORK, Feb 26 - Moody's said"));
	CHECK(!html("Copper demand grew by < 2% while supply grew > 3%."));
	CHECK(!html("<CINRAM LTD> 4TH QTR NET"));
	CHECK(!html("Output rose; see <https://example.com/report> for details"));
	/* a ticker after a company's name is written like a bare upper-case
	 * tag ("<P>", "<NAV>"); alone or repeated it is no markup */
	CHECK(!html("ACME <P> TO RAISE DIVIDEND\n\nNEW YORK, March 3 - Acme Corp <P> said "
				"it would raise its quarterly dividend."));
	CHECK(!html("ACME<P> SAYS OUTPUT UP\n\nTULSA, Okla., March 3 - Acme <P> said."));
	CHECK(!html("FLEETCO <NAV> UP ON EARNINGS OPINION\n\nCHICAGO, March 9 - Shares of "
				"Fleetco <NAV> rose."));
	CHECK(!html("<A/S NORDMETAL> SAYS OUTPUT ROSE\n\nOSLO, March 3 - Output rose."));
	CHECK(!html("Prices rose (see table <A> below) as supply grew."));
	/* but real markup anywhere in the first KB is HTML: a closing tag,
	 * attributes, "/>", a lower-case tag, or two different bare tags */
	CHECK(html("Copper rose.\n<P>Nickel fell.</P>"));
	CHECK(html("ACME <P> SAYS\n<p class=\"lead\">Copper rose.</p>"));
	CHECK(html("Copper rose<br/>Nickel fell"));
	CHECK(html("Copper rose<BR />Nickel fell"));
	CHECK(html("Copper rose.<P>Nickel fell.<BR>Zinc was flat."));
	CHECK(html("Copper rose\n<a href=\"https://example.com/\">more</a>"));
	CHECK(html("Copper rose\n<span\n  class=\"x\">up</span>"));
	CHECK(html("Copper rose\n<!-- ad slot -->\nNickel fell"));
	CHECK(!html(""));
	CHECK(!html("   "));
	CHECK(!nm_looks_like_html(NULL, 0));
}

NM_TEST(article_dispatch_and_blank)
{
	nm_ctx		ctx;
	nm_article	a;
	const char *text = "Tin hits record\n\nLONDON, May 3 (Reuters) - Tin rose to a record.";
	const char *page = "<html><head><title>Tin hits record</title></head><body><article>"
		"<p>LONDON, May 3 (Reuters) - Tin rose to a record on Friday as supply from "
		"Myanmar stayed tight and smelters in China cut output.</p></article></body></html>";

	nm_ctx_init(&ctx, NULL);
	CHECK_INT(nm_parse_article(&ctx, text, strlen(text), &a), NM_OK);
	CHECK_STR(a.source_format, "text");
	CHECK_STR(a.title, "Tin hits record");
	CHECK_STR(a.dateline, "LONDON");

	CHECK_INT(nm_parse_article(&ctx, page, strlen(page), &a), NM_OK);
	CHECK_STR(a.source_format, "html");
	CHECK(a.body && strstr(a.body, "Tin rose to a record") != NULL);

	/* blank input: every field NULL */
	CHECK_INT(nm_parse_article(&ctx, " \r\n\t ", 5, &a), NM_OK);
	CHECK_STR(a.title, NULL);
	CHECK_STR(a.body, NULL);
	CHECK_STR(a.source_format, NULL);
	CHECK(!a.published_at.valid);
	CHECK_INT(a.word_count, -1);
	CHECK_INT(a.n_related, 0);
	CHECK_INT(nm_parse_article(&ctx, "", 0, &a), NM_OK);
	CHECK_STR(a.source_format, NULL);
	CHECK_INT(nm_parse_article(&ctx, NULL, 0, &a), NM_OK);

	/* the size limit applies before anything is parsed */
	ctx.max_input_size = 16;
	CHECK_INT(nm_parse_article(&ctx, text, strlen(text), &a), NM_ERR_TOO_LARGE);
	CHECK_STR(a.body, NULL);
	CHECK(ctx.errmsg[0] != '\0');
	nm_ctx_free(&ctx);
}
