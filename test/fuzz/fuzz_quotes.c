/*
 * fuzz_quotes.c -- libFuzzer harness for nm_extract_quotes: clean strings,
 * offsets inside the input, input order.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	nm_ctx		ctx;
	fuzz_abort_state ab;
	nm_quote   *q = NULL;
	int			n = -1;
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
	st = nm_extract_quotes(&ctx, text, len, &q, &n);
	fuzz_check_status(st);
	if (st == NM_OK)
	{
		FUZZ_ASSERT(n >= 0 && (n == 0 || q != NULL), "quote count");
		for (int i = 0; i < n; i++)
		{
			FUZZ_ASSERT(q[i].quote != NULL, "quote NULL");
			fuzz_check_str(q[i].quote, "quote");
			fuzz_check_str(q[i].speaker, "speaker");
			fuzz_check_str(q[i].speaker_role, "speaker_role");
			FUZZ_ASSERT(q[i].byte_start < len, "quote offset");
			fuzz_check_char_start(text, q[i].byte_start, q[i].char_start, "quote char_start");
		}
	}
	nm_ctx_free(&ctx);
	free(text);
	return 0;
}
