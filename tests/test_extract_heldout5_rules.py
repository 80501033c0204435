"""Literal cases for the rules added after the fifth held-out look: partnership words the
cue lists lacked (Chinese "友好都市", Japanese "フレンドリーシティ"), Hebrew function words
taken for the name after a place marker ("בעיר וכן", "העיר התאומה של"), Russian titles that
hold a place marker ("глава города Игорь Редькин" is a person, not a city), and the
Vietnamese pair anaphor "hai huyện" (the two districts). Each rule has a positive and a
negative case."""

from __future__ import annotations

from typing import Any

from citydiplo import extract


def _records(text: str, lang: str, kind: str) -> list[Any]:
    return [r for r in extract(text, lang=lang).records if r.type == kind]


def _actor_ids(text: str, lang: str) -> list[str]:
    return [a.id for a in extract(text, lang=lang).dataset.actors]


# Chinese "友好都市" (the Japanese and Korean word, written in Chinese reports)


def test_chinese_friendship_city_in_the_japanese_form_is_a_partnership() -> None:
    [tie] = _records("韩国群山市与中国扬州市签署了友好都市的合作协议。", "zh", "partnership")
    assert tie.kind.value == "friendship"
    assert tie.actors == ("city-gunsan", "city-yangzhou")


def test_chinese_cooperation_agreement_without_the_word_is_no_partnership() -> None:
    text = "韩国群山市与中国扬州市签署了合作协议。"
    assert _records(text, "zh", "partnership") == []
    assert len(_records(text, "zh", "agreement")) == 1


# Japanese "フレンドリーシティ"


def test_japanese_friendly_city_agreement_is_a_partnership() -> None:
    text = "鹿児島市は、2024年5月24日に大垣市とフレンドリーシティ協定を締結しました。"
    [tie] = _records(text, "ja", "partnership")
    assert tie.kind.value == "friendship"
    assert tie.actors == ("city-kagoshima", "city-ogaki")


def test_japanese_agreement_without_the_word_is_no_partnership() -> None:
    text = "鹿児島市は、2024年5月24日に大垣市と協定を締結しました。"
    assert _records(text, "ja", "partnership") == []
    assert len(_records(text, "ja", "agreement")) == 1


# Hebrew: "וכן" (and also) and "של" (of) are no name after "בעיר" / "העיר"


def test_hebrew_and_also_after_a_place_marker_is_no_city() -> None:
    ids = _actor_ids("משלחת מחיפה ביקרה באילת וסיירה בעיר וכן במוזיאון.", "he")
    assert ids == ["city-eilat", "city-haifa"]


def test_hebrew_of_after_the_twin_city_is_no_city() -> None:
    ids = _actor_ids("משלחת מחיפה ביקרה באילת וסיירה בעיר התאומה של חיפה.", "he")
    assert ids == ["city-eilat", "city-haifa"]


def test_hebrew_name_after_a_place_marker_is_still_a_city() -> None:
    ids = _actor_ids("משלחת מחיפה ביקרה באילת.", "he")
    assert ids == ["city-eilat", "city-haifa"]


# Russian: "глава города" / "мэр города" are titles, the name after them a person


def test_russian_head_of_the_city_is_a_title_before_a_person() -> None:
    ids = _actor_ids("Глава города Игорь Редькин встретился с коллегами из Рязани.", "ru")
    assert "person-игорьредькин" in ids
    assert not any(i.startswith("city-") and "редькин" in i for i in ids)


def test_russian_head_of_a_named_city_keeps_the_city() -> None:
    [meeting] = _records("Глава Рязани встретился с коллегами из Астрахани.", "ru", "event")
    assert meeting.actors == ("city-astrakhan", "city-ryazan")


# Vietnamese "hai huyện" (the two districts) stands for the two places last named


def test_vietnamese_the_two_districts_are_the_two_last_named() -> None:
    text = ("Đoàn đại biểu huyện Phú Ninh đã sang thăm huyện Mèo Vạc. "
            "Hai huyện đã ký kết thỏa thuận hợp tác.")
    [agreement] = _records(text, "vi", "agreement")
    assert agreement.actors == ("city-phuninh", "city-thitranmeovac")


def test_vietnamese_the_two_districts_after_a_list_of_four_are_none() -> None:
    text = ("Đoàn đại biểu huyện Phú Ninh đã sang thăm huyện Mèo Vạc, huyện Đồng Văn và "
            "huyện Yên Minh. Hai huyện đã ký kết thỏa thuận hợp tác.")
    assert _records(text, "vi", "agreement") == []
