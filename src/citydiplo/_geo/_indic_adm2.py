"""Indian districts written in Devanagari or Gujarati under a name no town bears (used by
``find_places`` after :func:`citydiplo._geo._indic.indian_at` reads no town there).

Many districts are named after a region, a river or a hill range, not after their seat:
"બનાસકાંઠા" (Banaskantha, seat Palanpur), "સાબરકાંઠા" (Sabarkantha), "કચ્છ" (Kutch),
"મહીસાગર" (Mahisagar). GeoNames holds them as second-level divisions with Latin names
only (the extra names, ``data/extras``: "Banās Kāntha", "Kutch"), and Gujarati and Hindi
news writes them in its own script, above all in weather warnings and district news. A word
is read as such a district when one of its Latin spellings
(:func:`citydiplo._geo._indic.latin_spellings`) is a key the gazetteer lacks and the extra
names give exactly one district for all its spellings, that district lies in a country where
the text's language is official (India for Hindi and Gujarati), and the text gives the same
evidence a town read by its spellings needs: a generic word on it ("કચ્છ જિલ્લા") or the
district's state named in the text ("ગુજરાતના ... બનાસકાંઠા"). A spelling of fewer than
:data:`MIN_KEY` letters is no evidence ("કચ" would spell many things). With a generic word on
it the district stands without a strong mention of India (:func:`district_cued`), as a town
read so does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from citydiplo._geo._cues import Cues, cue_kinds, word_ends, word_tail
from citydiplo._geo._evidence import script
from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import District, gazetteer
from citydiplo._geo._indic import INDIC, latin_spellings, subdivisions_named
from citydiplo._geo._places import Place
from citydiplo._geo._translit import Read, places_read

__all__ = ["MIN_KEY", "district_at", "district_cued"]

MIN_KEY = 5  # letters of a Latin spelling at least
_LONGEST_NAME = 16
_KEPT_WORD = 48  # a longer "word" (no space for long) is read each time, not kept
_RUN = re.compile("[\u0900-\u097f\u0a80-\u0aff]+")  # Devanagari and Gujarati letters


@lru_cache(maxsize=65536)
def _district_keys(word: str, home: tuple[str, ...]) -> tuple[str, ...]:
    """The Latin spellings of ``word`` that name one district of ``home`` and nothing in the
    gazetteer; empty when the spellings name no district or more than one."""
    more, gz = extras(), gazetteer()
    keys: list[str] = []
    found: set[District] = set()
    for key in latin_spellings(word):
        if len(key) < MIN_KEY or key not in more or gz.postings(key) is not None:
            continue
        districts = more.districts_named(key)
        if not districts:
            continue
        if any(d.country not in home for d in districts):
            return ()
        keys.append(key)
        found.update(districts)
    return tuple(keys) if len(found) == 1 else ()


def district_at(
    folded: str, i: int, cues: Cues, read: Callable[[int, int, str, str, Cues], Read]
) -> tuple[Place, int] | None:
    """The district described above written at ``folded[i:]``, with the end of its name;
    or nothing. ``read`` reads a key at ``folded[i:j]`` as ``find_places`` does.

    >>> from citydiplo import find_places
    >>> text = "ગુજરાતના બનાસકાંઠા અને સાબરકાંઠામાં વરસાદની ચેતવણી"
    >>> [m.place.name for m in find_places(text, lang="gu")]
    ['Gujarāt', 'Banās Kāntha', 'Sabarkantha']
    >>> [m.text for m in find_places("બનાસકાંઠા અને સાબરકાંઠામાં વરસાદ", lang="gu")]
    []
    """
    if not cues.home:
        return None
    space = folded.find(" ", i)
    word = folded[i:] if space < 0 else folded[i:space]
    ends = district_ends(word, cues) if len(word) <= _KEPT_WORD else _ends(word, cues)
    for size, keys in ends:
        j = i + size
        tail = word_tail(folded, i, j, cues)
        if tail is None:
            continue
        places = places_read(keys, read, (i, j, tail, cues), extra=True)
        if len(places) != 1:
            return None
        place = next(iter(places.values()))
        if place.country not in cues.home:
            return None
        cued = bool(cue_kinds(folded, i, j, tail, cues))
        if not cued and place.subdivision not in subdivisions_named(folded):
            return None
        return place, j
    return None


@lru_cache(maxsize=65536)
def district_ends(word: str, cues: Cues) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Where a district :func:`district_at` may read at the start of ``word`` (a word of the
    folded text) ends, each end with the district's keys, longest first: the word alone
    decides (most words name none, and are asked once).

    >>> from citydiplo._geo._cues import merged_cues
    >>> [size for size, _ in district_ends("બનાસકાંઠામાં", merged_cues("gu"))]
    [9]
    >>> district_ends("વરસાદ", merged_cues("gu"))
    ()
    """
    return _ends(word, cues)


def _ends(word: str, cues: Cues) -> tuple[tuple[int, tuple[str, ...]], ...]:
    if not cues.home:
        return ()
    run = _RUN.match(word, 0, _LONGEST_NAME + 1)
    if run is None or run.end() > _LONGEST_NAME:
        return ()
    home = tuple(sorted(cues.home))
    ends = ((j, _district_keys(word[:j], home)) for j in word_ends(word, 0, run.end(), cues))
    return tuple((j, keys) for j, keys in ends if keys)


def district_cued(folded: str, i: int, place: Place, j: int, cues: Cues) -> bool:
    """Whether ``folded[i:j]``, read as the district ``place`` by :func:`district_at`, has a
    generic word on it ("કચ્છ જિલ્લા કલેક્ટર", the collector of Kutch district): it then
    stands without a strong mention of its country.

    >>> from citydiplo import find_places
    >>> [m.place.name for m in find_places("કચ્છ જિલ્લા કલેક્ટર", lang="gu")]
    ['Kutch']
    """
    if place.country not in cues.home or script(folded[i]) not in INDIC:
        return False
    if not _district_keys(folded[i:j], tuple(sorted(cues.home))):
        return False
    tail = word_tail(folded, i, j, cues)
    return tail is not None and bool(cue_kinds(folded, i, j, tail, cues))
