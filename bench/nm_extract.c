/*
 * nm_extract.c -- core-only command line extractor: raw page bytes in, one
 * JSON object per page out (used by bench/eval_extraction.py and benches).
 *
 * Usage: nm_extract [--text-only] FILE...   ("-" reads standard input)
 *
 * Output: one line per file, a JSON object with these members
 *   file, status ("ok" or the error), charset (detected),
 *   title, description, publisher, site_name, authors [..],
 *   published_at, modified_at ("YYYY-MM-DDTHH:MM:SSZ" UTC or null),
 *   section, tags [..], dateline, agency, lead, body, language,
 *   word_count, url, image, related [{title, url, published_at}],
 *   source_format ("html"/"text").
 * Missing values are null.  Strings are JSON-escaped UTF-8.
 * Each file is read as raw bytes, converted with nm_bytes_to_utf8 and
 * parsed with nm_parse_article.
 */
#include "newsminer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void
put_str(FILE *f, const char *s)
{
	if (!s)
	{
		fputs("null", f);
		return;
	}
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *) s; *p; p++)
	{
		switch (*p)
		{
			case '"':
				fputs("\\\"", f);
				break;
			case '\\':
				fputs("\\\\", f);
				break;
			case '\n':
				fputs("\\n", f);
				break;
			case '\t':
				fputs("\\t", f);
				break;
			case '\r':
				fputs("\\r", f);
				break;
			default:
				if (*p < 0x20)
					fprintf(f, "\\u%04x", *p);
				else
					fputc(*p, f);
		}
	}
	fputc('"', f);
}

static void
put_time(FILE *f, nm_time t)
{
	time_t		secs;
	struct tm	tm;
	char		buf[40];

	if (!t.valid)
	{
		fputs("null", f);
		return;
	}
	secs = (time_t) (t.usec / 1000000);
	gmtime_r(&secs, &tm);
	strftime(buf, sizeof(buf), "\"%Y-%m-%dT%H:%M:%SZ\"", &tm);
	fputs(buf, f);
}

static void
put_list(FILE *f, char **v, int n)
{
	fputc('[', f);
	for (int i = 0; i < n; i++)
	{
		if (i)
			fputc(',', f);
		put_str(f, v[i]);
	}
	fputc(']', f);
}

static char *
read_all(const char *path, size_t *len)
{
	FILE	   *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	size_t		cap = 1 << 16,
				n = 0;
	char	   *buf;

	if (!f)
		return NULL;
	buf = malloc(cap);
	while (buf)
	{
		size_t		r = fread(buf + n, 1, cap - n, f);

		n += r;
		if (r == 0)
			break;
		if (n == cap)
		{
			char	   *nb = realloc(buf, cap * 2);

			if (!nb)
			{
				free(buf);
				buf = NULL;
				break;
			}
			buf = nb;
			cap *= 2;
		}
	}
	if (f != stdin)
		fclose(f);
	*len = n;
	return buf;
}

static const char *
status_name(nm_status rc)
{
	switch (rc)
	{
		case NM_OK:
			return "ok";
		case NM_ERR_NOMEM:
			return "nomem";
		case NM_ERR_TOO_LARGE:
			return "too_large";
		case NM_ERR_ABORTED:
			return "aborted";
		case NM_ERR_PARSE:
			return "parse";
		default:
			return "invalid";
	}
}

int
main(int argc, char **argv)
{
	nm_ctx		ctx;
	FILE	   *o = stdout;

	nm_ctx_init(&ctx, NULL);
	for (int i = 1; i < argc; i++)
	{
		size_t		len,
					ulen = 0;
		char	   *raw = read_all(argv[i], &len);
		char	   *utf8 = NULL;
		const char *charset = NULL;
		nm_article	a;
		nm_status	rc;

		memset(&a, 0, sizeof(a));
		if (!raw)
		{
			fprintf(stderr, "nm_extract: cannot read %s\n", argv[i]);
			continue;
		}
		rc = nm_bytes_to_utf8(&ctx, raw, len, &utf8, &ulen, &charset);
		if (rc == NM_OK)
			rc = nm_parse_article(&ctx, utf8, ulen, &a);
		fputs("{\"file\":", o);
		put_str(o, argv[i]);
		fprintf(o, ",\"status\":\"%s\",\"charset\":", status_name(rc));
		put_str(o, charset);
		fputs(",\"title\":", o);
		put_str(o, a.title);
		fputs(",\"description\":", o);
		put_str(o, a.description);
		fputs(",\"publisher\":", o);
		put_str(o, a.publisher);
		fputs(",\"site_name\":", o);
		put_str(o, a.site_name);
		fputs(",\"authors\":", o);
		put_list(o, a.authors, a.n_authors);
		fputs(",\"published_at\":", o);
		put_time(o, a.published_at);
		fputs(",\"modified_at\":", o);
		put_time(o, a.modified_at);
		fputs(",\"section\":", o);
		put_str(o, a.section);
		fputs(",\"tags\":", o);
		put_list(o, a.tags, a.n_tags);
		fputs(",\"dateline\":", o);
		put_str(o, a.dateline);
		fputs(",\"agency\":", o);
		put_str(o, a.agency);
		fputs(",\"lead\":", o);
		put_str(o, a.lead);
		fputs(",\"body\":", o);
		put_str(o, a.body);
		fputs(",\"language\":", o);
		put_str(o, a.language);
		fprintf(o, ",\"word_count\":%d,\"url\":", a.word_count);
		put_str(o, a.url);
		fputs(",\"image\":", o);
		put_str(o, a.image);
		fputs(",\"related\":[", o);
		for (int k = 0; k < a.n_related; k++)
		{
			fputs(k ? ",{\"title\":" : "{\"title\":", o);
			put_str(o, a.related[k].title);
			fputs(",\"url\":", o);
			put_str(o, a.related[k].url);
			fputs(",\"published_at\":", o);
			put_time(o, a.related[k].published_at);
			fputc('}', o);
		}
		fputs("],\"source_format\":", o);
		put_str(o, a.source_format);
		fputs("}\n", o);
		free(raw);
		nm_ctx_reset(&ctx);
	}
	nm_ctx_free(&ctx);
	return 0;
}
