"""Place reading: compatibility forms of letters, capitals' own names, level words that
settle a homonym, and given names before a place-named surname."""

from __future__ import annotations

import pytest

from citydiplo import AmbiguousNameError, find_places, parse_place
from citydiplo._normalize import match_key, plain_forms


def test_full_width_and_mathematical_letters_are_their_plain_letters() -> None:
    assert plain_forms("Ｓｅｏｕｌ") == "Seoul"
    assert plain_forms("２０２５") == "2025"
    assert plain_forms("𝐓𝐨𝐤𝐲𝐨") == "Tokyo"
    assert match_key("ＴＯＫＹＯ") == "tokyo"
    # the araea letter stays the separator it is typed as
    assert match_key("서초구ㆍ강남구") == match_key("서초구 강남구")


def test_parse_place_reads_full_width_names() -> None:
    assert parse_place("Ｓｅｏｕｌ").geonames_id == 1835848  # Seoul
    assert parse_place("Ｔｏｋｙｏ").geonames_id == 1850147  # Tokyo


def test_find_places_quotes_full_width_names_as_written() -> None:
    text = "Delegates from Ｓｅｏｕｌ arrived in Ｔｏｋｙｏ on Monday."
    found = find_places(text, lang="en")
    spans = [(m.text, m.start, m.end) for m in found]
    assert spans == [("Ｓｅｏｕｌ", 15, 20), ("Ｔｏｋｙｏ", 32, 37)]
    assert [m.place.geonames_id for m in found] == [1835848, 1850147]


def test_a_first_level_city_word_settles_the_homonym() -> None:
    # Gwangju Metropolitan City (KR-29), not Gwangju-si of Gyeonggi-do (KR-41)
    for name in ("광주광역시", "Gwangju Metropolitan City"):
        place = parse_place(name)
        assert (place.geonames_id, place.subdivision, place.text) == (1841811, "KR-29", name)


def test_without_a_first_level_word_the_homonym_stays_ambiguous() -> None:
    with pytest.raises(AmbiguousNameError):
        parse_place("광주")
    with pytest.raises(AmbiguousNameError):
        parse_place("Gwangju")


def test_the_capital_new_delhi_is_not_delhi_that_carries_its_names() -> None:
    # New Delhi (GeoNames 1261481), the capital of India, lies inside Delhi (1273294),
    # which GeoNames also gives "New Delhi" and "नई दिल्ली" as alternate names
    for name in ("New Delhi", "नई दिल्ली", "新德里", "뉴델리", "Нью-Дели"):
        assert parse_place(name).geonames_id == 1261481, name
    assert parse_place("Delhi").geonames_id == 1273294
    assert parse_place("दिल्ली").geonames_id == 1273294


def test_a_capital_against_a_city_of_its_country_carrying_its_name() -> None:
    abuja = parse_place("Абуджа")  # Russian for Abuja, the capital of Nigeria
    assert (abuja.name, abuja.country) == ("Abuja", "NG")


def test_find_places_reads_new_delhi_in_hindi() -> None:
    found = find_places("प्रधानमंत्री ने नई दिल्ली में बैठक की।", lang="hi")
    assert [(m.text, m.place.name) for m in found] == [("नई दिल्ली", "New Delhi")]


def test_a_place_named_surname_after_an_english_given_name_is_no_place() -> None:
    # the singer, the philosopher and the basketball player, at the start of a sentence
    for text in ("Whitney Houston sang.", "Isaiah Berlin wrote.", "Michael Jordan played."):
        assert list(find_places(text, lang="en")) == [], text


def test_the_place_stays_where_no_given_name_stands_before_it() -> None:
    found = find_places("Whitney Houston was born near Houston, Texas.", lang="en")
    assert [(m.text, m.start) for m in found] == [("Houston", 30), ("Texas", 39)]
