/*
 * fuzz_charset.c -- libFuzzer harness for the bytea path: nm_bytes_to_utf8 on
 * raw bytes (BOMs, declarations, invalid sequences), then nm_parse_article.
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
	char	   *raw;
	char	   *out = NULL;
	size_t		out_len = 0;
	const char *charset = NULL;

	if (size > FUZZ_MAX_INPUT)
		return 0;
	raw = fuzz_copy(data, size);
	if (!raw)
		return 0;
	fuzz_ctx_init(&ctx, &ab, 0);
	st = nm_bytes_to_utf8(&ctx, raw, size, &out, &out_len, &charset);
	fuzz_check_status(st);
	if (st == NM_OK)
	{
		FUZZ_ASSERT(out != NULL, "no output");
		FUZZ_ASSERT(nm_utf8_valid(out, out_len), "conversion output not UTF-8");
		FUZZ_ASSERT(out[out_len] == '\0', "output not terminated");
		FUZZ_ASSERT(charset != NULL, "no charset name");
		fuzz_check_str(charset, "charset name");
		/* What parse_article(bytea) does next. */
		st = nm_parse_article(&ctx, out, out_len, &a);
		fuzz_check_status(st);
		if (st == NM_OK)
			fuzz_check_article(&a);
	}
	nm_ctx_free(&ctx);
	FUZZ_ASSERT(ctx.xml_doc == NULL && ctx.xml_parser == NULL, "libxml2 objects not released");
	free(raw);
	return 0;
}
