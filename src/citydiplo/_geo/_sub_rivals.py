"""Cities elsewhere that a subdivision's name also names ("Portland": a parish of Jamaica,
and Portland, Oregon; "하남": Hà Nam province, and Hanam, Gyeonggi).

A bare name that is a subdivision's wins over cities of the same name only when the rule of
dominance lets it: the subdivision counts as the people of the gazetteer's cities inside it
(a lower bound of its population: GeoNames keeps places down to 500 inhabitants), and a
city it does not outnumber :data:`~citydiplo._geo._dominance.DOMINANCE` times is its rival,
so the name stays ambiguous. Cities of the subdivision's own country are left to the rule
of namesakes (:func:`~citydiplo._geo._dominance.namesake`). A city that has the name only as
an alternate (an exonym) counts for a twentieth, as in
:func:`~citydiplo._geo._dominance.winner`. "Ontario" (the province, some 12 million people in
its cities) still outnumbers Ontario, California (175,000) more than twenty times; Portland,
Oregon outnumbers the parish of Portland.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from citydiplo._geo._dominance import DOMINANCE
from citydiplo._geo._extra import subdivision_of
from citydiplo._geo._gazetteer import gazetteer

__all__ = ["rivals_of_subdivisions"]


@functools.cache
def _people() -> dict[str, int]:
    """The people of the gazetteer's cities in each subdivision (read once, on first need)."""
    gz = gazetteer()
    sums = [0] * len(gz.subdivisions)
    for number, people in zip(gz.subdivision_numbers, gz.populations, strict=True):
        sums[number] += people  # (number 0: no subdivision known)
    return {code: sums[i] for i, code in enumerate(gz.subdivisions) if i}


def rivals_of_subdivisions(
    own: Sequence[int],
    alternate: Sequence[int],
    subdivisions: Sequence[str],
    namesakes: Sequence[int],
) -> tuple[list[int], list[int]]:
    """The rows of ``own`` and ``alternate`` (cities of the name) in other countries than
    ``subdivisions`` that the smallest of them does not outnumber twenty times; then every
    city of the name but ``namesakes``, rival or not (for the error that lists them). Both
    lists most populous first."""
    if not subdivisions or not (own or alternate):
        return [], []
    people = _people()
    least = min(people.get(s, 0) for s in subdivisions)
    gz = gazetteer()
    population = gz.populations
    skip = set(namesakes)
    home = {s.split("-")[0] for s in subdivisions}  # (a city of the same country is left to
    rivals, others = [], []  # the namesake rule: "Casablanca", the prefecture and its city)
    for rows, share in ((own, 1.0), (alternate, 1.0 / DOMINANCE)):
        for row in rows:
            if row in skip or subdivision_of(row) in subdivisions:
                continue
            others.append(row)
            if gz.country_of(row) not in home and population[row] * share * DOMINANCE > least:
                rivals.append(row)

    def order(row: int) -> tuple[int, int]:
        return -population[row], gz.geonames_ids[row]

    return sorted(rivals, key=order), sorted(others, key=order)
