"""Persian compound names written without their space.

Persian writes the words of a compound name with a zero-width non-joiner
("آذربایجان‌غربی", West Azerbaijan; "خراسان‌رضوی") or glued, and match keys drop the
non-joiner: the text's key "اذربایجانغربی" then misses the name's key "اذربایجان غربی".
:func:`glued_prefixes` puts the space back. Only names of countries, subdivisions and cities
of 100,000 or more are read so: glued, the names of small places are ordinary words
("اقدام", action, is "اق دام", Aghdam; "سردرد", headache, a village). A name that runs on
past the glued word over the words after it is read whatever its size: no ordinary word
goes on so ("اسلام‌آباد غرب" is Eslamabad-e Gharb, Kermanshah, of 90,000, never Islamabad,
Pakistan, which its first word alone would name).
"""

from __future__ import annotations

import re
from functools import lru_cache

from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._key_starts import starts_a_key as _starts_a_key

_POPULATION = 100_000
_CHUNK = re.compile("[^ ]+(?: [^ ]+){0,3}")  # a name is a few words at most

__all__ = ["glued_prefixes"]


def _prefixes(text: str) -> set[str]:
    return {*gazetteer().prefixes(text), *extras().prefixes(text)}


def _major(key: str) -> bool:
    """Whether ``key`` names a country, a subdivision or a city of 100,000 or more."""
    if extras().subdivisions(key):
        return True
    gz = gazetteer()
    found = gz.postings(key)
    if found is None:
        return False
    if found.countries or found.subdivisions:
        return True
    return any(gz.population(row) >= _POPULATION for row in (*found.own, *found.alternate))


@lru_cache(maxsize=65536)
def _cuts(word: str) -> tuple[int, ...]:
    """Where a space put back into ``word`` starts a name of several words."""
    return tuple(cut for cut in range(2, len(word) - 1) if _starts_a_key(word[:cut] + " "))


def glued_prefixes(window: str) -> list[tuple[str, int]]:
    """The names of two or more words that the folded ``window`` starts with once a space
    is put back inside its first word, where a name of several words begins with the
    letters before it, as (the name's key, its length in the window).

    >>> glued_prefixes("اذربایجانغربی دیدار کرد")
    [('اذربایجان غربی', 13)]
    >>> glued_prefixes("خراسانرضوی")
    [('خراسان رضوی', 10)]
    >>> glued_prefixes("اذربایجان غربی"), glued_prefixes("اقدام")
    ([], [])
    >>> glued_prefixes("اسلاماباد غرب در استان")
    [('اسلام اباد غرب', 13), ('اسلام اباد', 9)]
    """
    space = window.find(" ")
    if not _cuts(window if space < 0 else window[:space]):
        return []  # (most words: no name of several words begins inside this one)
    chunk = _CHUNK.match(window)
    return [] if chunk is None else list(_glued(chunk.group()))


@lru_cache(maxsize=65536)
def _glued(chunk: str) -> tuple[tuple[str, int], ...]:
    word = chunk.partition(" ")[0]
    found: set[tuple[str, int]] = set()
    for cut in _cuts(word):
        spaced = f"{word[:cut]} {chunk[cut:]}"
        found |= {
            (k, len(k) - 1)
            for k in _prefixes(spaced)
            if len(k) > cut + 1 and (len(k) > len(word) + 2 or _major(k))  # on past the word
        }
    return tuple(sorted(found, key=lambda pair: (-pair[1], pair[0])))
