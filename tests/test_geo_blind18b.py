"""Families of faults found by the blind set 18b (``bench/places_news_blind18b.json``: real
news in Russian, Hindi, Gujarati, Hebrew and Persian), each with the guards that keep the
right readings. Expected values are written from the languages and the places themselves."""

from __future__ import annotations

import pytest

from citydiplo import find_places, parse_place


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# -- cities of Alborz that GeoNames still files under Tehran Province (split in 2010) ------


@pytest.mark.parametrize(
    ("name", "geonames_id"),
    [("فردیس", 6657205), ("مشکین دشت", 123205), ("ماهدشت", 124838)],
)
def test_an_alborz_city_lies_in_alborz(name: str, geonames_id: int) -> None:
    place = parse_place(name, lang="fa", country="IR")
    assert (place.geonames_id, place.subdivision) == (geonames_id, "IR-30")


@pytest.mark.parametrize(
    "text",
    [
        "فرماندار شهرستان فردیس گفت: ساختمان فرمانداری افتتاح می‌شود",
        "پروژه‌های عمرانی در مشکین دشت به بهره‌برداری رسید",
    ],
)
def test_an_alborz_city_in_running_text(text: str) -> None:
    assert {s for _, _, s in _read(text, "fa")} == {"IR-30"}


def test_a_tehran_city_west_of_the_capital_stays_in_tehran() -> None:
    # Shahriar and Qods lie in Tehran Province; the move touches Alborz's counties only
    assert parse_place("شهریار", lang="fa", country="IR").subdivision == "IR-23"
