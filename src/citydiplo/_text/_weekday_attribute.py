"""A weekday that qualifies a noun of schedules ("Saturday frequency will be reduced",
"Sunday service", "weekday hours") names a weekly pattern, not one day: no date. The
nouns are the language's ``schedule_nouns_after_weekday`` (data); a weekday with a day
("Saturday, May 7") or a word of its own ("last Saturday") is another reading. Weekdays
listed before the noun qualify it each ("火曜日・金曜日地区": the Tuesday and Friday zones).

>>> from citydiplo import find_dates, PartialDate
>>> find_dates("Saturday frequency will be reduced.", lang="en", ref=PartialDate("2021-11-02"))
[]
>>> find_dates("可燃ごみ火曜日・金曜日地区の方", lang="ja", ref=PartialDate("2025-12-20"))
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

_LIST_MARKS = frozenset({"・", "、", "/", "·"})  # weekdays listed before one noun


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
    out: list[Candidate] = []
    dropped = -1  # where the last weekday dropped starts
    for a in reversed(atoms):
        if a.kind == "wd" and (
            pattern.match(folded, a.end) is not None
            or (dropped > a.end and folded[a.end : dropped] in _LIST_MARKS)
        ):  # "火曜日・金曜日地区": each weekday of the list qualifies the noun
            dropped = a.start
            continue
        out.append(a)
    return out[::-1]
