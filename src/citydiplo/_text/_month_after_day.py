"""A day followed by a word for "of the month" ("ב-20 לחודש": on the 20th of this month).

The words are the language's ``month_after_day_words``; the day must carry one of the
language's one-letter prefixes and its hyphen ("ב-20", "ה-20", "עד ה-20", "מה-20"), as a day
of this month does in running text. A bare number before the word is a rate ("500 ש"ח
לחודש": 500 shekels a month, "20 לחודש": twenty a month) and stays unread. So does a day in a
sentence that holds a word of ``recurring_words`` or ``monthly_words`` ("בכל חודש", "מדי"):
the 20th of every month is no one day. The day is read in ``ref``'s month.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from citydiplo._text._lexicon import alternation

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["days_of_the_month"]

_STOPS = ".!?\n"


@functools.lru_cache(maxsize=16)
def _pattern(words: frozenset[str], prefixes: frozenset[str]) -> re.Pattern[str]:
    return re.compile(
        rf"(?<!\S)(?:{alternation(set(prefixes))}|עד ה)-?(?P<d>[12]\d|3[01]|0?[1-9])"
        rf" (?P<w>{alternation(set(words))})(?!\w)"
    )


def _recurring(folded: str, start: int, end: int, g: Grammar) -> bool:
    low = max(folded.rfind(ch, 0, start) for ch in _STOPS) + 1
    highs = [i for ch in _STOPS if (i := folded.find(ch, end)) >= 0]
    sentence = f" {folded[low : min(highs, default=len(folded))]} "
    lists = g.vocab.lists
    words = lists.get("recurring_words", frozenset()) | lists.get("monthly_words", frozenset())
    return any(f" {w} " in sentence or f" {w}-" in sentence for w in sorted(words))


def days_of_the_month(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each prefixed day before a word of ``month_after_day_words`` that no
    atom covers added, as a day of this month."""
    words = g.vocab.lists.get("month_after_day_words")
    if not words or not any(w in folded for w in words):
        return atoms  # (the pattern needs one of the words: without one, no search at all)
    from citydiplo._text._scan import Candidate  # (after the gate: an import costs a call)

    added = []
    for m in _pattern(words, frozenset(g.words["prefixes"])).finditer(folded):
        start, end = m.start("d"), m.end()
        if any(a.start < end and start < a.end for a in atoms):
            continue
        if _recurring(folded, start, end, g):
            continue
        fields = {"d": m.group("d"), "this_month": m.group("w")}
        added.append(Candidate(start, end, "rel_month_d", fields))
    return sorted([*atoms, *added], key=lambda a: a.start) if added else atoms
