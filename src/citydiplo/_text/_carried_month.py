"""A day alone after a day with its month, in the same sentence, is a day of that month.

A list or a narrative that states a month once and then goes on with days alone ("일정은 △2월
1일 고척2동 △2일 고척1동 △3일 구로3동": on 1 February, the 2nd, the 3rd; "On February 1,
2023 the fair opens, and on the 2nd it closes") dates those days in the month stated before
them, not in ``ref``'s month: read against ``ref`` (a January reference) they would be the 2nd
and 3rd of January, silently wrong. The text makes the link (the same sentence), so the day
is resolved against the stated day (``DateResolution.ANCHOR``), which it follows.

A later day of that month is the day; a day that comes before the stated one, or is the same
("2월 28일 … 3일": the 3rd of March, or of February told out of order?), is not read from it:
such a day is left unread rather than guessed (the same day may be a restatement, which
:mod:`._restated_day` reads). A day alone with its weekday or with a modifier ("오는 9일"),
or the first of a span of days, goes its own way.

>>> from citydiplo import find_dates, PartialDate
>>> ref = PartialDate("2023-01-17")
>>> text = "일정은 △2월 1일 고척2동 △2일 고척1동 △3일 구로3동 순이다."
>>> [str(m.value) for m in find_dates(text, lang="ko", ref=ref)]
['2023-02-01', '2023-02-02', '2023-02-03']
>>> text = "On February 1, 2023 it opens; on the 2nd it closes."
>>> [str(m.value) for m in find_dates(text, ref=ref)]
['2023-02-01', '2023-02-02']
"""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

from citydiplo._text._resolve import Unresolved
from citydiplo.dates import PartialDate, RecordDate

if TYPE_CHECKING:
    from citydiplo._text._scan import Candidate

__all__ = ["StatedDay", "carried_day", "stated_day"]

# the last day stated with its month: its value, its span in the text and its sentence
StatedDay = tuple[PartialDate, tuple[int, int], int]

# fields that give a day alone its own reading (a weekday, "오는", "last", a span of days)
_OWN_WAY = frozenset({"weekday", "mod_last", "mod_next", "d0"})


def carried_day(
    cand: Candidate, stated: StatedDay | None, sentence: int, what: str
) -> PartialDate | None:
    """The day alone ``cand`` in the month of ``stated`` when the two share ``sentence``;
    None when the carry does not apply. Raises Unresolved for a day not after the stated
    one (another month, or the same day restated)."""
    if stated is None or stated[2] != sentence or cand.kind != "d_only":
        return None
    if _OWN_WAY & cand.fields.keys() or not cand.fields.get("d", "").isdigit():
        return None
    day, base = int(cand.fields["d"]), stated[0]
    if base.day is None or base.month is None:
        return None
    if day <= base.day or day > calendar.monthrange(base.year, base.month)[1]:
        raise Unresolved(f"{what}: a day not after the day stated before it ({base})")
    return PartialDate(f"{base.year:04d}-{base.month:02d}-{day:02d}")


def stated_day(
    cand: Candidate, value: RecordDate, span: tuple[int, int], sentence: int, carried: bool
) -> StatedDay | None:
    """``value`` as the day later days alone of ``sentence`` take their month from, when it is
    one day whose month the text states, or a day alone that took its month so (``carried``);
    None when it is no such day (a day alone read against ``ref`` states no month)."""
    if not isinstance(value, PartialDate) or value.day is None:
        return None
    if value.approximate or value.uncertain:
        return None
    if carried or "m" in cand.fields or "mn" in cand.fields:
        return value, span, sentence
    return None
