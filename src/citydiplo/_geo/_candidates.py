"""What a match key names: the gazetteer's places and the extra names', with the
respellings that find a Brahmic name GeoNames writes otherwise.

:func:`candidates` is read by every look-up (``parse_place``, the place scan), so a key
costs one look-up in the gazetteer's trie (its postings, never empty when the key is
there) and, only for a key the gazetteer lacks, one in the extra names' trie: whether the
extra names hold a key of the gazetteer is read from a prebuilt set
(:mod:`citydiplo._geo._extra_keys`). Only for the keys the extra names hold are their
subdivisions and districts read.
"""

from __future__ import annotations

from functools import lru_cache

from citydiplo._geo._anusvara import nasal_forms
from citydiplo._geo._brahmic import parallel_key, spellings
from citydiplo._geo._catalogue import one_country
from citydiplo._geo._extra import extras
from citydiplo._geo._extra_keys import indexed_extras
from citydiplo._geo._gazetteer import Postings, gazetteer

__all__ = ["NOTHING", "candidates", "indexed"]

NOTHING = Postings((), ())


@lru_cache(maxsize=65536)
def candidates(key: str, *, respell: bool = True) -> Postings:
    """Every place whose name has the match key ``key``: the gazetteer's, and the CLDR
    subdivision names and GeoNames districts of :mod:`citydiplo._geo._extra` (read only
    for the keys those hold)."""
    found = gazetteer().postings(key)
    if found is not None and len(found.countries) < 2:  # the usual case, read at once
        both = indexed_extras()
        if both is not None and key not in both:
            return found
    found = _widened(key, found)
    if found is not None:
        return found
    # a Gujarati name GeoNames has only in Devanagari, or a Hindi one only in Gujarati,
    # or spelled otherwise ("ટોકિયો", GeoNames' "ટોક્યો")
    parallel = parallel_key(key)
    others = [parallel] if parallel is not None else []
    spelled = (*spellings(key), *(spellings(parallel) if parallel else ()))
    nasal = (*nasal_forms(key), *(nasal_forms(parallel) if parallel else ()))
    for other in (*others, *spelled, *nasal):  # "इंदौर", GeoNames' "इन्दौर"
        found = _direct(other)
        if found is not None:
            return found
    if respell and any(ch in "\u0902\u0a82" for ch in key):  # "इंदौर": "इन्दौर"
        for other in nasal_forms(key):  # respelled once: "कंपनियां" keeps an anusvara
            again = candidates(other, respell=False)
            if again:
                return again
    if respell and not _SMALL_KE.isdisjoint(key):  # "金ヶ崎町", GeoNames' "金ケ崎町"
        return candidates(key.translate(_KE_SWAP), respell=False)
    return NOTHING


# Japanese writes the particle "ga"/"ka" inside a name with a small or a full katakana ke
# (or ka): "金ヶ崎町" and "金ケ崎町", "関ヶ原" and "関ケ原" are one name; GeoNames keeps one.
_SMALL_KE = frozenset("\u30f6\u30b1\u30f5")  # ヶ ケ ヵ
_KE_SWAP = str.maketrans({"\u30f6": "\u30b1", "\u30b1": "\u30f6", "\u30f5": "\u30ab"})


def _direct(key: str) -> Postings | None:
    """What ``key`` names in the gazetteer and the extra names, or ``None`` for nothing."""
    return _widened(key, gazetteer().postings(key))


def _widened(key: str, found: Postings | None) -> Postings | None:
    """``found``, the gazetteer's postings of ``key`` (never empty), with what the extra
    names add, or ``None`` for nothing."""
    if found is not None:
        if len(found.countries) > 1:  # "فلسطین": pycountry's Persian
            found = one_country(found, key)  # Eritrea is wrong
        both = indexed_extras()
        if both is not None and key not in both:  # (a key of the gazetteer: no 2nd look-up)
            return found
    more = extras()
    if key in more:
        widened = more.widen(NOTHING if found is None else found, key)
        return widened if widened else None
    return found


def indexed(key: str) -> Postings:
    """Every place of the gazetteer itself whose name has the match key ``key``."""
    found = gazetteer().postings(key)
    return NOTHING if found is None else found
