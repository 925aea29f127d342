/* test_language.c -- nm_detect_language: scripts, stopword profiles, and
 * NULL when the text is too short or unclear. */
#include "unit.h"

static const char *
lang(const char *s)
{
	return nm_detect_language(s, strlen(s));
}

NM_TEST(language_latin_profiles)
{
	CHECK_STR(lang("Canada and Japan on Thursday agreed to work more closely together on "
				   "battery supply chains, the government said in a statement."), "en");
	CHECK_STR(lang("Der Kupferkonzern hat nach einem starken Quartal seine Prognose für das "
				   "Gesamtjahr angehoben, wie das Unternehmen am Donnerstag mitteilte."), "de");
	CHECK_STR(lang("Le groupe minier a annoncé jeudi une hausse de sa production de nickel "
				   "dans le sud de la Nouvelle-Calédonie, selon un communiqué."), "fr");
	CHECK_STR(lang("La empresa minera anunció que la producción de cobre en Chile cayó en "
				   "enero por la menor ley del mineral y la falta de agua."), "es");
	CHECK_STR(lang("La società ha detto che la produzione di rame è stata ridotta per "
				   "la manutenzione degli impianti e per il calo della domanda."), "it");
	CHECK_STR(lang("A mineradora disse que a produção de minério de ferro não deve crescer "
				   "neste ano, segundo um comunicado divulgado pela empresa."), "pt");
	CHECK_STR(lang("Het mijnbouwbedrijf zei dat de productie van zink in het tweede kwartaal "
				   "is gedaald door hogere energieprijzen en een staking."), "nl");
	CHECK_STR(lang("Gruvbolaget sade att produktionen av koppar har minskat och att det "
				   "inte kommer att öka under året, enligt ett pressmeddelande."), "sv");
	CHECK_STR(lang("Spółka poinformowała, że produkcja miedzi w tym roku nie wzrośnie, "
				   "ponieważ jest to rok remontów w hutach i kopalniach."), "pl");
	CHECK_STR(lang("Společnost uvedla, že těžba uhlí v regionu se letos sníží a že "
				   "to bude mít vliv na zaměstnanost, jako tomu bylo i loni."), "cs");
	CHECK_STR(lang("Perusahaan tambang itu mengatakan bahwa produksi nikel di Sulawesi akan "
				   "naik tahun ini karena ada smelter baru yang sudah beroperasi."), "id");
	CHECK_STR(lang("Şirket, bakır üretiminin bu yıl daha çok artacağını ve yeni bir maden için "
				   "yatırım yapacağını açıkladı, ama fiyatlar düşük olarak kaldı."), "tr");
}

NM_TEST(language_scripts)
{
	CHECK_STR(lang("Цены на медь выросли на Лондонской бирже металлов на фоне слабого доллара."), "ru");
	CHECK_STR(lang("伦敦金属交易所的铜价周四上涨，因为美元走弱，市场预期中国需求将回升。"), "zh");
	CHECK_STR(lang("ロンドン金属取引所の銅価格は木曜日に上昇し、ドル安が支えとなった。"), "ja");
	CHECK_STR(lang("런던금속거래소의 구리 가격은 목요일에 달러 약세로 상승했다."), "ko");
}

NM_TEST(language_unclear)
{
	CHECK_STR(lang(""), NULL);
	CHECK_STR(lang("Copper"), NULL);
	CHECK_STR(lang("LME 9,800 USD/t 2024"), NULL);
	CHECK_STR(lang("Glencore BHP Rio Tinto Vale Anglo American Freeport"), NULL);
	CHECK_STR(nm_detect_language(NULL, 0), NULL);
}
