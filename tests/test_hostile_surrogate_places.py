"""A lone surrogate (what a file read with ``errors="surrogateescape"`` leaves) in a place
name or in running text: a clear citydiplo error for a name, a scan that goes on for a text."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import ArgumentValueError, CitydiploError, find_places, parse_place


def test_a_name_with_a_lone_surrogate_is_refused_with_the_name_quoted() -> None:
    with pytest.raises(ArgumentValueError, match=r"'Seoul\\udc80'.*lone surrogate"):
        parse_place("Seoul\udc80")


def test_running_text_with_a_lone_surrogate_still_finds_the_places_around_it() -> None:
    found = find_places("The mayor of Hanam visited\ud800 Little Rock, Arkansas\udc80.", lang="en")
    assert [m.text for m in found] == ["Hanam", "Little Rock", "Arkansas"]
    assert [m.place.country for m in found] == ["KR", "US", "US"]


_PIECES = ["Seoul", "Busan", " ", ", ", "서울", "Москва", "北京", "\ud800", "\udfff", "\udc80"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6),
    st.sampled_from([None, "en", "ko", "ru", "zh"]),
)
def test_any_text_with_surrogates_scans_or_raises_our_error(
    pieces: list[str], lang: str | None
) -> None:
    text = "".join(pieces)
    for mention in find_places(text, lang=lang):
        assert text[mention.start : mention.end] == mention.text
        assert not any("\ud800" <= ch <= "\udfff" for ch in mention.text)
    with contextlib.suppress(CitydiploError):
        parse_place(text, lang=lang)
