"""A subject left unsaid after "并", "また", "이어" (``_extract/_dropped.py``,
``_extract/data/continuation.json``).

Short articles written for these tests. Each positive's second sentence names one side of an
agreement and leaves its subject, the place that opens the sentence before, unsaid: before
the rule it gave no agreement. Each negative is a near miss that must not take the subject.
"""

from __future__ import annotations

import pytest

from citydiplo import extract


def _agreements(text: str, lang: str) -> list[list[str]]:
    return sorted(sorted(r.actors) for r in extract(text, lang=lang).records
                  if r.type == "agreement")


@pytest.mark.parametrize(("lang", "text", "sides"), [
    ("zh", "大分市代表团访问了武汉市。并与武汉市签署了友好协议。", ["city-oita", "city-wuhan"]),
    ("zh", "6月2日，大分市代表团访问了武汉市。并与武汉市签署了友好协议。",
     ["city-oita", "city-wuhan"]),
    ("ja", "高槻市は常州市を訪問した。また、常州市と友好交流協定を締結した。",
     ["city-changzhou", "city-takatsuki"]),
    ("ko", "수원시는 5월 10일 후에시를 방문했다. 이어 하노이시와 우호협력 협약을 체결했다.",
     ["city-hanoi", "city-suwon"]),
    ("ko", "수원시는 5월 10일 후에시를 방문했다.\n이어서 하노이시와 우호협력 협약을 체결했다.",
     ["city-hanoi", "city-suwon"]),
])
def test_unsaid_subject_is_the_subject_before(lang: str, text: str, sides: list[str]) -> None:
    assert _agreements(text, lang) == [sides]


def test_agreement_cites_the_continuing_sentence() -> None:
    text = "大分市代表团访问了武汉市。并与武汉市签署了友好协议。"
    found = [r for r in extract(text, lang="zh").records if r.type == "agreement"]
    assert [r.citations[0].quote for r in found] == ["并与武汉市签署了友好协议。"]


# --- negatives ------------------------------------------------------------------------


def test_ja_sentence_with_its_own_subject_keeps_it() -> None:
    text = "高槻市は常州市を訪問した。また、大分市は常州市と友好交流協定を締結した。"
    assert _agreements(text, "ja") == [["city-changzhou", "city-oita"]]


def test_ko_sentence_with_its_own_subject_takes_none() -> None:
    text = "수원시는 5월 10일 후에시를 방문했다. 이어 하노이시는 협약을 체결했다."
    assert _agreements(text, "ko") == []


def test_zh_subject_before_that_is_no_place_is_not_taken() -> None:
    # the delegation opens the sentence before: no place to carry over
    text = "代表团与大分市官员会谈。并与武汉市签署了友好协议。"
    assert _agreements(text, "zh") == []


def test_ja_place_without_a_subject_particle_is_not_taken() -> None:
    # "高槻市の代表団は": Takatsuki is no subject, its delegation is
    text = "高槻市の代表団が常州市を訪問した。また、大連市と友好交流協定を締結した。"
    assert ["city-dalian", "city-takatsuki"] not in _agreements(text, "ja")


def test_no_marker_no_subject_carried() -> None:
    text = "大分市代表团访问了武汉市。与武汉市签署了友好协议。"
    assert ["city-oita", "city-wuhan"] not in _agreements(text, "zh")
