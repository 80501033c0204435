"""One town that GeoNames records twice: two rows of the same country and subdivision, of
the same population, a few kilometres apart ("Kashan" and "Kāshān", 304,487 people each,
2.4 km apart, both in Isfahan province). Such rows are one place for the dominance rule: a
name they share is not ambiguous between them (the first by the rule's order is read), while
rows that differ in any of these stay rivals.
"""

from __future__ import annotations

import math

from citydiplo._geo._gazetteer import gazetteer

__all__ = ["MAX_KM", "same_town"]

MAX_KM = 10.0


def same_town(a: int, b: int) -> bool:
    """Whether gazetteer rows ``a`` and ``b`` record one town: same country, same known
    subdivision, same known population and at most :data:`MAX_KM` apart."""
    gz = gazetteer()
    if gz.populations[a] != gz.populations[b]:  # the cheap test first: most rows differ
        return False
    _, _, country_a, sub_a, lat_a, lon_a, pop_a = gz.fields(a)
    _, _, country_b, sub_b, lat_b, lon_b, pop_b = gz.fields(b)
    if country_a != country_b or sub_a is None or sub_a != sub_b or not pop_a or pop_a != pop_b:
        return False
    return _km(lat_a, lon_a, lat_b, lon_b) <= MAX_KM


def _km(lat_a: float, lon_a: float, lat_b: float, lon_b: float) -> float:
    """Great-circle distance in kilometres (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat_a), math.radians(lat_b)
    dp, dl = p2 - p1, math.radians(lon_b - lon_a)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))
