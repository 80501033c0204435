"""A city named with the region it lies in, and a country's name that is also a region of
another country (used by ``find_places``).

* English writes "Wucheng of Shandong", "Sunnyvale of California": a city read right before
  "of" and a subdivision or country must lie in it. A reading elsewhere ("Wucheng" is also
  a town of Anhui, the biggest of the name) is no reading, there and wherever the text
  reads the name so: a wrong province is worse than none.
* "Georgia" is a country and a state of the US (``candidates``: the name's subdivisions of
  other countries). Where the text names places of that other country and none of the
  country itself, the name is no reading of the country: after a city and "of" or a comma
  ("Augusta of Georgia", "Augusta, Georgia") it is the other country's subdivision;
  elsewhere it stays unread. A territory that ISO codes both as a country and as a
  subdivision of its sovereign ("American Samoa", AS and US-AS) is one place, read as the
  country.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import Any, TypeVar, cast

import attrs

from citydiplo._geo._guard_types import Mention
from citydiplo._geo._hierarchy import related
from citydiplo._geo._places import Place, PlaceKind, candidates
from citydiplo._normalize import match_key

__all__ = ["outside_other_regions"]

M = TypeVar("M", bound=Mention)
_OF = re.compile(r" of (the )?")
_QUALIFIER = re.compile(r"[A-Z][\w.'-]*(, | of )$")


def _outside(city: Mention, region: Mention, text: str) -> bool:
    if (
        city.place.kind is not PlaceKind.CITY
        or _OF.fullmatch(text[city.end : region.start]) is None
    ):
        return False
    place = region.place
    if place.kind is PlaceKind.COUNTRY:
        return city.place.country != place.country
    if place.kind is PlaceKind.SUBDIVISION and place.subdivision is not None:
        return city.place.country != place.country or not related(
            city.place.subdivision, place.subdivision
        )
    return False


@cache
def _territories() -> dict[str, str]:
    """Subdivision code -> the ISO 3166-1 code the same territory also has
    (``data/territories.json``: US-AS is American Samoa, AS)."""
    from citydiplo._geo._data import load_json

    table: dict[str, str] = load_json("territories.json")["territories"]
    return table


def _other_country(m: Mention, mentions: list[M]) -> str | None:
    """The other country whose subdivision ``m`` (a country's name) is, when the text names
    places of that country and none of ``m``'s own (``None`` otherwise)."""
    if m.place.kind is not PlaceKind.COUNTRY:
        return None
    codes = candidates(match_key(m.text)).subdivisions
    own = _territories()  # "American Samoa" (AS) is also US-AS: one place, not two
    others = sorted(
        {c[:2] for c in codes if c[:2] != m.place.country and own.get(c) != m.place.country}
    )
    if len(others) != 1:
        return None
    named = {n.place.country for n in mentions if n.text != m.text}
    return others[0] if others[0] in named and m.place.country not in named else None


def _region(name: str, country: str) -> Place | None:
    from citydiplo._errors import CitydiploError
    from citydiplo._geo._parse import parse_place

    try:
        place = parse_place(name, country=country)
    except CitydiploError:
        return None
    return place if place.kind is PlaceKind.SUBDIVISION else None


def outside_other_regions(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the cities outside the region they are named with, and with a
    country's name read as the other country's region (see above).

    >>> from citydiplo import find_places
    >>> text = "US and China: Norwood of Massachusetts vs. Wucheng of Shandong. Mayor of Wucheng"
    >>> [(m.text, m.place.subdivision) for m in find_places(text, lang="en")][-1]
    ('Shandong', 'CN-SD')
    >>> text = "US cities: Dublin of California vs. Augusta of Georgia."
    >>> [(m.text, m.place.subdivision) for m in find_places(text, lang="en")][-1]
    ('Georgia', 'US-GA')
    >>> [m.place.country for m in find_places("Georgia and Armenia signed.", lang="en")]
    ['GE', 'AM']
    """
    if not mentions or lang not in (None, "en"):
        return mentions
    order = sorted(mentions, key=lambda m: m.start)
    dropped = {id(city) for city, region in pairwise(order) if _outside(city, region, text)}
    # the same name read as the same place elsewhere is that wrong place too
    wrong = [(m.text, m.place) for m in order if id(m) in dropped]
    out: list[M] = []
    for m in order:
        if id(m) in dropped or (m.text, m.place) in wrong:
            continue
        other = _other_country(m, order)
        if other is None:
            out.append(m)
            continue
        region = _region(m.text, other)
        if region is not None and _QUALIFIER.search(text[max(0, m.start - 60) : m.start]):
            out.append(cast(M, attrs.evolve(cast(Any, m), place=region)))
    return out
