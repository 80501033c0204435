"""A day alone that says again a day of the date the text stated just before it, with its
month, is that date: "とき/10月13日(土)・14日(日) … 【13日のみ】" (the 13th only: of the
two days just named), not the 13th of the month ``ref`` puts it in, nor left unread where
``ref`` alone does not place it (:mod:`._day_lag`). Only the nearest date
stated to the day is looked at, and only a day read against ``ref`` alone (no word such as
"지난", last, placing it); a span of days offers each of its days, up to a week.

>>> from citydiplo import PartialDate, find_dates
>>> text = "とき/10月13日(土)\\n【13日のみ】バザー"
>>> [(m.text, str(m.value)) for m in find_dates(text, lang="ja", ref=PartialDate("2018-10-05"))]
[('10月13日(土)', '2018-10-13'), ('13日', '2018-10-13')]
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from citydiplo.dates import DateRange, PartialDate, RecordDate

if TYPE_CHECKING:
    from citydiplo._text._scan import Candidate

__all__ = ["day_restated", "restated_days"]

_WEEK = 7
_LOOK_BACK = 8  # mentions back to the stated date a day alone may say again
_PLACED = frozenset({"d0", "dw", "mod_last", "mod_next", "in_week"})  # a day placed by a word


def _days(value: RecordDate) -> list[PartialDate]:
    """The days ``value`` states: itself, or each day of a span of a week at most."""
    if isinstance(value, PartialDate):
        return [value] if value.day is not None else []
    if not isinstance(value, DateRange):
        return []
    start, end = value.start, value.end
    if not (isinstance(start, PartialDate) and isinstance(end, PartialDate)):
        return []
    if start.day is None or end.day is None:
        return []
    first, last = start.earliest(), end.earliest()
    if not 0 < (last - first).days <= _WEEK:
        return []
    return [
        PartialDate.from_date(first + datetime.timedelta(days=n))
        for n in range(_WEEK + 1)
        if first + datetime.timedelta(days=n) <= last
    ]


def restated_days(found: list[tuple[Candidate, RecordDate]]) -> dict[int, tuple[PartialDate, int]]:
    """Per index of a day alone in ``found`` that says again a day of the nearest date stated
    before it: that day, and the index of the date it was stated by."""
    out: dict[int, tuple[PartialDate, int]] = {}
    last: tuple[int, list[PartialDate]] | None = None
    for i, (cand, value) in enumerate(found):
        if (
            last is not None
            and cand.kind == "d_only"
            and not _PLACED & cand.fields.keys()
            and isinstance(value, PartialDate)
            and value.day is not None
        ):
            same = [d for d in last[1] if d.day == value.day]
            if same:  # (said again, it is no new date stated: the next day alone looks past it)
                if same[0] != value:
                    out[i] = (same[0], last[0])
                continue
        if days := _days(value):
            last = (i, days)
    return out


def day_restated(
    cand: Candidate, found: list[tuple[Candidate, RecordDate]]
) -> tuple[PartialDate, int] | None:
    """For a day alone that ``ref`` could not place, the day of the nearest date stated before
    it (in ``found``) that it says again, and that date's index; else ``None``."""
    day = cand.fields.get("d", "")
    if cand.kind != "d_only" or _PLACED & cand.fields.keys() or not day.isdigit():
        return None
    for i in range(len(found) - 1, max(-1, len(found) - 1 - _LOOK_BACK), -1):
        before, value = found[i]
        if before.kind == "d_only" and not _PLACED & before.fields.keys():
            continue  # a day alone said again is no date stated
        if days := _days(value):
            same = [d for d in days if d.day == int(day)]
            return (same[0], i) if same else None
    return None
