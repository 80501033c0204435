"""A span of days whose year no word states ("20 и 21 июня", "May 3 to June 5", "28 Dec - 3
Jan") and no ``ref``/``anchor`` supplies: a year-less span, EDTF ``XXXX-06-20/XXXX-06-21``.

The span's ends are read as days of a leap year (29 February is a day; an end before the
start in the calendar falls in the next year), by the same rules as a dated span, and the
year is then dropped. A span whose end has a year while its start has none, an open span
("from 3 May"), a span longer than a year and one that ends in its own month of the next
year ("July 5 - July 3", most likely a slip) stay unresolved.
"""

from __future__ import annotations

import datetime

from citydiplo._errors import InvalidDateError
from citydiplo._text._relative import Unresolved
from citydiplo._text._scan import Candidate
from citydiplo.dates import DateRange, PartialDate, RecordDate, Unbounded, YearlessDate

__all__ = [
    "LEAP",
    "in_leap_year",
    "leap_year_end",
    "leap_year_start",
    "no_year",
    "states_no_year",
    "unyear",
]

LEAP = 2000  # a leap year: 29 February is one of its days
_NO_YEAR = "a range needs years at both ends"
# the fields by which a candidate states or points to its year (a number, an era, "this
# year", "the same year", "last May"): one of them and the year is not left unstated
_YEAR_KEYS = frozenset(
    {"y", "yy", "ey", "this_year", "last_year", "next_year", "same_year", "mod_last", "mod_next"}
)


def states_no_year(c: Candidate, ref: PartialDate | None, anchor: PartialDate | None) -> bool:
    """Whether a span of days in one month ("May 3-5") has no year: none in its words, and
    neither ``ref`` nor ``anchor`` to take one from."""
    return ref is None and anchor is None and _YEAR_KEYS.isdisjoint(c.fields)


def no_year(exc: Exception, yearless: bool, *days: tuple[int, int], prefix: str = "") -> Unresolved:
    """Why the ``days`` (month, day) of a span make no span, after ``prefix``: ``exc``, or for a
    span of no year (read in the leap year) the first of them that is no day of its month in
    any year, so that the reason never names the leap year.

    >>> no_year(InvalidDateError("... for 2000-06"), True, (6, 30), (6, 31))
    Unresolved('YearlessDate day=31 is invalid; expected 1..30 for month 06')
    """
    if yearless:
        try:
            for month, day in days:  # (month 0: December, the month before January)
                YearlessDate(month=(month - 1) % 12 + 1, day=day)
        except InvalidDateError as no_day:
            exc = no_day
    return Unresolved(prefix + str(exc))


def in_leap_year(value: RecordDate, basis: str) -> tuple[RecordDate, str, bool]:
    """A year-less day as that day of the leap year, and whether it was year-less."""
    if isinstance(value, YearlessDate) and not value.is_span and value.day is not None:
        return value.in_year(LEAP), basis, True
    return value, basis, False


def leap_year_start(value: YearlessDate, c: Candidate) -> PartialDate:
    """The year-less start of a closed span as a day of the leap year."""
    start = value.in_year(LEAP)
    if c.kind == "open" or not isinstance(start, PartialDate):
        raise Unresolved(_NO_YEAR)
    return start


def leap_year_end(
    hi: RecordDate, yearless: bool, start: PartialDate | Unbounded
) -> PartialDate | DateRange:
    """The end of a span whose start is in the leap year when ``yearless``: a year-less end
    in that year, or the next when it comes before the start in the calendar; an end with a
    year (or a year-less end after a dated start) leaves the span unresolved."""
    if isinstance(hi, YearlessDate) != yearless or not isinstance(hi, YearlessDate):
        if yearless or isinstance(hi, YearlessDate):
            raise Unresolved(_NO_YEAR)
        return hi
    if hi.is_span or not isinstance(start, PartialDate):
        raise Unresolved(_NO_YEAR)
    after = (hi.month, hi.day or 0) < (start.month, start.day or 0)
    try:
        return hi.in_year(LEAP + after)
    except InvalidDateError as exc:  # 29 February of the year after
        raise Unresolved(str(exc)) from None


def unyear(value: DateRange, yearless: bool) -> RecordDate:
    """``value`` read in the leap year without its year, when ``yearless``; else ``value``.

    >>> unyear(DateRange("2000-12-28/2001-01-03"), True)
    YearlessDate("XXXX-12-28/XXXX-01-03")
    """
    if not yearless:
        return value
    start, end = value.start, value.end
    if not (isinstance(start, PartialDate) and isinstance(end, PartialDate)):
        raise Unresolved(_NO_YEAR)
    if end.year != start.year and end.month == start.month:  # "July 5 - July 3"
        raise Unresolved(f"the span ends on day {end.day} before its start, day {start.day}")
    too_long = value.latest() - value.earliest() >= datetime.timedelta(days=366)
    if too_long or start.group is not None or end.group is not None or start.month is None:
        raise Unresolved(f"{value}: no span of days within a year")
    try:
        return YearlessDate(month=start.month, day=start.day, end_month=end.month, end_day=end.day)
    except InvalidDateError as exc:  # ends of unlike precision, or the same day twice
        raise Unresolved(str(exc)) from None
