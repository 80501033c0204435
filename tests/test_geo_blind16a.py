"""Readings of ``find_places`` fixed by class after blind batch 16a (en, ko, vi, zh, ja).

Each rule has literal positive cases (the wrong reading is gone) and negative cases (the
readings the rule must leave alone). The persons are those the texts name: 上田清司 was the
governor of Saitama, 冈崎温 a vice-chairman of Aichi's Japan-China friendship association,
Hagiwara Seiji the mayor of Mimasaka, Mary D. Kane the head of Sister Cities International.
"""

from __future__ import annotations

import pytest

from citydiplo import find_places


def _names(text: str, lang: str) -> list[str]:
    return [m.text for m in find_places(text, lang=lang)]


# -- ordinary words: the coronavirus, a port, the long dress, "My" -------------------------


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("新型コロナウイルスの影響による3年間の中断を経て、福岡市で再開した。", "ja", "コロナ"),
        ("다낭의 한강 항구에 대한 투자 가능성을 검토했다.", "ko", "항구"),
        ('Tiết mục biểu diễn "Áo dài Việt Nam" tại Osaka.', "vi", "Áo"),
        ("The center was inaugurated in My Chau commune.", "en", "My"),
    ],
)
def test_ordinary_words_are_no_places(text: str, lang: str, absent: str) -> None:
    assert absent not in _names(text, lang)


def test_austria_stays_austria_in_vietnamese() -> None:
    assert "Áo" in _names("Thủ tướng Áo đến thăm Hà Nội.", "vi")


# -- river deltas ----------------------------------------------------------------------------


def test_a_river_delta_is_no_delta_state() -> None:
    names = _names("Japanese investment in the Mekong Delta province of Long An.", "en")
    assert names == ["Long An"]


def test_delta_state_stays() -> None:
    assert "Delta State" in _names("Delta State, Nigeria, held elections.", "en")


# -- acronyms that are a small town's other name ----------------------------------------------


@pytest.mark.parametrize("text", ["President & CEO Mary D. Kane attended.", "The CEO said so."])
def test_an_acronym_is_no_small_town(text: str) -> None:
    assert "CEO" not in _names(text, "en")


def test_a_dateline_in_capitals_stays() -> None:
    assert _names("MUAN, South Korea", "en") == ["MUAN", "South Korea"]


# -- a given name before a middle initial ----------------------------------------------------


def test_a_given_name_before_an_initial() -> None:
    assert "Mary" not in _names("Mary D. Kane says the network grows.", "en")


def test_a_city_before_a_comma_stays() -> None:
    assert _names("She flew to Mary, Turkmenistan.", "en") == ["Mary", "Turkmenistan"]


# -- Japanese persons in Chinese: surname, given name, office ---------------------------------


@pytest.mark.parametrize(
    "text",
    ["张源副主任与上田清司知事交换礼品。日本埼玉县。", "日本埼玉县的上田清司知事表示欢迎"],
)
def test_a_japanese_surname_before_an_office_in_chinese(text: str) -> None:
    assert "上田" not in _names(text, "zh")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("中国驻长崎总领事出席。日本长崎", "长崎"),
        ("名古屋副市长出席了会议。日本名古屋", "名古屋"),
        ("日本关西代表团由京都、大阪两府以及奈良、德岛两县知事、副知事组成", "德岛"),
        ("张源陪同埼玉县知事上田清司参观", "埼玉县"),
    ],
)
def test_an_office_of_the_place_stays(text: str, kept: str) -> None:
    assert kept in _names(text, "zh")


# -- a name read across a title, a byline's name ----------------------------------------------


def test_a_name_across_a_title() -> None:
    text = "爱知县日中友好协会副会长冈崎温率领的代表团访问广州。"
    assert _names(text, "zh") == ["爱知县", "广州"]


def test_a_byline_name() -> None:
    assert "文昌" not in _names("代表团考察了兰州新区。(供稿 康广宏 摄影 文昌吉)", "zh")


@pytest.mark.parametrize(
    ("text", "kept"),
    [("海南省文昌市的记者到访", "文昌市"), ("访问长春。", "长春")],
)
def test_names_beside_titles_and_credits_stay(text: str, kept: str) -> None:
    assert kept in _names(text, "zh")


# -- a name whose last character begins a frequent word ----------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [("风光山西、人文山西、开放山西", "文山"), ("京都以及关西地区自古以来", "西地")],
)
def test_a_name_across_the_next_word(text: str, absent: str) -> None:
    assert absent not in _names(text, "zh")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("云南文山市", "文山市"),
        ("日本成田市长表示", "成田市"),
        ("湖南省常德市的津市市民", "津市市"),
    ],
)
def test_a_name_with_its_generic_word_stays(text: str, kept: str) -> None:
    assert kept in _names(text, "zh")


# -- Japanese persons in Latin letters in Vietnamese ------------------------------------------


def test_a_romaji_name_in_vietnamese() -> None:
    text = "Thị trưởng Hagiwara Seiji thăm Osaka, Nhật Bản."
    assert _names(text, "vi") == ["Osaka", "Nhật Bản"]


def test_a_city_before_a_vietnamese_name_stays() -> None:
    text = "Tổng Lãnh sự Việt Nam tại Osaka Ngô Trịnh Hà phát biểu."
    assert "Osaka" in _names(text, "vi")


# -- a generic word counted or pointed at ------------------------------------------------------


def test_a_counted_generic_word_ends_no_name() -> None:
    text = "韩国金泉市长表示将进一步巩固两市友谊。"
    assert _names(text, "zh") == ["韩国", "金泉市"]


def test_a_korean_city_in_han_stays() -> None:
    assert "高阳市" in _names("韩国京畿道高阳市代表团访问成都", "zh")


@pytest.mark.parametrize(
    ("text", "kept"), [("熊本市と高雄市が協定を締結", "熊本市"), ("雲林県斗六市", "斗六市")]
)
def test_a_name_ending_with_a_numeral_or_hon_stays(text: str, kept: str) -> None:
    assert kept in _names(text, "ja")


def test_a_beer_named_after_its_town() -> None:
    text = "A representative of Sapporo Beer Co. Ltd said it invested in Long An, Vietnam."
    assert _names(text, "en") == ["Long An", "Vietnam"]


def test_a_brewery_in_its_town_is_read_by_the_town() -> None:
    assert "Qingdao" in _names("Tsingtao Brewery in Qingdao, China.", "en")


# -- Korean demonyms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [("한국인들의 최선호 베트남 여행지", "한국"), ("이중 한국인이 2715명으로", "한국")],
)
def test_a_korean_demonym_names_its_country(text: str, country: str) -> None:
    assert country in _names(text, "ko")


def test_a_word_ending_like_a_demonym_stays_unread() -> None:
    assert _names("외국인 관광객과 개인 여행자", "ko") == []


# -- a romanized name in brackets --------------------------------------------------------------


def test_the_first_syllable_of_a_bracketed_name() -> None:
    text = "오영훈 제주특별자치도지사와 호 끼 민(Ho Ky Minh) 다낭시 인민위원회 상임부위원장"
    assert "Ho" not in _names(text, "ko")


def test_a_bracketed_town_alone_stays() -> None:
    text = "대구광역시와 중부 해안관광도시인 냐짱시(Nha Trang)를 잇는 직항 노선, 베트남"
    assert "Nha Trang" in _names(text, "ko")
