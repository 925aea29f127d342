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

/* Evidence that a '<' opens markup: strong alone, weak only in numbers. */
typedef enum sniff_kind
{
	SNIFF_NONE,
	SNIFF_WEAK,					/* a bare upper-case tag: "<P>", "<NAV>" */
	SNIFF_STRONG				/* "</p>", "<p class=x>", "<br/>", "<div>", "<!--" */
} sniff_kind;

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

static bool
is_tag_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/*
 * What the known tag at p ("<tag" or "</tag", case-insensitive) tells.  A
 * closing tag, attributes, "/>", or a tag name written in lower case is
 * markup; a bare upper-case "<P>" or "<NAV>" is also how wire copy writes
 * a ticker after a company's name ("PHILLIPS <P>"), so it is weak.
 * *tag is the index of the tag in sniff_tags.
 */
static sniff_kind
tag_at(const char *buf, size_t len, size_t p, size_t *tag)
{
	bool		closing = p + 1 < len && buf[p + 1] == '/';
	size_t		name = p + 1 + closing;

	for (size_t k = 0; k < sizeof(sniff_tags) / sizeof(sniff_tags[0]); k++)
	{
		size_t		n = strlen(sniff_tags[k]);
		size_t		i,
					e;
		bool		upper = false;

		if (name + n > len || (closing && sniff_tags[k][0] == '!'))
			continue;
		for (i = 0; i < n; i++)
		{
			char		c = buf[name + i];

			if (c >= 'A' && c <= 'Z')
			{
				c |= 0x20;
				upper = true;
			}
			if (c != sniff_tags[k][i])
				break;
		}
		if (i < n)
			continue;
		*tag = k;
		if (sniff_tags[k][0] == '!')
			return SNIFF_STRONG;	/* a comment or a doctype */
		e = name + n;
		if (e == len)
			return SNIFF_WEAK;
		if (closing && (buf[e] == '>' || is_tag_space(buf[e])))
			return SNIFF_STRONG;
		if (closing)
			continue;
		if (buf[e] == '/' && e + 1 < len && buf[e + 1] == '>')
			return SNIFF_STRONG;
		if (is_tag_space(buf[e]))
		{
			/* attributes: an '=' before the tag closes */
			size_t		q = e;

			while (q < len && is_tag_space(buf[q]))
				q++;
			if (q < len && buf[q] == '>')
				return upper ? SNIFF_WEAK : SNIFF_STRONG;
			if (q + 1 < len && buf[q] == '/' && buf[q + 1] == '>')
				return SNIFF_STRONG;
			for (; q < len && q - e < 256 && buf[q] != '>' && buf[q] != '<'; q++)
				if (buf[q] == '=')
					return SNIFF_STRONG;
			return SNIFF_NONE;
		}
		if (buf[e] == '>')
			return upper ? SNIFF_WEAK : SNIFF_STRONG;
	}
	return SNIFF_NONE;
}

bool
nm_looks_like_html(const char *buf, size_t len)
{
	size_t		i,
				end,
				tag,
				weak_tag = 0;
	int			weak_names = 0;

	if (!buf)
		return false;
	i = skip_bom_space(buf, len);
	if (i >= len)
		return false;
	/* a document that opens with a tag, a doctype, a comment or <?xml */
	if (buf[i] == '<' && i + 1 < len)
	{
		char		c = buf[i + 1];

		if (c == '!' || c == '?' || tag_at(buf, len, i, &tag) != SNIFF_NONE)
			return true;
	}
	/*
	 * markup within the first KB: one strong sign, or two different weak
	 * ones ("<P>…<BR>"); a ticker repeated ("<P>" … "<P>") stays text
	 */
	end = len < i + HTML_SNIFF_BYTES ? len : i + HTML_SNIFF_BYTES;
	for (size_t p = i; p < end; p++)
	{
		sniff_kind	k;

		if (buf[p] != '<')
			continue;
		k = tag_at(buf, end, p, &tag);
		if (k == SNIFF_STRONG)
			return true;
		if (k == SNIFF_WEAK && (weak_names == 0 || tag != weak_tag))
		{
			if (++weak_names >= 2)
				return true;
			weak_tag = tag;
		}
	}
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
