"""Families found by the blind set 18b (ru, hi, gu, he, fa): literal positive and negative
cases, each written from the language's grammar, script and calendars (Hebrew days converted
with convertdate, Solar Hijri days counted from Nowruz), not from the function under test."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _values(text: str, lang: str, ref: str | None = None) -> list[str]:
    return [
        str(m.value) for m in find_dates(text, lang=lang, ref=PartialDate(ref) if ref else None)
    ]


def _parsed(text: str, lang: str, ref: str | None = None) -> str:
    return str(parse_date(text, lang=lang, ref=PartialDate(ref) if ref else None))


# --- a Hebrew-calendar day beside the Gregorian date it falls on: one date, the weekday its
# own (13 Av 5778 is 25 July 2018; 3 Tevet 5781 is 18 December 2020; 27 Kislev 5781 is 13
# December 2020; 5 Tevet 5782 is 9 December 2021; 11 Tishrei 5784 is 26 September 2023)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ביום רביעי, יג' באב, 25.7.18", "2018-07-25"),
        ("יום שישי, ג' טבת 18.12.20", "2020-12-18"),
        ("ביום חמישי, ה' בטבת, 9.12.21 תיסגר הדרך", "2021-12-09"),
        ('העבודות יבוצעו ביום שלישי, י"א בתשרי, 26.9.23', "2023-09-26"),
        ("יום א', כ\"ז כסלו, 13.12.20 – יום שישי, ג' טבת 18.12.20", "2020-12-13/2020-12-18"),
        (
            "החל מיום ראשון, יז' באב, 29.7.18 ועד יום חמישי, כא' באב, 2.8.18",
            "2018-07-29/2018-08-02",
        ),
        # with its year: the pair is one end of the span, not the Hebrew name alone
        (
            'מיום ראשון, י"א בתשרי התשפ"ה, 13.10.2024 ועד יום שלישי, י"ג בתשרי התשפ"ה, 15.10.2024',
            "2024-10-13/2024-10-15",
        ),
        # typographic quotes as geresh and gershayim, the Gregorian date in brackets
        ("יחל ביום חמישי א’ בשבט תשפ”א (14 לינואר 2021)", "2021-01-14"),
        (
            "מיום שני, 11 בינואר 2016 (א' בשבט תשע\"ו), עד יום ראשון, 31 בינואר 2016 "
            '(כ"א בשבט תשע"ו) כולל',
            "2016-01-11/2016-01-31",
        ),
    ],
)
def test_hebrew_day_beside_its_gregorian_date(text: str, expected: str) -> None:
    assert _parsed(text, "he") == expected
    assert _values(text, "he") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "ביום רביעי, יד' באב, 25.7.18",  # 14 Av is 26 July 2018: the text contradicts itself
        "ביום חמישי, ו' בטבת, 9.12.21",  # 6 Tevet 5782 is 10 December 2021
    ],
)
def test_hebrew_day_that_is_not_the_gregorian_one_stays_unread(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang="he")


# --- a span whose ends a clause parts: "begins ... and lasts until", "from X, which ... until Y"
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("הרישום יחל ב-5 במאי 2026 ויימשך עד 9 במאי 2026", "he", "2026-05-05/2026-05-09"),
        (
            "ההרשמה תחל ביום ראשון, 4.1.26 ותימשך עד יום חמישי, 15.1.26",
            "he",
            "2026-01-04/2026-01-15",
        ),
        ("मेले का शुभारंभ 3 मार्च 2025 से होगा जो 9 मार्च 2025 तक चलेगा", "hi", "2025-03-03/2025-03-09"),
        ("प्रदर्शनी 10 जनवरी से होगी जो 20 जनवरी 2026 तक जारी रहेगी", "hi", "2026-01-10/2026-01-20"),
    ],
)
def test_span_parted_by_a_clause(text: str, lang: str, expected: str) -> None:
    assert _parsed(text, lang) == expected


# --- a span joined by ", עד" or "עד –"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("מיום שני, 5 בינואר 2026, עד יום שישי, 9 בינואר 2026", "2026-01-05/2026-01-09"),
        ("מ - 1 בינואר 2020 עד – 31 בדצמבר 2020", "2020-01-01/2020-12-31"),
    ],
)
def test_hebrew_span_joined_after_a_comma_or_before_a_dash(text: str, expected: str) -> None:
    assert _parsed(text, "he") == expected


# --- "moved from the 10th to the 15th": two days, never the second alone
@pytest.mark.parametrize(
    "text",
    [
        "гидравлические испытания переносятся с 10 на 15 мая",
        "концерт перенесли с 3 на 5 июня 2024 года",
    ],
)
def test_moved_from_one_day_to_another_stays_unread(text: str) -> None:
    assert _values(text, "ru") == []
    with pytest.raises(DateParseError):
        parse_date(text, lang="ru")


def test_a_dotted_time_hides_no_date_after_it() -> None:
    # "23.00" is a time (no month 00): the date after "и" is read, so the two are never one
    text = "Ограничение будет действовать 22 июня с 21.00 до 23.00 и 25 июня"
    assert _values(text, "ru") == ["XXXX-06-22", "XXXX-06-25"]
    with pytest.raises(DateParseError):
        parse_date(text, lang="ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("с 06.00 9 июня до 24.00 12 июля 2024 года", "2024-06-09/2024-07-12"),
        (
            "движение закроют с 22.30 1 августа до 05.30 3 августа 2025 года",
            "2025-08-01/2025-08-03",
        ),
    ],
)
def test_dotted_times_between_the_ends_of_a_span(text: str, expected: str) -> None:
    assert _parsed(text, "ru") == expected


# --- a street named after a date, then its house number: no date at all
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("улица 9 Мая 12", "ru"),
        ("ремонт дома по улице 8 Марта 14", "ru"),
        ("ברחוב 29 בנובמבר 12", "he"),
        ('רחוב כ"ט בנובמבר 12', "he"),
    ],
)
def test_street_named_after_a_date_with_its_house_number(text: str, lang: str) -> None:
    assert _values(text, lang) == []


# --- a day in Hebrew letters before a Gregorian month: the day, never the month alone
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('ההחלטה התקבלה בכ"ט בנובמבר 1947', "1947-11-29"),
        ('ט"ו באוגוסט 2024', "2024-08-15"),
        ("ה' במרץ 2024", "2024-03-05"),
    ],
)
def test_day_in_hebrew_letters_before_a_gregorian_month(text: str, expected: str) -> None:
    assert _parsed(text, "he") == expected


# --- two Solar Hijri days of different months: the span (25 Aban 1403 is 15 November 2024,
# 5 Azar 1403 is 25 November; 20 Esfand 1399 is 10 March 2021, 12 Farvardin 1400 is 1 April;
# 29 Khordad 1400 is 19 June 2021, 3 Tir is 24 June)
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("نمایشگاه از ۲۵ آبان تا ۵ آذر برپاست", "2024-11-01", "2024-11-15/2024-11-25"),
        ("از ۲۰ اسفند تا ۱۲ فروردین", "2021-03-14", "2021-03-10/2021-04-01"),
        ("از ۲۹ خرداد تا ۳ تیر", "2021-06-15", "2021-06-19/2021-06-24"),
    ],
)
def test_solar_days_of_two_months_are_a_span(text: str, ref: str, expected: str) -> None:
    assert _parsed(text, "fa", ref) == expected
    assert _values(text, "fa", ref) == [expected]


def test_span_whose_end_is_in_words_is_not_its_first_day() -> None:
    # "سه تیر" (three Tir) ends the span; 29 Khordad alone would drop it
    assert _values("از ۲۹ خرداد تا سه تیر", "fa", "2021-06-15") == []


# --- a hyphen between the day, the month's name and the year
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("જીઆઇડીસી સબ ડિવિઝન તા.17-મે શનિવારે", "gu", "XXXX-05-17"),
        ("તા.11-એપ્રિલ-2025ના રોજ", "gu", "2025-04-11"),
        ("दिनांक 17-मई-2024 को बैठक", "hi", "2024-05-17"),
    ],
)
def test_day_hyphen_month(text: str, lang: str, expected: str) -> None:
    assert _parsed(text, lang) == expected


# --- weekdays before a span stated in two calendars name that span
def test_weekdays_before_a_span_in_two_calendars() -> None:
    text = "ערב החג ויום החג, ימים שישי ושבת, ט'-י' בתשרי התשפ\"ה, 11-12.10.2024."
    assert _parsed(text, "he") == "2024-10-11/2024-10-12"


def test_weekdays_that_do_not_fit_the_span_stay_apart() -> None:
    # 11-12 October 2024 are Friday and Saturday, not Thursday and Saturday
    with pytest.raises(DateParseError):
        parse_date("ימים חמישי ושבת, 11-12.10.2024", lang="he")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("3-5월에 공사", "ko"),  # March to May: figures never join a day to a month
        ("3-5月", "zh"),
    ],
)
def test_hyphen_joins_no_day_to_a_month_in_figures(text: str, lang: str) -> None:
    assert _values(text, lang) == []


def test_hindi_clause_without_from_joins_no_span() -> None:
    # a meeting on 5 March, adjourned until 10 March: two dates, no span
    text = "5 मार्च को बैठक हुई जो 10 मार्च तक के लिए स्थगित"
    assert _values(text, "hi") == ["XXXX-03-05", "XXXX-03-10"]
