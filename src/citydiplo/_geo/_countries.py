"""Country names in many languages to ISO 3166-1 alpha-2 codes, and back.

Names come from pycountry (English names and its gettext translations), from CLDR via Babel
(``Locale(lang).territories``; CLDR's short and variant forms, which Babel leaves out, from
``data/country_short_names.json``) and from ``data/country_aliases.json`` (short, older and
local names, plus Kosovo, ``XK``, which ISO has not assigned but everyone uses). Matching is exact
on :func:`name_key`; fuzzy matching only ever produces *suggestions* in the error.

Names are searched in tiers and the first tier that knows the name decides:

1. names that fit several present countries (``Congo``, ``Yugoslavia``, ``USSR``): always
   :class:`AmbiguousNameError` listing the candidates;
2. names in ``lang`` when it is given;
3. English names, official names, codes' common names and the aliases file;
4. names in the languages of the sources (Korean, Vietnamese, Chinese, Japanese, Russian,
   Hindi, Gujarati, Hebrew, Persian).

A name that fits two countries inside the deciding tier is ambiguous, never a guess.
Bare ``Korea`` is South Korea (``KR``), the common usage in the sources; North Korea resolves
only by an explicit name (``North Korea``, ``DPRK``, ``조선``...). Historical states that
split (USSR, Yugoslavia, Czechoslovakia) are ambiguous between their successors; historical
names of one present state (Burma, Persia, Zaire, West Germany) resolve to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache, lru_cache

from citydiplo._errors import AmbiguousNameError, ArgumentTypeError, UnknownNameError
from citydiplo._geo._data import (
    babel_territories,
    by_length,
    close_matches,
    gettext_names,
    languages_for,
    load_json,
    name_key,
)
from citydiplo._normalize import clean

__all__ = ["country_name", "find_country", "is_valid_country", "resolve_country"]

_Index = dict[str, frozenset[str]]
_CODE = re.compile(r"[A-Z]{2,3}")
_PARENTHESIS = re.compile(r"^(?P<outer>.*?)\s*\((?P<inner>[^()]*)\)$")


def _variants(name: str) -> list[str]:
    """A name plus, for ISO's inverted forms ("Korea, Republic of"), the natural order."""
    names = [name]
    head, sep, tail = name.partition(", ")
    if sep and tail and "," not in tail:
        names.append(f"{tail} {head}")
    return names


def _add(index: dict[str, set[str]], names: Iterable[str], code: str) -> None:
    for name in names:
        for variant in _variants(name):
            key = name_key(variant)
            if key:
                index.setdefault(key, set()).add(code)


def _freeze(index: dict[str, set[str]]) -> _Index:
    return {key: frozenset(codes) for key, codes in index.items()}


@cache
def _records() -> dict[str, tuple[str, ...]]:
    """alpha-2 code -> the English names pycountry (or the aliases file, for XK) gives it."""
    import pycountry

    records: dict[str, tuple[str, ...]] = {}
    for country in pycountry.countries:
        # The common name first: it is the display name when CLDR has none.
        common: str | None = getattr(country, "common_name", None)
        official: str | None = getattr(country, "official_name", None)
        names = [n for n in (common, country.name, official) if n]
        records[country.alpha_2] = tuple(names)
    extra: Mapping[str, Mapping[str, str]] = load_json("country_aliases.json")["extra_countries"]
    for code, info in extra.items():
        records[code] = tuple(v for k, v in info.items() if k != "alpha_3")
    return records


@cache
def _codes() -> dict[str, str]:
    """Upper-case alpha-2 and alpha-3 codes -> alpha-2."""
    import pycountry

    codes = {c.alpha_2: c.alpha_2 for c in pycountry.countries}
    codes.update({c.alpha_3: c.alpha_2 for c in pycountry.countries})
    extra: Mapping[str, Mapping[str, str]] = load_json("country_aliases.json")["extra_countries"]
    for code, info in extra.items():
        codes[code] = code
        codes[info["alpha_3"]] = code
    return codes


@cache
def _ambiguous() -> _Index:
    table: Mapping[str, list[str]] = load_json("country_aliases.json")["ambiguous"]
    return {name_key(name): frozenset(codes) for name, codes in table.items()}


@cache
def _primary() -> _Index:
    """English, official and common names, CLDR English names and the aliases file."""
    index: dict[str, set[str]] = {}
    known = _records()
    for code, names in known.items():
        _add(index, names, code)
    for table in babel_territories("en"):
        for code, name in table.items():
            if code in known:
                _add(index, [name], code)
    aliases: Mapping[str, list[str]] = load_json("country_aliases.json")["aliases"]
    for code, alias_names in aliases.items():
        _add(index, alias_names, code)
    return _freeze(index)


@cache
def _cldr(languages: tuple[str, ...]) -> _Index:
    """CLDR names (via Babel) of every country in ``languages``, with CLDR's short and
    variant forms that Babel leaves out (``data/country_short_names.json``)."""
    index: dict[str, set[str]] = {}
    known = _records()
    short: Mapping[str, Mapping[str, list[str]]] = load_json("country_short_names.json")["names"]
    for lang in languages:
        for table in babel_territories(lang):
            for code, name in table.items():
                if code in known:
                    _add(index, [name], code)
        for code, names in short.get(lang, {}).items():
            if code in known:
                _add(index, names, code)
    return _freeze(index)


@cache
def _gettext(languages: tuple[str, ...]) -> _Index:
    """pycountry's translations of every country's names into ``languages``.

    Searched after CLDR: some of pycountry's catalogues (Gujarati) hold errors, and a name
    they give two countries is reported as ambiguous rather than guessed.
    """
    index: dict[str, set[str]] = {}
    for code, names in _records().items():
        for name in names:
            for lang in languages:
                _add(index, gettext_names("iso3166-1", lang, name), code)
    return _freeze(index)


@cache
def _misspellings() -> dict[str, str]:
    data = load_json("twin_town_misspellings.json")
    table: dict[str, str] = {**data["misspellings"], **data["country_column_names"]}
    return {name_key(wrong): right for wrong, right in table.items() if not wrong.startswith("_")}


@cache
def _disambiguators() -> frozenset[str]:
    words: list[str] = load_json("country_aliases.json")["disambiguators"]
    return frozenset(name_key(w) for w in words)


@cache
def _suggestion_names(languages: tuple[str, ...]) -> dict[str, str]:
    """Match key -> a display name, for "did you mean" suggestions."""
    names: dict[str, str] = {}
    for english in _records().values():
        for name in english:
            names.setdefault(name_key(name), name)
    aliases: Mapping[str, list[str]] = load_json("country_aliases.json")["aliases"]
    for alias_names in aliases.values():
        for name in alias_names:
            names.setdefault(name_key(name), name)
    for lang in languages:
        for table in babel_territories(lang):
            for code, name in table.items():
                if code in _records():
                    names.setdefault(name_key(name), name)
    return names


def _lookup(key: str, lang: str | None) -> frozenset[str] | None:
    tiers: list[Callable[[], _Index]] = [_ambiguous]
    if lang is not None and lang != "en":
        tiers += [lambda: _cldr((lang,)), lambda: _gettext((lang,))]
    languages = languages_for(key)
    tiers += [_primary, lambda: _cldr(languages), lambda: _gettext(languages)]
    for tier in tiers:  # built on first need: English names never load the translations
        found = tier().get(key)
        if found:
            return found
    return None


@cache
def _suggestion_keys(languages: tuple[str, ...]) -> dict[tuple[str, int], list[str]]:
    return by_length(_suggestion_names(languages))


def _suggest(key: str) -> list[str]:
    languages = languages_for(key)
    names = _suggestion_names(languages)
    return [names[k] for k in close_matches(key, _suggestion_keys(languages), cutoff=0.75)]


def resolve_country(name: str, *, lang: str | None = None, fix_misspellings: bool = False) -> str:
    """The ISO 3166-1 alpha-2 code of a country name, in any supported language, or code.

    Args:
        name: an English, official, common, historical or local name; a name in Korean,
            Vietnamese, Chinese, Japanese, Russian, Hindi, Gujarati, Hebrew or Persian; or an
            upper-case alpha-2/alpha-3 code. A Wikipedia-style disambiguator is allowed
            ("Georgia (country)").
        lang: a language (``"de"``, ``"fr"``...) whose names are searched first.
        fix_misspellings: also correct the known misspellings of the twin-town list
            (``data/twin_town_misspellings.json``); for cleaning that list, off by default.

    Raises:
        UnknownNameError: nothing has that name; ``suggestions`` holds close names.
        AmbiguousNameError: the name fits several present countries (``"Congo"``).

    >>> resolve_country("Republic of Korea"), resolve_country("대한민국"), resolve_country("KOR")
    ('KR', 'KR', 'KR')
    >>> resolve_country("Kosovo"), resolve_country("ایتالیا")
    ('XK', 'IT')
    >>> resolve_country("Kazakhstah")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    citydiplo.UnknownNameError: ...'Kazakhstah' (did you mean 'Kazakhstan'?)
    """
    if not isinstance(name, str):
        raise ArgumentTypeError(
            f"a country name must be a str, not {type(name).__name__}: {name!r}"
        )
    return _resolve(name, lang, fix_misspellings)


@lru_cache(maxsize=16384)  # lists repeat their country cells; errors are not cached
def _resolve(name: str, lang: str | None, fix_misspellings: bool) -> str:
    found = _find(name, lang, fix_misspellings)
    if found is None:
        key = name_key(clean(name))
        if not key:
            raise UnknownNameError(f"not a country name: {name!r}", name=name)
        raise UnknownNameError(
            f"no country is called {name!r}", name=name, suggestions=_suggest(key)
        )
    return _one(name, found)


def find_country(
    name: str, *, lang: str | None = None, fix_misspellings: bool = False
) -> str | None:
    """:func:`resolve_country` for a name that may be no country: ``None`` then, without
    the search for suggestions (callers that try other readings next need no "did you mean").

    Raises:
        AmbiguousNameError: the name fits several present countries.

    >>> find_country("Korea"), find_country("Austin, Texas")
    ('KR', None)
    """
    found = _find(name, lang, fix_misspellings)
    return None if found is None else _one(name, found)


@lru_cache(maxsize=16384)
def _find(name: str, lang: str | None, fix_misspellings: bool) -> frozenset[str] | None:
    text = clean(name)
    if fix_misspellings:
        text = _misspellings().get(name_key(text), text)
    if _CODE.fullmatch(text) and text in _codes():
        return frozenset({_codes()[text]})
    key = name_key(text)
    if not key:
        return None
    found = _lookup(key, lang)
    if found is None:
        found = _resolve_parenthesis(text, lang)
    if found is None:
        found = _resolve_inverted(text, lang)
    return found


def _one(name: str, found: frozenset[str]) -> str:
    if len(found) > 1:
        raise AmbiguousNameError(
            f"{name!r} may name several countries", name=name, candidates=sorted(found)
        )
    return next(iter(found))


def _resolve_inverted(text: str, lang: str | None) -> frozenset[str] | None:
    """Register order, "Korea, South" or "Congo, Democratic Republic of the", read as
    "South Korea" / "Democratic Republic of the Congo" (only when that is a country name)."""
    head, comma, tail = text.partition(",")
    if not comma or "," in tail or not head.strip() or not tail.strip():
        return None
    return _lookup(name_key(f"{tail} {head}"), lang)


def _resolve_parenthesis(text: str, lang: str | None) -> frozenset[str] | None:
    """ "Georgia (country)" is Georgia; "Myanmar (Burma)" is Myanmar when both parts agree."""
    match = _PARENTHESIS.match(text)
    if match is None or not match["outer"]:
        return None
    outer = _lookup(name_key(match["outer"]), lang)
    if outer is None or name_key(match["inner"]) in _disambiguators():
        return outer
    inner = _lookup(name_key(match["inner"]), lang)
    return outer if inner is not None and len(outer) == 1 and outer == inner else None


@cache
def _valid_codes() -> frozenset[str]:
    return frozenset(_records())


def is_valid_country(code: str) -> bool:
    """Whether ``code`` is an assigned ISO 3166-1 alpha-2 code, or ``XK`` (Kosovo).

    >>> is_valid_country("XK"), is_valid_country("KR"), is_valid_country("kr")
    (True, True, False)
    """
    return isinstance(code, str) and code in _valid_codes()


def country_name(code: str, *, lang: str = "en") -> str:
    """The common name of a country (CLDR via Babel, else pycountry) in ``lang``.

    Raises:
        UnknownNameError: ``code`` is no valid alpha-2 code.

    >>> country_name("XK"), country_name("KR"), country_name("IT", lang="ko")
    ('Kosovo', 'South Korea', '이탈리아')
    """
    if not isinstance(code, str):
        raise ArgumentTypeError(
            f"country_name() takes a str, not {type(code).__name__}: {code!r:.80}"
        )
    if not is_valid_country(code):
        raise UnknownNameError(f"not an ISO 3166-1 alpha-2 code: {code!r}", name=str(code))
    for table in babel_territories(lang):
        if code in table:
            return table[code]
    english = _records()[code]
    if lang != "en":
        for name in english:
            translated = gettext_names("iso3166-1", lang, name)
            if translated:
                return translated[0]
    return english[0]
