"""A Latin city name opening the name of a body, in a text of another script, is the city's.

The check that drops a Latin place name opening a brand's name ("на Toyota Corolla") kept
nothing of a body named after a city: "방콕요트클럽(Bangkok Yacht Club)" lost Bangkok, and
"Fukuoka-Oakland Friendship Association" lost Oakland and with it the katakana Oaklands it
supported. The words that head a body's name are data (``data/latin_body_words.json``).
"""

from __future__ import annotations

import pytest

from citydiplo import find_places

KO = (
    "다낭시는 태국과의 관광 협력을 촉진하기 위해 방콕요트클럽(Bangkok Yacht Club)에 "
    "대표단을 보냈으며 양측은 요트 관광 상품을 함께 개발하기로 했다."
)
JA = (
    "姉妹都市のUSオークランドから訪問団の高校生6名が来福しました。オークランド市との相互派遣"
    "事業は長年にわたり実施されています。福岡市オークランド友好協会"
    "(Fukuoka-Oakland Friendship Association)にも協力いただきました。"
)


def _read(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.place.country) for m in find_places(text, lang=lang)]


def test_a_korean_text_keeps_the_city_of_a_latin_club_name() -> None:
    assert ("Bangkok", "TH") in _read(KO, "ko")


def test_a_japanese_text_keeps_the_city_of_a_latin_association_name() -> None:
    assert ("Oakland", "US") in _read(JA, "ja")


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("Она ехала на Toyota Corolla в районе Омска вчера вечером.", "ru", "Toyota"),
        ("הוא נהג ב-Toyota Corolla ישנה ברחובות חיפה בלילה.", "he", "Toyota"),
    ],
)
def test_a_brand_named_after_a_city_stays_unread(text: str, lang: str, absent: str) -> None:
    assert absent not in [m.text for m in find_places(text, lang=lang)]
