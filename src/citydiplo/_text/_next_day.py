"""A span from a day to the next ("8月26日23时至次日早7时", "10일 밤 10시부터 다음날 새벽
6시까지", "7月20日午後10時から翌日午前6時まで"): a day that was read, a time of day, a word
that joins the ends of a span and a word of the language's ``next_day_words`` ("次日",
"翌日", "다음날", "hôm sau") make the span of the two days, never the first day alone (a
night closure or water cut that ends the next morning covers both days).
"""

from __future__ import annotations

import datetime
import functools
import re
from typing import TYPE_CHECKING

from citydiplo._text._range_gap import gap_without_time
from citydiplo._text._words import alternation
from citydiplo.dates import DateRange, PartialDate

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo.dates import RecordDate

__all__ = ["next_day_span"]


@functools.lru_cache(maxsize=16)
def _pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    alt = alternation(words)
    return re.compile(alt) if alt else None


def next_day_span(value: RecordDate, folded: str, end: int, g: Grammar) -> tuple[RecordDate, int]:
    """``value``, a day read up to ``end``, or the span from it to the next day when a time,
    a word that joins a span's ends and a word of ``next_day_words`` follow it, with the end
    of what was read."""
    if not isinstance(value, PartialDate) or value.day is None or value.month is None:
        return value, end  # (the value's shape first: no look-up of the pattern for it)
    pattern = _pattern(g.vocab.lists.get("next_day_words", frozenset()))
    if pattern is None:
        return value, end
    window = folded[end : end + 40]
    m = pattern.search(window)
    if m is None:
        return value, end
    gap = gap_without_time(window[: m.start()], g)
    if gap not in g.words["range_connectors"] | g.words["day_range_connectors"] or not gap:
        return value, end
    after = datetime.date(value.year, value.month, value.day) + datetime.timedelta(days=1)
    last = PartialDate(year=after.year, month=after.month, day=after.day)
    return DateRange(start=value, end=last), end + m.end()
