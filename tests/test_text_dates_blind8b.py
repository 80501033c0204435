"""Families of date phrases found by the blind batch 8b in ru, hi, gu, he and fa
(bench/date_blind8b_cases.jsonl), each with literal positive and negative cases: the expected
values are written by hand, never taken from the function under test."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2025-03-12")  # a Wednesday


def _value(text: str, lang: str, ref: PartialDate | None = REF) -> str:
    return str(parse_date(text, lang=lang, ref=ref))


def _found(text: str, lang: str, ref: PartialDate | None = REF) -> list[str]:
    mentions = find_dates(text, lang=lang, ref=ref)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return [str(m.value) for m in mentions]


# Adar I exists only in a leap year (5784 is one, 5785 is not): never read as Adar
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('כ"ה באדר א\' התשפ"ד', "2024-03-05"),
        ('י\' באדר ב\' התשפ"ד', "2024-03-20"),
        ('י\' באדר התשפ"ה', "2025-03-10"),
    ],
)
def test_adar_of_the_year(text: str, expected: str) -> None:
    pytest.importorskip("convertdate")
    assert _value(text, "he", None) == expected


@pytest.mark.parametrize("text", ['י\' באדר א\' התשפ"ה', 'י\' באדר ב\' התשפ"ה', 'י\' באדר התשפ"ד'])
def test_an_adar_the_year_does_not_have_is_unread(text: str) -> None:
    pytest.importorskip("convertdate")
    with pytest.raises(DateParseError):
        parse_date(text, lang="he")
    assert _found(text, "he", None) == []


# "هفته بعد" (the week after this one) names next week, as "هفته آینده" does
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سه‌شنبه هفته بعد", "2025-03-18"),
        ("شنبه هفته بعد", "2025-03-15"),  # CLDR: the week in Iran starts on Saturday
        ("هفته بعد", "2025-03-17/2025-03-23"),
        ("هفته قبل", "2025-03-03/2025-03-09"),
        ("دوشنبه هفته قبل", "2025-03-03"),
        ("آخر هفته بعد", "2025-03-21"),
    ],
)
def test_persian_next_and_last_week(text: str, expected: str) -> None:
    assert _value(text, "fa") == expected


@pytest.mark.parametrize("text", ["یک هفته بعد از جنگ", "سه‌شنبه، هفته بعد"])
def test_persian_week_after_an_event_or_across_a_comma(text: str) -> None:
    assert "2025-03-18" not in _found(text, "fa")


# "આજથી … સુધી": from today until a day, one span
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("આજથી 15 માર્ચ સુધી", "2025-03-12/2025-03-15"),
        ("આજથી ૨૦ એપ્રિલ સુધી", "2025-03-12/2025-04-20"),
        ("આવતીકાલથી 20 માર્ચ સુધી", "2025-03-13/2025-03-20"),
        ("આજથી", "2025-03-12"),
    ],
)
def test_gujarati_from_today(text: str, expected: str) -> None:
    assert _value(text, "gu") == expected


def test_gujarati_from_today_in_a_sentence_is_one_mention() -> None:
    text = "આ અભિયાન આજથી 15 માર્ચ સુધી ચાલશે."
    assert _found(text, "gu") == ["2025-03-12/2025-03-15"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На текущей неделе прошли заседания комиссий", "2025-03-10/2025-03-16"),
        ("на позапрошлой неделе", "2025-02-24/2025-03-02"),
    ],
)
def test_russian_current_and_week_before_last(text: str, expected: str) -> None:
    assert _value(text, "ru") == expected


# a day and month right after a word of yearly recurrence come back every year
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("हर साल 20 मार्च को नालों की सफाई का काम शुरू होता है", "hi"),
        ("प्रतिवर्ष 15 अगस्त को ध्वजारोहण होता है", "hi"),
        ("દર વર્ષે 15 ઓગસ્ટે ધ્વજવંદન થાય છે", "gu"),
        ("Ежегодно 9 мая проходит парад", "ru"),
        ("каждый год 12 июня", "ru"),
        ("מדי שנה ב-10 במאי מתקיים טקס", "he"),
        ("هر سال ۲۲ بهمن راهپیمایی برگزار می‌شود", "fa"),
    ],
)
def test_a_day_of_every_year_is_no_date(text: str, lang: str) -> None:
    assert _found(text, lang) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("20 मार्च को नालों की सफाई शुरू हुई", "hi", ["2025-03-20"]),
        ("हर साल की तरह इस बार 20 मार्च 2024 को", "hi", ["2024-03-20"]),
        ("9 мая 2024 года прошёл парад", "ru", ["2024-05-09"]),
        ("در هر صورت ۲۲ بهمن ۱۴۰۳ برگزار شد", "fa", ["2025-02-10"]),
    ],
)
def test_a_dated_day_beside_recurrence_words_stays(
    text: str, lang: str, expected: list[str]
) -> None:
    assert _found(text, lang) == expected


# a numbering ("מס' 30/12") is no day and month; a month 13 is no month
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("פרוטוקול ישיבת מועצה מיום 19/12/2018 מס' 3/13", "2018-12-19"),
        ("פרוטוקול ישיבת מועצה מיוחדת מיום 05.10.2016 מס' 30/12", "2016-10-05"),
        ("הישיבה תתקיים ב-30/12", "2025-12-30"),
    ],
)
def test_a_numbering_is_no_day_and_month(text: str, expected: str) -> None:
    assert _value(text, "he") == expected
    assert _found(text, "he") == [expected]


@pytest.mark.parametrize("text", ["החלטה מס' 30/12", "3/13", "מספר 12/5"])
def test_numbers_in_figures_that_are_no_dates(text: str) -> None:
    assert _found(text, "he") == []


# a day of next, this or last month, written with the genitive and the word for date
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("अगले महीने की 5 तारीख को", "hi", "2025-04-05"),
        ("इस महीने की 15 तारीख को बैठक होगी", "hi", "2025-03-15"),
        ("पिछले महीने की 28 तारीख को", "hi", "2025-02-28"),
        ("अगले महीने की बैठक", "hi", "2025-04"),
        ("આવતા મહિનાની 5 તારીખે બેઠક મળશે", "gu", "2025-04-05"),
        ("આ મહિનાની 15 તારીખે", "gu", "2025-03-15"),
        ("다음달 13일", "ko", "2025-04-13"),
    ],
)
def test_a_day_of_a_relative_month(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected
    assert _found(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("अगले महीने की 5 बैठकें होंगी", "hi"), ("આવતા મહિનાની 5 બેઠકો યોજાશે", "gu")],
)
def test_a_count_after_a_relative_month_is_no_day(text: str, lang: str) -> None:
    assert "2025-04-05" not in _found(text, lang)


# two months joined by a word that joins days are one span; the second one, alone, would take
# ref's year even when the span runs into the next
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("ડિસેમ્બર-જાન્યુઆરીમાં ચૂંટણી યોજાશે.", "gu", "2025-12/2026-01"),
        ("જુલાઈ-ઓગસ્ટમાં", "gu", "2025-07/2025-08"),
        ("જુલાઈથી ઓગસ્ટ સુધી", "gu", "2025-07/2025-08"),
        ("जुलाई से अगस्त तक", "hi", "2025-07/2025-08"),
        ("с июля по август 2024 года", "ru", "2024-07/2024-08"),
        ("מיולי עד אוגוסט", "he", "2025-07/2025-08"),
        ("December–January 2025", "en", "2024-12/2025-01"),
    ],
)
def test_a_span_of_two_months(text: str, lang: str, expected: str) -> None:
    ref = PartialDate("2025-07-16")
    assert _value(text, lang, ref) == expected
    assert _found(text, lang, ref) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("in July and August", "en", ["2025-07", "2025-08"]),  # "and" joins no span
        ("જાન્યુઆરીમાં 6 મહાનગરની ચૂંટણી", "gu", ["2025-01"]),  # six cities, in January
        ("जनवरी में 5 बैठकें", "hi", ["2025-01"]),
    ],
)
def test_months_that_are_no_span_and_counts_that_are_no_day(
    text: str, lang: str, expected: list[str]
) -> None:
    assert _found(text, lang, PartialDate("2025-07-16")) == expected


# two Solar Hijri days joined by "تا", the year stated once at the end
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("از ۲۵ بهمن تا ۵ اسفند ۱۴۰۳", "2025-02-13/2025-02-23"),
        ("از ۲۵ بهمن ۱۴۰۳ تا ۵ اسفند ۱۴۰۳", "2025-02-13/2025-02-23"),
        ("از ۲۵ اسفند تا ۵ فروردین ۱۴۰۴", "2025-03-15/2025-03-25"),
    ],
)
def test_a_span_of_solar_days(text: str, expected: str) -> None:
    assert _value(text, "fa", None) == expected
    assert _found(text, "fa", None) == [expected]


def test_solar_days_joined_by_and_are_no_span() -> None:
    assert "2025-02-13/2025-02-23" not in _found("۲۵ بهمن و ۵ اسفند ۱۴۰۳", "fa", None)


# "શનિવારના રોજ" (on the day of Saturday) is the weekday; "થનાર" (to take place) marks the future
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("શનિવારના રોજ સવારે 11 વાગ્યે લોકાર્પણ થનાર છે.", "2020-12-12"),
        ("શનિવારના રોજ બેઠક મળી હતી.", "2020-12-05"),
        ("શનિવારના દિવસે", "2020-12-05"),
    ],
)
def test_gujarati_weekday_on_the_day(text: str, expected: str) -> None:
    assert _value(text, "gu", PartialDate("2020-12-11")) == expected


def test_a_weekday_genitive_before_a_noun_is_no_day() -> None:
    assert _found("શનિવારનો કાર્યક્રમ", "gu", PartialDate("2020-12-11")) == []


# "से"/"થી" after a date opens a range ("from 2009"), unless "before" follows: "2009 से पहले"
# is before 2009, never 2009 onwards (the date itself is read, as "before 2009" is in English)
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2009 से पहले", "hi", "2009"),
        ("2009 से पूर्व बने मकान", "hi", "2009"),
        ("3 दिसम्बर 2023 से पहले आवेदन करें", "hi", "2023-12-03"),
        ("2009થી પહેલાં", "gu", "2009"),
        ("2009 से नियम लागू है", "hi", "2009/.."),
        ("2009થી", "gu", "2009/.."),
        ("2009 से 2012 तक", "hi", "2009/2012"),
    ],
)
def test_before_a_date_opens_no_range(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected


# a weekday beside a Solar Hijri day without its year is checked against it too
@pytest.mark.parametrize(
    ("text", "expected"),
    [("دوشنبه ۲۰ اسفند", "2025-03-10"), ("سه‌شنبه، ۲۱ اسفند", "2025-03-11")],
)
def test_a_weekday_beside_a_solar_day(text: str, expected: str) -> None:
    assert _value(text, "fa") == expected


@pytest.mark.parametrize("text", ["دوشنبه ۲۱ اسفند", "دوشنبه، ۲۱ اسفند"])
def test_a_weekday_that_contradicts_a_solar_day(text: str) -> None:
    with pytest.raises(DateParseError, match="weekday"):
        parse_date(text, lang="fa", ref=REF)
    assert _found(text, "fa") == []


# Hebrew weekdays by letter, written with an ASCII apostrophe as news sites type them; a
# letter-day before a Hebrew month is a day of that calendar, never a weekday
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("יום ב', 10 במרץ", "2025-03-10"),
        ("ביום ג' הקרוב", "2025-03-18"),
        ("ביום ה' התקיימה ישיבה", "2025-03-06"),
        ("ביום שני בשבוע הבא", "2025-03-17"),  # "שני" is also "two": no span of weeks
        ("ביום שני בשבוע שעבר", "2025-03-03"),
    ],
)
def test_hebrew_weekdays(text: str, expected: str) -> None:
    assert _value(text, "he") == expected


def test_hebrew_weekday_letter_contradicting_the_date() -> None:
    with pytest.raises(DateParseError, match="weekday"):
        parse_date("יום ב', 11 במרץ", lang="he", ref=REF)


@pytest.mark.parametrize("text", ["מיום א' בשבט", "יום ב' באדר", "מיום א׳ בשבט"])
def test_a_day_of_a_hebrew_month_is_no_weekday(text: str) -> None:
    assert _found(text, "he") == []


def test_two_weeks_before_next_week_stay_a_count() -> None:
    assert "2025-03-17" not in _found("במשך שני שבועות בשבוע הבא", "he")


# Hebrew days in words with the preposition "ב" (on), as with the article; a bare cardinal
# before a month stays a count ("נהרגו שבעה במאי": seven were killed in May)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("בשבעה באפריל 2010", "2010-04-07"),
        ("בעשרים ושלושה במרץ 2024", "2024-03-23"),
        ("בראשון בינואר 2024", "2024-01-01"),
        ("בשנים עשר במאי 2023", "2023-05-12"),
        ("השבעה באוקטובר 2023", "2023-10-07"),
    ],
)
def test_hebrew_days_in_words(text: str, expected: str) -> None:
    assert _value(text, "he", None) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("נהרגו שבעה במאי 2024", "he", ["2024-05"]),
        ("נחתמו שלושה הסכמים באפריל 2010", "he", ["2010-04"]),
        ("in May 2010", "en", ["2010-05"]),
    ],
)
def test_a_month_after_a_count(text: str, lang: str, expected: list[str]) -> None:
    assert _found(text, lang, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("03/15/19", "2019-03-15"), ("Weekly Update 5/31/21", "2021-05-31")],
)
def test_month_first_figures_with_a_two_digit_year_stay(text: str, expected: str) -> None:
    assert _value(text, "en", None) == expected
