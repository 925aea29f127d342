/*
 * core_bench.c -- times the PostgreSQL-free core on a bundle of records, the
 * way the SQL functions call it (one nm_ctx, reset after every record).
 *
 * Usage: core_bench parse|minerals|scan|bytes BUNDLE [REPS]
 *        (scan: the mineral automaton alone, nm_mineral_scan; bytes: the
 *        baseline for it, a bare loop reading every byte through a table;
 *        REPS passes over the bundle, or with a trailing "s" ("0.3s") as
 *        many passes as take that much CPU time: reps= says how many)
 *        core_bench names     (every dictionary surface form, one a line,
 *                              for the regexp_matches baseline)
 *        core_bench dump BUNDLE (every scan candidate and mineral
 *                              mention, one a line, to compare versions)
 *        scan:PATH, dump:PATH (PATH portable, sse2 or avx2): with that
 *                              scanner implementation
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
run_scan(nm_ctx *ctx, const bench_bundle *b, nm_min_scan_path path, long long *failed)
{
	long long	check = 0;

	for (int i = 0; i < b->n; i++)
	{
		nm_min_cand *c = NULL;
		int			n = 0;

		if (nm_mineral_scan_path(ctx, b->rec[i], b->len[i], path, &c, &n) != NM_OK)
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

/* One line per scan candidate ("c record start end pattern") and per
 * mention ("m record mineral form byte_start byte_len char_start
 * sentence_start sentence_len"). */
static int
dump(nm_ctx *ctx, const bench_bundle *b, nm_min_scan_path path)
{
	for (int i = 0; i < b->n; i++)
	{
		nm_min_cand *c = NULL;
		nm_mineral_mention *m = NULL;
		int			n = 0;

		if (nm_mineral_scan_path(ctx, b->rec[i], b->len[i], path, &c, &n) != NM_OK)
			return 1;
		for (int k = 0; k < n; k++)
			printf("c %d %zu %zu %s\n", i, c[k].start, c[k].end, nm_min_patterns[c[k].pattern].text);
		if (nm_extract_minerals(ctx, b->rec[i], b->len[i], &m, &n) != NM_OK)
			return 1;
		for (int k = 0; k < n; k++)
			printf("m %d %d %s %zu %zu %zu %zu %zu\n", i, m[k].mineral->id, m[k].form,
				   m[k].byte_start, m[k].byte_len, m[k].char_start,
				   m[k].sentence_start, m[k].sentence_len);
		nm_ctx_reset(ctx);
	}
	return 0;
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
	double		min_cpu = 0;	/* > 0: pass until this much CPU time */
	nm_min_scan_path path = NM_MIN_SCAN_BEST;
	int			done;
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
	if (argc > 3 && argv[3][0] && argv[3][strlen(argv[3]) - 1] == 's')
	{
		min_cpu = atof(argv[3]);
		reps = min_cpu > 0 ? 1 : 0;
	}
	if (strncmp(mode, "scan:", 5) == 0 || strncmp(mode, "dump:", 5) == 0)
	{
		static const char *const paths[] = {"best", "portable", "sse2", "avx2"};
		int			k = 0;

		while (k < 4 && strcmp(mode + 5, paths[k]) != 0)
			k++;
		path = (nm_min_scan_path) k;
		mode = k == 4 ? "" : mode[0] == 's' ? "scan" : "dump";
	}
	if (argc == 3 && strcmp(mode, "dump") == 0)
	{
		int			rc;

		bench_read_bundle(argv[2], &b);
		nm_ctx_init(&ctx, NULL);
		rc = dump(&ctx, &b, path);
		nm_ctx_free(&ctx);
		if (rc)
			fprintf(stderr, "core_bench: dump failed (scan path not available?)\n");
		return rc;
	}
	if (argc < 3 || reps < 1 || (strcmp(mode, "parse") != 0 && strcmp(mode, "minerals") != 0 &&
								 strcmp(mode, "scan") != 0 && strcmp(mode, "bytes") != 0))
	{
		fprintf(stderr, "usage: %s parse|minerals|scan[:PATH]|bytes BUNDLE [REPS|SECONDSs] | names | dump[:PATH] BUNDLE\n",
				argv[0]);
		return 2;
	}
	bench_read_bundle(argv[2], &b);
	xmlInitParser();
	nm_ctx_init(&ctx, NULL);
	t0 = bench_now();
	c0 = bench_cpu();
	for (done = 0; min_cpu > 0 ? done == 0 || bench_cpu() - c0 < min_cpu : done < reps; done++)
	{
		if (strcmp(mode, "parse") == 0)
			check = run_parse(&ctx, &b, &failed);
		else if (strcmp(mode, "minerals") == 0)
			check = run_minerals(&ctx, &b, &failed);
		else if (strcmp(mode, "scan") == 0)
			check = run_scan(&ctx, &b, path, &failed);
		else
			check = run_bytes(&ctx, &b, &failed);
	}
	bench_report(mode, &b, done, bench_now() - t0, bench_cpu() - c0, check);
	if (failed)
		fprintf(stderr, "core_bench: %lld records failed\n", failed);
	nm_ctx_free(&ctx);
	xmlCleanupParser();
	return 0;
}
