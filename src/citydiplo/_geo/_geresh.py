"""Hebrew names written with or without a geresh.

Hebrew marks the sounds it lacks with a geresh after a letter: ג׳ (j), ז׳ (zh), צ׳ (ch).
Writers type it as the geresh (U+05F3) or an apostrophe, or leave it out, and GeoNames'
Hebrew names do all three: "נאנגינג" (Nanjing) has none where a text writes "נאנג'ינג".
Match keys turn the apostrophe into a space and keep the geresh, and the running text's
fold turns both into a space, so :func:`geresh_prefixes` tries the other spellings of each
such letter at the start of a text: the mark left out, written as a space, or as the geresh
("אזרבייג׳ן", Azerbaijan, as CLDR writes it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._key_starts import starts_a_key as _starts_a_key

__all__ = ["geresh_prefixes"]

_GERESH = "\u05f3"
# a letter that takes a geresh, the mark (or the space an apostrophe became), a letter
_MARKED = re.compile(f"(?<=[גזצץתחע])[ {_GERESH}](?=[\u05d0-\u05ea])")
_CHUNK = re.compile("[^ ]+(?: [^ ]+){0,2}")
_MAX_MARKS = 2


def _prefixes(text: str) -> set[str]:
    return {*gazetteer().prefixes(text), *extras().prefixes(text)}


def geresh_prefixes(window: str) -> list[tuple[str, int]]:
    """The names the start of the folded Hebrew ``window`` spells with a geresh written
    otherwise, as (the name's key, its length in the window).

    >>> geresh_prefixes("נאנג ינג שבסין")
    [('נאנגינג', 8)]
    >>> geresh_prefixes("נאנג\u05f3ינג")
    [('נאנגינג', 8)]
    >>> geresh_prefixes("אזרביג ן")
    [('אזרביג\u05f3ן', 8)]
    """
    chunk = _CHUNK.match(window)
    if chunk is None:
        return []
    first = _MARKED.search(chunk.group())
    if first is None or not _starts_a_key(chunk.group()[: first.start()]):
        return []  # (most words: a name read here runs through a mark, spelled as written up to it)
    return list(_respelled(chunk.group()))


@lru_cache(maxsize=65536)
def _respelled(chunk: str) -> tuple[tuple[str, int], ...]:
    marks = [m.start() for m in _MARKED.finditer(chunk)][:_MAX_MARKS]
    if not marks:
        return ()
    found: dict[str, int] = {}
    # None: as written; the geresh itself where the running text's fold made it a space
    for choice in product(("", " ", _GERESH, None), repeat=len(marks)):
        if all(c is None for c in choice):
            continue
        spelled, ends = [], [0]  # ends[k]: the length of chunk the first k letters stand for
        last = 0
        for at, c in zip(marks, choice, strict=True):
            spelled.append(chunk[last:at])
            ends.extend(range(last + 1, at + 1))
            written = chunk[at] if c is None else c
            spelled.append(written)
            ends.extend([at + 1] * len(written))
            last = at + 1
        spelled.append(chunk[last:])
        ends.extend(range(last + 1, len(chunk) + 1))
        for key in _prefixes("".join(spelled)):
            if len(key) > marks[0]:  # the name runs through a respelled mark
                found.setdefault(key, ends[len(key)])
    return tuple(sorted(found.items(), key=lambda pair: (pair[1], pair[0])))
