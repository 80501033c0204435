"""A city's ISO 3166-2 subdivision, checked on known cities (literal answers from ISO 3166-2),
and the build rules that keep the admin1 mapping sure."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from citydiplo import parse_place

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("name", "country", "geonames_id", "code"),
    [
        ("Mashhad", "IR", 124665, "IR-09"),  # Razavi Khorasan (CLDR's name, renumbered code)
        ("Tabriz", "IR", 113646, "IR-03"),  # East Azerbaijan
        ("Minsk", "BY", 625144, "BY-HM"),  # the city, not Minsk oblast (BY-MI)
        ("Hrodna", "BY", 627904, "BY-HR"),
        ("Petah Tikva", "IL", 293918, "IL-M"),  # Central District
        ("Beersheba", "IL", 295530, "IL-D"),
        ("Kraków", "PL", 3094802, "PL-12"),
        ("Barcelona", "ES", 3128760, "ES-CT"),
        ("Turin", "IT", 3165524, "IT-21"),
        ("Ghent", "BE", 2797656, "BE-VLG"),
        ("Rennes", "FR", 2983990, "FR-BRE"),
        ("Graz", "AT", 2778067, "AT-6"),
        ("Baltimore", "US", 4347778, "US-MD"),
        ("Almaty", "KZ", 1526384, "KZ-75"),
        ("Yerevan", "AM", 616052, "AM-ER"),
    ],
)
def test_known_cities_have_their_subdivision(
    name: str, country: str, geonames_id: int, code: str
) -> None:
    place = parse_place(name, country=country)
    assert place.geonames_id == geonames_id
    assert place.subdivision == code


@pytest.mark.parametrize(
    ("name", "country", "geonames_id", "wrong"),
    [
        ("Washington", "US", 4140963, "US-MD"),  # GeoNames admin1 DC is not Maryland
        ("Yakutsk", "RU", 2013159, "RU-SAK"),  # Sakha is not Sakhalin
    ],
)
def test_an_unsure_admin1_code_leaves_the_subdivision_unknown(
    name: str, country: str, geonames_id: int, wrong: str
) -> None:
    place = parse_place(name, country=country)
    assert place.geonames_id == geonames_id
    assert place.subdivision != wrong


def _build_module() -> object:
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", ROOT / "tools" / "build_gazetteer.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_two_admin1_codes_read_as_one_subdivision_keep_only_a_clear_majority() -> None:
    one_to_one = _build_module()._one_to_one  # type: ignore[attr-defined]
    mapping = {
        ("US", "MD"): "US-MD",
        ("US", "DC"): "US-MD",
        ("KZ", "01"): "KZ-19",
        ("KZ", "10"): "KZ-19",
        ("FR", "53"): "FR-BRE",
    }
    sizes = Counter({("US", "MD"): 612, ("US", "DC"): 55, ("KZ", "01"): 15, ("KZ", "10"): 19})
    sizes[("FR", "53")] = 980
    assert one_to_one(mapping, sizes) == {("US", "MD"): "US-MD", ("FR", "53"): "FR-BRE"}


def test_extra_names_read_an_admin1_name_only_within_its_country() -> None:
    by_extra_names = _build_module()._by_extra_names  # type: ignore[attr-defined]
    assert by_extra_names("Razavi Khorasan", "IR") == "IR-09"
    assert by_extra_names("Central District", "IL") == "IL-M"  # also Botswana's BW-CE
    assert by_extra_names("Khatlon", "TJ") == "TJ-KT"  # with a generic word: "Khatlon Province"
    assert by_extra_names("Razavi Khorasan", "IQ") is None
