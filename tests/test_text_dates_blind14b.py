"""Families found by the blind set 14b (ru, hi, gu, he, fa): literal positive and negative
cases, each written from the language's grammar, script and calendars (Solar Hijri days
converted with convertdate), not from the function under test."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _values(text: str, lang: str, ref: PartialDate | None = None) -> list[str]:
    return [str(m.value) for m in find_dates(text, lang=lang, ref=ref)]


# --- Gujarati "આે" (the letter આ with the vowel sign ે) is how legacy-font text writes ઓ:
# "આેક્ટોબર" is October, "આેગસ્ટ" August
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        (
            "દિવાળી પહેલા તારીખ 11 આેક્ટોબરથી 26 આેક્ટોબર સુધી સમગ્ર શહેરમાં",
            PartialDate("2019-10-10"),
            "2019-10-11/2019-10-26",
        ),
        ("15 આેગસ્ટ 2024ના રોજ", None, "2024-08-15"),
        ("2 આેક્ટોબર 2023", None, "2023-10-02"),
    ],
)
def test_a_gujarati_month_written_with_the_legacy_o(
    text: str, ref: PartialDate | None, expected: str
) -> None:
    assert _values(text, "gu", ref) == [expected]
    assert str(parse_date(text, lang="gu", ref=ref)) == expected


# --- a weekday after "that is" names the date before it: checked against it, never read
# as another week's day ("27 July, that is Saturday": 27 July 2019 was a Saturday)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hi", "27 जुलाई यानी शनिवार को शुभारंभ कार्यक्रम है"),
        ("ru", "Открытие 27 июля, то есть в субботу."),
        ("gu", "27 જુલાઈ એટલે કે શનિવારે કાર્યક્રમ"),
    ],
)
def test_a_weekday_after_that_is_checks_the_date(lang: str, text: str) -> None:
    ref = PartialDate("2019-07-25")
    assert _values(text, lang, ref) == ["2019-07-27"]
    assert str(parse_date(text, lang=lang, ref=ref)) == "2019-07-27"


def test_a_weekday_after_that_is_that_contradicts_the_date_raises() -> None:
    with pytest.raises(DateParseError):  # 27 July 2019 was a Saturday, not a Friday
        parse_date("27 июля, то есть в пятницу", lang="ru", ref=PartialDate("2019-07-25"))


def test_namely_sets_a_relative_phrase_beside_the_date_it_names() -> None:
    text = "Движение закроют на следующей неделе, а именно в ближайший понедельник, 21 апреля."
    assert str(parse_date(text, lang="ru")) == "XXXX-04-21"


# --- a Persian date in figures with a two-digit Solar year, year first ("96/11/18": 18
# Bahman 1396) as Iranian letters write it; day first ("۱۶/۴/۹۹") as before
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("در این بازدید که در مورخه 96/11/18 باحضور اعضای شورا", "2018-02-07"),
        ("نامه مورخ ۹۸/۰۵/۲۰", "2019-08-11"),
        ("تاریخ 75/1/15", "1996-04-03"),
        ("۱۶/۴/۹۹", "2020-07-06"),
    ],
)
def test_a_two_digit_solar_year_first_or_last(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="fa")) == expected
    assert _values(text, "fa") == [expected]


@pytest.mark.parametrize("text", ["شماره 96/11/45", "کد 45/11/18", "پلاک 96/13/18"])
def test_figures_no_solar_date_has_stay_unread(text: str) -> None:
    # no day 45, no year 1345 written "45" (a year first is of 1350 to 1399), no month 13
    assert _values(text, "fa") == []


# --- a Hebrew span whose second end carries the glued "ל" (to): "ליום שני, 8.1.24"
def test_a_hebrew_span_joined_by_a_glued_to() -> None:
    text = "ייסגר בלילה שבין יום ראשון, 7.1.24 ליום שני, 8.1.24,"
    assert _values(text, "he") == ["2024-01-07/2024-01-08"]
    assert str(parse_date(text, lang="he")) == "2024-01-07/2024-01-08"


def test_a_hebrew_and_lists_two_dates_joins_none() -> None:
    text = "ביום ראשון, 7.1.24 וביום שני, 8.1.24"
    assert _values(text, "he") == ["2024-01-07", "2024-01-08"]
    with pytest.raises(DateParseError):
        parse_date(text, lang="he")


# --- a Solar Hijri month, day and year in that order ("آذر 01 ,1403", as page headers write
# "December 01, 2024"): 1 Azar 1403, never Azar 1401 and a year 1403 beside it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تاریخ انتشار: آذر 01 ,1403", "2024-11-21"),
        ("مرداد 05 / 1399", "2020-07-26"),
    ],
)
def test_a_solar_month_day_year(text: str, expected: str) -> None:
    assert _values(text, "fa") == [expected]
    assert str(parse_date(text, lang="fa")) == expected


def test_a_solar_month_with_a_two_digit_year_stays_a_month() -> None:
    assert _values("مرداد ۹۶", "fa") == ["2017-07-23/2017-08-22"]  # Mordad 1396


# --- two days of one month named with "and": the next day makes the span of both days;
# any other pair is two days, each a date (never the second alone, as "5 and 7 May" was in
# Gujarati, whose "and" joins no span of years either)
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("hi", "ताजनगरी में 27 और 28 जुलाई 2019 को देशभर से महापौर जुटेंगे।", "2019-07-27/2019-07-28"),
        ("ru", "27 и 28 июля 2019 года", "2019-07-27/2019-07-28"),
        ("gu", "27 અને 28 જુલાઈ 2019ના રોજ", "2019-07-27/2019-07-28"),
        ("he", "ב-10 ו-11 במאי 2024", "2024-05-10/2024-05-11"),
        ("fa", "۲۷ و ۲۸ تیر ۱۴۰۳", "2024-07-17/2024-07-18"),  # 27 Tir 1403 is 17 July 2024
    ],
)
def test_a_day_and_the_next_one_are_their_span(lang: str, text: str, expected: str) -> None:
    assert _values(text, lang) == [expected]
    assert str(parse_date(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("hi", "5 और 7 जुलाई 2019 को", ["2019-07-05", "2019-07-07"]),
        ("ru", "5 и 7 мая 2024 года", ["2024-05-05", "2024-05-07"]),
        # three days, not in a row: no span of the last two, each a date
        ("ru", "19, 20 и 22 мая 2024 года", ["2024-05-19", "2024-05-20", "2024-05-22"]),
        ("gu", "5 અને 7 જુલાઈ 2019", ["2019-07-05", "2019-07-07"]),
        ("he", "10 ו-12 במאי 2024", ["2024-05-10", "2024-05-12"]),
    ],
)
def test_two_days_apart_named_with_and_are_each_a_date(
    lang: str, text: str, expected: list[str]
) -> None:
    assert _values(text, lang) == expected
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang)


# --- weekdays before a span of days name its days: checked, then the span alone
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("he", "ביום רביעי וחמישי 18-19/7/18"),  # 18 July 2018 was a Wednesday
        ("ru", "в среду и четверг, 18-19 июля 2018 года"),
    ],
)
def test_weekdays_before_a_span_name_its_days(lang: str, text: str) -> None:
    assert str(parse_date(text, lang=lang)) == "2018-07-18/2018-07-19"
    # with a publication date the weekdays are no days of an earlier week beside the span
    assert _values(text, lang, PartialDate("2018-07-10")) == ["2018-07-18/2018-07-19"]


def test_weekdays_that_are_not_the_span_days_leave_several_dates() -> None:
    with pytest.raises(DateParseError):  # 18 July 2018 was a Wednesday, no Friday
        parse_date("в пятницу и четверг, 18-19 июля 2018 года", lang="ru")


# --- Hebrew "הבאה" (next) and "שעברה" (last) alone qualify any feminine noun ("הישיבה
# הבאה": the next session, "בפעם הבאה": next time): no year without "שנה" (year)
@pytest.mark.parametrize(
    "text",
    [
        "הישיבה הבאה של המועצה תתקיים בקרוב",
        "בפעם הבאה נבוא שוב",
        "לשנה הבאה בירושלים הבנויה",  # the blessing "next year in Jerusalem", no date
        "הפגישה שעברה הייתה קצרה",
    ],
)
def test_hebrew_next_and_last_alone_name_no_year(text: str) -> None:
    assert _values(text, "he", PartialDate("2024-03-15")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("בשנה הבאה", "2025"), ("השנה הבאה", "2025"), ("השנה שעברה", "2023"), ("בשנה שעברה", "2023")],
)
def test_hebrew_next_and_last_year(text: str, expected: str) -> None:
    assert _values(text, "he", PartialDate("2024-03-15")) == [expected]


# --- Hebrew "שבת" is Saturday and the Sabbath: bare, it is no day ("שמירת שבת": keeping the
# Sabbath, "ערב שבת": Friday evening); with a prefix letter, "יום" or its date it is Saturday
@pytest.mark.parametrize("text", ["הרב דיבר על שמירת שבת בעיר", "ערב שבת", "שבת שלום לכולם"])
def test_the_sabbath_alone_is_no_day(text: str) -> None:
    assert _values(text, "he", PartialDate("2024-03-15")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("בשבת התקיים טקס", "2024-03-09"),  # 15 March 2024 was a Friday
        ("ביום שבת, 9.3.24, התקיים טקס", "2024-03-09"),
        ("שבת, 9.3.24", "2024-03-09"),
        ("שבת הבאה", "2024-03-16"),
    ],
)
def test_saturday_with_its_mark(text: str, expected: str) -> None:
    assert _values(text, "he", PartialDate("2024-03-15")) == [expected]


# --- Hebrew "השנה" (this year / the year), "היום" (today / the day), "החודש" (this month /
# the month) completing a noun or before an ordinal name no date: "ראש השנה" (Rosh
# Hashanah), "ראש החודש" (the new moon), "השנה הראשונה" (the first year), "היום האחרון"
# (the last day)
@pytest.mark.parametrize(
    "text",
    [
        "לקראת ראש השנה התקיימה הרמת כוסית",
        "ראש החודש",
        "תושב השנה נבחר",
        "השנה הראשונה של התוכנית",
        "היום הראשון של הכנס עסק בתחבורה",
        "היום האחרון להגשת הבקשות",
    ],
)
def test_hebrew_the_year_of_a_noun_or_an_ordinal_is_no_date(text: str) -> None:
    assert _values(text, "he", PartialDate("2024-03-15")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("השנה נחתם ההסכם", "2024"),
        ("ראש העיר היום חתם על ההסכם", "2024-03-15"),
        ("החודש ייפתח הגן", "2024-03"),
    ],
)
def test_hebrew_this_year_today_and_this_month(text: str, expected: str) -> None:
    assert _values(text, "he", PartialDate("2024-03-15")) == [expected]
