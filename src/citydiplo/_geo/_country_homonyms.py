"""Country names that also name a district at home (a check ``find_places`` runs on the
mentions its scan read; data in ``data/country_homonyms.json``, per language).

Hindi "कोरिया" is Korea, and Koriya, a district of Chhattisgarh. In a text that names
Chhattisgarh or a place in it ("कोरिया ... छत्तीसगढ़ ... चिरमिरी"), or with a district word
after it ("कोरिया जिले"), the name is the district; the gazetteer holds no districts, so it
is left unread rather than read as Korea. Elsewhere it stays Korea.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import PlaceKind
from citydiplo._normalize import match_key

__all__ = ["outside_home_districts"]

M = TypeVar("M", bound=Mention)


@cache
def _tables(lang: str | None) -> tuple[dict[str, str], tuple[str, ...]]:
    data = load_json("country_homonyms.json")
    langs = sorted(data["districts"]) if lang is None else [lang]
    districts = {match_key(n): s for c in langs for n, s in data["districts"].get(c, {}).items()}
    words = tuple(w for c in langs for w in data["district_words"].get(c, ()))
    return districts, words


def outside_home_districts(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the countries that name a district of a subdivision the text
    names, or that a district word follows.

    >>> from citydiplo import find_places
    >>> text = "कोरिया\\nछत्तीसगढ़ के चिरमिरी में महापौर ने भूमिपूजन किया"
    >>> [m.text for m in find_places(text, lang="hi")]
    ['छत्तीसगढ़', 'चिरमिरी']
    >>> [m.place.country for m in find_places("कोरिया और भारत के बीच व्यापार", lang="hi")]
    ['KR', 'IN']
    """
    districts, words = _tables(lang)
    if not districts:
        return mentions
    named = {m.place.subdivision for m in mentions if m.place.kind is not PlaceKind.COUNTRY}
    kept = []
    for m in mentions:
        home = districts.get(match_key(m.text)) if m.place.kind is PlaceKind.COUNTRY else None
        if home is not None:
            after = text[m.end : m.end + 12].lstrip(" ")
            if home in named or any(after.startswith(w) for w in words):
                continue
        kept.append(m)
    return kept
