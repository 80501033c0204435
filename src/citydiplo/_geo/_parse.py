"""``parse_place``: any place name — country, first-level subdivision or city — to a Place.

A name is read in this order, and the first step that finds something decides:

1. the whole text as a country (``resolve_country``'s rules: codes, ambiguity, aliases);
2. a qualifier: "Austin, Texas", "Bayside, Victoria", "Brandenburg, Germany",
   "Stari Grad (Sarajevo)": the part after the last comma (or in the final parentheses)
   is read as a place and becomes the context of the part before it;
3. the whole text in the gazetteer, then without the generic words around it
   ("thành phố Đà Lạt", "город Казань", "부산시", "四川省", "City of Austin"), whose kind
   then restricts the candidates (``data/cues/<lang>.json``);
4. the candidates are chosen by :func:`citydiplo._geo._places.choose` (context, kinds,
   dominance rule) or reported as ambiguous; nothing found is :class:`UnknownNameError`
   with close names as suggestions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citydiplo._errors import (
    ArgumentTypeError,
    ArgumentValueError,
    CitydiploError,
    UnknownNameError,
)
from citydiplo._geo._candidates import NOTHING
from citydiplo._geo._countries import (
    country_name,
    find_country,
    is_valid_country,
    resolve_country,
)
from citydiplo._geo._data import name_key
from citydiplo._geo._first_level_name import settled_by_level
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._languages import check_lang
from citydiplo._geo._peel import endings as _endings
from citydiplo._geo._peel import variants as _variants
from citydiplo._geo._places import (
    AmbiguousPlaceError,
    Candidates,
    Place,
    PlaceKind,
    candidates,
    choose,
    union,
)
from citydiplo._geo._postal_states import postal_state_city
from citydiplo._geo._seat_names import without_seat_rows
from citydiplo._geo._subdivisions import is_valid_subdivision, resolve_subdivision
from citydiplo._geo._surrogates import check_name
from citydiplo._normalize import clean

__all__ = ["city_or_none", "parse_place", "read_name"]


_CODE = re.compile(r"[A-Z]{2,3}")
_TRAILING_PARENS = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
_ALL = frozenset(PlaceKind)


def _constituent(code: str, text: str, key: str) -> Place:
    """A country, with its constituent country when the text (match key ``key``) names one
    ("Scotland")."""
    from citydiplo._geo._subdivisions import _constituents

    sub = _constituents().get(key)
    return Place(text=text, country=code, subdivision=sub, name=country_name(code))


def read_name(
    text: str,
    key: str,
    *,
    lang: str | None,
    kinds: frozenset[PlaceKind],
    country: str | None,
    subdivision: str | None,
    found: Candidates | None = None,
) -> Place | None:
    """The place a bare name (no qualifier) names, by its match key and the cue words:
    the candidates of every reading together, so that "City of Austin" (an alternate name
    of a town in Minnesota) still finds Austin, Texas by the dominance rule. ``found``:
    the candidates of ``key``, when already read."""
    # one word with no attached cue word has one reading, all kinds (as _variants reads it)
    if (" " in key or key[-1:] in _endings(lang)) and len(variants := _variants(key, lang)) > 1:
        readings = [
            (without_seat_rows(candidates(k), k, key[len(k) :]), kinds & allowed)
            for k, allowed in variants
        ]
        found = union([(f, k) for f, k in readings if f and k])
        if not found:
            return None
        allowed = frozenset(k for found_here, ks in readings if found_here for k in ks)
        return choose(found, text, kinds=allowed, country=country, subdivision=subdivision)
    # no generic word around the name: one reading, all kinds
    if found is None:
        found = candidates(key)
    if found is NOTHING:  # (candidates() gives no other empty Postings)
        return None
    return choose(found, text, kinds=kinds, country=country, subdivision=subdivision)


def _context(
    country: str | None, subdivision: str | None, lang: str | None
) -> tuple[str | None, str | None]:
    if country is not None and not is_valid_country(country):
        country = resolve_country(country, lang=lang)
    if subdivision is not None and not is_valid_subdivision(subdivision, country):
        subdivision = resolve_subdivision(subdivision, country=country, lang=lang)
    if subdivision is not None and country is None:
        country = subdivision.split("-")[0]
    return country, subdivision


def _split(text: str) -> tuple[str, str] | None:
    """The name and its qualifier: "Austin, Texas", "Stari Grad (Sarajevo)"."""
    match = _TRAILING_PARENS.match(text) if text.endswith(")") else None
    if match is not None:
        return match["outer"].strip(), match["inner"].strip()
    left, comma, right = text.rpartition(",")
    if comma and left.strip() and right.strip():
        return left.strip(), right.strip()
    return None


def parse_place(
    text: str,
    *,
    lang: str | None = None,
    country: str | None = None,
    subdivision: str | None = None,
    kind: PlaceKind | str | None = None,
    fix_misspellings: bool = False,
) -> Place:
    """The country, subdivision or city a name denotes, in any of the ten languages.

    Args:
        text: a place name, with or without the words news writes around it ("thành phố
            Đà Lạt", "부산시", "город Казань", "City of Austin"), or qualified by its
            subdivision or country ("Austin, Texas", "Brandenburg, Germany").
        lang: the language of the text, whose cue words are used (all when ``None``).
        country: a country (code or name) the place must lie in.
        subdivision: a subdivision (code or name) the place must lie in.
        kind: only places of this kind (``"city"``, ``"subdivision"``, ``"country"``).
        fix_misspellings: correct the known misspellings of country names in the
            twin-town list (list cleaning only).

    Raises:
        UnknownNameError: no place has that name (close names as suggestions).
        AmbiguousNameError: several places fit and the context cannot separate them (an
            :class:`AmbiguousPlaceError` listing each with its country, subdivision and
            population) — see the dominance rule in :mod:`citydiplo._geo._places`.

    >>> parse_place("Brandenburg, Germany").subdivision
    'DE-BB'
    >>> p = parse_place("thành phố Đà Lạt")
    >>> p.kind.value, p.country, p.subdivision, p.geonames_id
    ('city', 'VN', 'VN-35', 1584071)
    >>> parse_place("Austin, Texas").geonames_id, parse_place("부산시").name
    (4671654, 'Busan')
    """
    if not isinstance(text, str):
        raise ArgumentTypeError(f"a place name must be a str, not {type(text).__name__}: {text!r}")
    if lang is not None:  # (None is always accepted)
        check_lang("parse_place", lang)
    if not text.isascii():  # (an ASCII text holds no surrogate)
        check_name("parse_place", text)
    kinds = _ALL if kind is None else frozenset({_kind(kind)})
    outcome = _outcome(text, lang, country, subdivision, kinds, fix_misspellings)
    if isinstance(outcome, Place):
        return outcome
    raise outcome.with_traceback(None)  # (as _parse: one frame less on every call)


def _parse(
    text: str,
    lang: str | None,
    country: str | None,
    subdivision: str | None,
    kinds: frozenset[PlaceKind],
    fix_misspellings: bool,
    suggest: bool = True,
) -> Place:
    outcome = _outcome(text, lang, country, subdivision, kinds, fix_misspellings, suggest)
    if isinstance(outcome, Place):
        return outcome
    raise outcome.with_traceback(None)


@lru_cache(maxsize=65536)  # texts repeat (list cells, names in news): answers and errors
def _outcome(
    text: str,
    lang: str | None,
    country: str | None,
    subdivision: str | None,
    kinds: frozenset[PlaceKind],
    fix_misspellings: bool,
    suggest: bool = True,
) -> Place | CitydiploError:
    # (the look-up itself is here, not in a function of its own: one frame less per name)
    try:
        # ASCII text holds no invisible character and is its own NFC form: clean() is then
        # the whitespace collapsed
        cleaned = " ".join(text.split()) if text.isascii() else clean(text)
        key = name_key(cleaned)
        if not key:
            raise UnknownNameError(f"not a place name: {text!r}", name=text)
        if country is not None or subdivision is not None:
            country, subdivision = _context(country, subdivision, lang)
        found = candidates(key)  # read once, for the country test and the name
        if (
            PlaceKind.COUNTRY in kinds
            and subdivision is None
            and (fix_misspellings or found.countries or _may_be_country(cleaned))
        ):
            code = find_country(cleaned, lang=lang, fix_misspellings=fix_misspellings)
            if code is not None and country in (None, code):
                return _constituent(code, text, key)
        place = read_name(
            text, key, lang=lang, kinds=kinds, country=country, subdivision=subdivision, found=found
        )
        if place is not None:
            return place
        qualified = _split(cleaned)
        if qualified is not None:
            return _qualified(
                text, qualified, lang, country, subdivision, kinds, fix_misspellings, suggest
            )
        where = "".join(f" in {c}" for c in (subdivision or country,) if c)
        raise UnknownNameError(
            f"no place{where} is called {text!r}",
            name=text,
            suggestions=_suggest(key) if suggest else (),
        )
    except CitydiploError as err:  # (its frames are never shown: not kept alive)
        return settled_by_level(text, err)  # ("광주광역시": the first-level city, if one)


def _kind(kind: PlaceKind | str) -> PlaceKind:
    """``kind`` as a :class:`PlaceKind`; a clear error for anything else ("planet")."""
    if isinstance(kind, PlaceKind):
        return kind
    if isinstance(kind, str) and kind in _KIND_VALUES:
        return PlaceKind(kind)
    expected = ", ".join(repr(k.value) for k in PlaceKind)
    if isinstance(kind, str):
        raise ArgumentValueError(
            f"parse_place(): kind={kind!r} is no kind of place; expected {expected}"
        )
    raise ArgumentTypeError(
        f"parse_place(): kind={kind!r} must be a PlaceKind or one of {expected}"
    )


_KIND_VALUES = frozenset(k.value for k in PlaceKind)


def city_or_none(text: str) -> Place | None:
    """What ``parse_place(text, kind="city")`` returns, or ``None`` where it raises, for a
    caller that drops the error: an unknown name's close names, which only the error's
    message shows, are not searched for (a search that costs more than the look-up)."""
    outcome = _outcome(text, None, None, None, _CITY, False, False)
    return outcome if isinstance(outcome, Place) else None


def _as_country(
    text: str, key: str, lang: str | None, fix: bool, found: Candidates | None = None
) -> str | None:
    """The country code the whole text names, when it names one (ambiguity raises);
    ``found``: the candidates of ``key``, when already read."""
    found = found if found is not None else candidates(key)
    if not (fix or found.countries or _may_be_country(text)):
        return None
    return find_country(text, lang=lang, fix_misspellings=fix)


def _may_be_country(text: str) -> bool:
    """Whether ``text``, which names no country by its key, may name one as
    ``find_country`` reads it: a qualified name or a code."""
    return (
        "(" in text  # "Georgia (country)"
        or "," in text  # "Korea, South"
        or (len(text) <= 3 and _CODE.fullmatch(text) is not None)
    )


def _qualified(
    text: str,
    parts: tuple[str, str],
    lang: str | None,
    country: str | None,
    subdivision: str | None,
    kinds: frozenset[PlaceKind],
    fix: bool,
    suggest: bool = True,
) -> Place:
    """ "Name, Qualifier": the qualifier is read first and restricts the name."""
    name, qualifier = parts
    if country is None and subdivision is None:  # "Boston, MA": Massachusetts, not Morocco
        postal = postal_state_city(
            qualifier, lambda c, s: _parse(name, lang, c, s or None, kinds, fix, False)
        )
        if postal is not None:
            return _with_text(postal, text)
    try:
        outer = _parse(qualifier, lang, country, subdivision, _ALL, fix, suggest)
    except AmbiguousPlaceError:
        # a qualifier holds the name: a subdivision or a country, never a namesake city
        try:
            outer = _parse(qualifier, lang, country, subdivision, _CONTAINERS, fix, suggest)
        except AmbiguousPlaceError as err:
            outer = _one_container(name, err, lang, kinds, fix)
    where = (outer.country, outer.subdivision)
    try:  # (close names are searched for only when the error is raised: below)
        return _with_text(_parse(name, lang, *where, kinds, fix, False), text)
    except UnknownNameError:
        if outer.kind is PlaceKind.COUNTRY and outer.subdivision is None:
            other = _as_country(name, name_key(name), lang, fix)
            if other is not None and other != outer.country:
                raise AmbiguousPlaceError(
                    f"{text!r} names two countries",
                    name=text,
                    places=[Place(text=name, country=other), outer],
                ) from None
            # "Rauma, Norway": an unknown locality is kept, never dropped
            return Place(text=text, country=outer.country, locality=name)
        if not suggest:
            raise
    # the same look-up again raises the same error, now with the name's close names
    return _with_text(_parse(name, lang, *where, kinds, fix, suggest), text)


def _one_container(
    name: str, err: AmbiguousPlaceError, lang: str | None, kinds: frozenset[PlaceKind], fix: bool
) -> Place:
    """The one subdivision or country among the ambiguous qualifier's places (``err``) that
    holds a place named ``name``: "Seattle, Washington" is in Washington state, not in the
    District of Columbia (also called Washington); ``err`` is raised again unless exactly one
    holds it."""
    holding: list[Place] = []
    for outer in err.places:
        if outer.kind not in _CONTAINERS:
            continue
        try:
            _parse(name, lang, outer.country, outer.subdivision, kinds, fix, False)
        except CitydiploError:
            continue
        holding.append(outer)
    if len(holding) != 1:
        raise err
    return holding[0]


def _with_text(place: Place, text: str) -> Place:
    import attrs

    return attrs.evolve(place, text=text)


def _suggest(key: str) -> list[str]:
    """Close names of ``key`` (:meth:`Gazetteer.close_keys`), for an unknown name's error."""
    return gazetteer().close_keys(key)


def find_city(
    text: str, *, country: str | None, subdivision: str | None, lang: str | None = None
) -> Place | None:
    """The city ``text`` names in this context, or ``None`` when no city has that name
    (cheaper than :func:`parse_place`: no suggestions are computed for unknown names).

    Raises:
        AmbiguousPlaceError: several cities fit and none dominates.
    """
    cleaned = clean(text)
    key = name_key(cleaned)
    if not key:
        return None
    place = read_name(text, key, lang=lang, kinds=_CITY, country=country, subdivision=subdivision)
    if place is not None:
        return place
    qualified = _split(cleaned)
    if qualified is None:
        return None
    name, qualifier = qualified
    try:
        outer = _parse(qualifier, lang, country, subdivision, _ALL, False, False)
    except UnknownNameError:  # (caught: no close names searched for)
        return None
    if outer.country != (country or outer.country):
        return None
    inner = find_city(name, country=outer.country, subdivision=outer.subdivision, lang=lang)
    return None if inner is None else _with_text(inner, text)


_CITY = frozenset({PlaceKind.CITY})
_CONTAINERS = frozenset({PlaceKind.SUBDIVISION, PlaceKind.COUNTRY})
