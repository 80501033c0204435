"""A town's relational adjective before an office word: "Витебского горисполкома" (the Vitebsk
city executive committee), "Пензенского губернатора" (the governor of Penza).

Russian names a town's bodies by the town's adjective in -ск- ("Омск" -> "омский",
"Гомель" -> "гомельский", "Пенза" -> "пензенский"). :func:`relational` reads such an adjective
back to the town's name by the rules of ``data/relational_adjectives.json`` (the adjective's
endings, the stem's changes) only when an office word of that file follows it, and only
when exactly one of the names it allows is a town of the gazetteer: a reading that could be
two towns ("Кировского": Kirov or Kirovsk) stays unread. After a word that may be a
region's (a governor, a delegation) a city with a code of its own stays unread too
("Ленинградского губернатора" is the Leningrad region's). Used by
:func:`citydiplo._geo._inflect.readings`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib.resources import files
from typing import Any, NamedTuple

from citydiplo._geo._candidates import candidates
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._normalize import match_key

__all__ = ["relational"]

_MIN_STEM = 2


class _Rules(NamedTuple):
    endings: tuple[str, ...]  # folded "ск" + adjective ending, longest first
    stems: tuple[tuple[str, str], ...]
    offices: frozenset[str]
    any_level: frozenset[str]
    ordinary: frozenset[str]


@cache
def _rules() -> tuple[_Rules, ...]:
    raw = json.loads(
        files("citydiplo._geo").joinpath("data/relational_adjectives.json").read_text("utf-8")
    )
    found = []
    for lang, data in sorted(raw.items()):
        if lang.startswith("_"):
            continue
        endings = {match_key("ск" + e) for e in data["endings"]}
        found.append(
            _Rules(
                endings=tuple(sorted(endings, key=len, reverse=True)),
                stems=tuple((match_key(a), match_key(b)) for a, b in data["stems"]),
                offices=frozenset(match_key(w) for w in data["office_words"]),
                any_level=frozenset(match_key(w) for w in data["any_level_words"]),
                ordinary=frozenset(match_key(w) for w in data["ordinary"]),
            )
        )
    return tuple(found)


def _towns(word: str, rules: _Rules) -> set[str]:
    """The town names the rules allow for the folded adjective ``word``."""
    names: set[str] = set()
    for ending in rules.endings:
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        if len(stem) < _MIN_STEM or stem + "ск" in rules.ordinary:
            return set()
        for end, name_end in rules.stems:
            if stem.endswith(end) and len(stem) - len(end) >= _MIN_STEM:
                name = stem[: len(stem) - len(end)] + name_end
                found = candidates(name)
                if found and (found.own or found.alternate) and not found.countries:
                    names.add(name)
        return names
    return names


def relational(word: str, after: str) -> str | None:
    """The match key of the one town the folded adjective ``word`` names when the folded
    word ``after`` is an office word, else ``None``.

    >>> relational(match_key("Витебского"), match_key("горисполкома"))
    'витебск'
    >>> relational(match_key("Гомельского"), match_key("горисполкома"))
    'гомель'
    >>> relational(match_key("Витебского"), match_key("района")) is None
    True
    >>> relational(match_key("Советской"), match_key("делегации")) is None
    True
    >>> relational(match_key("Омской"), match_key("делегации"))
    'омск'
    >>> relational(match_key("Минской"), match_key("делегации")) is None  # or the region's?
    True
    """
    for rules in _rules():
        if after in rules.offices or after in rules.any_level:
            towns = _towns(word, rules)
            if len(towns) == 1:
                town = towns.pop()
                if after in rules.offices or not _own_code(town):
                    return town
    return None


def _own_code(town: str) -> bool:
    """Whether a town named ``town`` is a city with an ISO 3166-2 code of its own (Saint
    Petersburg, Minsk, Kyiv): its namesake region has another code."""
    found = candidates(town)
    gz = gazetteer()
    return any(_city_code(gz.subdivision_of(row)) for row in (*found.own, *found.alternate))


@cache
def _city_code(code: str | None) -> bool:
    import pycountry

    lookup: Callable[..., Any] = pycountry.subdivisions.get  # untyped in pycountry
    sub = lookup(code=code) if code else None
    return sub is not None and "city" in sub.type.lower()
