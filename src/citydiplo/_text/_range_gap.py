"""The words between the two ends of a span, less what says no date: a time of day and an
aside in brackets. "từ ngày 22-1-2022 đến 12 giờ ngày 31-1-2022" (from 22 January to noon on
31 January) and "từ ngày 12/01/2022 (tức ngày 10 tháng 12 Âm lịch) đến 20 giờ ngày
31/01/2022" (the bracket gives the lunar date, which is not read) join their ends by "đến
ngày" once the hour and the bracket are set aside. An aside never holds a date read: the scan
found no candidate between the two ends. The time forms are the language's
``range_time_words`` after one or two figures ("12 giờ", "20 giờ 30 phút"), or figures with a
colon ("12:00").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from citydiplo._text._words import alternation

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["gap_without_time"]

_ASIDE = re.compile(r"\([^()]{0,60}\)")
_CLOCK = re.compile(r"(?<![\d.])\d{1,2}[:h]\d{2}(?![\d.])")


@functools.lru_cache(maxsize=64)
def _hours(words: frozenset[str]) -> re.Pattern[str] | None:
    alt = alternation(words)
    return re.compile(rf"(?<![\d.])\d{{1,2}} ?(?:{alt})(?!\w)") if alt else None


def gap_without_time(gap: str, g: Grammar) -> str:
    """``gap`` without asides in brackets and times of day, its spaces made single."""
    if "(" not in gap and not any(ch.isdigit() for ch in gap):
        return gap
    out = _CLOCK.sub(" ", _ASIDE.sub(" ", gap))
    hours = _hours(g.vocab.lists.get("range_time_words", frozenset()))
    if hours is not None:
        out = hours.sub(" ", out)
    return " ".join(out.split())
