"""Other spellings of a Devanagari or Gujarati name: the nasal before a stop, the
candrabindu written for the anusvara, and the Gujarati oblique form of a name in "-o".

* **Anusvara or nasal letter** ("इंदौर" / "इन्दौर"): the respelling is
  :mod:`citydiplo._geo._anusvara`'s; here it is looked up, in Gujarati also through the
  Devanagari letters of the same name.
* **Candrabindu or anusvara** ("गाँधीनगर" / "गांधीनगर", and so "गान्धीनगर"): a nasal
  vowel is written with either mark; one letter stands for the other.
* **Gujarati oblique form.** A Gujarati noun in "-ો" takes "-ા" before a postposition
  written on it: "ટોકિયો" (Tokyo), "ટોકિયામાં" (in Tokyo). A name in "-ો" is read in that
  form only with a postposition glued after the "-ા" (the caller checks it is one).

Each spelling is given with, for each of its prefix lengths, the length of the text it
stands for, so that a name found in a spelling keeps its span in the text.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from citydiplo._geo._anusvara import NASAL_MARKS, nasal_spelled
from citydiplo._geo._brahmic import parallel_key, parallel_prefixes, spellings
from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer

__all__ = ["oblique_prefixes", "variant_prefixes"]

_GUJARATI_AA, _GUJARATI_O = "\u0abe", "\u0acb"
_CHUNK = re.compile("[^ ]+(?: [^ ]+){0,2}")  # up to three words
_ANUSVARA_STOP, _LETTER_STOP = NASAL_MARKS
# the candrabindu (a nasal vowel), which Hindi and Gujarati spelling also writes as the
# anusvara ("गाँधी" / "गांधी", "ગાઁધી" / "ગાંધી")
_CHANDRABINDU = re.compile("[\u0901\u0a81]")
_AS_ANUSVARA = str.maketrans({"\u0901": "\u0902", "\u0a81": "\u0a82"})


def _prefixes(text: str) -> set[str]:
    return {*gazetteer().prefixes(text), *extras().prefixes(text)}


@lru_cache(maxsize=65536)
def _begins_a_name(prefix: str) -> bool:
    return bool(gazetteer().keys_with_prefix(prefix, limit=1))


@lru_cache(maxsize=65536)
def _bindu_starts(head: str) -> bool:
    """Whether a name starts with ``head`` (a word's letters up to the one after its
    candrabindu, written as an anusvara) without its last letter, or in its nasal
    spelling, in either script: "गांध" (गाँधीनगर) does, "वहां" (वहाँ, there) does not."""
    forms = [head[:-1], *(form[:-1] for form, _ in nasal_spelled(head))]
    for form in forms:
        other = parallel_key(form)
        if _begins_a_name(form) or (other is not None and _begins_a_name(other)):
            return True
    return False


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
            for spelled, back in nasal_spelled(written):
                for key in _prefixes(spelled):
                    found.setdefault(key, back[len(key)])
    bindu = _CHANDRABINDU.search(chunk)
    if bindu is not None and _bindu_starts(chunk[: bindu.start() + 2].translate(_AS_ANUSVARA)):
        # "गाँधीनगर": "गांधीनगर", "गान्धीनगर" (one letter for one)
        anusvara = chunk.translate(_AS_ANUSVARA)
        forms = [(anusvara, tuple(range(len(anusvara) + 1))), *nasal_spelled(anusvara)]
        for form, at in forms:
            for key in _prefixes(form):
                if at[len(key)] > bindu.start():
                    found.setdefault(key, at[len(key)])
        for key in parallel_prefixes(anusvara):  # as the other script's GeoNames name has it
            if len(key) > bindu.start():
                found.setdefault(key, len(key))
    if _GUJARATI_AA in chunk and _oblique(postpositions).match(chunk):
        for name, size in oblique_prefixes(chunk, postpositions):
            found.setdefault(name, size)
    return sorted(found.items(), key=lambda pair: (pair[1], pair[0])) if found else []
