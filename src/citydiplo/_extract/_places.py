"""The one place look-up extraction uses: :func:`find_places`.

Everything place-related in extraction goes through this function, so a better gazetteer
changes one function. Today it finds country names in the article's language and in
English (CLDR territory names, read through Babel), each confirmed by
:func:`citydiplo.resolve_country` so that an ambiguous name ("Georgia", "Congo") is skipped,
never guessed; and city names from GeoNames (:mod:`citydiplo._extract._gazetteer`), each
kept only when it names one city. Cities are also found from their markers ("X City",
"하남시", "thành phố X") in :mod:`citydiplo._extract._mentions`.
"""

from __future__ import annotations

from functools import cache

import attrs

from citydiplo._errors import CitydiploError
from citydiplo._extract._scan import Lexicon, fold_case

__all__ = ["PlaceHit", "find_places"]


@attrs.frozen(kw_only=True)
class PlaceHit:
    """A place named in a text: ``kind`` is "country", "region" or "city"."""

    start: int
    end: int
    text: str
    kind: str
    name: str
    country: str | None = None
    subdivision: str | None = None
    geonames: int | None = None


@cache
def _english_names() -> dict[str, str]:
    from babel import Locale  # lazy: Babel is slow to import

    return {
        code: name
        for code, name in Locale.parse("en").territories.items()
        if len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "QO", "ZZ")
    }


@cache
def _lexicon(lang: str, word_start: bool, prefixes: tuple[str, ...],
             particles: tuple[str, ...]) -> Lexicon:
    return Lexicon(country_entries(lang), word_start=word_start, prefixes=prefixes,
                   particles=particles)


@cache
def country_entries(lang: str) -> tuple[tuple[str, str, str], ...]:
    """(name, "name.country", ISO code) for every CLDR country name in ``lang`` and English
    that :func:`citydiplo.resolve_country` reads back to the same code."""
    from babel import Locale  # lazy: Babel is slow to import

    from citydiplo._geo import resolve_country

    valid = _english_names()
    entries = []
    for loc in sorted({lang, "en"}):
        for code, name in Locale.parse(loc).territories.items():
            if code not in valid or len(name) < 2:
                continue
            try:
                resolved = resolve_country(name, lang=loc)
            except (CitydiploError, LookupError):
                continue  # ambiguous or unknown to the resolver: never guessed
            if resolved == code:
                entries.append((name, "name.country", code))
    return tuple(entries)


def country_words(lang: str) -> frozenset[str]:
    """The country names :func:`find_places` knows in ``lang`` (and English), case-folded."""
    return _lexicon(lang, True, (), ()).keys()


def find_places(
    text: str, lang: str, *, folded: str | None = None, word_start: bool = True,
    prefixes: tuple[str, ...] = (), particles: tuple[str, ...] = (),
) -> list[PlaceHit]:
    """Countries named in ``text`` (see the module docstring), in text order.

    >>> [(p.text, p.country) for p in find_places("Kim visited Japan and Vietnam.", "en")]
    [('Japan', 'JP'), ('Vietnam', 'VN')]
    """
    from citydiplo._extract._gazetteer import accept, cities

    folded = fold_case(text) if folded is None else folded
    names = _english_names()
    found = cities(lang)  # countries and cities in one lexicon, when GeoNames is there
    if found is None:
        hits = _lexicon(lang, word_start, prefixes, particles).scan(folded)
        info: dict[int, tuple[int, str, str]] = {}
    else:
        lexicon, info = found
        cased = lang in ("en", "vi", "ru")
        hits = lexicon.scan(folded, capitals_in=text if cased else None)
    out = []
    for h in hits:
        if h.family == "name.country":
            out.append(PlaceHit(start=h.start, end=h.end, text=text[h.start:h.end],
                                kind="country", name=names[h.value], country=h.value))
        elif accept(h, text, lang):
            gid, name, country = info[int(h.value)]
            out.append(PlaceHit(start=h.start, end=h.end, text=text[h.start:h.end],
                                kind="city", name=name, country=country, geonames=gid))
    return sorted(out, key=lambda p: (p.start, p.end, p.kind))
