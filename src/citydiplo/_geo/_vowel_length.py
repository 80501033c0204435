"""Foreign names in Devanagari or Gujarati spelled with the other vowel length.

Hindi and Gujarati write a foreign name's i and u long or short as the writer hears them:
"શિઝૂઓકા" and "શિઝુઓકા" (Shizuoka), "ઇન્ડીયા" and "ઇન્ડિયા" (India), "ઈન્ડોનેશિયા" and
"ઇન્ડોનેશિયા"; and the candra e and o of English sounds plain or with the candra
("ન્યૂઝીલેન્ડ", "ન્યુઝીલૅન્ડ"). :func:`length_variants` finds the names that the start of
a text spells so, trying the other length of each i and u and the other e and o (vowel
signs and initial vowel letters) along the gazetteer's keys. Only countries and places
outside the text's home countries are read so: at home, vowel length tells words apart
("पूरी", whole, and "पुरी", Puri).
"""

from __future__ import annotations

import re
from functools import lru_cache

from citydiplo._geo._brahmic import parallel_key
from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._key_starts import starts_a_key as _starts_a_key

__all__ = ["length_variants"]

_PAIRS = ("िी", "ुू", "इई", "उऊ", "િી", "ુૂ", "ઇઈ", "ઉઊ")  # short, long
# the candra e and o (an English "a" and "o" sound), which writers also write plain:
# "ન્યુઝીલૅન્ડ" (CLDR's New Zealand) and "ન્યૂઝીલેન્ડ"; "ऑस्ट्रेलिया" and "ओस्ट्रेलिया"
_CANDRA = ("ेॅ", "ोॉ", "एऍ", "ओऑ", "ેૅ", "ોૉ", "એઍ", "ઓઑ")  # plain, candra
_OTHER = {pair[k]: pair[1 - k] for pair in (*_PAIRS, *_CANDRA) for k in (0, 1)}
_WORD = re.compile("[^ ]+")
_MAX_SWAPS = 3


def _prefixes(text: str) -> set[str]:
    return {*gazetteer().prefixes(text), *extras().prefixes(text)}


@lru_cache(maxsize=65536)
def _respelled(chunk: str) -> tuple[str, ...]:
    """The starts of ``chunk`` with one to three of its i/u written with the other length,
    each form followed only while some key starts with it."""
    forms = [("", 0)]
    for ch in chunk:
        longer = []
        for form, swaps in forms:
            if _starts_a_key(form + ch):
                longer.append((form + ch, swaps))
            other = _OTHER.get(ch)
            if other is not None and swaps < _MAX_SWAPS and _starts_a_key(form + other):
                longer.append((form + other, swaps + 1))
        if not longer:
            break
        forms = longer
    return tuple(form for form, swaps in forms if swaps)


def _abroad(key: str, home: frozenset[str]) -> bool:
    """Whether every place ``key`` names is a country, or lies outside ``home``."""
    codes = list(extras().subdivisions(key))
    gz = gazetteer()
    found = gz.postings(key)
    if found is not None:
        if found.countries and not (found.subdivisions or found.own or found.alternate):
            return True
        codes += found.subdivisions
        codes += [gz.country_of(row) for row in (*found.own, *found.alternate)]
    return bool(codes) and all(code[:2] not in home for code in codes)


def length_variants(window: str, home: frozenset[str]) -> list[tuple[str, int]]:
    """The names of countries and of places outside ``home`` that the start of the folded
    ``window`` spells with another vowel length, as (the name's key, its length in the
    window); Gujarati names GeoNames has only in Devanagari are looked up there too.

    >>> length_variants("શિઝૂઓકા પ્રીફેક્ચર", frozenset({"IN"}))
    [('શિઝુઓકા', 7)]
    >>> length_variants("ઇન્ડીયા-જાપાન", frozenset({"IN"}))
    [('ઇન્ડિયા', 7)]
    """
    word = _WORD.match(window)  # a name of one word: "શિઝૂઓકા", "ઇન્ડીયા-જાપાન"
    return [] if word is None else list(_variants(word.group(), home))


@lru_cache(maxsize=65536)
def _variants(chunk: str, home: frozenset[str]) -> tuple[tuple[str, int], ...]:
    found: dict[str, int] = {}
    for written in dict.fromkeys([chunk, parallel_key(chunk)]):
        if written is None or not any(ch in _OTHER for ch in written):
            continue
        for form in _respelled(written):
            for key in _prefixes(form):
                if len(key) < 2 or not _abroad(key, home):
                    continue
                named = key if written == chunk else parallel_key(key)  # back to the text's
                if named is not None:
                    found.setdefault(named, len(key))
    return tuple(sorted(found.items(), key=lambda pair: (pair[1], pair[0])))
