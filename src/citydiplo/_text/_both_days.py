"""Two days named together as one span ("5月21、22両日": the 21st and the 22nd, both days):
the day that was read, then a list comma, the next day's number and a word of the
language's ``both_days_words`` ("両日", "两天") make the span of the two days, never the
first day alone. A word of ``day_list_joiners`` may list the next day as the comma does
("4月18日和19日两天").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from citydiplo._errors import InvalidDateError
from citydiplo._text._words import alternation
from citydiplo.dates import DateRange, PartialDate

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo.dates import RecordDate

__all__ = ["both_days"]


@functools.lru_cache(maxsize=16)
def _pattern(words: frozenset[str], joiners: frozenset[str]) -> re.Pattern[str] | None:
    alt = alternation(words)
    joint = f"[、,，・]|{alternation(joiners)}" if joiners else "[、,，・]"
    return re.compile(rf"(?:{joint}) ?(?P<d>[12]\d|3[01]|0?[1-9]) ?(?:{alt})") if alt else None


def both_days(
    value: RecordDate, folded: str, end: int, g: Grammar
) -> tuple[RecordDate, int] | None:
    """``value``, a day read up to ``end``, or the span from it to the day named after it
    with a word of ``both_days_words``, with the end of what was read. Only the next day
    makes a span: with any other ("21、23両日": two days, no span) it is ``None``, a date
    left unread."""
    if not isinstance(value, PartialDate) or value.day is None:
        return value, end  # (the value's shape first: no look-up of the pattern for it)
    lists = g.vocab.lists
    pattern = _pattern(
        lists.get("both_days_words", frozenset()), lists.get("day_list_joiners", frozenset())
    )
    if pattern is None:
        return value, end
    m = pattern.match(folded, end)
    if m is None:
        return value, end
    day = int(m.group("d"))
    if day != value.day + 1 or value.month is None:
        return None
    try:
        last = PartialDate(year=value.year, month=value.month, day=day)
    except InvalidDateError:
        return None
    return DateRange(start=value, end=last), m.end()
