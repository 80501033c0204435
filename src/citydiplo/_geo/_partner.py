"""A city opening a sentence, read by the city it is coordinated with (used by
``_held.read_elsewhere``).

A capital letter tells nothing at a sentence's start, so ``find_places`` holds back a
one-word city opening a sentence without a cue word ("Nice to meet you", "Mobile phones").
Coordination decides it: a word joined by a conjunction (``data/coordination.json``) to a
city the text reads is a city too ("Suwon and Hue signed", "Новосибирск и Саппоро
дружат"), provided the held reading stands on its own: a city of at least
:data:`~citydiplo._geo._evidence.STRONG_POPULATION` named in its own country's script
(:func:`~citydiplo._geo._evidence.weak`) or, in Latin letters, by GeoNames' name of it, and
either a city of :data:`BIG_CITY` or more or one whose country the text reads too, the
partner aside ("Nancy and Lyon" is no evidence of France). Smaller
cities' names are given names and words as well ("George", "Tyler", "Mobile", "Split": over
the 20,000 most frequent English words, capitalised before "and Lyon", every reading of a
city of a million or more was a city's name). A comma joins it only to a city that a comma or a
conjunction joins to another place in turn ("Seoul, Lyon and Suwon"). Not "Nice and
Cannes" without France (Cannes is no strong reading), nor "Victoria and Albert" (Albert is
no place the text reads).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import own_name, script, weak
from citydiplo._geo._places import Place, PlaceKind
from citydiplo._normalize import match_key

__all__ = ["BIG_CITY", "Kept", "coordinated"]

BIG_CITY = 1_000_000


class _Mention(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def place(self) -> Place: ...


@cache
def _joins() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = sorted(load_json("coordination.json")["conjunctions"], key=lambda w: (-len(w), w))
    conj = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\s+(?:{conj})\s+"), re.compile(rf"\s*,\s*|\s+(?:{conj})\s+")


class Kept:
    """The readings a text keeps, by start and by country, built once for all the held
    readings of a text (each held reading read every kept one)."""

    def __init__(self, kept: Sequence[_Mention]) -> None:
        self.by_start = {m.start: m for m in kept}
        self.countries = Counter(m.place.country for m in kept)


def coordinated(text: str, start: int, end: int, place: Place, kept: Kept) -> bool:
    """Whether the city ``place`` held back at ``text[start:end]`` is joined to a city of
    ``kept`` by a conjunction (or a comma, in a list that goes on).

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("Новосибирск и Саппоро дружат.", lang="ru")]
    ['Новосибирск', 'Саппоро']
    >>> [m.text for m in find_places("Nice and Cannes are near.", lang="en")]
    []
    """
    if place.kind is not PlaceKind.CITY:
        return False
    key = match_key(text[start:end])
    if " " in key or weak(place, key, False):
        return False  # no city named by an alias ("Grass" is an alternate name of Grasse)
    if script(key[0]) == "LATIN" and not own_name(place, key):
        return False  # "iPhone" is an alternate name of Zhengzhou, a city of millions
    conjunction, joined = _joins()
    by_start = kept.by_start
    comma = re.compile(r"\s*,\s*").match(text, end)
    link = conjunction.match(text, end) or comma
    if link is None:
        return False
    partner = by_start.get(link.end())
    if partner is None or partner.place.kind is not PlaceKind.CITY:
        return False
    others = kept.countries[place.country] - (partner.place.country == place.country)
    if (place.population or 0) < BIG_CITY and others <= 0:
        return False  # "George and Lyon": a given name is a city of 188,000 too
    if link is comma:  # a list: the partner is joined to another place in turn
        onward = joined.match(text, partner.end)
        return onward is not None and onward.end() in by_start
    return True
