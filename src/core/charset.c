/*
 * charset.c -- nm_bytes_to_utf8: finds the charset of raw page bytes (BOM,
 * XML declaration, <meta>, UTF-8 validity) and converts them to UTF-8.
 */
#include "nm_html.h"

#include "nm_ascii.h"
#include <errno.h>

#include <libxml/encoding.h>

#define SNIFF_BYTES		8192
#define MAX_BAD_SEQS	4096

/* windows-1252 0x80..0x9F; 0 = undefined (becomes U+FFFD) */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

static const struct
{
	const char *label;
	const char *name;			/* canonical, as libxml2/iconv knows it */
}			charset_labels[] =
{
	{"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"unicode-1-1-utf-8", "UTF-8"},
	{"us-ascii", "windows-1252"}, {"ascii", "windows-1252"},
	{"iso-8859-1", "windows-1252"}, {"iso8859-1", "windows-1252"},
	{"iso_8859-1", "windows-1252"}, {"latin1", "windows-1252"}, {"l1", "windows-1252"},
	{"windows-1252", "windows-1252"}, {"cp1252", "windows-1252"},
	{"x-cp1252", "windows-1252"}, {"cp819", "windows-1252"},
	{"iso-8859-2", "ISO-8859-2"}, {"iso8859-2", "ISO-8859-2"}, {"latin2", "ISO-8859-2"},
	{"iso-8859-3", "ISO-8859-3"}, {"iso-8859-4", "ISO-8859-4"},
	{"iso-8859-5", "ISO-8859-5"}, {"iso-8859-6", "ISO-8859-6"},
	{"iso-8859-7", "ISO-8859-7"}, {"iso-8859-8", "ISO-8859-8"},
	{"iso-8859-9", "ISO-8859-9"}, {"latin5", "ISO-8859-9"},
	{"iso-8859-10", "ISO-8859-10"}, {"iso-8859-13", "ISO-8859-13"},
	{"iso-8859-14", "ISO-8859-14"}, {"iso-8859-15", "ISO-8859-15"},
	{"iso8859-15", "ISO-8859-15"}, {"latin9", "ISO-8859-15"},
	{"iso-8859-16", "ISO-8859-16"},
	{"windows-1250", "WINDOWS-1250"}, {"cp1250", "WINDOWS-1250"}, {"x-cp1250", "WINDOWS-1250"},
	{"windows-1251", "WINDOWS-1251"}, {"cp1251", "WINDOWS-1251"}, {"x-cp1251", "WINDOWS-1251"},
	{"windows-1253", "WINDOWS-1253"}, {"cp1253", "WINDOWS-1253"},
	{"windows-1254", "WINDOWS-1254"}, {"cp1254", "WINDOWS-1254"},
	{"windows-1255", "WINDOWS-1255"}, {"cp1255", "WINDOWS-1255"},
	{"windows-1256", "WINDOWS-1256"}, {"cp1256", "WINDOWS-1256"},
	{"windows-1257", "WINDOWS-1257"}, {"cp1257", "WINDOWS-1257"},
	{"windows-1258", "WINDOWS-1258"}, {"cp1258", "WINDOWS-1258"},
	{"windows-874", "WINDOWS-874"}, {"tis-620", "WINDOWS-874"},
	{"koi8-r", "KOI8-R"}, {"koi8r", "KOI8-R"}, {"koi8-u", "KOI8-U"},
	{"gb2312", "GB18030"}, {"gbk", "GB18030"}, {"gb18030", "GB18030"},
	{"x-gbk", "GB18030"}, {"csgb2312", "GB18030"}, {"chinese", "GB18030"},
	{"gb_2312-80", "GB18030"}, {"euc-cn", "GB18030"},
	{"big5", "BIG5"}, {"big5-hkscs", "BIG5-HKSCS"}, {"x-x-big5", "BIG5"},
	{"shift_jis", "CP932"}, {"shift-jis", "CP932"}, {"sjis", "CP932"},
	{"x-sjis", "CP932"}, {"ms_kanji", "CP932"}, {"windows-31j", "CP932"},
	{"cp932", "CP932"}, {"euc-jp", "EUC-JP"}, {"iso-2022-jp", "ISO-2022-JP"},
	{"euc-kr", "CP949"}, {"ks_c_5601-1987", "CP949"}, {"cp949", "CP949"},
	{"windows-949", "CP949"},
	{"utf-16le", "UTF-16LE"}, {"utf-16be", "UTF-16BE"}, {"utf-16", "UTF-16LE"},
};

/* Canonical charset name of a label (case-insensitive), or NULL. */
static const char *
canonical_charset(const char *label, size_t len)
{
	char		buf[32];
	size_t		i;

	while (len > 0 && (*label == ' ' || *label == '"' || *label == '\''))
	{
		label++;
		len--;
	}
	if (len == 0 || len >= sizeof(buf))
		return NULL;
	for (i = 0; i < len; i++)
		buf[i] = (char) nm_ascii_tolower((unsigned char) label[i]);
	buf[i] = '\0';
	for (size_t k = 0; k < sizeof(charset_labels) / sizeof(charset_labels[0]); k++)
		if (strcmp(buf, charset_labels[k].label) == 0)
			return charset_labels[k].name;
	return NULL;
}

static size_t
label_len(const char *s, const char *end)
{
	size_t		n = 0;

	while (s + n < end && (nm_ascii_isalnum((unsigned char) s[n]) || s[n] == '-' || s[n] == '_' ||
						   s[n] == '.' || s[n] == ':'))
		n++;
	return n;
}

/* encoding="..." of an XML declaration at the very start. */
static const char *
xml_decl_charset(const char *buf, size_t len)
{
	const char *end,
			   *e;

	if (len < 6 || memcmp(buf, "<?xml", 5) != 0)
		return NULL;
	end = memchr(buf, '>', len < 200 ? len : 200);
	if (!end)
		return NULL;
	for (e = buf; e + 8 < end; e++)
		if (memcmp(e, "encoding", 8) == 0)
		{
			e += 8;
			while (e < end && (*e == ' ' || *e == '=' || *e == '"' || *e == '\''))
				e++;
			return canonical_charset(e, label_len(e, end));
		}
	return NULL;
}

/* charset of the first <meta charset> / http-equiv Content-Type. */
static const char *
meta_charset(const char *buf, size_t len)
{
	const char *end = buf + (len < SNIFF_BYTES ? len : SNIFF_BYTES);

	for (const char *p = buf; p + 5 < end; p++)
	{
		const char *tag_end;

		if (p[0] != '<' || (p[1] | 32) != 'm' || (p[2] | 32) != 'e' ||
			(p[3] | 32) != 't' || (p[4] | 32) != 'a')
			continue;
		tag_end = memchr(p, '>', end - p);
		if (!tag_end)
			return NULL;
		for (const char *q = p + 5; q + 7 < tag_end; q++)
		{
			if ((q[0] | 32) == 'c' && (q[1] | 32) == 'h' && (q[2] | 32) == 'a' &&
				(q[3] | 32) == 'r' && (q[4] | 32) == 's' && (q[5] | 32) == 'e' &&
				(q[6] | 32) == 't')
			{
				const char *v = q + 7;
				const char *cs;

				while (v < tag_end && (*v == ' ' || *v == '='))
					v++;
				while (v < tag_end && (*v == '"' || *v == '\''))
					v++;
				cs = canonical_charset(v, label_len(v, tag_end));
				if (cs)
					return cs;
			}
		}
		p = tag_end;
	}
	return NULL;
}

/* Counts valid multibyte UTF-8 sequences and invalid bytes. */
static void
utf8_stats(const char *s, size_t len, size_t *multi, size_t *bad)
{
	size_t		i = 0;

	*multi = *bad = 0;
	while (i < len)
	{
		size_t		adv;

		if ((unsigned char) s[i] < 0x80)
		{
			i++;
			continue;
		}
		if (nm_utf8_decode(s + i, len - i, &adv) == 0xFFFD && adv == 1)
			(*bad)++;
		else
			(*multi)++;
		i += adv;
	}
}

static size_t
put_cp(char *o, uint32_t cp)
{
	if (cp < 0x80)
	{
		o[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		o[0] = (char) (0xC0 | (cp >> 6));
		o[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	o[0] = (char) (0xE0 | (cp >> 12));
	o[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
	o[2] = (char) (0x80 | (cp & 0x3F));
	return 3;
}

static nm_status
from_cp1252(nm_ctx *ctx, const unsigned char *s, size_t len, char **out, size_t *out_len)
{
	char	   *o = nm_alloc(ctx, len * 3 + 1);
	size_t		j = 0;

	if (!o)
		return NM_ERR_NOMEM;
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = s[i];

		if ((i & 0xFFFF) == 0 && nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		if (c < 0x80)
			o[j++] = (char) c;
		else if (c < 0xA0)
			j += put_cp(o + j, cp1252_high[c - 0x80] ? cp1252_high[c - 0x80] : 0xFFFD);
		else
			j += put_cp(o + j, c);
	}
	o[j] = '\0';
	*out = o;
	*out_len = j;
	return NM_OK;
}

/*
 * Conversion through libxml2's handler (its own tables or iconv).  The whole
 * input is converted in one call per run of valid bytes; each invalid
 * sequence costs one more call, and more than MAX_BAD_SEQS of them make us
 * give up, so the loop is bounded without polling the abort hook while the
 * handler (malloc'd by libxml2) is open.
 */
static bool
via_libxml(nm_ctx *ctx, const char *name, const char *s, size_t len,
		   char **out, size_t *out_len)
{
	xmlCharEncodingHandlerPtr h;
	size_t		cap = len * 4 + 16;
	char	   *o;
	size_t		j = 0,
				i = 0;
	int			bad = 0;
	bool		ok = true;

	if (len > (size_t) 0x1FFFFFFF)
		return false;
	o = nm_alloc(ctx, cap);
	if (!o)
		return false;
	h = xmlFindCharEncodingHandler(name);
	if (!h)
		return false;
	while (i < len && ok)
	{
		int			inl = (int) (len - i);
		int			outl = (int) (cap - j - 4);
		int			ret;

		if (h->input)
			ret = h->input((unsigned char *) o + j, &outl, (const unsigned char *) s + i, &inl);
#ifdef LIBXML_ICONV_ENABLED
		else if (h->iconv_in)
		{
			char	   *ip = (char *) s + i;
			char	   *op = o + j;
			size_t		il = len - i,
						ol = cap - j - 4;
			size_t		r = iconv(h->iconv_in, &ip, &il, &op, &ol);

			inl = (int) (ip - (s + i));
			outl = (int) (op - (o + j));
			ret = (r == (size_t) -1) ? (errno == E2BIG ? -1 : -2) : 0;
			if (ret == -2)
				iconv(h->iconv_in, NULL, NULL, NULL, NULL);
		}
#endif
		else
		{
			ok = false;
			break;
		}
		i += inl;
		j += outl;
		if (ret >= 0 && inl == 0 && i < len)
			ret = -2;
		if (ret < 0)
		{
			if (ret == -1 || ++bad > MAX_BAD_SEQS || cap - j < 8)
			{
				ok = false;
				break;
			}
			memcpy(o + j, "\xEF\xBF\xBD", 3);
			j += 3;
			i++;
		}
	}
	xmlCharEncCloseFunc(h);
	if (!ok)
		return false;
	o[j] = '\0';
	*out = o;
	*out_len = j;
	return true;
}

nm_status
nm_bytes_to_utf8(nm_ctx *ctx, const char *buf, size_t len,
				 char **out, size_t *out_len, const char **charset_out)
{
	const unsigned char *u = (const unsigned char *) buf;
	const char *cs = NULL;
	size_t		multi,
				bad;
	char	   *conv = NULL;
	size_t		conv_len = 0;
	nm_status	rc;

	*out = NULL;
	*out_len = 0;
	if (charset_out)
		*charset_out = "UTF-8";
	if (ctx->max_input_size && len > ctx->max_input_size)
		return NM_ERR_TOO_LARGE;

	if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
	{
		buf += 3;
		len -= 3;
		cs = "UTF-8";
	}
	else if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE)
	{
		buf += 2;
		len -= 2;
		cs = "UTF-16LE";
	}
	else if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF)
	{
		buf += 2;
		len -= 2;
		cs = "UTF-16BE";
	}
	if (!cs)
		cs = xml_decl_charset(buf, len);
	if (!cs)
		cs = meta_charset(buf, len);
	/* a UTF-16 label inside ASCII-compatible bytes is always wrong */
	if (cs && strncmp(cs, "UTF-16", 6) == 0 && !(len >= 2 && (u[0] == 0xFF || u[0] == 0xFE)))
		cs = NULL;

	utf8_stats(buf, len, &multi, &bad);
	if (cs == NULL || strcmp(cs, "UTF-8") == 0 || (bad == 0 && multi > 0 &&
												   strncmp(cs, "UTF-16", 6) != 0))
	{
		/*
		 * Bytes that are valid UTF-8 with non-ASCII sequences are UTF-8 whatever
		 * the page says (a wrong label is common, chance validity is not); a
		 * page labelled UTF-8 with no valid sequence at all is legacy text.
		 */
		if (bad == 0 || (multi > 0 && (cs != NULL || bad * 4 < multi)))
		{
			if (charset_out)
				*charset_out = "UTF-8";
			conv = nm_sanitize_utf8(ctx, buf, len);
			if (!conv)
				return NM_ERR_NOMEM;
			*out = conv;
			*out_len = strlen(conv);
			return NM_OK;
		}
		cs = "windows-1252";
	}
	if (strcmp(cs, "windows-1252") != 0 && via_libxml(ctx, cs, buf, len, &conv, &conv_len))
	{
		if (charset_out)
			*charset_out = cs;
	}
	else
	{
		rc = from_cp1252(ctx, u + (buf - (const char *) u), len, &conv, &conv_len);
		if (rc != NM_OK)
			return rc;
		if (charset_out)
			*charset_out = "windows-1252";
	}
	*out = nm_sanitize_utf8(ctx, conv, conv_len);
	if (!*out)
		return NM_ERR_NOMEM;
	*out_len = strlen(*out);
	return NM_OK;
}
