"""A day of a month named relative to ``ref`` ("다음달 13일", "अगले महीने की 5 तारीख को", "આવતા
મહિનાની 5 તારીખે"). Where the month phrase is a genitive ("of next month") it may as well
qualify a count that follows ("अगले महीने की 5 बैठकें": next month's five meetings), so in a
language with such a list (``rel_month_day_words``) the day must be followed by its day word.

>>> from citydiplo import PartialDate, parse_date
>>> parse_date("अगले महीने की 5 तारीख को", lang="hi", ref=PartialDate("2025-03-12"))
PartialDate("2025-04-05")
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from citydiplo._text._words import starts_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["rel_month_day_ok"]


def rel_month_day_ok(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """Whether the day after the month phrase at ``m`` names a day, not a count."""
    words = g.vocab.lists.get("rel_month_day_words")
    if not words:
        return True
    return starts_with_word(folded[m.end() : m.end() + 16].lstrip(), words) > 0
