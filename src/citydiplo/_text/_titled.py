"""A weekday's name inside a title or a noun is no date: "امام جمعه" (the Friday prayer
leader), "نماز جمعه" (the Friday prayer), "خطیب جمعه". A word of the language's
``weekday_title_nouns`` (data) right before the weekday makes it part of that noun.

>>> from citydiplo import PartialDate, find_dates
>>> find_dates("با حضور امام جمعه و فرماندار", lang="fa", ref=PartialDate("2021-02-09"))
[]
>>> [str(m.value) for m in find_dates("روز جمعه", lang="fa", ref=PartialDate("2021-02-09"))]
['2021-02-05']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._words import ends_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["titled_weekday"]


def titled_weekday(folded: str, start: int, g: Grammar) -> bool:
    """Whether a word of ``weekday_title_nouns`` stands right before ``start``."""
    nouns = g.vocab.lists.get("weekday_title_nouns")
    if not nouns:
        return False
    return ends_with_word(folded[max(0, start - 16) : start].rstrip(), nouns) > 0
