"""Twin-town links that a hand check of 200 linked cells found wrong (issue 13, round 7), by
class, with the links of the same shape that are right beside them."""

from __future__ import annotations

import pytest

from citydiplo import AmbiguousNameError, import_pairs, parse_place


def _linked(city: str, country: str) -> tuple[str | None, str]:
    """The GeoNames name the cell is linked to (``None`` when unlinked) and the problems."""
    result = import_pairs(
        ["city1,country1,city2,country2", f"{city},{country},Kanazawa,Japan"], merge=False
    )
    actor = next(a for a in result.dataset.actors if a.id != "geonames:1860243")
    linked = actor.id.startswith("geonames:")
    return (actor.name if linked else None), " ".join(str(p) for p in result.problems)


def test_a_village_does_not_dominate_a_namesake_of_unknown_population() -> None:
    # Tepebaşı: a village of 374 (Karaman) and the district of Eskişehir, which GeoNames
    # keeps without a population
    with pytest.raises(AmbiguousNameError):
        parse_place("Tepebaşı", country="TR")
    name, problems = _linked("Tepebaşı", "Turkey")
    assert name is None
    assert "TR-26" in problems and "TR-70" in problems


@pytest.mark.parametrize(
    ("city", "country", "name"),
    [("Preston", "England", "Preston"), ("Bergheim", "Germany", "Bergheim")],
)
def test_a_big_city_still_dominates_namesakes_of_unknown_population(
    city: str, country: str, name: str
) -> None:
    assert _linked(city, country)[0] == name


def test_a_former_name_of_a_village_is_no_link_when_a_city_abroad_bears_it() -> None:
    # GeoNames has Dartmouth, Massachusetts only as a town it lacks; Jefferson, New
    # Hampshire was once called Dartmouth; Dartmouth, Nova Scotia bears the name
    name, problems = _linked("Dartmouth", "United States")
    assert name is None
    assert "Jefferson" in problems and "CA-NS" in problems


@pytest.mark.parametrize(
    ("city", "country", "name"),
    [
        ("Syracuse", "Italy", "Siracusa"),  # an exonym; Syracuse, New York is not 20x bigger
        ("Anyang", "South Korea", "Anyang-si"),  # the name is in the city's own name
        ("Malvern", "England", "Great Malvern"),
        ("Innichen", "Italy", "San Candido"),  # a name no city bears as its own
    ],
)
def test_other_names_that_stay_links(city: str, country: str, name: str) -> None:
    assert _linked(city, country)[0] == name
