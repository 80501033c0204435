"""Two full dates of consecutive days listed with "and": the span of both days.

"ביום ראשון, 29.7.18 וביום שני, 30.7.18" (on Sunday 29.7.18 and on Monday 30.7.18), "18 апреля
2024 года и 19 апреля 2024 года": each day is stated in full, and the two are the span of both
days, as "18 и 19 апреля 2024" is (:mod:`._two_days_listed`). Any other pair stays two dates.
Only one of the language's ``and_words`` joins them, standing alone or glued as a prefix to
the second ("וביום שני"); a weekday beside either day must be that day's.

>>> from citydiplo import parse_date
>>> str(parse_date("ביום ראשון, 29.7.18 וביום שני, 30.7.18", lang="he"))
'2018-07-29/2018-07-30'
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["next_full_day"]

_FULL = frozenset({"dmy", "mdy", "ymd", "dmy_num", "dmy_num2", "ymd_num"})


def _day(c: Candidate, g: Grammar) -> datetime.date | None:
    """The day ``c`` states on its own, or None."""
    from citydiplo._errors import DateParseError, InvalidDateError
    from citydiplo._text._relative import Unresolved
    from citydiplo._text._resolve import resolve
    from citydiplo.dates import PartialDate

    try:
        value, basis = resolve(c, g, None, None, "a day listed with the next")
    except (Unresolved, DateParseError, InvalidDateError, KeyError, ValueError):
        return None
    if basis or not isinstance(value, PartialDate) or value.day is None or value.month is None:
        return None
    return datetime.date(value.year, value.month, value.day)


def _joined(b: Candidate, a: Candidate, folded: str, g: Grammar) -> bool:
    """Whether one of ``and_words`` alone, or glued before ``a``, joins ``b`` and ``a``."""
    ands = g.vocab.lists.get("and_words", frozenset())
    words = folded[b.end : a.start].replace(",", " ").split()
    if len(words) == 1:
        return words[0] in ands
    return not words and any(w and folded.startswith(w, a.start) for w in ands)


def next_full_day(b: Candidate, a: Candidate, folded: str, g: Grammar) -> Candidate | None:
    """``b`` and ``a``, two full dates "and" lists, as the span of both days when ``a`` is the
    day after ``b``; else None."""
    if b.kind not in _FULL or a.kind not in _FULL or not _joined(b, a, folded, g):
        return None
    first, second = _day(b, g), _day(a, g)
    if first is None or second is None or second - first != datetime.timedelta(days=1):
        return None
    return a._replace(start=b.start, kind="range", fields={}, low=b, high=a)
