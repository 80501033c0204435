"""ISO 3166-2 subdivisions as a hierarchy: names, parents and types, from pycountry.

Read once, in one pass over pycountry's table, on the first question (never at import).
"""

from __future__ import annotations

from functools import cache

__all__ = ["ancestors", "city_like", "parent", "related", "subdivision_name"]

_CITY_TYPES = ("city", "municipality", "capital", "metropolitan")


@cache
def _table() -> dict[str, tuple[str, str | None, str]]:
    """Code -> (English name, parent code, type in lower case)."""
    import pycountry

    return {s.code: (s.name, s.parent_code, s.type.lower()) for s in pycountry.subdivisions}


def subdivision_name(code: str) -> str:
    """The English (pycountry) name of a subdivision; the code itself when unknown.

    >>> subdivision_name("DE-BB")
    'Brandenburg'
    """
    entry = _table().get(code)
    return code if entry is None else entry[0]


def parent(code: str) -> str | None:
    """The subdivision ``code`` lies in, when it is not first-level."""
    entry = _table().get(code)
    return None if entry is None else entry[1]


def related(sub: str | None, wanted: str) -> bool:
    """Whether subdivision ``sub`` is ``wanted`` or lies inside it (or contains it).

    >>> related("ES-AN", "ES-CO"), related("ES-CO", "ES-AN"), related("ES-AN", "ES-CT")
    (True, True, False)
    """
    if sub is None:
        return False
    return sub == wanted or parent(sub) == wanted or parent(wanted) == sub


def city_like(code: str) -> bool:
    """Whether a subdivision is a city itself (a metropolitan city, municipality, capital).

    >>> city_like("KR-26"), city_like("KR-41")
    (True, False)
    """
    entry = _table().get(code)
    return entry is not None and any(word in entry[2] for word in _CITY_TYPES)


def ancestors(code: str) -> list[str]:
    """The subdivisions ``code`` lies in, nearest first."""
    seen: list[str] = []
    above = parent(code)
    while above is not None and above not in seen:
        seen.append(above)
        above = parent(above)
    return seen
