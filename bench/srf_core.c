/*
 * srf_core.c -- the core alone for each text function of the SQL API, run
 * the way the glue runs it (one nm_ctx, reset after every record).
 *
 * Usage: srf_core minerals|entities|quotes|figures BUNDLE [REPS]
 * bench/srf_overhead.sh builds it with the extension's compiler flags, so
 * SQL / core compares the same machine code.
 */
#include "bench_io.h"
#include "newsminer.h"

typedef nm_status (*extract_fn) (nm_ctx *ctx, const char *s, size_t len,
								 void **out, int *n);

static nm_status
run_minerals(nm_ctx *ctx, const char *s, size_t len, void **out, int *n)
{
	return nm_extract_minerals(ctx, s, len, (nm_mineral_mention **) out, n);
}

static nm_status
run_entities(nm_ctx *ctx, const char *s, size_t len, void **out, int *n)
{
	return nm_extract_entities(ctx, s, len, (nm_entity_mention **) out, n);
}

static nm_status
run_quotes(nm_ctx *ctx, const char *s, size_t len, void **out, int *n)
{
	return nm_extract_quotes(ctx, s, len, (nm_quote **) out, n);
}

static nm_status
run_figures(nm_ctx *ctx, const char *s, size_t len, void **out, int *n)
{
	return nm_extract_figures(ctx, s, len, (nm_figure **) out, n);
}

static const struct
{
	const char *name;
	extract_fn	fn;
}			modes[] = {
	{"minerals", run_minerals},
	{"entities", run_entities},
	{"quotes", run_quotes},
	{"figures", run_figures},
};

int
main(int argc, char **argv)
{
	bench_bundle b;
	nm_ctx		ctx;
	extract_fn	fn = NULL;
	int			reps = argc > 3 ? atoi(argv[3]) : 1;
	long long	check = 0,
				failed = 0;
	double		t0,
				c0;

	for (size_t m = 0; argc > 2 && m < sizeof(modes) / sizeof(modes[0]); m++)
		if (strcmp(argv[1], modes[m].name) == 0)
			fn = modes[m].fn;
	if (fn == NULL || reps < 1)
	{
		fprintf(stderr, "usage: %s minerals|entities|quotes|figures BUNDLE [REPS]\n", argv[0]);
		return 2;
	}
	bench_read_bundle(argv[2], &b);
	nm_ctx_init(&ctx, NULL);
	t0 = bench_now();
	c0 = bench_cpu();
	for (int r = 0; r < reps; r++)
	{
		check = 0;
		for (int i = 0; i < b.n; i++)
		{
			void	   *out = NULL;
			int			n = 0;

			if (fn(&ctx, b.rec[i], b.len[i], &out, &n) != NM_OK)
				failed++;
			else
				check += n;
			nm_ctx_reset(&ctx);
		}
	}
	bench_report(argv[1], &b, reps, bench_now() - t0, bench_cpu() - c0, check);
	if (failed)
		fprintf(stderr, "srf_core: %lld records failed\n", failed);
	nm_ctx_free(&ctx);
	return 0;
}
