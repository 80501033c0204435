"""The two spellings of a nasal before a consonant in Devanagari and Gujarati: the anusvara
("इंदौर", Indore, as Hindi news writes it) or the consonant's own nasal with a virama
("इन्दौर", as GeoNames has it); likewise "चंडीगढ़" / "चण्डीगढ़", "ઇંદોર" / "ઇન્દોર".

:func:`nasal_spellings` gives the other spellings of a key (for a look-up that found
nothing as written), :func:`nasal_prefixes` the prefixes of a window of text that name a
place in the other spelling, each as written in the window (its length in the text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

__all__ = ["nasal_prefixes", "nasal_spellings"]

# per script: anusvara, virama, first consonant (KA); the five rows of stops start at KA,
# CA, TTA, TA and PA, four consonants each, then their nasal
_SCRIPTS = ((0x0902, 0x094D, 0x0915), (0x0A82, 0x0ACD, 0x0A95))
_ROWS = (0, 5, 10, 15, 21)  # offsets from KA of the first stop of each row
_WORDS = re.compile("[^ ]+(?: [^ ]+){0,2}")  # up to three words


@cache
def _tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """stop -> its row's nasal; nasal -> itself; the anusvara and virama characters."""
    nasal_of: dict[str, str] = {}
    nasals: dict[str, str] = {}
    marks: set[str] = set()
    for anusvara, virama, ka in _SCRIPTS:
        marks |= {chr(anusvara), chr(virama)}
        for row in _ROWS:
            nasal = chr(ka + row + 4)
            nasals[nasal] = chr(anusvara)
            for k in range(4):
                nasal_of[chr(ka + row + k)] = nasal
    return nasal_of, nasals, frozenset(marks)


@cache
def _respellable() -> re.Pattern[str]:
    """An anusvara before a stop, or a nasal with its virama (one C-level search)."""
    nasal_of, nasals, _ = _tables()
    stops = "".join(sorted(nasal_of))
    viramas = "".join(chr(v) for _, v, _ in _SCRIPTS)
    return re.compile(f"[\u0902\u0a82][{stops}]|[{''.join(sorted(nasals))}][{viramas}]")


def _virama(char: str) -> str:
    return chr(0x094D) if char < "\u0a80" else chr(0x0ACD)


def _variants(text: str) -> list[tuple[str, list[int]]]:
    """The other spellings of ``text``, each with, for every character, the length of
    ``text`` it covers up to there (-1 inside an expansion, where no prefix may end)."""
    nasal_of, nasals, _ = _tables()
    if _respellable().search(text) is None:
        return []  # no anusvara before a stop, no nasal and virama: one spelling only
    out = []
    # anusvara -> nasal + virama, before a stop
    chars: list[str] = []
    ends: list[int] = []
    changed = False
    for k, ch in enumerate(text):
        nxt = text[k + 1 : k + 2]
        if ch in ("\u0902", "\u0a82") and nxt in nasal_of:
            chars += [nasal_of[nxt], _virama(ch)]
            ends += [-1, k + 1]
            changed = True
        else:
            chars.append(ch)
            ends.append(k + 1)
    if changed:
        out.append(("".join(chars), ends))
    # nasal + virama -> anusvara, before a stop of its row
    chars, ends, changed = [], [], False
    k = 0
    while k < len(text):
        ch, mark, nxt = text[k], text[k + 1 : k + 2], text[k + 2 : k + 3]
        if ch in nasals and mark == _virama(ch) and nasal_of.get(nxt) == ch:
            chars.append(nasals[ch])
            ends.append(k + 2)
            k += 2
            changed = True
            continue
        chars.append(ch)
        ends.append(k + 1)
        k += 1
    if changed:
        out.append(("".join(chars), ends))
    return out


def nasal_spellings(key: str) -> list[str]:
    """The other spellings of ``key`` with its nasals written the other way.

    >>> nasal_spellings("इंदौर")
    ['इन्दौर']
    >>> nasal_spellings("चण्डीगढ")
    ['चंडीगढ']
    >>> nasal_spellings("kobe")
    []
    """
    return [spelled for spelled, _ in _variants(key)]


def nasal_prefixes(window: str, keys: Callable[[str], Iterable[str]]) -> list[str]:
    """The prefixes of ``window`` that name a place when their nasals are written the other
    way, as written in ``window``: ``keys(spelled)`` gives the names that ``spelled`` (the
    window respelled) starts with, each as long as its span in ``spelled``.

    >>> from citydiplo._geo._gazetteer import gazetteer
    >>> nasal_prefixes("इंदौर के महापौर", gazetteer().prefixes)
    ['इंदौर']
    """
    found: set[str] = set()
    words = _WORDS.match(window)  # a name is three words at most: respell no more
    for spelled, ends in _variants(words.group() if words else ""):
        for key in keys(spelled):
            end = ends[len(key) - 1]
            if end > 0:
                found.add(window[:end])
    return sorted(found, key=len)
