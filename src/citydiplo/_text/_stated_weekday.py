"""A weekday written beside a day must agree with the day: a contradiction is an error."""

from __future__ import annotations

import datetime

from citydiplo._text._lexicon import Grammar
from citydiplo._text._relative import Unresolved
from citydiplo._text._scan import Candidate
from citydiplo.dates import PartialDate, RecordDate

__all__ = ["checked_weekday"]

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
