"""What a dash between two numbers joins: a year and the year ending its range, or a code
("2021-2025" against "2025-4815"); a day and the day ending its span, or the figures of a
code ("2024年6月12-15日" against "第2024-15号").

The years a grammar reads alone are :func:`plausible_year`'s (in Persian text also Solar
Hijri ones, "۱۴۰۳-۱۴۰۴"). A day ends a span after a dash when the number before the dash,
with its day suffix, follows the name of a month.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["code_tail", "plausible_year", "second_day"]

# a number of four figures or more joined by a hyphen after a year
_TAIL = re.compile(r"-(\d{4,})(?!\d)")
# a day in figures, its suffix if any, and a dash, ending the text before a day alone
_DAY_DASH = re.compile(r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?P<sx>\D{0,3}?)-$")


def plausible_year(year: int, g: Grammar) -> bool:
    """Whether a bare number is a year ``g`` reads alone."""
    if 1800 <= year <= 2199:
        return True
    return "fa" in g.langs and 1300 <= year <= 1499


def code_tail(folded: str, end: int, g: Grammar) -> bool:
    """Whether a number that is no year of ``g`` is joined by a hyphen to the year ending at
    ``end``: a year of the grammar there ends a range ("2021-2025", "۱۴۰۳-۱۴۰۴")."""
    m = _TAIL.match(folded, end)
    return m is not None and (len(m[1]) > 4 or not plausible_year(int(m[1]), g))


def second_day(folded: str, start: int, g: Grammar) -> bool:
    """Whether the dash before ``start`` follows a day (with its suffix, if any) written
    after its month's name: the day alone at ``start`` then ends a span of days."""
    head = folded[max(0, start - 20) : start]
    day = _DAY_DASH.search(head)
    if day is None or (day["sx"] and day["sx"] not in g.words["day_suffixes"]):
        return False
    before = head[: day.start()].rstrip()
    return bool(before) and any(before.endswith(name) for name in g.months)
