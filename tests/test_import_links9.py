"""Twin-town links that a hand check of 300 linked cells (seed 9091) and a reading of the
whole list found wrong or missed (issue 13, round 9), with the links of the same shape that
are right beside them. Each case is a literal row of the twin-town list."""

from __future__ import annotations

import pytest

from citydiplo import import_pairs
from citydiplo._importers._divisions import division_word


def _linked(city: str, country: str) -> tuple[str | None, str]:
    """The GeoNames name the cell is linked to (``None`` when unlinked) and the problems."""
    result = import_pairs(
        ["city1,country1,city2,country2", f"{city},{country},Kanazawa,Japan"], merge=False
    )
    actor = next(a for a in result.dataset.actors if a.id != "geonames:1860243")
    linked = actor.id.startswith("geonames:")
    return (actor.name if linked else None), " ".join(str(p) for p in result.problems)


@pytest.mark.parametrize(
    ("city", "country"),
    [
        ("Celle (district)", "Germany"),  # Landkreis Celle, not the town
        ("Vogelsberg (district)", "Germany"),  # Vogelsbergkreis, Hesse; not a Thuringian village
        ("Mazyr District", "Belarus"),
        ("Vilnius District Municipality", "Lithuania"),  # around Vilnius, not the city
        ("Jelgava Municipality", "Latvia"),
        ("Odessos District (Varna)", "Bulgaria"),  # a district of Varna, not Varna
        ("Tumakuru district", "India"),
    ],
)
def test_a_cell_naming_a_division_is_not_linked_to_the_town_of_its_name(
    city: str, country: str
) -> None:
    name, problems = _linked(city, country)
    assert name is None, name
    assert "the cell names a" in problems


@pytest.mark.parametrize(
    ("city", "country", "name"),
    [
        ("Kalachinsky District", "Russia", "Kalachinskiy Rayon"),  # a GeoNames division
        ("Contra Costa County", "United States", "Contra Costa County"),
        ("Celle", "Germany", "Celle"),
        ("Doksy (Kladno District)", "Czech Republic", "Doksy"),  # the qualifier locates
        ("Staré Město (Uherské Hradiště District)", "Czech Republic", "Staré Město"),
        ("Council Bluffs", "United States", "Council Bluffs"),
        ("Solomianskyi District (Kyiv)", "Ukraine", "Solomianka Rayon"),
    ],
)
def test_links_of_the_same_shape_that_stay(city: str, country: str, name: str) -> None:
    linked, problems = _linked(city, country)
    assert linked == name, problems


@pytest.mark.parametrize(
    ("cell", "word"),
    [
        ("Celle (district)", "district"),
        ("Tarnów (rural gmina)", "rural gmina"),
        ("County Kilkenny", "county"),
        ("Panevėžys District Municipality", "municipality"),
        ("Kyiv Oblast", "oblast"),
        ("Doksy (Kladno District)", None),
        ("Stari Grad (Sarajevo)", None),
        ("District", None),  # one word: a name, not a marked division
        ("Countyline", None),
    ],
)
def test_division_words(cell: str, word: str | None) -> None:
    assert division_word(cell) == word
