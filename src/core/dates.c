/*
 * dates.c -- dates as news pages write them (ISO 8601, RFC 2822, English and
 * European month names, numeric orders, zones), converted to UTC, TZ-free.
 */
#include "nm_text.h"

#include <string.h>

/* One parsed date/time before conversion. */
typedef struct nm_dt
{
	int			year,
				month,
				day;
	int			hour,
				minute,
				second,
				usec;
	int			ampm;			/* 0 none, 1 am, 2 pm */
	bool		has_time;
	bool		has_zone;
	int			offset_min;		/* zone offset east of UTC */
	bool		us_dst_zone;	/* "ET"/"PT": add an hour in US summer time */
} nm_dt;

/* ---------------------------------------------------------------------
 * Words: folding, months, weekdays, zones
 * --------------------------------------------------------------------- */

/* ASCII base letter of U+00C0..U+00FF and U+0100..U+017F ('*': not a letter). */
static const char fold_latin1[] =
"AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTs" "aaaaaaaceeeeiiiidnooooo*ouuuuyty";
static const char fold_ext_a[] =
"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNn"
"OoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

/*
 * Folded letter at s: ASCII lower case for Latin letters (accents dropped),
 * the lower-case code point for Cyrillic ones; 0 if s is not a letter.
 */
static uint32_t
fold_letter(const char *s, size_t len, size_t *adv)
{
	unsigned char c = (unsigned char) s[0];
	uint32_t	cp;
	char		f = '*';

	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
	{
		*adv = 1;
		return c | 0x20;
	}
	if (c < 0xC3 || (c > 0xC5 && c != 0xD0 && c != 0xD1))
		return 0;
	cp = nm_utf8_decode(s, len, adv);
	if (cp >= 0x410 && cp <= 0x42F)
		return cp + 0x20;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 0x50;
	if (cp >= 0x430 && cp <= 0x45F)
		return cp;
	if (cp >= 0xC0 && cp <= 0xFF)
		f = fold_latin1[cp - 0xC0];
	else if (cp >= 0x100 && cp <= 0x17F)
		f = fold_ext_a[cp - 0x100];
	if (f == '*')
		return 0;
	return (uint32_t) (f | 0x20);
}

size_t
nm_fold_word(const char *s, size_t len, char *buf, size_t bufsize)
{
	size_t		i = 0,
				o = 0;
	bool		truncated = false;

	while (i < len)
	{
		size_t		adv;
		uint32_t	f = fold_letter(s + i, len - i, &adv);

		if (!f)
			break;
		if (f < 0x80 && o + 1 < bufsize)
			buf[o++] = (char) f;
		else if (f >= 0x80 && o + 2 < bufsize)
		{
			buf[o++] = (char) (0xC0 | (f >> 6));
			buf[o++] = (char) (0x80 | (f & 0x3F));
		}
		else
			truncated = true;
		i += adv;
	}
	buf[truncated ? 0 : o] = '\0';
	return i;
}

static const char *const month_names[12] = {
	" january jan januar janner jaenner janv janvier enero ene janeiro gennaio gen"
	" januari styczen stycznia ledna leden "
	"января январь янв січня січень ",
	" february feb febr februar fevrier fevr fev febrero fevereiro febbraio"
	" februari luty lutego unora unor "
	"февраля февраль фев лютого лютий ",
	" march mar marcius marz maerz mrz mars marzo marco maart mrt marca marzec brezna brezen "
	"марта март мар березня березень ",
	" april apr aprilis avril avr abril abr aprile kwiecien kwietnia dubna duben "
	"апреля апрель апр квітня квітень ",
	" may mai majus mayo maio maggio mag mei maj maja kvetna kveten "
	"мая май травня травень ",
	" june jun junius juni juin junio junho giugno giu czerwiec czerwca cervna cerven "
	"июня июнь июн червня червень ",
	" july jul julius juli juillet juil julio julho luglio lug lipiec lipca cervence"
	" cervenec "
	"июля июль июл липня липень ",
	" august aug augusztus aout agosto ago augustus augusti sierpien sierpnia srpna srpen "
	"августа август авг серпня серпень ",
	" september sep szeptember sept septembre septiembre setiembre setembro set settembre"
	" wrzesien wrzesnia zari "
	"сентября сентябрь сен сент вересня вересень ",
	" october oct oktober okt octobre octubre outubro out ottobre ott pazdziernik"
	" pazdziernika rijna rijen "
	"октября октябрь окт жовтня жовтень ",
	" november nov novembre noviembre novembro listopad listopada listopadu "
	"ноября ноябрь ноя листопада листопад ",
	" december dec dezember dez decembre diciembre dic dezembro dicembre grudzien"
	" grudnia prosince prosinec "
	"декабря декабрь дек грудня грудень ",
};

static const char weekday_names[] =
" monday mon tuesday tue tues wednesday wed weds thursday thu thur thurs friday fri"
" saturday sat sunday sun montag dienstag mittwoch donnerstag freitag samstag"
" sonnabend sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes"
" miercoles jueves viernes sabado domingo segunda terca quarta quinta sexta lunedi"
" martedi mercoledi giovedi venerdi sabato domenica maandag dinsdag woensdag donderdag"
" vrijdag zaterdag zondag mandag tisdag onsdag torsdag fredag lordag sondag ";

/* Words a date may be introduced by ("Published on", "Mis à jour le"). */
static const char label_words[] =
" published publish updated update posted modified last first on at date dated"
" created publication released edited time am um le el il op de du a the"
" veroffentlicht aktualisiert geandert erstellt stand datum publie publiee mis"
" jour publicado publicada actualizado actualizada atualizado atualizada"
" pubblicato aggiornato gepubliceerd bijgewerkt laatst ";

int
nm_month_of_word(const char *folded)
{
	for (int m = 0; m < 12; m++)
		if (nm_word_in_list(month_names[m], folded))
			return m + 1;
	return 0;
}

bool
nm_is_weekday_word(const char *folded)
{
	return nm_word_in_list(weekday_names, folded);
}

typedef struct zone_abbrev
{
	const char *name;
	int			offset_min;
	bool		us_dst;
} zone_abbrev;

/* Named zones as written in bylines; ambiguous ones take their common
 * news-page meaning (CST = US Central, IST = India). */
static const zone_abbrev zones[] = {
	{"UTC", 0, false}, {"GMT", 0, false}, {"UT", 0, false}, {"Z", 0, false},
	{"WET", 0, false}, {"WEST", 60, false}, {"BST", 60, false}, {"CET", 60, false},
	{"CEST", 120, false}, {"MEZ", 60, false}, {"MESZ", 120, false}, {"EET", 120, false},
	{"EEST", 180, false}, {"MSK", 180, false}, {"SAST", 120, false}, {"GST", 240, false},
	{"PKT", 300, false}, {"IST", 330, false}, {"ICT", 420, false}, {"WIB", 420, false},
	{"SGT", 480, false}, {"HKT", 480, false}, {"PHT", 480, false}, {"AWST", 480, false},
	{"JST", 540, false}, {"KST", 540, false}, {"ACST", 570, false}, {"AEST", 600, false},
	{"AEDT", 660, false}, {"NZST", 720, false}, {"NZDT", 780, false}, {"BRT", -180, false},
	{"ART", -180, false}, {"CLT", -240, false}, {"NST", -210, false}, {"NDT", -150, false},
	{"AST", -240, false}, {"ADT", -180, false}, {"EST", -300, false}, {"EDT", -240, false},
	{"CST", -360, false}, {"CDT", -300, false}, {"MST", -420, false}, {"MDT", -360, false},
	{"PST", -480, false}, {"PDT", -420, false}, {"AKST", -540, false}, {"AKDT", -480, false},
	{"HST", -600, false}, {"ET", -300, true}, {"CT", -360, true}, {"MT", -420, true},
	{"PT", -480, true},
};

/* ---------------------------------------------------------------------
 * Calendar
 * --------------------------------------------------------------------- */

int64_t
nm_days_from_civil(int y, int m, int d)
{
	/* Howard Hinnant's algorithm: exact for the proleptic Gregorian calendar. */
	int64_t		yy = (int64_t) y - (m <= 2);
	int64_t		era = (yy >= 0 ? yy : yy - 399) / 400;
	int64_t		yoe = yy - era * 400;
	int64_t		doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t		doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

int
nm_days_in_month(int y, int m)
{
	static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dim[m - 1];
}

/* Day of month of the n-th Sunday (n >= 1) of y-m. */
static int
nth_sunday(int y, int m, int n)
{
	int64_t		days = nm_days_from_civil(y, m, 1);
	int			wd = (int) (((days % 7) + 7 + 4) % 7);	/* 1970-01-01 was Thursday */

	return 1 + (7 - wd) % 7 + 7 * (n - 1);
}

/* US summer time (rules since 2007), judged on the local wall clock. */
static bool
us_summer_time(const nm_dt *dt)
{
	int			start = nth_sunday(dt->year, 3, 2);
	int			end = nth_sunday(dt->year, 11, 1);

	if (dt->month < 3 || dt->month > 11)
		return false;
	if (dt->month > 3 && dt->month < 11)
		return true;
	if (dt->month == 3)
		return dt->day > start || (dt->day == start && dt->hour >= 2);
	return dt->day < end || (dt->day == end && dt->hour < 2);
}

/* ---------------------------------------------------------------------
 * Scanning primitives
 * --------------------------------------------------------------------- */

static bool
is_digit(const char *s, size_t len, size_t p)
{
	return p < len && s[p] >= '0' && s[p] <= '9';
}

static bool
is_letter_at(const char *s, size_t len, size_t p)
{
	size_t		adv;

	return p < len && fold_letter(s + p, len - p, &adv) != 0;
}

/* Spaces, tabs, line breaks, no-break and thin spaces. */
static size_t
skip_ws(const char *s, size_t len, size_t p)
{
	while (p < len)
	{
		unsigned char c = (unsigned char) s[p];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
			p++;
		else if (c == 0xC2 && p + 1 < len && (unsigned char) s[p + 1] == 0xA0)
			p += 2;
		else if (c == 0xE2 && p + 2 < len && (unsigned char) s[p + 1] == 0x80 &&
				 ((unsigned char) s[p + 2] == 0xAF || (unsigned char) s[p + 2] == 0x89 ||
				  (unsigned char) s[p + 2] == 0x8A))
			p += 3;
		else
			break;
	}
	return p;
}

/* Reads 1..maxd digits; fails on a longer digit run. */
static bool
read_num(const char *s, size_t len, size_t *pp, int maxd, int *val, int *ndigits)
{
	size_t		p = *pp;
	int			v = 0,
				n = 0;

	while (is_digit(s, len, p))
	{
		if (++n > maxd)
			return false;
		v = v * 10 + (s[p] - '0');
		p++;
	}
	if (n == 0)
		return false;
	*val = v;
	if (ndigits)
		*ndigits = n;
	*pp = p;
	return true;
}

/* Reads a folded word at p; returns its end (p if none). */
static size_t
read_word(const char *s, size_t len, size_t p, char *buf, size_t bufsize)
{
	return p + nm_fold_word(s + p, len - p, buf, bufsize);
}

/* Month name at p, with an optional abbreviation dot. */
static bool
read_month(const char *s, size_t len, size_t *pp, int *month)
{
	char		w[24];
	size_t		e = read_word(s, len, *pp, w, sizeof(w));
	int			m;

	if (e == *pp || (m = nm_month_of_word(w)) == 0)
		return false;
	if (e < len && s[e] == '.')
		e++;
	*month = m;
	*pp = e;
	return true;
}

/* Ordinal suffixes after a day number: "21st", "1er", "21.", "21º". */
static size_t
skip_ordinal(const char *s, size_t len, size_t p)
{
	char		w[8];
	size_t		e;

	if (p < len && s[p] == '.')
		return p + 1;
	if (p + 1 < len && (unsigned char) s[p] == 0xC2 &&
		((unsigned char) s[p + 1] == 0xBA || (unsigned char) s[p + 1] == 0xAA))
		return p + 2;
	e = read_word(s, len, p, w, sizeof(w));
	if (e > p && (strcmp(w, "st") == 0 || strcmp(w, "nd") == 0 ||
				  strcmp(w, "rd") == 0 || strcmp(w, "th") == 0 || strcmp(w, "er") == 0))
		return e;
	return p;
}

/* Skips one of the given folded words at p (followed by a non-letter). */
static size_t
skip_word_in(const char *s, size_t len, size_t p, const char *list)
{
	char		w[24];
	size_t		e = read_word(s, len, p, w, sizeof(w));

	if (e > p && nm_word_in_list(list, w))
		return e;
	return p;
}

/* ---------------------------------------------------------------------
 * Time and zone
 * --------------------------------------------------------------------- */

/* "am", "pm", "a.m.", "p.m." (any case) followed by a non-letter; 0 if none. */
static size_t
read_ampm(const char *s, size_t len, size_t p, int *ampm)
{
	int			which;

	if (p >= len)
		return 0;
	if (s[p] == 'a' || s[p] == 'A')
		which = 1;
	else if (s[p] == 'p' || s[p] == 'P')
		which = 2;
	else
		return 0;
	p++;
	if (p < len && s[p] == '.')
		p = skip_ws(s, len, p + 1);
	if (p >= len || (s[p] != 'm' && s[p] != 'M'))
		return 0;
	p++;
	if (p < len && s[p] == '.')
		p++;
	if (is_letter_at(s, len, p))
		return 0;
	*ampm = which;
	return p;
}

/*
 * A clock time at *pp: "07:00", "07:00:00.79", "7:05 PM", "3 pm", "3.45pm",
 * "07h30", with an optional "Uhr"/"hrs" suffix.
 */
static bool
parse_time(const char *s, size_t len, size_t *pp, nm_dt *dt)
{
	size_t		p = *pp,
				q;
	int			h,
				mi = 0,
				sec = 0,
				usec = 0,
				nd,
				ampm = 0;
	bool		colon = false;
	char		w[8];

	if (!read_num(s, len, &p, 2, &h, NULL))
		return false;
	if (p + 2 < len && s[p] == ':' && is_digit(s, len, p + 1))
	{
		p++;
		if (!read_num(s, len, &p, 2, &mi, &nd) || nd != 2)
			return false;
		colon = true;
		if (p + 2 < len && s[p] == ':' && is_digit(s, len, p + 1))
		{
			p++;
			if (!read_num(s, len, &p, 2, &sec, &nd) || nd != 2)
				return false;
			if (p + 1 < len && (s[p] == '.' || s[p] == ',') && is_digit(s, len, p + 1))
			{
				int			scale = 100000;

				p++;
				while (is_digit(s, len, p))
				{
					usec += (s[p] - '0') * scale;
					scale /= 10;
					p++;
				}
			}
		}
	}
	else if (p < len && (s[p] == 'h' || s[p] == 'H') && !is_letter_at(s, len, p + 1))
	{
		/* French "07h30" / "7h" */
		p++;
		if (is_digit(s, len, p) && (!read_num(s, len, &p, 2, &mi, &nd) || nd != 2))
			return false;
		colon = true;
	}
	else if (p + 2 < len && s[p] == '.' && is_digit(s, len, p + 1))
	{
		/* British "3.45pm": only with am/pm */
		p++;
		if (!read_num(s, len, &p, 2, &mi, &nd) || nd != 2)
			return false;
	}
	if (is_digit(s, len, p))
		return false;
	q = read_ampm(s, len, skip_ws(s, len, p), &ampm);
	if (q)
		p = q;
	if (!colon && !ampm)
		return false;
	q = skip_ws(s, len, p);
	{
		size_t		e = read_word(s, len, q, w, sizeof(w));

		if (e > q && (strcmp(w, "uhr") == 0 || strcmp(w, "hrs") == 0 ||
					  strcmp(w, "horas") == 0 || strcmp(w, "hs") == 0))
			p = e;
	}
	if (ampm)
	{
		if (h < 1 || h > 12)
		{
			/* "15:00 PM" is sloppy but clear; "0:30 AM" too */
			if (!(h == 0 && ampm == 1) && !(h > 12 && h < 24 && ampm == 2))
				return false;
		}
		else if (ampm == 1 && h == 12)
			h = 0;
		else if (ampm == 2 && h < 12)
			h += 12;
	}
	if (h > 23 || mi > 59 || sec > 60)
		return false;
	if (sec == 60)
		sec = 59;				/* leap second: keep it in the same minute */
	dt->hour = h;
	dt->minute = mi;
	dt->second = sec;
	dt->usec = usec;
	dt->ampm = ampm;
	dt->has_time = true;
	*pp = p;
	return true;
}

/* "+02:00", "+0200", "-05", after *pp; false leaves *pp alone. */
static bool
parse_numeric_offset(const char *s, size_t len, size_t *pp, int *off, bool need_minutes)
{
	size_t		p = *pp;
	int			sign,
				h,
				m = 0,
				nd;

	if (p >= len || (s[p] != '+' && s[p] != '-'))
	{
		/* U+2212 minus sign */
		if (p + 2 < len && (unsigned char) s[p] == 0xE2 && (unsigned char) s[p + 1] == 0x88 &&
			(unsigned char) s[p + 2] == 0x92)
			p += 2;
		else
			return false;
		sign = -1;
	}
	else
		sign = s[p] == '-' ? -1 : 1;
	p++;
	if (!is_digit(s, len, p))
		return false;
	if (!read_num(s, len, &p, 4, &h, &nd))
		return false;
	if (nd == 4)
	{
		m = h % 100;
		h /= 100;
	}
	else if (nd == 3)
		return false;
	else if (p + 2 < len && s[p] == ':' && is_digit(s, len, p + 1))
	{
		p++;
		if (!read_num(s, len, &p, 2, &m, &nd) || nd != 2)
			return false;
	}
	else if (need_minutes)
		return false;
	if (h > 14 || m > 59)
		return false;
	*off = sign * (h * 60 + m);
	*pp = p;
	return true;
}

/* A zone after a time: "Z", "+02:00", "GMT+7", "UTC-05:00", "EDT", "(EDT)". */
static bool
parse_zone(const char *s, size_t len, size_t *pp, nm_dt *dt)
{
	size_t		p = *pp;
	bool		paren = false;
	int			off;

	if (p < len && s[p] == 'Z' && !is_letter_at(s, len, p + 1))
	{
		dt->has_zone = true;
		dt->offset_min = 0;
		*pp = p + 1;
		return true;
	}
	/* a numeric offset may touch the time ("07:00+02:00") or follow a space */
	if (parse_numeric_offset(s, len, &p, &off, false))
		goto found_offset;
	p = skip_ws(s, len, p);
	if (p < len && s[p] == '(')
	{
		paren = true;
		p = skip_ws(s, len, p + 1);
	}
	if (p > *pp && parse_numeric_offset(s, len, &p, &off, true))
		goto found_offset;
	{
		size_t		e = p;

		while (e < len && s[e] >= 'A' && s[e] <= 'Z' && e - p < 5)
			e++;
		if (e == p || is_letter_at(s, len, e))
			return false;
		for (size_t i = 0; i < sizeof(zones) / sizeof(zones[0]); i++)
		{
			if (strlen(zones[i].name) == e - p && memcmp(zones[i].name, s + p, e - p) == 0)
			{
				off = zones[i].offset_min;
				p = e;
				if (off == 0 && zones[i].name[0] != 'Z')
				{
					int			o2;

					/* "GMT+7", "UTC-05:00", "GMT +8" */
					if (parse_numeric_offset(s, len, &p, &o2, false))
						off = o2;
					else
					{
						size_t		q = skip_ws(s, len, p);

						if (q > p && parse_numeric_offset(s, len, &q, &o2, false))
						{
							off = o2;
							p = q;
						}
					}
				}
				dt->us_dst_zone = zones[i].us_dst;
				goto found_offset;
			}
		}
		return false;
	}

found_offset:
	if (paren)
	{
		p = skip_ws(s, len, p);
		if (p >= len || s[p] != ')')
			return false;
		p++;
	}
	dt->has_zone = true;
	dt->offset_min = off;
	*pp = p;
	return true;
}

/* ---------------------------------------------------------------------
 * Date forms
 * --------------------------------------------------------------------- */

/* Day-month-year order of a numeric date where it is unambiguous. */
static bool
numeric_dmy(int a, int b, char sep, int *day, int *month)
{
	if (sep == '.')
	{
		/* dots are the European D.M.Y; a second part above 12 means M.D. */
		if (b > 12 && a <= 12)
		{
			*month = a;
			*day = b;
		}
		else
		{
			*day = a;
			*month = b;
		}
		return true;
	}
	if (a > 12 && b <= 12)
	{
		*day = a;
		*month = b;
	}
	else if (b > 12 && a <= 12)
	{
		*month = a;
		*day = b;
	}
	else if (a == b)
		*day = *month = a;
	else
		return false;			/* 03/04/2023: April or March? */
	return true;
}

static bool
is_cjk_mark(const char *s, size_t len, size_t p, const char *mark)
{
	size_t		n = strlen(mark);

	return p + n <= len && memcmp(s + p, mark, n) == 0;
}

/*
 * The calendar date at *pp (no time): ISO and numeric forms, day-first and
 * month-first names, CJK "2023年9月21日".  An asctime form
 * "Sep 21 07:00:00 2023" also fills the time.
 */
static bool
parse_date_core(const char *s, size_t len, size_t *pp, nm_dt *dt)
{
	size_t		p = *pp;
	int			a,
				b,
				c,
				na,
				nb;

	if (is_digit(s, len, p))
	{
		if (!read_num(s, len, &p, 4, &a, &na))
			return false;
		/* Y-M-D, Y/M/D, Y.M.D */
		if (na == 4 && p + 1 < len && (s[p] == '-' || s[p] == '/' || s[p] == '.') &&
			is_digit(s, len, p + 1))
		{
			char		sep = s[p];
			size_t		q = p + 1;

			if (read_num(s, len, &q, 2, &b, NULL) && q + 1 < len && s[q] == sep &&
				(q++, read_num(s, len, &q, 2, &c, NULL)))
			{
				dt->year = a;
				dt->month = b;
				dt->day = c;
				*pp = q;
				return true;
			}
			return false;
		}
		/* 2023年9月21日, 2023년 9월 21일 */
		if (na == 4 && (is_cjk_mark(s, len, p, "\xE5\xB9\xB4") ||
						is_cjk_mark(s, len, skip_ws(s, len, p), "\xEB\x85\x84")))
		{
			bool		korean = !is_cjk_mark(s, len, p, "\xE5\xB9\xB4");
			size_t		q = skip_ws(s, len, p) + 3;

			q = skip_ws(s, len, q);
			if (!read_num(s, len, &q, 2, &b, NULL) ||
				!is_cjk_mark(s, len, q, korean ? "\xEC\x9B\x94" : "\xE6\x9C\x88"))
				return false;
			q = skip_ws(s, len, q + 3);
			if (!read_num(s, len, &q, 2, &c, NULL) ||
				!is_cjk_mark(s, len, q, korean ? "\xEC\x9D\xBC" : "\xE6\x97\xA5"))
				return false;
			dt->year = a;
			dt->month = b;
			dt->day = c;
			*pp = q + 3;
			return true;
		}
		/* year first with a month name: "2020. október 7.", "2023 Sept 21" */
		if (na == 4)
		{
			size_t		q = p;
			int			m,
						dd;

			if (q < len && s[q] == '.')
				q++;
			q = skip_ws(s, len, q);
			if (q == p || !read_month(s, len, &q, &m))
				return false;
			q = skip_ws(s, len, q);
			if (!read_num(s, len, &q, 2, &dd, NULL))
				return false;
			if (q < len && s[q] == '.')
				q++;
			dt->year = a;
			dt->month = m;
			dt->day = dd;
			*pp = q;
			return true;
		}
		if (na > 2)
			return false;
		/* D.M.Y, D/M/Y, M/D/Y, D-M-Y */
		if (p + 1 < len && (s[p] == '.' || s[p] == '/' || s[p] == '-') &&
			is_digit(s, len, p + 1))
		{
			char		sep = s[p];
			size_t		q = p + 1;
			int			y,
						ny;

			if (!read_num(s, len, &q, 2, &b, &nb) || q + 1 >= len || s[q] != sep)
				return false;
			q++;
			if (!read_num(s, len, &q, 4, &y, &ny) || ny != 4)
				return false;
			if (!numeric_dmy(a, b, sep, &dt->day, &dt->month))
				return false;
			dt->year = y;
			*pp = q;
			return true;
		}
		/* day-first with a month name: "21 Sept 2023", "21. September 2023",
		 * "21-Sep-2023", "1er mai 2023", "21 de março de 2023" */
		{
			size_t		q = skip_ordinal(s, len, p);
			int			m,
						y,
						ny;

			if (q < len && (s[q] == '-' || s[q] == '/') && q == p)
				q++;
			q = skip_ws(s, len, q);
			q = skip_ws(s, len, skip_word_in(s, len, q, " de of "));
			if (!read_month(s, len, &q, &m))
				return false;
			if (q < len && (s[q] == '-' || s[q] == '/' || s[q] == ','))
				q++;
			q = skip_ws(s, len, q);
			q = skip_ws(s, len, skip_word_in(s, len, q, " de del "));
			if (!read_num(s, len, &q, 4, &y, &ny) || ny != 4)
				return false;
			dt->day = a;
			dt->month = m;
			dt->year = y;
			*pp = q;
			return true;
		}
	}
	/* month-first: "September 21,2023", "Sept. 21, 2023", "Sep 21 2023",
	 * asctime "Thu Sep 21 07:00:00 2023" */
	{
		int			m,
					d,
					y,
					ny;
		size_t		q = p;

		if (!read_month(s, len, &q, &m))
			return false;
		q = skip_ws(s, len, q);
		if (q < len && s[q] == '-')
			q++;
		if (!read_num(s, len, &q, 2, &d, NULL))
			return false;
		q = skip_ordinal(s, len, q);
		if (q < len && s[q] == '.')
			q++;
		if (q < len && (s[q] == ',' || s[q] == '-'))
			q++;
		q = skip_ws(s, len, q);
		if (!is_digit(s, len, q))
			return false;
		{
			size_t		t = q;
			nm_dt		tmp = *dt;

			if (parse_time(s, len, &t, &tmp))
			{
				t = skip_ws(s, len, t);
				parse_zone(s, len, &t, &tmp);
				t = skip_ws(s, len, t);
				if (!read_num(s, len, &t, 4, &y, &ny) || ny != 4)
					return false;
				*dt = tmp;
				dt->month = m;
				dt->day = d;
				dt->year = y;
				*pp = t;
				return true;
			}
		}
		if (!read_num(s, len, &q, 4, &y, &ny) || ny != 4)
			return false;
		dt->month = m;
		dt->day = d;
		dt->year = y;
		*pp = q;
		return true;
	}
}

/* Separators between a date and its time: ", ", " at ", " um ", " - ", "T". */
static size_t
skip_date_time_sep(const char *s, size_t len, size_t p)
{
	p = skip_ws(s, len, p);
	if (p < len && (s[p] == ',' || s[p] == '-' || s[p] == '|' || s[p] == '/' || s[p] == '@'))
		p = skip_ws(s, len, p + 1);
	else if (p + 1 < len && (unsigned char) s[p] == 0xC2 && (unsigned char) s[p + 1] == 0xB7)
		p = skip_ws(s, len, p + 2);
	else if (p + 2 < len && (unsigned char) s[p] == 0xE2 && (unsigned char) s[p + 1] == 0x80 &&
			 ((unsigned char) s[p + 2] == 0xA2 || (unsigned char) s[p + 2] == 0x93 ||
			  (unsigned char) s[p + 2] == 0x94))
		p = skip_ws(s, len, p + 3);
	p = skip_ws(s, len, skip_word_in(s, len, p, " at um a om alle las kl klo "));
	p = skip_ws(s, len, skip_word_in(s, len, p, " las "));
	return p;
}

static bool
finish(nm_dt *dt, nm_time *out)
{
	int64_t		days,
				secs;
	int			off;

	if (dt->year < 1900 || dt->year > 2199 || dt->month < 1 || dt->month > 12 ||
		dt->day < 1 || dt->day > nm_days_in_month(dt->year, dt->month))
		return false;
	off = dt->has_zone ? dt->offset_min : 0;
	if (dt->us_dst_zone && us_summer_time(dt))
		off += 60;
	days = nm_days_from_civil(dt->year, dt->month, dt->day);
	secs = days * 86400 + dt->hour * 3600 + dt->minute * 60 + dt->second - off * 60;
	out->valid = true;
	out->usec = secs * 1000000 + dt->usec;
	return true;
}

/* "25:61" or "7:05": digits, a colon, two digits (whatever their range). */
static bool
looks_like_clock(const char *s, size_t len, size_t p)
{
	size_t		q = p;

	while (q < len && q < p + 2 && is_digit(s, len, q))
		q++;
	return q > p && q < len && s[q] == ':' && is_digit(s, len, q + 1) &&
		is_digit(s, len, q + 2);
}

/* A whole date expression at p: [time [zone] sep] date [sep time] [zone]. */
static bool
parse_at(const char *s, size_t len, size_t p, nm_time *out, size_t *end)
{
	nm_dt		dt;
	size_t		q = p;

	memset(&dt, 0, sizeof(dt));
	/* time first: "3:45 PM EDT, July 15, 2024", "07:00 21.09.2023" */
	if (is_digit(s, len, q))
	{
		nm_dt		t;
		size_t		r = q;

		memset(&t, 0, sizeof(t));
		if (parse_time(s, len, &r, &t))
		{
			size_t		d;

			parse_zone(s, len, &r, &t);
			d = skip_date_time_sep(s, len, r);
			d = skip_ws(s, len, skip_word_in(s, len, d, " on am le el il op "));
			{
				size_t		w = skip_word_in(s, len, d, weekday_names);

				if (w > d)
				{
					if (w < len && (s[w] == ',' || s[w] == '.'))
						w++;
					d = skip_ws(s, len, w);
				}
			}
			if (parse_date_core(s, len, &d, &t))
			{
				if (!t.has_zone)
					parse_zone(s, len, &d, &t);
				if (!finish(&t, out))
					return false;
				*end = d;
				return true;
			}
			return false;
		}
	}
	if (!parse_date_core(s, len, &q, &dt))
		return false;
	if (!dt.has_time)
	{
		size_t		t = q;
		bool		iso_t = false;

		if (t < len && s[t] == 'T' && is_digit(s, len, t + 1))
		{
			t++;
			iso_t = true;
		}
		else
			t = skip_date_time_sep(s, len, t);
		if (parse_time(s, len, &t, &dt))
			q = t;
		else if (iso_t || looks_like_clock(s, len, t))
			return false;		/* "2023-09-21T25:61:61Z": an impossible time */
	}
	if (dt.has_time && !dt.has_zone)
		parse_zone(s, len, &q, &dt);
	if (!finish(&dt, out))
		return false;
	*end = q;
	return true;
}

/* ---------------------------------------------------------------------
 * Entry points
 * --------------------------------------------------------------------- */

bool
nm_find_date(const char *s, size_t len, nm_time *out, size_t *start, size_t *end)
{
	out->valid = false;
	out->usec = 0;
	if (!s)
		return false;
	for (size_t p = 0; p < len; p++)
	{
		size_t		adv = 1;
		bool		tok;

		/* candidates start at a digit or letter that begins a token */
		if (is_digit(s, len, p))
			tok = p == 0 || !(is_digit(s, len, p - 1) || is_letter_at(s, len, p - 1) ||
							  s[p - 1] == '.' || s[p - 1] == ':');
		else if (fold_letter(s + p, len - p, &adv))
		{
			tok = true;
			if (p > 0 && ((s[p - 1] >= 'a' && s[p - 1] <= 'z') || (s[p - 1] >= 'A' && s[p - 1] <= 'Z') ||
						  ((unsigned char) s[p - 1] & 0x80)))
				tok = false;
		}
		else
			tok = false;
		if (tok)
		{
			size_t		e;

			if (parse_at(s, len, p, out, &e))
			{
				if (start)
					*start = p;
				if (end)
					*end = e;
				return true;
			}
		}
		p += adv - 1;
	}
	out->valid = false;
	return false;
}

bool
nm_parse_date(const char *s, size_t len, nm_time *out)
{
	return nm_find_date(s, len, out, NULL, NULL);
}

/* Trailing characters a whole-string date may carry. */
static size_t
skip_trailing(const char *s, size_t len, size_t p)
{
	for (;;)
	{
		size_t		q = skip_ws(s, len, p);

		if (q < len && (s[q] == '.' || s[q] == ',' || s[q] == ';' || s[q] == ')' ||
						s[q] == '|' || s[q] == ']'))
			q++;
		if (q == p)
			return p;
		p = q;
	}
}

bool
nm_parse_date_strict(const char *s, size_t len, nm_time *out)
{
	size_t		p = 0,
				e;

	out->valid = false;
	out->usec = 0;
	if (!s)
		return false;
	/* labels, weekdays and separators before the date */
	for (int guard = 0; guard < 16; guard++)
	{
		size_t		q0 = skip_ws(s, len, p);
		size_t		q = q0;
		size_t		w;

		if (q < len && (s[q] == ':' || s[q] == '|' || s[q] == ',' || s[q] == '-' ||
						s[q] == '(' || s[q] == '[' || s[q] == '.'))
			q++;
		else if (q + 2 < len && (unsigned char) s[q] == 0xE2 && (unsigned char) s[q + 1] == 0x80 &&
				 ((unsigned char) s[q + 2] == 0x94 || (unsigned char) s[q + 2] == 0x93 ||
				  (unsigned char) s[q + 2] == 0xA2))
			q += 3;
		else if ((w = skip_word_in(s, len, q, label_words)) > q && !is_digit(s, len, w))
			q = w;
		else if ((w = skip_word_in(s, len, q, weekday_names)) > q && !is_digit(s, len, w))
		{
			q = w;
			if (q < len && s[q] == '-')
				q = skip_word_in(s, len, q + 1, " feira ");
		}
		if (q == q0)
			break;
		p = q;
	}
	p = skip_ws(s, len, p);
	if (!parse_at(s, len, p, out, &e) || skip_trailing(s, len, e) != len)
	{
		out->valid = false;
		return false;
	}
	return true;
}
