/*
 * nm_dates.h -- internal date helpers shared by dates.c, dateline.c and the
 * text-layout parser: date spans inside a line and month/word folding.
 */
#ifndef NM_DATES_H
#define NM_DATES_H

#include "newsminer.h"

/*
 * Finds the first complete date in s[0..len) like nm_parse_date, and also
 * reports the byte span [*start, *end) it occupies (labels excluded).
 */
extern bool nm_find_date(const char *s, size_t len, nm_time *out,
						 size_t *start, size_t *end);

/*
 * Reads one word at s (letters only, Latin accents folded to ASCII, lower
 * case) into buf (NUL-terminated, at most bufsize - 1 bytes).  Returns the
 * bytes consumed, 0 if s does not start with a letter.  A word longer than
 * the buffer is consumed in full but reported truncated (buf[0] = '\0').
 */
extern size_t nm_fold_word(const char *s, size_t len, char *buf, size_t bufsize);

/* Month 1..12 of a folded month name or abbreviation (many languages), or 0. */
extern int	nm_month_of_word(const char *folded);

/* True for a folded weekday name or abbreviation (many languages). */
extern bool nm_is_weekday_word(const char *folded);

/* Days since 1970-01-01 of a proleptic Gregorian civil date. */
extern int64_t nm_days_from_civil(int y, int m, int d);

/* Days in month m of year y (0 if m is out of range). */
extern int	nm_days_in_month(int y, int m);

#endif							/* NM_DATES_H */
