/*
 * test_hardening_limits.c -- the output limits on hostile pages: tags read
 * as libxml2 reads them for the attribute limit, capped related lists, URLs.
 */
#include "unit.h"
#include "nm_html.h"

#include <stdarg.h>
#include <stdlib.h>

/* A growing malloc'd string, appended to printf-style. */
typedef struct sbuf
{
	char	   *s;
	size_t		len,
				cap;
} sbuf;

static void
sb_add(sbuf *b, const char *fmt,...)
{
	va_list		ap;
	int			n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (b->len + n + 1 > b->cap)
	{
		b->cap = (b->len + n + 1) * 2;
		b->s = realloc(b->s, b->cap);
	}
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, n + 1, fmt, ap);
	va_end(ap);
	b->len += n;
}

/* n copies of character c. */
static void
sb_fill(sbuf *b, char c, size_t n)
{
	if (b->len + n + 1 > b->cap)
	{
		b->cap = (b->len + n + 1) * 2;
		b->s = realloc(b->s, b->cap);
	}
	memset(b->s + b->len, c, n);
	b->len += n;
	b->s[b->len] = '\0';
}

/* A plain-text story: title, three paragraphs, then a related heading. */
static void
text_story(sbuf *b, const char *title, const char *para)
{
	sb_add(b, "%s\n\n", title);
	for (int p = 0; p < 3; p++)
		sb_add(b, "%s\n\n", para);
	sb_add(b, "Related articles\n");
}

static nm_status
parse_html(nm_ctx *ctx, sbuf *b, nm_article *a)
{
	return nm_parse_html_article(ctx, b->s, b->len, a);
}

#define HEAD "<html><head><title>Attrs</title></head><body>"

/*
 * What libxml2 2.9 reads as attributes (and pays for quadratically) is
 * counted: no blank is needed after a quoted value, a name is read 100
 * characters at a time, a stray quote after a value opens nothing, and
 * "<script-x>" holds no raw text.  Each of these slipped past the old
 * count with thousands of attributes (seconds per tag).
 */
NM_TEST(hardening_attribute_count_reads_tags_like_libxml2)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	for (int shape = 0; shape < 4; shape++)
	{
		sbuf		b = {0};

		sb_add(&b, HEAD "%s", shape == 3 ? "<script-x><p" : "<p ");
		if (shape == 2)
			sb_add(&b, " href=\"x\"\"");
		for (int i = 0; i < 501; i++)
		{
			if (shape == 0)
				sb_add(&b, "a%d=\"\"", i);
			else if (shape == 1)
			{
				/* 100-character pieces of one long name */
				sb_fill(&b, 'n', 90);
				sb_add(&b, "%010d", i);
			}
			else
				sb_add(&b, " a%d", i);
		}
		sb_add(&b, ">Text.</p>%s</body></html>", shape == 3 ? "</script-x>" : "");
		CHECK_INT(parse_html(&ctx, &b, &a) * 10 + shape, NM_ERR_TOO_LARGE * 10 + shape);
		CHECK(strstr(ctx.errmsg, "more than 500 attributes") != NULL);
		nm_ctx_reset(&ctx);
		free(b.s);
	}
	nm_ctx_free(&ctx);
}

/*
 * A wide tag after markup that hides it from a scan which skips comments,
 * raw text and end tags the wrong way, while libxml2 reads it: an end tag
 * takes all up to its '>' (here a <script>), "--!>" ends a comment, a
 * processing instruction ends at its first '>', an end tag right inside a
 * script can close it, and "</" right after a misplaced doctype is text.
 */
NM_TEST(hardening_attribute_count_follows_libxml2_context)
{
	static const char *const before[] = {
		"</a <script>", "<!-- c --!>", "<?x <script>", "<div><script></div>",
		"x<!doctype></u",
	};
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	for (int k = 0; k < 5; k++)
	{
		sbuf		b = {0};

		sb_add(&b, HEAD "<p>x</p>%s<p", before[k]);
		for (int i = 0; i < 501; i++)
			sb_add(&b, " a%d", i);
		sb_add(&b, ">Text.</p></body></html>");
		CHECK_INT(parse_html(&ctx, &b, &a) * 10 + k, NM_ERR_TOO_LARGE * 10 + k);
		nm_ctx_reset(&ctx);
		free(b.s);
	}
	nm_ctx_free(&ctx);
}

/*
 * ...and what libxml2 skips is not counted: tokens that start no name
 * ('/', digits, quotes) and words separated by form feeds, which libxml2
 * does not take as blanks.  The old count refused these pages.
 */
NM_TEST(hardening_attribute_count_skips_junk)
{
	static const char *const pieces[] = {" /", " 1", " \"q\"", "\fa"};
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	for (int k = 0; k < 4; k++)
	{
		sbuf		b = {0};

		sb_add(&b, HEAD "<p class=\"lead\"");
		for (int i = 0; i < 3000; i++)
			sb_add(&b, "%s", pieces[k]);
		sb_add(&b, ">Copper output rose in March, the ministry said.</p></body></html>");
		CHECK_INT(parse_html(&ctx, &b, &a) * 10 + k, NM_OK * 10 + k);
		CHECK_STR(a.title, "Attrs");
		CHECK(unit_contains(a.body, "Copper output rose"));
		nm_ctx_reset(&ctx);
		free(b.s);
	}
	nm_ctx_free(&ctx);
}

/*
 * 100,000 links under a related heading: the first 12 in page order (the
 * cap for one list) are kept; a size test on the list dropped them all.
 */
NM_TEST(hardening_related_html_truncated_not_dropped)
{
	nm_ctx		ctx;
	nm_article	a;
	sbuf		b = {0};

	sb_add(&b, "<html><head><title>Tin</title>"
		   "<link rel=\"canonical\" href=\"https://news.example.org/tin\"></head><body>"
		   "<article><p>Tin prices rose on Monday after a mine closed in the north of the "
		   "country, traders said.</p></article><aside><h2>Related stories</h2><ul>");
	for (int i = 0; i < 100000; i++)
		sb_add(&b, "<li><a href=\"/story/%d\">Related story number %d</a></li>", i, i);
	sb_add(&b, "</ul></aside></body></html>");
	nm_ctx_init(&ctx, NULL);
	CHECK_INT(parse_html(&ctx, &b, &a), NM_OK);
	CHECK_INT(a.n_related, 12);
	if (a.n_related == 12)
	{
		CHECK_STR(a.related[0].title, "Related story number 0");
		CHECK_STR(a.related[0].url, "https://news.example.org/story/0");
		CHECK_STR(a.related[11].url, "https://news.example.org/story/11");
	}
	CHECK(unit_contains(a.body, "Tin prices rose"));
	nm_ctx_free(&ctx);
	free(b.s);
}

/* The same on the plain-text path: the first 64 items, in order. */
NM_TEST(hardening_related_text_truncated_not_dropped)
{
	nm_ctx		ctx;
	nm_article	a;
	sbuf		b = {0};

	text_story(&b, "Tin rises after mine closure", "Tin prices rose on Monday after a mine "
			   "closed in the north, traders said, and stocks fell again.");
	for (int i = 0; i < 100000; i++)
		sb_add(&b, "- [Related story number %d](https://news.example.org/s/%d)\n", i, i);
	nm_ctx_init(&ctx, NULL);
	CHECK_INT(nm_parse_text_article(&ctx, b.s, b.len, &a), NM_OK);
	CHECK_INT(a.n_related, 64);
	if (a.n_related == 64)
	{
		CHECK_STR(a.related[0].title, "Related story number 0");
		CHECK_STR(a.related[0].url, "https://news.example.org/s/0");
		CHECK_STR(a.related[63].url, "https://news.example.org/s/63");
	}
	nm_ctx_free(&ctx);
	free(b.s);
}

/* "https://x.example/" + filler up to exactly n bytes. */
static void
sb_url(sbuf *b, size_t n)
{
	sb_add(b, "https://x.example/");
	sb_fill(b, 'p', n - strlen("https://x.example/"));
}

/*
 * URLs longer than NM_MAX_URL_LEN are dropped, never cut: a 1 MB canonical
 * leaves url NULL (og:url is not a fallback here: it is long too), a long
 * og:image gives way to twitter:image, a related link with a long URL is
 * skipped; a URL of exactly the limit is kept.
 */
NM_TEST(hardening_long_urls_dropped_html)
{
	nm_ctx		ctx;
	nm_article	a;
	sbuf		b = {0};

	sb_add(&b, "<html><head><title>Zinc</title><link rel=\"canonical\" href=\"");
	sb_url(&b, 1024 * 1024);
	sb_add(&b, "\"><meta property=\"og:url\" content=\"");
	sb_url(&b, NM_MAX_URL_LEN + 1);
	sb_add(&b, "\"><meta property=\"og:image\" content=\"");
	sb_url(&b, NM_MAX_URL_LEN + 1);
	sb_add(&b, "\"><meta name=\"twitter:image\" content=\"");
	sb_url(&b, NM_MAX_URL_LEN);
	sb_add(&b, "\"><base href=\"https://base.example/\"></head><body><article><p>Zinc "
		   "prices fell on Tuesday as smelters restarted, traders said.</p></article>"
		   "<aside><h2>Related stories</h2><ul><li><a href=\"");
	sb_url(&b, NM_MAX_URL_LEN + 1);
	sb_add(&b, "\">A related story with a long link</a></li>"
		   "<li><a href=\"/ok\">A related story with a short link</a></li>"
		   "</ul></aside></body></html>");
	nm_ctx_init(&ctx, NULL);
	CHECK_INT(parse_html(&ctx, &b, &a), NM_OK);
	CHECK_STR(a.url, NULL);
	CHECK(a.image && strlen(a.image) == NM_MAX_URL_LEN);
	CHECK_INT(a.n_related, 1);
	if (a.n_related == 1)
		CHECK_STR(a.related[0].url, "https://base.example/ok");
	nm_ctx_free(&ctx);
	free(b.s);
}

/* A too-long base: every URL resolved against it would be too long. */
NM_TEST(hardening_long_base_href)
{
	nm_ctx		ctx;
	char	   *base;
	sbuf		b = {0};

	sb_url(&b, NM_MAX_URL_LEN - 3);
	sb_add(&b, "/");
	nm_ctx_init(&ctx, NULL);
	base = b.s;
	CHECK(nm_resolve_url(&ctx, base, "ab") != NULL);
	CHECK(nm_resolve_url(&ctx, base, "abc") == NULL);
	CHECK_STR(nm_resolve_url(&ctx, base, "https://short.example/x"), "https://short.example/x");
	nm_ctx_free(&ctx);
	free(b.s);
}

/*
 * Plain text: a markdown link with a 10 KB URL is still a link -- its text
 * is the related title and the URL is dropped, not left in the title.
 */
NM_TEST(hardening_long_urls_dropped_text)
{
	nm_ctx		ctx;
	nm_article	a;
	sbuf		b = {0};

	text_story(&b, "Zinc falls as smelters restart", "Zinc prices fell on Tuesday as "
			   "smelters restarted, traders said, the third drop this month.");
	sb_add(&b, "- [A related story with a long link](");
	sb_url(&b, 10000);
	sb_add(&b, ")\n- [A related story with a short link](https://x.example/ok)\n");
	nm_ctx_init(&ctx, NULL);
	CHECK_INT(nm_parse_text_article(&ctx, b.s, b.len, &a), NM_OK);
	CHECK_INT(a.n_related, 2);
	if (a.n_related == 2)
	{
		CHECK_STR(a.related[0].title, "A related story with a long link");
		CHECK_STR(a.related[0].url, NULL);
		CHECK_STR(a.related[1].url, "https://x.example/ok");
	}
	nm_ctx_free(&ctx);
	free(b.s);
}
