/*
 * bench_io.h -- what the bench drivers share: reading a bundle of records
 * (NUL-separated, written by bench/make_inputs.py) and a monotonic clock.
 */
#ifndef BENCH_IO_H
#define BENCH_IO_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct bench_bundle
{
	char	   *data;			/* whole file, NUL-terminated records */
	size_t		size;
	const char **rec;			/* record starts */
	size_t	   *len;			/* record lengths */
	int			n;
	size_t		bytes;			/* sum of record lengths */
} bench_bundle;

/* Reads the bundle at path; exits with a message on failure. */
static inline void
bench_read_bundle(const char *path, bench_bundle *b)
{
	FILE	   *f = fopen(path, "rb");
	size_t		cap = 1024;

	memset(b, 0, sizeof(*b));
	if (f == NULL || fseek(f, 0, SEEK_END) != 0)
	{
		perror(path);
		exit(2);
	}
	b->size = (size_t) ftell(f);
	rewind(f);
	b->data = malloc(b->size + 1);
	b->rec = malloc(cap * sizeof(*b->rec));
	b->len = malloc(cap * sizeof(*b->len));
	if (!b->data || !b->rec || !b->len || fread(b->data, 1, b->size, f) != b->size)
	{
		perror(path);
		exit(2);
	}
	fclose(f);
	b->data[b->size] = '\0';
	for (size_t i = 0; i < b->size;)
	{
		size_t		l = strlen(b->data + i);

		if (l > 0)
		{
			if ((size_t) b->n == cap)
			{
				cap *= 2;
				b->rec = realloc(b->rec, cap * sizeof(*b->rec));
				b->len = realloc(b->len, cap * sizeof(*b->len));
				if (!b->rec || !b->len)
					exit(2);
			}
			b->rec[b->n] = b->data + i;
			b->len[b->n] = l;
			b->n++;
			b->bytes += l;
		}
		i += l + 1;
	}
}

static inline double
bench_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static inline double
bench_cpu(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The one result line run.sh parses. */
static inline void
bench_report(const char *what, const bench_bundle *b, int reps,
			 double wall, double cpu, long long check)
{
	printf("%s records=%d bytes=%zu reps=%d wall_s=%.6f cpu_s=%.6f check=%lld\n",
		   what, b->n, b->bytes, reps, wall, cpu, check);
}

#endif							/* BENCH_IO_H */
