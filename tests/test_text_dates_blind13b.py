"""Families found by the blind set 13b (ru, hi, gu, he, fa): literal positive and negative
cases, each written from the language's grammar, calendars and India's financial year (1 April
to 31 March), not from the function under test."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _values(text: str, lang: str, ref: PartialDate | None = None) -> list[str]:
    return [str(m.value) for m in find_dates(text, lang=lang, ref=ref)]


# --- an Indian fiscal year: "2025-26" is 1 April 2025 to 31 March 2026 beside a fiscal word,
# and left unread without one (a school session, a season: its months are not stated)
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("hi", "वित्त वर्ष 2026-27", "2026-04-01/2027-03-31"),
        ("hi", "वित्तीय वर्ष 2024-25 में", "2024-04-01/2025-03-31"),
        ("hi", "बजट 2023-24 अभी तक पारित नहीं हुआ है", "2023-04-01/2024-03-31"),
        ("gu", "નાણાકીય વર્ષ 2022-23ના બજેટની તૈયારીઓ", "2022-04-01/2023-03-31"),
        ("gu", "વર્ષ ૨૦૨૪-૨૫ના બજેટમાં", "2024-04-01/2025-03-31"),
        ("gu", "વર્ષ 2021-22ના બજેટમાં મેડિકલ ક્ષેત્રે ભાર મુકાશે", "2021-04-01/2022-03-31"),
    ],
)
def test_an_indian_fiscal_year_runs_from_april_to_march(
    lang: str, text: str, expected: str
) -> None:
    assert _values(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hi", "सत्र 2025-26 में प्रवेश"),  # a school session: which months, unsaid
        ("hi", "वर्ष 2025-26 में"),
        ("gu", "સત્ર 2025-26"),
    ],
)
def test_a_bare_indian_year_span_is_not_two_calendar_years(lang: str, text: str) -> None:
    assert _values(text, lang) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang)


def test_other_spans_of_years_keep_their_calendar_years() -> None:
    assert _values("योजना 2020-25", "hi") == ["2020/2025"]  # not one fiscal year
    assert _values("2021-2023 годы", "ru") == ["2021/2023"]


# --- a count: a number before a Russian noun in the genitive plural is no year
@pytest.mark.parametrize(
    "text",
    [
        "В акции приняли участие 2025 волонтёров.",
        "На форум приехали 1990 гостей из 2024 городов",
        "Высадили 2023 саженцев",
    ],
)
def test_a_number_before_a_genitive_plural_is_a_count(text: str) -> None:
    assert "2025" not in _values(text, "ru")
    assert "2024" not in _values(text, "ru")
    assert "1990" not in _values(text, "ru")
    assert "2023" not in _values(text, "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в 2025 году", "2025"),
        ("Весной 2025 началось строительство", "2025-21"),
        ("В мае 2025 Иванов подписал договор", "2025-05"),
    ],
)
def test_a_year_before_other_words_stays_a_year(text: str, expected: str) -> None:
    assert _values(text, "ru") == [expected]


# --- numeric dates and their Gujarati postpositions, weekdays after "ને"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("તા. 05/10/2025ના રોજ સવારે પાણી પુરવઠો", "2025-10-05"),  # on 5 October 2025
        ("05-10-2025ની બેઠક", "2025-10-05"),
        ("તારીખ 5-8-2025 ને મંગળવારના રોજ", "2025-08-05"),  # a Tuesday
    ],
)
def test_gujarati_numeric_dates_with_postpositions(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="gu")) == expected


def test_a_gujarati_weekday_after_ne_is_checked_against_the_date() -> None:
    with pytest.raises(DateParseError, match="weekday"):
        parse_date("5-8-2025 ને બુધવારના રોજ", lang="gu")  # 5 August 2025 was a Tuesday


def test_gujarati_aaj_roj_is_today() -> None:
    ref = PartialDate("2020-11-30")
    assert str(parse_date("આજ રોજ 10.30 કલાકે ઇ-લોકાર્પણ કરવામાં આવશે", lang="gu", ref=ref)) == (
        "2020-11-30"
    )
    assert _values("આજરોજ સામાન્ય સભા મળી", "gu", ref) == ["2020-11-30"]


# --- Hebrew: a date in figures with a two-digit year is no fraction; spans through a clock
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01.02.24", "2024-02-01"),
        ("1.2.24", "2024-02-01"),
        ("31.01.24 ועד 01.02.24", "2024-01-31/2024-02-01"),
        (
            "הפסקת המים תתבצע בלילה שבין יום ד' 31.01.24 החל מהשעה 22:00 ועד ליום ה' 01.02.24 "
            "בשעה 05:00 בבוקר.",
            "2024-01-31/2024-02-01",
        ),
    ],
)
def test_hebrew_figures_and_spans(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="he", ref=PartialDate("2024-01-28"))) == expected


def test_a_fraction_is_still_no_date() -> None:
    assert _values("1/2", "he") == []
    assert _values("3/4 מהתושבים", "he") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("בעוד ששה ימים", "2024-03-10"),  # the defective spelling of שישה
        ("בעוד חמשה ימים", "2024-03-09"),
        ("לפני שלשה ימים", "2024-03-01"),
    ],
)
def test_hebrew_defective_number_spellings(text: str, expected: str) -> None:
    assert _values(text, "he", PartialDate("2024-03-04")) == [expected]


@pytest.mark.parametrize(
    "text",
    ['בהובלת ראש המועצה, יוני חכימי עם מנכ"ל המשרד', "יולי אדלשטיין אמר", "שלום יוני"],
)
def test_a_hebrew_month_name_alone_without_a_preposition_is_a_name(text: str) -> None:
    assert _values(text, "he", PartialDate("2025-06-18")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ביוני", "2025-06"),
        ("בחודש יוני", "2025-06"),
        ("יוני 2024", "2024-06"),
        ("13 ביוני", "2025-06-13"),
    ],
)
def test_a_hebrew_month_with_its_mark_is_read(text: str, expected: str) -> None:
    assert _values(text, "he", PartialDate("2025-06-18")) == [expected]


# --- Persian: "لغایت" (until) joins a span; never the second end alone
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("از 3 لغایت 9 شهریور ماه برگزار میشود", "2018-08-18", "2018-08-25/2018-08-31"),
        ("از ۱۰ لغایت ۱۵ مهر ۱۴۰۴", None, "2025-10-02/2025-10-07"),
    ],
)
def test_persian_laghayat_joins_a_span(text: str, ref: str | None, expected: str) -> None:
    r = PartialDate(ref) if ref else None
    assert str(parse_date(text, lang="fa", ref=r)) == expected


# --- Russian spans whose ends carry clocks: "с 22:00 час. до 06:00 час." between two dates
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "о проведении 11 августа 2022 года с 22:00 час. до 06:00 час. 12 августа 2022 года",
            "2022-08-11/2022-08-12",
        ),
        ("с 9:00 14 октября до 18:00 15 октября 2025 года", "2025-10-14/2025-10-15"),
    ],
)
def test_russian_spans_through_clocks(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="ru")) == expected


def test_a_russian_day_with_its_hours_is_that_day() -> None:
    assert str(parse_date("14 октября с 9:00 до 21:00", lang="ru")) == "XXXX-10-14"


# --- Persian "N سال بعد": N years after a date said before it, in Solar Hijri years
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # founded in 1357 and two years later (1359: 21 March 1980 to 20 March 1981)
        (
            "این شهر در سال ۱۳۵۷ تأسیس شد و دو سال بعد شهرداری آن تشکیل شد",
            ["1978-03-21/1979-03-20", "1980-03-21/1981-03-20"],
        ),
        ("۵ مهر ۱۴۰۰ افتتاح شد و سه روز بعد تعطیل شد", ["2021-09-27", "2021-09-30"]),
    ],
)
def test_persian_later_counts_from_the_date_before(text: str, expected: list[str]) -> None:
    assert _values(text, "fa", PartialDate("2026-05-13")) == expected


def test_persian_later_alone_counts_from_ref() -> None:
    assert _values("دو سال بعد", "fa", PartialDate("2026-05-13")) == ["2028"]


# --- a day and month in figures right after a weekday is a date, not a fraction
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ביום חמישי 1.2", "2024-02-01"),  # Thursday 1 February, not last Thursday
        ("בין יום רביעי 31.1 לבין יום חמישי 1.2", "2024-01-31/2024-02-01"),
    ],
)
def test_figures_after_a_weekday_are_a_date(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="he", ref=PartialDate("2024-01-28"))) == expected
