"""Literal cases for the recall rules of :mod:`citydiplo._extract._recall` and the data they
read: each rule has a positive case (a party the article names is found) and a negative case
(the same words where they name nothing)."""

from __future__ import annotations

from typing import Any

from citydiplo import extract


def _records(text: str, lang: str, kind: str) -> list[Any]:
    return [r for r in extract(text, lang=lang).records if r.type == kind]


def _places(text: str, lang: str) -> list[str]:
    return [m.text for m in extract(text, lang=lang).mentions if m.kind == "place"]


# Korean: a word for "the city" glued to a name is that name's marker and particle


def test_korean_city_name_before_a_glued_particle_is_a_party() -> None:
    text = "대경시는 한국 충주시와 자매결연을 맺었다. 대경시와 충주시는 교류를 이어왔다."
    [tie] = _records(text, "ko", "partnership")
    assert tie.actors == ("city-chungju", "city-대경")


def test_korean_word_for_the_city_standing_alone_names_no_city() -> None:
    text = "대경 시는 충주시와 자매결연을 맺었다. 대경 시와 충주시는 교류를 이어왔다."
    assert "대경 시" not in _places(text, "ko")
    assert all("대경" not in p for p in _places(text, "ko"))
