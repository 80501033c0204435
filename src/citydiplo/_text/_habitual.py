"""A month or weekday said of what happens as a rule ("typically held in May", "usually open
on Sundays") is no date: the clause speaks of a habit, not of one May.

A bare month or weekday (no day, no year of its own) after a word of the language's
``habitual_words`` earlier in the same sentence, within a few words, is dropped.

>>> from citydiplo import find_dates, PartialDate
>>> ref = PartialDate("2025-09-10")
>>> find_dates("Elections are typically held in November.", lang="en", ref=ref)
[]

A day and month without a year are dropped too when the verb of their clause, after them, is
of the habitual past (the language's ``habitual_past_words``: "इस मेले का आयोजन 23 दिसम्बर
से 27 दिसम्बर तक किया जाता था", the fair used to be held from 23 to 27 December): the text
tells of the days of a custom, not of one year's.

>>> find_dates("मेले का आयोजन 23 दिसम्बर से 27 दिसम्बर तक किया जाता था।", lang="hi", ref=ref)
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

__all__ = ["without_habits", "without_habitual_past"]

_REACH = 60  # characters before the month: the same clause, a few words back
_KINDS = frozenset({"m", "wd"})
_AFTER = 160  # characters after a day: the rest of its clause, up to its verb
_DAYS = frozenset({"dm", "md", "d_only"})


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


@functools.lru_cache(maxsize=16)
def _past_pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    alt = alternation(words)
    return re.compile(rf"[^.!?;\u0964\n]*?(?<!\w){alt}(?!\w)") if words else None


def without_habitual_past(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` without year-less days whose clause ends in a verb of the habitual past."""
    pattern = _past_pattern(g.vocab.lists.get("habitual_past_words", frozenset()))
    if pattern is None:
        return atoms
    return [
        a
        for a in atoms
        if a.kind not in _DAYS or pattern.match(folded, a.end, a.end + _AFTER) is None
    ]
