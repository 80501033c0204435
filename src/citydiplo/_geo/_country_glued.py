"""A city written right after its own country's name in Chinese or Japanese (used by
``find_places``).

In unspaced text a city without its generic word needs :data:`MIN_POPULATION_CJK`
inhabitants: a few characters that name a small town are likelier part of a word. Chinese
and Japanese news introduce a city abroad by writing its country's name right before it,
glued ("瑞士卢加诺", Lugano, Switzerland; "芬兰奥鲁"; "意大利维罗纳"): the country vouches for
the reading, and the floor is then the one of spaced text, :data:`MIN_POPULATION`. The
text's own country (``home``: China in Chinese) vouches for nothing, since its name opens
countless words ("中国人民", "日本語").
"""

from __future__ import annotations

from collections.abc import Collection

from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._places import Place
from citydiplo._normalize import match_key

__all__ = ["MIN_POPULATION", "MIN_POPULATION_CJK", "unspaced_floor"]

MIN_POPULATION = 15_000  # as find_places' floor for a city without a cue word
MIN_POPULATION_CJK = 100_000  # as find_places' floor for one inside unspaced text
_LONGEST = 6  # characters of the longest country name looked for before a city


def unspaced_floor(text: str, start: int, place: Place, home: Collection[str]) -> int:
    """The fewest inhabitants a city ``place`` named at ``text[start:]`` without a generic
    word in unspaced text needs: fewer right after its own country's name, unless that is
    the text's home country.

    >>> from citydiplo import parse_place
    >>> lugano = parse_place("Lugano")
    >>> unspaced_floor("赴瑞士卢加诺访问", 3, lugano, {"CN"})
    15000
    >>> unspaced_floor("赴卢加诺访问", 1, lugano, {"CN"})
    100000
    """
    if place.country is None or place.country in home:
        return MIN_POPULATION_CJK
    gz = gazetteer()
    for length in range(2, min(_LONGEST, start) + 1):
        named = gz.postings(match_key(text[start - length : start]))
        if named is not None and place.country in named.countries:
            return MIN_POPULATION
    return MIN_POPULATION_CJK
