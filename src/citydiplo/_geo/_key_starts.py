"""Whether some key of the gazetteer or of the extra names starts with a prefix, kept per
prefix.

The respelling readers (:mod:`._matres`, :mod:`._geresh`, :mod:`._vowel_length`,
:mod:`._glued`) walk a word letter by letter along the keys, asking at each letter whether
any key starts with the spelling so far. The same prefixes recur from word to word ("ה",
"הא", "הו"...), and each question is a trie walk of some microseconds, so the answer is kept
per prefix: the gazetteer and the extra names are loaded once per process and never change,
so the kept answer is the one the tries give.
"""

from __future__ import annotations

from functools import lru_cache

from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer

__all__ = ["starts_a_key"]


@lru_cache(maxsize=1 << 17)
def starts_a_key(prefix: str) -> bool:
    """Whether some key of the gazetteer or of the extra names starts with ``prefix``.

    >>> starts_a_key("סן דיג"), starts_a_key("qqqzx")
    (True, False)
    """
    return bool(gazetteer().keys_with_prefix(prefix, limit=1)) or extras().starts_a_key(prefix)
