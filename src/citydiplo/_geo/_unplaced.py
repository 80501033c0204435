"""Cities the gazetteer leaves without a subdivision, placed by the text or by their rank
(a step ``find_places`` runs on the mentions its scan read).

GeoNames gives some countries' cities an admin1 code that no longer matches ISO 3166-2:
all of Taiwan's counties and special municipalities but four share "Taiwan Province", so
the gazetteer leaves Taichung or Hualien City without a subdivision (a subdivision it is
unsure of is never guessed). Two readings give it back without guessing:

* a city of 100,000 people or more whose GeoNames name is the name (pycountry's) of the one
  first-level subdivision of city rank of its country (a municipality, city or capital):
  Taichung is the special municipality Taichung, TW-TXG;
* in Chinese, Japanese and Korean, which write the region first, a city written right after
  a subdivision of its own country ("花莲县花莲市", "宮崎県日南市") lies in it; the text's other
  mentions of that city, without a subdivision, are the same city.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise
from typing import TypeVar

import attrs

from citydiplo._geo._guard_types import Mention, with_changes
from citydiplo._geo._places import Place, PlaceKind
from citydiplo._normalize import match_key

__all__ = ["placed"]

M = TypeVar("M", bound=Mention)
_RANKS = ("city", "municipality", "capital")
_BIG = 100_000
_LANGS = (None, "zh", "ja", "ko")


@cache
def _municipal() -> dict[tuple[str, str], str]:
    """(country, match key of a name) -> the one subdivision of city rank of that name."""
    import pycountry

    found: dict[tuple[str, str], set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and any(r in sub.type.lower() for r in _RANKS):
            found.setdefault((sub.country_code, match_key(sub.name)), set()).add(sub.code)
    return {key: codes.pop() for key, codes in found.items() if len(codes) == 1}


def _unplaced(place: Place) -> bool:
    return place.kind is PlaceKind.CITY and place.subdivision is None and bool(place.country)


def _own_rank(place: Place) -> str | None:
    if not _unplaced(place) or (place.population or 0) < _BIG or not place.name:
        return None
    return _municipal().get((place.country or "", match_key(place.name)))


def placed(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` with the cities that have no subdivision placed where the text or their
    rank says.

    >>> from citydiplo import find_places
    >>> [(m.text, m.place.subdivision) for m in find_places("台中市和日本宮崎縣", lang="zh")]
    [('台中市', 'TW-TXG'), ('日本', None), ('宮崎縣', 'JP-45')]
    >>> text = "花莲县花莲市与伊佐市缔结姊妹市。花莲市长表示欢迎。"
    >>> [(m.text, m.place.subdivision) for m in find_places(text, lang="zh")]
    [('花莲县', 'TW-HUA'), ('花莲市', 'TW-HUA'), ('花莲市', 'TW-HUA')]
    """
    by_text: dict[int | None, str] = {}
    if lang in _LANGS:
        for region, city in pairwise(mentions):
            if (
                region.place.kind is PlaceKind.SUBDIVISION
                and region.place.subdivision is not None
                and _unplaced(city.place)
                and city.place.country == region.place.country
                and city.place.geonames_id is not None
                and text[region.end : city.start].strip() == ""
                and city.start - region.end <= 1
            ):
                by_text.setdefault(city.place.geonames_id, region.place.subdivision)
    changed: dict[int, M | None] = {}
    for m in mentions:
        if not _unplaced(m.place):
            continue
        code = by_text.get(m.place.geonames_id) if m.place.geonames_id is not None else None
        code = code or _own_rank(m.place)
        if code is not None:
            changed[id(m)] = attrs.evolve(m, place=attrs.evolve(m.place, subdivision=code))  # type: ignore[misc]
    return with_changes(mentions, changed)
