"""A month name that is also a word, inside a Title Case headline: "Process By Which City
Council Members May Travel to the Sister City" has the verb "may", not the month. In a
language whose data lists ``title_case_month_words`` (English "may", "march"), such a bare
month is not read when the words on both sides of it are capitalised and the word before is
not one that introduces a month (``month_lead_words``: "in", "since", "until", "last" …).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["title_case_word"]

_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)\s+$")
_WORD_AFTER = re.compile(r"\s+([^\W\d_])")


def title_case_word(
    name: str, original: str, where: Sequence[int], start: int, end: int, g: Grammar
) -> bool:
    """Whether the bare month ``name`` at folded ``start``-``end`` is a word of a title."""
    lists = g.vocab.lists
    if name not in lists.get("title_case_month_words", frozenset()):
        return False
    s, e = where[start], where[end - 1] + 1
    before = _WORD_BEFORE.search(original, max(0, s - 40), s)
    after = _WORD_AFTER.match(original, e)
    if before is None or after is None:
        return False
    word = before.group(1)
    return (
        word[0].isupper()
        and after.group(1).isupper()
        and word.lower() not in lists.get("month_lead_words", frozenset())
    )
