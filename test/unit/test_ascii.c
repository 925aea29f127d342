/* test_ascii.c -- nm_ascii.h: locale-free ASCII classes, the case-folded
 * prefix test and search shared by the byline and HTML pre-scan code. */
#include "unit.h"
#include "nm_ascii.h"

NM_TEST(ascii_starts_ci)
{
	CHECK(nm_ascii_starts_ci("<SCRIPT type", 12, "<script"));
	CHECK(!nm_ascii_starts_ci("<scrip", 6, "<script"));
	/* UTF-8 lead bytes are not letters: no folding, no sign trouble */
	CHECK(nm_ascii_starts_ci("\xC3\x9C" "ber", 5, "\xC3\x9C" "ber"));
	CHECK(!nm_ascii_starts_ci("\xC3\xBC" "ber", 5, "\xC3\x9C" "ber"));
}

NM_TEST(ascii_find_ci)
{
	const char *s = "Jane Doe IN Ottawa at noon";
	size_t		n = strlen(s);

	CHECK_INT((int) nm_ascii_find_ci(s, n, 0, " in "), 8);
	CHECK_INT((int) nm_ascii_find_ci(s, n, 9, " in "), (int) n);	/* from past it */
	CHECK_INT((int) nm_ascii_find_ci(s, n, 0, " at "), 18);
	CHECK_INT((int) nm_ascii_find_ci(s, n, 0, " from "), (int) n);
	/* a word starting with a letter takes the slow path, both cases */
	CHECK_INT((int) nm_ascii_find_ci(s, n, 0, "ottawa"), 12);
	/* a match cut by the end of the buffer is no match */
	CHECK_INT((int) nm_ascii_find_ci("a --", 4, 0, "-->"), 4);
	CHECK_INT((int) nm_ascii_find_ci("a -->", 5, 0, "-->"), 2);
	CHECK_INT((int) nm_ascii_find_ci("", 0, 0, "-->"), 0);
}
