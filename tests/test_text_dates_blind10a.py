"""Families of date phrases found by the blind batch 10a (bench/date_blind10a_cases.jsonl: en,
ko, vi, zh, ja), each with literal positive and negative cases: the expected values are written
by hand, never taken from the function under test."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2025-06-18")  # a Wednesday


def _value(text: str, lang: str, ref: PartialDate | None = REF) -> str:
    return str(parse_date(text, lang=lang, ref=ref))


def _found(text: str, lang: str, ref: PartialDate | None = REF) -> list[str]:
    mentions = find_dates(text, lang=lang, ref=ref)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return [str(m.value) for m in mentions]


# A part of a month named relative to ref ("the end of this month") is that month, approximate:
# the plain month would drop what the text states.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("이달 말", "ko", "2025-06~"),
        ("이달 초", "ko", "2025-06~"),
        ("지난달 말", "ko", "2025-05~"),
        ("다음 달 초에는 고베를 찾는다", "ko", "2025-07~"),
        ("다음 달 말까지", "ko", "2025-07~"),
        ("3월 초에는", "ko", "2025-03~"),
        ("내년 초", "ko", "2026~"),
        ("本月底", "zh", "2025-06~"),
        ("上个月底", "zh", "2025-05~"),
        ("今月末", "ja", "2025-06~"),
        ("先月末に", "ja", "2025-05~"),
        ("来月上旬", "ja", "2025-07~"),
        ("cuối tháng này", "vi", "2025-06~"),
        ("đầu tháng sau", "vi", "2025-07~"),
        ("the end of last month", "en", "2025-05~"),
    ],
)
def test_part_of_a_relative_month(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected
    assert _found(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("이달 초청 행사", "ko", "2025-06"),  # 초청: an invitation, not the start of the month
        ("이달 24일", "ko", "2025-06-24"),
        ("本月初步完成", "zh", "2025-06"),  # 初步: preliminary
        ("다음 달", "ko", "2025-07"),
    ],
)
def test_relative_month_without_a_part_stays_exact(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected


# A year glued to an era word is read ("2024AD"); a day and month before a year in a form not
# read ("2024BC", "2024x") is no date of ref's year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12th June, 2024AD", "2024-06-12"),
        ("June 12, 2024AD", "2024-06-12"),
        ("12 June 2024 A.D.", "2024-06-12"),
        ("12 June 2024 CE", "2024-06-12"),
        ("in 2024AD", "2024"),
    ],
)
def test_year_with_era_word(text: str, expected: str) -> None:
    assert _value(text, "en") == expected


@pytest.mark.parametrize("text", ["12th June, 2024BC", "June 12, 2024BC", "12th June, 2024x"])
def test_day_month_before_an_unread_year_is_no_date(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang="en", ref=REF)
    assert _found(text, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("On June 12, 300 people came", "en", ["2025-06-12"]),  # a count, not a year
        ("6月12日、300人が参加", "ja", ["2025-06-12"]),
        ("31 мар. 2037мар.", "ru", ["2037-03"]),  # figures glued to a month start a date
    ],
)
def test_numbers_after_a_day_month_that_are_not_its_year(
    text: str, lang: str, expected: list[str]
) -> None:
    assert _found(text, lang)[-len(expected) :] == expected


# A day and month in figures, then a word for this/last/next year or a year word and a year
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 12/6 năm nay", "2025-06-12"),
        ("ngày 12/6 năm ngoái", "2024-06-12"),
        ("12/6 năm nay", "2025-06-12"),
        ("từ 10/6 đến 12/6 năm nay", "2025-06-10/2025-06-12"),
        ("12/6 năm 2024", "2024-06-12"),
        ("vào 12/6 năm 2024", "2024-06-12"),
        ("ngày 12/6 năm nay có 30 người", "2025-06-12"),
    ],
)
def test_vietnamese_day_month_then_year(text: str, expected: str) -> None:
    assert _value(text, "vi") == expected
    assert _found(text, "vi") == [expected]


def test_vietnamese_day_month_relative_year_needs_ref() -> None:
    with pytest.raises(DateParseError, match="ref"):
        parse_date("ngày 12/6 năm nay", lang="vi")


@pytest.mark.parametrize("text", ["12/6", "tỷ lệ 3/4", "6 năm qua"])
def test_vietnamese_bare_figures_without_year_word_are_no_date(text: str) -> None:
    assert _found(text, "vi") == []


# Korean "주일" (week) as the unit of a count
@pytest.mark.parametrize(
    ("text", "expected"),
    [("3주일 전", "2025-05-28"), ("2주일 후", "2025-07-02"), ("3주 전", "2025-05-28")],
)
def test_korean_weeks_written_juil(text: str, expected: str) -> None:
    assert _value(text, "ko") == expected
