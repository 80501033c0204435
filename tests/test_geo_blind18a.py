"""Families of faults found by the blind set 18a (``bench/places_news_blind18a.json``):
each case is written from grammar and general knowledge, not from the function's answers."""

from __future__ import annotations

import pytest

from citydiplo import find_places


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# A city whose name ends with a character that is also a generic word (州, 都) names an
# institution in "广州日报", "兰州大学", "德州新闻网", "京都大学": the 州 is the name's own,
# not a generic word that would make the institution the city's own. Where the text names
# the city nowhere else, the newspaper or university is no mention of it.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("据广州日报报道,两市签署了合作协议。", "zh"),
        ("兰州大学与韩国的大学签署协议。", "zh"),
        ("德州新闻网讯 县委书记带队考察。", "zh"),
        ("杭州日报记者报道了这次访问。", "zh"),
        ("京都大学の教授が講演した。", "ja"),
    ],
)
def test_institution_of_a_name_ending_in_a_generic_character(text: str, lang: str) -> None:
    assert [r for r in _read(text, lang) if r[1] == "CN" or r[1] == "JP"] == []


# "市县" (cities and counties), "市町村" (municipalities) begin with the generic word 市: an
# ordinary word before them ("友好", friendly) is no town with its generic word.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("凤台县与江苏仪征市缔结友好市县,签订战略合作协议。", "zh"),
        ("夏邑县与新密市签订友好市县结对共建协议书,江苏省代表出席。", "zh"),
        ("兩地締結友好市縣關係,江蘇省領導出席。", "zh"),
    ],
)
def test_friendship_cities_and_counties_is_no_town(text: str, lang: str) -> None:
    assert [r for r in _read(text, lang) if r[0] == "友好"] == []


# Vietnamese tone marks tell apart names that fold to one key: "Phù Yên" (a district of Sơn
# La) is no "Phú Yên" province, "Thạnh Hóa" (a district of Long An) no "Thanh Hóa" province.
# A text written with its marks that names another place with those very marks does not name
# the province.
@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Mưa lớn tại các huyện Mộc Châu, Phù Yên, Bắc Yên (tỉnh Sơn La).", "VN-32"),
        ("Đoàn công tác của tỉnh đã đến thăm Phù Yên hôm qua.", "VN-32"),
        ("Nông dân ở Thạnh Hóa đang thu hoạch lúa hè thu.", "VN-21"),
    ],
)
def test_marks_that_name_another_place_name_no_province(text: str, province: str) -> None:
    assert [r for r in _read(text, "vi") if r[2] == province] == []


# A text in capitals (minutes, notices, forms) writes its short words in capitals: "OF" is
# no Of, Turkey, even before a capitalised generic word ("OF District V"); a big city keeps
# its capitals ("ULM").
@pytest.mark.parametrize(
    "text",
    [
        "CLERK OF THE BOARD OF District V SUPERVISORS",
        "MINUTES OF THE MEETING OF District 4 RESIDENTS",
        "RECOMMENDATION OF COUNTY ADMINISTRATOR. CLERK OF THE BOARD OF District V",
    ],
)
def test_short_words_in_capitals_name_no_small_town(text: str) -> None:
    assert [r for r in _read(text, "en") if r[1] == "TR"] == []


# A name of several words whose later word the text writes in small letters is an ordinary
# phrase: "The mission of ..." is no "The Mission" (Mission District, San Francisco), "The
# villages" no The Villages, Florida, "The woodlands" no The Woodlands, Texas. Particles that
# the name itself writes small stay ("Castiglione delle Stiviere").
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The mission of the programme is to enhance understanding.", "US-CA"),
        ("The villages of the county voted against the plan.", "US-FL"),
        ("The woodlands around the reservoir burned for days.", "US-TX"),
    ],
)
def test_phrase_with_a_small_word_is_no_name(text: str, wrong: str) -> None:
    assert [r for r in _read(text, "en") if r[2] == wrong] == []


# Korean headlines name countries by one Hanja character: "美" the US, "日" Japan, "韓中"
# Korea and China. Inside a word in Hanja ("美術", "日本") or before a Hangul syllable that is
# no particle ("佛교", Buddhism) the character names nothing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("김해시, 美 레이크우드시와 자매도시로 협력관계 승격", [("美", "US", None)]),
        ("日 치즈정교류단 5~11일 양구군서 행정 연수", [("日", "JP", None)]),
        ("韓中 정상회담 앞두고 외교장관 회담", [("韓", "KR", None), ("中", "CN", None)]),
        ("英 총리, 獨 총리와 전화 통화", [("英", "GB", None), ("獨", "DE", None)]),
    ],
)
def test_hanja_country_in_korean_headline(
    text: str, expected: list[tuple[str, str, None]]
) -> None:
    found = _read(text, "ko")
    assert all(e in found for e in expected)


def test_hanja_inside_a_word_names_no_country() -> None:
    found = _read("美術관에서 佛교 행사가 열렸다", "ko")
    assert [r for r in found if r[1] in ("US", "FR")] == []


# A Chinese company's name opens with the place it was registered in ("浙江华发茶业有限公司",
# a tea company): where the text names that place nowhere else, the company is no mention of
# it, as a university or a newspaper is not.
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("考察团参观了浙江华发茶业有限公司和现代农业园,贵州省代表出席。", "CN-ZJ"),
        ("代表团参观了苏州华星电子有限公司,双方签署协议。", "CN-JS"),
    ],
)
def test_company_name_is_no_mention_of_its_place(text: str, wrong: str) -> None:
    assert [r for r in _read(text, "zh") if r[2] == wrong] == []


# A Korean city's bare name ("창원" for 창원시, "군산" for 군산시) is held in GeoNames by its
# second-level division, of unknown size: read bare, it is the city (a million people for
# Changwon), as "대구" is Daegu. A small county's bare name stays a word ("강화", to
# strengthen, is no Ganghwa county).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("대구와 창원, 부산에 비가 내렸다.", ("창원", "KR", "KR-48")),
        ("군산과 전주에서 축제가 열렸다.", ("군산", "KR", "KR-45")),
        ("익산과 정읍에서 행사가 열렸다.", ("익산", "KR", "KR-45")),
        ("창원에서 열린 회의에 참석했다.", ("창원", "KR", "KR-48")),
    ],
)
def test_bare_name_of_a_korean_city(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _read(text, "ko")


def test_bare_name_of_a_small_county_stays_a_word() -> None:
    assert _read("양국은 교류를 강화하고 협력 관계를 강화했다.", "ko") == []


# A news dateline (the city in capitals at the start of a line, then a dash, perhaps after
# an agency) names the city the news comes from: it is no word that merely opens a sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HELENA — Gov. Steve Bullock will lead a delegation to Billings, Montana.",
            ("HELENA", "US", "US-MT"),
        ),
        ("SEOUL (Yonhap) — The mayor signed an agreement with Hanoi.", ("SEOUL", "KR", "KR-11")),
        ("HANOI — Vietnam and Japan agreed to expand trade.", ("HANOI", "VN", "VN-HN")),
    ],
)
def test_dateline_city(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _read(text, "en")
