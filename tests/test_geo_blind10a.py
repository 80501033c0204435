"""Readings of ``find_places`` fixed by class after blind batch 10a (en, ko, vi, zh, ja).

Each rule has literal positive cases (the wrong reading is gone) and negative cases (the
readings the rule must leave alone).
"""

from __future__ import annotations

import pytest

from citydiplo import find_places


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# -- punctuation never stands inside a name -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lãnh đạo các Sở: Kế hoạch và Đầu tư làm việc với đoàn.", "vi"),  # Söke, Turkey
        ("Các Sở; Kế hoạch và Đầu tư.", "vi"),
    ],
)
def test_no_name_spans_a_colon(text: str, lang: str) -> None:
    assert all(country != "TR" for _, country, _ in _read(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("From St. Petersburg, Russia.", "en", ("St. Petersburg", "RU", "RU-SPE")),
        ("Nội Bài - Lào Cai", "vi", ("Lào Cai", "VN", "VN-02")),
        ("They visited Xi'an and Chengdu.", "en", ("Xi'an", "CN", "CN-SN")),
        ("They visited Winston-Salem, North Carolina.", "en", ("Winston-Salem", "US", "US-NC")),
    ],
)
def test_names_with_their_own_punctuation_stay(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _read(text, lang)


def test_spans_punctuation_literal() -> None:
    from citydiplo._geo._spelled import spans_punctuation

    assert spans_punctuation("Sở: Kế")
    assert spans_punctuation("北京，上海")
    assert not spans_punctuation("St. Paul")
    assert not spans_punctuation("Stratford-upon-Avon")


# -- an accented one-word subdivision must be one of its own spellings -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cùng dự có lãnh đạo Văn phòng UBND tỉnh, Văn phòng Đoàn ĐBQH và HĐND tỉnh.",
        "Lãnh đạo UBND tỉnh, Văn phòng HĐND tỉnh dự buổi tiếp.",
    ],
)
def test_vietnamese_word_is_no_turkish_province(text: str) -> None:
    assert all(country != "TR" for _, country, _ in _read(text, "vi"))


@pytest.mark.parametrize(
    ("span", "code", "english", "expected"),
    [
        ("Văn", "TR-65", "Van", False),
        ("Van", "TR-65", "Van", True),
        ("Québec", "CA-QC", "Quebec", True),
        ("Quebec", "CA-QC", "Quebec", True),
        ("Zürich", "CH-ZH", "Zurich", True),
    ],
)
def test_subdivision_spelled_literal(span: str, code: str, english: str, expected: bool) -> None:
    from citydiplo._geo._spelled import subdivision_spelled

    assert subdivision_spelled(span, code, english) is expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Đoàn công tác tỉnh Gyeonggi, Hàn Quốc", "vi", ("Gyeonggi", "KR", "KR-41")),
        ("The premier of Québec visited Shanghai.", "en", ("Québec", "CA", "CA-QC")),
        ("tỉnh Quảng Nam và tỉnh Bình Định", "vi", ("Bình Định", "VN", "VN-31")),
    ],
)
def test_subdivisions_spelled_their_own_way_stay(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _read(text, lang)


# -- a generic word before a comma is no cue word of the next name --------------------------


def test_cue_word_before_a_comma_does_not_cue() -> None:
    assert _read("Chủ tịch UBND tỉnh, Văn phòng Tỉnh ủy", "vi") == []


def test_cue_word_before_the_name_still_cues() -> None:
    assert ("Izumiotsu", "JP", "JP-27") in _read("TP. Izumiotsu và tỉnh BR-VT", "vi")
    assert ("Nghệ An", "VN", "VN-22") in _read("tỉnh Nghệ An, tỉnh Hà Tĩnh", "vi")


# -- a district glued to its city lies in that city -----------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("紹興市越城区人民対外友好協会会長", "ja"),  # Yuecheng, Shaoxing: not the Sichuan one
        ("绍兴市越城区副区长", "zh"),
    ],
)
def test_district_of_another_province_is_not_read(text: str, lang: str) -> None:
    assert all(sub != "CN-SC" for _, _, sub in _read(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("四川省成都市を訪問", "ja", ("成都市", "CN", "CN-SC")),
        ("大邱市 서구, 북구와 자매결연", "ko", None),
        ("대구시 서구와 자매결연을 맺었다. 대구 서구", "ko", None),
        ("日本東京八王子市", "zh", ("八王子市", "JP", "JP-13")),
    ],
)
def test_district_of_its_own_city_stays(
    text: str, lang: str, expected: tuple[str, str, str] | None
) -> None:
    read = _read(text, lang)
    if expected is not None:
        assert expected in read
    assert all(sub in (None, "KR-27", "CN-SC", "JP-13") for _, _, sub in read)


# -- an ambiguous name inside Chinese or Japanese text needs the big-city floor -------------


@pytest.mark.parametrize(
    "text",
    [
        "访问华盛顿州。赴塔科马市林肯中学参访交流。林肯中学师生。习近平主席在旧金山宣布",
        "代表团在旧金山访问林肯中学。",
    ],
)
def test_small_namesake_is_not_read_in_chinese(text: str) -> None:
    assert all(not t.startswith("林肯") for t, _, _ in _read(text, "zh"))


def test_big_places_still_read_in_chinese() -> None:
    read = _read("访问华盛顿州西雅图市和塔科马市", "zh")
    assert ("塔科马", "US", "US-WA") in read or ("塔科马市", "US", "US-WA") in read


# -- a Korean name read in kanji does not start inside a Japanese word ----------------------


def test_korean_reading_not_inside_a_kanji_word() -> None:
    text = "韓国の清道郡の訪問団。堀江眞市議会議長が歓迎のあいさつ"
    assert all(country != "KR" or t != "江眞市" for t, country, _ in _read(text, "ja"))
    assert all("江" not in t for t, _, _ in _read(text, "ja"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大韓民国慶尚北道清道郡の郡守", ("清道郡", "KR", "KR-47")),
        ("韓国の安養市と交流", ("安養市", "KR", "KR-41")),
    ],
)
def test_korean_readings_after_a_boundary_stay(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _read(text, "ja")


# -- an ambiguous name decided by the one subdivision of a named country --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sichuan and Victoria of Australia had officially established sister provinces.",
        "The Premier of the state of Victoria, Australia, arrived.",
    ],
)
def test_subdivision_of_a_named_country(text: str) -> None:
    assert ("Victoria", "AU", "AU-VIC") in _read(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Victoria met delegates from Chengdu.",  # no country named: stays unread
        "Victoria hosted guests from Australia and Canada.",  # two named countries hold one
    ],
)
def test_ambiguous_name_without_a_deciding_country_stays_unread(text: str) -> None:
    assert all(t != "Victoria" for t, _, _ in _read(text, "en"))


def test_person_named_like_a_subdivision_stays_unread() -> None:
    assert all(t != "Victoria" for t, _, _ in _read("Victoria Smith visited Australia.", "en"))


# -- a name in Vietnamese letters outside Vietnamese text is no place abroad ---------------


@pytest.mark.parametrize(
    "text",
    [
        "군 인민위원회 황선짜(Hoàng Sơn Trà) 위원장을 비롯한 관계자가 참석했다.",
        "딩 꾸앙 끄엉(Hoàng Sơn) 사무차장이 참석했다.",
    ],
)
def test_vietnamese_person_name_in_korean_is_no_place_abroad(text: str) -> None:
    assert all(country not in ("CN",) for _, country, _ in _read(text, "ko"))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Thành phố Hoàng Sơn (Trung Quốc) và tỉnh An Huy", "vi", ("Hoàng Sơn", "CN", "CN-AH")),
        ("구례군은 베트남 다낭시 선짜군과 협약을 맺었다.", "ko", ("다낭", "VN", "VN-DN")),
        ("The delegation visited Đà Nẵng, Vietnam.", "en", ("Đà Nẵng", "VN", "VN-DN")),
    ],
)
def test_vietnamese_names_where_they_belong_stay(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _read(text, lang)


def test_word_before_an_opening_bracket_is_the_bracketed_one() -> None:
    from citydiplo._geo._evidence import previous_word

    assert previous_word("황선짜(Hoàng Sơn Trà)", 10)[0] == "Hoàng"
    assert previous_word("the city of Paris", 12)[0] == "of"


def test_uncased_ordinary_word_is_not_decided_by_a_named_country() -> None:
    text = "המשלחת ביקרה בישראל. ראש העירייה נסע אל הדרום ואחר כך אל המרכז."
    assert [sub for _, _, sub in _read(text, "he")] == [None]  # Israel only


# -- Vietnamese: a province's Party committee or Youth Union before its name ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỉnh Đoàn Nghệ An tổ chức buổi tọa đàm.", ("Nghệ An", "VN", "VN-22")),
        ("Thành Đoàn Hà Nội và Thành Đoàn Bắc Kinh đã ký thỏa thuận.", ("Hà Nội", "VN", "VN-HN")),
        ("Ban Thường vụ Tỉnh ủy Quảng Nam họp.", ("Quảng Nam", "VN", "VN-27")),
    ],
)
def test_vietnamese_party_and_youth_union_cue_the_province(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _read(text, "vi")


@pytest.mark.parametrize(
    "text",
    [
        "Bí thư Tỉnh ủy Nguyễn Phú Cường tiếp đoàn.",
        "Đồng chí Bí thư Tỉnh Đoàn phát biểu.",
    ],
)
def test_vietnamese_party_committee_before_a_person_reads_no_place(text: str) -> None:
    assert _read(text, "vi") == []


# -- Chinese: a state named in full, then by its short form --------------------------------


def test_chinese_short_form_of_a_state_named_in_full() -> None:
    text = "美国俄勒冈州政府代表团访问了福州。双方就俄州对华友好关系交换了意见。"
    assert ("俄州", "US", "US-OR") in _read(text, "zh")
    text = "河北省友好代表团来到艾奥瓦州。艾州州长表示,河北与艾州的友谊源远流长。"
    assert _read(text, "zh").count(("艾州", "US", "US-IA")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "代表团访问艾州。",  # no full name in the text
        "代表团先到艾州,后到艾奥瓦州。",  # the full name comes after
        "密歇根州和密苏里州的代表团到密州。",  # two states give the same short form
    ],
)
def test_chinese_short_form_without_one_full_name_stays_unread(text: str) -> None:
    assert all(t not in ("艾州", "密州") or c != "US" for t, c, _ in _read(text, "zh"))


# -- Chinese: a title, a surname, then the given name --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "福建省长苏树林,贵州省长赵克志等参加了会见。",  # Su Shulin, not Shulin, Taiwan
        "副市长王成都陪同。",
    ],
)
def test_given_name_after_title_and_surname_is_no_place(text: str) -> None:
    assert all(t not in ("树林", "成都") for t, _, _ in _read(text, "zh"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市长赴成都访问。", ("成都", "CN", "CN-SC")),  # 赴 (to go to) is no surname
        ("省长于上海会见代表团。", ("上海", "CN", "CN-SH")),  # 于 (at) is left out
    ],
)
def test_place_after_title_and_a_verb_stays(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _read(text, "zh")
