/*
 * nm_pg.h -- helpers shared by the SQL glue: an nm_ctx wired to palloc and
 * CHECK_FOR_INTERRUPTS, the input-size GUC, UTF-8 in/out and datum builders.
 */
#ifndef NM_PG_H
#define NM_PG_H

#include "postgres.h"

#include "access/tupdesc.h"
#include "fmgr.h"
#include "newsminer.h"
#include "utils/timestamp.h"

/* GUC newsminer.max_input_size, in bytes. */
extern int	nm_max_input_size;

/*
 * Initialise ctx for one call: its arena blocks are allocated in
 * CurrentMemoryContext (freed with it, also on ERROR), its abort hook runs
 * CHECK_FOR_INTERRUPTS() (the core calls it only outside libxml2 callbacks).
 * nm_pg_ctx_done() releases libxml2 objects and the arena early.
 */
extern void nm_pg_ctx_init(nm_ctx *ctx);
extern void nm_pg_ctx_done(nm_ctx *ctx);

/* ereport(ERROR) with the SQLSTATE that fits a non-OK status. */
extern void nm_pg_report(nm_ctx *ctx, nm_status status) pg_attribute_noreturn();
#define NM_PG_CHECK(ctx, st) \
	do { nm_status st_ = (st); if (st_ != NM_OK) nm_pg_report((ctx), st_); } while (0)

/*
 * Run a core function that uses libxml2 under pg_xml_init/PG_TRY: on ERROR
 * (including query cancel from the abort hook) every libxml2 object the
 * core registered in ctx is freed before the error propagates.
 */
typedef nm_status (*nm_pg_xml_fn) (nm_ctx *ctx, void *arg);
extern nm_status nm_pg_run_xml(nm_ctx *ctx, nm_pg_xml_fn fn, void *arg);

/*
 * Input text as UTF-8 bytes (converted from the server encoding if needed),
 * after checking newsminer.max_input_size (ERROR 54000 beyond it).
 */
extern const char *nm_pg_text_utf8(text *t, size_t *len);

/* Raw bytea input with the same size check. */
extern const char *nm_pg_bytea_bytes(bytea *b, size_t *len);

/*
 * True when s holds only printable ASCII (0x20..0x7E): bytes that are valid,
 * need no cleaning and read the same in every server encoding.
 */
extern bool nm_pg_printable_ascii(const char *s, size_t len);

/* Builders: core UTF-8 strings to SQL values (NULL pointer -> isnull). */
extern Datum nm_pg_text_datum(const char *s, bool *isnull);
extern Datum nm_pg_text_span_datum(const char *s, size_t len, bool *isnull);
extern Datum nm_pg_text_array_datum(const char *const *items, int n, bool *isnull);
extern Datum nm_pg_timestamptz_datum(nm_time t, bool *isnull);

/*
 * 1-based character position, as substr() counts, of byte offset `off`
 * in the UTF-8 input `s`.
 */
extern int32 nm_pg_char_pos(const char *s, size_t off);

/*
 * Set-returning functions run in materialize mode (the core's result is
 * complete before the first row, so an early LIMIT leaks nothing).
 * nm_pg_srf_begin() checks that the caller accepts a materialized set and
 * selects that mode, but creates no tuplestore: nm_pg_put_rows() creates it
 * for the first row, so a call with no rows (most calls on real text) costs
 * no catalog lookup, tuple descriptor or store (the executor reads a NULL
 * setResult as the empty set).  nm_pg_materialize() also creates the store
 * and rsinfo->setDesc at once, for code that calls tuplestore_putvalues()
 * itself.
 */
struct ReturnSetInfo;
extern struct ReturnSetInfo *nm_pg_srf_begin(FunctionCallInfo fcinfo);
extern struct ReturnSetInfo *nm_pg_materialize(FunctionCallInfo fcinfo);

/*
 * Fill callback of nm_pg_put_rows: the datums of row i of `items` (nulls
 * arrive all false).  `src` is the UTF-8 input the items' offsets refer to;
 * `fcinfo` lets the callback keep per-call-site caches in fn_extra.
 */
typedef void (*nm_pg_fill_row) (FunctionCallInfo fcinfo, const void *items,
								 int i, const char *src,
								 Datum *values, bool *nulls);

/*
 * Append n rows to a materialized SRF's result (after nm_pg_srf_begin or
 * nm_pg_materialize; n == 0 does nothing).  Each row's datums are built in a
 * per-row memory context reset after tuplestore_putvalues() (the tuplestore
 * keeps its own copy and spills to disk), so memory stays flat however many
 * rows an input yields; the loop honours query cancel.
 */
extern void nm_pg_put_rows(FunctionCallInfo fcinfo, const void *items,
						   int n, const char *src, nm_pg_fill_row fill);

/* Tuple descriptor of the function's declared composite result, blessed
 * and cached in fn_extra. */
extern TupleDesc nm_pg_result_desc(FunctionCallInfo fcinfo);

#endif							/* NM_PG_H */
