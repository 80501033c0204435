"""A day and month in figures right after a weekday's name is a date, even where it could be a
fraction: "ביום חמישי 1.2" is Thursday 1 February, not a weekday and "1.2" (a half). Without
the weekday, "1/2" or "3/4" stays a fraction (:func:`._scan._not_a_count`).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["weekday_before"]


@functools.cache
def _names(langs: tuple[str, ...]) -> tuple[str, ...]:
    from citydiplo._text._lexicon import grammar

    # (sorted: no set order; a name glued to a prefix letter counts: "ביום חמישי")
    return tuple(sorted(n for n in grammar(langs).vocab.weekdays if len(n) > 2))


def weekday_before(folded: str, start: int, g: Grammar) -> bool:
    """Whether a weekday's name (and a comma) stands right before ``start``.

    >>> from citydiplo._text._lexicon import grammar
    >>> weekday_before("ביום חמישי 1.2", 11, grammar(("he",)))
    True
    >>> weekday_before("רק 1.2", 3, grammar(("he",)))
    False
    """
    head = folded[max(0, start - 20) : start].rstrip(" ,")
    return head.endswith(_names(g.langs))
