"""A day alone more than a week after ``ref``'s day: of ``ref``'s month (a day ahead) or of
the month before (a day past)? In news, reports of what happened come within days, and
notices of what comes within weeks; so the month before is taken only when its reading is at
most :data:`_LAG` days back and nearer than the other. With both readings about a fortnight
away ("23일" in an article of 9 July: 23 June or 23 July) neither is taken, unless the
sentence's tense or a weekday says which.

>>> from citydiplo.dates import PartialDate
>>> months = 2025 * 12 + 5 - 1  # May 2025, the month before ref's
>>> past_is_nearer(PartialDate("2025-06-02"), months, 28, 28)  # 5 days back, 26 ahead
True
>>> past_is_nearer(PartialDate("2025-06-12"), months, 20, 20)  # 23 days back, 8 ahead
False
>>> past_is_nearer(PartialDate("2023-02-01"), 2023 * 12 + 0, 21, 10)  # "10일부터 21일까지"
False
"""

from __future__ import annotations

import datetime

from citydiplo.dates import PartialDate

__all__ = ["past_is_nearer"]

# the most days back a day of the month before may lie: news reports within days what
# happened, and announces weeks ahead what comes
_LAG = 14


def past_is_nearer(base: PartialDate, months: int, day: int, first: int) -> bool:
    """Whether the reading in the month ``months`` (counted from year 0, the month before
    ``base``'s) of a day (or a span ending on ``day`` and starting on ``first``) that lies more
    than a week after ``base``'s day, in ``base``'s month, is the nearer one and at most
    :data:`_LAG` days back; else neither tense nor distance tells the two readings apart."""
    assert base.month is not None and base.day is not None
    today = datetime.date(base.year, base.month, base.day)
    try:
        back = (today - datetime.date(months // 12, months % 12 + 1, day)).days
    except ValueError:  # no such day in the month before: the reading cannot be the past one
        return False
    ahead = (first - today.day) if first <= day else back + 1  # the other reading's first day
    return back <= _LAG and back < ahead
