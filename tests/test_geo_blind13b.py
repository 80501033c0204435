"""Place families found by blind set 13b (ru, hi, gu, he, fa news), each case written from the
grammar of the language and the geography, not from the function's output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citydiplo import find_places, parse_place, resolve_subdivision

DATA = Path(__file__).resolve().parents[1] / "src" / "citydiplo" / "_geo" / "data"


def _found(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# --- Indian towns whose names end in a place-name suffix (-kot, -pur, -nagar) --------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Rajkot (-kot, "fort") in a text that names another city of Gujarat, not the state
        (
            "મુખ્યમંત્રી આજે રાજકોટ પધાર્યા છે. મોડી રાત્રે તેઓ ગાંધીનગર જવા રવાના થશે.",
            "gu",
            ("રાજકોટ", "IN", "IN-GJ"),
        ),
        ("સવારે તેઓ રાજકોટથી સીધા વડોદરા જવા રવાના થશે.", "gu", ("રાજકોટ", "IN", "IN-GJ")),
        ("ગુજરાતનાં મુખ્યમંત્રી રાજકોટનાં પ્રવાસે આવ્યાં છે", "gu", ("રાજકોટ", "IN", "IN-GJ")),
        # Nadiad and Navsari beside other towns of Gujarat
        ("નવસારી, વાપી, આણંદ, નડિયાદ સહિતના શહેરોમાં", "gu", ("નડિયાદ", "IN", "IN-GJ")),
    ],
)
def test_an_indian_town_with_a_place_name_suffix_is_read(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert any(f[1:] == expected[1:] and expected[0] in f[0] for f in _found(text, lang)), _found(
        text, lang
    )


def test_no_listed_frequent_word_ends_in_a_place_name_suffix() -> None:
    words = json.loads((DATA / "indic_words.json").read_text("utf-8"))["words"]
    suffixes = ("कोट", "નગર", "પુર", "पुर", "नगर", "કોટ")
    suffixed = [w for w in words if any(w.endswith(s) and len(w) >= len(s) + 2 for s in suffixes)]
    assert suffixed == []
    assert "नगर" in words  # the generic word alone ("city") is a word


# --- a common Gujarati word that Hindi shares is no town ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "વડોદરામાં નવરાત્રિ મહોત્સવની આનંદ અને ઉત્સાહપૂર્વક ઉજવણી થઇ રહી છે.",
        "સુરતમાં લોકોએ ઉત્સવનો આનંદ માણ્યો",
    ],
)
def test_gujarati_joy_is_no_anand(text: str) -> None:
    assert not [f for f in _found(text, "gu") if "આનંદ" in f[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ગુજરાતના આણંદ શહેરમાં બેઠક", ("આણંદ", "IN", "IN-GJ")),  # Anand as Gujarati writes it
        ("વડોદરા, આનંદ અને સુરતમાં ચૂંટણી", ("આનંદ", "IN", "IN-GJ")),  # an item of a list
    ],
)
def test_anand_the_town_stays(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text, "gu")


def test_the_word_is_still_a_word_in_hindi() -> None:
    assert not [f for f in _found("वडोदरा में लोगों को बहुत आनंद आया", "hi") if "आनंद" in f[0]]


# --- a country's name that is a given name, with the surname written again -----------------


def test_israel_followed_by_a_surname_the_text_repeats_is_a_person() -> None:
    text = (
        'ראש מועצות יש"ע ובנימין, ישראל גנץ, נפגש היום עם ראש עיריית ניו-יורק היוצא. '
        "במהלך הפגישה העניק גנץ לאורח יצירת אמנות. גנץ הוסיף: תודה."
    )
    found = _found(text, "he")
    assert not [f for f in found if f[1] == "IL"], found
    assert ("ניו-יורק", "US", "US-NY") in found


@pytest.mark.parametrize(
    "text",
    [
        'שגריר ארה"ב בישראל נפגש עם התושבים. השגריר נפגש גם עם ראש העיר.',  # a glued preposition
        "תודה בשם ישראל כולה. ההתיישבות כולה עומדת מאחוריו.",  # a common word repeated
        "ישראל תקפה הלילה. ישראל תקפה גם אתמול.",  # the pair itself repeated
    ],
)
def test_israel_the_country_stays(text: str) -> None:
    assert [f for f in _found(text, "he") if f[1] == "IL"]


def test_bharat_before_a_common_word_stays_india() -> None:
    text = "भारत सरकार ने आज घोषणा की। सरकार ने कहा कि योजना जल्द शुरू होगी।"
    assert ("भारत", "IN", None) in _found(text, "hi")


# --- France's merged regions (2016): a city's region is known ---------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Lyon", "FR-ARA"),
        ("Grenoble", "FR-ARA"),
        ("Toulouse", "FR-OCC"),
        ("Montpellier", "FR-OCC"),
        ("Strasbourg", "FR-GES"),
        ("Reims", "FR-GES"),
        ("Bordeaux", "FR-NAQ"),
        ("Limoges", "FR-NAQ"),
        ("Lille", "FR-HDF"),
        ("Amiens", "FR-HDF"),
        ("Dijon", "FR-BFC"),
        ("Le Havre", "FR-NOR"),
        ("Caen", "FR-NOR"),
        ("Marseille", "FR-PAC"),  # a region the merger left as it was
        ("Nantes", "FR-PDL"),
    ],
)
def test_a_french_city_lies_in_its_merged_region(name: str, code: str) -> None:
    assert parse_place(name, country="FR").subdivision == code


def test_lyon_in_hebrew_news_has_its_region() -> None:
    text = "ראש העיר שוהה בליון במסגרת משלחת ראשי ערים. לרחובות יש הסכם עם גרנובל בצרפת."
    found = _found(text, "he")
    assert ("ליון", "FR", "FR-ARA") in found, found


# --- Russian regional names and Gagauzia -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "С генеральным консульством КНР у правительства Приангарья давно сложились связи.",
            "RU-IRK",
        ),
        ("Во время визита в Приамурье консул выразил надежду на сотрудничество.", "RU-AMU"),
    ],
)
def test_a_russian_regional_name(text: str, code: str) -> None:
    assert [f for f in _found(text, "ru") if f[2] == code], _found(text, "ru")


@pytest.mark.parametrize("name", ["Gagauzia", "Gagauz Yeri", "Гагаузия"])
def test_gagauzia_resolves(name: str) -> None:
    assert resolve_subdivision(name) == "MD-GA"
