"""A year at the end of a date the scan could not read is no year alone.

"તા.22 -1-2021ના" (22 January 2021, with a space before the dash) and "از 5 تا 7 ماه ثور 1396"
(5 to 7 Sawr 1396, an Afghan month name) state a day and a month; when the scan cannot read
them, the year alone would drop what the text stated. A year is not read alone when right
before it stand a day or month in figures glued to it by a dash or slash ("22 -1-"), or a day
(or two days joined by a range word) and a month noun ("ماه", "חודש", "महीने") followed by one
word the scan did not read as a month (the language's ``month_nouns``).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from citydiplo._text._words import alternation

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["unread_date_before"]

_FIGURE_GLUED = re.compile(r"(?<![\d.,])\d{1,2} ?[-/]$")  # "22 -1-", "3/": not "2020-"
_REACH = 40


@functools.lru_cache(maxsize=64)
def _named(nouns: frozenset[str]) -> re.Pattern[str] | None:
    alt = alternation(nouns)
    # a day, or two joined by a short word or a dash; the month noun; one unread word
    day = r"(?<![\d.,])\d{1,2}"
    return re.compile(rf"{day}(?: ?(?:\S{{1,3}}|-) ?{day})? (?:{alt}) [^\d\s]+ $") if alt else None


def unread_date_before(folded: str, start: int, g: Grammar) -> bool:
    """Whether an unread day and month stand right before a year at ``start``."""
    head = folded[max(0, start - _REACH) : start]
    if _FIGURE_GLUED.search(head):
        return True
    pattern = _named(g.vocab.lists.get("month_nouns", frozenset()))
    return pattern is not None and pattern.search(head) is not None
