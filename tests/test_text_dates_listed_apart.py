"""Days listed with one month that are not in a row: each a date of that month and year
(the earlier days take the month and year written once after the last); days in a row
joined by "and" stay the span of both days; a span word or an hour keeps the list unread.
Expected values are read from the text: "16 и 19 мая 2025 года" is the 16th and the 19th
of May 2025."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2025-08-20")


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.text, str(m.value)) for m in find_dates(text, lang=lang, ref=REF)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Делегация посетила город 16 и 19 мая 2025 года.", ["2025-05-16", "2025-05-19"]),
        ("en", "The delegation visited on May 16 and 19, 2025.", ["2025-05-16", "2025-05-19"]),
        ("en", "on 16 and 19 May 2025", ["2025-05-16", "2025-05-19"]),
        ("en", "on 16, 17 and 19 May 2025", ["2025-05-16", "2025-05-17", "2025-05-19"]),
        ("hi", "प्रतिनिधिमंडल ने 15 व 17 नवंबर 2024 को दौरा किया।", ["2024-11-15", "2024-11-17"]),
        ("gu", "15 અને 17 નવેમ્બર 2024ના રોજ", ["2024-11-15", "2024-11-17"]),
        ("vi", "Đoàn làm việc ngày 16 và 19/8/2025.", ["2025-08-16", "2025-08-19"]),
        ("fa", "۱۶ و ۱۹ مه ۲۰۲۵", ["2025-05-16", "2025-05-19"]),
        ("he", "10 ו-12 במאי 2024", ["2024-05-10", "2024-05-12"]),
    ],
)
def test_listed_days_apart_are_each_a_date(lang: str, text: str, expected: list[str]) -> None:
    found = _found(text, lang)
    assert [v for _, v in found] == expected
    assert all(text[m.start : m.end] == m.text for m in find_dates(text, lang=lang, ref=REF))
    with pytest.raises(DateParseError):  # two dates: no one value for the text
        parse_date(text, lang=lang, ref=REF)


def test_the_first_day_quotes_only_its_own_figures() -> None:
    assert _found("16 и 19 мая 2025 года", "ru")[0] == ("16", "2025-05-16")
    assert _found("May 16 and 19, 2025", "en") == [
        ("May 16", "2025-05-16"),
        ("19, 2025", "2025-05-19"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "16 и 17 мая 2025 года", "2025-05-16/2025-05-17"),
        ("en", "May 16 and 17, 2025", "2025-05-16/2025-05-17"),
        ("vi", "ngày 16 và 17/8/2025", "2025-08-16/2025-08-17"),
        ("ru", "с 16 по 19 мая 2025 года", "2025-05-16/2025-05-19"),
        ("en", "between 5 and 7 May 2025", "2025-05-05/2025-05-07"),
    ],
)
def test_days_in_a_row_and_span_words_keep_the_span(lang: str, text: str, expected: str) -> None:
    assert [v for _, v in _found(text, lang)] == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hi", "15 और 17 नवंबर के बीच"),  # between the 15th and the 17th: a span, not two days
        ("en", "on May 5 and 7 p.m."),  # an hour after the second figure
        ("en", "May 15 and 7, 2025"),  # the days do not rise
        ("ru", "5-6 и 8 октября 2024 года"),  # a span and a day: unread as before
    ],
)
def test_lists_framed_as_spans_or_hours_stay_unread(lang: str, text: str) -> None:
    assert _found(text, lang) == []
