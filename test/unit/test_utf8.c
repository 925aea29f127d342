/* test_utf8.c -- UTF-8 helpers and the arena. */
#include "unit.h"

NM_TEST(utf8_validation)
{
	CHECK(nm_utf8_valid("S\xC3\x83O PAULO", 10));
	CHECK(!nm_utf8_valid("\xC3(", 2));
	CHECK(!nm_utf8_valid("\xED\xA0\x80", 3));	/* surrogate */
	CHECK(!nm_utf8_valid("\xC0\xAF", 2));	/* overlong */
	CHECK_INT(nm_utf8_valid_prefix("ab\xFF", 3), 2);
	CHECK_INT(nm_utf8_char_count("\xE2\x82\xAC" "5", 4), 2);
}

NM_TEST(utf8_sanitize)
{
	nm_ctx		ctx;

	nm_ctx_init(&ctx, NULL);
	CHECK_STR(nm_sanitize_utf8(&ctx, "a\xFF" "b", 3), "a\xEF\xBF\xBD" "b");
	CHECK_STR(nm_sanitize_utf8(&ctx, "a\0b\x01" "c", 5), "abc");
	CHECK_STR(nm_sanitize_utf8(&ctx, "a\r\nb\rc", 6), "a\nb\nc");
	CHECK_STR(nm_sanitize_utf8(&ctx, "x\xC2\x85y", 4), "xy");	/* C1 NEL dropped */
	nm_ctx_free(&ctx);
}

NM_TEST(arena_big_and_small)
{
	nm_ctx		ctx;
	char	   *small,
			   *big,
			   *small2;

	nm_ctx_init(&ctx, NULL);
	small = nm_strdup(&ctx, "abc");
	big = nm_alloc(&ctx, 1 << 20);
	small2 = nm_strdup(&ctx, "def");
	CHECK(big != NULL);
	big[(1 << 20) - 1] = 'x';
	CHECK_STR(small, "abc");
	CHECK_STR(small2, "def");
	nm_ctx_free(&ctx);
}
