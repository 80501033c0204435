"""Families found by the blind set 21a (en, ko, vi, zh, ja): literal positive and negative
cases, each written from the language's spelling and word formation, not from the function
under test, plus the laws they stand for."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citydiplo import DateParseError, PartialDate, parse_date


# --- Korean 오는 (coming) and 지난 (last) before a day alone decide its month by themselves
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("양 기관은 오는 2일 협약을 체결할 예정이다.", "2026-12-05", "2027-01-02"),
        ("오는 3~4일", "2026-12-05", "2027-01-03/2027-01-04"),
        ("오는 28일", "2026-12-05", "2026-12-28"),
        ("지난 8일 시청에서 열렸다.", "2026-12-05", "2026-11-08"),
        ("지난 7일부터 28일까지", "2026-12-05", "2026-11-07/2026-11-28"),
        ("지난 2일", "2026-12-05", "2026-12-02"),
        # https://www.donga.com/news/article/all/20250404/131350316/1
        ("운영은 오는 7일 월요일 오전 9시부터 재개한다.", "2025-04-04", "2025-04-07"),
    ],
)
def test_korean_day_with_direction_word(text: str, ref: str, expected: str) -> None:
    assert str(parse_date(text, lang="ko", ref=PartialDate(ref))) == expected


@given(st.dates(datetime.date(2000, 1, 1), datetime.date(2040, 12, 31)), st.integers(1, 31))
def test_korean_coming_day_never_past_and_last_day_never_ahead(
    ref: datetime.date, day: int
) -> None:
    for word, sign in (("오는", 1), ("지난", -1)):
        try:
            value = parse_date(f"{word} {day}일", lang="ko", ref=PartialDate.from_date(ref))
        except DateParseError:
            continue  # (a 31st in a month of 30 days)
        assert isinstance(value, PartialDate) and value.day == day
        found = datetime.date(value.year, value.month or 0, day)
        assert (found - ref).days * sign >= 0
        assert abs((found - ref).days) < 32
