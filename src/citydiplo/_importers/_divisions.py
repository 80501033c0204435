"""City cells that name an administrative division, not a city.

The twin-town list marks a division in its own words: "Celle (district)" is the district of
Celle, not the city; "Mazyr District", "Vilnius District Municipality" and
"County Kilkenny" are divisions around or beside the city of that name. Such a cell may be
linked only to a GeoNames division (the extra names, which carry no population), never to
the populated place that shares the division's name. The words are in
``data/division_words.json``, which names its source.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from citydiplo._normalize import clean

__all__ = ["division_word", "links_a_division"]

_PARENS = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<inner>[^()]+)\)$")


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from citydiplo._geo._data import load_json, name_key

    data = load_json("division_words.json")
    return (
        frozenset(name_key(w) for w in data["last_words"]),
        frozenset(name_key(w) for w in data["first_words"]),
        frozenset(name_key(w) for w in data["qualifiers"]),
    )


def division_word(city_name: str) -> str | None:
    """The word by which ``city_name`` says it names a division, or ``None``: its last or
    first word ("Mazyr District", "County Kilkenny") or its whole parenthesised qualifier
    ("Celle (district)"). A qualifier that names a place ("Doksy (Kladno District)",
    "Stari Grad (Sarajevo)") locates the cell and is not read.

    >>> division_word("Celle (district)"), division_word("Mazyr District")
    ('district', 'district')
    >>> division_word("Doksy (Kladno District)"), division_word("Council Bluffs")
    (None, None)
    """
    from citydiplo._geo._data import name_key

    last, first, qualifiers = _words()
    text = clean(city_name)
    match = _PARENS.match(text)
    if match is not None:
        inner = name_key(match["inner"])
        if inner in qualifiers:
            return inner
        text = match["head"]
    words = name_key(text).split()
    if len(words) < 2:
        return None
    if words[-1] in last:
        return words[-1]
    return words[0] if words[0] in first else None


def links_a_division(found: Any) -> bool:
    """Whether the linked place is a GeoNames division (one of the extra names, which
    carry no population) rather than a populated place."""
    return found.population is None
