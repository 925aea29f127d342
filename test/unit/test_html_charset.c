/* test_html_charset.c -- nm_bytes_to_utf8: BOM, XML declaration, <meta>
 * charsets, UTF-8 validity fallback and U+FFFD for invalid sequences. */
#include "unit.h"

static const char *
conv(nm_ctx *ctx, const char *in, size_t len, const char **cs)
{
	char	   *out = NULL;
	size_t		olen = 0;

	if (nm_bytes_to_utf8(ctx, in, len, &out, &olen, cs) != NM_OK)
		return NULL;
	if (out && strlen(out) != olen)
		return NULL;
	return out;
}

NM_TEST(charset_detection)
{
	nm_ctx		ctx;
	const char *cs;

	nm_ctx_init(&ctx, NULL);
	/* plain valid UTF-8 */
	CHECK_STR(conv(&ctx, "caf\xC3\xA9", 5, &cs), "caf\xC3\xA9");
	CHECK_STR(cs, "UTF-8");
	/* BOM is removed */
	CHECK_STR(conv(&ctx, "\xEF\xBB\xBFok", 5, &cs), "ok");
	/* no label, invalid UTF-8: windows-1252 */
	CHECK_STR(conv(&ctx, "caf\xE9 \x80 \x93", 8, &cs), "caf\xC3\xA9 \xE2\x82\xAC \xE2\x80\x9C");
	CHECK_STR(cs, "windows-1252");
	/* meta charset: ISO-8859-1 is read as windows-1252 (HTML rule) */
	{
		const char *p = "<meta charset=\"iso-8859-1\"><p>\xC4rger \x85</p>";

		CHECK_STR(conv(&ctx, p, strlen(p), &cs),
				  "<meta charset=\"iso-8859-1\"><p>\xC3\x84rger \xE2\x80\xA6</p>");
		CHECK_STR(cs, "windows-1252");
	}
	/* http-equiv with ISO-8859-2 goes through libxml2's tables */
	{
		const char *p = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">\xB3\xF3" "d\xBC";
		const char *o = conv(&ctx, p, strlen(p), &cs);

		CHECK_STR(cs, "ISO-8859-2");
		CHECK(o && strstr(o, "\xC5\x82\xC3\xB3" "d\xC5\xBA"));	/* łódź */
	}
	/* GB2312 label, GBK bytes (via iconv) */
	{
		const char *p = "<meta charset=gb2312>\xD6\xD0\xCE\xC4";
		const char *o = conv(&ctx, p, strlen(p), &cs);

		CHECK_STR(cs, "GB18030");
		CHECK(o && strstr(o, "\xE4\xB8\xAD\xE6\x96\x87"));	/* 中文 */
	}
	/* XML declaration */
	{
		const char *p = "<?xml version=\"1.0\" encoding=\"windows-1250\"?><p>\x9A</p>";
		const char *o = conv(&ctx, p, strlen(p), &cs);

		CHECK_STR(cs, "WINDOWS-1250");
		CHECK(o && strstr(o, "\xC5\xA1"));	/* š */
	}
	/* labelled UTF-8 with a stray invalid byte: U+FFFD, still UTF-8 */
	{
		const char *p = "<meta charset=utf-8>\xC3\xA9t\xE9 x";
		const char *o = conv(&ctx, p, strlen(p), &cs);

		CHECK_STR(cs, "UTF-8");
		CHECK(o && strstr(o, "\xC3\xA9t\xEF\xBF\xBD x"));
	}
	/* labelled windows-1252 but really UTF-8: the bytes win */
	{
		const char *p = "<meta charset=windows-1252>\xC3\xA9t\xC3\xA9";
		const char *o = conv(&ctx, p, strlen(p), &cs);

		CHECK_STR(cs, "UTF-8");
		CHECK(o && strstr(o, ">\xC3\xA9t\xC3\xA9"));
	}
	/* UTF-16LE with BOM */
	{
		const char	p[] = "\xFF\xFEh\0i\0";
		const char *o = conv(&ctx, p, 6, &cs);

		CHECK_STR(o, "hi");
		CHECK_STR(cs, "UTF-16LE");
	}
	/* control characters never come out */
	CHECK_STR(conv(&ctx, "a\x01" "b\0c", 5, &cs), "abc");
	nm_ctx_free(&ctx);
}
