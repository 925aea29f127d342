/*
 * nm_min_blocks.h -- the mineral scanner's 64-byte block classification in
 * three versions (plain C, SSE2, AVX2), and the bit helpers it uses.
 */
#ifndef NM_MIN_BLOCKS_H
#define NM_MIN_BLOCKS_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#define NM_MIN_HAVE_SSE2 1
#endif
/* The AVX2 version is compiled for that target alone (no -march flags in
 * the build) and chosen at run time. */
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define NM_MIN_HAVE_AVX2 1
#define NM_MIN_AVX2_TARGET __attribute__((target("avx2,bmi,bmi2")))
#endif

#define NM_MIN_BLOCK	64		/* bytes classified at once */

/* The scan loop is instantiated once per classifier: everything in it
 * must be inlined there, the classifier first. */
#if defined(__GNUC__) || defined(__clang__)
#define NM_MIN_INLINE	inline __attribute__((always_inline))
#else
#define NM_MIN_INLINE	inline
#endif

static inline int
nm_min_ctz64(uint64_t x)
{
#if defined(__GNUC__) || defined(__clang__)
	return __builtin_ctzll(x);
#else
	int			n = 0;

	while (!(x & 1))
	{
		x >>= 1;
		n++;
	}
	return n;
#endif
}

/* Index of the highest set bit (x != 0). */
static inline int
nm_min_top64(uint64_t x)
{
#if defined(__GNUC__) || defined(__clang__)
	return 63 - __builtin_clzll(x);
#else
	int			n = 0;

	while (x >>= 1)
		n++;
	return n;
#endif
}

/* 8 bytes, p[0] in the low bits whatever the byte order (compilers make
 * this one load on little-endian machines). */
static inline uint64_t
nm_min_load_le64(const unsigned char *p)
{
	return (uint64_t) p[0] | (uint64_t) p[1] << 8 | (uint64_t) p[2] << 16 |
		(uint64_t) p[3] << 24 | (uint64_t) p[4] << 32 | (uint64_t) p[5] << 40 |
		(uint64_t) p[6] << 48 | (uint64_t) p[7] << 56;
}

/*
 * Word-character bits of the 64 bytes at p (bit k = byte k): ASCII letters,
 * digits and '_', as nm_min_is_word_cp has them.  False when a byte is not
 * ASCII (the caller then goes one code point at a time).
 *
 * Plain C: SWAR range tests on 8 bytes at a time, exact for bytes below
 * 0x80 (b is in [lo, hi] when b + 0x80 - lo has bit 7 and b + 0x7f - hi has
 * not), then bit 7 of every byte gathered by a multiplication.
 */
static NM_MIN_INLINE bool
nm_min_word_bits_portable(const unsigned char *p, uint64_t *bits)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	uint64_t	acc = 0;
	uint64_t	word = 0;

	for (int k = 0; k < NM_MIN_BLOCK; k += 8)
	{
		uint64_t	x = nm_min_load_le64(p + k),
					l,
					u,
					m;

		acc |= x;
		l = x | (ones * 0x20);	/* ASCII letters to lower case */
		u = x ^ (ones * '_');
		m = ((l + ones * (0x80 - 'a')) & ~(l + ones * (0x7f - 'z'))) |
			((x + ones * (0x80 - '0')) & ~(x + ones * (0x7f - '9'))) |
			~((u + ones * 0x7f) | u);
		m &= ones * 0x80;
		/* bit 7 of byte q to bit 56 + q: one product term each, no carry */
		word |= (((m >> 7) * UINT64_C(0x0102040810204080)) >> 56) << k;
	}
	*bits = word;
	return (acc & ones * 0x80) == 0;
}

#ifdef NM_MIN_HAVE_SSE2
/* The same 16 bytes per step (every x86-64 has SSE2). */
static NM_MIN_INLINE bool
nm_min_word_bits_sse2(const unsigned char *p, uint64_t *bits)
{
	const __m128i a = _mm_set1_epi8('a');
	const __m128i zero = _mm_set1_epi8('0');
	const __m128i n25 = _mm_set1_epi8(25);
	const __m128i n9 = _mm_set1_epi8(9);
	const __m128i lower = _mm_set1_epi8(0x20);
	const __m128i under = _mm_set1_epi8('_');
	__m128i		high = _mm_setzero_si128();
	uint64_t	word = 0;

	for (int k = 0; k < NM_MIN_BLOCK; k += 16)
	{
		__m128i		x = _mm_loadu_si128((const __m128i *) (p + k));
		__m128i		l = _mm_sub_epi8(_mm_or_si128(x, lower), a);
		__m128i		d = _mm_sub_epi8(x, zero);
		__m128i		m;

		high = _mm_or_si128(high, x);
		/* unsigned range tests: v <= n exactly when min(v, n) == v */
		m = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(l, n25), l),
						 _mm_cmpeq_epi8(_mm_min_epu8(d, n9), d));
		m = _mm_or_si128(m, _mm_cmpeq_epi8(x, under));
		word |= (uint64_t) (unsigned) _mm_movemask_epi8(m) << k;
	}
	*bits = word;
	return _mm_movemask_epi8(high) == 0;
}
#endif

#ifdef NM_MIN_HAVE_AVX2
/* The same 32 bytes per step. */
static NM_MIN_INLINE NM_MIN_AVX2_TARGET bool
nm_min_word_bits_avx2(const unsigned char *p, uint64_t *bits)
{
	const __m256i a = _mm256_set1_epi8('a');
	const __m256i zero = _mm256_set1_epi8('0');
	const __m256i n25 = _mm256_set1_epi8(25);
	const __m256i n9 = _mm256_set1_epi8(9);
	const __m256i lower = _mm256_set1_epi8(0x20);
	const __m256i under = _mm256_set1_epi8('_');
	__m256i		x0 = _mm256_loadu_si256((const __m256i *) p);
	__m256i		x1 = _mm256_loadu_si256((const __m256i *) (p + 32));
	__m256i		m0,
				m1,
				l,
				d;

	l = _mm256_sub_epi8(_mm256_or_si256(x0, lower), a);
	d = _mm256_sub_epi8(x0, zero);
	m0 = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(_mm256_min_epu8(l, n25), l),
										 _mm256_cmpeq_epi8(_mm256_min_epu8(d, n9), d)),
						 _mm256_cmpeq_epi8(x0, under));
	l = _mm256_sub_epi8(_mm256_or_si256(x1, lower), a);
	d = _mm256_sub_epi8(x1, zero);
	m1 = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(_mm256_min_epu8(l, n25), l),
										 _mm256_cmpeq_epi8(_mm256_min_epu8(d, n9), d)),
						 _mm256_cmpeq_epi8(x1, under));
	*bits = (uint64_t) (uint32_t) _mm256_movemask_epi8(m0) |
		(uint64_t) (uint32_t) _mm256_movemask_epi8(m1) << 32;
	return _mm256_movemask_epi8(_mm256_or_si256(x0, x1)) == 0;
}
#endif

#endif							/* NM_MIN_BLOCKS_H */
