"""Indian towns listed beside towns of their state (``find_places`` runs it on what its
scan found).

Hindi and Gujarati weather warnings and district news list towns and districts by name
alone: "દેવરિયા, ગોરખપુર, કુશીનગર, બહરાઇચ, ગોંડા" is written "देवरिया, गोरखपुर, कुशीनगर,
महराजगंज, बहराइच, गोंडा". A town the gazetteer knows in Latin letters only is read by its
spellings (:func:`citydiplo._geo._indic.indian_at`), but not when its name is a frequent
word of the language (Hindi news names "बहराइच" and "गोंडा" often enough) or names several
towns of India ("सुल्तानपुर"). In a list, the items beside it say which state it lies in:
a word separated by nothing but a list's separator (a comma, "और", "અને") from a town of
the text's home country already read, that spells the name of exactly one town of
:data:`citydiplo._geo._indic.FLOOR` people or more in that town's state, is that town.
The list read so may grow: a town read this way is a neighbour for the next item; an
item of several words the scan left unread ("संतकबीर नगर, सिद्धार्थ नगर") does not end the
list: a one-word item up to :data:`_ITEMS` items away from a town read is its neighbour too.
Such an item of two or three words is a district of that town's state when the Latin
spellings of its words, joined, name exactly one district of the state in GeoNames
("सिद्धार्थ नगर", Siddharth Nagar; "ગીર સોમનાથ", Gir Somnath).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import product
from typing import TypeVar

import attrs

from citydiplo._errors import CitydiploError
from citydiplo._geo._candidates import candidates
from citydiplo._geo._cues import cues
from citydiplo._geo._districts import district_place
from citydiplo._geo._fold import folded_with_offsets
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._indic import FLOOR, latin_spellings, town_tries
from citydiplo._geo._places import Place, PlaceKind, choose

__all__ = ["town_in", "with_listed_home_towns"]

M = TypeVar("M", bound=Mention)
_LANGUAGES = frozenset({"hi", "gu"})
_CITY = frozenset({PlaceKind.CITY})
_WORD = re.compile("[\u0900-\u097f\u0a80-\u0aff]+")  # a run of Devanagari or Gujarati letters
_SEPARATOR = re.compile("[ \t]*(?:,|،|और|एवं|तथा|અને|તથા)[ \t]*")
_PASSES = 4  # a list grows by the items read in the pass before
_LETTERS = "[\u0900-\u097f\u0a80-\u0aff]+"
_ITEM = re.compile(f"{_LETTERS}(?:[ \t]+{_LETTERS}){{0,2}}")  # a list's item: 1 to 3 words
_BEFORE = re.compile(f"({_ITEM.pattern})[ \t]*(?:,|،|और|एवं|तथा|અને|તથા)[ \t]*$")
_LOOKBACK = 60
_ITEMS = 3  # list items a word may lie from a town read, past items of several words
_SPELLINGS = 8  # Latin spellings of each word of an item of several words, at most
_SEPARATOR_END = re.compile("(?:,|،|और|एवं|तथा|અને|તથા)[ \t]*$")


@lru_cache(maxsize=16384)
def town_in(word: str, state: str, lang: str) -> tuple[int, Place] | None:
    """The one town of ``state`` of :data:`FLOOR` people or more that the word (a run of
    Devanagari or Gujarati letters) spells, with the length of its name.

    Kept per word (bounded): :func:`citydiplo._geo._state_towns.with_state_towns` asks it
    about every word of a Hindi or Gujarati text the scan left unread, and the answer
    depends on the word, the state and the language alone (the same function words recur
    in every text); folding each anew was a twentieth of the extraction of such texts."""
    folded, _starts, ends = folded_with_offsets(word)
    for length, _tail, keys in town_tries(folded, cues(lang)):
        span = word[: ends[length - 1]]
        found: dict[int | None, Place] = {}
        for key in keys:
            try:
                place = choose(candidates(key), span, kinds=_CITY, subdivision=state)
            except CitydiploError:
                return None
            if place is not None and place.subdivision == state:
                found[place.geonames_id] = place
        if len(found) > 1:
            return None
        if found:
            place = next(iter(found.values()))
            big = (place.population or 0) >= FLOOR
            return (ends[length - 1], attrs.evolve(place, text=span)) if big else None
    return None


def with_listed_home_towns(
    mentions: Sequence[M], text: str, lang: str | None, make: Callable[..., M]
) -> tuple[M, ...]:
    """``mentions`` with the listed towns described above (made with
    ``make(start=, end=, text=, place=)``), in text order.

    >>> from citydiplo import find_places
    >>> text = "लखनऊ: देवरिया, गोरखपुर, कुशीनगर, बहराइच, गोंडा में बारिश"
    >>> [m.place.subdivision for m in find_places(text, lang="hi")]
    ['IN-UP', 'IN-UP', 'IN-UP', 'IN-UP', 'IN-UP', 'IN-UP']
    """
    if lang not in _LANGUAGES:
        return tuple(mentions)
    home = cues(lang).home
    found = sorted(mentions, key=lambda m: m.start)
    towns = [m for m in found if _town(m, home)]
    for _ in range(_PASSES):
        neighbours: dict[tuple[int, int], set[str]] = {}
        for m in towns:
            for span in _beside(text, m.start, m.end):
                neighbours.setdefault(span, set()).add(str(m.place.subdivision))
        starts = [m.start for m in found]
        added: list[M] = []
        for (start, stop), states in sorted(neighbours.items()):
            k = bisect_right(starts, stop - 1)  # the mentions starting before the word ends
            if len(states) != 1 or (k and found[k - 1].end > start):
                continue
            if added and added[-1].end > start:
                continue
            item, state = text[start:stop], next(iter(states))
            read = _district_in(item, state) if " " in item else town_in(item, state, lang)
            if read is None:
                continue
            end = start + read[0]
            added.append(make(start=start, end=end, text=text[start:end], place=read[1]))
        if not added:
            break
        found = sorted((*found, *added), key=lambda m: m.start)
        towns = added
    return tuple(found)


def _district_in(item: str, state: str) -> tuple[int, Place] | None:
    """The one district of ``state`` that the words of ``item`` spell, each word by its
    Latin spellings, joined by a space ("सिद्धार्थ नगर": GeoNames' "Siddharth Nagar")."""
    words = item.split()
    spelled = [latin_spellings(w)[:_SPELLINGS] for w in words]
    found = {
        d
        for key in product(*spelled)
        for d in candidates(" ".join(key)).districts
        if d.subdivision == state
    }
    if len(found) != 1:
        return None
    return len(item), district_place(found.pop(), item)


def _town(m: Mention, home: frozenset[str]) -> bool:
    place = m.place
    return place.kind is PlaceKind.CITY and place.country in home and bool(place.subdivision)


def _beside(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words right before and right after ``text[start:end]`` across a list's
    separator, and the one-word items up to :data:`_ITEMS` items away across items of
    up to three words ("बस्ती, संतकबीर नगर, सिद्धार्थ नगर, बहराइच"), as spans."""
    out = []
    at = end
    for k in range(_ITEMS):
        sep = _SEPARATOR.match(text, at)
        item = _ITEM.match(text, sep.end()) if sep else None
        if item is None:
            break
        word = _WORD.match(text, item.start())
        if word is not None and (k == 0 or word.end() == item.end()):
            out.append(word.span())
        if word is not None and word.end() < item.end():
            out.append(item.span())  # "सिद्धार्थ नगर": a district's name of several words
        at = item.end()
    at = start
    for k in range(_ITEMS):
        low = max(0, at - _LOOKBACK)  # (no separator at the end: no item before it, no search)
        before = _BEFORE.search(text, low, at) if _SEPARATOR_END.search(text, low, at) else None
        if before is None:
            break
        words = before.group(1).split()
        if k == 0 or len(words) == 1:
            out.append((before.end(1) - len(words[-1]), before.end(1)))
        if len(words) > 1 and (
            k or _SEPARATOR_END.search(text, max(0, before.start(1) - 12), before.start(1))
        ):
            out.append(before.span(1))  # an item of several words, the list's before it
        at = before.start(1)
    return out
