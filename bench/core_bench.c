/*
 * core_bench.c -- times the PostgreSQL-free core on a bundle of records, the
 * way the SQL functions call it (one nm_ctx, reset after every record).
 *
 * Usage: core_bench parse|minerals|scan|bytes BUNDLE [REPS]
 *        (scan: the mineral automaton alone, nm_mineral_scan; bytes: the
 *        baseline for it, a bare loop reading every byte through a table)
 *        core_bench names     (every dictionary surface form, one a line,
 *                              for the regexp_matches baseline)
 */
#include "bench_io.h"
#include "newsminer.h"
#include "nm_minerals.h"

#include <libxml/parser.h>

static long long
run_parse(nm_ctx *ctx, const bench_bundle *b, long long *failed)
{
	long long	check = 0;

	for (int i = 0; i < b->n; i++)
	{
		nm_article	art;

		memset(&art, 0, sizeof(art));
		if (nm_parse_article(ctx, b->rec[i], b->len[i], &art) != NM_OK)
			(*failed)++;
		else if (art.body)
			check += (long long) strlen(art.body);
		nm_ctx_reset(ctx);
	}
	return check;
}

static long long
run_minerals(nm_ctx *ctx, const bench_bundle *b, long long *failed)
{
	long long	check = 0;

	for (int i = 0; i < b->n; i++)
	{
		nm_mineral_mention *m = NULL;
		int			n = 0;

		if (nm_extract_minerals(ctx, b->rec[i], b->len[i], &m, &n) != NM_OK)
			(*failed)++;
		else
			check += n;
		nm_ctx_reset(ctx);
	}
	return check;
}

static long long
run_scan(nm_ctx *ctx, const bench_bundle *b, long long *failed)
{
	long long	check = 0;

	for (int i = 0; i < b->n; i++)
	{
		nm_min_cand *c = NULL;
		int			n = 0;

		if (nm_mineral_scan(ctx, b->rec[i], b->len[i], &c, &n) != NM_OK)
			(*failed)++;
		else
			check += n;
		nm_ctx_reset(ctx);
	}
	return check;
}

/*
 * The floor of any byte-at-a-time matcher: one table lookup per byte, summed
 * (a lookup the compiler cannot vectorise), with the same per-record loop.
 */
static long long
run_bytes(nm_ctx *ctx, const bench_bundle *b, long long *failed)
{
	long long	check = 0;

	for (int i = 0; i < b->n; i++)
	{
		const unsigned char *t = (const unsigned char *) b->rec[i];
		unsigned	sum = 0;

		for (size_t k = 0; k < b->len[i]; k++)
			sum += nm_min_byteclass[t[k]];
		check += sum;
		nm_ctx_reset(ctx);
	}
	return check;
}

static void
print_names(void)
{
	for (int i = 0; i < nm_mineral_count(); i++)
	{
		const nm_mineral_info *mi = nm_mineral_by_index(i);

		printf("%s\n", mi->name);
		for (const char *const *s = mi->synonyms; s && *s; s++)
			printf("%s\n", *s);
	}
}

int
main(int argc, char **argv)
{
	bench_bundle b;
	nm_ctx		ctx;
	int			reps = argc > 3 ? atoi(argv[3]) : 1;
	const char *mode = argc > 1 ? argv[1] : "";
	long long	check = 0,
				failed = 0;
	double		t0,
				c0;

	if (argc == 2 && strcmp(argv[1], "names") == 0)
	{
		print_names();
		return 0;
	}
	if (argc < 3 || reps < 1 || (strcmp(mode, "parse") != 0 && strcmp(mode, "minerals") != 0 &&
								 strcmp(mode, "scan") != 0 && strcmp(mode, "bytes") != 0))
	{
		fprintf(stderr, "usage: %s parse|minerals|scan|bytes BUNDLE [REPS] | names\n", argv[0]);
		return 2;
	}
	bench_read_bundle(argv[2], &b);
	xmlInitParser();
	nm_ctx_init(&ctx, NULL);
	t0 = bench_now();
	c0 = bench_cpu();
	for (int r = 0; r < reps; r++)
	{
		if (strcmp(mode, "parse") == 0)
			check = run_parse(&ctx, &b, &failed);
		else if (strcmp(mode, "minerals") == 0)
			check = run_minerals(&ctx, &b, &failed);
		else if (strcmp(mode, "scan") == 0)
			check = run_scan(&ctx, &b, &failed);
		else
			check = run_bytes(&ctx, &b, &failed);
	}
	bench_report(mode, &b, reps, bench_now() - t0, bench_cpu() - c0, check);
	if (failed)
		fprintf(stderr, "core_bench: %lld records failed\n", failed);
	nm_ctx_free(&ctx);
	xmlCleanupParser();
	return 0;
}
