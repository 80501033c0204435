"""Names written in a parallel Brahmic script: Gujarati read through Devanagari and back.

GeoNames often has a place's name in Hindi (Devanagari) and not in Gujarati, or the other
way round ("કોબે" is missing, "कोबे" is Kobe). The Gujarati and Devanagari Unicode blocks
encode the same letters, vowel signs and marks in the same order, so a name in one script
has one letter-for-letter form in the other. The correspondence is read from the Unicode
Character Database (``unicodedata``): "GUJARATI LETTER KA" is "DEVANAGARI LETTER KA". A
character whose counterpart the database does not name (a letter only one script has)
leaves the name without a parallel form.

The parallel form is looked up only when the name itself names nothing: a direct reading
always wins over a transliterated one. So are the two spellings both scripts use for a
foreign "kyo", "tyo" (:func:`spellings`): "टोकियो" and "टोक्यो", "ટોકિયો" and "ટોક્યો" (Tokyo).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from citydiplo._geo._anusvara import nasal_prefixes
from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer

__all__ = [
    "letter_prefixes", "nasal_parallel", "parallel_key", "parallel_prefixes", "spellings",
]

_BLOCKS = {"DEVANAGARI": range(0x0900, 0x0980), "GUJARATI": range(0x0A80, 0x0B00)}
_PAIRS = (("GUJARATI", "DEVANAGARI"), ("DEVANAGARI", "GUJARATI"))
_THREE_WORDS = re.compile("[^ ]+(?: [^ ]+){0,2}")  # as far as nasal_prefixes reads


@cache
def _tables() -> dict[str, dict[int, str]]:
    """For each script, its characters mapped to the parallel script's, by Unicode name."""
    tables: dict[str, dict[int, str]] = {}
    for source, target in _PAIRS:
        table: dict[int, str] = {}
        for code in _BLOCKS[source]:
            name = unicodedata.name(chr(code), "")
            if not name.startswith(source + " "):
                continue
            try:
                other = unicodedata.lookup(target + name[len(source) :])
            except KeyError:
                continue
            table[code] = other
        tables[source] = table
    return tables


@cache
def _runs() -> dict[str, re.Pattern[str]]:
    """For each script, a pattern for a run of its characters that have a counterpart,
    and spaces (one C-level match instead of a look-up per character)."""
    return {script: re.compile("[ " + "".join(re.escape(chr(c)) for c in sorted(table)) + "]+")
            for script, table in _tables().items()}


@cache
def _longest() -> int:
    """The length of the longest key of the gazetteer or of the extra names that starts
    with a letter of either script (read once from both indexes)."""
    longest = 0
    for index in (gazetteer(), extras()):
        for block in _BLOCKS.values():
            for code in block:
                for key in index.keys_starting(chr(code)):
                    longest = max(longest, len(key))
    return longest


def _script_of(char: str) -> str | None:
    code = ord(char)
    if 0x0900 <= code < 0x0980:  # _BLOCKS, compared directly (one call per word read)
        return "DEVANAGARI"
    if 0x0A80 <= code < 0x0B00:
        return "GUJARATI"
    return None


@lru_cache(maxsize=1 << 16)
def _word_in_other(word: str, script: str) -> str:
    """A word of ``script`` letter for letter in the other script (words recur)."""
    return word.translate(_tables()[script])


def parallel_key(key: str) -> str | None:
    """``key`` (a match key in Gujarati or Devanagari letters, spaces allowed) written
    letter for letter in the other script, or ``None`` when it is in neither script, mixes
    them, or holds a letter without a counterpart.

    >>> parallel_key("કોબે")
    'कोबे'
    >>> parallel_key("गांधीनगर")
    'ગાંધીનગર'
    >>> parallel_key("kobe") is None
    True
    """
    scripts = {_script_of(ch) for ch in key if ch != " "}
    if len(scripts) != 1:
        return None
    script = scripts.pop()
    if script is None:
        return None
    table = _tables()[script]
    out = []
    for ch in key:
        if ch == " ":
            out.append(ch)
            continue
        other = table.get(ord(ch))
        if other is None:
            return None
        out.append(other)
    return "".join(out)


# vowel sign I, virama (no vowel), letter YA: "कियो" / "क्यो" spell one foreign syllable
_IY = {"DEVANAGARI": ("\u093f", "\u094d", "\u092f"), "GUJARATI": ("\u0abf", "\u0acd", "\u0aaf")}


def spellings(key: str) -> list[str]:
    """The other spellings of ``key`` with a consonant and "y": "i" before "ya" written as
    no vowel, or the reverse (same length, so a prefix keeps its span).

    >>> spellings("टोकियो")
    ['टोक्यो']
    """
    out = []
    for sign, virama, ya in _IY.values():
        for a, b in ((sign + ya, virama + ya), (virama + ya, sign + ya)):
            if a in key:
                out.append(key.replace(a, b))
    return out


def _names(window: str) -> list[str]:
    """The names ``window`` starts with, in its script or letter for letter in the other."""
    found = [*gazetteer().prefixes(window), *extras().prefixes(window)]
    first = _script_of(window[:1]) if window else None
    run = _runs()[first].match(window) if first is not None else None
    if first is not None and run is not None:
        other = run.group().translate(_tables()[first])
        found += [*gazetteer().prefixes(other), *extras().prefixes(other)]
    return found


def parallel_prefixes(window: str) -> list[str]:
    """The prefixes of ``window`` whose letter-for-letter form in the other script is a
    key of the gazetteer or of the extra names (each as written in ``window``: the
    lookup by :func:`citydiplo._geo._places.candidates` makes the same detour), then those
    that are one in their other nasal spelling.

    >>> parallel_prefixes("કોબેમાં")
    ['કોબે']
    """
    if not window or _script_of(window[0]) is None:
        return []
    return [*letter_prefixes(window), *nasal_parallel(window)]


def nasal_parallel(window: str) -> list[str]:
    """The prefixes of ``window`` (Devanagari or Gujarati) that are a name in their other
    nasal spelling ("इंदौर", known as "इन्दौर"), in either script.

    :func:`nasal_prefixes` reads the first three words of ``window`` and no further, so its
    answer is that of those words, kept per three words (they recur; the text does not).
    """
    words = _THREE_WORDS.match(window)
    return list(_nasal_chunk(words.group() if words else ""))


@lru_cache(maxsize=1 << 16)
def _nasal_chunk(chunk: str) -> tuple[str, ...]:
    return tuple(nasal_prefixes(chunk, _names))


def letter_prefixes(window: str) -> list[str]:
    """The prefixes of ``window`` whose letter-for-letter form in the other script, or
    their "kyo" spellings, are a key of the gazetteer or of the extra names, shortest first
    (each as written in ``window``)."""
    first = _script_of(window[:1]) if window else None
    if first is None:
        return []
    # no key in either script is longer than _longest(): read no further (a letter of
    # spellings() depends on the next one, so one more is kept)
    head = window[: _longest() + 1]
    # the letters with a counterpart, and spaces, within the head
    run = _runs()[first].match(window, 0, len(head))
    if run is None:
        return []
    other = " ".join(_word_in_other(word, first) for word in run.group().split(" "))
    found = {*gazetteer().prefixes(other), *extras().prefixes(other)}
    for spelled in (*spellings(head), *spellings(other)):
        found |= {*gazetteer().prefixes(spelled), *extras().prefixes(spelled)}
    return [window[: len(k)] for k in sorted(found, key=len)]
