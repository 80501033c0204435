"""A place written in capitals is no organization's acronym ("BUSAN, May 20 (Yonhap) --",
"UAE", "USA"), and a wire dateline's double hyphen ends the dateline.

Before, the acronym finder took "BUSAN" for an organization, which then became a third
party of the agreement its sentence reports.
"""

from __future__ import annotations

import citydiplo as cd

ARTICLE = (
    "Busan and Ho Chi Minh City sign sister-city agreement\n"
    "BUSAN, May 20 (Yonhap) -- Mayor Park Heong-joon of Busan and Chairman Phan Van Mai of the "
    "Ho Chi Minh City People's Committee signed a sister-city agreement in Busan on Monday.\n"
)

_X = cd.extract(ARTICLE, lang="en", published="2024-05-20")


def test_a_dateline_in_capitals_is_the_place_not_an_organization() -> None:
    capitals = [m for m in _X.mentions if m.text == "BUSAN"]
    assert [(m.kind, m.actor) for m in capitals] == [("place", "city-busan")]
    assert not any(a.id.startswith("organization-") for a in _X.dataset.actors)


def test_the_agreement_has_the_two_cities_as_parties() -> None:
    agreements = [r for r in _X.records if r.type == "agreement"]
    assert [sorted(r.parties) for r in agreements] == [["city-busan", "city-hochiminh"]]


def test_a_country_in_capitals_is_the_country() -> None:
    x = cd.extract("The UAE and the USA signed a memorandum in Dubai in 2023.", lang="en")
    assert {(m.text, m.kind) for m in x.mentions if m.text in ("UAE", "USA")} == {
        ("UAE", "place"),
        ("USA", "place"),
    }
