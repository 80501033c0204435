"""Variant spellings of place names (issue 13, round 7): nasal spellings and the Gujarati
oblique form, the Gujarati dateline visarga, Korean romanizations, Russian three-word names
in a case. Literal positive cases with near-miss negatives beside them."""

from __future__ import annotations

import pytest

from citydiplo import find_places, parse_place
from citydiplo._geo._anusvara import nasal_forms
from citydiplo._geo._brahmic_forms import oblique_prefixes
from citydiplo._geo._korean_latin import skeleton


def _found(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# --- anusvara and the nasal letter of the following stop ---------------------------------


@pytest.mark.parametrize(
    ("written", "other"),
    [
        ("इंदौर", "इन्दौर"),  # dental row: न
        ("चंडीगढ़", "चण्डीगढ़"),  # retroflex row: ण
        ("शंघाई", "शङ्घाई"),  # velar row: ङ
        ("कांचीपुरम", "काञ्चीपुरम"),  # palatal row: ञ
        ("अंबाला", "अम्बाला"),  # labial row: म
        ("ગાંધીનગર", "ગાન્ધીનગર"),
    ],
)
def test_nasal_spellings_by_the_row_of_the_stop(written: str, other: str) -> None:
    assert other in nasal_forms(written)
    assert written in nasal_forms(other)


@pytest.mark.parametrize("word", ["संसद", "हंस", "सिंह", "વંશ"])
def test_anusvara_before_no_stop_has_no_other_spelling(word: str) -> None:
    assert nasal_forms(word) == ()


def test_indore_with_anusvara() -> None:
    assert parse_place("इंदौर").name == "Indore"
    found = _found("17 फरवरी को इंदौर में सम्मेलन होगा, मध्यप्रदेश के महापौर आएंगे।", "hi")
    assert ("इंदौर", "IN", "IN-MP") in found


def test_nasal_letter_of_another_row_is_no_variant() -> None:
    # "इम्दौर" (म before द) is no spelling of Indore: म is the labial row's nasal
    assert nasal_forms("इम्दौर") == ()


# --- the Gujarati oblique form of a name in -o --------------------------------------------


def test_gujarati_oblique_form_with_postposition() -> None:
    assert oblique_prefixes("ટોકિયામાં", frozenset({"માં"})) == [("ટોકિયો", 6)]
    found = _found("જાપાનના ટોકિયામાં બેઠક યોજાઈ હતી.", "gu")
    assert ("ટોકિયા", "JP", "JP-13") in found


def test_gujarati_oblique_form_needs_a_postposition() -> None:
    found = _found("જાપાનના ટોકિયા અને", "gu")
    assert not any(text.startswith("ટોકિયા") for text, _, _ in found)


def test_oblique_form_of_no_name_is_nothing() -> None:
    assert oblique_prefixes("વાતામાં", frozenset({"માં"})) == []


# --- Gujarati datelines --------------------------------------------------------------------


def test_gujarati_dateline_with_visarga() -> None:
    found = _found("ગાંધીનગરઃ ગુજરાતમાં બેઠક યોજાઈ.", "gu")
    assert ("ગાંધીનગર", "IN", "IN-GJ") in found


def test_visarga_inside_a_word_is_no_dateline() -> None:
    assert _found("દુઃખ અને નમઃ", "gu") == []


# --- Korean romanizations ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "name", "subdivision"),
    [
        ("Kyungsangbuk-do", "Gyeongsangbuk-do", "KR-47"),
        ("Kyongsangbuk-do", "Gyeongsangbuk-do", "KR-47"),
        ("Choongchungbuk-do", "Chungcheongbuk-do", "KR-43"),
        ("Chollanam-do", "Jeollanam-do", "KR-46"),
        ("Kyunggi-do", "Gyeonggi-do", "KR-41"),
    ],
)
def test_korean_provinces_in_other_romanizations(written: str, name: str, subdivision: str) -> None:
    found = find_places(f"A delegation from {written} visited Seoul, Korea.", lang="en")
    first = found[0]
    assert (first.text, first.place.subdivision) == (written, subdivision)
    assert first.place.kind.value == "subdivision"


def test_korean_city_in_mccune_reischauer() -> None:
    found = _found("The city of Kyungju in Korea signed the agreement.", "en")
    assert ("Kyungju", "KR", "KR-47") in found


def test_skeletons_of_the_two_systems_agree() -> None:
    assert skeleton("pusan") == skeleton("busan")
    assert skeleton("chollanam do") == skeleton("jeollanam do")


@pytest.mark.parametrize(
    "text",
    [
        "Possible songs were sung in Stockholm.",
        "The Sungnam Restaurant is closed.",  # a Korean name of no place in the text's sense
    ],
)
def test_english_words_are_not_korean_places(text: str) -> None:
    assert all(c != "KR" for _, c, _ in _found(text, "en"))


# --- Russian names of three words in a case -----------------------------------------------


def test_russian_three_word_country_name_in_genitive() -> None:
    text = "Член комитета партии Китайской Народной Республики приехал."
    assert ("Китайской Народной Республики", "CN", None) in _found(text, "ru")


def test_russian_three_words_that_name_nothing() -> None:
    assert _found("Член Большой Народной Республики приехал.", "ru") == []


def test_korean_romanization_stops_at_another_script() -> None:
    found = _found("ביקור במחוז Kyunggi-do של קוריאה", "he")
    assert ("Kyunggi-do", "KR", "KR-41") in found


def test_korean_romanization_is_one_word_and_its_unit() -> None:
    # "Andong, as …": a name and the next word of a list are no longer name
    found = _found("Cities of Korea such as Andong, as well as Seoul, joined.", "en")
    assert not any(text.startswith("Andong,") for text, _, _ in found)
