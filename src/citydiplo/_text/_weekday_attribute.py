"""A weekday that qualifies a noun of schedules ("Saturday frequency will be reduced",
"Sunday service", "weekday hours") names a weekly pattern, not one day: no date. The
nouns are the language's ``schedule_nouns_after_weekday`` (data); a weekday with a day
("Saturday, May 7") or a word of its own ("last Saturday") is another reading.

>>> from citydiplo import find_dates, PartialDate
>>> find_dates("Saturday frequency will be reduced.", lang="en", ref=PartialDate("2021-11-02"))
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

__all__ = ["without_weekday_attributes"]


@functools.lru_cache(maxsize=16)
def _pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    alt = alternation(words)
    # a noun in kana or Han may run into the next word ("土曜ダイヤで運行")
    return re.compile(rf"(?:'s)? ?(?:{alt})(?:(?<=[\u3040-\u9fff])|(?!\w))") if alt else None


def without_weekday_attributes(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` without bare weekdays right before a noun of schedules."""
    pattern = _pattern(g.vocab.lists.get("schedule_nouns_after_weekday", frozenset()))
    if pattern is None:
        return atoms
    return [a for a in atoms if a.kind != "wd" or pattern.match(folded, a.end) is None]
