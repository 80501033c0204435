"""Families of faults found by the blind set 18b (``bench/places_news_blind18b.json``: real
news in Russian, Hindi, Gujarati, Hebrew and Persian), each with the guards that keep the
right readings. Expected values are written from the languages and the places themselves."""

from __future__ import annotations

import pytest

from citydiplo import find_places, parse_place


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# -- cities of Alborz that GeoNames still files under Tehran Province (split in 2010) ------


@pytest.mark.parametrize(
    ("name", "geonames_id"),
    [("فردیس", 6657205), ("مشکین دشت", 123205), ("ماهدشت", 124838)],
)
def test_an_alborz_city_lies_in_alborz(name: str, geonames_id: int) -> None:
    place = parse_place(name, lang="fa", country="IR")
    assert (place.geonames_id, place.subdivision) == (geonames_id, "IR-30")


@pytest.mark.parametrize(
    "text",
    [
        "فرماندار شهرستان فردیس گفت: ساختمان فرمانداری افتتاح می‌شود",
        "پروژه‌های عمرانی در مشکین دشت به بهره‌برداری رسید",
    ],
)
def test_an_alborz_city_in_running_text(text: str) -> None:
    assert {s for _, _, s in _read(text, "fa")} == {"IR-30"}


def test_a_tehran_city_west_of_the_capital_stays_in_tehran() -> None:
    # Shahriar and Qods lie in Tehran Province; the move touches Alborz's counties only
    assert parse_place("شهریار", lang="fa", country="IR").subdivision == "IR-23"


# -- a club's association, a museum or a news agency before a place's name names the thing ---


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("42 // הפועל באר–שבע צריכה את קינגס ביכולת שיא", "he"),
        ('המשחק נגד בית"ר ירושלים יתקיים במוצאי שבת', "he"),
        ("השחקן עבר אתמול למכבי חיפה", "he"),
        ("עירוני קריית שמונה ניצחה הערב", "he"),
        ("ברחבת אגף הנוער של מוזיאון ישראל הוקמה סוכה", "he"),
        ("روزنامه ایران در شماره امروز نوشت", "fa"),
    ],
)
def test_a_club_museum_or_agency_is_no_place(text: str, lang: str) -> None:
    assert _read(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("הפועל באר שבע ניצחה בבאר שבע", "he", [("באר שבע", "IL", "IL-D")]),
        ("הפועלים בחיפה הפגינו", "he", [("חיפה", "IL", "IL-HA")]),
        (
            "استاندار فارس به شیراز رفت",
            "fa",
            [("استاندار فارس", "IR", "IR-07"), ("شیراز", "IR", "IR-07")],
        ),
    ],
)
def test_the_place_beside_a_club_stays_a_place(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    # the club's "באר שבע" is dropped, the city after "ב" stays; the other two pass on
    # the earlier code too (they guard the readings the new words must not touch)
    assert _read(text, lang) == expected


# -- a place's name opening a quoted name after an organisation word is that name's ---------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('יו"ר עמותת "ישראל למען הנגב", ד"ר אסתר לוצאטו, תקפה את הממשלה', "he"),
        ('בחברת "אשדוד אונליין" הודיעו על פיטורים', "he"),
        ("به گزارش «تهران پرس»؛ بر اساس این گزارش", "fa"),
        ("به گزارش «کرمان امروز»، جلسه برگزار شد", "fa"),
        ("مدیرعامل شرکت «مشهد نوین» گفت", "fa"),
    ],
)
def test_a_quoted_organisation_name_is_no_place(text: str, lang: str) -> None:
    assert [c for _, c, _ in _read(text, lang)] == []


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ('הוא אמר "ישראל תנצח" בנאום', "he", "IL"),
        ("به گزارش «ایرنا» از تهران", "fa", "IR"),
    ],
)
def test_a_quoted_place_without_an_organisation_word_stays(
    text: str, lang: str, country: str
) -> None:
    assert [c for _, c, _ in _read(text, lang)] == [country]


# -- Indian districts named after no town, written in Gujarati or Hindi ---------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "ગુજરાતના ઉત્તરીય જિલ્લાઓ, બનાસકાંઠા, સાબરકાંઠા અને પાલનપુરમાં વરસાદ",
            "gu",
            ["બનાસકાંઠા", "સાબરકાંઠા"],
        ),
        ("કચ્છ જિલ્લા કલેક્ટર અમિત અરોરાએ બેઠક બોલાવી", "gu", ["કચ્છ"]),
        ("ગુજરાતના મહીસાગરમાં ભારે વરસાદ", "gu", ["મહીસાગર"]),
        ("कच्छ जिले में भूकंप के झटके", "hi", ["कच्छ"]),
        ("गुजरात के बनासकांठा में बाढ़", "hi", ["बनासकांठा"]),
    ],
)
def test_a_district_named_after_no_town(text: str, lang: str, expected: list[str]) -> None:
    found = [(t, c, s) for t, c, s in _read(text, lang) if t in expected]
    assert found == [(t, "IN", "IN-GJ") for t in expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("બનાસકાંઠા અને સાબરકાંઠામાં વરસાદ", "gu"),  # no state named, no generic word
        ("बनासकांठा में बाढ़", "hi"),
    ],
)
def test_a_district_without_evidence_stays_unread(text: str, lang: str) -> None:
    assert _read(text, lang) == []


# -- a dateline opening a report is the place it is filed from ------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "5 августа 2014 10:07\n\nЕКАТЕРИНБУРГ. В связи с плановыми ремонтными работами",
            "ru",
            ("ЕКАТЕРИНБУРГ", "RU", "RU-SVE"),
        ),
        ("МОСКВА, 5 мая. /ТАСС/. Президент подписал указ", "ru", ("МОСКВА", "RU", "RU-MOW")),
        ("ВОЛГОГРАД, 1 мая — глава региона", "ru", ("ВОЛГОГРАД", "RU", "RU-VGG")),
        ("Новости\nВолгоград, 1 мая — глава региона", "ru", ("Волгоград", "RU", "RU-VGG")),
    ],
)
def test_a_dateline_is_read(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert _read(text, lang)[:1] == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Пенза подписала соглашение", "ru"),  # a sentence's first word, no dateline
        ("Nice to meet you", "en"),
        ("HOWEVER, the mayor said", "en"),
    ],
)
def test_a_sentence_opening_name_stays_held(text: str, lang: str) -> None:
    assert _read(text, lang) == []


# -- a town's municipality or municipal corporation after its name is the town's own body ---


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("ગાંધીધામ નગરપાલિકાની મુલાકાત લઇ અધિકારીઓ સાથે ચર્ચા", "gu", ("ગાંધીધામ", "IN", "IN-GJ")),
        ("મોરબી મહાનગર પાલિકાના વહીવટદાર તરીકે કલેકટર", "gu", ("મોરબી", "IN", "IN-GJ")),
    ],
)
def test_a_municipality_names_its_town(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert _read(text, lang) == [expected]


def test_a_municipality_word_alone_names_nothing() -> None:
    assert _read("નગરપાલિકા પ્રમુખ તેજસભાઇ શેઠ વગેરેની ઉપસ્થિતિ", "gu") == []


# -- the Czech Republic as Hindi news writes it, the English name in Devanagari -------------


def test_the_czech_republic_in_hindi() -> None:
    text = "मुख्यमंत्री आठ अक्तूबर को नयी दिल्ली से चेक रिपब्लिक जायेंगे"
    assert ("चेक रिपब्लिक", "CZ", None) in _read(text, "hi")
