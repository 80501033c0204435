"""A count that ends a list of counts is no date: "local news reports from 100, 50 and 15 years
ago" name three years, not 15 years ago; "3, 5년 전", "2、3天前", "1 or 2 days ago" give no
one date either. A counted span ("N years ago") whose count follows another figure and a list
comma, the language's "and" (``and_words``) or "or" (``alternative_words``) is not read; one
reading of such a list would be a silent guess.

>>> from citydiplo import find_dates, PartialDate
>>> find_dates("reports from 100, 50 and 15 years ago", lang="en", ref=PartialDate("2023-08-19"))
[]
>>> [str(m.value) for m in find_dates("15 years ago", lang="en", ref=PartialDate("2023-08-19"))]
['2008']
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from citydiplo._text._words import alternation

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["listed_count"]

_REACH = 24  # the figure and the word or comma of the list before the count


@functools.lru_cache(maxsize=32)
def _pattern(words: frozenset[str]) -> re.Pattern[str]:
    joins = alternation(words)
    joined = rf"|(?<!\w)(?:{joins})" if joins else ""
    return re.compile(rf"(?<![\d.,])\d{{1,3}} ?(?:[,、，]{joined}) ?$")


def listed_count(folded: str, start: int, g: Grammar) -> bool:
    """Whether the count starting at ``start`` follows a count (one to three figures, not a
    month's day nor a year: "on 5 March 2020 and 3 days later", "May 5 and 3 days later" count
    from a date) and a list comma, "and" or "or": the last item of a list of counts."""
    lists = g.vocab.lists
    words = frozenset(lists.get("and_words", ())) | frozenset(lists.get("alternative_words", ()))
    head = folded[max(0, start - _REACH) : start]
    m = _pattern(words).search(head)
    if m is None:
        return False
    before = head[: m.start()].rstrip().rsplit(" ", 1)[-1].rstrip(".")
    return before not in g.months  # "may 5 and 3 days later": a day, then a count from it
