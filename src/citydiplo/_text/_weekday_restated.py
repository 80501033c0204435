"""A bare weekday beside the same weekday stated with its date, a week apart, is in doubt.

"روز جمعه بیست و پنجم اردیبهشت ، نمایشگاه کتاب تهران تعطیل است ، ... روز جمعه نیز می توانند
..." (on Friday 25 Ordibehesht the book fair is closed; ... on Friday too they may ...): the
text states the coming Friday, 14 May 2004, and then says "Friday" alone; read against a
Wednesday ``ref`` and a past verb, the bare weekday would be the Friday before, 7 May, while
the text most likely means the Friday it has just dated. Which of the two it is the words do
not settle, so :func:`citydiplo.find_dates` leaves such a weekday unread: a bare weekday whose
day falls within a week of a day the text states with the same weekday, and is not that day.
A bare weekday that falls on the stated day is kept (it names it again).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING

from citydiplo.dates import PartialDate, RecordDate

if TYPE_CHECKING:
    from citydiplo._text._scan import Candidate

__all__ = ["doubtful_weekdays"]

_BARE = frozenset({"wd", "future", "not_past"})  # a weekday's name, perhaps with its tense


def _day(value: RecordDate) -> datetime.date | None:
    """``value`` as a day, when it is one day of a known year."""
    if isinstance(value, PartialDate) and value.day is not None and value.month is not None:
        return datetime.date(value.year, value.month, value.day)
    return None


def doubtful_weekdays(found: Sequence[tuple[Candidate, RecordDate]]) -> list[int]:
    """The indexes of the bare weekdays in ``found`` that fall within a week of a day stated
    with the same weekday ("جمعه بیست و پنجم اردیبهشت"), on another day."""
    stated = {
        day
        for c, value in found
        if "weekday" in c.fields and c.kind != "wd" and (day := _day(value)) is not None
    }
    if not stated:
        return []
    week = datetime.timedelta(days=7)
    out = []
    for i, (c, value) in enumerate(found):
        if c.kind != "wd" or set(c.fields) - _BARE or (day := _day(value)) is None:
            continue  # ("last Friday", "next Friday": a weekday the text places itself)
        if day - week in stated or day + week in stated:  # the same weekday, a week away
            out.append(i)
    return out
