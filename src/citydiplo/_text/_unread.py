"""A year at the end of a date the scan could not read is no year alone.

"તા.22 -1-2021ના" (22 January 2021, with a space before the dash) and "از 5 تا 7 ماه ثور 1396"
(5 to 7 Sawr 1396, an Afghan month name) state a day and a month; when the scan cannot read
them, the year alone would drop what the text stated. A year is not read alone when right
before it stand a day or month in figures glued to it by a dash or slash ("22 -1-"), or a day
(or two days joined by a range word) and a month noun ("ماه", "חודש", "महीने") followed by one
word the scan did not read as a month (the language's ``month_nouns``), or a month name and
day figures not read as its days ("June 12-35, 2024": :mod:`._unread_days`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._unread_days import unread_days_before

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["unread_date_before"]

_FIGURE_GLUED = re.compile(r"(?<![\d.,])\d{1,2} ?[-/]$")  # "22 -1-", "3/": not "2020-"
_DAY = re.compile(r"\d{1,2}$")
_REACH = 40


def _named(head: str, nouns: frozenset[str]) -> bool:
    """Whether ``head`` ends with a day (or two joined by a short word or a dash), a month
    noun and one word that is no figure: "5 تا 7 ماه ثور "."""
    words = head.split()
    if len(words) < 3 or not head.endswith(" ") or any(ch.isdigit() for ch in words[-1]):
        return False
    if words[-2] not in nouns:
        return False
    day = words[-3]
    if "-" in day:  # "5-7"
        return all(_DAY.match(part) for part in day.split("-"))
    return _DAY.match(day) is not None and day.isdigit()


def unread_date_before(folded: str, start: int, g: Grammar) -> bool:
    """Whether an unread day and month stand right before a year at ``start``."""
    if unread_days_before(folded, start, g):
        return True  # "June 12-35, 2024": days of June that do not exist
    head = folded[max(0, start - _REACH) : start]
    if head[-2:].rstrip()[-1:] in ("-", "/") and _FIGURE_GLUED.search(head):
        return True
    nouns = g.vocab.lists.get("month_nouns", frozenset())
    return bool(nouns) and _named(head, nouns)
