"""Subdivisions a language names its own way, read in running text (used by ``find_places``).

Vietnamese writes the provinces of Laos after their Lao sounds in Vietnamese spelling: "Hủa
Phăn" (Houaphan), "Xiêng Khoảng" (Xiangkhouang), "Sa Vẳn Na Khẹt" (Savannakhet). Neither
pycountry, CLDR nor GeoNames holds these forms, nor English "North Sulawesi" (Sulawesi
Utara) or "East Java" (Jawa Timur). ``data/exonyms.json`` lists them by ISO
3166-2 code (its ``_about`` names the source); a name of the list is read as the
subdivision pycountry names under that code, and counts as one of that subdivision's own
spellings, accents included (:func:`exonym_of`).
"""

from __future__ import annotations

import unicodedata
from functools import cache

__all__ = ["exonym_of", "exonym_prefixes"]


@cache
def _names() -> dict[str, frozenset[str]]:
    """ISO 3166-2 code -> its listed names, case-folded with their accents."""
    from citydiplo._geo._data import load_json

    table: dict[str, list[str]] = load_json("exonyms.json")["names"]
    return {
        code: frozenset(unicodedata.normalize("NFC", n).casefold() for n in names)
        for code, names in table.items()
    }


@cache
def _by_first_word() -> dict[str, tuple[tuple[str, str], ...]]:
    """The first word of a listed name's match key -> (the key, the key of the name pycountry
    gives the subdivision), longest first."""
    import pycountry

    from citydiplo._geo._data import load_json
    from citydiplo._normalize import match_key

    table: dict[str, list[str]] = load_json("exonyms.json")["names"]
    names = {sub.code: sub.name for sub in pycountry.subdivisions if sub.code in table}
    found: dict[str, list[tuple[str, str]]] = {}
    for code in sorted(names):
        target = match_key(names[code])
        for name in table[code]:
            key = match_key(name)
            found.setdefault(key.partition(" ")[0], []).append((key, target))
    return {
        first: tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair)))
        for first, pairs in found.items()
    }


def exonym_prefixes(window: str) -> list[tuple[str, int]]:
    """The listed names at the start of ``window`` (folded text), as (the key of the name
    pycountry gives the subdivision, the name's length in the window).

    >>> exonym_prefixes("xieng khoang va bolykhamxay")
    [('xiangkhouang', 12)]
    >>> exonym_prefixes("xieng khoangs")
    []
    """
    pairs = _by_first_word().get(window.partition(" ")[0], ())
    found: list[tuple[str, int]] = []
    for key, target in pairs:
        end = len(key)
        if window.startswith(key) and (end == len(window) or not window[end].isalnum()):
            found.append((target, end))
    return found


def exonym_of(span: str, code: str | None) -> bool:
    """Whether ``span`` is one of the listed names of subdivision ``code``, accents included.

    >>> exonym_of("Hủa Phăn", "LA-HO"), exonym_of("Hua Phan", "LA-HO")
    (True, False)
    """
    written = unicodedata.normalize("NFC", span).casefold()
    solid = written.replace("-", "")  # "Chăm-pa-sắc" as "Chămpasắc"
    return code is not None and not _names().get(code, frozenset()).isdisjoint((written, solid))
