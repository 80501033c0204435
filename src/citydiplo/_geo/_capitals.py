"""A country's capital against the cities of its country that GeoNames gives the
capital's own name as an alternate name (data in ``data/capitals.json``, from GeoNames'
country table).

GeoNames gives a big city the names of a capital lying beside or inside it: Delhi carries
"New Delhi" (the capital's own GeoNames name) and "नई दिल्ली" among its alternate names,
and the capital New Delhi bears "नई दिल्ली" as another name too. Read by the dominance
rule alone, "New Delhi" stays ambiguous and "नई दिल्ली" is Delhi, eleven million against
three hundred thousand. Such a city is the capital conflated: against the capital, a name
that both carry names the capital, and the city is set aside before the rule is applied.
A city that bears the name as its own stays a rival, and so do all other cities (Taipei
carries "Pan-chiao" as another name, and so does Banqiao, which does not carry "Taipei":
"Pan-chiao" is left to the rule as before).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from citydiplo._geo._data import load_json
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._normalize import match_key

__all__ = ["conflated", "without_conflated"]


@cache
def conflated() -> dict[int, frozenset[int]]:
    """For the gazetteer row of each capital of ``data/capitals.json``, the rows of the
    cities of its country that carry the capital's own GeoNames name as an alternate one."""
    gz = gazetteer()
    ids, country = gz.geonames_ids, gz.country_numbers
    table: dict[int, frozenset[int]] = {}
    capitals: dict[str, list[object]] = load_json("capitals.json")["capitals"]
    for code in sorted(capitals):
        geonames_id, name = capitals[code]
        found = gz.postings(match_key(str(name)))
        if found is None:
            continue
        for row in (r for r in found.own if ids[r] == geonames_id):
            others = (r for r in found.alternate if country[r] == country[row] and r != row)
            table[row] = frozenset(others)
    return table


def without_conflated(
    own: Sequence[int], alternate: Sequence[int]
) -> tuple[Sequence[int], Sequence[int]]:
    """``own`` and ``alternate`` without the rows of ``alternate`` that are a capital
    among them conflated (see the module's note). A capital that carries the name only as
    an alternate name sets nothing aside when a city of its country bears it as its own."""
    table = conflated()
    capitals = table.keys()
    if capitals.isdisjoint(own) and capitals.isdisjoint(alternate):  # (most names: in C)
        return own, alternate
    found = [r for r in (*own, *alternate) if r in table]
    country = gazetteer().country_numbers
    own_countries = {country[r] for r in own}
    aside: set[int] = set()
    for capital in found:
        if capital in own or country[capital] not in own_countries:
            aside |= table[capital]
    if not aside:
        return own, alternate
    return own, tuple(r for r in alternate if r not in aside)
