/* test_byline.c -- bylines and trailing wire credits: names cleaned, roles
 * and agencies dropped. */
#include "unit.h"
#include "nm_text.h"

static int
by(nm_ctx *ctx, const char *s, char ***names, nm_time *t)
{
	int			n = -1;

	if (!nm_parse_byline(ctx, s, strlen(s), names, &n, t))
		return -1;
	return n;
}

NM_TEST(byline_names)
{
	nm_ctx		ctx;
	char	  **a;
	nm_time		t;

	nm_ctx_init(&ctx, NULL);
	CHECK_INT(by(&ctx, "By Jane Doe and John Roe", &a, &t), 2);
	CHECK_STR(a[0], "Jane Doe");
	CHECK_STR(a[1], "John Roe");
	CHECK(!t.valid);

	CHECK_INT(by(&ctx, "By Ann Lee, Bo Kim and Cy Diaz", &a, &t), 3);
	CHECK_STR(a[2], "Cy Diaz");
	CHECK_INT(by(&ctx, "By Ann Lee, Bo Kim, and Cy Diaz", &a, &t), 3);
	CHECK_STR(a[2], "Cy Diaz");

	CHECK_INT(by(&ctx, "By Jane Doe, Reuters", &a, &t), 1);
	CHECK_STR(a[0], "Jane Doe");
	CHECK_INT(by(&ctx, "By Jane Doe, Bloomberg News", &a, &t), 1);
	CHECK_INT(by(&ctx, "By Reuters Staff", &a, &t), 0);
	CHECK_INT(by(&ctx, "BY JANE DOE & JOHN ROE", &a, &t), 2);
	CHECK_INT(by(&ctx, "By Ursula von der Leyen", &a, &t), 1);
	CHECK_STR(a[0], "Ursula von der Leyen");

	CHECK_INT(by(&ctx, "By Jane Doe | July 15, 2024 3:45 PM EDT", &a, &t), 1);
	CHECK_STR(a[0], "Jane Doe");
	CHECK_STR(nm_time_str(t), "2024-07-15 19:45:00");

	/* not bylines */
	CHECK_INT(by(&ctx, "by the company's own estimate", &a, &t), -1);
	CHECK_INT(by(&ctx, "Bylaws were amended", &a, &t), -1);
	nm_ctx_free(&ctx);
}

NM_TEST(byline_credits)
{
	nm_ctx		ctx;
	char	  **a;
	int			n;
	const char *p1 = "Prices rose. (Reporting by Maria Lopez in Santiago and Tom Reed in London; "
		"Editing by Jan Harvey)";
	const char *p2 = "Reporting by Ana Souza; Editing by Mark Potter";
	const char *p3 = "The mine (in Chile) reopened.";

	nm_ctx_init(&ctx, NULL);
	CHECK_INT(nm_find_credits(&ctx, p1, strlen(p1), &a, &n), 13);
	CHECK_INT(n, 2);
	CHECK_STR(a[0], "Maria Lopez");
	CHECK_STR(a[1], "Tom Reed");
	CHECK_INT(nm_find_credits(&ctx, p2, strlen(p2), &a, &n), 0);
	CHECK_INT(n, 1);
	CHECK_STR(a[0], "Ana Souza");
	CHECK_INT(nm_find_credits(&ctx, p3, strlen(p3), &a, &n), -1);
	/* editors are credited, not authors */
	CHECK_INT(nm_find_credits(&ctx, "(Editing by Jan Harvey)", 23, &a, &n), 0);
	CHECK_INT(n, 0);
	nm_ctx_free(&ctx);
}
