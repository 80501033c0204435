"""CLDR subdivision names, GeoNames districts, inflected names and frequent words in
``parse_place`` / ``find_places`` (literal cases, checked against ISO 3166-2 and GeoNames)."""

from __future__ import annotations

import pytest

from citydiplo import AmbiguousPlaceError, PlaceKind, UnknownNameError, find_places, parse_place

# --- 1. subdivision names in Persian and Gujarati (CLDR) ---------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("استان هرمزگان", "IR-22"),  # ISO renumbered Iran: CLDR's "ir23" is today's IR-22
        ("هرمزگان", "IR-22"),
        ("استان تهران", "IR-23"),
        ("استان گیلان", "IR-01"),
        ("ایالت کالیفرنیا", "US-CA"),
        ("گجرات", "IN-GJ"),
        ("ગુજરાત", "IN-GJ"),
        ("મહારાષ્ટ્ર", "IN-MH"),
        ("કેલિફોર્નિયા", "US-CA"),
        ("સિચુઆન", "CN-SC"),
        ("ગ્યોંગી પ્રાંત", "KR-41"),
    ],
)
def test_persian_and_gujarati_subdivision_names(text: str, code: str) -> None:
    place = parse_place(text)
    assert (place.kind, place.subdivision, place.country) == (
        PlaceKind.SUBDIVISION,
        code,
        code[:2],
    )


def test_a_subdivision_name_that_is_a_city_name_stays_the_city() -> None:
    # Persian "تهران" is the city (in IR-23); the province needs its generic word
    assert parse_place("تهران").kind is PlaceKind.CITY
    assert parse_place("تهران").geonames_id == 112931
    assert parse_place("استان تهران").kind is PlaceKind.SUBDIVISION
    # Hebrew "טוקיו" is CLDR's name of the prefecture and Tokyo the city's
    assert parse_place("טוקיו").geonames_id == 1850147


def test_city_like_subdivisions_give_their_city_a_subdivision() -> None:
    assert parse_place("Moscow").subdivision == "RU-MOW"
    assert parse_place("Москва").subdivision == "RU-MOW"
    assert parse_place("Da Nang").subdivision == "VN-DN"
    assert parse_place("شهر دانانگ").subdivision == "VN-DN"


def test_persian_and_gujarati_subdivisions_in_running_text() -> None:
    text = "سفر هیئتی از استان هرمزگان به ایران و کره جنوبی"
    found = {(m.text, m.place.subdivision) for m in find_places(text, lang="fa")}
    assert ("استان هرمزگان", "IR-22") in found
    text = "ભારતના ગુજરાત રાજ્ય અને દક્ષિણ કોરિયા વચ્ચે કરાર"
    found = {(m.text, m.place.subdivision) for m in find_places(text, lang="gu")}
    assert ("ગુજરાત", "IN-GJ") in found


def test_a_stripped_name_that_is_a_word_is_not_kept() -> None:
    # "استان آزاد" is the Free State; "منطقه آزاد تجاری" is a free-trade zone
    assert find_places("منطقه آزاد تجاری در دانانگ ویتنام", lang="fa")[0].text == "دانانگ"
    assert all(m.text != "آزاد" for m in find_places("منطقه آزاد تجاری ویتنام", lang="fa"))


# --- 2. districts that cities500 lacks (GeoNames ADM2) -----------------------------------


@pytest.mark.parametrize(
    ("text", "geonames_id", "code"),
    [
        ("Gangnam-gu", 1843140, "KR-11"),
        ("Boeun-gun", 1838730, "KR-43"),
        ("Boeun", 1838730, "KR-43"),
        ("보은군", 1838730, "KR-43"),
        ("Goheung", 1842780, "KR-46"),
        ("고흥군", 1842780, "KR-46"),
        ("Haeundae-gu", 8462808, "KR-26"),
    ],
)
def test_districts_missing_from_cities500(text: str, geonames_id: int, code: str) -> None:
    place = parse_place(text)
    assert (place.kind, place.geonames_id, place.subdivision) == (PlaceKind.CITY, geonames_id, code)


def test_homonymous_districts_are_ambiguous_without_context() -> None:
    # GeoNames also gives "강남구" to Kangnam-gun in North Korea
    with pytest.raises(AmbiguousPlaceError):
        parse_place("강남구")
    assert parse_place("강남구", country="KR").geonames_id == 1843140
    with pytest.raises(AmbiguousPlaceError) as caught:
        parse_place("중구")
    assert {p.subdivision for p in caught.value.places} >= {"KR-11", "KR-26"}
    assert parse_place("중구", subdivision="KR-26").subdivision == "KR-26"


def test_a_district_name_the_gazetteer_knows_is_left_to_it() -> None:
    # "Gwangju City" is also the metropolitan city (KR-29): no district decides it
    with pytest.raises(AmbiguousPlaceError):
        parse_place("Gwangju City")


def test_districts_in_running_text_need_their_generic_word() -> None:
    text = "서울 강남구와 충북 보은군, 전남 고흥군이 협약을 맺었다."
    found = [(m.text, m.place.subdivision) for m in find_places(text, lang="ko")]
    districts = [("강남구", "KR-11"), ("보은군", "KR-43"), ("고흥군", "KR-46")]
    assert [f for f in found if f[0].endswith(("구", "군"))] == districts
    assert {("서울", "KR-11"), ("충북", "KR-43")} <= set(found)
    assert {code for _, code in found} <= {"KR-11", "KR-43", "KR-46"}
    text = "Delegations from Boeun-gun and Seoul, South Korea, arrived."
    assert [m.text for m in find_places(text, lang="en")][:1] == ["Boeun-gun"]
    # a bare district name without its generic word is no place in running text
    assert find_places("Boeun said the talks went well in Korea.", lang="en")[0].text == "Korea"


# --- 4. frequent words that are also place names ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("राम और श्याम कल आए और चले गए।", "hi"),  # "और" is MH-AUR
        ("בר קיבלה את הפרס אתמול.", "he"),  # Bar (Montenegro); "קיבלה" is UG-407
        ("הוא אמר באן שלום לכולם.", "he"),  # Bonn, by an alternate name
        ("منطقه آزاد تجاری", "fa"),
    ],
)
def test_frequent_words_are_no_places_without_context(text: str, lang: str) -> None:
    assert find_places(text, lang=lang) == ()


def test_frequent_words_that_name_places_of_the_language_stay_places() -> None:
    found = [m.text for m in find_places("ראש עיריית ירושלים ביקר בצרפת ובסיאול.", lang="he")]
    assert found == ["ירושלים", "צרפת", "סיאול"]
    found = [m.text for m in find_places("दिल्ली और मुंबई के मेयर", lang="hi")]
    assert found == ["दिल्ली", "मुंबई"]


def test_a_frequent_word_is_read_with_a_cue_word() -> None:
    found = find_places("העיר בר במונטנגרו", lang="he")
    assert [(m.text, m.place.country) for m in found][:1] == [("בר", "ME")]


# --- 3. inflected names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Мэр Москвы прибыл.", "RU-MOW"),
        ("Встреча в Москве прошла.", "RU-MOW"),
        ("Делегация посетила Москву.", "RU-MOW"),
        ("Форум в Казани открылся.", "RU-TA"),
        ("Переговоры в Самаре.", "RU-SAM"),
        ("Выставка в Новосибирске.", "RU-NVS"),
        ("Саммит в Санкт-Петербурге.", "RU-SPE"),
        ("Губернатор Московской области сказал.", "RU-MOS"),
        ("Соглашение со Свердловской областью.", "RU-SVE"),
        ("Делегация Краснодарского края прибыла.", "RU-KDA"),
    ],
)
def test_russian_case_forms_of_cities_and_regions(text: str, code: str) -> None:
    found = [m.place.subdivision for m in find_places(text, lang="ru")]
    assert found == [code]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Визит в Россию.", "RU"),
        ("Соглашение с Китаем.", "CN"),
        ("Делегация из Японии.", "JP"),
        ("Сотрудничество с Кореей.", "KR"),
        ("Посол Индии.", "IN"),
        ("Отношения с Вьетнамом.", "VN"),
    ],
)
def test_russian_case_forms_of_countries(text: str, country: str) -> None:
    assert [m.place.country for m in find_places(text, lang="ru")] == [country]


def test_inflection_rules_do_not_invent_places() -> None:
    # lower-case words and words that read back to no place stay words
    assert find_places("Во имя мира и дружбы, сказал он.", lang="ru") == ()
    assert find_places("Мира и дружбы желаем.", lang="ru") == ()


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("서울시는 부산에서 협약을 맺었다.", "ko", "Seoul"),
        ("부산에서 열린 회의", "ko", "Busan"),
        ("ראש העיר ביקר בטוקיו.", "he", "Tokyo"),
        ("המשלחת הגיעה לסיאול.", "he", "Seoul"),
        ("સિઓલમાં બેઠક યોજાઈ.", "gu", "Seoul"),
    ],
)
def test_particles_and_prefixes_on_names(text: str, lang: str, name: str) -> None:
    assert [m.place.name for m in find_places(text, lang=lang)][:1] == [name]


# --- context inside one text ----------------------------------------------------------------


def test_a_place_written_after_its_country_or_province_must_lie_there() -> None:
    # 万荣县 is also Wanrong County, Shanxi; written after Laos' Vientiane Province it is not
    found = [(m.text, m.place.country) for m in find_places("老挝万象省万荣县", lang="zh")]
    assert ("万荣县", "CN") not in found
    assert found[:2] == [("老挝", "LA"), ("万象省", "LA")]
    found = [(m.text, m.place.subdivision) for m in find_places("韩国忠清北道忠州市", lang="zh")]
    assert found[-1] == ("忠州市", "KR-43")


def test_a_country_glued_to_a_place_of_it() -> None:
    text = "the City of Tepatitlán de Morelos, Jalisco Mexico and Madison, Wisconsin USA"
    found = [(m.text, m.place.country) for m in find_places(text, lang="en")]
    assert ("Mexico", "MX") in found
    assert ("USA", "US") in found
    # "Georgia" after Atlanta is no country of Atlanta's
    found = [m.text for m in find_places("Delegates from Atlanta Georgia arrived.", lang="en")]
    assert "Georgia" not in found


def test_very_frequent_words_are_no_places_even_at_home() -> None:
    # Persian "دو" ("two") is also an alternate name of Jahrom, Iran
    found = [m.text for m in find_places("همکاری دو شهر تهران و کربلا", lang="fa")]
    assert "دو" not in found
    assert "تهران" in found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Isfahan", "IR-10"),
        ("اصفهان", "IR-10"),
        ("Yazd", "IR-21"),
        ("Haifa", "IL-HA"),
    ],
)
def test_cities_get_their_subdivision_where_the_gazetteer_had_none(text: str, code: str) -> None:
    place = parse_place(text)
    assert (place.kind, place.subdivision) == (PlaceKind.CITY, code)


def test_an_ambiguous_name_is_read_by_a_subdivision_the_text_names() -> None:
    text = "The City of Madison, Wisconsin and the people of Madison signed."
    found = [m.place.geonames_id for m in find_places(text, lang="en")]
    assert found.count(5261457) == 2  # Madison, Wisconsin (GeoNames)
    # without a subdivision that decides it, an ambiguous name stays unread
    assert [m.text for m in find_places("The people of Madison signed.", lang="en")] == []
    found = [(m.text, m.place.subdivision) for m in find_places("서울시 강서구와 협약", lang="ko")]
    assert found == [("서울시", "KR-11"), ("강서구", "KR-11")]  # Gangseo-gu: also in Busan


def test_short_forms_of_korean_provinces() -> None:
    text = "경북 상주시와 전북 고창군, 충남 논산시"
    found = [(m.text, m.place.subdivision) for m in find_places(text, lang="ko")]
    assert ("경북", "KR-47") in found
    assert ("전북", "KR-45") in found
    assert ("충남", "KR-44") in found


def test_punctuation_of_any_script_ends_a_name() -> None:
    found = [m.text for m in find_places("شهرهای یزد، اصفهان و تبریز", lang="fa")]
    assert found == ["یزد", "اصفهان", "تبریز"]
    found = [m.place.name for m in find_places("北京、上海、广州和杭州", lang="zh")]
    assert found == ["Beijing", "Shanghai", "Guangzhou", "Hangzhou"]


@pytest.mark.parametrize("text", ["\x00", "a\x00b", "\x00Seoul", "\x00\x00"])
def test_a_nul_in_a_name_is_an_unknown_name(text: str) -> None:
    # the extras are marisa tries, which read keys as C strings
    with pytest.raises(UnknownNameError):
        parse_place(text)
