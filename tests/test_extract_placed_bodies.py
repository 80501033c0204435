"""A Korean body written onto its place: the body is named whole, with its place, and two
bodies of one kind in two places are two actors (``citydiplo._extract._placed_body``)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citydiplo import extract
from citydiplo._extract._placed_body import placed_start, word_start
from tests.strategies import hangul_stems

# "경남 밀양시 단장면주민자치위원회(위원장 남계관)와 통영시 정량동주민자치위원회(위원장 황종관)는
# 지난 23일 … 자매결연 협약식을 가졌다." (https://kukinews.com/article/view/kuk201811260001)
DANJANG = ("경남 밀양시 단장면주민자치위원회(위원장 남계관)와 통영시 정량동주민자치위원회(위원장 "
           "황종관)는 지난 23일 상호 우호증진과 상생 발전을 위해 자매결연 협약식을 가졌다.")
# "대구 수성구 통장연합회(회장 장진태)는 24일 예천군 이장연합회(회장 유영화)와 자매결연 협약을
# 체결하고 …" (http://www.ilyoseoul.co.kr/news/articleView.html?idxno=343239)
SUSEONG = ("수성구 통장연합회(회장 장진태)는 24일 예천군 이장연합회(회장 유영화)와 자매결연 "
           "협약을 체결했다.")


def _orgs(text: str) -> list[str]:
    x = extract(text, lang="ko", published="2018-11-26")
    return sorted(a.name for a in x.actors if a.type == "organization")


def test_two_committees_of_one_kind_are_two_actors() -> None:
    assert _orgs(DANJANG) == ["단장면주민자치위원회", "정량동주민자치위원회"]


@pytest.mark.parametrize("text", [
    SUSEONG,
    "수원시 민간단체협의회는 24일 하노이시 여성연합회와 자매결연 협약을 체결했다.",
])
def test_a_place_written_before_a_body_names_it(text: str) -> None:
    x = extract(text, lang="ko", published="2024-05-30")
    orgs = {a.id: a.name for a in x.actors if a.type == "organization"}
    assert len(orgs) == 2 and all(" " in n for n in orgs.values())
    (agreement,) = x.dataset.agreements
    assert set(agreement.parties) == set(orgs)  # the two bodies sign for themselves


def test_a_word_that_goes_on_after_the_marker_is_no_body() -> None:
    # "이날부터" (from this day): "부" (ministry) inside a word
    assert _orgs("이날부터 양 도시는 교류를 시작했다.") == []


@given(stem=hangul_stems(), suffix=st.sampled_from(["위원회", "협의회", "연합회", "재단"]))
def test_a_body_is_named_by_its_whole_word(stem: str, suffix: str) -> None:
    text = f"경남 {stem}{suffix}는"
    start = 3
    stops = frozenset("은는이가을를과와의에도로측시군구")
    assert word_start(text, start + len(stem), stops) == start


@given(stem=hangul_stems(), marker=st.sampled_from(["면", "동", "읍"]))
def test_a_body_that_holds_its_place_takes_no_wider_place(stem: str, marker: str) -> None:
    text = f"통영시 {stem}{marker}주민자치위원회"
    city = {3: SimpleNamespace(start=0, kind="city")}
    end = len(text) - 3
    assert placed_start(text, 4, end, city, ("시", "군", "구", "면", "동", "읍")) == 4
    bare = f"통영시 {stem}위원회"
    assert placed_start(bare, 4, len(bare) - 3, city, ("시", "면", "동", "읍")) == 0
