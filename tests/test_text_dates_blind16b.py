"""Families found by the blind set 16b (ru, hi, gu, he, fa): literal positive and negative
cases, each written from the language's grammar, script and calendars (Solar Hijri days
converted with convertdate, weekdays from the Gregorian calendar), not from the function under
test."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _values(text: str, lang: str, ref: PartialDate | None = None) -> list[str]:
    return [str(m.value) for m in find_dates(text, lang=lang, ref=ref)]


def _parsed(text: str, lang: str, ref: str | None = None) -> str:
    return str(parse_date(text, lang=lang, ref=PartialDate(ref) if ref else None))


# --- a span whose first day has a month word no lexicon reads: its last day alone would be
# silently wrong ("29 अप्रेल से 2 मई 2014 तक" gave 2 May 2014)
def test_a_hindi_spelling_of_april_opens_a_span() -> None:
    text = "दिनांक 29 अप्रेल से 2 मई 2014 तक चार दिवसीय समारोह"
    assert _parsed(text, "hi") == "2014-04-29/2014-05-02"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("दिनांक 29 अप्रैलल से 2 मई 2014 तक मेला", "hi"),
        ("Выставка пройдёт с 29 апрля по 2 мая 2014 года", "ru"),
        ("29 ફેબ્રઆરીથી 2 માર્ચ ૨૦૨૪ સુધી પાણીકાપ", "gu"),
    ],
)
def test_no_last_day_alone_when_the_first_day_is_unread(text: str, lang: str) -> None:
    assert _values(text, lang) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("5 किलोमीटर से 2 मई 2014 तक", "hi", ["2014-05-02"]),  # a count, no day
        ("с 29 апреля по 2 мая 2014 года", "ru", ["2014-04-29/2014-05-02"]),
        ("учащиеся 5 классов до 2 мая 2014 года", "ru", ["2014-05-02"]),
    ],
)
def test_a_span_read_whole_or_a_count_before_a_date_stays(
    text: str, lang: str, expected: list[str]
) -> None:
    assert _values(text, lang) == expected


# --- Gujarati day suffixes written apart from the day ("૧ લી", "૧૨ મી"): the day's
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("૧ લી મે ૨૦૨૭", None, "2027-05-01"),
        ("૨ જી ઓક્ટોબર ૨૦૨૬", None, "2026-10-02"),
        ("તા. ૧૨ મી ઓગષ્ટ", "2024-08-02", "2024-08-12"),
        ("૬ ઠ્ઠી ડિસેમ્બર", None, "XXXX-12-06"),
    ],
)
def test_a_gujarati_day_suffix_written_apart(text: str, ref: str | None, expected: str) -> None:
    assert _parsed(text, "gu", ref) == expected


# --- one day named twice in a sentence
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "દરમિયાન આગામી તા. 10મી માર્ચના રોજ મ્યુનિસિપલ કમિશનરે તા. 10મી માર્ચના રોજ બેઠક બોલાવી",
            "gu",
            "XXXX-03-10",
        ),
        # 25 Mehr 1404 is 17 October 2025, a Friday
        ("جمعه / ۲۵ مهر / ۱۴۰۴ - 17 October, 2025", "fa", "2025-10-17"),
        ("۲۵ مهر ۱۴۰۴ - 17 October, 2025", "fa", "2025-10-17"),
        # 6 Mordad 1404 is 28 July 2025, a Monday; "today" said again later
        ("امروز دوشنبه ۶ مرداد ماه ۱۴۰۴ قطعی آب؛ جدول قطعی آب احتمالی امروز", "fa", "2025-07-28"),
        # "next Tuesday, on the date 12/4/2022" (a Tuesday)
        ("ביום שלישי הבא, בתאריך 12/4/2022 יתבצעו עבודות", "he", "2022-04-12"),
        ("ביום א' הבא- 2.6.19, יום ירושלים, בשעה 20:30", "he", "2019-06-02"),
        # 25 Mordad 1403 is 15 August 2024; "tomorrow, dated …"
        ("فردا به تاریخ ۲۵ مرداد ۱۴۰۳ برگزار می‌شود", "fa", "2024-08-15"),
    ],
)
def test_one_day_named_twice(text: str, lang: str, expected: str) -> None:
    assert _parsed(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("તા. 10મી માર્ચના રોજ કમિશનરે તા. 11મી માર્ચના રોજ બેઠક બોલાવી", "gu"),
        ("૧૦મી માર્ચ અને ૧૧મી માર્ચ", "gu"),
        ("امروز ۱۲ آذر ۱۴۰۵ و فردا", "fa"),
        ("कल 1 दिसंबर को बैठक हुई और कल फिर होगी", "hi"),  # yesterday … tomorrow
        ("۲۵ مهر ۱۴۰۴ - 18 October, 2025", "fa"),  # two days, not one
        ("جمعه / ۲۶ مهر / ۱۴۰۴", "fa"),  # 26 Mehr 1404 is a Saturday
    ],
)
def test_two_days_stay_two(text: str, lang: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang)


# --- Hindi: a two-digit year after a month's name, settled by the weekday written next
# (29 April 2014 was a Tuesday, 5 July 2022 a Tuesday)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("सायं 7.30 बजे 29 अप्रेल 14 मंगलवार को कवि सम्मेलन", "2014-04-29"),
        ("दिनांक 5 जुलाई 22 दिन मंगलवार को बैठक", "2022-07-05"),
    ],
)
def test_a_hindi_two_digit_year_the_weekday_settles(text: str, expected: str) -> None:
    assert _parsed(text, "hi") == expected
    assert _parsed(text, "hi", "2026-12-02") == expected


@pytest.mark.parametrize("text", ["5 जुलाई 22 बुधवार", "दिनांक 5 जुलाई 22 दिन बुधवार को"])
def test_a_hindi_two_digit_year_the_weekday_denies_is_not_read(text: str) -> None:
    assert "2022-07-05" not in _values(text, "hi")
    assert "1922-07-05" not in _values(text, "hi")


# --- the year of a by-law's citation, with the law's bracketed subtitle between
def test_the_year_of_a_by_law_with_a_subtitle_is_no_date() -> None:
    text = 'באוקטובר 2013 הרחיבה העירייה לפי חוק עזר (שמירת הסדר, מניעת מפגעים) ,התש"נו- 1996'
    assert _values(text, "he") == ["2013-10"]
    assert _parsed(text, "he") == "2013-10"
    assert _values("בשנת 1996 נבנה האולם", "he") == ["1996"]


@pytest.mark.parametrize(
    "text",
    [
        "कौशाम्बी 20 सितम्बर 23*नारा में मेला",
        "5 जुलाई 22 को बैठक",
        # bench/date_blind8b: a span of two days ending in the month's name, then the figures
        "गुजरात के अहमदाबाद में आगामी 20 और 21 सितम्बर 22 को दो दिवसीय राष्ट्रीय महापौर सम्मेलन",
    ],
)
def test_a_hindi_two_digit_year_no_weekday_settles_leaves_the_date_unread(text: str) -> None:
    ref = PartialDate("2026-12-02")  # never 20 September 2026
    assert _values(text, "hi", ref) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang="hi", ref=ref)


def test_a_count_after_a_hindi_day_and_month_is_no_year() -> None:
    ref = PartialDate("2026-12-02")
    assert _values("20 सितम्बर 23 लोगों ने भाग लिया", "hi", ref) == ["2026-09-20"]
