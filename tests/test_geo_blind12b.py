"""Places: the families of faults found by the blind set 12b (bench/places_news_blind12b.json,
real municipal and regional news in Russian, Hindi, Gujarati, Hebrew and Persian).

* a hall or a state house named after a place ("ગાંધીનગર ગૃહ", a town hall of Vadodara;
  "उत्तराखण्ड भवन", a building in Ahmedabad) names the hall, not the place
  (``data/named_after.json``);
* a country name that is also a common given name, right after a title or an office ("השר
  ישראל כץ", minister Israel Katz) is the person's (``_person_context.py``);
* a capital city that is a subdivision of its own is what its bare name names, not the
  region around it bearing the same name ("Ташкент": Tashkent, UZ-TK, not the Tashkent
  region, UZ-TO);
* the Gujarati genitive "નાં" is written on names as "ના" is ("સુરતનાં", of Surat);
* a frequent word that names a town at home is read as the town where something makes a
  place of it: also its office after the genitive ("सागर की महापौर", the mayor of Sagar),
  and every other mention of it written the same way in a text where one is a place.
"""

from __future__ import annotations

import pytest

from citydiplo import find_places, parse_place


def _found(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# --- halls and state houses named after a place ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "વડોદરા મહાનગર સેવા સદનમાં ગાંધીનગર ગૃહ ખાતે પ્રથમ સામાન્ય સભા મળી હતી.",
            "gu",
            [("વડોદરા", "IN", "IN-GJ")],
        ),
        (
            "मुख्यमंत्री ने अहमदाबाद में उत्तराखण्ड भवन बनाए जाने का अनुरोध किया।",
            "hi",
            [("अहमदाबाद", "IN", "IN-GJ")],
        ),
        ("दिल्ली के गुजरात भवन में बैठक हुई।", "hi", [("दिल्ली", "IN", "IN-DL")]),
    ],
)
def test_a_hall_named_after_a_place_is_no_mention_of_it(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text, lang) == expected


def test_the_place_itself_stays_beside_its_hall() -> None:
    found = _found("ગાંધીનગરમાં મુખ્યમંત્રી સાથે બેઠક મળી.", "gu")
    assert found == [("ગાંધીનગર", "IN", "IN-GJ")]


# --- a country's name as a person's given name ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "השר ישראל כץ הגיע לפגישה עם ראש העירייה",
        "ראש העירייה אירח בלשכתו את שר החוץ ישראל כץ יחד עם בכירי משרדו",
        "חבר הכנסת ירדן כהן נאם במליאה",
    ],
)
def test_a_country_after_a_minister_s_title_is_his_given_name(text: str) -> None:
    assert not find_places(text, lang="he")


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("השר ביקר בישראל ובירדן", "he", "IL"),
        ("ממשלת ישראל החליטה על תקציב חדש", "he", "IL"),
        ("विदेश मंत्री भारत आएंगे", "hi", "IN"),
        ("המשלחת הגיעה לישראל. ישראל קיבלה אותה בחום", "he", "IL"),
    ],
)
def test_the_country_stays_without_a_title_before_it(text: str, lang: str, country: str) -> None:
    assert country in {m.place.country for m in find_places(text, lang=lang)}


# --- a capital city and the region around it --------------------------------------------


def test_tashkent_is_the_city_not_its_region() -> None:
    place = parse_place("Ташкент", lang="ru")
    assert (place.kind.value, place.country, place.subdivision) == ("city", "UZ", "UZ-TK")


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор подписал в Ташкенте дорожную карту",
        "хоким Ташкента Шавкат Умурзаков тепло приветствовал посла",
        "открытие рейса между Душанбе и Ташкентом",
    ],
)
def test_tashkent_in_running_russian(text: str) -> None:
    found = {(m.place.country, m.place.subdivision) for m in find_places(text, lang="ru")}
    assert ("UZ", "UZ-TK") in found


def test_a_region_named_by_its_own_adjective_stays_a_region() -> None:
    place = parse_place("Ташкентская область", lang="ru")
    assert (place.kind.value, place.subdivision) == ("subdivision", "UZ-TO")


# --- the Gujarati genitive "નાં" ---------------------------------------------------------


def test_the_gujarati_genitive_naa_with_anusvara() -> None:
    text = "નરેન્દ્રભાઈ મોદી જ્યારે ગુજરાતનાં મુખ્યમંત્રી હતા, ત્યારથી એમણે સુરતનાં વિકાસને ખૂબ મહત્વ આપ્યું"
    assert _found(text, "gu") == [("ગુજરાત", "IN", "IN-GJ"), ("સુરત", "IN", "IN-GJ")]


# --- frequent words naming a town: the mayor of, and the same town again -------------------


def test_sagar_with_its_mayor_after_the_genitive() -> None:
    text = "इंदौर के महापौर पुष्यमित्र भार्गव, सागर की महापौर श्रीमती संगीता सुशील तिवारी शामिल हैं।"
    assert ("सागर", "IN", "IN-MP") in _found(text, "hi")


def test_the_town_of_a_dateline_is_the_town_of_the_text() -> None:
    text = (
        "कलेक्टर ने सागर के कार्यों का किया निरीक्षण\n"
        "सागर। मुख्यमंत्री का नवम्बर माह के अंत तक सागर आगमन संभावित है।"
    )
    assert _found(text, "hi") == [("सागर", "IN", "IN-MP")] * 3


@pytest.mark.parametrize(
    "text",
    [
        "प्रेम का सागर उमड़ पड़ा, और सागर की लहरें ऊँची थीं",
        "भारत के सागर तट पर मछुआरे रहते हैं। सागर में तूफान आया।",
    ],
)
def test_the_word_stays_a_word_when_no_mention_of_it_is_a_place(text: str) -> None:
    assert not [m for m in find_places(text, lang="hi") if "सागर" in m.text]


# --- a country's name that is also a district at home -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "कोरिया\n‘छत्तीसगढ़’ संवाददाता\nचिरमिरी , 9 अगस्त। महापौर ने भूमिपूजन किया",
        "कोरिया जिले के बैकुंठपुर में कलेक्टर ने बैठक ली",
    ],
)
def test_koriya_district_is_not_korea(text: str) -> None:
    assert "KR" not in {m.place.country for m in find_places(text, lang="hi")}


@pytest.mark.parametrize(
    "text",
    ["कोरिया और भारत के बीच व्यापार बढ़ा", "दक्षिण कोरिया और छत्तीसगढ़ के बीच समझौता हुआ"],
)
def test_korea_stays_korea_elsewhere(text: str) -> None:
    assert "KR" in {m.place.country for m in find_places(text, lang="hi")}


# --- Russian names of Kyrgyzstan ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Посол Кыргызстана в Узбекистане", {"KG", "UZ"}),
        ("Кыргызская Республика и Россия подписали соглашение", {"KG", "RU"}),
        ("делегация Киргизии прибыла в Москву", {"KG", "RU"}),
    ],
)
def test_kyrgyzstan_in_russian(text: str, expected: set[str]) -> None:
    assert {m.place.country for m in find_places(text, lang="ru")} == expected
