"""The two spellings of a nasal before a stop in Devanagari and Gujarati: the anusvara
("इंदौर", Indore, as Hindi news writes it) or the stop's own nasal letter with a virama
("इन्दौर", as GeoNames has it); likewise "चंडीगढ़" / "चण्डीगढ़", "ઇંદોર" / "ઇન્દોર",
"ગાંધીનગર" / "ગાન્ધીનગર". The Central Hindi Directorate's standard spelling (2016) prefers
the anusvara; GeoNames holds either. The nasal of each stop is the fifth letter of its row
(क ख ग घ ङ, च छ ज झ ञ, ट ठ ड ढ ण, त थ द ध न, प फ ब भ म), read from the Unicode blocks'
order, which both scripts share. Before other letters ("संसद", "हंस") the anusvara has no
letter form.

:func:`nasal_forms` gives the other spellings of a key (for a look-up that found nothing as
written), :func:`nasal_prefixes` the prefixes of a window of text that name a place in the
other spelling, each as written in the window; :func:`nasal_spelled` gives each spelling
with the length of the text each of its prefixes stands for, for callers that look names up
themselves (``_brahmic_forms.variant_prefixes``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

__all__ = ["NASAL_MARKS", "nasal_forms", "nasal_prefixes", "nasal_spelled"]

_BASES = {0x0900: "DEVANAGARI", 0x0A80: "GUJARATI"}
_ROWS = (0x15, 0x1A, 0x1F, 0x24, 0x2A)  # first letter of each row of five stops
_ANUSVARA, _VIRAMA = 0x02, 0x4D  # offsets in either block
_WORDS = re.compile("[^ ]+(?: [^ ]+){0,2}")  # up to three words


def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An anusvara before a stop; a nasal letter and virama before a stop (of any row: the
    writer checks the row)."""
    anusvaras, letters = [], []
    for base in _BASES:
        stops = "".join(chr(base + row + k) for row in _ROWS for k in range(4))
        nasals = "".join(chr(base + row + 4) for row in _ROWS)
        anusvara, virama = chr(base + _ANUSVARA), chr(base + _VIRAMA)
        anusvaras.append(f"{anusvara}(?=[{stops}])")
        letters.append(f"[{nasals}]{virama}(?=[{stops}])")
    return re.compile("|".join(anusvaras)), re.compile("|".join(letters))


# where a name may be respelled: an anusvara before a stop, a nasal letter and virama
# before a stop (C-level searches; callers test these before any loop)
NASAL_MARKS = _patterns()
_ANUSVARA_STOP, _LETTER_STOP = NASAL_MARKS


def _block(char: str) -> int | None:
    code = ord(char)
    for base in _BASES:
        if base <= code < base + 0x80:
            return base
    return None


def _nasal_of(char: str) -> str | None:
    """The nasal letter of the row of stop ``char``, or ``None`` for another letter."""
    base = _block(char)
    if base is None:
        return None
    offset = ord(char) - base
    for row in _ROWS:
        if row <= offset < row + 4:
            return chr(base + row + 4)
    return None


def nasal_spelled(key: str) -> list[tuple[str, tuple[int, ...]]]:
    """The nasal spellings of ``key``, each with ``back``: ``back[p]`` is the length of
    ``key`` that the first ``p`` characters of the spelling stand for.

    >>> nasal_spelled("इंदौर")
    [('इन्दौर', (0, 1, 2, 2, 3, 4, 5))]
    """
    found = []
    for pattern, write in ((_ANUSVARA_STOP, _as_letter), (_LETTER_STOP, _as_anusvara)):
        rewritten = _rewrite(key, pattern, write)
        if rewritten is not None:
            found.append(rewritten)
    return found


def _as_letter(key: str, match: re.Match[str]) -> str | None:
    nasal = _nasal_of(key[match.end()])
    return None if nasal is None else nasal + chr(ord(match.group()) - _ANUSVARA + _VIRAMA)


def _as_anusvara(key: str, match: re.Match[str]) -> str | None:
    letter, virama = match.group()[0], match.group()[1]
    if _nasal_of(key[match.end()]) != letter:
        return None  # "इम्द": म is not the nasal of द's row
    return chr(ord(virama) - _VIRAMA + _ANUSVARA)


def _rewrite(
    key: str,
    pattern: re.Pattern[str],
    write: Callable[[str, re.Match[str]], str | None],
) -> tuple[str, tuple[int, ...]] | None:
    """``key`` with each match of ``pattern`` written as ``write`` says, and its ``back``
    (see :func:`nasal_spelled`); ``None`` when nothing changes."""
    pieces: list[str] = []
    back = [0]
    last = 0
    for match in pattern.finditer(key):
        replacement = write(key, match)
        if replacement is None:
            continue
        start, end = match.span()
        pieces.append(key[last:start])
        back.extend(range(last + 1, start + 1))
        pieces.append(replacement)
        back.extend([end] * len(replacement))
        last = end
    if not pieces:
        return None
    pieces.append(key[last:])
    back.extend(range(last + 1, len(key) + 1))
    return "".join(pieces), tuple(back)


@cache
def nasal_forms(key: str) -> tuple[str, ...]:
    """The other nasal spellings of a whole name.

    >>> nasal_forms("इंदौर")
    ('इन्दौर',)
    >>> nasal_forms("चण्डीगढ")
    ('चंडीगढ',)
    >>> nasal_forms("संसद")
    ()
    >>> nasal_forms("kobe")
    ()
    """
    return tuple(spelled for spelled, _ in nasal_spelled(key))


def nasal_prefixes(window: str, keys: Callable[[str], Iterable[str]]) -> list[str]:
    """The prefixes of ``window`` that name a place when their nasals are written the other
    way, as written in ``window``: ``keys(spelled)`` gives the names that ``spelled`` (the
    window respelled) starts with, each as long as its span in ``spelled``. A name ending
    between a nasal letter and its virama ends inside one written letter: none.

    >>> from citydiplo._geo._gazetteer import gazetteer
    >>> nasal_prefixes("इंदौर के महापौर", gazetteer().prefixes)
    ['इंदौर']
    """
    words = _WORDS.match(window)  # a name is three words at most: respell no more
    chunk = words.group() if words else ""
    if _ANUSVARA_STOP.search(chunk) is None and _LETTER_STOP.search(chunk) is None:
        return []  # no anusvara before a stop, no nasal and virama: one spelling only
    found: set[str] = set()
    for spelled, back in nasal_spelled(chunk):
        for key in keys(spelled):
            end = len(key)
            if end < len(spelled) and back[end] == back[end + 1]:
                continue  # inside the two letters written for one anusvara
            if back[end] > 0:
                found.add(window[: back[end]])
    return sorted(found, key=len)
