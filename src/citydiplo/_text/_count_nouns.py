"""A number followed by a noun in the genitive plural is a count, not a year: "В акции приняли
участие 2025 волонтёров" (2025 volunteers). Russian puts the noun counted by a number from five
up in the genitive plural, whose endings (``count_noun_endings``: "-ов", "-ев", "-ей") no word
that follows a year takes: a year is followed by its word ("2025 году") or by a new clause.
The list of counters (``counters``) names common nouns; the endings cover the rest.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["counted_noun_follows"]

_WORD = re.compile(r" ?([^\W\d_]{4,})")  # a word of four letters or more right after


def counted_noun_follows(folded: str, end: int, g: Grammar) -> bool:
    """Whether the word after ``end`` ends as the language's counted nouns do.

    >>> from citydiplo._text._lexicon import grammar
    >>> counted_noun_follows("2025 волонтеров", 4, grammar(("ru",)))
    True
    >>> counted_noun_follows("2025 году", 4, grammar(("ru",)))
    False
    """
    endings = g.vocab.lists.get("count_noun_endings")
    if not endings:
        return False
    m = _WORD.match(folded, end)
    return m is not None and m.group(1).endswith(tuple(sorted(endings)))
