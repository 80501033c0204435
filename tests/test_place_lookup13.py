"""The shortcuts of parse_place's look-up path give the answers of the long way.

``parse_place`` reads a name's candidates once (``_geo/_candidates.py``), takes ASCII text
as already clean, and checks the script of an exonym per character. Each shortcut is held
here against the general rule it stands for; ``bench/place_answers_dump.py`` holds the
answers of the whole path against the base over 270,000 calls.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import parse_place
from citydiplo._geo._candidates import NOTHING, candidates
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._places import Place, PlaceKind, _latin_or_no_letter
from citydiplo._normalize import _HEBREW_DOUBLED, _han_fold, clean, fold_key


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30))
def test_ascii_text_is_clean_once_its_whitespace_is_collapsed(text: str) -> None:
    assert clean(text) == " ".join(text.split())


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("ab -\u05d0\u05d9\u05d5\u05ea蘇兰縣县澳門ä\u05d9\u05d9"),
        max_size=12,
    )
)
def test_folding_skips_only_what_cannot_change(key: str) -> None:
    # the skipped steps (ASCII keys, keys without a doubled yod) were no-ops
    assert fold_key(key) == _HEBREW_DOUBLED.sub(r"\1", key.translate(_han_fold()))


def test_folding_literal_cases() -> None:
    assert fold_key("קריית מוצקין") == "קרית מוצקין"
    assert fold_key("宜蘭縣") == "宜兰县"
    assert fold_key("yiyi street") == "yiyi street"


def test_a_key_the_gazetteer_lacks_names_nothing() -> None:
    found = candidates("zzqxv qqzzx")
    assert found == NOTHING
    assert not found
    assert gazetteer().postings("zzqxv qqzzx") is None


def test_the_gazetteer_never_gives_an_empty_posting() -> None:
    gz = gazetteer()
    for key in ["paris", "cordoba", "france", "brandenburg", "부산", "成都"]:
        found = gz.postings(key)
        assert found is not None and found, key


def test_a_rows_name_is_the_name_of_its_fields() -> None:
    gz = gazetteer()
    for row in [0, 1, 2, 1000, gz.rows - 1]:
        assert gz.name(row) == gz.fields(row)[1]


def test_the_script_test_per_character() -> None:
    for char in "aZéđŁ1 ,-’":
        assert _latin_or_no_letter(char), char
    for char in "부成Мאشअક":
        assert not _latin_or_no_letter(char), char


def test_known_answers_through_the_short_path() -> None:
    paris = parse_place("Paris")
    assert isinstance(paris, Place) and paris.kind is PlaceKind.CITY
    assert (paris.country, paris.geonames_id) == ("FR", 2988507)
    assert parse_place("  Paris  ") == Place(**{**_fields(paris), "text": "  Paris  "})
    assert parse_place("France").country == "FR"
    assert parse_place("France").kind is PlaceKind.COUNTRY
    assert parse_place("Austin, Texas").geonames_id == 4671654
    assert parse_place("부산시").name == "Busan"


def _fields(place: Place) -> dict[str, object]:
    return {
        name: getattr(place, name)
        for name in (
            "text",
            "country",
            "subdivision",
            "locality",
            "kind",
            "name",
            "geonames_id",
            "latitude",
            "longitude",
            "population",
        )
    }
