"""The look-up path's shortcuts keep its answers: an empty reading is always the one
``NOTHING`` object, and the argument checks still refuse what they refused."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import ArgumentValueError, parse_place
from citydiplo._geo._candidates import NOTHING, candidates
from citydiplo._geo._gazetteer import gazetteer

_KEYS = [
    "paris", "seoul", "adana", "gangnam gu", "boeun", "congo", "फलसतन", "इंदौर", "ટોકિયો",
    "no such place", "ha noi", "부산", "москва", "תל אביב", "",
]  # fmt: skip


@pytest.mark.parametrize("key", _KEYS)
def test_a_key_naming_nothing_reads_as_the_one_empty_postings(key: str) -> None:
    found = candidates(key)
    assert (found is NOTHING) == (not found)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeilnorstu \u0902\u0a82\u0915\u0928", max_size=8))
def test_no_key_reads_as_another_empty_postings(key: str) -> None:
    found = candidates(key)
    assert (found is NOTHING) == (not found)


def test_gazetteer_keys_read_as_places() -> None:
    for key in gazetteer().keys_with_prefix("san ", limit=200):
        assert candidates(key) is not NOTHING


def test_a_bad_language_is_refused_for_any_name() -> None:
    for name in ["Paris", "부산시", "Paris\udc80"]:
        with pytest.raises(ArgumentValueError, match="language 'kr'"):
            parse_place(name, lang="kr")


def test_a_lone_surrogate_is_refused_without_a_language() -> None:
    with pytest.raises(ArgumentValueError, match="surrogate"):
        parse_place("Seoul\udc80")
    with pytest.raises(ArgumentValueError, match="surrogate"):
        parse_place("서울\udc80", lang="ko")


@pytest.mark.parametrize("key", ["santa cruz", "la paz", "cordoba", "granada"])
def test_namesakes_keep_the_whole_ranking_order(key: str) -> None:
    # the namesakes are ranked alone; in the ranking of every city of the name they come in
    # the same order
    from citydiplo._geo._dominance import namesakes_of, ranking

    found = candidates(key)
    own, alternate, subs = found.own, found.alternate, list(found.subdivisions)
    assert subs and own  # each names a subdivision and cities
    namesakes = namesakes_of(own, alternate, subs)
    every = ranking(own, alternate, len(own) + len(alternate))
    assert namesakes == [r for r, _ in every if r in set(namesakes)]
    assert 2 <= len(namesakes) < len(every)  # two subdivisions' namesakes, among others
