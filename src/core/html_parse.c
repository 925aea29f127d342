/*
 * html_parse.c -- nm_parse_html_article: parses the page with libxml2, runs
 * the collection walk, the metadata cascade, content and related extraction.
 */
#include "nm_html.h"
#include "nm_ascii.h"

#include <stdio.h>

#define NM_HTML_OPTIONS (HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | \
						 HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC)

/*
 * Pages above NM_HTML_PUSH_MIN are parsed in chunks of about NM_HTML_CHUNK
 * with an abort poll between them: one libxml2 call on a 16 MB page can run
 * for a second, and a cancel must not wait for it.  Smaller pages take the
 * one-call path, which is faster.
 */
#define NM_HTML_CHUNK		(64 * 1024)
#define NM_HTML_PUSH_MIN	(1024 * 1024)

/*
 * libxml2 compares every attribute with all earlier ones of its tag, so a
 * tag with a million attributes takes hours inside one uninterruptible
 * call.  No page has more than a few dozen: refuse absurd counts up front.
 */
#define NM_HTML_MAX_ATTRS	2000

static bool
is_tag_letter(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* Does buf[i..] start with the lower-case ASCII `word`, in any case? */
static bool
starts_with_ci(const char *buf, size_t len, size_t i, const char *word)
{
	for (; *word; word++, i++)
		if (i >= len || nm_ascii_tolower((unsigned char) buf[i]) != *word)
			return false;
	return true;
}

/* Position of the first case-insensitive `word` (lower-case, starting with
 * a non-letter) at or after i, else len. */
static size_t
find_ci(const char *buf, size_t len, size_t i, const char *word)
{
	while (i < len)
	{
		const char *p = memchr(buf + i, word[0], len - i);

		if (!p)
			return len;
		i = (size_t) (p - buf);
		if (starts_with_ci(buf, len, i, word))
			return i;
		i++;
	}
	return len;
}

/*
 * Attribute count of the busiest start tag (a linear, quote-aware scan);
 * stops counting at limit + 1.  It skips what libxml2 does not read as
 * tags: comments and the raw text of <script> and <style>, where minified
 * code like "a<b&&c" would otherwise count as one huge tag.
 */
static int
max_tag_attributes(nm_ctx *ctx, const char *buf, size_t len, int limit)
{
	int			most = 0;
	size_t		i = 0;

	while (i + 1 < len)
	{
		const char *lt = memchr(buf + i, '<', len - i - 1);
		size_t		name;
		const char *raw_end = NULL;
		int			n = 0;
		bool		gap = false;
		char		quote = 0;

		if (!lt)
			break;
		i = (size_t) (lt - buf);
		if (starts_with_ci(buf, len, i, "<!--"))
		{
			i = find_ci(buf, len, i + 4, "-->");
			continue;
		}
		if (!is_tag_letter((unsigned char) buf[i + 1]))
		{
			i++;
			continue;
		}
		name = i + 1;
		if (starts_with_ci(buf, len, name, "script") &&
			(name + 6 >= len || !nm_ascii_isalnum((unsigned char) buf[name + 6])))
			raw_end = "</script";
		else if (starts_with_ci(buf, len, name, "style") &&
				 (name + 5 >= len || !nm_ascii_isalnum((unsigned char) buf[name + 5])))
			raw_end = "</style";
		for (i += 2; i < len; i++)
		{
			char		c = buf[i];

			if (quote)
			{
				if (c == quote)
					quote = 0;
				continue;
			}
			if (c == '>')
				break;
			if (c == '"' || c == '\'')
				quote = c;
			else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/')
				gap = true;
			else if (gap)
			{
				gap = false;
				if (++n > limit)
					return n;
			}
		}
		if (n > most)
			most = n;
		if (raw_end && i < len && buf[i - 1] != '/')
			i = find_ci(buf, len, i, raw_end);
		if (nm_should_abort(ctx))
			return -1;
	}
	return most;
}

/*
 * Feeds buf to a push parser chunk by chunk; each chunk ends just before a
 * '<' when one is in its second half (libxml2 2.9's push parser can read a
 * tag cut in two differently from the one-call parser).  The growing
 * document is registered in ctx at every step, so an abort (or a longjmp
 * out of the hook) frees it.
 */
static nm_status
push_parse(nm_ctx *ctx, htmlParserCtxtPtr parser, const char *buf, size_t len)
{
	size_t		off = 0;

	while (off < len)
	{
		size_t		n = len - off > NM_HTML_CHUNK ? NM_HTML_CHUNK : len - off;

		if (off + n < len)
			for (size_t k = n; k > n / 2; k--)
				if (buf[off + k] == '<')
				{
					n = k;
					break;
				}
		htmlParseChunk(parser, buf + off, (int) n, 0);
		off += n;
		ctx->xml_doc = parser->myDoc;
		/* every chunk is long work: poll the hook itself, unthrottled */
		if (ctx->hooks.should_abort && ctx->hooks.should_abort(ctx->hooks.user))
			return NM_ERR_ABORTED;
	}
	htmlParseChunk(parser, NULL, 0, 1);
	ctx->xml_doc = parser->myDoc;
	return NM_OK;
}

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
	int			attrs;

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
	attrs = max_tag_attributes(ctx, buf, len, NM_HTML_MAX_ATTRS);
	if (attrs < 0)
		return NM_ERR_ABORTED;
	if (attrs > NM_HTML_MAX_ATTRS)
	{
		snprintf(ctx->errmsg, sizeof(ctx->errmsg),
				 "a tag has more than %d attributes", NM_HTML_MAX_ATTRS);
		return NM_ERR_TOO_LARGE;
	}
	if (len >= NM_HTML_PUSH_MIN)
	{
		parser = htmlCreatePushParserCtxt(NULL, NULL, NULL, 0, NULL,
										  XML_CHAR_ENCODING_UTF8);
		if (!parser)
			return NM_ERR_NOMEM;
		ctx->xml_parser = parser;
		htmlCtxtUseOptions(parser, NM_HTML_OPTIONS);
		rc = push_parse(ctx, parser, buf, len);
		if (rc != NM_OK)
			return rc;
	}
	else
	{
		parser = htmlCreateMemoryParserCtxt(buf, (int) len);
		if (!parser)
			return NM_ERR_NOMEM;
		ctx->xml_parser = parser;
		htmlCtxtUseOptions(parser, NM_HTML_OPTIONS);
		parser->charset = XML_CHAR_ENCODING_UTF8;
		htmlParseDocument(parser);
	}
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
