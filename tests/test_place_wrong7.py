"""Wrong readings of ``find_places`` in running news text, by class: literal positive cases
(the wrong reading no longer occurs) and negative ones (real places of the same shape still
read)."""

from __future__ import annotations

import pytest

from citydiplo import find_places


def _read(text: str, lang: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.place.country) for m in find_places(text, lang=lang)]


# a katakana name inside a longer katakana word
@pytest.mark.parametrize(
    "text",
    ["アドバイスをもらった。", "専門家のアドバイスを受けて計画を見直した。", "ソロンドンの展示"],
)
def test_no_katakana_name_inside_a_longer_katakana_word(text: str) -> None:
    assert _read(text, "ja") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ドバイでの会議に出席した。", [("ドバイ", "AE")]),
        ("在ドバイ総領事館", [("ドバイ", "AE")]),
        ("ソウルとドバイを訪問した。", [("ソウル", "KR"), ("ドバイ", "AE")]),
        ("ハノイ・ホーチミンを訪れた。", [("ハノイ", "VN"), ("ホーチミン", "VN")]),
        ("ニューヨークで会見した。", [("ニューヨーク", "US")]),
    ],
)
def test_katakana_names_after_a_separator_still_read(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _read(text, "ja") == expected


# fixed phrases (data: the cue file's "idioms") holding a name that names no place
@pytest.mark.parametrize(
    "text",
    [
        "ההיסטוריה של ארץ ישראל נלמדת בבתי הספר.",
        "עם ישראל חי!",
        "זה חשוב לכל עם ישראל.",
        "בני ישראל יצאו ממצרים.",
        "ההתיישבות בארץ ישראל החלה לפני מאה שנה.",
    ],
)
def test_hebrew_idioms_with_israel_are_no_state(text: str) -> None:
    assert ("ישראל", "IL") not in _read(text, "he")


@pytest.mark.parametrize(
    "text",
    [
        "ההסכם עם ישראל נחתם בסיאול.",
        "שגריר ישראל ביפן ביקר בטוקיו.",
        "מדינת ישראל וקוריאה חתמו על הסכם.",
    ],
)
def test_israel_outside_the_idioms_still_reads(text: str) -> None:
    assert "IL" in [country for _, country in _read(text, "he")]


def test_love_of_israel_stays_ambiguous_and_reads() -> None:
    # "אהבת ישראל" is the love of the people or of the State: no idiom, still read
    assert "IL" in [c for _, c in _read("הם נחשבים כאוהבי ישראל ובדגש על אהבת ישראל.", "he")]


# a name right before a personal honorific is a person's (data: the cue file's "honorifics")
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("日本の大西さんは大阪府に住んでいる。", "ja", "大西"),
        ("高市氏は奈良県で演説した。", "ja", "高市"),
        ("大阪さんと会った。", "ja", "大阪"),
        ("上海先生来到北京。", "zh", "上海"),
        ("झरिया जी ने धनबाद में कहा।", "hi", "झरिया"),
        ("झारखंड के धनबाद में झरिया साहब आए।", "hi", "झरिया"),
        ("સુરત જી આવ્યા.", "gu", "સુરત"),
    ],
)
def test_no_place_before_a_personal_honorific(text: str, lang: str, name: str) -> None:
    assert name not in [t for t, _ in _read(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("横浜市長が述べた。", "ja", ("横浜市", "JP")),
        ("日本首相が訪問した。", "ja", ("日本", "JP")),
        ("王先生来自上海。", "zh", ("上海", "CN")),
        ("भारत जी-20 की अध्यक्षता करेगा।", "hi", ("भारत", "IN")),
        ("भारत जी 20 की अध्यक्षता करेगा।", "hi", ("भारत", "IN")),
        ("धनबाद जिले में झरिया के लोग", "hi", ("धनबाद", "IN")),
        ("Busan City Hall hosted the forum.", "en", ("Busan", "KR")),
    ],
)
def test_places_before_offices_and_other_words_still_read(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert expected in _read(text, lang)


def test_katakana_name_inside_a_longer_name_before_an_honorific() -> None:
    assert _read("ベルリンガーさんが来日した。", "ja") == []
    assert _read("ベルリンで会った。", "ja") == [("ベルリン", "DE")]


def test_english_idioms_with_israel_are_no_state() -> None:
    assert _read("Settlement in the Land of Israel began a century ago.", "en") == []
    assert _read("The Children of Israel left Egypt.", "en") == [("Egypt", "EG")]
    assert ("Israel", "IL") in _read("The mayor of Haifa, Israel, signed the pact.", "en")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("千葉県君津市を訪れた。", "ja", ("千葉県", "JP")),
        ("日本様式の建物が並ぶ。", "ja", ("日本", "JP")),
        ("부산 씨름대회가 열렸다.", "ko", ("부산", "KR")),
    ],
)
def test_a_one_character_honorific_glued_into_a_longer_word_is_none(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert expected in _read(text, lang)
