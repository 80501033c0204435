"""A day in figures the grammar does not take in, right before a day and month: "5, 7 May" (two
days listed with a comma alone; with "and", each is a date: :mod:`._listed_apart`), or
"переносятся с 10 на 15 мая" (moved from the 10th to the 15th, after a word that opens a
span). The text states two days, so the later one read alone would drop the first: the date
is left unread, never the second day alone.

>>> from citydiplo import find_dates
>>> find_dates("испытания переносятся с 10 на 15 мая", lang="ru")
[]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["listed_day"]

_DAY_AND = re.compile(r"(?<![\d.,/:])([12]\d|3[01]|0?[1-9])( ?, ?| \w{1,4} | \w{1,3}-)$")
_FIGURE = re.compile(r"[0-9]")  # what every match of ``_DAY_AND`` holds (its day)


def listed_day(a: Candidate, folded: str, g: Grammar, before: int) -> re.Match[str] | None:
    """A day and a conjunction right before a day and month ("5 and 7 May", "5 и 7 мая"), or
    a day opened by a word of ``range_prefixes`` and any short word ("с 10 на 15 мая"): a
    first day the grammar does not take in (not a figure of the date read before, which ends
    at ``before``: "ngày 18 tháng 4 và ngày 19 tháng 4")."""
    low = max(0, a.start - 16)
    if _FIGURE.search(folded, low, a.start) is None:
        return None  # (a class searched in C first: ``_DAY_AND`` is tried at every position)
    m = _DAY_AND.search(folded, low, a.start)
    if m is None or m.start(2) <= before:
        return None
    joint = m.group(2).strip()
    if joint in g.vocab.lists.get("range_time_words", ()):
        return None  # "kể từ 8 giờ ngày 15 tháng 3": an hour of the day, no first day
    words = g.words
    if joint == "," or (
        joint in words["range_connectors"] and joint not in words["day_range_connectors"]
    ):
        return m
    if joint not in words["day_range_connectors"] and _opened(folded, m.start(1), g):
        return m
    return None


def _opened(folded: str, start: int, g: Grammar) -> bool:
    """Whether a word that opens a span ("с", "from") stands alone right before ``start``."""
    head = folded[max(0, start - 16) : start]
    if not head.endswith(" ") or not head.strip():
        return False
    return head.split()[-1] in g.words["range_prefixes"]
