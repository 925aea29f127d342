/*
 * fuzz_minerals.c -- libFuzzer harness for the mineral matcher
 * (nm_extract_minerals) and the catalog lookup (nm_mineral_lookup).
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_info(const nm_mineral_info *mi)
{
	FUZZ_ASSERT(mi != NULL && mi->name != NULL, "mineral info");
	fuzz_check_str(mi->name, "mineral name");
	FUZZ_ASSERT(nm_mineral_by_id(mi->id) == mi, "mineral id round trip");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	nm_ctx		ctx;
	fuzz_abort_state ab;
	nm_mineral_mention *m = NULL;
	int			n = -1;
	nm_status	st;
	char	   *text;
	size_t		len;
	const nm_mineral_info *mi;

	if (size > FUZZ_MAX_INPUT)
		return 0;
	/* Catalog lookups take any bytes. */
	mi = nm_mineral_lookup((const char *) data, size < 64 ? size : 64);
	if (mi)
		check_info(mi);

	text = fuzz_utf8_copy(data, size, &len);
	if (!text)
		return 0;
	/* A leading DEL byte makes the core abort at its second poll. */
	fuzz_ctx_init(&ctx, &ab, size > 0 && data[0] == 0x7f ? 2 : 0);
	st = nm_extract_minerals(&ctx, text, len, &m, &n);
	fuzz_check_status(st);
	if (st == NM_OK)
	{
		size_t		prev = 0;

		FUZZ_ASSERT(n >= 0 && (n == 0 || m != NULL), "mention count");
		for (int i = 0; i < n; i++)
		{
			check_info(m[i].mineral);
			FUZZ_ASSERT(m[i].form != NULL, "form NULL");
			fuzz_check_str(m[i].form, "form");
			fuzz_check_mention(text, len, m[i].byte_start, m[i].byte_len, m[i].char_start,
							   m[i].sentence_start, m[i].sentence_len, &prev);
		}
	}
	nm_ctx_free(&ctx);
	free(text);
	return 0;
}
