"""A weekday name standing as one item of a list of other words is a name, not a day:
"شهرهای کربلا، دوشنبه، اردکان، قزوین" lists Dushanbe among cities. A bare weekday with a list
comma right before and right after it, whose neighbours in the list are not weekdays, is not
read ("Monday, Wednesday and Friday" lists weekdays, and is read).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["listed_among_words"]

_COMMAS = ",،、"


def listed_among_words(folded: str, start: int, end: int, g: Grammar) -> bool:
    """Whether the weekday at ``start``-``end`` is an item between list commas among words
    that are not weekdays. A weekday after its preposition ("в четверг") is no bare name."""
    first = folded[start:end].split(" ", 1)[0]
    if first in g.vocab.lists.get("weekday_prepositions", frozenset()):
        return False
    head = folded[max(0, start - 40) : start].rstrip()
    tail = folded[end : end + 40].lstrip()
    if not head or not tail or head[-1] not in _COMMAS or tail[0] not in _COMMAS:
        return False
    before, after = head[:-1].rstrip(), tail[1:].lstrip()
    if not before or not after:
        return False
    days = g.vocab.weekdays  # "thứ hai, thứ tư": a neighbour that is a weekday, any script
    return not any(before.endswith(d) or after.startswith(d) for d in days)
