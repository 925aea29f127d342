/*
 * newsminer.c -- module entry: PG_MODULE_MAGIC, the GUCs, and the helpers of
 * nm_pg.h that wire the PostgreSQL-free core to palloc, ereport and interrupts.
 */
#include "nm_pg.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"
#include "catalog/namespace.h"
#include "lib/stringinfo.h"
#include "nodes/execnodes.h"
#include "utils/xml.h"

#include <libxml/parser.h>

PG_MODULE_MAGIC;

int			nm_max_input_size = 16 * 1024 * 1024;

void		_PG_init(void);

PG_FUNCTION_INFO_V1(nm_sql_version);
PG_FUNCTION_INFO_V1(nm_sql_libxml_version);

void
_PG_init(void)
{
	DefineCustomIntVariable("newsminer.max_input_size",
							"Largest input, in bytes, that newsminer functions accept.",
							"Larger inputs raise ERROR 54000 before any parsing starts.",
							&nm_max_input_size,
							16 * 1024 * 1024,
							1024,
							MaxAllocSize / 4,
							PGC_USERSET,
							GUC_UNIT_BYTE,
							NULL, NULL, NULL);
#if PG_VERSION_NUM >= 150000
	MarkGUCPrefixReserved("newsminer");
#else
	EmitWarningsOnPlaceholders("newsminer");
#endif
}

/* ---- the ctx hooks ------------------------------------------------------ */

static void *
pg_arena_alloc(size_t size, void *user)
{
	/* NULL on OOM: the core turns it into NM_ERR_NOMEM, we into an ERROR. */
	return MemoryContextAllocExtended((MemoryContext) user, size,
									  MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
}

static void
pg_arena_free(void *ptr, void *user)
{
	pfree(ptr);
}

static bool
pg_should_abort(void *user)
{
	/* May longjmp: the core only calls this outside libxml2 callbacks. */
	CHECK_FOR_INTERRUPTS();
	return false;
}

void
nm_pg_ctx_init(nm_ctx *ctx)
{
	nm_hooks	hooks;

	/*
	 * The arena blocks come straight from the caller's context: no child
	 * context to create and delete on every call (most calls of the mention
	 * functions allocate nothing at all).
	 */
	hooks.alloc = pg_arena_alloc;
	hooks.free = pg_arena_free;
	hooks.should_abort = pg_should_abort;
	hooks.user = CurrentMemoryContext;
	nm_ctx_init(ctx, &hooks);
	/* The glue enforces the GUC itself, with a proper SQLSTATE. */
	ctx->max_input_size = 0;
}

void
nm_pg_ctx_done(nm_ctx *ctx)
{
	/* Releases the libxml2 objects and pfrees the arena blocks. */
	nm_ctx_reset(ctx);
}

void
nm_pg_report(nm_ctx *ctx, nm_status status)
{
	const char *detail = ctx->errmsg[0] ? ctx->errmsg : NULL;

	switch (status)
	{
		case NM_ERR_NOMEM:
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory in newsminer"),
					 detail ? errdetail_internal("%s", detail) : 0));
			break;
		case NM_ERR_TOO_LARGE:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("input exceeds a newsminer limit"),
					 detail ? errdetail_internal("%s", detail) : 0));
			break;
		case NM_ERR_ABORTED:
			/* The abort hook normally longjmps first; be safe anyway. */
			CHECK_FOR_INTERRUPTS();
			ereport(ERROR,
					(errcode(ERRCODE_QUERY_CANCELED),
					 errmsg("newsminer call was interrupted")));
			break;
		case NM_ERR_PARSE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_XML_DOCUMENT),
					 errmsg("could not parse document"),
					 detail ? errdetail_internal("%s", detail) : 0));
			break;
		case NM_ERR_INVALID:
		default:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid input to newsminer"),
					 detail ? errdetail_internal("%s", detail) : 0));
			break;
	}
	pg_unreachable();
}

nm_status
nm_pg_run_xml(nm_ctx *ctx, nm_pg_xml_fn fn, void *arg)
{
	PgXmlErrorContext *volatile xmlerrcxt;
	volatile nm_status status = NM_OK;

	/* Messy HTML is normal: only parser, memory and I/O errors count. */
	xmlerrcxt = pg_xml_init(PG_XML_STRICTNESS_WELLFORMED);
	PG_TRY();
	{
		status = fn(ctx, arg);
	}
	PG_CATCH();
	{
		nm_ctx_release_xml(ctx);
		pg_xml_done(xmlerrcxt, true);
		PG_RE_THROW();
	}
	PG_END_TRY();
	nm_ctx_release_xml(ctx);

	/*
	 * Recoverable parser complaints about hostile markup do not fail the
	 * call (the core already produced its best result); libxml2 only
	 * records them, so just restore its state.
	 */
	pg_xml_done(xmlerrcxt, pg_xml_error_occurred(xmlerrcxt));
	return status;
}

/* ---- UTF-8 hygiene ------------------------------------------------------- */

/* True for bytes/characters no text column may hold: invalid UTF-8, NUL,
 * C0 controls other than tab and newline, DEL and the C1 controls. */
static bool
needs_cleaning(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
	{
		unsigned char b = (unsigned char) s[i];

		if (b < 0x20 ? (b != '\n' && b != '\t') : b == 0x7F)
			return true;
		if (b == 0xC2 && i + 1 < len && (unsigned char) s[i + 1] < 0xA0)
			return true;
	}
	return !nm_utf8_valid(s, len);
}

/*
 * Copy of s with invalid sequences as U+FFFD (one character per bad byte,
 * so character positions survive) and, when drop_controls, without the
 * control characters needs_cleaning() objects to.  The core never produces
 * either; for output this is defence in depth because the bytes go straight
 * into text values.
 */
static char *
clean_utf8(const char *s, size_t len, bool drop_controls, size_t *out_len)
{
	char	   *out = palloc(len * 3 + 1);
	size_t		o = 0;

	for (size_t i = 0; i < len;)
	{
		size_t		adv;
		uint32_t	c = nm_utf8_decode(s + i, len - i, &adv);

		if (c == 0xFFFD && adv == 1)
		{
			memcpy(out + o, "\xEF\xBF\xBD", 3);
			o += 3;
		}
		else if (!drop_controls ||
				 (c >= 0x20 && c != 0x7F && (c < 0x80 || c >= 0xA0)) ||
				 c == '\n' || c == '\t')
		{
			memcpy(out + o, s + i, adv);
			o += adv;
		}
		i += adv;
	}
	out[o] = '\0';
	*out_len = o;
	return out;
}

/*
 * UTF-8 to a non-UTF-8 server encoding without raising: a character the
 * server encoding cannot hold becomes '?', so odd input never turns into
 * an "untranslatable character" ERROR (a LATIN1 database and a euro sign).
 */
static char *
utf8_to_server_lossy(const char *s, size_t len)
{
#if PG_VERSION_NUM >= 140000
	int			dest_enc = GetDatabaseEncoding();
	Oid			proc = FindDefaultConversionProc(PG_UTF8, dest_enc);
	StringInfoData buf;
	unsigned char *chunk;
	size_t		i = 0;

	if (!OidIsValid(proc))
		return pg_any_to_server(s, (int) len, PG_UTF8);
	initStringInfo(&buf);
	chunk = palloc(len * MAX_CONVERSION_GROWTH + 1);
	while (i < len)
	{
		int			done;
		size_t		adv;

		done = pg_do_encoding_conversion_buf(proc, PG_UTF8, dest_enc,
											 (unsigned char *) s + i, (int) (len - i),
											 chunk, (int) (len * MAX_CONVERSION_GROWTH + 1),
											 true);
		appendStringInfoString(&buf, (char *) chunk);
		i += done;
		if (i < len)
		{
			/* Unconvertible character: one '?' for it, then go on. */
			nm_utf8_decode(s + i, len - i, &adv);
			appendStringInfoChar(&buf, '?');
			i += adv;
		}
	}
	return buf.data;
#else
	return pg_any_to_server(s, (int) len, PG_UTF8);
#endif
}

/* ---- input -------------------------------------------------------------- */

static void
check_input_size(size_t len)
{
	if (len > (size_t) nm_max_input_size)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("input of %zu bytes exceeds newsminer.max_input_size (%d bytes)",
						len, nm_max_input_size),
				 errhint("Raise newsminer.max_input_size for this session if the input is legitimate.")));
}

const char *
nm_pg_text_utf8(text *t, size_t *len)
{
	const char *data = VARDATA_ANY(t);
	size_t		n = VARSIZE_ANY_EXHDR(t);
	char	   *conv;

	check_input_size(n);
	if (GetDatabaseEncoding() == PG_UTF8 || n == 0)
	{
		*len = n;
		return data;
	}
	if (GetDatabaseEncoding() == PG_SQL_ASCII)
	{
		/*
		 * SQL_ASCII text is any bytes (pg_server_to_any would only verify
		 * them and raise): the core accepts only UTF-8, so invalid bytes
		 * become U+FFFD.  The varlena is not NUL-terminated: keep n.
		 */
		*len = n;
		if (nm_utf8_valid(data, n))
			return data;
		return clean_utf8(data, n, false, len);
	}
	conv = pg_server_to_any(data, (int) n, PG_UTF8);
	*len = strlen(conv);
	return conv;
}

const char *
nm_pg_bytea_bytes(bytea *b, size_t *len)
{
	*len = VARSIZE_ANY_EXHDR(b);
	check_input_size(*len);
	return VARDATA_ANY(b);
}

/* ---- output ------------------------------------------------------------- */

bool
nm_pg_printable_ascii(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
	{
		/* 0x20..0x7E: one unsigned compare */
		if ((unsigned char) (s[i] - 0x20) > 0x5E)
			return false;
	}
	return true;
}

Datum
nm_pg_text_span_datum(const char *s, size_t len, bool *isnull)
{
	if (s == NULL)
	{
		*isnull = true;
		return (Datum) 0;
	}
	*isnull = false;
	/* Printable ASCII (most output) is the same bytes in every encoding. */
	if (nm_pg_printable_ascii(s, len))
		return PointerGetDatum(cstring_to_text_with_len(s, (int) len));
	if (needs_cleaning(s, len))
		s = clean_utf8(s, len, true, &len);
	if (GetDatabaseEncoding() == PG_UTF8)
		return PointerGetDatum(cstring_to_text_with_len(s, (int) len));
	if (GetDatabaseEncoding() == PG_SQL_ASCII)
		return PointerGetDatum(cstring_to_text_with_len(s, (int) len));
	return PointerGetDatum(cstring_to_text(utf8_to_server_lossy(s, len)));
}

Datum
nm_pg_text_datum(const char *s, bool *isnull)
{
	return nm_pg_text_span_datum(s, s ? strlen(s) : 0, isnull);
}

Datum
nm_pg_text_array_datum(const char *const *items, int n, bool *isnull)
{
	Datum	   *elems;
	ArrayType  *arr;

	if (items == NULL || n <= 0)
	{
		*isnull = true;
		return (Datum) 0;
	}
	elems = palloc(sizeof(Datum) * n);
	for (int i = 0; i < n; i++)
	{
		bool		elem_null;

		elems[i] = nm_pg_text_datum(items[i] ? items[i] : "", &elem_null);
	}
	arr = construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT);
	*isnull = false;
	return PointerGetDatum(arr);
}

Datum
nm_pg_timestamptz_datum(nm_time t, bool *isnull)
{
	/* Core time counts from 1970; PostgreSQL's from 2000. */
	const int64 epoch_shift = (int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * USECS_PER_DAY;
	TimestampTz ts;

	if (!t.valid)
	{
		*isnull = true;
		return (Datum) 0;
	}
	ts = (TimestampTz) (t.usec - epoch_shift);
	if (!IS_VALID_TIMESTAMP(ts))
	{
		*isnull = true;
		return (Datum) 0;
	}
	*isnull = false;
	return TimestampTzGetDatum(ts);
}

int32
nm_pg_char_pos(const char *s, size_t off)
{
	return (int32) nm_utf8_char_count(s, off) + 1;
}

TupleDesc
nm_pg_result_desc(FunctionCallInfo fcinfo)
{
	TupleDesc	tupdesc = (TupleDesc) fcinfo->flinfo->fn_extra;

	if (tupdesc == NULL)
	{
		MemoryContext old;
		TupleDesc	desc;

		if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("function returning record called in context that cannot accept type record")));
		old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		tupdesc = BlessTupleDesc(CreateTupleDescCopy(desc));
		MemoryContextSwitchTo(old);
		fcinfo->flinfo->fn_extra = tupdesc;
	}
	return tupdesc;
}

ReturnSetInfo *
nm_pg_srf_begin(FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	/* Both executor paths pass the declared row type; rows are built in it. */
	if (rsinfo->expectedDesc == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = NULL;
	rsinfo->setDesc = NULL;
	return rsinfo;
}

/* The tuplestore of a materialized result, created in per-query memory. */
static void
srf_create_store(ReturnSetInfo *rsinfo)
{
	MemoryContext old = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);

	rsinfo->setResult =
		tuplestore_begin_heap((rsinfo->allowedModes & SFRM_Materialize_Random) != 0,
							  false, work_mem);
	MemoryContextSwitchTo(old);
}

ReturnSetInfo *
nm_pg_materialize(FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = nm_pg_srf_begin(fcinfo);
	MemoryContext old;

	srf_create_store(rsinfo);
	/* The executor frees this copy after checking it against the query. */
	old = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	rsinfo->setDesc = CreateTupleDescCopy(rsinfo->expectedDesc);
	MemoryContextSwitchTo(old);
	return rsinfo;
}

void
nm_pg_put_rows(FunctionCallInfo fcinfo, const void *items, int n,
			   const char *src, nm_pg_fill_row fill)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	TupleDesc	desc;
	int			natts;
	Datum	   *values;
	bool	   *nulls;
	MemoryContext row_cxt;
	MemoryContext call_cxt;

	if (n <= 0)
		return;
	if (rsinfo->setResult == NULL)
		srf_create_store(rsinfo);
	desc = rsinfo->setDesc ? rsinfo->setDesc : rsinfo->expectedDesc;
	natts = desc->natts;
	values = palloc(natts * sizeof(Datum));
	nulls = palloc(natts * sizeof(bool));
	row_cxt = AllocSetContextCreate(CurrentMemoryContext, "newsminer row",
									ALLOCSET_DEFAULT_SIZES);
	call_cxt = MemoryContextSwitchTo(row_cxt);
	for (int i = 0; i < n; i++)
	{
		CHECK_FOR_INTERRUPTS();
		memset(nulls, 0, natts * sizeof(bool));
		fill(fcinfo, items, i, src, values, nulls);
		tuplestore_putvalues(rsinfo->setResult, desc, values, nulls);
		MemoryContextReset(row_cxt);
	}
	MemoryContextSwitchTo(call_cxt);
	MemoryContextDelete(row_cxt);
	pfree(values);
	pfree(nulls);
}

/* ---- version information ------------------------------------------------ */

Datum
nm_sql_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(NM_VERSION_STRING));
}

Datum
nm_sql_libxml_version(PG_FUNCTION_ARGS)
{
	/* The library actually loaded, not the headers we were built with. */
	PG_RETURN_TEXT_P(cstring_to_text(xmlParserVersion));
}
