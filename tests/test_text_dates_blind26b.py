"""Dates of the 26b blind set (ru hi gu he fa): a month named with its first or last day,
Hebrew words of recurrence and "and" glued to the next word, Solar Hijri months named with
"ماه" and no year."""

from __future__ import annotations

import calendar

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _parsed(text: str, lang: str, ref: PartialDate | None) -> str | None:
    try:
        return str(parse_date(text, lang=lang, ref=ref))
    except DateParseError:
        return None


def _found(text: str, lang: str, ref: PartialDate | None) -> list[tuple[str, str]]:
    return [(m.text, str(m.value)) for m in find_dates(text, lang=lang, ref=ref)]


# --- a month named with the words of its first or last day is that day, never the month
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # https://delkuznetsk.ru/?action=view&id=9359&module=articles
        (
            "В первый день мая в парке заработали любимые аттракционы горожан.",
            "ru",
            PartialDate("2025-05-02"),
            "2025-05-01",
        ),
        ("в последний день июня 2024 года", "ru", None, "2024-06-30"),
        ("последний день февраля 2024 года", "ru", None, "2024-02-29"),
        ("मई के पहले दिन पार्क खुला", "hi", PartialDate("2025-05-02"), "2025-05-01"),
        ("जून के आखिरी दिन बैठक होगी", "hi", PartialDate("2025-05-02"), "2025-06-30"),
        ("મેના પહેલા દિવસે પાર્ક ખુલ્યો", "gu", PartialDate("2025-05-02"), "2025-05-01"),
        ("જૂન મહિનાના છેલ્લા દિવસે", "gu", PartialDate("2025-05-02"), "2025-06-30"),
        ("ביום הראשון של חודש מאי נפתח הפארק", "he", PartialDate("2025-05-02"), "2025-05-01"),
        ("ביום האחרון של יוני 2025", "he", None, "2025-06-30"),
        # February without a year: 28 or 29 days, so neither the day nor the month
        ("в последний день февраля", "ru", PartialDate("2025-05-02"), None),
    ],
)
def test_month_first_and_last_day(
    text: str, lang: str, ref: PartialDate | None, expected: str | None
) -> None:
    assert _parsed(text, lang, ref) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в первых числах мая", "2025-05~"),
        ("в последних числах мая 2024 года", "2024-05~"),
        ("в первые дни мая", "2025-05~"),
    ],
)
def test_early_and_late_days_of_a_month(text: str, expected: str) -> None:
    """The first or last days of a month are early or late in it, never the plain month."""
    assert _parsed(text, "ru", PartialDate("2025-05-02")) == expected


@pytest.mark.parametrize("month", range(1, 13))
def test_month_end_days_law(month: int) -> None:
    """Every Russian month in the genitive: its first day is the 1st, its last the month's
    length in that year (a leap year's February too)."""
    names = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа"]
    names += ["сентября", "октября", "ноября", "декабря"]
    name = names[month - 1]
    last = calendar.monthrange(2024, month)[1]
    assert _parsed(f"первый день {name} 2024 года", "ru", None) == f"2024-{month:02}-01"
    assert _parsed(f"последний день {name} 2024 года", "ru", None) == f"2024-{month:02}-{last}"


# --- Hebrew: "every" with a preposition or "and" glued to it ("ובכל יום שלישי") is a
# recurring day, no date; "and" glued to a relative phrase keeps the phrase
JAN_11 = PartialDate("2026-01-11")  # a Sunday


def test_glued_every_is_recurring() -> None:
    # https://www.rishonet.com (... -728842): "from next Tuesday (13.1.26), and every Tuesday"
    text = (
        "החל מיום שלישי הקרוב (13.1.26), ובכל יום שלישי, בין השעות 19:00-17:00, יתקיימו"
        " בבניין העירייה שלל פעילויות לכל המשפחה - ללא כל עלות."
    )
    assert [value for _, value in _found(text, "he", JAN_11)] == ["2026-01-13"]
    assert _found("בכל יום שלישי יתקיימו פעילויות", "he", JAN_11) == []
    assert _found("ובכל יום שלישי יתקיימו פעילויות", "he", JAN_11) == []


@pytest.mark.parametrize(
    "phrase", ["בשבוע הבא ביום שלישי", "בשבוע הבא", "בחודש הבא", "בשבוע שעבר", "בשנה הבאה"]
)
def test_glued_and_keeps_the_phrase(phrase: str) -> None:
    """"ו" (and) glued before a relative phrase changes nothing of its date."""
    alone = [value for _, value in _found(phrase, "he", JAN_11)]
    assert alone
    assert [value for _, value in _found("ו" + phrase, "he", JAN_11)] == alone


def test_glued_from_still_not_a_year_phrase() -> None:
    # "from the year 1800": the year stays, no "this year"
    assert _found("ומהשנה 1800", "he", JAN_11) == [("1800", "1800")]


# --- Persian: a Solar Hijri month named with "ماه" and no year, read against ref
DEY_25_1400 = PartialDate("2022-01-15")


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # https://www.titr.online/fa/news/3223698
        (
            "رئیس سازمان سیما، منظر و فضای سبز شهری کرج گفت: تا پایان سال حداقل دو جشنواره"
            " دیگر یکی در بهمن ماه و دیگری در اسفند برگزار میکنیم که یکی از آنها جشنواره غذا است.",
            DEY_25_1400,
            "2022-01-21/2022-02-19",
        ),
        ("در آذر ماه", DEY_25_1400, "2021-11-22/2021-12-21"),  # the month before: behind
        ("در تیر ماه جلسه برگزار خواهد شد", DEY_25_1400, "2022-06-22/2022-07-22"),
        ("شهریور ماه", DEY_25_1400, None),  # eight months ahead or four behind: unread
        ("در بهمن ماه", None, None),  # no ref: no year
        ("بهمن", DEY_25_1400, None),  # a bare name may be a man's name
    ],
)
def test_solar_month_alone(text: str, ref: PartialDate | None, expected: str | None) -> None:
    assert _parsed(text, "fa", ref) == expected


def test_solar_month_after_unread_day_is_not_alone() -> None:
    assert _found("۳۵ بهمن ماه", "fa", DEY_25_1400) == []
