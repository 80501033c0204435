"""Extraction rules of round 23 (en ja ko zh), on sentences quoted from the pages of
``bench/extract_devset23a``: each text is extracted once (module cache)."""

from __future__ import annotations

from functools import cache

from citydiplo import extract
from citydiplo._extract import Extraction
from citydiplo._extract._places import find_places

# hankyung.com, 22 November 2022
_KO = (
    "경남 거창군이 22일 서울시 종로구와 종로구청에서 양 도시의 발전과 "
    "번영을 위한 자매결연 협약을 하고 협력을 약속했다.\n\n"
    "협약식에는 구인모 거창군수, 이홍희 거창군의회 의장, 정문헌 종로구청장, "
    "라도균 종로구의회 의장 등 양 기관의 의원 및 간부 공무원 등 40여 명이 참석했다.\n\n"
    "거창군은 협약서 교환 후 자매결연을 기념하기 위해 종로구와 구민의 운수대통, "
    "번영과 발전을 기원하는 거창군민의 마음을 담은 경남도 무형문화재 장인이 만든 "
    "금징을, 종로구에서는 거창의 번영과 장수를 바라는 마음을 담은 대한자수 명인이 "
    "수놓은 자수 액자를 주고받았다.\n"
)
# the ceremony sentence alone: no agreement told before it
_KO_ALONE = _KO.split("\n\n")[1]
# nordot.app (下野新聞), January 2022
_JA = (
    "「御用邸」の縁で3市町連携 那須町などが友好都市協定\n\n"
    "互いに御用邸を有する縁で神奈川県葉山町と友好都市協定を結んでいる那須町は14日、同じく御用邸を"
    "有する静岡県下田市と新たに協定を結んだ。同市内で行われた締結式で平山幸宏(ひらやまゆきひろ)町長が"
    "協定書に署名。\n\n"
    "町は昨年5月に葉山町と協定を締結。その後、下田市から同様の協定締結を希望する申し出があり、"
    "担当者間で協議を進めてきた。\n"
)
# zh.vietnamplus.vn, July 2015
_ZH = (
    "越共中央政治局委员、胡志明市委书记黎青海7月24日下午会见了正在对越南进行工作访问的韩国釜山市长"
    "徐秉洙(Suh Byung Soo)。\n\n"
    "黎青海先生代表胡志明市领导对徐秉洙市长一行访问胡志明市并出席两座城市缔结友好关系20周年的"
    "各项纪念活动表示高兴。\n"
)
_PUBLISHED = {_KO: "2022-11-22", _KO_ALONE: "2022-11-22", _JA: "2022-01-15", _ZH: "2015-07-25"}
_LANG = {_KO: "ko", _KO_ALONE: "ko", _JA: "ja", _ZH: "zh"}


@cache
def _x(text: str) -> Extraction:
    return extract(text, lang=_LANG[text], published=_PUBLISHED[text])


def _names(x: Extraction) -> set[str]:
    return {m.text for m in x.mentions}


def test_a_ceremony_with_both_sides_attending_is_the_agreements_signing() -> None:
    ds = _x(_KO).dataset
    (agreement,) = ds.agreements
    signings = [e for e in ds.events if str(e.kind) == "signing"]
    assert len(signings) == 1
    (signing,) = signings
    assert signing.agreement == agreement.id
    assert {p.actor for p in signing.participants} >= set(agreement.parties)
    assert str(signing.date) == "2022-11-22"


def test_a_ceremony_with_no_agreement_told_gives_no_signing() -> None:
    assert not [e for e in _x(_KO_ALONE).dataset.events if str(e.kind) == "signing"]


def test_korean_offices_listed_with_commas_keep_their_holders_and_places() -> None:
    names = _names(_x(_KO_ALONE))
    assert {"구인모", "정문헌", "종로구", "거창군"} <= names


def test_a_bare_common_noun_spelling_a_county_is_no_partner() -> None:
    ds = _x(_KO).dataset
    assert not [a for a in ds.actors if a.name == "Changsu"]
    for p in ds.partnerships:
        assert len(p.parties) == 2
    # a county named with its province before it stays a place
    listed = find_places("전북 진안, 장수 등 일부 지역에 폭염경보가 내려졌다.", "ko")
    assert [p.text for p in listed][-1:] == ["장수"]


def test_japanese_town_anaphor_and_an_existing_tie() -> None:
    ds = _x(_JA).dataset
    dated = sorted(str(a.signed) for a in ds.agreements)
    assert "2021-05" in dated  # "町は昨年5月に葉山町と協定を締結"
    ties = {frozenset(p.parties): p for p in ds.partnerships}
    hayama = [p for k, p in ties.items() if any("hayama" in a for a in k)
              and not any("shimoda" in a for a in k)]
    assert hayama and all(p.established is None for p in hayama)  # "結んでいる": no new date


def test_counted_cities_are_no_city() -> None:
    x = _x(_ZH)
    assert not [a for a in x.dataset.actors if "两座" in (a.name or "")]
    assert "两座城" not in _names(x)
    kinds = {str(p.kind) for p in x.dataset.partnerships}
    assert kinds <= {"friendship", "cooperation"}
