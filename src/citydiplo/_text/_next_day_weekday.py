"""A weekday that names the next day of a span ("12月22日(星期三)晚23:00至次日(星期四)早8:00":
from 11 p.m. on the 22nd to 8 a.m. the next day, a Thursday).

The weekday after a word for the next day (the language's ``next_day_words``), alone or in
brackets, is that day's: read apart, it would be the Thursday before ``ref``, a silently wrong
mention beside the span. It is dropped (the span names the day).

>>> from citydiplo import PartialDate, find_dates
>>> text = "12月22日(星期三)晚23:00至次日(星期四)早8:00"
>>> [str(m.value) for m in find_dates(text, lang="zh", ref=PartialDate("2021-12-20"))]
['2021-12-22/2021-12-23']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["without_next_day_weekdays"]

_WORDS: dict[tuple[str, ...], tuple[str, ...]] = {}


def without_next_day_weekdays(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` without the weekdays right after a word for the next day."""
    words = _WORDS.get(g.langs)
    if words is None:  # (sorted: the same answer in every process)
        words = _WORDS[g.langs] = tuple(sorted(g.vocab.lists.get("next_day_words", ())))
    if not words:
        return atoms
    return [
        a
        for a in atoms
        if a.kind != "wd"
        or not folded[max(0, a.start - 12) : a.start].rstrip(" (（").endswith(words)
    ]
