"""A month or weekday said of what happens as a rule ("typically held in May", "usually open
on Sundays") is no date: the clause speaks of a habit, not of one May.

A bare month or weekday (no day, no year of its own) after a word of the language's
``habitual_words`` earlier in the same sentence, within a few words, is dropped.

>>> from citydiplo import find_dates, PartialDate
>>> ref = PartialDate("2025-09-10")
>>> find_dates("Elections are typically held in November.", lang="en", ref=ref)
[]
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from citydiplo._text._words import alternation

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["without_habits"]

_REACH = 60  # characters before the month: the same clause, a few words back
_KINDS = frozenset({"m", "wd"})


@functools.lru_cache(maxsize=16)
def _pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    alt = alternation(words)
    return re.compile(rf"(?<!\w){alt}(?!\w)[^.!?;\n]*$") if words else None


def without_habits(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` without bare months and weekdays in a clause about a habit."""
    pattern = _pattern(g.vocab.lists.get("habitual_words", frozenset()))
    if pattern is None:
        return atoms
    return [
        a
        for a in atoms
        if a.kind not in _KINDS or pattern.search(folded, max(0, a.start - _REACH), a.start) is None
    ]
