/* test_words.c -- nm_count_words: letters and digits of any script, joiners
 * inside words, CJK characters one word each. */
#include "unit.h"

static int
wc(const char *s)
{
	return nm_count_words(s, strlen(s));
}

NM_TEST(words_latin)
{
	CHECK_INT(wc(""), 0);
	CHECK_INT(wc("   \n\t "), 0);
	CHECK_INT(wc("Copper rose."), 2);
	CHECK_INT(wc("Canada's multibillion-dollar plan"), 3);
	CHECK_INT(wc("prices rose 2.4 pct to 18,950 dollars"), 7);
	CHECK_INT(wc("OTTAWA, Sept 21 (Reuters) - Canada"), 5);
	CHECK_INT(wc("the U.S. market"), 4);	/* "U" and "S" */
	CHECK_INT(wc("rock -- and roll"), 3);
	CHECK_INT(wc("Überraschung für Aurubis in São Paulo"), 6);
	CHECK_INT(wc("l\xE2\x80\x99" "or et l\xE2\x80\x99" "argent"), 3);
	CHECK_INT(wc("e\xCC\x81" "t\xC3\xA9"), 1);	/* combining accent stays in the word */
	CHECK_INT(wc("\xCC\x81"), 0);
	CHECK_INT(wc("$9,800 \xE2\x82\xAC 5 % \xE2\x80\x94 !"), 2);
}

NM_TEST(words_scripts)
{
	CHECK_INT(wc("Медь подорожала на 2%"), 4);
	CHECK_INT(wc("Ο χαλκός"), 2);
	/* CJK ideographs and kana count one each; punctuation none */
	CHECK_INT(wc("铜价上涨。"), 4);
	CHECK_INT(wc("銅価格が上昇"), 6);
	CHECK_INT(wc("copper 铜"), 2);
	/* Hangul is written with spaces between words */
	CHECK_INT(wc("구리 가격 상승"), 3);
	CHECK_INT(nm_count_words(NULL, 0), 0);
}
