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


@pytest.mark.parametrize(
    ("city", "country", "name", "code"),
    [
        ("Kourou", "France", "Kourou", "GF"),  # GeoNames files French Guiana under GF
        ("La Possession", "France", "La Possession", "RE"),
        ("Le Port", "Réunion, France", "Le Port", "RE"),
        ("Saint-Denis", "Réunion, France", "Saint-Denis", "RE"),  # not the Paris suburb
        ("Basse-Terre", "Guadeloupe, France", "Basse-Terre", "GP"),
        ("Macau", "China", "Macau", "MO"),
    ],
)
def test_a_city_of_an_overseas_part_is_linked_under_its_own_code(
    city: str, country: str, name: str, code: str
) -> None:
    result = import_pairs(
        ["city1,country1,city2,country2", f'{city},"{country}",Kanazawa,Japan'], merge=False
    )
    actor = next(a for a in result.dataset.actors if a.id != "geonames:1860243")
    assert actor.id.startswith("geonames:"), result.problems
    assert (actor.name, actor.country) == (name, code)


@pytest.mark.parametrize(
    ("city", "country", "name"),
    [
        ("Le Lamentin", "France", None),  # Le Lamentin, Martinique, and Lamentin, Guadeloupe
        ("Le Lamentin", "Martinique, France", "Le Lamentin"),  # the qualifier decides
        ("Saint-Denis", "France", "Saint-Denis"),  # found in France itself: not Réunion's
        ("Paris", "France", "Paris"),
        ("Kourou", "Île-de-France, France", None),  # a region of France itself: not GF
    ],
)
def test_overseas_parts_only_where_they_decide(city: str, country: str, name: str | None) -> None:
    result = import_pairs(
        ["city1,country1,city2,country2", f'{city},"{country}",Kanazawa,Japan'], merge=False
    )
    actor = next(a for a in result.dataset.actors if a.id != "geonames:1860243")
    linked = actor.name if actor.id.startswith("geonames:") else None
    assert linked == name, result.problems
    if name is not None:
        assert actor.country == ("MQ" if "Martinique" in country else "FR")


@pytest.mark.parametrize(
    ("city", "country", "geonames_id"),
    [
        ("Akō", "Japan", "11611945"),  # Ako's own record; Kariya, 1.8 km away, its centre
        ("Kakogawa", "Japan", None),
        ("Taketa", "Japan", "11611484"),  # Takedamachi, 3.2 km away, is its centre
        ("Bad Krozingen", "Germany", None),  # Unterkrozingen, 0.8 km away
    ],
)
def test_a_municipality_and_its_centre_are_one_place(
    city: str, country: str, geonames_id: str | None
) -> None:
    name, problems = _linked(city, country)
    assert name is not None, problems
    if geonames_id is not None:
        result = import_pairs(
            ["city1,country1,city2,country2", f"{city},{country},Kanazawa,Japan"], merge=False
        )
        assert f"geonames:{geonames_id}" in {a.id for a in result.dataset.actors}


@pytest.mark.parametrize(
    ("city", "country"),
    [
        ("El Escorial", "Spain"),  # San Lorenzo de El Escorial, 1.9 km away, is another town
        ("Karvia", "Finland"),  # two records of the name: which is the municipality?
        ("Ashiya", "Japan"),  # Hyōgo and Fukuoka: far apart
        ("Sagamihara", "Japan"),  # its own record has a population: the dominance rule's case
    ],
)
def test_near_homonyms_that_stay_ambiguous(city: str, country: str) -> None:
    name, problems = _linked(city, country)
    assert name is None, name
    assert "ambiguous" in problems


@pytest.mark.parametrize(
    ("city", "country"),
    [
        ("Rîșcani (Chișinău)", "Moldova"),  # a sector of Chișinău; the town is 143 km north
        ("Chaoyang (Changchun)", "China"),  # a district of Changchun; not Chaoyang, Jilin
        ("Achim (Börßum)", "Germany"),  # a village of Börßum; not Achim near Bremen
    ],
)
def test_a_place_far_from_the_city_a_cell_puts_it_in_is_no_link(city: str, country: str) -> None:
    name, problems = _linked(city, country)
    assert name is None, name
    assert "not found near its city" in problems


@pytest.mark.parametrize(
    ("city", "country", "name"),
    [
        ("Lazarevac (Belgrade)", "Serbia", "Lazarevac"),  # 49 km from Belgrade
        ("Laiwu (Jinan)", "China", "Laiwu"),  # 79 km from Jinan
        ("Lingen (Ems)", "Germany", "Lingen"),  # a river, not the town of Bad Ems
        ("Porz (Cologne)", "Germany", "Porz am Rhein"),
        ("Stari Grad (Belgrade)", "Serbia", "Stari Grad"),
    ],
)
def test_places_near_the_city_of_the_cell_stay_linked(city: str, country: str, name: str) -> None:
    linked, problems = _linked(city, country)
    assert linked == name, problems
