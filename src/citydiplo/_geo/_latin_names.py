"""A place name in Latin letters that opens a longer Latin name, in a text written in
another script (one of the checks ``find_places`` runs on its mentions).

Russian, Hindi, Hebrew or Persian news keeps the Latin spelling of foreign brands, products
and firms: "на Toyota Corolla", "за руль Daewoo Matiz", "Paris Baguette". A place name that
opens such a name is a thing named after the place (Toyota the carmaker, after its founder,
not Toyota, Aichi), not the place, so a Latin mention directly followed by another
capitalised Latin word is dropped when most of the text's letters are of another script
and the place is a city abroad for the text's language. A generic word after the name
keeps it ("Hanam City"); a country keeps its bodies ("Radio Taiwan International" is
Taiwan's), a home town its outlet or dateline ("Meerut News:" in Hindi news is Meerut's);
a Latin place name that stands alone ("в Seoul", "Washington, D.C." as one name) is kept,
and so is one opening the name of a body (``data/latin_body_words.json``: "Bangkok Yacht
Club", "Fukuoka-Oakland Friendship Association" are the city's);
in a Latin-script text the rule does not apply (English "Toyota City" is a name the scan
reads whole, and "Paris Saint-Germain" is left to the other checks).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TypeVar

from citydiplo._geo._data import load_json
from citydiplo._geo._evidence import generic_words
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._limits import home_countries
from citydiplo._geo._places import PlaceKind
from citydiplo._normalize import match_key

__all__ = ["outside_latin_names"]

M = TypeVar("M", bound=Mention)

_LINKS = frozenset({"of", "and", "for", "&"})


def _latin(char: str) -> bool:
    return char.isalpha() and char < "\u0250"


def _latin_word(text: str) -> bool:
    return any(_latin(c) for c in text) and all(_latin(c) or not c.isalpha() for c in text)


_PAST_LATIN = re.compile("[^\x00-\u024f]+")  # the characters :func:`_latin` does not take


def _mostly_other_script(text: str) -> bool:
    letters = sum(map(str.isalpha, text))  # counted in C, not letter by letter in Python
    latin = sum(map(str.isalpha, _PAST_LATIN.sub("", text)))
    return letters - latin > latin


@cache
def _body_words() -> frozenset[str]:
    data: dict[str, list[str]] = load_json("latin_body_words.json")
    return frozenset(data["words"])


def _opens_a_name(m: Mention, text: str) -> bool:
    """Whether a capitalised Latin word that is no generic word ("City") follows ``m``
    after one space ("Toyota Corolla"), in a name that no word of an organisation ends
    ("Bangkok Yacht Club" is Bangkok's)."""
    after = text[m.end : m.end + 2]
    if len(after) < 2 or after[0] != " " or not _latin(after[1]) or not after[1].isupper():
        return False
    words = text[m.end + 1 : m.end + 80].split(" ")
    if match_key(words[0]) in generic_words():
        return False
    for word in words[:6]:
        if not word or not (_latin(word[0]) or word == "&"):
            break
        cut = next((i for i, c in enumerate(word) if not (_latin(c) or c in "-'")), len(word))
        if match_key(word[:cut]) in _body_words():
            return False
        if cut < len(word) or not (word[0].isupper() or word in _LINKS):
            break
    return True


def outside_latin_names(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the Latin ones that open a longer Latin name in a text of
    another script, abroad for the text's language ``lang``.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("Она ехала на Toyota Corolla в районе Омска.", lang="ru")]
    ['Омск']
    >>> [m.text for m in find_places("Делегация из Toyota прибыла в Омск.", lang="ru")]
    ['Toyota', 'Омск']
    >>> [m.text for m in find_places("Hanam City מרחיבה את החילופים עם ערים בעולם", lang="he")]
    ['Hanam']
    """
    home = home_countries(lang) if lang is not None else frozenset()
    latin = [
        m
        for m in mentions
        if m.place.kind is PlaceKind.CITY
        and m.place.country not in home
        and _latin_word(m.text)
        and _opens_a_name(m, text)
    ]
    if not latin or not _mostly_other_script(text):
        return mentions
    dropped = {id(m) for m in latin}
    return [m for m in mentions if id(m) not in dropped]
