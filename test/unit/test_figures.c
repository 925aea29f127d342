/* test_figures.c -- percentages, money, quantities, prices and their mineral. */
#include "unit.h"

static nm_figure *
figures(nm_ctx *ctx, const char *text, int *n)
{
	nm_figure  *f = NULL;

	CHECK_INT(nm_extract_figures(ctx, text, strlen(text), &f, n), NM_OK);
	return f;
}

/* Checks figure f against kind/value/unit/currency/per_unit/mineral. */
#define FIG(f, k_, v_, u_, c_, p_, m_) do { \
	CHECK_STR((f).kind, (k_)); CHECK_STR((f).value, (v_)); CHECK_STR((f).unit, (u_)); \
	CHECK_STR((f).currency, (c_)); CHECK_STR((f).per_unit, (p_)); CHECK_STR((f).mineral, (m_)); \
} while (0)

NM_TEST(figures_issue_examples)
{
	nm_ctx		ctx;
	int			n;
	const char *t = "Copper rose to $9,800 a tonne. Profit saw a 14% fall. "
		"Output reached 280,000 tonnes of lithium carbonate equivalent. "
		"The firm will spend $1.2 billion. Prices fell to 850 yuan a ton.";
	nm_figure  *f;

	nm_ctx_init(&ctx, NULL);
	f = figures(&ctx, t, &n);
	CHECK_INT(n, 5);
	if (n == 5)
	{
		FIG(f[0], "price", "9800", NULL, "USD", "t", "copper");
		FIG(f[1], "percent", "14", "%", NULL, NULL, NULL);
		FIG(f[2], "quantity", "280000", "t", NULL, NULL, "lithium");
		FIG(f[3], "money", "1200000000", NULL, "USD", NULL, NULL);
		FIG(f[4], "price", "850", NULL, "CNY", "t", NULL);
		CHECK_INT(f[0].char_start, strstr(t, "$9,800") - t);
		CHECK_INT(f[0].byte_len, strlen("$9,800 a tonne"));
	}
	nm_ctx_free(&ctx);
}

NM_TEST(figures_currencies_units_scales)
{
	nm_ctx		ctx;
	int			n;
	const char *t = "Gold hit US$2,400/oz. C$30.5 per ounce, A$1.5bn, \xE2\x82\xAC" "500 million, "
		"\xC2\xA3" "2.3bn, 5,000 rupees, 10 kt, 3 Mt, 5 mln oz, 1.2 million pounds, "
		"$4.10 per pound, 3.5 pct, 2 percentage points, 0.5 per cent, 14 percent.";
	nm_figure  *f;

	nm_ctx_init(&ctx, NULL);
	f = figures(&ctx, t, &n);
	CHECK_INT(n, 15);
	if (n == 15)
	{
		FIG(f[0], "price", "2400", NULL, "USD", "oz", "gold");
		CHECK_STR(f[1].currency, "CAD");
		CHECK_STR(f[1].value, "30.5");
		FIG(f[2], "money", "1500000000", NULL, "AUD", NULL, NULL);
		CHECK_STR(f[3].currency, "EUR");
		CHECK_STR(f[3].value, "500000000");
		CHECK_STR(f[4].currency, "GBP");
		CHECK_STR(f[5].currency, "INR");
		FIG(f[6], "quantity", "10000", "t", NULL, NULL, NULL);
		CHECK_STR(f[7].value, "3000000");
		FIG(f[8], "quantity", "5000000", "oz", NULL, NULL, NULL);
		FIG(f[9], "quantity", "1200000", "lb", NULL, NULL, NULL);
		FIG(f[10], "price", "4.1", NULL, "USD", "lb", NULL);
		CHECK_STR(f[11].value, "3.5");
		CHECK_STR(f[12].unit, "pp");
		CHECK_STR(f[13].value, "0.5");
		CHECK_STR(f[14].kind, "percent");
	}
	nm_ctx_free(&ctx);
}

NM_TEST(figures_not_figures)
{
	nm_ctx		ctx;
	int			n;
	const char *t = "The multibillion-dollar plan, announced on Sept. 21, 2023, "
		"covers 2025-2030 for the G7 after COVID-19; 3 million cars and 12 mines.";

	nm_ctx_init(&ctx, NULL);
	figures(&ctx, t, &n);
	CHECK_INT(n, 0);
	nm_ctx_free(&ctx);
}

NM_TEST(figures_ranges_and_minerals)
{
	nm_ctx		ctx;
	int			n;
	const char *t = "Zinc traded at $2,800-$2,900 a tonne while nickel was flat.\n"
		"Copper rose 2% and aluminium fell 1%.";
	nm_figure  *f;

	nm_ctx_init(&ctx, NULL);
	f = figures(&ctx, t, &n);
	CHECK_INT(n, 4);
	if (n == 4)
	{
		FIG(f[0], "price", "2800", NULL, "USD", "t", "zinc");
		FIG(f[1], "price", "2900", NULL, "USD", "t", "zinc");
		FIG(f[2], "percent", "2", "%", NULL, NULL, "copper");
		FIG(f[3], "percent", "1", "%", NULL, NULL, "aluminium");
	}
	nm_ctx_free(&ctx);
}

/* A number too long to read yields no figure, not its tail from mid-number. */
NM_TEST(figures_overlong_number_skipped)
{
	nm_ctx		ctx;
	int			n;
	char	   *t;
	nm_figure  *f;

	nm_ctx_init(&ctx, NULL);
	t = nm_alloc(&ctx, 8 + 4 * 2000 + 64);
	strcpy(t, "Output 1");
	for (int i = 0; i < 2000; i++)
		strcat(t + 4 * i, ",000");
	strcat(t, " tonnes. Prices rose 5% and output hit 1,200 tonnes.");
	f = figures(&ctx, t, &n);
	CHECK_INT(n, 2);
	if (n == 2)
	{
		CHECK_STR(f[0].kind, "percent");
		CHECK_STR(f[0].value, "5");
		CHECK_STR(f[1].kind, "quantity");
		CHECK_STR(f[1].value, "1200");
	}
	nm_ctx_free(&ctx);
}

/* With several minerals in a sentence, the one just before is linked only
 * when no clause ends in between. */
NM_TEST(figures_mineral_before_same_clause)
{
	nm_ctx		ctx;
	int			n;
	nm_figure  *f;

	nm_ctx_init(&ctx, NULL);
	f = figures(&ctx, "Cobalt and nickel diverged: nickel fell, prices dropped 4%; "
				"cobalt jumped 6% this week.", &n);
	CHECK_INT(n, 2);
	if (n == 2)
	{
		FIG(f[0], "percent", "4", "%", NULL, NULL, NULL);
		FIG(f[1], "percent", "6", "%", NULL, NULL, "cobalt");
	}
	nm_ctx_free(&ctx);
}
