"""Families of faults found by the dev set 12a (en, ko, vi, zh, ja): literal cases.

Each family has positive cases (the fault, now gone or corrected) and negative ones (what
the rule must leave alone). The sentences are written for the rule; none quotes an article
of the dev set (``bench/extract_devset12a``), which only the crash test reads, whole.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from citydiplo import Dataset, extract, load
from citydiplo._extract._joined import in_joined_name

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _records(text: str, lang: str, published: str | None = None) -> list[Any]:
    return list(extract(text, lang=lang, published=published).records)


def _ties(text: str, lang: str, published: str = "2019-11-05") -> list[tuple[str, str, str]]:
    return [
        (
            r.type,
            str(getattr(r, "status", None) and r.status.value),
            str(getattr(r, "established", None) or getattr(r, "signed", None)),
        )
        for r in _records(text, lang, published)
        if r.type in ("partnership", "agreement")
    ]


# -- a letter of intent agrees a tie; it does not establish it ------------------------------

LETTERS = [
    (
        "en",
        "On 4 November 2019 Cangzhou signed a letter of intent on establishing friendship "
        "city relations with Arusha, Tanzania.",
    ),
    ("zh", "2019年11月4日,沧州市与坦桑尼亚阿鲁沙市签订友好城市关系意向书。"),
    ("ko", "수원시는 2019년 11월 4일 중국 지난시와 자매결연 의향서를 체결했다."),
    ("ja", "2019年11月4日、高松市は中国の南昌市と友好都市提携に関する意向書に調印した。"),
    (
        "vi",
        "Ngày 4/11/2019, tỉnh Hà Giang và tỉnh Benguet đã ký thư ý định thiết lập quan hệ "
        "kết nghĩa.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), LETTERS)
def test_a_letter_of_intent_names_an_agreed_tie_without_a_founding_date(
    lang: str, text: str
) -> None:
    ties = _ties(text, lang)
    assert ("partnership", "agreed", "None") in ties
    assert ("agreement", "None", "2019-11-04") in ties


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "2019年11月4日,沧州市与坦桑尼亚阿鲁沙市签订友好城市协议书。"),
        ("en", "On 4 November 2019 Cangzhou and Arusha signed a sister city agreement."),
        ("ko", "수원시는 2019년 11월 4일 중국 지난시와 자매결연 협정을 체결했다."),
    ],
)
def test_an_agreement_that_founds_the_tie_still_dates_it(lang: str, text: str) -> None:
    assert ("partnership", "None", "2019-11-04") in _ties(text, lang)


# -- a place name at the edge of a part of a transliterated foreign name ---------------------


def test_a_place_name_inside_a_part_of_a_foreign_name_is_no_place() -> None:
    text = "6月2日,济南市与坦桑尼亚莫希市签订友好合作备忘录,莫希市市长拉萨罗·姆坦巴出席签字仪式。"
    x = extract(text, lang="zh", published="2021-06-03")
    names = {a.name for a in x.dataset.actors}
    assert "Lhasa" not in names and "Moshi" in names
    assert all("city-lhasa" not in r.actors for r in x.records)


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("市长拉萨罗·布凯尔", 2, 4, True),  # 拉萨 + 罗 · : the start of a name part
        ("罗马诺·普罗迪", 0, 2, True),  # 罗马 + 诺 · : the start of the first part
        ("马克·诺罗马", 4, 6, True),  # · 诺 + 罗马: the end of it
        ("中国·沧州市", 3, 5, False),  # a place right beside the joiner: a place
        ("中国·拉萨", 0, 2, False),
        ("拉萨市与罗马市", 0, 2, False),  # no joiner at all
    ],
)
def test_joined_name_edges(text: str, start: int, end: int, expected: bool) -> None:
    assert in_joined_name(text, start, end, ("·",)) is expected


def test_without_joiners_nothing_is_a_name_part() -> None:
    assert not in_joined_name("市长拉萨罗·布凯尔", 2, 4, ())


# -- a tie never has fewer than two sides, and extract never fails on a real article ---------


def _devsets() -> list[Path]:
    return sorted(p for d in sorted(BENCH.glob("extract_devset*")) for p in d.glob("*.json"))


@pytest.mark.parametrize("meta_path", _devsets(), ids=lambda p: p.stem)
def test_every_devset_article_extracts_with_its_register_into_two_sided_ties(
    meta_path: Path,
) -> None:
    meta = json.loads(meta_path.read_text("utf-8"))
    text = (meta_path.parent / meta["text"]).read_text("utf-8")
    curated = load(meta_path.parent / meta["records"])
    for known in (None, Dataset(actors=curated.actors)):
        x = extract(text, lang=meta["lang"], published=meta.get("published"), known=known)
        for r in x.records:
            if r.type in ("partnership", "agreement"):
                assert len(set(r.parties)) >= 2, r


# -- a visit one side only invites the other to make -----------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Mayor Kim of Suwon invited the mayor of Jinan to visit Suwon."),
        ("vi", "Chủ tịch UBND tỉnh Phú Thọ mời lãnh đạo tỉnh Yamanashi đến thăm tỉnh Phú Thọ."),
        ("zh", "王市长邀请大分市市长访问武汉。"),
    ],
)
def test_an_invitation_to_visit_is_no_visit(lang: str, text: str) -> None:
    assert [r.type for r in _records(text, lang, "2019-11-05")] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "At the invitation of Mayor Kim, the mayor of Jinan visited Suwon on 3 May."),
        ("en", "Invited by Mayor Kim, the mayor of Jinan visited Suwon on 3 May."),
        (
            "vi",
            "Theo lời mời của UBND tỉnh Hòa Bình, đoàn công tác thành phố Gimje đã đến thăm "
            "tỉnh Hòa Bình.",
        ),
        ("zh", "应武汉市邀请,大分市市长于5月3日访问武汉。"),
        ("zh", "應武漢市邀請,大分市市長於5月3日訪問武漢。"),
    ],
)
def test_a_visit_made_at_an_invitation_stays(lang: str, text: str) -> None:
    assert [r.type for r in _records(text, lang, "2019-11-05")] == ["event"]


# -- the first word after a dateline's dash is no item of a list of places -------------------


def test_the_word_after_a_datelines_dash_is_no_place() -> None:
    text = (
        "LIAOCHENG, China, May 3, 2023 /PRNewswire/ -- Recently, Liaocheng and Port Vila "
        "signed a friendship city agreement."
    )
    ids = {a.id for a in extract(text, lang="en", published="2023-05-03").dataset.actors}
    assert "city-recently" not in ids
    assert {"city-liaocheng", "city-portvila"} <= ids


# -- two places listed "respectively" are no partners of each other --------------------------


@pytest.mark.parametrize("with_register", [False, True])
def test_places_listed_respectively_are_not_paired_with_each_other(with_register: bool) -> None:
    from citydiplo import City

    known = Dataset(
        actors=[
            City(id="jinan", name="Jinan", names={"zh": ["济南市", "济南"]}, country="CN"),
            City(id="moshi", name="Moshi", names={"zh": ["莫希市"]}, country="TZ"),
            City(id="arusha", name="Arusha", names={"zh": ["阿鲁沙市"]}, country="TZ"),
        ]
    )
    text = (
        "济南市与莫希市、阿鲁沙市签订友好城市关系意向书\n\n6月2日,市长王伟会见了莫希市市长和"
        "阿鲁沙市市长一行,并与莫希市、阿鲁沙市分别签订友好城市关系意向书。"
    )
    x = extract(text, lang="zh", published="2021-06-03", known=known if with_register else None)
    ties = [r for r in x.records if r.type in ("partnership", "agreement")]
    assert ties
    for r in ties:
        sides = {p.removeprefix("city-") for p in r.parties}
        assert sides != {"moshi", "arusha"}, r
        assert "jinan" in sides
