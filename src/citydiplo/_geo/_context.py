"""How the places found in one text bear on each other (used by ``find_places``).

A place written right after a country or subdivision, with nothing but spaces between
them, is read as lying in it: "老挝万象省万荣县" (Laos, Vientiane Province, Vang Vieng
County), "경북 상주시", "Jalisco Mexico". When the gazetteer's answer for the second name
does not lie there (万荣县 is also a county of Shanxi, China), the answer is dropped: the
text says it is elsewhere. Conversely a country name glued to the capitalised place name
before it is read when that place lies in the country ("Jalisco Mexico", "Wisconsin USA";
not "Atlanta Georgia").

A name that fits several places ("Madison", "Alameda", "강서구") is read as the one of them
that the text reads elsewhere under a longer name ("Washington DC" for "Washington"), else
as the one that lies in a subdivision the text names elsewhere ("Wisconsin", "California",
"서울시"), when exactly one does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from functools import lru_cache
from typing import TypeVar

import attrs

from citydiplo._errors import CitydiploError
from citydiplo._geo._country_before import country_named_before
from citydiplo._geo._country_dominance import decided_beside
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._held_state import HELD
from citydiplo._geo._hierarchy import parent, related
from citydiplo._geo._nested import han_at, subdivision_of_named_country
from citydiplo._geo._one_region import one_region
from citydiplo._geo._places import (
    AmbiguousPlaceError,
    Place,
    PlaceKind,
    candidates,
    choose,
)
from citydiplo._geo._region_after import regions_after
from citydiplo._geo._repeated import repeated_unique
from citydiplo._geo._small_namesakes import outweighed
from citydiplo._normalize import match_key

_COUNTRY = PlaceKind.COUNTRY
_SUBDIVISION = PlaceKind.SUBDIVISION

__all__ = [
    "BARE",
    "PENDING",
    "REFUTED",
    "after_pending",
    "ambiguous_places",
    "contradicts",
    "country_after_its_place",
    "drop_contradicted",
    "named_with_generic",
    "qualified_city",
    "resolve_pending",
    "supported",
]

_CONTAINERS = (PlaceKind.COUNTRY, PlaceKind.SUBDIVISION)
M = TypeVar("M")


def contradicts(outer: Place, inner: Place) -> bool:
    """Whether ``inner``, written right after ``outer``, cannot lie in it. Only a city is
    so refuted: a subdivision read is a region's own name (Hindi "जापान बिहार में निवेश",
    Japan investing in Bihar, is no Bihar of Japan)."""
    if outer.kind not in _CONTAINERS or inner.kind is not PlaceKind.CITY:
        return False
    if inner.country != outer.country:
        return True
    if outer.kind is PlaceKind.SUBDIVISION and outer.subdivision and inner.subdivision:
        return not related(inner.subdivision, outer.subdivision)
    return False


def _modifies(first: Place, second: Place) -> bool:
    """Whether subdivision ``first``, written right before subdivision ``second`` of the same
    country that it does not contain, is a word about it rather than a place of its own."""
    if first.kind is not PlaceKind.SUBDIVISION or second.kind is not PlaceKind.SUBDIVISION:
        return False
    if first.country != second.country or not first.subdivision or not second.subdivision:
        return False
    return not related(first.subdivision, second.subdivision)


def drop_contradicted(
    text: str,
    found: Sequence[tuple[M, bool]],
    span: Callable[[M], tuple[int, int, Place]],
    intermediate: Sequence[str] = (),
) -> list[tuple[M, bool]]:
    """``found`` without the places that a country or subdivision written just before them
    contradicts, nor a subdivision written just before another one of its country that it
    does not contain (:func:`_modifies`): spaces only between, or one word naming an
    intermediate level
    (``intermediate``: Japanese "郡", "北海道茅部(かやべ)郡森町").

    The text then says that this name is a place elsewhere, which the gazetteer's answer is
    not: every other mention of the same name read as that same place is dropped too ("宜蘭縣
    蘇澳鎮 ... 蘇澳鎮長" is not the village 苏澳镇 of Fujian twice)."""
    kept: list[tuple[M, bool]] = []
    refuted: set[tuple[str, Place]] = set()
    previous: tuple[int, Place] | None = None
    for item in found:
        start, end, place = span(item[0])
        adjacent = previous is not None and _between_levels(text[previous[0] : start], intermediate)
        if adjacent and previous is not None and contradicts(previous[1], place):
            refuted.add((_name(text[start:end]), _bare(place)))
            previous = None
            continue
        if adjacent and previous is not None and _modifies(previous[1], place):
            kept.pop()  # "ઉત્તર ગુજરાત", north Gujarat: no Uttar Pradesh before Gujarat
        kept.append(item)
        previous = (end, place)
    if not refuted:
        return kept
    return [
        item
        for item in kept
        if (_name(text[span(item[0])[0] : span(item[0])[1]]), _bare(span(item[0])[2]))
        not in refuted
    ]


_READING = re.compile(r"[(（][^()（）]{0,12}[)）]")  # "茅部(かやべ)郡": a reading in brackets


def _between_levels(between: str, intermediate: Sequence[str]) -> bool:
    """Whether ``between`` joins two place names: spaces only, or one word ending with an
    intermediate level's generic word."""
    word = _READING.sub("", between).strip()
    if not word:
        return True
    if len(word) > 12 or any(not ch.isalnum() for ch in word):
        return False
    key = match_key(word)
    return any(key.endswith(level) and len(key) > len(level) for level in intermediate)


def _name(span: str) -> str:
    return match_key(span)


def _bare(place: Place) -> Place:
    """The place without the text that named it (one place, however it was written)."""
    return attrs.evolve(place, text="")


@lru_cache(maxsize=8192)
def country_after_its_place(previous: str, key: str, written: str = "") -> bool:
    """Whether ``key`` names a country in which the place named ``previous`` lies, or the
    word before the name (``written``, as written) is a country's possessive: "the RoK's
    Incheon", "Korea's Busan", or its name in any case form: "Беларуси Минск" (the reading
    must then lie in that country)."""
    stem = _POSSESSIVE.sub("", written)
    if stem != written:
        return _lies_in(key, candidates(match_key(stem)).countries)
    return _lies_in(previous, candidates(key).countries) or country_named_before(written, key)


def _lies_in(key: str, countries: Sequence[str]) -> bool:
    """Whether a place ``key`` names lies in one of ``countries``."""
    before = candidates(key)
    gz = gazetteer()
    return any(code[:2] in countries for code in before.subdivisions) or any(
        gz.country_of(row) in countries for row in before.cities
    )


_POSSESSIVE = re.compile(r"['’]s$")
# "Toledo, Ohio"; also "Anyang City, South Korea" (the city's own generic word between)
_QUALIFIER = re.compile(r"(?: City)?, ((?:[^\W\d_][\w'’.-]*)(?: [^\W\d_][\w'’.-]*){0,3})")


def qualified_city(text: str, span: str, end: int, floor: int) -> Place | None:
    """The city ``span`` names when a qualifier follows it ("Toledo, Ohio", "Austin, Texas",
    "Vancouver, Canada") and the pair reads as one city under :func:`parse_place`'s rules;
    ``None`` otherwise (no qualifier, ambiguous, or not a city of that place)."""
    match = _QUALIFIER.match(text, end, min(len(text), end + 48))
    if match is None or not match.group(1)[:1].isupper():
        for region in regions_after(text, end):  # "в Балашове Саратовской области"
            place = _qualified_city(span, region, floor)
            if place is not None:
                return place
        return None
    words = match.group(1).split(" ")
    for size in range(len(words), 0, -1):  # "Ohio", not "Ohio and Paris"
        qualifier = " ".join(words[:size]).rstrip(".")
        place = _qualified_city(span, qualifier, floor)
        if place is not None:
            return place
    return None


@lru_cache(maxsize=65536)
def _qualified_city(span: str, qualifier: str, floor: int) -> Place | None:
    from citydiplo._geo._parse import city_or_none

    place = city_or_none(f"{span}, {qualifier}")
    if place is None or place.kind is not PlaceKind.CITY or (place.population or 0) < floor:
        return None
    return attrs.evolve(place, text=span)


# (start, end, candidate places, cued) of the ambiguous names of the text being scanned
Pending = list[tuple[int, int, tuple[Place, ...], bool]]
PENDING: ContextVar[Pending | None] = ContextVar("PENDING", default=None)
# names the text showed to be no reading of the gazetteer's ("Fengtai District" is no
# village of Fengtai): not read anywhere in that text
REFUTED: ContextVar[set[str] | None] = ContextVar("REFUTED", default=None)
# names left unread for want of inhabitants (no cue word): (key, start, end)
BARE: ContextVar[list[tuple[str, int, int]] | None] = ContextVar("BARE", default=None)


@lru_cache(maxsize=65536)
def ambiguous_places(key: str, kinds: frozenset[PlaceKind]) -> tuple[Place, ...]:
    """The places an ambiguous name may be (``()`` when it is not ambiguous)."""
    try:
        choose(candidates(key), key, kinds=kinds)
    except AmbiguousPlaceError as err:
        return err.places
    except CitydiploError:
        return ()
    return ()


def resolve_pending(
    text: str,
    found: Sequence[M],
    span: Callable[[M], tuple[int, int, Place]],
    floors: tuple[int, int],
    support: Sequence[M] | None = None,
) -> list[tuple[int, int, Place]]:
    """The ambiguous names that the subdivisions named in ``support`` (default ``found``)
    decide: exactly one of their places lies in one of them (an uncued city needs
    ``floors[0]`` inhabitants, or ``floors[1]`` written in Han characters, as a name read
    directly there: "林肯中学", Lincoln High School, is no Lincoln, California of 50,000 beside
    San Francisco). A name overlapping any of ``found`` stays undecided."""
    pending = PENDING.get() or []
    if not pending:
        return []
    sure = found if support is None else support
    named = {p.subdivision for _, _, p in map(span, sure) if p.subdivision is not None}
    own = {p.subdivision for _, _, p in map(span, sure) if p.kind is _SUBDIVISION and p.subdivision}
    own |= {"^" + up for up in map(parent, sorted(own)) if up is not None}
    own |= {str(p.geonames_id) for _, _, p in map(span, sure) if p.geonames_id is not None}
    countries = {p.country for _, _, p in map(span, sure) if p.kind is PlaceKind.COUNTRY}
    country_spans = [(s, e, p.country) for s, e, p in map(span, sure) if p.kind is _COUNTRY]
    written = [(match_key(text[s:e]), p) for s, e, p in map(span, sure) if " " in text[s:e]]
    taken = [(s, e) for s, e, _ in map(span, found)]
    beside = decided_beside(text, pending, country_spans) if country_spans else {}
    decided: list[tuple[int, int, Place]] = []
    for start, end, places, cued in pending:
        if any(s < end and start < e for s, e in taken):
            continue
        longer = _qualified_elsewhere(text[start:end], written, places) if written else None
        if longer is not None:  # "Washington" where the text writes "Washington DC"
            decided.append((start, end, attrs.evolve(longer, text=text[start:end])))
            taken.append((start, end))
            continue
        inside = [
            p
            for p in places
            if p.subdivision is not None and any(related(p.subdivision, n) for n in named)
        ]
        if len(inside) == 1 and outweighed(inside[0], places, own):  # "Santa Clara" by
            inside = []  # Coimbra's district alone is no parish of 9,600 (see the module)
        if not inside and (cued or text[start].isupper()):  # a capital or a cue word:
            # "Victoria of Australia", the one subdivision of a named country (not "הדרום",
            # the south, in a text naming Israel)
            inside = subdivision_of_named_country(places, countries)
        if not inside and match_key(text[start:end]) in beside:  # "新西兰首都惠灵顿"
            inside = [beside[match_key(text[start:end])]]  # the capital, not Wellington, FL
        if len(inside) != 1:
            inside = one_region(inside or places)  # "Hakusan": two records, one in Ishikawa
        if len(inside) != 1:
            continue
        place = inside[0]
        floor = floors[1] if han_at(text, start) else floors[0]
        if place.kind is PlaceKind.CITY and not cued and (place.population or 0) < floor:
            continue
        decided.append((start, end, attrs.evolve(place, text=text[start:end])))
        taken.append((start, end))
    return decided


def _qualified_elsewhere(
    name: str, written: Sequence[tuple[str, Place]], places: tuple[Place, ...]
) -> Place | None:
    """The one place among ``places`` that the text reads elsewhere under a longer name
    starting with ``name`` ("Washington DC" for "Washington"), or ``None``; ``written``:
    the text's readings of names of several words, with their match keys."""
    key = match_key(name) + " "
    longer = [p for k, p in written if k.startswith(key)]
    if not longer:
        return None
    wanted = {_identity(c) for c in places}
    same = {_identity(p): p for p in longer if _identity(p) in wanted}
    return next(iter(same.values())) if len(same) == 1 else None


def _identity(place: Place) -> tuple[object, ...]:
    """One place however it was read: its GeoNames id, else its kind, country, subdivision."""
    if place.geonames_id is not None:
        return (place.geonames_id,)
    return place.kind, place.country, place.subdivision


def after_pending(starts: list[int], i: int, n: int) -> int:
    """Where the scan of unspaced text goes on after a failed reading at ``i``: past a name
    left pending as ambiguous that starts there (no shorter name is read inside it:
    "法尔肯贝里市" is not "里市"), or held back there (:mod:`._held`: "内蒙古自治区興安盟"
    holds no "蒙古", Mongolia), else at the next character."""
    pending, held, at = PENDING.get(), HELD.get(), starts[i]
    ends = [s[-1][1] for s in (pending, held) if s and s[-1][0] == at]
    if ends:
        end = max(ends)
        j = i + 1
        while j < n and starts[j] < end:
            j += 1
        return j
    return i + 1


def supported(
    found: Sequence[tuple[M, bool]],
    span: Callable[[M], tuple[int, int, Place]],
    strict: set[int],
    quorum: int,
) -> list[M]:
    """The mentions of ``found`` that stand: a weak one (``True``) only beside a strong one
    of the same country, or beside weak ones of at least ``quorum - 1`` other places of that
    country; one starting at an offset in ``strict`` only beside a strong one."""
    strong = {span(m)[2].country for m, needs in found if not needs}
    weak_places: dict[str, set[tuple[object, ...]]] = {}
    for m, needs in found:
        start, _, place = span(m)
        if needs and start not in strict:
            key = (place.kind, place.geonames_id, place.subdivision)
            weak_places.setdefault(place.country, set()).add(key)
    countries = strong | {c for c, p in weak_places.items() if len(p) >= quorum}
    unique = repeated_unique(found, span)  # "Invercargill" twice: the one place of the name
    return [
        m
        for m, needs in found
        if not needs
        or span(m)[2].country in (strong if span(m)[0] in strict else countries)
        or id(m) in unique
    ]


_NAMED = frozenset({PlaceKind.CITY, PlaceKind.SUBDIVISION})


def named_with_generic(
    text: str,
    found: Sequence[M],
    span: Callable[[M], tuple[int, int, Place]],
    generic: Sequence[str],
) -> list[tuple[int, int, Place]]:
    """The names left unread for want of inhabitants (:data:`BARE`) that the text also
    writes with a generic word on them, read there as a place: "宿迁" after "宿迁市" is
    Suqian (``generic``: the language's generic words written on names, as match keys),
    "Nerima" after "City of Nerima" (a cue word before the name: the mention is the name),
    "Champasak" after "tỉnh Champasak" or "Champasak province" the province (a subdivision
    the text reads by the same name, rather than the small town that bears it), unless a
    capitalised word follows where the generic word stood apart ("Contra Costa Industrial")."""
    bare = BARE.get() or []
    if not bare:
        return []
    written: dict[str, Place] = {}
    spaced: set[str] = set()  # names whose generic word stands apart: a longer name may follow
    for m in found:
        start, end, place = span(m)
        key = match_key(text[start:end])
        if place.kind in _NAMED:
            written.setdefault(key, place)
        for word in generic:
            if key.endswith(word) and key[: -len(word)].strip():
                written.setdefault(key[: -len(word)].rstrip(), place)
                spaced.update([key[: -len(word) - 1]] if key.endswith(" " + word) else [])
    taken = [(s, e) for s, e, _ in map(span, found)]
    decided: list[tuple[int, int, Place]] = []
    for key, start, end in bare:
        same = written.get(key)
        if same is None or any(s < end and start < e for s, e in taken):
            continue
        if key in spaced and text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
            continue  # "Contra Costa County ... the Contra Costa Industrial Association"
        decided.append((start, end, attrs.evolve(same, text=text[start:end])))
        taken.append((start, end))
    return decided
