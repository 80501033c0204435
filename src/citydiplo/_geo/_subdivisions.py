"""Subdivision names to ISO 3166-2 codes.

pycountry names subdivisions in the local language or romanisation ("Gyeonggi-do",
"Seoul-teukbyeolsi", "Guyane (française)"); its gettext catalogues add translations
("경기도", "서울"); ``data/subdivision_names.json`` adds English and short names and the
generic words ("province", "-do", "tỉnh", "oblast"...) stripped to build fallback keys.
A name matches exactly first, then by its stripped key; without ``country`` a name found in
several countries is ambiguous ("Punjab": IN-PB, PK-PB). When one candidate contains the
others (a region and its same-named department) the region is the answer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from citydiplo._errors import AmbiguousNameError, ArgumentTypeError, UnknownNameError
from citydiplo._geo._countries import is_valid_country, resolve_country
from citydiplo._geo._data import (
    LANGUAGES,
    by_length,
    close_matches,
    gettext_names,
    languages_for,
    load_json,
    name_key,
)
from citydiplo._normalize import clean

__all__ = ["is_valid_subdivision", "resolve_subdivision"]

_Index = dict[str, frozenset[str]]
_BRACKET = re.compile(r"\s*\[([^\]]*)\]")
_CODE_IN_BRACKET = re.compile(r"\s*\b[A-Z]{2}-[A-Z0-9]{1,3}\b")
_PAREN = re.compile(r"\s*\(([^)]*)\)")


def _names(name: str) -> list[str]:
    """pycountry's name with its bracketed alternatives split off and comma forms inverted.

    >>> _names("Isle of Anglesey [Sir Ynys Môn GB-YNM]")
    ['Isle of Anglesey', 'Sir Ynys Môn']
    >>> _names("Bristol, City of")
    ['Bristol, City of', 'City of Bristol']
    """
    names = [_BRACKET.sub("", name).strip()]
    names += [_CODE_IN_BRACKET.sub("", alt).strip() for alt in _BRACKET.findall(name)]
    if _PAREN.search(names[0]):
        names.append(_PAREN.sub("", names[0]).strip())
    for n in list(names):
        head, sep, tail = n.partition(", ")
        if sep and tail and "," not in tail:
            names.append(f"{tail} {head}")
    return [n for n in names if n]


@cache
def _parents() -> dict[str, str | None]:
    import pycountry

    return {s.code: s.parent_code for s in pycountry.subdivisions}


@cache
def _affixes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns for the generic prefixes, suffixes and attached (unspaced) suffixes."""
    data = load_json("subdivision_names.json")

    def alternatives(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return (
        re.compile(rf"^(?:{alternatives(data['prefixes'])}) (?=.)"),
        re.compile(rf"(?<=.) (?:{alternatives(data['suffixes'])})$"),
        re.compile(rf"(?<=..)(?:{alternatives(data['attached_suffixes'])})$"),
    )


def _strip(key: str) -> str:
    """A key without generic words: "gyeonggi do" -> "gyeonggi", "tinh quang nam" -> ...

    >>> _strip("seoul teukbyeolsi"), _strip("tinh quang nam"), _strip("경기도")
    ('seoul', 'quang nam', '경기')
    """
    prefix, suffix, attached = _affixes()
    while True:
        stripped = suffix.sub("", prefix.sub("", key))
        if " " not in stripped:
            stripped = attached.sub("", stripped)
        if stripped == key:
            return key
        key = stripped


def _add(exact: dict[str, set[str]], names: list[str], code: str) -> None:
    for name in names:
        key = name_key(name)
        if key:
            exact.setdefault(key, set()).add(code)


def _exact(languages: tuple[str, ...] | None) -> _Index:
    """pycountry's own names (``None``) or their translations into ``languages``."""
    return _native() if languages is None else _translated(languages)


@cache
def _loose(languages: tuple[str, ...] | None) -> _Index:
    """Stripped and unspaced forms of every key of an exact index: its fallback index."""
    loose: dict[str, set[str]] = {}
    for key, codes in _exact(languages).items():
        stripped = _strip(key)
        for variant in {stripped, key.replace(" ", ""), stripped.replace(" ", "")}:
            loose.setdefault(variant, set()).update(codes)
    return {k: frozenset(v) for k, v in loose.items()}


@cache
def _native() -> _Index:
    """pycountry's own names and the aliases file -> codes."""
    import pycountry

    exact: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        _add(exact, _names(sub.name), sub.code)
    aliases: Mapping[str, list[str]] = load_json("subdivision_names.json")["aliases"]
    for code, names in aliases.items():
        _add(exact, names, code)
    return {k: frozenset(v) for k, v in exact.items()}


@cache
def _translated(languages: tuple[str, ...]) -> _Index:
    """pycountry's translations of subdivision names into ``languages``."""
    import pycountry

    exact: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        for name in _names(sub.name):
            for lang in languages:
                _add(exact, gettext_names("iso3166-2", lang, name), sub.code)
    return {k: frozenset(v) for k, v in exact.items()}


def _is_latin(key: str) -> bool:
    return all(ord(ch) < 0x370 or 0x1E00 <= ord(ch) <= 0x1EFF for ch in key)


def _candidates(key: str, country: str | None, lang: str | None) -> frozenset[str]:
    """The codes the first matching tier gives; Latin names try pycountry's own names first,
    other scripts the translations (built only when needed)."""
    stripped = _strip(key)
    variants = (key, stripped, key.replace(" ", ""), stripped.replace(" ", ""))
    sources: list[tuple[str, ...] | None] = [None, languages_for(key)]
    if not _is_latin(key):
        sources.reverse()
    if lang is not None and lang not in LANGUAGES:
        sources.insert(0, (lang,))
    for source in sources:
        lookups = [(_exact, key)] + [(_loose, v) for v in variants]
        for index, k in lookups:
            found = index(source).get(k, frozenset())
            if country is not None:
                found = frozenset(c for c in found if c.startswith(country + "-"))
            if found:
                return found
    return frozenset()


def _ancestors(code: str) -> set[str]:
    parents = _parents()
    seen: set[str] = set()
    parent = parents.get(code)
    while parent is not None and parent not in seen:
        seen.add(parent)
        parent = parents.get(parent)
    return seen


def _suggest(key: str, country: str | None) -> list[str]:
    names = _display_names()
    return [names[k][0] for k in close_matches(key, _suggestion_keys(country), cutoff=0.8)]


@cache
def _suggestion_keys(country: str | None) -> dict[tuple[str, int], list[str]]:
    names = _display_names()
    prefix = "" if country is None else country + "-"
    return by_length(k for k, (_, code) in names.items() if code.startswith(prefix))


@cache
def _display_names() -> dict[str, tuple[str, str]]:
    """Match key -> (a display name, its code), for suggestions."""
    import pycountry

    names: dict[str, tuple[str, str]] = {}
    for sub in pycountry.subdivisions:
        for name in _names(sub.name):
            names.setdefault(name_key(name), (name, sub.code))
    return names


def resolve_subdivision(name: str, *, country: str | None = None, lang: str | None = None) -> str:
    """The ISO 3166-2 code of a province, state, region... named in any supported language.

    Args:
        name: the subdivision's name, with or without its generic word ("Gyeonggi",
            "Gyeonggi-do", "경기도", "Tỉnh Quảng Nam").
        country: an alpha-2 code or a country name restricting the search.
        lang: another language whose pycountry translations are searched first.

    Raises:
        UnknownNameError: no subdivision has that name (in that country).
        AmbiguousNameError: it names subdivisions of several countries ("Punjab").

    >>> resolve_subdivision("Gyeonggi-do"), resolve_subdivision("경기도")
    ('KR-41', 'KR-41')
    >>> resolve_subdivision("Punjab", country="Pakistan")
    'PK-PB'
    """
    if not isinstance(name, str):
        raise ArgumentTypeError(f"a subdivision name must be a str, not {type(name).__name__}")
    if country is not None and not is_valid_country(country):
        country = resolve_country(country)
    key = name_key(clean(name))
    found = _candidates(key, country, lang) if key else frozenset()
    if len(found) > 1:
        # A region and its own same-named subdivision: the name means the region.
        found = frozenset(c for c in found if not (_ancestors(c) & found))
    where = f" in {country}" if country else ""
    if not found:
        close = _suggest(key, country)
        raise UnknownNameError(
            f"no subdivision{where} is called {name!r}", name=name, suggestions=close
        )
    if len(found) > 1:
        raise AmbiguousNameError(
            f"{name!r} names several subdivisions{where}", name=name, candidates=sorted(found)
        )
    return next(iter(found))


@cache
def _subdivision_codes() -> frozenset[str]:
    return frozenset(_parents())


def is_valid_subdivision(code: str, country: str | None = None) -> bool:
    """Whether ``code`` is an ISO 3166-2 code (of ``country``, when given).

    >>> is_valid_subdivision("KR-41"), is_valid_subdivision("KR-41", "VN")
    (True, False)
    """
    if not isinstance(code, str) or code not in _subdivision_codes():
        return False
    return country is None or code.startswith(country + "-")


@cache
def _constituents() -> dict[str, str]:
    table: Mapping[str, str] = load_json("country_aliases.json")["constituents"]
    return {name_key(k): v for k, v in table.items() if not k.startswith("_")}
