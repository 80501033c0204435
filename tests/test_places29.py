"""Places, round 29: the faults the places blind set 29 (``bench/places_news_blind29.json``,
31 passages in ten languages annotated by hand before any code ran on them) showed, each with
the general rule it stands for and a contrast case, and the set itself as a regression floor:
every annotated occurrence read right today stays right, and no reading contradicts the
annotation (a trap found, another country or subdivision).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from citydiplo import find_places

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "bench" / "places_news_blind29.json"
TEXTS = ROOT / "bench" / "texts" / "places_blind29"

Reading = tuple[tuple[str, str | None, str | None], ...]


@cache
def _read(text: str, lang: str) -> Reading:
    return tuple(
        (m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)
    )


# bccjacumen.com (2019): "North Wales" is the north of Wales, not North Wales, Pennsylvania.
CONWY = (
    "The Conwy town council has put together a draft of a twinning agreement which would see "
    "the small North Wales town twinned with the Kansai city of Himeji, in Hyogo Prefecture."
)


def test_a_compass_word_before_a_region_of_another_country_names_no_small_town() -> None:
    read = _read(CONWY, "en")
    assert not [r for r in read if r[1] == "US"]
    assert ("Conwy", "GB", "GB-WLS") in read
    assert ("Hyogo Prefecture", "JP", "JP-28") in read
    # a city of the phrase with its state written after it stays that city
    assert _read("The team from South Jordan, Utah won.", "en")[0] == (
        "South Jordan",
        "US",
        "US-UT",
    )
    assert ("North Carolina", "US", "US-NC") in _read("Raleigh, North Carolina", "en")


# huengaynay.vn (2025) and en.vietnamplus.vn (2023): the province named with its generic word
# once, then bare.
HUE = (
    "Đặc biệt, thành phố Huế đã tiếp nhận hơn 1.500 lưu học sinh Lào đến học tập, trong đó có "
    "263 sinh viên đến từ tỉnh Champasak. Trong thời gian công tác tại Champasak, Đoàn HĐND "
    "thành phố Huế đã khảo sát một số mô hình."
)
DONG_NAI = (
    "The authorities of Dong Nai hosted a delegation from the People's Council of Laos' "
    "Champasak province. They signed a memorandum between Dong Nai and Champasak in the time "
    "to come."
)


def test_a_bare_name_is_the_subdivision_the_text_names_with_its_generic_word() -> None:
    assert [r for r in _read(HUE, "vi") if r[0] == "Champasak"] == [
        ("Champasak", "LA", "LA-CH"),
        ("Champasak", "LA", "LA-CH"),
    ]
    read = _read(DONG_NAI, "en")
    assert ("Champasak province", "LA", "LA-CH") in read
    assert ("Champasak", "LA", "LA-CH") in read
    # without the province named, the small town's bare name stays unread
    assert _read("Hợp tác giữa Huế và Champasak ngày càng sâu.", "vi") == (
        ("Huế", "VN", "VN-26"),
    )


# heihe.dbw.cn (2023): "黑龙江畔的童年" (a childhood on the bank of the Amur) is an event.
HEIHE = "积极贯彻落实已达成的合作计划,黑龙江畔的童年、“绘城画谊”等重要国际活动取得了预期效果"


def test_a_river_before_a_word_for_its_bank_is_no_province() -> None:
    assert _read(HEIHE, "zh") == ()
    assert _read("长江流域的重庆", "zh") == (("重庆", "CN", "CN-CQ"),)
    assert _read("黑龙江省哈尔滨市", "zh") == (
        ("黑龙江省", "CN", "CN-HL"),
        ("哈尔滨市", "CN", "CN-HL"),
    )


# fensifuwu.com (2022): Jetisu region, split from Almaty region, is "杰特苏州" in Chinese.
JETISU = "今年5月,哈萨克斯坦改革行政区划,从阿拉木图州拆分出杰特苏州。"


def test_a_chinese_city_ending_a_transcribed_region_name_is_no_place() -> None:
    assert not [r for r in _read(JETISU, "zh") if r[1] == "CN"]
    assert _read("代表团访问了卡拉干达州。", "zh") == ()  # Karaganda region: no Dazhou
    assert _read("伊塞克湖州州长", "zh") == ()  # Issyk-Kul region: no Huzhou
    # a city after an ordinary word, a word of two syllables, or its province stays read
    assert _read("代表团访问了苏州。", "zh") == (("苏州", "CN", "CN-JS"),)
    assert _read("美丽杭州欢迎你", "zh") == (("杭州", "CN", "CN-ZJ"),)
    assert _read("海南儋州市", "zh") == (("海南", "CN", "CN-HI"), ("儋州市", "CN", "CN-HI"))


# cn.inform.kz (2025): the Qinghai delegation in Almaty region ("阿拉木图州").
ALMATY = "中国青海省代表团访问哈萨克斯坦阿拉木图州。中国驻阿拉木图总领事蒋薇也强调了合作。"


def test_a_foreign_city_with_the_generic_word_for_regions_is_its_namesake_region() -> None:
    read = _read(ALMATY, "zh")
    assert ("阿拉木图", "KZ", "KZ-19") in read  # the region, written "阿拉木图州"
    assert ("阿拉木图", "KZ", "KZ-75") in read  # the city, in "驻阿拉木图总领事"
    assert ("撒马尔罕州", "UZ", "UZ-SA") in _read("访问撒马尔罕州", "zh")


# souzveche.ru (2019): "столица Беларуси Минск", the capital of Belarus, Minsk.
MINSK = "18 декабря российский город Уфа и столица Беларуси Минск стали городами-побратимами."


def test_a_city_after_its_country_in_the_genitive_is_read() -> None:
    assert _read(MINSK, "ru") == (
        ("Уфа", "RU", "RU-BA"),
        ("Беларуси", "BY", None),
        ("Минск", "BY", "BY-HM"),
    )
    assert ("Харбин", "CN", "CN-HL") in _read("В городе Китая Харбин прошла встреча.", "ru")
    # a capitalised word that names no country keeps a name after it unread
    assert _read("Встречу провёл Шорец Минск.", "ru") == ()


# okja.org (2019): "주몽골 대사관", the embassy resident in Mongolia (주, 駐).
EMBASSY = (
    "행사에 주몽골 대사관, 국제기구, 울란바타르시와 자매 연을 맺은 "
    "도시의 관계자들이 참석 예정이며"
)


def test_a_place_after_the_prefix_of_a_mission_is_read_before_the_missions_word() -> None:
    assert _read(EMBASSY, "ko")[0] == ("몽골", "MN", None)
    assert ("요코하마", "JP", "JP-14") in _read("주요코하마 총영사관이 밝혔다.", "ko")
    # the same syllable opening an ordinary word: "주인도 왔다" (the owner came too)
    assert _read("주인도 왔다.", "ko") == ()
    assert _read("그는 주서울에서 말했다.", "ko") == ()


# ndsoftnews (Haman, 2017): "함안상공회의소", the Haman chamber of commerce.
HAMAN = "방문단은 차정섭 함안군수, 함안상공회의소 하성식 명예회장 등 11명으로 구성됐다."


def test_a_korean_name_glued_to_a_chamber_or_an_embassy_is_that_place() -> None:
    assert _read(HAMAN, "ko") == (("함안군", "KR", "KR-48"), ("함안", "KR", "KR-48"))
    assert _read("미국대사관 앞에서 만났다.", "ko") == (("미국", "US", None),)
    # an unknown word glued to the name still reads nothing
    assert _read("함안상공인이 모였다.", "ko") == ()


# The set as a floor: the starts (character offsets in bench/texts/places_blind29/<id>.txt)
# of the annotated occurrences read with the annotation's country and subdivision.
FLOOR: dict[str, tuple[int, ...]] = {
    "en_1": (
        23, 137, 151, 169, 179, 195, 213, 290, 304, 319, 474, 502, 588, 739, 771, 907, 961,
        1055, 1081, 1166, 1199,
    ),
    "en_2": (0, 10, 31, 34, 63, 206, 217, 365, 375, 523, 533),
    "en_3": (0, 10, 17, 122, 208, 214, 276, 424, 436, 464, 477, 885, 893, 1341, 1354),
    "fa_1": (33, 70, 98, 320, 369, 428, 457, 508, 528, 549, 556, 564, 594, 791, 798, 806),
    "fa_2": (21, 44, 76, 148, 156, 188, 196),
    "fa_3": (
        19, 27, 35, 74, 88, 101, 187, 215, 223, 296, 326, 339, 379, 387, 483, 504, 641, 711,
        796,
    ),
    "fa_4": (5, 12, 34, 42, 67, 74, 170, 176, 266, 288, 295, 322, 393, 561),
    "gu_1": (0, 54, 105, 133, 165, 206, 331, 393, 499),
    "gu_2": (50, 150, 220, 331, 390, 499),
    "gu_3": (),
    "he_1": (79, 132, 156, 212, 219, 228, 355, 375, 450, 459, 465),
    "he_2": (9, 41, 85, 211, 258, 281, 437, 478, 619, 652),
    "hi_1": (16, 43, 49, 177, 295),
    "hi_2": (0, 5, 93, 172, 190, 195, 306, 311, 397, 471, 529),
    "hi_3": (81, 299, 486, 641, 649, 752),
    "ja_1": (10, 13, 68, 79, 289, 375),
    "ja_2": (9, 12, 67, 93, 130, 169, 214, 262, 390),
    "ja_3": (0, 4, 23, 42, 45, 49, 52, 74, 78, 95, 131, 142, 235),
    "ja_4": (20, 35, 38, 75, 148, 164, 179, 298, 325, 359, 436, 479, 557, 562),
    "ko_1": (
        0, 6, 28, 108, 122, 164, 244, 249, 255, 264, 268, 288, 296, 300, 306, 310, 314, 318,
        323, 327, 331, 335, 342,
    ),
    "ko_2": (0, 13, 39, 60, 158, 164, 372, 526, 529),
    "ko_3": (0, 15, 247, 310, 316),
    "ru_1": (0, 8, 106, 180, 194, 203, 300, 374, 446, 658),
    "ru_2": (),
    "ru_3": (22, 108, 213, 237, 289),
    "ru_4": (20, 317, 493, 544, 565),
    "vi_1": (138, 354, 361, 621, 661, 716, 745, 817, 858, 882, 992, 1023, 1185, 1328, 1401, 1423),
    "vi_2": (8, 53, 60, 92, 120, 127),
    "zh_1": (
        0, 2, 10, 40, 58, 60, 68, 79, 98, 166, 204, 214, 303, 339, 374, 377, 411, 417, 531,
        557, 566,
    ),
    "zh_2": (21, 24, 87, 100, 122),
    "zh_3": (7, 11, 15, 26, 33),
}


@cache
def _cases() -> dict[str, dict[str, Any]]:
    data = json.loads(CASES.read_text(encoding="utf-8"))
    return {c["id"]: c for c in data["cases"]}


def _latin(ch: str) -> bool:
    return ch.isalpha() and ch < "\u0250"


def _occurrences(text: str, mentions: list[dict[str, Any]]) -> list[tuple[int, int, Any]]:
    """Every occurrence of every annotated span, longest spans first, none overlapping; a
    Latin span glued to more Latin letters ("Japan" in "Japanese") is none."""
    taken = [False] * len(text)
    found = []
    for m in sorted(mentions, key=lambda m: -len(m["span"])):
        start = text.find(m["span"])
        while start >= 0:
            end = start + len(m["span"])
            inside = (start > 0 and _latin(text[start - 1]) and _latin(text[start])) or (
                end < len(text) and _latin(text[end]) and _latin(text[end - 1])
            )
            if not any(taken[start:end]) and not inside:
                found.append((start, end, m))
                taken[start:end] = [True] * (end - start)
            start = text.find(m["span"], start + 1)
    return found


@cache
def _judged(case_id: str) -> tuple[frozenset[int], tuple[int, ...]]:
    """The starts of the occurrences read right, and of those read wrong (a trap read, or a
    country or subdivision other than the annotation's; no subdivision is not wrong)."""
    case = _cases()[case_id]
    text = (TEXTS / f"{case_id}.txt").read_text(encoding="utf-8")
    found = find_places(text, lang=case["lang"])
    right, wrong = set(), []
    for start, end, m in _occurrences(text, case["mentions"]):
        hits = [f.place for f in found if f.start < end and start < f.end]
        if m["country"] is None:
            wrong += [start] if hits else []
            continue
        subs = m["subdivision"]
        for place in hits:
            if place.country != m["country"] or (
                place.subdivision is not None and place.subdivision not in (subs or ())
            ):
                wrong.append(start)
            elif (place.subdivision is None) == (subs is None):
                right.add(start)
    return frozenset(right), tuple(wrong)


def test_the_floor_names_every_passage() -> None:
    assert sorted(FLOOR) == sorted(_cases())


@pytest.mark.parametrize("case_id", sorted(FLOOR))
def test_the_readings_right_today_stay_right(case_id: str) -> None:
    right, _ = _judged(case_id)
    assert sorted(set(FLOOR[case_id]) - right) == []


@pytest.mark.parametrize("case_id", sorted(FLOOR))
def test_no_reading_contradicts_the_annotation(case_id: str) -> None:
    assert _judged(case_id)[1] == ()
