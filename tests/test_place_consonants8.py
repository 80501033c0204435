"""Foreign cities written in Hebrew or Persian letters that GeoNames lacks in those scripts,
read by their consonant skeleton (``citydiplo._geo._consonants``): literal positive and
negative cases."""

from __future__ import annotations

import pytest

from citydiplo import find_places
from citydiplo._geo._consonants import HOME, city_rows, skeleton
from citydiplo._geo._gazetteer import gazetteer


def _found(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.name, m.place.country) for m in find_places(text, lang=lang)]


@pytest.mark.parametrize(
    ("written", "latin", "persian"),
    [
        ("שנחאי", "Shanghai", False),  # ח for the h, "ng" as n
        ("שנגחאי", "Shanghai", False),
        ("בייג'ין", "Beijing", False),  # ג' is j; vowel letters dropped
        ("טיאן-ג'ין", "Tianjin", False),
        ("ארנהיים", "Arnhem", False),
        ("ברדיצ'ב", "Berdychiv", False),  # ב for v, צ' for ch
        ("זפוריז'יה", "Zaporizhzhya", False),  # a final ה writes a vowel
        ("آستاراخان", "Astrakhan", True),  # خ for kh
        ("آنکونا", "Ancona", True),
        ("دوسلدورف", "Dusseldorf", True),  # Persian writes v and w with و
    ],
)
def test_a_name_and_its_latin_name_share_their_skeleton(
    written: str, latin: str, persian: bool
) -> None:
    assert skeleton(written, persian=persian) == skeleton(latin, persian=persian)


def test_other_scripts_have_no_skeleton() -> None:
    assert skeleton("Москва") == "" and skeleton("上海") == ""


def test_one_city_or_a_dominant_one_or_none() -> None:
    gz = gazetteer()
    assert [gz.city(r).name for r in city_rows("שנחאי", persian=False)] == ["Shanghai"]
    # Beijing, Abidjan and Bazhong share B-J-N, none 20 times as big as the others
    assert len(city_rows("בייג'ין", persian=False)) > 1
    assert city_rows("פוטו", persian=False) == ()  # two classes: too short to read
    # a city of the country that writes the script is never read by its skeleton
    assert all(gz.country_of(r) not in HOME["HEBREW"] for r in city_rows("תלביב", persian=False))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("هیئتی از روسیه در شهر آستاراخان", "fa", ("آستاراخان", "Astrakhan", "RU")),
        ("משלחת מאוקראינה: העיר זפוריז'יה", "he", ("זפוריז'יה", "Zaporizhzhya", "UA")),
    ],
)
def test_a_foreign_city_reads_with_a_generic_word_beside_its_country(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("در شهر آستاراخان", "fa"),  # the country is not named
        ("هیئتی از روسیه در آستاراخان", "fa"),  # five classes, no generic word
        ("ראש העיר השנה נפגש עם שגריר סין", "he"),  # "השנה" (the year) spells Heshan
        ("وزارت امور خارجه چین", "fa"),  # "خارجه" (foreign) spells Karaj
        ("משלחת מסין הגיעה בתוכנית חדשה", "he"),  # "בתוכנית" (in a programme), Batikent
    ],
)
def test_no_city_is_read_from_these(text: str, lang: str) -> None:
    # only the countries the texts name are read (a country's place has no GeoNames name)
    assert [name for _, name, _ in _found(text, lang) if name is not None] == []
