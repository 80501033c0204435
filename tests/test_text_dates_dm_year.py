"""A day and month in figures whose year follows as a year word ("ngày 12/6 năm 2024"), and
a part-of-year word that is the start of a longer word ("2024年初めての"): literal cases."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2025-07-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 12/6 năm 2024", "2024-06-12"),
        ("ngày 12-6 năm 2024", "2024-06-12"),
        ("từ 10/6 đến 12/6 năm 2024", "2024-06-10/2024-06-12"),
        ("từ 28/2 đến 3/3 năm 2024", "2024-02-28/2024-03-03"),
        ("ngày 22/9 - 23/9 năm 2023", "2023-09-22/2023-09-23"),
    ],
)
def test_day_month_takes_the_year_word_after_it(text: str, expected: str) -> None:
    # with a ref of another year, the stated year wins; without one, the same value
    assert str(parse_date(text, lang="vi", ref=REF)) == expected
    assert str(parse_date(text, lang="vi")) == expected
    [m] = find_dates(text, lang="vi", ref=REF)
    assert (m.text, str(m.value)) == (text, expected)


def test_an_impossible_day_with_its_year_word_raises() -> None:
    with pytest.raises(DateParseError):
        parse_date("ngày 31/2 năm 2024", lang="vi")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of years later in the sentence: the day stands alone, in ref's year
        ("ngày 12/6 có 5 năm kinh nghiệm", [("ngày 12/6", "2025-06-12")]),
        ("ngày 12/6 năm", []),  # a year word with no year: "6 năm" may be six years
    ],
)
def test_no_year_is_joined_without_a_year_in_figures(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, str(m.value)) for m in find_dates(text, lang="vi", ref=REF)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年初めての訪問", "2024"),  # the first visit of 2024: no "early 2024"
        ("2024年6月初めての会合", "2024-06"),
        ("2024年初めに", "2024~"),
        ("2024年6月初め", "2024-06~"),
    ],
)
def test_a_longer_word_is_no_part_of_the_year(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="ja")) == expected
