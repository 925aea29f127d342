/*
 * nm_entities_cli.c -- runs the core's entity, quote and figure extractors
 * over NUL-separated texts on stdin, one JSON object per text on stdout.
 */
#include "newsminer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
json_str(const char *s)
{
	if (!s)
	{
		fputs("null", stdout);
		return;
	}
	putchar('"');
	for (; *s; s++)
	{
		unsigned char c = (unsigned char) *s;

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

static void
json_span(const char *s, size_t n)
{
	char	   *copy = malloc(n + 1);

	memcpy(copy, s, n);
	copy[n] = '\0';
	json_str(copy);
	free(copy);
}

static void
run_one(const char *text, size_t len)
{
	nm_ctx		ctx;
	nm_entity_mention *m;
	nm_quote   *q;
	nm_figure  *f;
	int			n;

	nm_ctx_init(&ctx, NULL);
	fputs("{\"entities\": [", stdout);
	if (nm_extract_entities(&ctx, text, len, &m, &n) == NM_OK)
		for (int i = 0; i < n; i++)
		{
			printf("%s{\"entity\": ", i ? ", " : "");
			json_str(m[i].entity);
			fputs(", \"kind\": ", stdout);
			json_str(m[i].kind);
			fputs(", \"code\": ", stdout);
			json_str(m[i].code);
			fputs(", \"role\": ", stdout);
			json_str(m[i].role);
			fputs(", \"matched\": ", stdout);
			json_span(text + m[i].byte_start, m[i].byte_len);
			printf(", \"char_start\": %zu}", m[i].char_start);
		}
	fputs("], \"quotes\": [", stdout);
	if (nm_extract_quotes(&ctx, text, len, &q, &n) == NM_OK)
		for (int i = 0; i < n; i++)
		{
			printf("%s{\"quote\": ", i ? ", " : "");
			json_str(q[i].quote);
			fputs(", \"speaker\": ", stdout);
			json_str(q[i].speaker);
			fputs(", \"speaker_role\": ", stdout);
			json_str(q[i].speaker_role);
			printf(", \"char_start\": %zu}", q[i].char_start);
		}
	fputs("], \"figures\": [", stdout);
	if (nm_extract_figures(&ctx, text, len, &f, &n) == NM_OK)
		for (int i = 0; i < n; i++)
		{
			printf("%s{\"kind\": ", i ? ", " : "");
			json_str(f[i].kind);
			fputs(", \"value\": ", stdout);
			json_str(f[i].value);
			fputs(", \"unit\": ", stdout);
			json_str(f[i].unit);
			fputs(", \"currency\": ", stdout);
			json_str(f[i].currency);
			fputs(", \"per_unit\": ", stdout);
			json_str(f[i].per_unit);
			fputs(", \"mineral\": ", stdout);
			json_str(f[i].mineral);
			fputs(", \"matched\": ", stdout);
			json_span(text + f[i].byte_start, f[i].byte_len);
			putchar('}');
		}
	fputs("]}\n", stdout);
	nm_ctx_free(&ctx);
}

int
main(void)
{
	size_t		cap = 1 << 16,
				len = 0;
	char	   *buf = malloc(cap);
	int			c;

	while ((c = getchar()) != EOF)
	{
		if (c == '\0')
		{
			run_one(buf, len);
			len = 0;
			continue;
		}
		if (len + 1 >= cap)
			buf = realloc(buf, cap *= 2);
		buf[len++] = (char) c;
	}
	if (len > 0)
		run_one(buf, len);
	free(buf);
	return 0;
}
