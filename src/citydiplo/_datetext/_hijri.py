"""Solar Hijri (Persian) calendar: conversion to and from the Gregorian calendar.

The arithmetic 33-year-cycle rule is used (eight leap years in every 33), which agrees with
the official calendar for the years news is about (1300-1500 AP).

>>> to_gregorian(1404, 1, 1)
datetime.date(2025, 3, 21)
>>> to_gregorian(1404, 7, 5)
datetime.date(2025, 9, 27)
"""

from __future__ import annotations

import datetime

__all__ = ["from_gregorian", "month_bounds", "month_length", "to_gregorian", "year_bounds"]

# Day number of 1 Farvardin 1 AP in the count below, fixed so 1 Farvardin 1404 = 2025-03-21.
_EPOCH_SHIFT = -365


def _day_number(year: int, month: int, day: int) -> int:
    y = year + 1595
    days = -355668 + 365 * y + (y // 33) * 8 + ((y % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    return days


def to_gregorian(year: int, month: int, day: int) -> datetime.date:
    """The Gregorian date of a Solar Hijri date (month 1 = Farvardin).

    >>> to_gregorian(1403, 1, 1)
    datetime.date(2024, 3, 20)
    """
    if not 1 <= month <= 12 or not 1 <= day <= month_length(year, month):
        raise ValueError(f"no Solar Hijri date {year}-{month}-{day}")
    return datetime.date.fromordinal(_day_number(year, month, day) + _EPOCH_SHIFT)


def month_length(year: int, month: int) -> int:
    """Days in a Solar Hijri month: 31, 30, or 29/30 for Esfand.

    >>> month_length(1403, 12), month_length(1404, 12)
    (30, 29)
    """
    if month <= 6:
        return 31
    if month < 12:
        return 30
    return _day_number(year + 1, 1, 1) - _day_number(year, 12, 1)


def month_bounds(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    """First and last Gregorian day of a Solar Hijri month."""
    return to_gregorian(year, month, 1), to_gregorian(year, month, month_length(year, month))


def year_bounds(year: int) -> tuple[datetime.date, datetime.date]:
    """First and last Gregorian day of a Solar Hijri year."""
    return to_gregorian(year, 1, 1), to_gregorian(year, 12, month_length(year, 12))


def from_gregorian(date: datetime.date) -> tuple[int, int, int]:
    """The Solar Hijri ``(year, month, day)`` of a Gregorian date.

    >>> from_gregorian(datetime.date(2025, 9, 27))
    (1404, 7, 5)
    """
    number = date.toordinal() - _EPOCH_SHIFT
    year = date.year - 621
    if number < _day_number(year, 1, 1):
        year -= 1
    offset = number - _day_number(year, 1, 1)
    if offset < 186:
        return year, offset // 31 + 1, offset % 31 + 1
    offset -= 186
    return year, offset // 30 + 7, offset % 30 + 1
