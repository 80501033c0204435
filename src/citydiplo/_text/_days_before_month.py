"""Days alone listed before a day with its month, in the same sentence, are of the month before.

A schedule that runs across the end of a month writes its days in order and names the new
month once, where it starts ("일정은 △26일 개봉2동 △27일 수궁동 △30일 오류1동 △31일 가리봉동
△2월 1일 고척2동": the 26th, 27th, 30th and 31st, then 1 February). Read against ``ref`` alone
(a reference of 17 January), such a later day "may be of this month or the last" and is left
unread; the text settles it: a day that comes before "2월 1일" in the same sentence and is
greater than its day cannot be of February told in order, so it is of the month before
(January), anchored to the day that states the month (``DateResolution.ANCHOR``).

Only days ``ref`` left unread are so read (a day ``ref`` resolves keeps its value), only when
the days from it up to the stated day rise (a list in order), and only when the month before
has that day.

>>> from citydiplo import find_dates, PartialDate
>>> text = "일정은 △26일 개봉2동 △31일 가리봉동 △2월 1일 고척2동 순이다."
>>> [str(m.value) for m in find_dates(text, lang="ko", ref=PartialDate("2023-01-17"))]
['2023-01-26', '2023-01-31', '2023-02-01']
"""

from __future__ import annotations

import calendar
import itertools
from typing import TYPE_CHECKING

from citydiplo.dates import PartialDate

if TYPE_CHECKING:
    from citydiplo._text._find import DateMention
    from citydiplo._text._scan import Candidate

__all__ = ["Pending", "days_before_month"]

# a day alone ``ref`` left unread: its candidate, its span in the text and its sentence
Pending = tuple["Candidate", int, int, int]
# a day so read: its span, its value, and the day with its month it leans on, with its span
Read = tuple[int, int, PartialDate, PartialDate, tuple[int, int]]


def _month_before(base: PartialDate, day: int) -> PartialDate | None:
    if base.month is None:
        return None
    year, month = (base.year, base.month - 1) if base.month > 1 else (base.year - 1, 12)
    if day > calendar.monthrange(year, month)[1]:
        return None
    return PartialDate(f"{year:04d}-{month:02d}-{day:02d}")


def days_before_month(
    pending: list[Pending], mentions: list[DateMention], stated: dict[tuple[int, int], int]
) -> list[Read]:
    """Each day of ``pending`` read in the month before the day with its month (a span of
    ``stated``, with its sentence) that follows it in its sentence, among ``mentions``."""
    out: list[Read] = []
    for i, (cand, s, e, sentence) in enumerate(pending):
        nxt = next((m for m in mentions if m.start >= e), None)
        if nxt is None or stated.get((nxt.start, nxt.end)) != sentence:
            continue
        base, day = nxt.value, int(cand.fields["d"])
        if not isinstance(base, PartialDate) or base.day is None or day <= base.day:
            continue
        between = [int(p[0].fields["d"]) for p in pending[i:] if p[2] <= nxt.start]
        if any(b <= a for a, b in itertools.pairwise(between)):
            continue  # the days up to the month do not rise: no list in order
        if (value := _month_before(base, day)) is not None:
            out.append((s, e, value, base, (nxt.start, nxt.end)))
    return out
