"""The shortcuts of the look-up path give what the long way gives.

``spaced`` skips the separator pattern for a name of letters and digits with single
spaces; the gazetteer reads a key of several places without generators; the listed-town
reading of Hindi and Gujarati words is kept per word. None of them may change an answer.
"""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._listed_home import town_in
from citydiplo._normalize import _SEPARATORS, spaced


def test_spaced_examples() -> None:
    assert spaced("Ho Chi Minh") == "Ho Chi Minh"
    assert spaced("Stratford-upon-Avon") == "Stratford upon Avon"
    assert spaced("a  b") == "a b"
    assert spaced("St. Louis") == "St Louis"
    assert spaced("서초구ㆍ강남구") == "서초구 강남구"  # the araea letter separates
    assert spaced("서초구ᆞ강남구") == "서초구 강남구"
    assert spaced(" Hanam\t") == " Hanam "
    assert spaced("") == ""


def test_no_letter_or_digit_is_a_separator_but_the_araea() -> None:
    """What the shortcut rests on: the pattern matches no character ``str.isalnum``
    accepts, except the two Hangul araea letters it tests for."""
    both = [
        chr(i)
        for i in range(sys.maxunicode + 1)
        if chr(i).isalnum() and _SEPARATORS.fullmatch(chr(i))
    ]
    assert both == ["\u119e", "\u318d"]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Da", "Nang", "서울", "東京", "1", " ", "  ", "-", ".", "ㆍ", "\t", "é"])
    ).map("".join)
    | st.text(max_size=20)
)
def test_spaced_is_the_pattern(text: str) -> None:
    assert spaced(text) == _SEPARATORS.sub(" ", text)


def test_postings_of_keys_of_several_places() -> None:
    """A key naming places of several kinds, split by kind (GeoNames and ISO 3166)."""
    gz = gazetteer()
    georgia = gz.postings("georgia")
    assert georgia is not None
    assert georgia.countries == ("GE",)
    assert georgia.subdivisions == ("US-GA",)
    san_jose = gz.postings("san jose")
    assert san_jose is not None
    assert san_jose.subdivisions == ("CR-SJ", "UY-SJ")  # the provinces of Costa Rica, Uruguay
    assert san_jose.own and all(isinstance(r, int) for r in san_jose.own)
    assert gz.name(san_jose.own[0]) == "San Jose"  # the most populous: California's
    assert gz.country_of(san_jose.own[0]) == "US"


def test_postings_agree_with_the_records() -> None:
    """Each kind of :meth:`records` lands in its own field, cities in row order."""
    gz = gazetteer()
    for key in ["georgia", "san jose", "springfield", "paris", "kaliningrad", "hanam"]:
        found = gz.postings(key)
        assert found is not None
        records = gz.records(key)
        assert found.countries == tuple(sorted(gz.countries[i] for k, i in records if k == 1))
        assert found.subdivisions == tuple(gz.subdivisions[i] for k, i in records if k == 2)
        assert found.own == tuple(i for k, i in records if k == 3)
        assert found.alternate == tuple(i for k, i in records if k == 0)
        assert found.districts == ()


def test_listed_town_kept_per_word_and_state() -> None:
    """Gondal, a town of Gujarat that GeoNames writes in Latin letters only, read from
    its Gujarati spelling in Gujarat, and not in another state, whichever is asked first."""
    in_maharashtra = town_in("ગોંડલ", "IN-MH", "gu")
    read = town_in("ગોંડલ", "IN-GJ", "gu")
    assert in_maharashtra is None
    assert read is not None
    assert read[0] == 5
    assert (read[1].name, read[1].subdivision, read[1].geonames_id) == ("Gondal", "IN-GJ", 1270994)
    assert town_in("ગોંડલ", "IN-GJ", "gu") == read
    assert town_in("ગોંડલ", "IN-MH", "gu") is None


def test_state_towns_skip_words_inside_any_mention() -> None:
    """A word inside a mention is never read again, whatever the mentions' order: here a
    mention over "ગોંડલ પંથકમાં" (the Gondal area), given before Rajkot, hides the first
    "ગોંડલ"; the second, in "ગોંડલ તાલુકાના" (of Gondal taluka), is Gondal, Gujarat."""
    from citydiplo._geo._find import PlaceMention
    from citydiplo._geo._places import Place, PlaceKind
    from citydiplo._geo._state_towns import with_state_towns

    text = "રાજકોટના ગોંડલ પંથકમાં વરસાદ. ગોંડલ તાલુકાના ગામોમાં વરસાદ"
    rajkot = Place(
        text="રાજકોટ", kind=PlaceKind.CITY, country="IN", subdivision="IN-GJ",
        name="Rājkot", geonames_id=1258847, population=1_177_362,
    )
    covering = PlaceMention(start=9, end=22, text=text[9:22], place=rajkot)
    first = PlaceMention(start=0, end=6, text=text[0:6], place=rajkot)
    out = with_state_towns(
        [covering, first], text, "gu", PlaceMention, lambda added, _text, _lang: added
    )
    assert [(m.start, m.end) for m in out] == [(0, 6), (9, 22), (30, 35)]
    assert (out[2].text, out[2].place.name, out[2].place.subdivision) == (
        "ગોંડલ", "Gondal", "IN-GJ"
    )


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30))
def test_match_key_of_ascii_text_is_the_long_way(text: str) -> None:
    """The ASCII shortcut of match_key: every step of the long way leaves ASCII text as
    it is but the case and the separators."""
    import re
    import unicodedata

    from citydiplo._normalize import match_key

    long_way = unicodedata.normalize("NFD", text.casefold())
    long_way = re.sub(r"[\s\-_.,;:'`\"()\[\]/]+", " ", long_way)
    assert match_key(text) == unicodedata.normalize("NFC", long_way).strip()


def test_match_key_examples() -> None:
    from citydiplo._normalize import match_key

    assert match_key("Stratford-upon-Avon") == "stratford upon avon"
    assert match_key("  NEW   York ") == "new york"
    assert match_key("St. John's") == "st john s"
    assert match_key("Córdoba") == "cordoba"


def test_unknown_locality_of_a_country_searches_no_close_names(monkeypatch: object) -> None:
    """ "Name, Country" with a name the country lacks keeps the name as a locality; the
    close names, which only an error shows, are not searched for."""
    import pytest

    from citydiplo import UnknownNameError, parse_place
    from citydiplo._geo._gazetteer import Gazetteer

    assert isinstance(monkeypatch, pytest.MonkeyPatch)

    def refuse(self: Gazetteer, key: str) -> list[str]:
        raise AssertionError(f"close names searched for {key!r}")

    with monkeypatch.context() as patch:
        patch.setattr(Gazetteer, "close_keys", refuse)
        place = parse_place("Qwertyuiopvik, Norway")
    assert (place.country, place.locality, place.kind.value) == ("NO", "Qwertyuiopvik", "country")
    # in a subdivision the error is raised, with the close names as before
    with pytest.raises(UnknownNameError) as raised:
        parse_place("Springfeld, Illinois")
    assert "springfield" in raised.value.suggestions
    assert str(raised.value).startswith("no place in US-IL is called 'Springfeld' (did you mean")
    assert raised.value.__context__ is None


def test_find_city_with_an_unknown_qualifier_searches_no_close_names(
    monkeypatch: object,
) -> None:
    """The importer's look-up drops an unknown qualifier's error: it searches no close
    names for it, and still finds a city its qualifier places."""
    import pytest

    from citydiplo._geo._gazetteer import Gazetteer
    from citydiplo._geo._parse import find_city

    assert isinstance(monkeypatch, pytest.MonkeyPatch)

    def refuse(self: Gazetteer, key: str) -> list[str]:
        raise AssertionError(f"close names searched for {key!r}")

    with monkeypatch.context() as patch:
        patch.setattr(Gazetteer, "close_keys", refuse)
        assert find_city("Springfield, Qwertyuiopstan", country=None, subdivision=None) is None
        found = find_city("Austin, Texas", country="US", subdivision=None)
    assert found is not None
    assert (found.geonames_id, found.subdivision) == (4671654, "US-TX")
