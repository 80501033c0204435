"""A day of a month named relative to ``ref`` ("다음달 13일", "अगले महीने की 5 तारीख को", "આવતા
મહિનાની 5 તારીખે"). Where the month phrase is a genitive ("of next month") it may as well
qualify a count that follows ("अगले महीने की 5 बैठकें": next month's five meetings), so in a
language with such a list (``rel_month_day_words``) the day must be followed by its day word.

>>> from citydiplo import PartialDate, parse_date
>>> parse_date("अगले महीने की 5 तारीख को", lang="hi", ref=PartialDate("2025-03-12"))
PartialDate("2025-04-05")
>>> parse_date("આવતા મહિનાની 5 તારીખે", lang="gu", ref=PartialDate("2026-12-02"))
PartialDate("2027-01-05")
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from citydiplo._text._words import starts_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["month_word_needs_day", "rel_month_day_ok"]


def rel_month_day_ok(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """Whether the day after the month phrase at ``m`` names a day, not a count: its day
    word follows it, or ends the match where the day's own suffixes took it in ("આવતા
    મહિનાની 5 તારીખે": the 5th of next month)."""
    words = g.vocab.lists.get("rel_month_day_words")
    if not words:
        return True
    if any(folded.endswith(f" {w}", m.start(), m.end()) for w in words):
        return True
    return starts_with_word(folded[m.end() : m.end() + 16].lstrip(), words) > 0


def month_word_needs_day(fields: dict[str, str], g: Grammar) -> bool:
    """Whether the relative month word of ``fields`` is one the language reads only before
    its day (``month_words_before_day``): "내달 7일" is next month's 7th, but alone "내달" is
    the stem of "내달리다" (to dash off), no month."""
    words = g.vocab.lists.get("month_words_before_day")
    if not words:
        return False
    word = fields.get("next_month") or fields.get("last_month") or fields.get("this_month")
    return word is not None and word in words
