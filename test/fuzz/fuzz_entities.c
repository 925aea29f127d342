/*
 * fuzz_entities.c -- libFuzzer harness for nm_extract_entities: mentions in
 * input order, spans and sentences inside the input, clean strings.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	nm_ctx		ctx;
	fuzz_abort_state ab;
	nm_entity_mention *m = NULL;
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

	st = nm_extract_entities(&ctx, text, len, &m, &n);
	fuzz_check_status(st);
	if (st == NM_OK)
	{
		size_t		prev = 0;

		FUZZ_ASSERT(n >= 0 && (n == 0 || m != NULL), "entity count");
		for (int i = 0; i < n; i++)
		{
			FUZZ_ASSERT(m[i].entity && m[i].kind, "entity/kind NULL");
			fuzz_check_str(m[i].entity, "entity");
			fuzz_check_str(m[i].kind, "kind");
			fuzz_check_str(m[i].code, "code");
			fuzz_check_str(m[i].role, "role");
			fuzz_check_mention(text, len, m[i].byte_start, m[i].byte_len, m[i].char_start,
							   m[i].sentence_start, m[i].sentence_len, &prev);
		}
	}
	nm_ctx_free(&ctx);
	free(text);
	return 0;
}
