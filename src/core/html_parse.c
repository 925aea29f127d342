/*
 * html_parse.c -- nm_parse_html_article: parses the page with libxml2, runs
 * the collection walk, the metadata cascade, content and related extraction.
 */
#include "nm_html.h"
#include "nm_ascii.h"

#include <stdio.h>

#include <libxml/SAX2.h>
#include <libxml/chvalid.h>

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
 * call, and even a page of tags at the limit costs time linear in the
 * limit (n^2 per tag of n attributes, n per byte).  The most on one tag in
 * the 577 pages of both corpora is 64 (README, "Bad input"): refuse more
 * than 500 up front.
 */
#define NM_HTML_MAX_ATTRS	500

/* libxml2 2.9's htmlParseHTMLName reads names in pieces of at most this. */
#define NM_HTML_NAME_MAX	100

static bool
is_tag_letter(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* The character classes of libxml2 2.9's start-tag parser. */
static bool
is_name_start(unsigned char c)
{
	return is_tag_letter(c) || c == '_' || c == ':' || c == '.';
}

static bool
is_name_char(unsigned char c)
{
	return is_name_start(c) || nm_ascii_isdigit(c) || c == '-';
}

static bool
is_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool
at_tag_end(const char *buf, size_t len, size_t i)
{
	return i >= len || buf[i] == '>' || (buf[i] == '/' && i + 1 < len && buf[i + 1] == '>');
}

static size_t
skip_name(const char *buf, size_t len, size_t i)
{
	for (int k = 0; k < NM_HTML_NAME_MAX && i < len && is_name_char((unsigned char) buf[i]); k++)
		i++;
	return i;
}

static size_t
skip_blanks(const char *buf, size_t len, size_t i)
{
	while (i < len && is_blank((unsigned char) buf[i]))
		i++;
	return i;
}

/*
 * Attributes libxml2 2.9 reads in the start tag whose name starts at *pos,
 * counted the way htmlParseStartTag reads them (stops at limit + 1): a
 * name starts with a letter, '_', ':' or '.' and is read 100 characters at
 * a time; a quote opens a value only after '=' (a stray one is junk up to
 * the next blank, as is anything else that starts no name); no blank is
 * needed between a value and the next name.  *pos is left at the tag's
 * '>' (or "/>", or the end); *self_closed says it ended with "/>".
 */
static int
tag_attributes(const char *buf, size_t len, size_t *pos, int limit,
			   bool *self_closed)
{
	size_t		i = skip_blanks(buf, len, skip_name(buf, len, *pos));
	int			n = 0;

	while (!at_tag_end(buf, len, i) && n <= limit)
	{
		if (is_name_start((unsigned char) buf[i]))
		{
			i = skip_blanks(buf, len, skip_name(buf, len, i));
			n++;
			if (i < len && buf[i] == '=')
			{
				i = skip_blanks(buf, len, i + 1);
				if (i < len && (buf[i] == '"' || buf[i] == '\''))
				{
					const char *q = memchr(buf + i + 1, buf[i], len - i - 1);

					i = q ? (size_t) (q - buf) + 1 : len;
				}
				else
					while (i < len && !is_blank((unsigned char) buf[i]) && buf[i] != '>')
						i++;
			}
		}
		else
			while (!at_tag_end(buf, len, i) && !is_blank((unsigned char) buf[i]))
				i++;
		i = skip_blanks(buf, len, i);
	}
	*self_closed = i < len && buf[i] == '/';
	*pos = i;
	return n;
}

/* Does a name start at i, by htmlParseName's rule (a letter, '_' or ':')?
 * "<?" before it opens a processing instruction, else it is text. */
static bool
pi_target_at(const char *buf, size_t len, size_t i)
{
	unsigned char c = i < len ? (unsigned char) buf[i] : 0;
	size_t		adv;
	uint32_t	cp;

	if (c < 0x80)
		return is_tag_letter(c) || c == '_' || c == ':';
	cp = nm_utf8_decode(buf + i, len - i, &adv);
	return xmlIsBaseCharQ(cp) || xmlIsIdeographicQ(cp);
}

/* Where a comment whose text starts at i ends for libxml2 2.9: at the
 * first "-->" or "--!>" (len if none). */
static size_t
comment_end(const char *buf, size_t len, size_t i)
{
	while (i + 2 < len)
	{
		const char *d = memchr(buf + i, '-', len - i - 2);

		if (!d)
			break;
		i = (size_t) (d - buf);
		if (buf[i + 1] == '-' &&
			(buf[i + 2] == '>' || (i + 3 < len && buf[i + 2] == '!' && buf[i + 3] == '>')))
			return i;
		i++;
	}
	return len;
}

/* Blanks buf[from, to) in the page copy *clean (made on first use). */
static bool
blank_range(nm_ctx *ctx, const char *buf, size_t len, char **clean,
			size_t from, size_t to)
{
	if (!*clean)
	{
		if (!(*clean = nm_alloc(ctx, len + 1)))
			return false;
		memcpy(*clean, buf, len);
		(*clean)[len] = '\0';
	}
	memset(*clean + from, ' ', to - from);
	return true;
}

/*
 * Searches that found no terminator up to the end of the page: a later
 * search for the same terminator would fail too, so it is not repeated
 * (keeps the scan linear on "<![CDATA[" repeated without "]]>").
 */
typedef struct junk_scan
{
	bool		no_cdata_end;
	bool		no_subset_end;
	bool		no_gt;
} junk_scan;

/*
 * End of the markup declaration "<!..." at i that libxml2 would show as
 * text; sets *from (where blanking starts) or returns 0 if it shows none:
 * a CDATA section up to its "]]>" (in HTML it holds script or template
 * code), the internal subset "[...]" of a doctype (libxml2 ends the doctype
 * at its first '>' and prints the rest, "]>"), any other "<!x...>" (a
 * browser's bogus comment: conditional-comment markers "<![if IE]>") up to
 * its first '>'.
 */
static size_t
junk_declaration(const char *buf, size_t len, size_t i, size_t *from,
				 junk_scan *js)
{
	size_t		e;

	*from = i;
	if (nm_ascii_starts_ci(buf + i, len - i, "<![cdata[") && !js->no_cdata_end)
	{
		e = nm_ascii_find_ci(buf, len, i + 9, "]]>");
		if (e < len)
			return e + 3;
		js->no_cdata_end = true;
	}
	else if (nm_ascii_starts_ci(buf + i, len - i, "<!doctype"))
	{
		char		quote = 0;

		/* a doctype's name and identifiers are short: look 1 KB ahead */
		for (e = i + 9; e < len && e < i + 1024; e++)
		{
			if (quote)
				quote = buf[e] == quote ? 0 : quote;
			else if (buf[e] == '"' || buf[e] == '\'')
				quote = buf[e];
			else if (buf[e] == '>')
				return 0;
			else if (buf[e] == '[')
				break;
		}
		if (e >= len || buf[e] != '[')
			return 0;
		*from = e;
		for (; e < len && !js->no_subset_end; e++)
		{
			if (buf[e] == ']')
			{
				size_t		k = e + 1;

				while (k < len && (buf[k] == ' ' || buf[k] == '\n' ||
								   buf[k] == '\r' || buf[k] == '\t'))
					k++;
				if (k < len && buf[k] == '>')
					return e + 1;
			}
		}
		js->no_subset_end = true;
		return 0;
	}
	if (js->no_gt)
		return 0;
	e = i + 2;
	while (e < len && buf[e] != '>')
		e++;
	if (e < len)
		return e + 1;
	js->no_gt = true;
	return 0;
}

/*
 * Attribute count of the busiest start tag (a linear scan that reads tags
 * as libxml2 2.9 does, see tag_attributes); stops counting at limit + 1.
 * It skips what libxml2 does not read as tags: comments, processing
 * instructions, the inside of end tags and the raw text of <script> and
 * <style>, where minified code like "a<b&&c" would otherwise count as one
 * huge tag -- but only where libxml2 surely skips it too.  The same scan
 * blanks markup declarations libxml2 would print as text (see
 * junk_declaration) in a copy of the page, *clean (NULL when none).
 * Returns -1 when aborted, -2 when out of memory.
 */
static int
max_tag_attributes(nm_ctx *ctx, const char *buf, size_t len, int limit,
				   char **clean)
{
	int			most = 0;
	size_t		i = 0,
				plain_until = 0;
	junk_scan	js = {false, false, false};

	*clean = NULL;

	while (i + 1 < len)
	{
		const char *lt = memchr(buf + i, '<', len - i - 1);
		size_t		name,
					name_len;
		const char *raw_end = NULL;
		int			n;
		bool		self_closed,
					plain;

		if (!lt)
			break;
		i = (size_t) (lt - buf);

		/*
		 * Up to plain_until, libxml2's reading is uncertain (a doctype, or
		 * raw text that opens with an end tag that may close it): start
		 * tags are counted there, but nothing is skipped as a comment,
		 * raw text or end tag, so no tag libxml2 may read goes uncounted.
		 */
		plain = i < plain_until;
		if (!plain && nm_ascii_starts_ci(buf + i, len - i, "<!--"))
		{
			i = comment_end(buf, len, i + 4);
			continue;
		}
		if (!plain && buf[i + 1] == '!')
		{
			size_t		from,
						end = junk_declaration(buf, len, i, &from, &js);

			if (end > from && !blank_range(ctx, buf, len, clean, from, end))
				return -2;
			if (end <= i && nm_ascii_starts_ci(buf + i, len - i, "<!doctype"))
			{
				/* libxml2 may take all up to the first '>' in it, or not */
				const char *gt = memchr(buf + i, '>', len - i);

				plain_until = gt ? (size_t) (gt - buf) + 1 : len;
				/* and a "</" right after a misplaced one is text to it */
				if (plain_until + 1 < len && buf[plain_until] == '<' &&
					buf[plain_until + 1] == '/')
					plain_until++;
			}
			i = end > i ? end : i + 1;
			continue;
		}
		if (!plain && buf[i + 1] == '?' && pi_target_at(buf, len, i + 2))
		{
			/* a processing instruction: libxml2 ends it at the first '>' */
			const char *gt = memchr(buf + i, '>', len - i);

			i = gt ? (size_t) (gt - buf) + 1 : len;
			continue;
		}
		if (!plain && buf[i + 1] == '/' && i + 2 < len &&
			is_name_start((unsigned char) buf[i + 2]))
		{
			/* an end tag: libxml2 takes everything up to its '>' in it */
			const char *gt = memchr(buf + i, '>', len - i);

			i = gt ? (size_t) (gt - buf) + 1 : len;
			continue;
		}
		if (!is_tag_letter((unsigned char) buf[i + 1]))
		{
			i++;
			continue;
		}
		name = i + 1;
		name_len = skip_name(buf, len, name) - name;
		/* only these two elements hold raw text up to their end tag */
		if (name_len == 6 && nm_ascii_starts_ci(buf + name, len - name, "script"))
			raw_end = "</script";
		else if (name_len == 5 && nm_ascii_starts_ci(buf + name, len - name, "style"))
			raw_end = "</style";
		i = name;
		n = tag_attributes(buf, len, &i, limit, &self_closed);
		if (n > limit)
			return n;
		if (n > most)
			most = n;
		if (raw_end && !self_closed && !plain)
		{
			size_t		end = nm_ascii_find_ci(buf, len, i, raw_end);

			/* raw text that opens with an end tag may be closed by it */
			if (i + 2 < len && buf[i + 1] == '<' && buf[i + 2] == '/')
				plain_until = end;
			else
				i = end;
		}
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

/*
 * Does the extraction read this <script>'s text?  Only JSON-LD: a type with
 * "ld+json", or an untyped script whose text starts with '{' or '[' (the
 * collection walk then looks for schema.org in it).  Anything else -- the
 * page's JavaScript, often larger than the article -- is never read.
 */
static bool
script_text_needed(xmlNodePtr n)
{
	const char *body = (n->children && n->children->content) ?
	(const char *) n->children->content : NULL;

	for (xmlAttrPtr a = n->properties; a; a = a->next)
	{
		xmlNodePtr	t = a->children;

		if (!a->name || !nm_ascii_ieq((const char *) a->name, "type"))
			continue;
		if (!t)
			return false;		/* type="": not JSON-LD */
		if (t->type != XML_TEXT_NODE || !t->content || t->next)
			return true;		/* unusual value: keep, to be safe */
		return nm_ascii_istr((const char *) t->content, "ld+json") != NULL;
	}
	while (body && (*body == ' ' || *body == '\n' || *body == '\t' || *body == '\r'))
		body++;
	return body && (*body == '{' || *body == '[');
}

/*
 * SAX end of an element: drop the text of <style> and of scripts nobody
 * reads as soon as they close, so the DOM never holds all of them at once
 * (peak memory; the walks skip both elements anyway).
 */
static void
end_element(void *user, const xmlChar *name)
{
	htmlParserCtxtPtr parser = (htmlParserCtxtPtr) user;
	xmlNodePtr	n = parser->node;

	if (n && n->type == XML_ELEMENT_NODE && n->children && n->name &&
		xmlStrEqual(n->name, name) &&
		(xmlStrEqual(name, BAD_CAST "style") ||
		 (xmlStrEqual(name, BAD_CAST "script") && !script_text_needed(n))))
	{
		while (n->children)
		{
			xmlNodePtr	c = n->children;

			xmlUnlinkNode(c);
			xmlFreeNode(c);
		}
	}
	xmlSAX2EndElement(user, name);
}

nm_status
nm_parse_html_article(nm_ctx *ctx, const char *buf, size_t len, nm_article *out)
{
	htmlParserCtxtPtr parser;
	xmlDocPtr	doc;
	nm_page		pg;
	nm_status	rc;
	int			attrs;
	char	   *clean;

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
	attrs = max_tag_attributes(ctx, buf, len, NM_HTML_MAX_ATTRS, &clean);
	if (attrs < 0)
		return attrs == -1 ? NM_ERR_ABORTED : NM_ERR_NOMEM;
	if (clean)
		buf = clean;
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
		parser->sax->endElement = end_element;
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
		parser->sax->endElement = end_element;
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
	if (rc == NM_OK)
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
