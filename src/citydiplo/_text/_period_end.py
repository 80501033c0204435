"""A span from a day to the end of its month or year ("from June 1 to the end of the month",
"từ 1/6 đến cuối tháng", "6月1日至月底", "6月1日から月末まで", "6월 1일부터 연말까지"): a day
that was read, a word that joins the ends of a span and a word of the language's
``month_end_words`` or ``year_end_words`` make the span from that day to the last day of its
month or year, never the first day alone (which would be silently wrong: the text states a
span). The end is the day's own month or year: "the end of the month" after "June 1" is
30 June.
"""

from __future__ import annotations

import calendar
import functools
import re
from typing import TYPE_CHECKING

from citydiplo._text._range_gap import gap_without_time
from citydiplo._text._words import alternation
from citydiplo.dates import DateRange, PartialDate

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo.dates import RecordDate

__all__ = ["period_end_span"]

_WINDOW = 40  # how far after the day the end's words may stand


@functools.lru_cache(maxsize=16)
def _pattern(months: frozenset[str], years: frozenset[str]) -> re.Pattern[str] | None:
    parts = [f"(?P<{name}>{alternation(w)})" for name, w in (("m", months), ("y", years)) if w]
    return re.compile("|".join(parts)) if parts else None


def period_end_span(value: RecordDate, folded: str, end: int, g: Grammar) -> tuple[RecordDate, int]:
    """``value``, a day read up to ``end``, or the span from it to the end of its month or
    year when a word that joins a span's ends and a word of ``month_end_words`` or
    ``year_end_words`` follow it, with the end of what was read."""
    if not isinstance(value, PartialDate) or value.day is None or value.month is None:
        return value, end  # (the value's shape first: no look-up of the pattern for it)
    lists = g.vocab.lists
    pattern = _pattern(
        lists.get("month_end_words", frozenset()), lists.get("year_end_words", frozenset())
    )
    if pattern is None:
        return value, end
    window = folded[end : end + _WINDOW]
    m = pattern.search(window)
    if m is None or (window[m.end() : m.end() + 1].isalpha() and window[m.end() - 1].isascii()):
        return value, end  # "the end of the monthly …": no end of the month
    gap = " ".join(gap_without_time(window[: m.start()], g).split())
    if not gap or gap not in g.words["range_connectors"] | g.words["day_range_connectors"]:
        return value, end
    if gap in lists.get("and_words", frozenset()):
        return value, end  # "June 1 and the end of the month": two points, no span
    if m.lastgroup == "m":
        month, day = value.month, calendar.monthrange(value.year, value.month)[1]
    else:
        month, day = 12, 31
    last = PartialDate(year=value.year, month=month, day=day)
    return DateRange(start=value, end=last), end + m.end()
