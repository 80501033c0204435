"""A month and day, then "and" (or "&") and the next day, the year stated once after it
("May 7 and 8, 2011", "Nov. 16 & 17", "August 16 and 17, 2024"): the span of both days, as
"27 और 28 जुलाई" is (:mod:`._two_days_listed`, where the days come first). A later day
("May 5 and 7", "June 7 & 9, 2020") is two days, each a date of the month and year written
once; never the first day alone (which dropped the second day and the year).

>>> from citydiplo import find_dates
>>> [str(m.value) for m in find_dates("on May 7 & 8, 2011 from 10 a.m.", lang="en")]
['2011-05-07/2011-05-08']
>>> [str(m.value) for m in find_dates("June 7 & 9, 2020", lang="en")]
['2020-06-07', '2020-06-09']
>>> [str(m.value) for m in find_dates("on May 5 and 7 p.m.", lang="en")]
[]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._listed_apart import framed_as_span

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["AND_DAY", "next_day_pair"]

# a joining word (or "&") and a day in figures right after a date's day: " and 8", " & 17"
AND_DAY = re.compile(r" (\w{1,4}|&) \d")
# the next day, an English ordinal ending, then the year stated once: ", 2011", " 2011"
_NEXT_DAY = re.compile(
    r" (?:\w{1,4}|&) (?P<d>[12]\d|3[01]|0?[1-9])(?![\d:/-]|\.\d)(?:st|nd|rd|th)?"
    r"(?:,? (?P<y>(?:1[6-9]|20)\d\d)(?![\d:/-]|\.\d))?"
)


def next_day_pair(a: Candidate, folded: str, g: Grammar) -> tuple[Candidate, ...]:
    """For ``a``, a month and day (kind ``md``) that a joining word and a day follow: the
    span of both days when that day is the next one, with the year after it if any; each
    day a date of that month (and year) when it is a later one (:mod:`._listed_apart`);
    else nothing (unread)."""
    m = _NEXT_DAY.match(folded, a.end)
    day = a.fields.get("d", "")
    if m is None or not day.isdigit():
        return ()
    fields, kind, end = a.fields, a.kind, m.end("d")
    if m.group("y"):
        fields, kind, end = {**fields, "y": m.group("y")}, "mdy", m.end("y")
    low = a._replace(kind=kind, fields=fields)
    high = a._replace(start=m.start("d"), end=end, kind=kind, fields={**fields, "d": m.group("d")})
    if int(m.group("d")) == int(day) + 1:
        return (a._replace(end=end, kind="range", fields={}, low=low, high=high),)
    if (
        int(m.group("d")) < int(day)
        or "weekday" in fields
        or framed_as_span(folded, a.start, end, g)
    ):
        return ()  # "May 15 and 7", "between May 5 and 7", "May 5 and 7 p.m.": unread
    # each takes from the other what it does not state (the year, the month): anchored to it
    low = low._replace(lender=(high.start, high.end) if m.group("y") else None)
    return (low, high._replace(lender=(a.start, a.end)))  # "May 16 and 19, 2025": May 2025
