"""The look-up that running-text scans make of "Name, Qualifier" pairs ("Austin, Texas") gives
parse_place's answer without searching for close names that only an error message would show;
the errors parse_place itself raises keep their suggestions."""

from __future__ import annotations

import pytest

from citydiplo import UnknownNameError, parse_place
from citydiplo._geo import _parse
from citydiplo._geo._parse import city_or_none


def test_a_qualified_city_is_the_one_parse_place_reads() -> None:
    place = city_or_none("Austin, Texas")
    assert place is not None
    assert (place.geonames_id, place.country, place.subdivision) == (4671654, "US", "US-TX")


def test_an_unknown_name_is_none_without_a_search_for_close_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_search(key: str) -> list[str]:
        raise AssertionError(f"close names searched for {key!r}")

    monkeypatch.setattr(_parse, "_suggest", no_search)
    assert city_or_none("Austnq, Texas") is None


def test_parse_place_still_suggests_after_the_quiet_look_up() -> None:
    assert city_or_none("Austn, Texas") is None
    with pytest.raises(UnknownNameError) as raised:
        parse_place("Austn, Texas", kind="city")
    assert "austin" in raised.value.suggestions
    assert "did you mean 'austin'" in str(raised.value)
