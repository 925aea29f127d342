/*
 * json.c -- a small lenient JSON parser for JSON-LD blocks: iterative with an
 * explicit stack bounded by ctx->max_depth, values allocated in the arena.
 */
#include "nm_html.h"

#include <stdlib.h>

typedef struct json_parser
{
	nm_ctx	   *ctx;
	const char *s;
	size_t		len;
	size_t		pos;
} json_parser;

static void
skip_ws(json_parser *p)
{
	while (p->pos < p->len)
	{
		char		c = p->s[p->pos];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
			p->pos++;
		else if (c == '/' && p->pos + 1 < p->len && p->s[p->pos + 1] == '*')
		{
			/* comments and CDATA wrappers occur in real JSON-LD blocks */
			const char *e = NULL;

			for (size_t i = p->pos + 2; i + 1 < p->len; i++)
				if (p->s[i] == '*' && p->s[i + 1] == '/')
				{
					e = p->s + i;
					break;
				}
			p->pos = e ? (size_t) (e - p->s) + 2 : p->len;
		}
		else if (c == '/' && p->pos + 1 < p->len && p->s[p->pos + 1] == '/')
		{
			while (p->pos < p->len && p->s[p->pos] != '\n')
				p->pos++;
		}
		else
			break;
	}
}

static int
hex4(const char *s)
{
	int			v = 0;

	for (int i = 0; i < 4; i++)
	{
		char		c = s[i];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if ((c | 32) >= 'a' && (c | 32) <= 'f')
			v |= (c | 32) - 'a' + 10;
		else
			return -1;
	}
	return v;
}

/* Parses a string at p->pos (which is at the quote); NULL on error. */
static char *
parse_string(json_parser *p)
{
	char		q = p->s[p->pos];
	nm_buf		b;

	p->pos++;
	nm_buf_init(&b, p->ctx, 32);
	while (p->pos < p->len)
	{
		char		c = p->s[p->pos];

		if (c == q)
		{
			p->pos++;
			return nm_buf_finish(&b) ? b.data : NULL;
		}
		if (c == '\\' && p->pos + 1 < p->len)
		{
			char		e = p->s[p->pos + 1];

			p->pos += 2;
			switch (e)
			{
				case 'n':
				case 'r':
				case 't':
					nm_buf_putc(&b, ' ');
					break;
				case 'b':
				case 'f':
					break;
				case 'u':
					if (p->pos + 4 <= p->len && hex4(p->s + p->pos) >= 0)
					{
						uint32_t	cp = (uint32_t) hex4(p->s + p->pos);

						p->pos += 4;
						if (cp >= 0xD800 && cp <= 0xDBFF && p->pos + 6 <= p->len &&
							p->s[p->pos] == '\\' && p->s[p->pos + 1] == 'u' &&
							hex4(p->s + p->pos + 2) >= 0xDC00 &&
							hex4(p->s + p->pos + 2) <= 0xDFFF)
						{
							cp = 0x10000 + ((cp - 0xD800) << 10) +
								((uint32_t) hex4(p->s + p->pos + 2) - 0xDC00);
							p->pos += 6;
						}
						if (cp >= 0xD800 && cp <= 0xDFFF)
							cp = 0xFFFD;
						if (cp >= 0x20)
							nm_buf_put_cp(&b, cp);
						else
							nm_buf_putc(&b, ' ');
					}
					break;
				default:
					nm_buf_putc(&b, e);
			}
			continue;
		}
		/* raw control characters inside strings happen; keep them as space */
		nm_buf_putc(&b, ((unsigned char) c < 0x20) ? ' ' : c);
		p->pos++;
	}
	return NULL;
}

static nm_json *
new_value(json_parser *p, nm_json_type t)
{
	nm_json    *v = nm_alloc(p->ctx, sizeof(nm_json));

	if (v)
		v->type = t;
	return v;
}

static void
append(nm_json *parent, nm_json *v)
{
	if (parent->last)
		parent->last->next = v;
	else
		parent->child = v;
	parent->last = v;
}

/*
 * Parse a scalar at p->pos; containers are handled by the caller.  Unknown
 * barewords (undefined, NaN) become null so that one odd value does not lose
 * the whole block.
 */
static nm_json *
parse_scalar(json_parser *p)
{
	char		c = p->s[p->pos];
	nm_json    *v;

	if (c == '"' || c == '\'')
	{
		char	   *s = parse_string(p);

		if (!s)
			return NULL;
		v = new_value(p, NM_JSON_STR);
		if (v)
			v->str = s;
		return v;
	}
	if (c == '-' || (c >= '0' && c <= '9'))
	{
		size_t		st = p->pos;

		p->pos++;
		while (p->pos < p->len && strchr("0123456789.eE+-", p->s[p->pos]))
			p->pos++;
		v = new_value(p, NM_JSON_NUM);
		if (v)
			v->str = nm_strndup(p->ctx, p->s + st, p->pos - st);
		return v;
	}
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
	{
		size_t		st = p->pos;

		while (p->pos < p->len && ((p->s[p->pos] | 32) >= 'a' && (p->s[p->pos] | 32) <= 'z'))
			p->pos++;
		if (p->pos - st == 4 && strncmp(p->s + st, "true", 4) == 0)
		{
			v = new_value(p, NM_JSON_BOOL);
			if (v)
				v->b = true;
			return v;
		}
		if (p->pos - st == 5 && strncmp(p->s + st, "false", 5) == 0)
			return new_value(p, NM_JSON_BOOL);
		return new_value(p, NM_JSON_NULL);
	}
	return NULL;
}

nm_json *
nm_json_parse(nm_ctx *ctx, const char *s, size_t len)
{
	json_parser p = {ctx, s, len, 0};
	nm_json   **stack;
	int			depth = 0;
	int			max_depth = ctx->max_depth > 0 ? ctx->max_depth : 64;
	nm_json    *root = NULL;

	stack = nm_alloc(ctx, sizeof(nm_json *) * (max_depth + 1));
	if (!stack)
		return NULL;
	skip_ws(&p);
	/* tolerate <!-- --> and CDATA wrappers around the block */
	if (p.pos + 4 <= len && strncmp(s + p.pos, "<!--", 4) == 0)
		p.pos += 4;
	if (p.pos + 9 <= len && strncmp(s + p.pos, "<![CDATA[", 9) == 0)
		p.pos += 9;

	for (;;)
	{
		nm_json    *v = NULL;
		nm_json    *top;
		char		c;

		if (nm_should_abort(ctx))
			return NULL;
		skip_ws(&p);
		if (p.pos >= len)
			break;
		c = s[p.pos];
		top = depth > 0 ? stack[depth - 1] : NULL;

		if (c == ',' && top)
		{
			p.pos++;
			continue;
		}
		if ((c == '}' || c == ']') && top)
		{
			p.pos++;
			depth--;
			if (depth == 0)
				return top;
			continue;
		}
		if (root && depth == 0)
			break;

		/* a member name inside an object */
		{
			char	   *key = NULL;

			if (top && top->type == NM_JSON_OBJ)
			{
				if (c != '"' && c != '\'')
				{
					/* bareword key: read up to ':' */
					size_t		st = p.pos;

					while (p.pos < len && s[p.pos] != ':' && s[p.pos] != '}' &&
						   s[p.pos] != ',')
						p.pos++;
					if (p.pos >= len || s[p.pos] != ':')
						return root;
					key = nm_strndup(ctx, s + st, p.pos - st);
				}
				else
				{
					key = parse_string(&p);
					if (!key)
						return root;
					skip_ws(&p);
					if (p.pos >= len || s[p.pos] != ':')
						return root;
				}
				p.pos++;
				skip_ws(&p);
				if (p.pos >= len)
					return root;
				c = s[p.pos];
			}

			if (c == '{' || c == '[')
			{
				p.pos++;
				v = new_value(&p, c == '{' ? NM_JSON_OBJ : NM_JSON_ARR);
				if (!v)
					return NULL;
				v->key = key;
				if (top)
					append(top, v);
				else
					root = v;
				if (depth >= max_depth)
					return root;	/* too deep: keep what we have */
				stack[depth++] = v;
				continue;
			}
			v = parse_scalar(&p);
			if (!v)
				return root;
			v->key = key;
			if (top)
				append(top, v);
			else
				return v;
		}
	}
	return root;
}

nm_json *
nm_json_get(const nm_json *obj, const char *key)
{
	if (!obj || obj->type != NM_JSON_OBJ)
		return NULL;
	for (nm_json *m = obj->child; m; m = m->next)
		if (m->key && strcmp(m->key, key) == 0)
			return m;
	return NULL;
}
