/*
 * nm_text.h -- internal helpers of the text side of the core (dates,
 * datelines, bylines, layout): date spans, word folding, agency names.
 */
#ifndef NM_TEXT_H
#define NM_TEXT_H

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

/* Canonical wire-agency name of s[0..len) ("Associated Press" -> "AP"),
 * case-insensitive; NULL if not a known agency. */
extern const char *nm_agency_name(const char *s, size_t len);

/*
 * A byline line: "By Jane Doe and John Roe", "By A, B and C",
 * "By Jane Doe, Reuters | July 15, 2024 3:45 PM EDT".  On success fills the
 * cleaned author names (agencies and roles dropped; may be 0 names) and the
 * date found on the line (date->valid false if none).
 */
extern bool nm_parse_byline(nm_ctx *ctx, const char *line, size_t len,
							char ***authors, int *n_authors, nm_time *date);

/*
 * A trailing wire credit: "(Reporting by Jane Doe in Ottawa; Editing by
 * John Roe)".  Returns the byte offset where the credit starts inside
 * para (so that para[0..offset) is the text before it), or -1 if para does
 * not end with one.  Reporter/writer names go to *authors.
 */
extern long nm_find_credits(nm_ctx *ctx, const char *para, size_t len,
							char ***authors, int *n_authors);

/* Lower-case particles inside names, " de da van von der … " (byline.c). */
extern const char nm_name_particles[];

/* True when w is one of the space-separated words of list (which starts
 * and ends with a space): " de da van von ". */
extern bool nm_word_in_list(const char *list, const char *w);

/* Collapses runs of white space to one space and trims; arena copy. */
extern char *nm_squeeze_spaces(nm_ctx *ctx, const char *s, size_t len);

#endif							/* NM_TEXT_H */
