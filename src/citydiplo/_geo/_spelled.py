"""A subdivision's own spellings, accents included, and punctuation that no name spans.

Folding a word to its match key drops its accents, so a word of one language can fold to
the key of a subdivision elsewhere: Vietnamese "Văn" (as in "Văn phòng", office) folds to
"van", the key of Van province, Turkey. A one-word name written with accents is therefore
read as a subdivision, without a cue word, only if it is one of that subdivision's own
spellings: pycountry's name and its translations into the ten languages (pycountry's
gettext catalogues) and the aliases of ``data/subdivision_names.json`` ("Québec" is one).

Vietnamese writes foreign places with Sino-Vietnamese names ("Hoàng Sơn", Huangshan), and
Vietnamese people's names are built of the same syllables: outside Vietnamese text, a name
written with letters only Vietnamese uses ("ơ", "ư", "ạ", "ả", "ố"...) is a Vietnamese name,
of a person or of a place in Vietnam, never a place abroad (:func:`vietnamese_abroad`):
"황선짜(Hoàng Sơn Trà) 위원장" is a chairman, not Huangshan.

Folding also drops punctuation, so "Sở: Kế hoạch" (Department: of Planning) folds to the
key of Söke, Turkey, and "Dực, Phó" (a person's given name, then Deputy) the key of Đức Phổ. A
colon, semicolon, comma, question or exclamation mark, vertical bar or line break never
stands inside a place's name (:func:`spans_punctuation`; "Toledo, Ohio" is a name and its
qualifier, read as a pair).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

__all__ = ["spans_punctuation", "spellings_of", "subdivision_spelled", "vietnamese_abroad"]

_BREAKS = frozenset(":;,!?|\n\r\t：；！？。，、")


def spans_punctuation(span: str) -> bool:
    """Whether ``span`` holds punctuation that never stands inside a place's name.

    >>> spans_punctuation("Sở: Kế"), spans_punctuation("St. Paul"), spans_punctuation("Sainte-Foy")
    (True, False, False)
    >>> spans_punctuation("Dực, Phó")
    True
    """
    return not _BREAKS.isdisjoint(span)


def _fold_case(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def subdivision_spelled(span: str, code: str | None, english: str | None) -> bool:
    """Whether ``span`` is one of the own spellings of subdivision ``code`` (whose English
    label is ``english``), accents included.

    >>> subdivision_spelled("Văn", "TR-65", "Van"), subdivision_spelled("Québec", "CA-QC", "Quebec")
    (False, True)
    >>> subdivision_spelled("Sa-la-van", "LA-SL", "Salavan")
    True
    """
    written = _fold_case(span)
    solid = written.replace("-", "")  # "Sa-la-van", Salavan: syllables joined by hyphens
    if english is not None and _fold_case(english) in (written, solid):
        return True
    return code is not None and not _spellings(code).isdisjoint((written, solid))


def spellings_of(code: str | None) -> frozenset[str]:
    """The own spellings of subdivision ``code`` (case-folded, accents kept)."""
    return _spellings(code) if code is not None else frozenset()


@cache
def _spellings(code: str) -> frozenset[str]:
    import pycountry

    from citydiplo._geo._data import LANGUAGES, gettext_names, load_json
    from citydiplo._geo._subdivisions import _names

    names: set[str] = set()
    for sub in _by_code(pycountry.subdivisions, code):
        for name in _names(sub.name):
            names.add(name)
            for lang in LANGUAGES:
                names.update(gettext_names("iso3166-2", lang, name))
    aliases: Mapping[str, list[str]] = load_json("subdivision_names.json")["aliases"]
    names.update(aliases.get(code, ()))
    return frozenset(_fold_case(n) for n in names)


def _vietnamese_only(ch: str) -> bool:
    return "\u1ea0" <= ch <= "\u1ef9" or ch in "ơưƠƯ"


def vietnamese_abroad(span: str, country: str, home: frozenset[str]) -> bool:
    """Whether ``span``, read as a place of ``country`` in a text whose places are at
    ``home``, is written with letters only Vietnamese uses while neither is Vietnam.

    >>> vietnamese_abroad("Hoàng Sơn", "CN", frozenset({"KR"}))
    True
    >>> vietnamese_abroad("Hoàng Sơn", "CN", frozenset({"VN"}))
    False
    >>> vietnamese_abroad("Đà Nẵng", "VN", frozenset())
    False
    >>> vietnamese_abroad("Québec", "CA", frozenset({"KR"}))
    False
    """
    if country == "VN" or "VN" in home:
        return False
    return any(_vietnamese_only(ch) for ch in unicodedata.normalize("NFC", span))


def _by_code(subdivisions: Iterable[Any], code: str) -> list[Any]:
    """pycountry's subdivision ``code`` (a list of one, or none)."""
    return [sub for sub in subdivisions if sub.code == code]
