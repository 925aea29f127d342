/*
 * fuzz_utf8.c -- libFuzzer harness for the UTF-8 utilities every output
 * string passes through: validation, decoding, counting and sanitising.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	nm_ctx		ctx;
	char	   *buf;
	char	   *clean;
	char	   *again;
	size_t		prefix;
	size_t		chars = 0;
	bool		plain = true;

	if (size > FUZZ_MAX_INPUT)
		return 0;
	buf = fuzz_copy(data, size);
	if (!buf)
		return 0;

	/* The valid prefix is valid, and the byte after it starts no character. */
	prefix = nm_utf8_valid_prefix(buf, size);
	FUZZ_ASSERT(prefix <= size, "valid_prefix");
	FUZZ_ASSERT(nm_utf8_valid(buf, prefix), "valid prefix not valid");
	FUZZ_ASSERT(nm_utf8_valid(buf, size) == (prefix == size), "valid vs prefix");
	if (prefix < size)
	{
		size_t		adv;

		FUZZ_ASSERT(nm_utf8_decode(buf + prefix, size - prefix, &adv) == 0xFFFD &&
					adv == 1, "byte after valid prefix decodes");
	}

	/* Decoding walks the prefix in steps that the char count agrees with. */
	for (size_t i = 0; i < prefix;)
	{
		size_t		adv;
		uint32_t	c = nm_utf8_decode(buf + i, prefix - i, &adv);

		FUZZ_ASSERT(adv >= 1 && adv <= 4 && adv <= prefix - i, "decode advance");
		FUZZ_ASSERT(c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF), "decoded scalar");
		if (c < 0x20 ? (c != '\n' && c != '\t') : (c >= 0x7F && c < 0xA0))
			plain = false;
		i += adv;
		chars++;
	}
	FUZZ_ASSERT(nm_utf8_char_count(buf, prefix) == chars, "char_count");

	/* Sanitised output meets the contract, is a fixed point, and leaves
	 * clean text untouched. */
	nm_ctx_init(&ctx, NULL);
	clean = nm_sanitize_utf8(&ctx, buf, size);
	FUZZ_ASSERT(clean != NULL, "sanitize returned NULL");
	fuzz_check_str(clean, "sanitized");
	again = nm_sanitize_utf8(&ctx, clean, strlen(clean));
	FUZZ_ASSERT(again && strcmp(again, clean) == 0, "sanitize not idempotent");
	if (prefix == size && plain)
		FUZZ_ASSERT(strlen(clean) == size && memcmp(clean, buf, size) == 0,
					"sanitize changed clean text");
	nm_ctx_free(&ctx);
	free(buf);
	return 0;
}
