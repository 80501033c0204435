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

import re
from collections.abc import Callable
from functools import cache, lru_cache

from citydiplo._geo._brahmic import parallel_key, spellings
from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer

__all__ = ["nasal_forms", "oblique_prefixes", "variant_prefixes"]

_BASES = {0x0900: "DEVANAGARI", 0x0A80: "GUJARATI"}
_ROWS = (0x15, 0x1A, 0x1F, 0x24, 0x2A)  # first letter of each row of five stops
_ANUSVARA, _VIRAMA = 0x02, 0x4D  # offsets in either block
_GUJARATI_AA, _GUJARATI_O = "\u0abe", "\u0acb"


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


_ANUSVARA_STOP, _LETTER_STOP = _patterns()
_CHUNK = re.compile("[^ ]+(?: [^ ]+){0,2}")  # up to three words


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
    (see :func:`_spelled`); ``None`` when nothing changes."""
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
    >>> nasal_forms("इन्दौर")
    ('इंदौर',)
    >>> nasal_forms("संसद")
    ()
    """
    return tuple(spelled for spelled, _ in _spelled(key))


def _prefixes(text: str) -> set[str]:
    return {*gazetteer().prefixes(text), *extras().prefixes(text)}


@lru_cache(maxsize=65536)
def _begins_a_name(prefix: str) -> bool:
    return bool(gazetteer().keys_with_prefix(prefix, limit=1))


def _known(key: str) -> bool:
    """Whether ``key``, or its letter-for-letter form in the other script, or their "kyo"
    spellings, is a name."""
    parallel = parallel_key(key)
    forms = [key, *spellings(key)]
    if parallel is not None:
        forms += [parallel, *spellings(parallel)]
    return any(gazetteer().postings(f) is not None or f in extras() for f in forms)


@cache
def _oblique(postpositions: frozenset[str]) -> re.Pattern[str]:
    """A first word ending in "-ા" and one of ``postpositions`` (one C-level match)."""
    tails = "|".join(re.escape(p) for p in sorted(postpositions, key=lambda p: (-len(p), p)))
    return re.compile(f"[^ ]*{_GUJARATI_AA}(?:{tails})(?: |$)")


def oblique_prefixes(window: str, postpositions: frozenset[str]) -> list[tuple[str, int]]:
    """Names in "-ો" written in their oblique form with a glued postposition at the start of
    the Gujarati ``window``, written before one of ``postpositions``, as (the name, its length
    in the window).

    >>> oblique_prefixes("ટોકિયામાં", frozenset({"માં"}))
    [('ટોકિયો', 6)]
    """
    word = window.partition(" ")[0]
    found = []
    p = word.find(_GUJARATI_AA)
    while p > 0:
        if word[p + 1 :] in postpositions:
            name = word[:p] + _GUJARATI_O
            if _known(name):
                found.append((name, p + 1))
        p = word.find(_GUJARATI_AA, p + 1)
    return found


_GUJARATI_RUN = re.compile("[ \u0a80-\u0aff]+")


@cache
def _to_devanagari() -> dict[int, str]:
    """Gujarati characters -> their Devanagari counterparts (by :func:`parallel_key`)."""
    table = {}
    for code in range(0x0A80, 0x0B00):
        other = parallel_key(chr(code))
        if other is not None:
            table[code] = other
    return table


def _in_devanagari(chunk: str) -> str | None:
    """The Gujarati run at the start of ``chunk`` written in Devanagari (one C-level match
    and translation), or ``None`` when it is no Gujarati or holds a letter Devanagari lacks."""
    run = _GUJARATI_RUN.match(chunk)
    if run is None or not run.group().strip():
        return None
    other = run.group().rstrip().translate(_to_devanagari())
    return None if _GUJARATI_RUN.search(other.replace(" ", "")) else other


def variant_prefixes(window: str, postpositions: frozenset[str]) -> list[tuple[str, int]]:
    """The names at the start of ``window`` (Devanagari or Gujarati) found in another nasal
    spelling or in the oblique form before one of ``postpositions``, as (the name's key, its
    length in the window)."""
    words = _CHUNK.match(window)  # a name is a few words at most
    chunk = words.group() if words else ""
    found: dict[str, int] = {}
    marks = [m.start() for m in (_ANUSVARA_STOP.search(chunk), _LETTER_STOP.search(chunk)) if m]
    if marks:  # C-level searches, then a loop
        # a Gujarati name GeoNames has only in Devanagari, in the other nasal spelling
        parallel = _in_devanagari(chunk)
        for written in (chunk, parallel):
            if written is None or not _begins_a_name(written[: min(marks)]):
                continue  # no name starts with the letters before the first nasal
            for spelled, back in _spelled(written):
                for key in _prefixes(spelled):
                    found.setdefault(key, back[len(key)])
    if _GUJARATI_AA in chunk and _oblique(postpositions).match(chunk):
        for name, size in oblique_prefixes(chunk, postpositions):
            found.setdefault(name, size)
    return sorted(found.items(), key=lambda pair: (pair[1], pair[0])) if found else []
