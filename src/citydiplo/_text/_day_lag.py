"""Which month, which year, for a date that does not state it, when the two nearest readings
are far apart: news reports within days what happened and announces weeks ahead what comes,
so a reading far from ``ref`` either way is no better than the other, and neither is taken.

- A day alone more than a week after ``ref``'s day: of ``ref``'s month (a day ahead) or of
  the month before (a day past)? The month before only when its reading is at most
  :data:`_LAG` days back and nearer than the other (:func:`past_is_nearer`). With both readings
  about a fortnight away ("23일" in an article of 9 July: 23 June or 23 July) neither is taken,
  unless the sentence's tense or a weekday says which. A span of days alone is placed by its
  first day: one of the seven days after ``ref``'s day ("15~17일" in an article of 9 August)
  opens the span in ``ref``'s month, its last day after it (:func:`not_past`), unless
  the sentence tells of the past.
- A day and month without a year: ``ref``'s year, the year before or the year after by how
  far they lie (:func:`ref_year`); none when both this year's and last year's are over
  three months away ("10月19日" on 29 June).

>>> from citydiplo.dates import PartialDate
>>> months = 2025 * 12 + 5 - 1  # May 2025, the month before ref's
>>> past_is_nearer(PartialDate("2025-06-02"), months, 28, 28)  # 5 days back, 26 ahead
True
>>> past_is_nearer(PartialDate("2025-06-12"), months, 20, 20)  # 23 days back, 8 ahead
False
>>> past_is_nearer(PartialDate("2023-02-01"), 2023 * 12 + 0, 21, 10)  # "10일부터 21일까지"
False
>>> not_past({"d0": "15", "d": "17"}, PartialDate("2024-08-09"))
True
"""

from __future__ import annotations

import calendar
import datetime

from citydiplo.dates import PartialDate

__all__ = ["AHEAD", "BEHIND", "not_past", "past_is_nearer", "ref_year"]

# how far after ref a day and month without a year may be and stay in ref's year (an event
# to come), and how far before ref in a sentence about the future
AHEAD = 92
BEHIND = 31

# the most days back a day of the month before may lie: news reports within days what
# happened, and announces weeks ahead what comes
_LAG = 14


def not_past(f: dict[str, str], ref: PartialDate | None) -> bool:
    """Whether the fields ``f`` of a day alone are marked "not_past", or are of a span of
    days alone ("d0" to "d") that the sentence does not tell in the past and whose first day
    is one of the seven days after ``ref``'s day, so that the span lies in ``ref``'s month."""
    if "not_past" in f:
        return True
    first, last = f.get("d0", ""), f.get("d", "")
    if "past" in f or not (first.isdigit() and last.isdigit()) or ref is None or not ref.day:
        return False
    return 0 < int(first) - ref.day <= 7 and int(first) < int(last)


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


def ref_year(
    today: datetime.date,
    month: int,
    first: int,
    last: int,
    future: bool,
    weekday: bool,
    past: bool = False,
) -> int | None:
    """The year of a day and month without one (of a span of days ``first`` to ``last``),
    read on ``today``: ``today``'s year; the year before if that is over :data:`AHEAD` days
    after ``today``; the year after if that is at most as far after it, or, in a sentence
    about the future, over :data:`BEHIND` days before ``today`` ("January 10" on 20
    December). ``None`` when both this year's day and last year's are over :data:`AHEAD` days
    away and no weekday beside it (``weekday``) may tell them apart: "10月19日" on 29 June is
    a coming festival as readily as last autumn's; but last year's in a sentence told in the
    past (``past``). (A verb in the past does not place a day nearer ``ref``: "the exam date
    has been fixed as 5 March" on 1 January.)

    >>> import datetime
    >>> ref_year(datetime.date(2025, 6, 12), 7, 4, 4, False, False)
    2025
    >>> ref_year(datetime.date(2025, 6, 12), 3, 6, 6, False, False)
    2025
    >>> ref_year(datetime.date(2025, 1, 5), 12, 20, 20, False, False)
    2024
    >>> ref_year(datetime.date(2022, 6, 29), 10, 19, 19, False, False) is None
    True
    >>> ref_year(datetime.date(2022, 7, 10), 10, 23, 23, False, False, past=True)
    2021
    """
    try:
        begins = datetime.date(today.year, month, first)
        ends = datetime.date(today.year, month, last)
    except ValueError:  # 29 February in another year: leave the year to ref
        return today.year
    if future:
        return today.year + ((today - ends).days > BEHIND)
    ahead = (begins - today).days
    if not weekday and ahead > AHEAD and _behind_last_year(today, begins) > AHEAD:
        return today.year - 1 if past else None  # "23 ઓક્ટોબરે રમાઈ હતી" (was played)
    ahead_next = ahead + 365 + calendar.isleap(today.year + (month > 2))  # the next year's day
    return today.year - (ahead > AHEAD) + (ahead_next <= AHEAD)


def _behind_last_year(today: datetime.date, day: datetime.date) -> int:
    """Days from ``day`` a year earlier to ``today`` (0 if it has no such day: 29 February)."""
    try:
        return (today - day.replace(year=day.year - 1)).days
    except ValueError:
        return 0
