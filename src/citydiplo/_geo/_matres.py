"""Foreign names in Hebrew letters written with other vowel letters.

Hebrew writes the vowels of a foreign name with the letters א, י and ו as the writer hears
them, so one name has several spellings: "סן דיאגו" and "סן דייגו" (San Diego), and GeoNames
holds one or two of them. :func:`matres_prefixes` tries, along the gazetteer's keys, each
vowel letter at the start of a text (but a word's first letter) left out or written as
another, at most two changes.
Only names of two words or more, of countries and of cities of 100,000 or more outside the
text's home countries, are read so: Hebrew words that differ by a vowel letter are other
words ("אמון", trust, is no "עמאן"; "פינה", corner, no Pune).
"""

from __future__ import annotations

import re
from functools import lru_cache

from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._key_starts import starts_a_key as _starts_a_key

__all__ = ["matres_prefixes"]

_VOWEL_LETTERS = "איו"
_CHUNK = re.compile("[^ ]+(?: [^ ]+){0,2}")
_MAX_CHANGES = 2
_POPULATION = 100_000


def _foreign(key: str, home: frozenset[str]) -> bool:
    """Whether ``key`` names a country, or only cities of 100,000 or more outside ``home``."""
    gz = gazetteer()
    found = gz.postings(key)
    if found is None or extras().subdivisions(key) or found.subdivisions or found.districts:
        return False
    rows = (*found.own, *found.alternate)
    if found.countries:
        return not rows
    return bool(rows) and all(
        gz.country_of(row) not in home and gz.population(row) >= _POPULATION for row in rows
    )


def matres_prefixes(window: str, home: frozenset[str]) -> list[tuple[str, int]]:
    """The names of countries and of big cities abroad that the start of the folded Hebrew
    ``window`` spells with other vowel letters, as (the name's key, its length in the
    window).

    >>> matres_prefixes("סן דיאגו ארה ב", frozenset({"IL"}))
    [('סן דיגו', 8)]
    """
    chunk = _CHUNK.match(window)
    if chunk is None:
        return []
    word, space, _ = chunk.group().partition(" ")
    if not space or not _goes_on(word + space):
        return []  # (most words: no name of two words or more begins with any spelling of it)
    return list(_respelled(chunk.group(), home))


def _step(forms: list[tuple[str, int]], chunk: str, at: int) -> list[tuple[str, int]]:
    """The spellings of ``chunk[: at + 1]`` (with their changes) that begin a key, from
    ``forms``, those of ``chunk[:at]``."""
    ch = chunk[at]
    initial = at == 0 or chunk[at - 1] == " "  # a consonant, or a prefix letter
    longer = []
    for form, changes in forms:
        options = [(ch, changes)]
        if ch in _VOWEL_LETTERS and changes < _MAX_CHANGES and not initial:
            options += [("", changes + 1)]
            options += [(other, changes + 1) for other in _VOWEL_LETTERS if other != ch]
        for letter, count in options:
            spelled = form + letter
            if letter and not _starts_a_key(spelled):
                continue
            longer.append((spelled, count))
    return longer


@lru_cache(maxsize=65536)
def _goes_on(head: str) -> bool:
    """Whether some spelling of ``head`` (a first word and its space) begins a key: every
    name :func:`_respelled` finds has two words or more, so it is spelled through that space
    (and the spellings up to there are those of the word alone)."""
    forms: list[tuple[str, int]] = [("", 0)]
    for at in range(len(head)):
        forms = _step(forms, head, at)
        if not forms:
            return False
    return True


@lru_cache(maxsize=65536)
def _respelled(chunk: str, home: frozenset[str]) -> tuple[tuple[str, int], ...]:
    if not any(ch in _VOWEL_LETTERS for ch in chunk):
        return ()
    forms: list[tuple[str, int]] = [("", 0)]  # the form so far, its changes
    found: dict[str, int] = {}
    for at in range(len(chunk)):
        longer = _step(forms, chunk, at)
        ends_a_word = at + 1 == len(chunk) or not chunk[at + 1].isalpha()
        for spelled, count in longer:
            if count and " " in spelled and ends_a_word and _foreign(spelled, home):
                found.setdefault(spelled, at + 1)
        if not longer:
            break
        forms = longer
    return tuple(sorted(found.items(), key=lambda pair: (pair[1], pair[0])))
