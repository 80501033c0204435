"""Readings of ``find_places`` fixed by class after blind batch 11a (en, ko, vi, zh, ja).

Each rule has literal positive cases (the wrong reading is gone) and negative cases (the
readings the rule must leave alone).
"""

from __future__ import annotations

import pytest

from citydiplo import find_places


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# -- a frequent Chinese word that is also a small town of China ---------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("建设“芒街(越南)-东兴(中国)双边经济合作区”等内容。", "合作"),  # Hezuo, Gansu
        ("韩国河东郡于2005年与张家界市结为友好郡市,双方政府间进行过多次互访。", "友好"),
        ("两国人民取得了伟大胜利,红军完成了长征。", "胜利"),
        ("红军完成了二万五千里长征。", "长征"),
    ],
)
def test_frequent_word_is_no_home_town(text: str, word: str) -> None:
    assert all(word not in name for name, _, _ in _read(text, "zh"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甘肃省合作市与韩国签约。", ("合作市", "CN", "CN-GS")),  # its province is named
        ("湖北省宜昌市与韩国签约。", ("宜昌市", "CN", "CN-HB")),  # no frequent word
        ("浙江温州代表团访问韩国。", ("温州", "CN", "CN-ZJ")),
    ],
)
def test_home_town_with_its_province_stays(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _read(text, "zh")


# -- a Han name glued to the place before it lies in that place ---------------------------


def test_city_glued_to_another_province_is_unread_everywhere() -> None:
    text = "湖北荆州洪湖市17日与韩国全罗北道扶安郡在武汉签署协议。洪湖市和扶安郡两城合作基础良好。"
    found = _read(text, "zh")
    assert all(country != "CN" or sub == "CN-HB" for _, country, sub in found)  # no Chongqing
    assert ("武汉", "CN", "CN-HB") in found
    assert ("扶安郡", "KR", "KR-45") in found


def test_city_glued_to_its_own_province_stays() -> None:
    assert ("成都市", "CN", "CN-SC") in _read("四川成都市代表团访问韩国。", "zh")
    assert ("苏州市", "CN", "CN-JS") in _read("江苏苏州市与日本金泽市签约。", "zh")


# -- parts of persons' names (Vietnamese middle names, hyphenated given names) ------------


@pytest.mark.parametrize(
    "text",
    [
        "Tiếp đoàn có Phó Chủ tịch UBND tỉnh; Đinh Văn Dực, Phó Chủ tịch HĐND tỉnh.",
        "Đoàn do Ngài Lee Seon - Ho, Quận trưởng quận Ulju làm Trưởng đoàn.",
        "Ông Kim Jung-Ho phát biểu.",
    ],
)
def test_person_name_parts_are_no_places(text: str) -> None:
    assert all(country in (None, "VN", "KR") for _, country, _ in _read(text, "vi"))
    assert all(name not in ("Đinh Văn", "Dực", "Ho") for name, _, _ in _read(text, "vi"))


def test_places_joined_by_a_dash_stay() -> None:
    found = _read("Triển lãm Hà Nội - Viêng Chăn năm 2022.", "vi")
    assert ("Hà Nội", "VN", "VN-HN") in found
    assert any(name == "Viêng Chăn" for name, _, _ in found)


# -- the first word of a generic word is no name ------------------------------------------


def test_capitalised_generic_word_after_initials() -> None:
    found = _read("Chủ tịch UBND Thành phố Hồ Chí Minh Nguyễn Thành Phong tiếp đoàn.", "vi")
    assert found == [("Hồ Chí Minh", "VN", "VN-SG")]


def test_no_name_spans_a_comma() -> None:
    assert all(
        country is None or country != "VN" or sub != "VN-29"
        for _, country, sub in _read("Đinh Văn Dực, Phó Chủ tịch HĐND tỉnh", "vi")
    )
    assert ("Quảng Ngãi", "VN", "VN-29") in _read("Đoàn đến Đức Phổ, tỉnh Quảng Ngãi.", "vi")


# -- a place name that is a surname before a given name and an office (ja, ko) ------------


@pytest.mark.parametrize(
    ("text", "lang", "surname"),
    [
        ("署名者 愛知県:大村秀章知事。", "ja", "大村"),  # Governor Ōmura Hideaki
        ("これを受け、大村知事は述べた。", "ja", "大村"),  # a city has no governor
        ("石川県の谷本正憲知事が訪問した。", "ja", "谷本"),
        ("일본 나가사키현 사세보시의 마쓰모토 코지 시장이 파주시를 방문했다.", "ko", "마쓰모토"),
    ],
)
def test_surname_before_given_name_and_office(text: str, lang: str, surname: str) -> None:
    assert all(name != surname for name, _, _ in _read(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("長崎県大村市の市長が訪問した。", "ja", ("大村市", "JP", "JP-42")),
        ("松本市長は会見で述べた。", "ja", ("松本市", "JP", "JP-20")),
        ("横浜市中区長が出席した。", "ja", ("横浜市", "JP", "JP-14")),
        ("요코하마 시의회 의장이 방문했다.", "ko", ("요코하마 시", "JP", "JP-14")),
        ("나가사키 현 지사가 방문했다.", "ko", ("나가사키 현", "JP", "JP-42")),
        ("파주시 김경일 시장이 일본을 방문했다.", "ko", ("파주시", "KR", "KR-41")),
    ],
)
def test_places_before_offices_stay(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in _read(text, lang)


def test_katakana_full_name_is_a_person() -> None:
    text = "米国ロングビーチ市を訪問し、レックス・リチャードソン市長と親交を深めた。"
    surname = text.index("リチャードソン")
    found = find_places(text, lang="ja")
    assert ("米国", "US") in [(m.text, m.place.country) for m in found]
    assert all(not m.start <= surname < m.end for m in found)  # no Richardson, Texas


def test_third_part_of_a_katakana_name_may_be_the_city() -> None:
    text = (
        "アンドレイ・ゴレーロフ・ナホトカ市長を団長とする代表団。ナホトカ市と舞鶴市は姉妹都市です。"
    )
    assert [m.place.country for m in find_places(text, lang="ja")].count("RU") == 2


def test_katakana_pair_of_places_stays() -> None:
    found = _read("愛知県とベトナム・ホーチミン市は覚書を締結した。", "ja")
    assert ("ホーチミン市", "VN", "VN-SG") in found


# -- a city named with a region it is not in; a country that is another country's state --


def test_city_of_another_province_is_unread() -> None:
    text = (
        "US and China: Norwood of Massachusetts vs. Wucheng of Shandong. "
        "Mayor Yuwen Li of Wucheng signed."
    )
    assert all(sub != "CN-AH" for _, _, sub in _read(text, "en"))  # Wucheng, Anhui


def test_city_of_its_own_region_stays() -> None:
    text = (
        "They are: Sunnyvale of California vs. Anqing of Anhui, Lauderhill of Florida vs. "
        "Guangrao of Shandong. Mayor Julia Miller of Sunnyvale, California and Mayor Duwen Zhu "
        "of Anqing signed."
    )
    found = _read(text, "en")
    assert ("Sunnyvale", "US", "US-CA") in found
    assert ("Anqing", "CN", "CN-AH") in found


@pytest.mark.parametrize(
    "text",
    [
        "US-China forum: Dublin of California vs. Augusta of Georgia.",
        "US-China forum: Mayor Robert Young of Augusta, Georgia signed.",
    ],
)
def test_georgia_after_a_us_city_is_the_state(text: str) -> None:
    found = _read(text, "en")
    assert ("Georgia", "US", "US-GA") in found
    assert all(country != "GE" for _, country, _ in found)


def test_georgia_the_country_stays() -> None:
    assert ("Georgia", "GE", None) in _read("Georgia and Armenia signed a treaty.", "en")
    assert ("Georgia", "GE", None) in _read("Tbilisi, the capital of Georgia, hosted it.", "en")


# -- frequent words read through a character of their own ---------------------------------


def test_word_with_its_own_generic_syllable_is_no_place() -> None:
    found = _read("후에시는 옛 응우엔 왕조의 수도로 유네스코 세계문화유산을 보유하고 있다.", "ko")
    assert all(country != "BH" for _, country, _ in found)  # the Capital Governorate


def test_katakana_word_in_a_kanji_compound_is_no_place() -> None:
    found = _read("米国ロングビーチ市を訪問。コロナ禍が明け、交流が進んだ。", "ja")
    assert all(name != "コロナ" for name, _, _ in found)
    assert any(country == "US" for _, country, _ in found)


# -- a small town read across a Chinese word's boundary -----------------------------------


def test_town_across_a_word_boundary_is_unread() -> None:
    found = _read("有20多个湖北省城市与韩国地方城市保持着友好合作关系。", "zh")
    assert all(sub != "CN-HA" for _, _, sub in found)  # "地方城市" holds no Fangcheng


def test_town_with_its_province_stays() -> None:
    assert ("方城", "CN", "CN-HA") in _read("河南省南阳市方城县代表团访问韩国。", "zh")


# -- a name the text repeats that names one place in the world ----------------------------


def test_repeated_unique_name_stands_without_its_country() -> None:
    text = (
        "Invercargill Mayor and five councillors are travelling to Japan tomorrow. Initially "
        "2000 high students from Kumagaya also travelled to Invercargill, and the delegation "
        "from Invercargill will meet them."
    )
    assert ("Invercargill", "NZ", "NZ-STL") in _read(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The delegation from Invercargill will visit Japan.",  # once: it needs its country
        "The Same report and the Same agency met in Japan.",  # short: a word
    ],
)
def test_unique_name_said_once_or_short_needs_its_country(text: str) -> None:
    assert all(country in ("JP", None) for _, country, _ in _read(text, "en"))


def test_repeated_english_word_is_no_place() -> None:
    text = (
        "Sister Cities International met in Japan. Sister Cities International and the "
        "Japan Local Government Center signed."
    )
    assert all(name != "International" for name, _, _ in _read(text, "en"))


# -- an ambiguous name whose places all lie in one subdivision ----------------------------


def test_name_of_two_records_in_one_prefecture_is_read() -> None:
    text = (
        "Columbia began a partnership with Matto City, Japan, in 1988. In 2005 Hakusan was "
        "established in 2005, when Matto City was merged with several smaller villages."
    )
    assert ("Hakusan", "JP", "JP-17") in _read(text, "en")


def test_name_of_places_in_two_prefectures_stays_unread() -> None:
    found = _read("The mayor of Chuo and the mayor of Sendai met in Japan.", "en")
    assert all(name not in ("Chuo", "Sendai") for name, _, _ in found)


# -- a name the text writes after a person's title is a surname throughout ----------------


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Mayor Rex Richardson visited Japan. Later Richardson said it was useful.", "Richardson"),
        ("Mr Matsumoto met the delegation. Matsumoto said it. Later Matsumoto left.", "Matsumoto"),
        ("Councillor Adamson spoke; later Adamson and the mayor met.", "Adamson"),
    ],
)
def test_titled_surname_is_no_city_anywhere(text: str, surname: str) -> None:
    assert all(name != surname for name, _, _ in _read(text, "en"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Lincoln visited Lincoln, Nebraska.", ("Lincoln", "US", "US-NE")),
        ("The Mayor of Matsumoto visited Nagano.", ("Matsumoto", "JP", "JP-20")),
    ],
)
def test_city_not_written_after_a_title_stays(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _read(text, "en")
