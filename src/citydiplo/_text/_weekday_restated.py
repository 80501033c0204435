"""A bare weekday beside the same weekday stated with its date, a week apart, is in doubt.

"روز جمعه بیست و پنجم اردیبهشت ، نمایشگاه کتاب تهران تعطیل است ، ... روز جمعه نیز می توانند
..." (on Friday 25 Ordibehesht the book fair is closed; ... on Friday too they may ...): the
text states the coming Friday, 14 May 2004, and then says "Friday" alone; read against a
Wednesday ``ref`` and a past verb, the bare weekday would be the Friday before, 7 May, while
the text most likely means the Friday it has just dated. Which of the two it is the words do
not settle, so :func:`citydiplo.find_dates` leaves such a weekday unread: a bare weekday whose
day falls within a week of a day the text states with the same weekday, and is not that day.
A bare weekday that falls on the stated day is kept (it names it again). A bare weekday a word
or two before a date of a known year on that weekday ("جمعه خونین ۱۷ شهریور سال ۵۷": Black
Friday, 17 Shahrivar 1357, a Friday) is that date's weekday, not a day of its own: unread.
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
_GAP = 12  # characters between a weekday and the date it names with a word between them


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
    week = datetime.timedelta(days=7)
    out = []
    for i, (c, value) in enumerate(found):
        if c.kind != "wd" or set(c.fields) - _BARE or (day := _day(value)) is None:
            continue  # ("last Friday", "next Friday": a weekday the text places itself)
        if day - week in stated or day + week in stated:  # the same weekday, a week away
            out.append(i)
        elif _dated_after(found, i, day) is not None:
            out.append(i)  # "جمعه خونین ۱۷ شهریور سال ۵۷": that date's Friday, no other
    return out


def _dated_after(
    found: Sequence[tuple[Candidate, RecordDate]], i: int, day: datetime.date
) -> datetime.date | None:
    """The day read right after ``found[i]`` (a word or two between them, within
    :data:`_GAP` characters), when it is another day of a known year on ``day``'s weekday."""
    if i + 1 >= len(found) or found[i + 1][0].start - found[i][0].end > _GAP:
        return None
    if found[i + 1][0].kind == "wd":
        return None  # (a weekday again: no date stated)
    after = _day(found[i + 1][1])
    return after if after not in (None, day) and after.weekday() == day.weekday() else None
