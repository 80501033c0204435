"""The Hebrew-calendar tables answer exactly as ``convertdate`` does, day by day."""

from __future__ import annotations

import datetime
import warnings

import pytest
from hypothesis import given

from citydiplo._text._hebrew_years import gregorian_to_hebrew, hebrew_leap, hebrew_to_gregorian

from .strategies import gregorian_days

hebrew = pytest.importorskip("convertdate.hebrew")


def _theirs_from(day: datetime.date) -> tuple[int, int, int]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # (its month_days is deprecated)
        y, m, d = hebrew.from_gregorian(day.year, day.month, day.day)
    return int(y), int(m), int(d)


def test_every_day_of_recent_decades_both_ways() -> None:
    day, last = datetime.date(1995, 1, 1), datetime.date(2035, 12, 31)
    while day <= last:
        theirs = _theirs_from(day)
        assert gregorian_to_hebrew(day.year, day.month, day.day) == theirs
        assert hebrew_to_gregorian(*theirs) == (day.year, day.month, day.day)
        day += datetime.timedelta(days=1)


@given(gregorian_days)
def test_any_day_both_ways(day: datetime.date) -> None:
    theirs = _theirs_from(day)
    assert gregorian_to_hebrew(day.year, day.month, day.day) == theirs
    assert hebrew_to_gregorian(*theirs) == (day.year, day.month, day.day)


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [
        (5785, 8, 30),  # 30 Heshvan 5785: Heshvan had 29 days that year
        (5784, 13, 1),  # Adar II of a leap year exists
        (5785, 13, 1),  # … and not in a common year
        (5785, 9, 0),
        (5785, 9, 31),
    ],
)
def test_days_that_do_not_exist_are_none_as_convertdate_says(
    year: int, month: int, day: int
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        exists = month <= (13 if hebrew.leap(year) else 12) and 1 <= day <= hebrew.month_days(
            year, month
        )
    assert (hebrew_to_gregorian(year, month, day) is not None) == exists
    assert hebrew_leap(year) == hebrew.leap(year)


def test_a_school_calendar_day() -> None:
    # "ערב החג ויום החג, ימי שישי ושבת, ט'-י' בתשרי התשפ"ה, 11-12.10.2024" (bench/date_blind18b)
    assert hebrew_to_gregorian(5785, 7, 9) == (2024, 10, 11)
    assert gregorian_to_hebrew(2024, 10, 12) == (5785, 7, 10)
