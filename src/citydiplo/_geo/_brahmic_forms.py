"""Other spellings of a Devanagari or Gujarati name: the nasal before a stop, and the
Gujarati oblique form of a name in "-o".

* **Anusvara or nasal letter.** Before a stop consonant, Hindi and Gujarati write the nasal
  either as the anusvara or as the stop's own nasal letter with a virama: "इंदौर" and
  "इन्दौर" (Indore), "ગાંધીનગર" and "ગાન્ધીનગર" (the Central Hindi Directorate's standard
  spelling, 2016, prefers the anusvara; GeoNames holds either). The nasal of each stop is
  the fifth letter of its row (क ख ग घ ङ, च छ ज झ ञ, ट ठ ड ढ ण, त थ द ध न, प फ ब भ म),
  read from the Unicode blocks' order, which both scripts share. Before other letters
  ("संसद", "हंस") the anusvara has no letter form.
* **Gujarati oblique form.** A Gujarati noun in "-ો" takes "-ા" before a postposition
  written on it: "ટોકિયો" (Tokyo), "ટોકિયામાં" (in Tokyo). A name in "-ો" is read in that
  form only with a postposition glued after the "-ા" (the caller checks it is one).

Each spelling is given with, for each of its prefix lengths, the length of the text it
stands for, so that a name found in a spelling keeps its span in the text.
"""

from __future__ import annotations

from functools import cache

from citydiplo._geo._brahmic import parallel_key, spellings
from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer

__all__ = ["nasal_forms", "oblique_prefixes", "variant_prefixes"]

_BASES = {0x0900: "DEVANAGARI", 0x0A80: "GUJARATI"}
_ROWS = (0x15, 0x1A, 0x1F, 0x24, 0x2A)  # first letter of each row of five stops
_ANUSVARA, _VIRAMA = 0x02, 0x4D  # offsets in either block
_GUJARATI_AA, _GUJARATI_O = "\u0abe", "\u0acb"


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


def _spelled(key: str) -> list[tuple[str, tuple[int, ...]]]:
    """The nasal spellings of ``key``, each with ``back``: ``back[p]`` is the length of
    ``key`` that the first ``p`` characters of the spelling stand for."""
    to_letter, to_anusvara = [], []
    back_letter, back_anusvara = [0], [0]
    changed_letter = changed_anusvara = False
    k = 0
    while k < len(key):
        char = key[k]
        base = _block(char)
        following = key[k + 1] if k + 1 < len(key) else ""
        nasal = _nasal_of(following) if following else None
        if base is not None and ord(char) == base + _ANUSVARA and nasal is not None:
            to_letter += [nasal, chr(base + _VIRAMA)]
            back_letter += [k + 1, k + 1]
            changed_letter = True
        else:
            to_letter.append(char)
            back_letter.append(k + 1)
        pair = key[k + 1 : k + 3]
        if (
            base is not None
            and len(pair) == 2
            and ord(pair[0]) == base + _VIRAMA
            and _nasal_of(pair[1]) == char
        ):
            to_anusvara.append(chr(base + _ANUSVARA))
            back_anusvara.append(k + 2)
            changed_anusvara = True
            k += 2
            continue
        to_anusvara.append(char)
        back_anusvara.append(k + 1)
        k += 1
    found = []
    if changed_letter:
        found.append(("".join(to_letter), tuple(back_letter)))
    if changed_anusvara:
        found.append(("".join(to_anusvara), tuple(back_anusvara)))
    return found


@cache
def nasal_forms(key: str) -> tuple[str, ...]:
    """The other nasal spellings of a whole name.

    >>> nasal_forms("इंदौर")
    ('इन्दौर',)
    >>> nasal_forms("इन्दौर")
    ('इंदौर',)
    >>> nasal_forms("संसद")
    ()
    """
    return tuple(spelled for spelled, _ in _spelled(key))


def _prefixes(text: str) -> set[str]:
    return {*gazetteer().prefixes(text), *extras().prefixes(text)}


def _known(key: str) -> bool:
    """Whether ``key``, or its letter-for-letter form in the other script, or their "kyo"
    spellings, is a name."""
    parallel = parallel_key(key)
    forms = [key, *spellings(key)]
    if parallel is not None:
        forms += [parallel, *spellings(parallel)]
    return any(gazetteer().postings(f) is not None or f in extras() for f in forms)


def oblique_prefixes(window: str) -> list[tuple[str, int]]:
    """Names in "-ો" written in their oblique form with a glued postposition at the start of
    the Gujarati ``window``, as (the name, its length in the window).

    >>> oblique_prefixes("ટોકિયામાં")
    [('ટોકિયો', 6)]
    """
    found = []
    for p, char in enumerate(window):
        if char == " ":
            break
        if char == _GUJARATI_AA and p + 1 < len(window) and window[p + 1] != " ":
            name = window[:p] + _GUJARATI_O
            if _known(name):
                found.append((name, p + 1))
    return found


def variant_prefixes(window: str) -> list[tuple[str, int]]:
    """The names at the start of ``window`` (Devanagari or Gujarati) found in another nasal
    spelling or in the oblique form, as (the name's key, its length in the window)."""
    found: dict[str, int] = {}
    for spelled, back in _spelled(window):
        for key in _prefixes(spelled):
            found.setdefault(key, back[len(key)])
    base = _block(window[:1]) if window else None
    run = 0
    while run < len(window) and (window[run] == " " or _block(window[run]) == base):
        run += 1
    parallel = parallel_key(window[:run].rstrip()) if base is not None else None
    if parallel is not None:
        for spelled, back in _spelled(parallel):
            for key in _prefixes(spelled):
                found.setdefault(key, back[len(key)])
    for name, size in oblique_prefixes(window):
        found.setdefault(name, size)
    return sorted(found.items(), key=lambda pair: (pair[1], pair[0]))
