"""Readings of ``find_places`` fixed by class after blind batch 15a (en, ko, vi, zh, ja).

Each rule has literal positive cases (the wrong reading is gone) and negative cases (the
readings the rule must leave alone). Expected places are those the texts name (Hwaseong
Fortress stands in Suwon; the Shangri-La Hotel of the text is in Qingdao; Vienna, Virginia
is a town of the United States; West Sumatra is Sumatera Barat, ID-SB).
"""

from __future__ import annotations

import pytest

from citydiplo import find_places


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


def _names(text: str, lang: str) -> list[str]:
    return [m.text for m in find_places(text, lang=lang)]


# -- English venues: a hyphen-joined name, fortresses and castles --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony was held at Hwaseong-Haenggung Palace in Suwon on May 19.",
        "They took pictures of the machine used to build Hwaseong Fortress in Suwon.",
    ],
)
def test_a_venue_named_after_another_town(text: str) -> None:
    assert [r[0] for r in _read(text, "en")] == ["Suwon"]


def test_a_town_named_outside_its_venue_stays() -> None:
    text = "The mayor of Hwaseong visited Hwaseong Fortress in Suwon."
    names = _names(text, "en")
    assert names.count("Hwaseong") == 2 and "Suwon" in names


# -- a name inside an institution's name -----------------------------------------------


def test_a_hotel_named_after_a_town_it_is_not_in() -> None:
    text = "青岛市长在香格里拉大饭店会见了日本外务大臣。"
    assert "香格里拉" not in _names(text, "zh")


def test_a_university_named_after_a_city_the_text_names_nowhere_else() -> None:
    assert "中山" not in _names("他毕业于中山大学,后来到广州工作。", "zh")


def test_an_institution_of_a_place_the_text_speaks_of_stays() -> None:
    text = "桂林日报讯 何翔代表桂林市欢迎代表团。"
    assert _names(text, "zh").count("桂林") == 1 and "桂林市" in _names(text, "zh")


def test_an_era_named_after_a_capital() -> None:
    assert "江戸" not in _names("江戸時代から続く交流。東京都と江戸川区。", "ja")


def test_historical_and_peninsula_names_of_korea() -> None:
    assert "朝鮮" not in _names("朝鮮通信使の行列と朝鮮半島の歴史。", "ja")
    assert _read("日本と朝鮮の関係。", "ja")[-1][1] == "KP"


def test_a_vietnamese_association_holds_no_country() -> None:
    text = "Hội hữu nghị Việt Nam – Trung Quốc tổ chức lễ kỷ niệm tại Đà Nẵng."
    assert _names(text, "vi") == ["Đà Nẵng"]


# -- Japanese surnames before a given name and an honorific in Chinese ------------------


def test_a_japanese_surname_before_an_honorific() -> None:
    text = "市长会见了日本外务大臣川口顺子女士。川口顺子女士说。"
    assert "川口" not in _names(text, "zh")


def test_a_japanese_city_before_another_word_stays() -> None:
    text = "日本川口市与中国友好交流,大阪的王先生出席。"
    names = _names(text, "zh")
    assert "川口市" in names and "大阪" in names


# -- a foreign region glued after a compass character ----------------------------------


def test_west_sumatra_is_not_sumatera() -> None:
    read = _read("印尼西苏门答腊省巴东市", "zh")
    assert all(r[2] != "ID-SM" for r in read)


def test_a_country_ending_with_a_compass_character() -> None:
    read = _read("越南高平省与巴西伯南布哥州", "zh")
    assert ("高平省", "VN", "VN-04") in read and ("伯南布哥", "BR", "BR-PE") in read


# -- a city after a region of another country ------------------------------------------


def test_vienna_virginia_is_not_vienna_austria() -> None:
    text = "조 시장은 버지니아주 비엔나시와 뉴저지주를 방문했다."
    assert all(r[1] != "AT" for r in _read(text, "ko"))


def test_a_city_after_its_own_region_stays() -> None:
    read = _read("경기도 남양주시와 오스트리아 비엔나", "ko")
    assert ("남양주시", "KR", "KR-41") in read


# -- ordinary words ----------------------------------------------------------------------


def test_corona_is_the_virus_in_korean() -> None:
    text = (
        "창원시는 주부산 미국영사와 만나 미국과의 협력 방안을 논의했다. "
        "코로나를 넘어서 새시대를 대비하기 위한 도시외교 방안을 논의했다."
    )
    # "주부산 미국영사": the US consul resident in Busan (주, 駐, before the mission's word)
    assert _names(text, "ko") == ["창원시", "부산", "미국"]


def test_a_memorial_arch_is_no_town() -> None:
    assert _names("费城非常感激天津捐建的华埠牌楼", "zh") == ["费城", "天津"]


# -- a country's name beside a capitalised word is no Japanese person's name -------------


def test_a_country_at_a_sentence_start_is_no_romaji_name() -> None:
    assert _names("In Japan the group will visit Osaka.", "en") == ["Japan", "Osaka"]


def test_a_japanese_surname_beside_a_given_name_stays_unread() -> None:
    assert "Murakami" not in _names("Kotaro Murakami of Osaka, Japan spoke.", "en")


# -- the plural of a subdivision word before a list ------------------------------------


def test_provinces_of_a_list() -> None:
    text = "It has sister ties with the Chinese provinces of Zhejiang and Jiangxi."
    assert _read(text, "en") == [("Zhejiang", "CN", "CN-ZJ"), ("Jiangxi", "CN", "CN-JX")]


def test_states_of_a_country_stay_the_country() -> None:
    read = _read("the United States of America and the Federated States of Micronesia", "en")
    assert [r[1] for r in read] == ["US", "FM"]
