"""Recurring days are no dates: "every Sunday", "매년 10월 셋째 주 일요일", "每周一", "по
средам" name a day that comes back, not one day, so a weekday or a day alone right after a
word of recurrence (the language's ``recurring_words``) is not read as a date.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from citydiplo._text._words import alternation

__all__ = ["recurring_before"]

_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_REACH = 16  # "매년 10월 셋째 주 일요일": the word may stand a few words before the day


@functools.lru_cache(maxsize=64)
def _pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    alt = alternation(words)
    # a whole word; one ending in CJK or Hangul may run into the next ("매주일요일")
    return re.compile(rf"(?<!\w){alt}(?:(?<=[{_CJK}])|(?!\w))") if alt else None


def recurring_before(folded: str, start: int, lists: Mapping[str, frozenset[str]]) -> bool:
    """Whether a word of recurrence stands shortly before ``start`` in ``folded``."""
    pattern = _pattern(lists.get("recurring_words", frozenset()))
    return pattern is not None and pattern.search(folded, max(0, start - _REACH), start) is not None
