"""A name the text repeats that names one place in the world (used by ``find_places``).

A *weak* mention (a small city or a subdivision without a cue word) stands only beside a
strong mention of its country (:func:`citydiplo._geo._context.supported`): "Arkansas" beside
"Little Rock". News about a sister city often never names the city's country:
"Invercargill Mayor and five councillors are travelling to Japan ... 2000 students from
Kumagaya travelled to Invercargill". A weak name in Latin letters stands alone when the
text writes it at least twice as the same place, the gazetteer knows no other place of
that name (no homonym: "Scunthorpe", "North Lincolnshire"), and one of its words has at
least ``MIN_LETTERS`` letters and is no frequent English word (``data/english_words.json``,
built by ``tools/build_english_words.py``): "International" (capitalised in "Sister Cities
International") is also a hamlet, and short names are often words ("Same", Timor-Leste;
"Mobile").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import script
from citydiplo._geo._places import Place, PlaceKind, candidates
from citydiplo._normalize import match_key

__all__ = ["MIN_LETTERS", "english_words", "repeated_unique"]

M = TypeVar("M")
MIN_LETTERS = 7
_KINDS = (PlaceKind.CITY, PlaceKind.SUBDIVISION)


@cache
def english_words() -> frozenset[str]:
    """The frequent English words of at least ``MIN_LETTERS`` letters, as match keys.

    >>> "international" in english_words(), "invercargill" in english_words()
    (True, False)
    """
    data: dict[str, list[str]] = load_json("english_words.json")["words"]
    return frozenset(data.get("en", ()))


def _no_word(key: str) -> bool:
    words = english_words()
    return any(len(w) >= MIN_LETTERS and w.isalpha() and w not in words for w in key.split())


def _one_place(key: str) -> bool:
    found = candidates(key)
    total = len(found.cities) + len(found.subdivisions) + len(found.countries)
    return total + len(found.districts) == 1


def repeated_unique(
    found: Sequence[tuple[M, bool]], span: Callable[[M], tuple[int, int, Place]]
) -> set[int]:
    """The ids of the weak mentions of ``found`` that stand by the rule above.

    >>> from citydiplo import find_places
    >>> text = "The Mayor of Invercargill will visit Japan. Students from Invercargill went."
    >>> [m.text for m in find_places(text, lang="en")]
    ['Invercargill', 'Japan', 'Invercargill']
    >>> [m.text for m in find_places("The Mayor of Invercargill will visit Japan.", lang="en")]
    ['Japan']
    """
    keys: dict[int, tuple[str, Place]] = {}
    for m, needs in found:
        place = span(m)[2]
        text = place.text or ""
        if not needs or place.kind not in _KINDS or script(text[:1]) != "LATIN":
            continue
        key = match_key(text)
        if _no_word(key):
            keys[id(m)] = (key, place)
    counts = Counter((key, place.geonames_id, place.subdivision) for key, place in keys.values())
    return {
        ident
        for ident, (key, place) in keys.items()
        if counts[(key, place.geonames_id, place.subdivision)] >= 2 and _one_place(key)
    }
