"""A weekday written beside a day must agree with the day: a contradiction is an error."""

from __future__ import annotations

import datetime

from citydiplo._text._lexicon import Grammar
from citydiplo._text._relative import Unresolved
from citydiplo._text._scan import Candidate
from citydiplo.dates import PartialDate, RecordDate

__all__ = ["checked_weekday", "year_of_weekday"]

_NEAR = 183  # days from ref within which a weekday may name the year of a day and month
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def checked_weekday(c: Candidate, g: Grammar, value: RecordDate) -> RecordDate:
    """``value`` if the weekday written beside it (if any) agrees with it."""
    name = c.fields.get("weekday")
    if name is None:
        return value
    stated = g.vocab.weekdays[name][0]
    if isinstance(value, PartialDate) and value.day is not None and value.month is not None:
        actual = datetime.date(value.year, value.month, value.day).weekday()
        if actual != stated:
            raise Unresolved(
                f"the weekday contradicts the date: {value} is a {_WEEKDAY_NAMES[actual]}, "
                f"the text says {_WEEKDAY_NAMES[stated]}"
            )
    return value


def year_of_weekday(
    c: Candidate, g: Grammar, year: int, month: int, day: int, today: datetime.date
) -> int:
    """``year`` for ``day`` of ``month`` stated without a year, unless the weekday written
    beside it falls on it only in another year, within half a year of ``today``: then that
    year ("9月1日(日)" in May 2019 is 2019, though over three months ahead). A weekday that
    fits no such year is left to contradict the date."""
    name = c.fields.get("weekday")
    if name is None:
        return year
    stated = g.vocab.weekdays[name][0]

    def fits(y: int) -> datetime.date | None:
        try:
            found = datetime.date(y, month, day)
        except ValueError:
            return None
        return found if found.weekday() == stated else None

    if fits(year) is not None:
        return year
    years = range(today.year - 1, today.year + 2)
    near = [(abs((d - today).days), y) for y in years if (d := fits(y)) is not None]
    return min(near)[1] if near and min(near)[0] <= _NEAR else year
