"""Days of the Hebrew calendar to Gregorian days and back, through a table per Hebrew year.

``convertdate`` (the ``calendars`` extra) computes the start of a Hebrew year from the molad
each time it converts a day, and walks the months one by one: tens of microseconds a day, a
cost that dominated reading a school calendar's line ("י"ד בתשרי התשע"ח,4 באוקטובר 2017").
Here each Hebrew year is asked of ``convertdate`` once, for the first day of each of its
months and their lengths (``functools.cache``: a table per year, built on first use, as the
grammars are; never a cache of texts), and a day is then one addition or one look-up.
The answers are ``convertdate``'s own (``tests/test_hebrew_years.py`` compares them day by
day); without the package both functions answer ``None``: the text is left unread.

Months are numbered as ``convertdate`` numbers them: Nisan 1, Tishrei 7, Adar 12 and, in a
leap year, Adar II 13.

>>> hebrew_to_gregorian(5785, 9, 25), gregorian_to_hebrew(2024, 12, 26)
((2024, 12, 26), (5785, 9, 25))
"""

from __future__ import annotations

import datetime
import functools

__all__ = ["gregorian_to_hebrew", "hebrew_leap", "hebrew_to_gregorian"]

# the Julian day number of the proleptic Gregorian day of ordinal 0 (``date.toordinal``)
_JD_OF_ORDINAL_0 = 1721424.5
_TISHREI = 7
_HEBREW_YEAR_OFFSET = 3760  # the Hebrew year that starts in the autumn of a Gregorian year - 1


def hebrew_leap(year: int) -> bool:
    """Whether the Hebrew ``year`` has 13 months (convertdate's rule)."""
    return ((year * 7) + 1) % 19 < 7


@functools.cache
def _year(year: int) -> dict[int, tuple[int, int]] | None:
    """Month -> (ordinal of its first day, its number of days) of one Hebrew year, or None
    without ``convertdate``."""
    try:
        from convertdate import hebrew
    except ImportError:  # the ``calendars`` extra is not installed: left unread
        return None
    length = getattr(hebrew, "month_length", None) or hebrew.month_days
    months = 13 if hebrew.leap(year) else 12
    return {
        m: (int(hebrew.to_jd(year, m, 1) - _JD_OF_ORDINAL_0), int(length(year, m)))
        for m in range(1, months + 1)
    }


def hebrew_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """The Gregorian day of a Hebrew one, or None when it cannot be converted exactly (no such
    month in that year, no such day in that month, or no ``convertdate``).

    >>> hebrew_to_gregorian(5785, 9, 25)
    (2024, 12, 26)
    """
    table = _year(year)
    if table is None or month not in table:
        return None
    first, length = table[month]
    if not 1 <= day <= length:
        return None
    try:
        g = datetime.date.fromordinal(first + day - 1)
    except (ValueError, OverflowError):  # outside datetime's years: convertdate alone
        return _slow_to_gregorian(year, month, day)
    return g.year, g.month, g.day


def gregorian_to_hebrew(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """The Hebrew day (year, month, day) of a Gregorian one, as ``convertdate``'s
    ``hebrew.from_gregorian`` gives it, or None without ``convertdate``.

    >>> gregorian_to_hebrew(2018, 7, 25)
    (5778, 5, 13)
    """
    try:
        ordinal = datetime.date(year, month, day).toordinal()
    except (ValueError, OverflowError):
        return _slow_from_gregorian(year, month, day)
    # the Hebrew year begins in the Gregorian autumn: the later of two years whose Tishrei
    # has begun by then
    for hebrew_year in (year + _HEBREW_YEAR_OFFSET + 1, year + _HEBREW_YEAR_OFFSET):
        table = _year(hebrew_year)
        if table is None:
            return None
        if ordinal < table[_TISHREI][0]:
            continue
        for m, (first, length) in table.items():
            if first <= ordinal < first + length:
                return hebrew_year, m, ordinal - first + 1
    return _slow_from_gregorian(year, month, day)  # (never reached for a valid day)


def _slow_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    from convertdate import hebrew

    y, m, d = hebrew.to_gregorian(year, month, day)
    return int(y), int(m), int(d)


def _slow_from_gregorian(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    try:
        from convertdate import hebrew
    except ImportError:
        return None
    y, m, d = hebrew.from_gregorian(year, month, day)
    return int(y), int(m), int(d)
