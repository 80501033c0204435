"""Readings of ``find_places`` fixed by class in the second pass of round 16 (issue 13).

Each rule has literal positive cases (the wrong reading is gone) and negative cases (the
readings the rule must leave alone). Sở Kế hoạch và Đầu tư is a Vietnamese provincial
Department of Planning and Investment; Söke is a town of Aydın, Turkey. "Tư tưởng Hồ Chí
Minh" (Ho Chi Minh Thought) is the president's; the city is "TP Hồ Chí Minh".
"""

from __future__ import annotations

import pytest

from citydiplo import find_places


def _read(text: str, lang: str | None) -> list[tuple[str, str]]:
    return [(m.text, m.place.country) for m in find_places(text, lang=lang)]


# -- a Vietnamese word folded to a city abroad's unmarked alternate name ----------------


@pytest.mark.parametrize("lang", ["vi", None])
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Giám đốc Sở Kế hoạch và Đầu tư tỉnh Thái Bình phát biểu.", "Sở Kế"),
        ("Phó Chủ tịch Thường trực UBND thành phố Hồ Kỳ Minh tiếp đoàn.", "Hồ"),
    ],
)
def test_vietnamese_marks_name_no_unmarked_city_abroad(
    text: str, lang: str | None, absent: str
) -> None:
    assert all(name != absent for name, _ in _read(text, lang))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Đoàn đã đến thăm thủ đô Bắc Kinh, Trung Quốc.", "Bắc Kinh", "CN"),
        ("Đoàn đã đến thăm thành phố Thượng Hải, Trung Quốc.", "Thượng Hải", "CN"),
        ("Hội chợ thương mại tại Quảng Châu, Trung Quốc.", "Quảng Châu", "CN"),
        ("Cửa khẩu Móng Cái đối diện thành phố Đông Hưng, Quảng Tây.", "Đông Hưng", "CN"),
        ("Tỉnh Sa Vẳn Na Khẹt của Lào hợp tác với Quảng Trị.", "Sa Vẳn Na Khẹt", "LA"),
        ("Thành phố Busan ký kết với thành phố Đà Nẵng.", "Busan", "KR"),
    ],
)
def test_vietnamese_names_of_cities_abroad_stay(text: str, name: str, country: str) -> None:
    assert (name, country) in _read(text, "vi")


# -- a city that bears a person's full name, written without its level word ------------


@pytest.mark.parametrize(
    "text",
    [
        "Học tập và làm theo tư tưởng Hồ Chí Minh trong cán bộ, đảng viên.",
        "Thành phố thiết lập không gian văn hóa Việt Nam, Hồ Chí Minh tại bảo tàng.",
    ],
)
def test_bare_person_name_is_no_city(text: str) -> None:
    assert all(name != "Hồ Chí Minh" for name, _ in _read(text, "vi"))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Thành phố Hồ Chí Minh ký kết với Busan.", "Hồ Chí Minh"),
        ("Đoàn công tác đã làm việc tại TP Hồ Chí Minh.", "TP Hồ Chí Minh"),
        ("Đoàn công tác đã làm việc tại TP. Hồ Chí Minh.", "TP. Hồ Chí Minh"),
        ("Hanoi and Ho Chi Minh City signed.", "Ho Chi Minh City"),
    ],
)
def test_city_with_its_level_word_stays(text: str, span: str) -> None:
    assert (span, "VN") in _read(text, "vi" if not text.startswith("Hanoi") else "en")


# -- a district or commune lies in the province the text names ----------------------------


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        (
            "Binh Dinh province: a Koi fish center opened in My Chau commune, Phu My district.",
            "en",
            "Phu My",
        ),
        ("Dự án ở huyện Phù Mỹ, tỉnh Bình Định được khởi công hôm nay.", "vi", "Phù Mỹ"),
    ],
)
def test_district_outside_the_named_province_is_unread(text: str, lang: str, absent: str) -> None:
    assert all(name != absent for name, _ in _read(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Ba Ria - Vung Tau province: a port opened in Phu My town.", "en", "Phu My"),
        ("Thị xã Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu đón nhà đầu tư.", "vi", "Phú Mỹ"),
        ("Lãnh đạo huyện Đông Anh, Hà Nội tiếp đoàn.", "vi", "Đông Anh"),
        ("A delegation visited Phu My district last week.", "en", "Phu My"),
        ("Officials of Hebei province visited Haidian district of Beijing.", "en", "Haidian"),
    ],
)
def test_district_in_the_named_province_or_alone_stays(text: str, lang: str, span: str) -> None:
    assert any(name == span for name, _ in _read(text, lang))


# -- a town's name ending a three-character Chinese word ----------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("代表团参观了五台山佛教文化遗产。", "台山"),
        ("游客在长白山天池拍照。", "白山"),
        ("邓小平同志诞辰纪念活动在广安举行。", "小平"),
    ],
)
def test_town_ending_a_longer_word_is_unread(text: str, absent: str) -> None:
    assert all(name != absent for name, _ in _read(text, "zh"))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("台山市与白山市签署友好合作协议。", "台山市"),
        ("台山市与白山市签署友好合作协议。", "白山市"),
        ("广东省台山的侨乡文化很有名。", "台山"),
    ],
)
def test_town_named_on_its_own_stays(text: str, span: str) -> None:
    assert any(name == span for name, _ in _read(text, "zh"))


# -- a Russian town followed by its region in the genitive, without a comma ----------------


@pytest.mark.parametrize(
    ("text", "span", "subdivision"),
    [
        ("Новую школу открыли в Балашове Саратовской области.", "Балашов", "RU-SAR"),
        ("Балашов Саратовской области принял гостей.", "Балашов", "RU-SAR"),
    ],
)
def test_town_qualified_by_its_region_after_it(text: str, span: str, subdivision: str) -> None:
    found = [(m.text, m.place.subdivision) for m in find_places(text, lang="ru")]
    assert (span, subdivision) in found


@pytest.mark.parametrize(
    "text",
    [
        "Новую школу открыли в Балашове и в области.",
    ],
)
def test_town_without_its_region_stays_as_before(text: str) -> None:
    assert all(name != "Балашов" for name, _ in _read(text, "ru"))
