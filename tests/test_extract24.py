"""Extraction rules of round 24 (zh, ru, hi), on sentences quoted from the pages of
``bench/extract_devset24`` and earlier sets: each text is extracted once (module cache)."""

from __future__ import annotations

from functools import cache

from citydiplo import City, Dataset, Person, extract
from citydiplo._extract import Extraction

# zgghw.org.cn (张掖日报), 8 June 2012
_ZHANGYE = (
    "张掖市与安徽宣城市缔结友好城市\n\n"
    "6月4日,在兰州举行的甘肃省与安徽省战略合作备忘录暨友好城市(开发区)项目合作协议签约仪式上,"
    "我市与安徽宣城市正式缔结为友好城市。市委副书记、市长栾克军,宣城市副市长汪谦慎分别代表两市"
    "签署了缔结友好城市协议书。\n"
)
# gd.gov.cn, the Guangdong government gazette of 30 November 1991
_MAOMING = (
    "茂名市与南宁市结为友好城市\n\n"
    "(本报讯)茂名市与广西壮族自治区南宁市结为友好城市的签字仪式于十一月十三日在南宁市举行,"
    "茂名市副市长张惠忠和南宁市副市长孙汉明分别代表本市在协议上签字。\n"
)
# zh.vietnamplus.vn, July 2015
_BUSAN = (
    "越共中央政治局委员、胡志明市委书记黎青海7月24日下午会见了正在对越南进行工作访问的韩国釜山市长"
    "徐秉洙(Suh Byung Soo)。\n\n"
    "黎青海先生代表胡志明市领导对徐秉洙市长一行访问胡志明市并出席两座城市缔结友好关系20周年的"
    "各项纪念活动表示高兴。\n"
)
# a visit told "on the occasion of" an anniversary: no second event
_OCCASION = "为庆祝两市缔结友好城市20周年,釜山市长徐秉洙7月24日访问胡志明市。\n"
_PUBLISHED = {_ZHANGYE: "2012-06-08", _MAOMING: "1991-11-30", _BUSAN: "2015-07-25",
              _OCCASION: "2015-07-25"}


@cache
def _x(text: str) -> Extraction:
    return extract(text, lang="zh", published=_PUBLISHED[text])


def test_a_city_where_the_signing_was_held_is_no_side() -> None:
    ds = _x(_ZHANGYE).dataset
    sides = [set(r.parties) for r in (*ds.partnerships, *ds.agreements)]
    assert sides  # the tie itself is still read (headline, signing sentence)
    assert all("city-lanzhou" not in s for s in sides)
    assert all("city-lanzhou" not in {p.actor for p in e.participants} for e in ds.events)


def test_the_framed_venue_mark_only_takes_the_place_inside_it() -> None:
    ds = _x(_MAOMING).dataset  # "在南宁市举行", yet Nanning is named as a side before
    (agreement,) = ds.agreements
    assert set(agreement.parties) == {"city-maoming", "city-nanning"}
    assert str(agreement.place) == "city-nanning"


def test_signing_with_qianzi_makes_the_agreement_and_its_ceremony() -> None:
    ds = _x(_MAOMING).dataset
    (agreement,) = ds.agreements
    assert str(agreement.signed) == "1991-11-13"
    signings = [e for e in ds.events if str(e.kind) == "signing"]
    assert [str(e.date) for e in signings] == ["1991-11-13"]


def test_each_signatory_signs_for_the_city_named_right_before_them() -> None:
    (agreement,) = _x(_MAOMING).dataset.agreements
    behalf = {s.person: s.on_behalf_of for s in agreement.signatories}
    assert behalf == {"person-张惠忠": "city-maoming", "person-孙汉明": "city-nanning"}


def test_respectively_distributes_the_list_beside_it_not_the_partners() -> None:
    # "分别" follows the two vice mayors; "茂名市与…南宁市" at the start are the partners.
    # With a register naming the two, both stand as actors right before "分别"
    known = Dataset(actors=[
        City(id="maoming", name="Maoming", names={"zh": ["茂名市"]}),
        City(id="nanning", name="Nanning", names={"zh": ["南宁市"]}),
        Person(id="zhang-huizhong", name="Zhang Huizhong", names={"zh": ["张惠忠"]}),
        Person(id="sun-hanming", name="Sun Hanming", names={"zh": ["孙汉明"]}),
    ])
    x = extract(_MAOMING, lang="zh", published=_PUBLISHED[_MAOMING], known=known)
    assert not any("respectively" in s.reason for s in x.skipped)
    (agreement,) = x.dataset.agreements
    assert set(agreement.parties) == {"maoming", "nanning"}


def test_a_celebration_attended_on_a_visit_is_an_event_of_its_own() -> None:
    ds = _x(_BUSAN).dataset
    kinds = sorted(str(e.kind) for e in ds.events)
    assert kinds == ["other", "visit"]
    (party,) = [e for e in ds.events if str(e.kind) == "other"]
    assert {"person-徐秉洙", "city-hochiminh"} <= {p.actor for p in party.participants}


def test_an_anniversary_only_named_as_the_occasion_gives_no_second_event() -> None:
    ds = _x(_OCCASION).dataset
    assert [str(e.kind) for e in ds.events] == ["visit"]
