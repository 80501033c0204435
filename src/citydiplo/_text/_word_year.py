"""A day and month followed by a year written in words, which is not read: "первого
сентября две тысячи двадцать четвёртого года" (the first of September, two thousand twenty-
fourth year). The text states the year; taking ``ref``'s year, or none, for the day and month
would give a coarser or another date than the text states, so they are no mention. The words
that open a year written in words are data (``year_in_words_heads``: "две тысячи", "दो हज़ार",
"אלפיים"...).

>>> from citydiplo import find_dates
>>> find_dates("первого сентября две тысячи двадцать четвёртого года", lang="ru")
[]
>>> [str(m.value) for m in find_dates("первого сентября 2024 года", lang="ru")]
['2024-09-01']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._words import starts_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["year_in_words_after", "year_in_words_within"]


def year_in_words_after(folded: str, end: int, g: Grammar) -> bool:
    """Whether a year written in words follows ``end`` of ``folded`` (after a space or a
    comma)."""
    heads = g.vocab.lists.get("year_in_words_heads")
    if not heads:
        return False
    tail = folded[end : end + 40].lstrip(" ,")
    return starts_with_word(tail, heads) > 0


def year_in_words_within(folded: str, start: int, end: int, g: Grammar) -> bool:
    """Whether a year written in words starts at a word of ``folded[start:end]`` after its
    first, or right after ``end``: "अप्रैल दो हज़ार दस" is no "April 2" ("दो", two, opens the
    year 2010), "сентября две тысячи..." no September of ``ref``'s year."""
    if not g.vocab.lists.get("year_in_words_heads"):
        return False
    at = folded.find(" ", start, end)
    while at >= 0:
        if year_in_words_after(folded, at, g):
            return True
        at = folded.find(" ", at + 1, end)
    return year_in_words_after(folded, end, g)
