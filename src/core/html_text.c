/*
 * html_text.c -- text buffers and string helpers of the HTML path: whitespace
 * collapsing, subtree text, entity decoding, URL resolution, language tags.
 */
#include "nm_html.h"

#include <libxml/uri.h>

void
nm_buf_init(nm_buf *b, nm_ctx *ctx, size_t cap)
{
	b->ctx = ctx;
	b->len = 0;
	b->oom = false;
	b->cap = cap < 64 ? 64 : cap;
	b->data = nm_alloc(ctx, b->cap);
	if (!b->data)
	{
		b->oom = true;
		b->cap = 0;
	}
}

static bool
buf_reserve(nm_buf *b, size_t n)
{
	char	   *nd;
	size_t		ncap;

	if (b->oom)
		return false;
	if (b->len + n + 1 <= b->cap)
		return true;
	ncap = b->cap * 2;
	while (ncap < b->len + n + 1)
		ncap *= 2;
	nd = nm_alloc(b->ctx, ncap);
	if (!nd)
	{
		b->oom = true;
		return false;
	}
	memcpy(nd, b->data, b->len);
	b->data = nd;
	b->cap = ncap;
	return true;
}

void
nm_buf_put(nm_buf *b, const char *s, size_t n)
{
	if (!buf_reserve(b, n))
		return;
	memcpy(b->data + b->len, s, n);
	b->len += n;
}

void
nm_buf_put_cp(nm_buf *b, uint32_t cp)
{
	char		u[4];
	int			n;

	if (cp < 0x80)
	{
		u[0] = (char) cp;
		n = 1;
	}
	else if (cp < 0x800)
	{
		u[0] = (char) (0xC0 | (cp >> 6));
		u[1] = (char) (0x80 | (cp & 0x3F));
		n = 2;
	}
	else if (cp < 0x10000)
	{
		u[0] = (char) (0xE0 | (cp >> 12));
		u[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char) (0x80 | (cp & 0x3F));
		n = 3;
	}
	else
	{
		u[0] = (char) (0xF0 | (cp >> 18));
		u[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
		u[3] = (char) (0x80 | (cp & 0x3F));
		n = 4;
	}
	nm_buf_put(b, u, n);
}

void
nm_buf_putc(nm_buf *b, char c)
{
	if (!buf_reserve(b, 1))
		return;
	b->data[b->len++] = c;
}

/*
 * Byte length of a whitespace character at s (0 if none), and of characters
 * that are to vanish (zero-width, soft hyphen, BOM) as a negative number.
 */
static int
space_len(const unsigned char *s, size_t n)
{
	if (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r' ||
		s[0] == '\f' || s[0] == '\v')
		return 1;
	if (s[0] == 0xC2 && n >= 2)
	{
		if (s[1] == 0xA0)
			return 2;
		if (s[1] == 0xAD)
			return -2;
		return 0;
	}
	if (s[0] == 0xE2 && n >= 3)
	{
		if (s[1] == 0x80 && s[2] >= 0x80 && s[2] <= 0x8A)
			return 3;
		if (s[1] == 0x80 && (s[2] == 0xAF || s[2] == 0xA8 || s[2] == 0xA9))
			return 3;
		if (s[1] == 0x80 && s[2] >= 0x8B && s[2] <= 0x8D)
			return -3;
		if (s[1] == 0x81 && s[2] == 0x9F)
			return 3;
		if (s[1] == 0x81 && s[2] == 0xA0)
			return -3;
		return 0;
	}
	if (s[0] == 0xE3 && n >= 3 && s[1] == 0x80 && s[2] == 0x80)
		return 3;
	if (s[0] == 0xEF && n >= 3 && s[1] == 0xBB && s[2] == 0xBF)
		return -3;
	return 0;
}

void
nm_buf_put_collapsed(nm_buf *b, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		i = 0;

	if (!buf_reserve(b, n + 4))
		return;
	while (i < n)
	{
		int			sl = space_len(s + i, n - i);

		if (sl > 0)
		{
			if (b->len > 0 && b->data[b->len - 1] != ' ' && b->data[b->len - 1] != '\n')
				b->data[b->len++] = ' ';
			i += sl;
		}
		else if (sl < 0)
			i += -sl;
		else if (s[i] < 0x80)
		{
			if (s[i] >= 0x20 && s[i] != 0x7F)
				b->data[b->len++] = (char) s[i];
			i++;
		}
		else
		{
			size_t		adv;
			uint32_t	c = nm_utf8_decode((const char *) s + i, n - i, &adv);

			if (c >= 0x80 && c < 0xA0)
			{
				/* C1 controls never reach the output */
			}
			else if (c == 0xFFFD && adv == 1)
			{
				if (!buf_reserve(b, 3 + (n - i)))
					return;
				memcpy(b->data + b->len, "\xEF\xBF\xBD", 3);
				b->len += 3;
			}
			else
			{
				memcpy(b->data + b->len, s + i, adv);
				b->len += adv;
			}
			i += adv;
		}
	}
}

void
nm_buf_break(nm_buf *b, int newlines)
{
	int			have = 0;

	while (b->len > 0 && b->data[b->len - 1] == ' ')
		b->len--;
	if (b->len == 0)
		return;
	while (have < (int) b->len && b->data[b->len - 1 - have] == '\n')
		have++;
	while (have < newlines)
	{
		nm_buf_putc(b, '\n');
		have++;
	}
}

char *
nm_buf_finish(nm_buf *b)
{
	if (b->oom || !b->data)
		return NULL;
	while (b->len > 0 && (b->data[b->len - 1] == ' ' || b->data[b->len - 1] == '\n'))
		b->len--;
	b->data[b->len] = '\0';
	return b->data;
}

char *
nm_clean_text(nm_ctx *ctx, const char *s, size_t len)
{
	nm_buf		b;
	char	   *r;

	if (!s)
		return NULL;
	nm_buf_init(&b, ctx, len + 8);
	nm_buf_put_collapsed(&b, s, len);
	r = nm_buf_finish(&b);
	if (r && r[0] == ' ')
		r++;
	return (r && *r) ? r : NULL;
}

static bool
is_skip_tag(const char *name)
{
	return strcmp(name, "script") == 0 || strcmp(name, "style") == 0 ||
		strcmp(name, "noscript") == 0 || strcmp(name, "template") == 0 ||
		strcmp(name, "svg") == 0 || strcmp(name, "select") == 0 ||
		strcmp(name, "textarea") == 0 || strcmp(name, "button") == 0;
}

char *
nm_node_text(nm_ctx *ctx, xmlNodePtr node, size_t max_bytes)
{
	nm_buf		b;
	xmlNodePtr	n;
	char	   *r;

	/*
	 * nodes looked at: empty elements add no text, so without a bound every
	 * one of many nested wrappers ("<span>" x 200 around 10^5 "<i></i>")
	 * would walk them all (quadratic); real text has far fewer nodes than
	 * bytes
	 */
	size_t		budget = max_bytes * 4 + 256;

	if (!node)
		return NULL;
	nm_buf_init(&b, ctx, 128);
	if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
	{
		if (node->content)
			nm_buf_put_collapsed(&b, (const char *) node->content,
								 strlen((const char *) node->content));
		n = NULL;
	}
	else
		n = node->children;
	while (n && b.len < max_bytes && budget-- > 0)
	{
		bool		skip = false;

		if (nm_should_abort(ctx))
			return NULL;
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
		{
			if (n->content)
				nm_buf_put_collapsed(&b, (const char *) n->content,
									 strlen((const char *) n->content));
		}
		else if (n->type == XML_ELEMENT_NODE)
		{
			if (is_skip_tag((const char *) n->name) ||
				(n->_private && (((nm_node_info *) n->_private)->flags & NMF_HIDDEN)))
				skip = true;
			else if (strcmp((const char *) n->name, "br") == 0 ||
					 strcmp((const char *) n->name, "p") == 0 ||
					 strcmp((const char *) n->name, "div") == 0 ||
					 strcmp((const char *) n->name, "li") == 0)
				nm_buf_put_collapsed(&b, " ", 1);
		}
		n = nm_next_node(n, node, skip);
	}
	r = nm_buf_finish(&b);
	if (r && r[0] == ' ')
		r++;
	return (r && *r) ? r : NULL;
}

char *
nm_clean_value(nm_ctx *ctx, const char *s)
{
	char	   *d;

	if (!s)
		return NULL;
	d = nm_decode_entities(ctx, s);
	return d ? nm_clean_text(ctx, d, strlen(d)) : NULL;
}

bool
nm_ascii_ieq(const char *a, const char *b)
{
	return a && b && strlen(a) == strlen(b) && nm_ascii_istarts(a, b);
}

bool
nm_ascii_istarts(const char *s, const char *prefix)
{
	if (!s)
		return false;
	while (*prefix)
	{
		char		x = *s,
					y = *prefix;

		if (x >= 'A' && x <= 'Z')
			x += 32;
		if (y >= 'A' && y <= 'Z')
			y += 32;
		if (x != y)
			return false;
		s++;
		prefix++;
	}
	return true;
}

const char *
nm_ascii_istr(const char *hay, const char *needle)
{
	if (!hay)
		return NULL;
	for (; *hay; hay++)
		if (nm_ascii_istarts(hay, needle))
			return hay;
	return NULL;
}

char *
nm_attr(nm_ctx *ctx, xmlNodePtr node, const char *name)
{
	xmlAttrPtr	a;

	if (!node || node->type != XML_ELEMENT_NODE)
		return NULL;
	for (a = node->properties; a; a = a->next)
	{
		if (a->name && nm_ascii_ieq((const char *) a->name, name))
		{
			xmlNodePtr	t = a->children;

			if (t && t->type == XML_TEXT_NODE && t->content && !t->next)
				return (char *) t->content;
			if (!t)
				return (char *) "";
			return nm_node_text(ctx, (xmlNodePtr) a, 4096);
		}
	}
	return NULL;
}

static bool
is_http_url(const char *u)
{
	const char *host;

	if (nm_ascii_istarts(u, "http://"))
		host = u + 7;
	else if (nm_ascii_istarts(u, "https://"))
		host = u + 8;
	else
		return false;
	return *host && *host != '/' && *host != '?' && *host != '#';
}

/* "HTTP://x" -> "http://x": the scheme of an output URL is lowercase. */
static char *
lower_scheme(char *u)
{
	if (u)
		for (char *p = u; *p && *p != ':'; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p = (char) (*p + 32);
	return u;
}

/* Trimmed copy without control characters, inner spaces as %20; NULL if empty. */
static char *
clean_url(nm_ctx *ctx, const char *u)
{
	nm_buf		b;
	char	   *clean;

	nm_buf_init(&b, ctx, strlen(u) + 8);
	for (const char *p = u; *p; p++)
	{
		unsigned char c = (unsigned char) *p;

		if (c < 0x20 || c == 0x7F)
			continue;
		if (c == ' ')
		{
			if (b.len > 0)
				nm_buf_put(&b, "%20", 3);
		}
		else
			nm_buf_putc(&b, (char) c);
	}
	clean = nm_buf_finish(&b);
	if (!clean)
		return NULL;
	while (b.len >= 3 && strcmp(clean + b.len - 3, "%20") == 0)
		clean[b.len -= 3] = '\0';
	return *clean ? clean : NULL;
}

static char *
resolve_url(nm_ctx *ctx, const char *base, const char *ref)
{
	char	   *clean;
	xmlChar    *built;
	char	   *r = NULL;

	if (!ref || !(clean = clean_url(ctx, ref)) || clean[0] == '#')
		return NULL;
	if (is_http_url(clean))
		return nm_utf8_valid(clean, strlen(clean)) ? lower_scheme(clean) : NULL;
	if (base && !(base = clean_url(ctx, base)))
		return NULL;
	if (clean[0] == '/' && clean[1] == '/')
	{
		/* protocol-relative: the base's scheme, else https */
		bool		plain = base && nm_ascii_istarts(base, "http://");
		char	   *u = nm_alloc(ctx, strlen(clean) + 8);

		if (!u)
			return NULL;
		strcpy(u, plain ? "http:" : "https:");
		strcat(u, clean);
		return is_http_url(u) && nm_utf8_valid(u, strlen(u)) ? u : NULL;
	}
	if (!base || !is_http_url(base) ||
		(strchr(clean, ':') != NULL && strcspn(clean, ":") < strcspn(clean, "/?#")))
		return NULL;			/* mailto:, javascript:, no base */
	built = xmlBuildURI((const xmlChar *) clean, (const xmlChar *) base);
	if (built)
	{
		/* the result goes through the cleaner again: libxml2 may unescape */
		if (is_http_url((const char *) built) &&
			nm_utf8_valid((const char *) built, strlen((const char *) built)))
			r = lower_scheme(clean_url(ctx, (const char *) built));
		xmlFree(built);
	}
	return r;
}

/* An absolute http(s) URL for ref, or NULL; never longer than NM_MAX_URL_LEN. */
char *
nm_resolve_url(nm_ctx *ctx, const char *base, const char *ref)
{
	char	   *u = resolve_url(ctx, base, ref);

	return u && strlen(u) <= NM_MAX_URL_LEN ? u : NULL;
}

char *
nm_decode_entities(nm_ctx *ctx, const char *s)
{
	nm_buf		b;

	if (!s)
		return NULL;
	if (!strchr(s, '&'))
		return (char *) s;
	nm_buf_init(&b, ctx, strlen(s) + 8);
	while (*s)
	{
		if (*s == '&')
		{
			const char *semi = strchr(s, ';');
			uint32_t	cp = 0;
			bool		ok = false;

			if (semi && semi - s <= 10 && semi - s >= 3)
			{
				if (s[1] == '#')
				{
					char	   *end;
					unsigned long v;

					if (s[2] == 'x' || s[2] == 'X')
						v = strtoul(s + 3, &end, 16);
					else
						v = strtoul(s + 2, &end, 10);
					if (end == semi && v > 0 && v <= 0x10FFFF &&
						!(v >= 0xD800 && v <= 0xDFFF))
					{
						cp = (uint32_t) v;
						ok = true;
					}
				}
				else
				{
					char		name[12];
					const htmlEntityDesc *e;

					memcpy(name, s + 1, semi - s - 1);
					name[semi - s - 1] = '\0';
					e = htmlEntityLookup((const xmlChar *) name);
					if (e)
					{
						cp = e->value;
						ok = true;
					}
					else if (strcmp(name, "apos") == 0)
					{
						cp = '\'';
						ok = true;
					}
				}
			}
			if (ok)
			{
				nm_buf_put_cp(&b, cp);
				s = semi + 1;
				continue;
			}
		}
		nm_buf_putc(&b, *s);
		s++;
	}
	return nm_buf_finish(&b);
}

const char *
nm_norm_lang(nm_ctx *ctx, const char *tag)
{
	char		l[3];

	if (!tag)
		return NULL;
	while (*tag == ' ')
		tag++;
	if (!((tag[0] | 32) >= 'a' && (tag[0] | 32) <= 'z' &&
		  (tag[1] | 32) >= 'a' && (tag[1] | 32) <= 'z'))
		return NULL;
	if (tag[2] != '\0' && tag[2] != '-' && tag[2] != '_' && tag[2] != ' ' &&
		tag[2] != ',' && tag[2] != ';')
		return NULL;
	l[0] = (char) (tag[0] | 32);
	l[1] = (char) (tag[1] | 32);
	l[2] = '\0';
	return nm_strdup(ctx, l);
}

int
nm_text_weight(const char *str, size_t len, int *commas)
{
	const unsigned char *s = (const unsigned char *) str;
	int			n = 0;
	bool		in_space = true;
	size_t		i = 0;

	while (i < len)
	{
		int			sl = space_len(s + i, len - i);

		if (sl > 0)
		{
			if (!in_space)
				n++;
			in_space = true;
			i += sl;
			continue;
		}
		if (sl < 0)
		{
			i += -sl;
			continue;
		}
		in_space = false;
		if (s[i] == ',' && commas)
			(*commas)++;
		else if (commas && s[i] == 0xEF && i + 2 < len && s[i + 1] == 0xBC && s[i + 2] == 0x8C)
			(*commas)++;		/* fullwidth comma */
		else if (commas && s[i] == 0xE3 && i + 2 < len && s[i + 1] == 0x80 && s[i + 2] == 0x81)
			(*commas)++;		/* ideographic comma */
		if ((s[i] & 0xC0) != 0x80)
			n++;
		i++;
	}
	return n;
}
