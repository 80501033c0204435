"""Solar Hijri (Iranian, Jalali) calendar to Gregorian, exactly.

The arithmetic is Borkowski's: leap years follow the 33-year cycles between the "break"
years of the astronomical calendar, as in jalaali-js, jdatetime and khayyam; it agrees with the
official calendar for Solar Hijri years 1..3177.

>>> to_gregorian(1404, 1, 1), to_gregorian(1404, 7, 4)
(datetime.date(2025, 3, 21), datetime.date(2025, 9, 26))
"""

from __future__ import annotations

import datetime

__all__ = ["month_bounds", "month_length", "to_gregorian", "year_bounds", "year_of"]

_BREAKS = (
    -61,
    9,
    38,
    199,
    426,
    686,
    756,
    818,
    1111,
    1181,
    1210,
    1635,
    2060,
    2097,
    2192,
    2262,
    2324,
    2394,
    2456,
    3178,
)


def _calendar(jy: int) -> tuple[int, int, int]:
    """``(leap, gregorian year, March day of 1 Farvardin)``; leap == 0 in a leap year."""
    if not 1 <= jy < _BREAKS[-1]:
        raise ValueError(f"Solar Hijri year {jy!r} is out of range 1..{_BREAKS[-1] - 1}")
    gy = jy + 621
    leap_j = -14
    jp = _BREAKS[0]
    jump = 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        jp = jm
    n = jy - jp
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    march = 20 + leap_j - leap_g
    if jump - n < 6:
        n = n - jump + (jump + 4) // 33 * 33
    leap = ((n + 1) % 33 - 1) % 4
    if (n + 1) % 33 - 1 == -1:
        leap = 4
    return leap, gy, march


def month_length(jy: int, jm: int) -> int:
    """Days in Solar Hijri month ``jm`` of year ``jy``."""
    if jm <= 6:
        return 31
    if jm <= 11:
        return 30
    return 30 if _calendar(jy)[0] == 0 else 29


def to_gregorian(jy: int, jm: int, jd: int) -> datetime.date:
    """The Gregorian date of Solar Hijri ``jy-jm-jd``; raises ``ValueError`` if it is no date."""
    if not 1 <= jm <= 12 or not 1 <= jd <= month_length(jy, jm):
        raise ValueError(f"{jy}-{jm}-{jd} is not a Solar Hijri date")
    _, gy, march = _calendar(jy)
    offset = (jm - 1) * 31 if jm <= 7 else 186 + (jm - 7) * 30
    return datetime.date(gy, 3, march) + datetime.timedelta(days=offset + jd - 1)


def month_bounds(jy: int, jm: int) -> tuple[datetime.date, datetime.date]:
    """First and last Gregorian day of a Solar Hijri month."""
    return to_gregorian(jy, jm, 1), to_gregorian(jy, jm, month_length(jy, jm))


def year_of(day: datetime.date) -> int:
    """The Solar Hijri year that ``day`` falls in (it starts in March: 1 Farvardin).

    >>> year_of(datetime.date(2005, 9, 19)), year_of(datetime.date(2006, 3, 1))
    (1384, 1384)
    """
    jy = day.year - 621
    return jy if day >= to_gregorian(jy, 1, 1) else jy - 1


def year_bounds(jy: int) -> tuple[datetime.date, datetime.date]:
    """First and last Gregorian day of a Solar Hijri year."""
    return to_gregorian(jy, 1, 1), to_gregorian(jy, 12, month_length(jy, 12))


# the EDTF groups a Solar Hijri year is divided into, as (first month, last month):
# quarters 33-36 and halves 40-41 (Iranian seasons coincide with the quarters)
# EDTF groups as months of the Solar Hijri year: the quarters and halves, and the seasons,
# which the calendar's months make exactly (Farvardin to Khordad is spring, بهار; Tir to
# Shahrivar summer; Mehr to Azar autumn; Dey to Esfand winter)
_GROUP_MONTHS = {
    21: (1, 3),
    22: (4, 6),
    23: (7, 9),
    24: (10, 12),
    33: (1, 3),
    34: (4, 6),
    35: (7, 9),
    36: (10, 12),
    40: (1, 6),
    41: (7, 12),
}


def group_bounds(jy: int, group: int) -> tuple[datetime.date, datetime.date]:
    """First and last Gregorian day of a season, quarter or half of a Solar Hijri year;
    raises ``ValueError`` for a group that is no such part.

    >>> group_bounds(1402, 41)
    (datetime.date(2023, 9, 23), datetime.date(2024, 3, 19))
    """
    if group not in _GROUP_MONTHS:
        raise ValueError(f"EDTF group {group} is no part of a Solar Hijri year")
    first, last = _GROUP_MONTHS[group]
    return to_gregorian(jy, first, 1), to_gregorian(jy, last, month_length(jy, last))
