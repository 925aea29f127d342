/*
 * fuzz_article.c -- libFuzzer harness for nm_parse_article (HTML/text
 * sniffing and both paths): the article contract, libxml2 objects released.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	nm_ctx		ctx;
	fuzz_abort_state ab;
	nm_article	a;
	nm_status	st;
	char	   *text;
	size_t		len;

	if (size > FUZZ_MAX_INPUT)
		return 0;
	text = fuzz_utf8_copy(data, size, &len);
	if (!text)
		return 0;
	/* A leading DEL byte makes the core abort at its second poll. */
	fuzz_ctx_init(&ctx, &ab, size > 0 && data[0] == 0x7f ? 2 : 0);
	st = nm_parse_article(&ctx, text, len, &a);
	fuzz_check_status(st);
	if (st == NM_OK)
	{
		fuzz_check_article(&a);
		/* Sniffing decides the path (blank input gives a row of NULLs). */
		if (a.source_format)
			FUZZ_ASSERT(strcmp(a.source_format, nm_looks_like_html(text, len) ? "html" : "text") == 0,
						"source_format disagrees with nm_looks_like_html");
	}
	FUZZ_ASSERT(st != NM_OK || ctx.xml_doc == NULL, "document left registered");
	nm_ctx_free(&ctx);
	FUZZ_ASSERT(ctx.xml_doc == NULL && ctx.xml_parser == NULL, "libxml2 objects not released");
	free(text);
	return 0;
}
