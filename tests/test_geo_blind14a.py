"""Readings of ``find_places`` fixed by class after blind batch 14a (en, ko, vi, zh, ja).

Each rule has literal positive cases (the wrong reading is gone) and negative cases (the
readings the rule must leave alone). Expected places are those the texts name (Anyang is a
city of Gyeonggi, Korea, and of Henan, China; Washington, D.C. is US-DC).
"""

from __future__ import annotations

import pytest

from citydiplo import find_places


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


def _names(text: str, lang: str) -> list[str]:
    return [m.text for m in find_places(text, lang=lang)]


# -- a name the text qualifies decides its bare mentions --------------------------------


def test_qualifier_after_city_word() -> None:
    text = "The mayor of Anyang City, South Korea, spoke at the forum."
    assert ("Anyang", "KR", "KR-41") in _read(text, "en")


def test_bare_mention_follows_the_qualified_one() -> None:
    text = "Anyang City, South Korea hosted the forum. People in Anyang voted."
    assert [r for r in _read(text, "en") if r[0] == "Anyang"] == [
        ("Anyang", "KR", "KR-41"),
        ("Anyang", "KR", "KR-41"),
    ]


def test_bare_mention_qualified_two_ways_is_left_unread() -> None:
    text = "Anyang, South Korea and Anyang City, China met. People in Anyang voted."
    read = [r for r in _read(text, "en") if r[0] == "Anyang"]
    assert read == [("Anyang", "KR", "KR-41"), ("Anyang", "CN", "CN-HA")]


def test_unqualified_names_are_left_alone() -> None:
    text = "The delegation from Anyang, China toured Beijing and Shanghai."
    read = _read(text, "en")
    assert ("Beijing", "CN", "CN-BJ") in read and ("Shanghai", "CN", "CN-SH") in read


# -- names glued to more Latin letters ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nuits-Saint Georges has a population of around 6,000.",
        "With the small French town of Nuits-Saint Georges near Dijon since 1960.",
    ],
)
def test_no_name_inside_a_longer_latin_word(text: str) -> None:
    assert all(r[1] != "ZA" for r in _read(text, "en"))


def test_possessive_and_plural_cue_stay() -> None:
    assert "Dijon" in _names("We met Dijon's mayor.", "en")
    text = "governors of the Yunnan, Qinghai and Anhui provinces will attend"
    assert any(name.startswith("Anhui") for name in _names(text, "en"))


# -- peoples named after a place ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("湯原県は東北抗日運動の聖地と呼ばれ、1つの朝鮮族郷が属している。", "ja"),
        ("延边朝鲜族自治州的朝鲜族人口", "zh"),
    ],
)
def test_ethnic_group_is_no_country(text: str, lang: str) -> None:
    assert all(r[1] != "KP" for r in _read(text, lang))


def test_country_before_other_words_stays() -> None:
    assert _names("包括中国舞狮、中国民族管弦乐合奏", "zh") == ["中国", "中国"]
    assert ("朝鲜", "KP", None) in _read("中国与朝鲜交流", "zh")


# -- bare particles ----------------------------------------------------------------------


def test_korean_particle_after_bracket_is_no_place() -> None:
    text = "다가오는 함양산삼축제(9월 18~22일)에도 다낭시와 남짜미읍 대표단을 공식 초청했다"
    assert all(r[1] != "NG" for r in _read(text, "ko"))


# -- continents and bases ----------------------------------------------------------------


def test_continent_is_no_town() -> None:
    text = "The conference of the CityNet in the Asia-Pacific region met in Iloilo City."
    assert all(r[0] != "Asia" for r in _read(text, "en"))


def test_base_named_after_a_person() -> None:
    text = "Hampton’s NASA Research Center, Langley Air Force Base, Fort Monroe Authority"
    assert all(r[1] != "CA" for r in _read(text, "en"))


def test_base_of_a_named_place_stays_when_named_elsewhere() -> None:
    text = "Osan Air Base lies in Osan, Gyeonggi-do, South Korea."
    assert ("Osan", "KR", "KR-41") in _read(text, "en")


# -- a Japanese surname before a given name and another place's office -----------------


def test_surname_before_another_prefectures_governor() -> None:
    text = "ナム・ギョンピル京畿道知事は道庁執務室で大村秀章愛知県知事を接見した。"
    read = _read(text, "ja")
    assert all(r[0] != "大村" for r in read)
    assert ("愛知県", "JP", "JP-23") in read


def test_city_before_its_prefecture_stays() -> None:
    assert ("大村市", "JP", "JP-42") in _read("長崎県大村市の市長", "ja")


# -- a foreign state named bare in Chinese, Japanese, Korean ---------------------------


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("2月26日,在美國首都華盛頓,雙方展示簽署的協議。", "zh", "華盛頓"),
        ("美国首都华盛顿举行会议。", "zh", "华盛顿"),
    ],
)
def test_bare_washington_is_the_capital(text: str, lang: str, span: str) -> None:
    assert (span, "US", "US-DC") in _read(text, lang)


def test_state_with_its_generic_word_stays() -> None:
    assert ("華盛頓州", "US", "US-WA") in _read("美國全國州長協會主席、華盛頓州州長", "zh")
    assert ("台中県", "TW", "TW-TXG") in _read("台湾中部・台中県の県長が訪れた。", "ja")
    assert ("吉林省", "CN", "CN-JL") in _read("吉林省和吉林市", "zh")


# -- Korean provinces in their pre-2000 romanization -----------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Tỉnh Hiroshima và tỉnh Kyungsangbuk-do của Hàn Quốc đã ký.", "vi", "KR-47"),
        ("The Chollanam-do province and Seoul, Korea signed.", "en", "KR-46"),
        ("The delegation of Kyonggi-do visited Seoul, Korea.", "en", "KR-41"),
    ],
)
def test_former_romanization_of_korean_provinces(text: str, lang: str, expected: str) -> None:
    assert expected in [r[2] for r in _read(text, lang)]


def test_korean_particle_does_not_hide_later_names() -> None:
    text = "베트남 다낭시와 남짜미읍. 함양산삼축제(9월 18~22일)에도 다낭시와 남짜미읍 대표단"
    assert [r for r in _read(text, "ko") if r[0] == "다낭"] == [
        ("다낭", "VN", "VN-DN"),
        ("다낭", "VN", "VN-DN"),
    ]
