/*
 * html_parse.c -- nm_parse_html_article: parses the page with libxml2, runs
 * the collection walk, the metadata cascade, content and related extraction.
 */
#include "nm_html.h"

#define NM_HTML_OPTIONS (HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | \
						 HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC)

/* Lead = first body paragraph, without its dateline prefix. */
static void
set_lead(nm_ctx *ctx, nm_article *out)
{
	const char *b = out->body;
	const char *e;
	size_t		len;
	char	   *place = NULL,
			   *agency = NULL;
	size_t		prefix = 0;

	if (!b)
		return;
	e = strstr(b, "\n\n");
	len = e ? (size_t) (e - b) : strlen(b);
	if (nm_parse_dateline(ctx, b, len, &place, &agency, &prefix) && prefix <= len)
	{
		out->dateline = place;
		out->agency = agency;
		b += prefix;
		len -= prefix;
	}
	out->lead = nm_clean_text(ctx, b, len);
}

nm_status
nm_parse_html_article(nm_ctx *ctx, const char *buf, size_t len, nm_article *out)
{
	htmlParserCtxtPtr parser;
	xmlDocPtr	doc;
	nm_page		pg;
	nm_status	rc;

	memset(out, 0, sizeof(*out));
	out->source_format = "html";
	out->word_count = -1;
	if (ctx->max_input_size && len > ctx->max_input_size)
		return NM_ERR_TOO_LARGE;
	if (len > (size_t) 0x7FFFFFFF)
		return NM_ERR_TOO_LARGE;

	if (len == 0)
		return NM_OK;			/* nothing to read: a row of NULLs */

	/*
	 * The input is UTF-8 already: tell the parser so instead of passing
	 * "UTF-8" to htmlCtxtReadMemory, which runs a UTF-8 to UTF-8
	 * conversion into a second copy of the page (one page of peak memory
	 * more, same DOM).
	 */
	parser = htmlCreateMemoryParserCtxt(buf, (int) len);
	if (!parser)
		return NM_ERR_NOMEM;
	ctx->xml_parser = parser;
	htmlCtxtUseOptions(parser, NM_HTML_OPTIONS);
	parser->charset = XML_CHAR_ENCODING_UTF8;
	htmlParseDocument(parser);
	doc = parser->myDoc;
	parser->myDoc = NULL;
	ctx->xml_doc = doc;
	if (!doc || !xmlDocGetRootElement(doc))
	{
		nm_ctx_release_xml(ctx);
		return NM_OK;			/* nothing to read: a row of NULLs */
	}

	memset(&pg, 0, sizeof(pg));
	pg.ctx = ctx;
	pg.doc = doc;
	rc = nm_html_collect(&pg);
	if (rc == NM_OK)
		rc = nm_html_meta(&pg, out);
	if (rc == NM_OK)
		rc = nm_html_related(&pg, out);
	if (rc == NM_OK)
		rc = nm_html_content(&pg, out);
	if (rc == NM_OK && !out->published_at.valid)
		rc = nm_html_visible_date(&pg, out);
	nm_ctx_release_xml(ctx);
	if (rc != NM_OK)
		return rc;

	if (out->body)
	{
		set_lead(ctx, out);
		out->word_count = nm_count_words(out->body, strlen(out->body));
		if (!out->language)
			out->language = (char *) nm_detect_language(out->body, strlen(out->body));
	}
	return NM_OK;
}
