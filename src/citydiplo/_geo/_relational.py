"""A town's relational adjective before an office word: "Витебского горисполкома" (the Vitebsk
city executive committee), "Пензенского губернатора" (the governor of Penza).

Russian names a town's bodies by the town's adjective in -ск- ("Омск" -> "омский",
"Гомель" -> "гомельский", "Пенза" -> "пензенский"). :func:`relational` reads such an adjective
back to the town's name by the rules of ``data/relational_adjectives.json`` (the adjective's
endings, the stem's changes) only when an office word of that file follows it, and only
when exactly one of the names it allows is a town of the gazetteer: a reading that could be
two towns ("Кировского": Kirov or Kirovsk) stays unread. Used by
:func:`citydiplo._geo._inflect.readings`.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import NamedTuple

from citydiplo._geo._candidates import candidates
from citydiplo._normalize import match_key

__all__ = ["relational"]

_MIN_STEM = 2


class _Rules(NamedTuple):
    endings: tuple[str, ...]  # folded "ск" + adjective ending, longest first
    stems: tuple[tuple[str, str], ...]
    offices: frozenset[str]
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
    """
    for rules in _rules():
        if after in rules.offices:
            towns = _towns(word, rules)
            if len(towns) == 1:
                return towns.pop()
    return None
