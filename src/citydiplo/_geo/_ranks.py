"""Generic words of a rank that only one country's municipalities bear (used by
``find_places``): a city read from the name written right before one lies in that country
(``data/rank_countries.json``: "町", the Japanese town). A name of another country's city
there is a surname or a word, not that city: "吉田町長" (Mayor Yoshida) is no Jitian,
Guangdong.
"""

from __future__ import annotations

from functools import cache

from citydiplo._geo._data import load_json
from citydiplo._geo._places import Place, PlaceKind

__all__ = ["outside_rank_country"]


@cache
def _ranks() -> dict[str, frozenset[str]]:
    data = load_json("rank_countries.json")["ranks"]
    return {word: frozenset(countries) for word, countries in data.items()}


def outside_rank_country(text: str, end: int, place: Place) -> bool:
    """Whether the city ``place``, named by the text ending at ``end``, is followed by a
    rank word that only other countries' municipalities bear.

    >>> jitian = Place(text="吉田", country="CN", kind=PlaceKind.CITY)
    >>> outside_rank_country("吉田町長", 2, jitian), outside_rank_country("吉田市", 2, jitian)
    (True, False)
    >>> oarai = Place(text="大洗", country="JP", kind=PlaceKind.CITY)
    >>> outside_rank_country("大洗町", 2, oarai)
    False
    """
    countries = _ranks().get(text[end : end + 1])
    return countries is not None and place.kind is PlaceKind.CITY and place.country not in countries
