/*
 * article.c -- nm_parse_article: size limit, blank input, and the choice
 * between the HTML path and the plain-text layout parser.
 */
#include "nm_text.h"

#include <stdio.h>
#include <string.h>

#define HTML_SNIFF_BYTES 1024

/* Tags whose presence near the top means markup, not prose with a '<'. */
static const char *const sniff_tags[] = {
	"html", "head", "body", "p", "div", "article", "main", "section", "span",
	"br", "meta", "title", "table", "h1", "h2", "h3", "ul", "li", "a", "img",
	"script", "style", "link", "header", "footer", "nav", "!doctype", "!--",
};

static size_t
skip_bom_space(const char *buf, size_t len)
{
	size_t		i = 0;

	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\n' ||
					   buf[i] == '\r' || buf[i] == '\f' || buf[i] == '\v'))
		i++;
	return i;
}

/* "<tag" at p, case-insensitive, followed by '>', '/', a blank or the end. */
static bool
tag_at(const char *buf, size_t len, size_t p)
{
	for (size_t k = 0; k < sizeof(sniff_tags) / sizeof(sniff_tags[0]); k++)
	{
		size_t		n = strlen(sniff_tags[k]);
		size_t		i;

		if (p + 1 + n > len)
			continue;
		for (i = 0; i < n; i++)
		{
			char		c = buf[p + 1 + i];

			if (c >= 'A' && c <= 'Z')
				c |= 0x20;
			if (c != sniff_tags[k][i])
				break;
		}
		if (i < n)
			continue;
		if (sniff_tags[k][0] == '!' && sniff_tags[k][1] == '-')
			return true;
		if (p + 1 + n == len)
			return true;
		{
			char		c = buf[p + 1 + n];

			if (c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
				return true;
		}
	}
	return false;
}

bool
nm_looks_like_html(const char *buf, size_t len)
{
	size_t		i,
				end;

	if (!buf)
		return false;
	i = skip_bom_space(buf, len);
	if (i >= len)
		return false;
	/* a document that opens with a tag, a doctype, a comment or <?xml */
	if (buf[i] == '<' && i + 1 < len)
	{
		char		c = buf[i + 1];

		if (c == '!' || c == '?' || tag_at(buf, len, i))
			return true;
	}
	/* known tags within the first KB ("<X>" tickers in wire copy are not) */
	end = len < i + HTML_SNIFF_BYTES ? len : i + HTML_SNIFF_BYTES;
	for (size_t p = i; p < end; p++)
		if (buf[p] == '<' && tag_at(buf, end, p))
			return true;
	return false;
}

nm_status
nm_parse_article(nm_ctx *ctx, const char *buf, size_t len, nm_article *out)
{
	memset(out, 0, sizeof(*out));
	out->word_count = -1;
	if (ctx->max_input_size && len > ctx->max_input_size)
	{
		snprintf(ctx->errmsg, sizeof(ctx->errmsg),
				 "input of %zu bytes is above the limit of %zu bytes",
				 len, ctx->max_input_size);
		return NM_ERR_TOO_LARGE;
	}
	/* empty or blank input: a row of NULLs, not an error */
	if (!buf || skip_bom_space(buf, len) >= len)
		return NM_OK;
	if (nm_looks_like_html(buf, len))
		return nm_parse_html_article(ctx, buf, len, out);
	return nm_parse_text_article(ctx, buf, len, out);
}
