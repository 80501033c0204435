"""Families found by the blind set 22a (en, ko, vi, zh, ja): literal positive and negative
cases quoted from the pages read (or written from the language's grammar), plus the laws
they stand for."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citydiplo import PartialDate, find_dates, parse_date


# --- a year between a determiner and a noun names a thing; beside a full date it is no date
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://issaquahwa.gov/2023Budget
        (
            "The Mayor's 2023-24 Proposed Budget was presented to the City Council on Sept. 19, "
            "2022.",
            "2022-09-19",
        ),
        ("The 2023 budget was adopted on Nov. 7, 2022.", "2022-11-07"),
        ("Its 2025 plan was approved on 3 March 2024.", "2024-03-03"),
    ],
)
def test_year_naming_a_thing_beside_a_full_date(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="en")) == expected
    assert [str(m.value) for m in find_dates(text, lang="en")] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The 2023 budget was adopted.",  # no full date: the year stays the date
        "In 2023 the budget was adopted on Nov. 7, 2022.",  # "in 2023": a time, not a name
        "The 2008 Olympics opened on August 8.",  # a day without its year: no full date
    ],
)
def test_year_stays_a_mention_without_a_full_date_or_determiner(text: str) -> None:
    years = [m.text for m in find_dates(text, lang="en") if m.text.isdigit()]
    assert years, text


# --- a fiscal year whose abbreviation stands in brackets is no calendar year
def test_fiscal_year_with_bracketed_abbreviation() -> None:
    # https://www.addisonbonds.com/addison-texas-tx/about/news/i6466?newsId=41788
    text = "The Fiscal Year (FY) 2024 budget was adopted by Council on September 12, 2023."
    assert str(parse_date(text, lang="en")) == "2023-09-12"
    assert [m.text for m in find_dates(text, lang="en")] == ["September 12, 2023"]


# --- a day and month dated by the same month stated with its year later in the sentence
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # http://tnmttuyenquang.gov.vn/tin-tuc/chinh-tri-xa-hoi/trang-784.html
        ("Ngày 28-10, UBND tỉnh đã tổ chức họp thường kỳ tháng 10-2015.", "2015-10-28"),
        # https://vinh24h.vn/tag/cao-do
        ("Sáng 24/02, UBND tỉnh tổ chức phiên họp thường kỳ tháng 02/2022", "2022-02-24"),
    ],
)
def test_vietnamese_day_dated_by_later_month_and_year(text: str, expected: str) -> None:
    for ref in (None, PartialDate("2030-01-05")):
        first = find_dates(text, lang="vi", ref=ref)[0]
        assert str(first.value) == expected
        assert first.resolution.value == "anchor"
        assert first.anchor_span is not None
        assert text[slice(*first.anchor_span)].startswith("tháng")


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 28-10, UBND tỉnh đã tổ chức họp thường kỳ tháng 11-2015.",  # another month
        "Ngày 28-10, UBND tỉnh thông qua kế hoạch năm 2016.",  # a year alone: the plan's
    ],
)
def test_vietnamese_day_not_dated_by_other_month_or_bare_year(text: str) -> None:
    first = find_dates(text, lang="vi")[0]
    assert str(first.value) == "XXXX-10-28"


@given(
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(1990, 2040),
    st.sampled_from(["-", "/"]),
)
def test_later_month_dates_the_day_in_its_year(month: int, day: int, year: int, sep: str) -> None:
    text = f"Ngày {day}{sep}{month}, UBND tỉnh họp thường kỳ tháng {month}{sep}{year}."
    values = [m.value for m in find_dates(text, lang="vi")]
    assert values[0] == PartialDate(year=year, month=month, day=day)


# --- a day, month and year in figures parted by a spaced dash are one date, never the year
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ngày 19 - 12 - 2015, UBND tỉnh họp phiên thường kỳ.", "vi", "2015-12-19"),
        ("19 - 12 - 2015 г.", "ru", "2015-12-19"),
    ],
)
def test_spaced_dash_day_month_year(text: str, lang: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected
    assert [str(m.value) for m in find_dates(text, lang=lang)] == [expected]


@given(st.dates(datetime.date(1950, 1, 1), datetime.date(2060, 12, 31)))
def test_spaced_dash_never_coarser_than_stated(day: datetime.date) -> None:
    text = f"Ngày {day.day} - {day.month} - {day.year}"
    assert parse_date(text, lang="vi") == PartialDate.from_date(day)
