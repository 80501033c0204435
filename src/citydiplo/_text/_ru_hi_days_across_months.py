"""Two days in a row across a month's end, each with its month, joined by "and": "30 апреля
и 1 мая", "30 अप्रैल और 1 मई", "તા. ૩૦ એપ્રિલ અને ૧ મેના", "30 באפריל ו-1 במאי". As "20 и 21
июня" is the span of both days (:mod:`._two_days_listed`), so is a day and the next across a
month's end: one span, the 30th of April to the 1st of May. Two days that are not in a row
("30 апреля и 2 мая") stay two dates.

>>> from citydiplo import parse_date
>>> str(parse_date("30 апреля и 1 мая 2025 года", lang="ru"))
'2025-04-30/2025-05-01'
>>> str(parse_date("31 दिसंबर और 1 जनवरी को", lang="hi"))
'XXXX-12-31/XXXX-01-01'
"""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["days_across_months"]

_KINDS = frozenset({"dm", "dmy"})
_LAST = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # (February: see _next_day)


def _month_day(c: Candidate, g: Grammar) -> tuple[int, int] | None:
    month, day = g.months.get(c.fields.get("m", ""), 0), c.fields.get("d", "")
    return (month, int(day)) if month and day.isdigit() else None


def _next_day(first: tuple[int, int], second: tuple[int, int], year: str) -> bool:
    """Whether ``second`` is the day after ``first`` (February's last day only in a stated
    year: "28 февраля и 1 марта" has the 29th between them in a leap year)."""
    (m1, d1), (m2, d2) = first, second
    if m1 == 2:
        if not year.isdigit():
            return False
        last = calendar.monthrange(int(year) - (m2 == 1), 2)[1]
    else:
        last = _LAST[m1 - 1]
    return d2 == 1 and m2 == m1 % 12 + 1 and d1 == last


def days_across_months(a: Candidate, b: Candidate, folded: str, g: Grammar) -> Candidate | None:
    """The span of ``a`` and ``b`` when ``a`` (no year) and ``b`` are a day and the next one,
    in two months, with only an "and" between them; None otherwise."""
    if a.kind != "dm" or b.kind not in _KINDS or a.end > b.start:
        return None
    gap = folded[a.end : b.start].strip()
    gap = re.sub(r"-$", "", gap)  # "ו-1 במאי": the conjunction glued by a hyphen
    if gap not in g.vocab.lists.get("and_words", frozenset()):
        return None
    first, second = _month_day(a, g), _month_day(b, g)
    if first is None or second is None or not _next_day(first, second, b.fields.get("y", "")):
        return None
    return b._replace(start=a.start, kind="range", fields={}, low=a, high=b)
