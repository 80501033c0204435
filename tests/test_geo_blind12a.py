"""Readings of ``find_places`` fixed by class after blind batch 12a (en, ko, vi, zh, ja).

Each rule has literal positive cases (the wrong reading is gone, or the missed place is read)
and negative cases (the readings the rule must leave alone).
"""

from __future__ import annotations

import pytest

from citydiplo import find_places


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


def _names(text: str, lang: str) -> list[str]:
    return [m.text for m in find_places(text, lang=lang)]


# -- a text may end right after one Han character -----------------------------------------


@pytest.mark.parametrize("text", ["印度 绍拉普尔市", "美国 布法罗市", "东京都港区", "コロナ禍"])
def test_text_ending_after_one_character_is_read(text: str) -> None:
    find_places(text, lang="zh")
    find_places(text, lang="ja")


# -- a level word that contradicts the place's ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("旧丹波町長の息子が訪れた。", "ja", "丹波"),  # a town of Kyoto, not Tamba City, Hyōgo
        (
            "구는 중국 천진시 대항구와 청도시 보세구 등과 교류한다.",
            "ko",
            "청도",
        ),  # Qingdao, not Cheongdo-gun
    ],
)
def test_level_word_of_another_municipality(text: str, lang: str, absent: str) -> None:
    assert all(not name.startswith(absent) for name in _names(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("兵庫県丹波市の市長が訪れた。", "ja", ("丹波市", "JP", "JP-28")),
        ("경북 청도군과 교류한다.", "ko", ("청도군", "KR", "KR-47")),
        ("長野県長野市を訪れた。", "ja", ("長野市", "JP", "JP-20")),
    ],
)
def test_level_word_of_the_place_stays(text: str, lang: str, expected: tuple[str, ...]) -> None:
    assert expected in _read(text, lang)


# -- the tail of a foreign name glued after its country -------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("印度 绍拉普尔市(2005年12月签订协议)", "普尔"),  # Solapur, not Poole
        (
            "会见了荷兰蒂尔堡市、毛里求斯博巴森-荷津市、韩国春川市等友好城市代表团。"
            "博巴森-荷津市市长致辞,感谢常州市的邀请。",
            "津市",  # Beau Bassin-Rose Hill, not Jinshi
        ),
    ],
)
def test_tail_of_foreign_name_is_no_place(text: str, absent: str) -> None:
    assert all(absent not in name for name in _names(text, "zh"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美国驻上海总领事馆举行招待会。", ("上海", "CN", "CN-SH")),
        ("日本长野市(1981年4月19日缔结)", ("长野市", "JP", "JP-20")),
        ("韩国春川市代表团来访。", ("春川市", "KR", "KR-42")),
    ],
)
def test_place_after_its_country_stays(text: str, expected: tuple[str, ...]) -> None:
    assert expected in _read(text, "zh")


# -- names after a person's title ------------------------------------------------------------


def test_name_after_chinese_title_goes_on() -> None:
    names = _names("横滨市议长清水富雄回顾了两市友好交往历程。", "zh")
    assert names == ["横滨市"]  # Speaker Shimizu Tomio: no Shuifu, Yunnan


def test_place_after_chinese_title_and_verb_stays() -> None:
    assert ("上海", "CN", "CN-SH") in _read("市长到上海访问。", "zh")


def test_vietnamese_title_right_before_name() -> None:
    text = "Đại sứ thăm khu lưu niệm về Chủ tịch Hồ Chí Minh tại Pháp."
    assert all(country != "VN" for _, country, _ in _read(text, "vi"))


def test_vietnamese_office_before_city_stays() -> None:
    text = "Chủ tịch UBND Thành phố Hồ Chí Minh tiếp đoàn."
    assert any(sub == "VN-SG" for _, _, sub in _read(text, "vi"))


# -- seas, acronyms, short forms, Japanese persons' names in English ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Niigata lies on the coast of the Sea of Japan.",
        "Storms crossed the Gulf of Mexico last week.",
    ],
)
def test_sea_name_is_no_country(text: str) -> None:
    assert all(kind != "country" for kind in (m.place.kind.value for m in find_places(text)))


def test_country_before_sea_word_stays() -> None:
    assert ("Japan", "JP", None) in _read("Japan and the Sea of Okhotsk", "en")


def test_spelled_out_acronym_is_no_country() -> None:
    text = "The National Governors Association met in the United States; the NGA conference ended."
    assert [name for name, _, _ in _read(text, "en")] == ["United States"]


def test_country_code_stays() -> None:
    assert ("NGA", "NG", None) in _read("Lagos, NGA and Abuja", "en")


def test_japanese_persons_in_english() -> None:
    text = "The delegation included Kotaro Murakami, superintendent, and Yoichi Miyajima of Japan."
    assert _names(text, "en") == ["Japan"]


def test_japanese_place_beside_english_word_stays() -> None:
    names = _names("Kyoto University and the Kumagaya Uchiwa Festival in Kumagaya, Japan", "en")
    assert names.count("Kumagaya") == 2


# -- an ambiguous city written beside its country ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("新西兰首都惠灵顿与北京结为友好城市。", "zh", ("惠灵顿", "NZ", "NZ-WGN")),
        ("新西兰首都惠灵顿与北京结好。惠灵顿市市长致辞。", "zh", ("惠灵顿", "NZ", "NZ-WGN")),
    ],
)
def test_city_beside_its_country(text: str, lang: str, expected: tuple[str, ...]) -> None:
    assert expected in _read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("Columbus (United States) hosted the delegation.", "en", "Columbus"),  # OH or GA
        ("Đà Nẵng ký với thành phố Sakai (Nhật Bản).", "vi", "Sakai"),  # Osaka or Fukui
        ("Hai bên ký Biên bản hợp tác với Lào và Việt Nam.", "vi", "Biên"),
    ],
)
def test_no_city_decided_beside_country(text: str, lang: str, absent: str) -> None:
    assert absent not in _names(text, lang)


# -- a frequent Chinese word that is also a city: read with the city's generic word --------


def test_guests_are_no_city() -> None:
    text = "市长会见来宾。来宾代表致辞,并向来宾介绍了常州的情况。"
    assert all(not name.startswith("来宾") for name in _names(text, "zh"))


def test_city_with_its_generic_word_stays() -> None:
    assert ("来宾市", "CN", "CN-GX") in _read("来宾市代表团访问韩国。", "zh")


# -- a katakana name ending with the long-vowel mark, then a particle ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一行はオーストラリアのシドニーへ向かった。", ("シドニー", "AU", "AU-NSW")),
        ("カナダのカルガリーとの交流が続く。", ("カルガリー", "CA", "CA-AB")),
    ],
)
def test_katakana_name_ending_with_long_vowel(text: str, expected: tuple[str, ...]) -> None:
    assert expected in _read(text, "ja")


@pytest.mark.parametrize("text", ["センターで会議を開いた。", "パーティーを開いた。"])
def test_katakana_word_ending_with_long_vowel_stays_a_word(text: str) -> None:
    assert _read(text, "ja") == []


# -- a subdivision's alternate name that opens with its cue ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("prosperity of both the Province of Heilongjiang and the State of Wisconsin", "US-WI"),
        ("The State of Ohio signed the agreement with a Japanese prefecture.", "US-OH"),
    ],
)
def test_state_of_name_is_cued(text: str, expected: str) -> None:
    assert expected in [sub for _, _, sub in _read(text, "en")]


def test_state_of_country_stays_a_country() -> None:
    assert ("State of Qatar", "QA", None) in _read("the State of Qatar and Japan", "en")
