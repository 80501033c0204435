"""Readings of ``find_places`` and ``parse_place`` fixed by class after blind batch 9a
(en, ko, vi, zh, ja).

Each rule has literal positive cases (the wrong reading or the miss is gone) and negative
cases (ordinary words, person names and the readings the rule must leave alone).
"""

from __future__ import annotations

import pytest
from babel.dates import get_month_names

from citydiplo import find_places, parse_place
from citydiplo._geo._cues import cues
from citydiplo._geo._kana import ends_inside_katakana_word
from citydiplo._normalize import match_key


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


def _countries(text: str, lang: str) -> set[str | None]:
    return {country for _, country, _ in _read(text, lang)}


# -- Japanese: a katakana name cut off before the end of its word --------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("ラックズオン県人民委員会のス・タイン・ホアイ委員長が署名した", "TH"),  # Thanh, not タイ
        ("ローマンチックな夜を過ごした", "IT"),  # romantic, not Rome
        ("ドバイーンという店", "AE"),
    ],
)
def test_katakana_name_cut_off_inside_a_word_is_no_place(text: str, country: str) -> None:
    assert country not in _countries(text, "ja")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("タイのバンコクを訪問した", "TH"),
        ("ハノイ・ホーチミンを結ぶ便", "VN"),
        ("ドバイで会議が開かれた", "AE"),
        ("ローマの休日", "IT"),
        ("タイ王国の首都", "TH"),
    ],
)
def test_katakana_name_ending_its_word_still_read(text: str, country: str) -> None:
    assert country in _countries(text, "ja")


def test_katakana_word_end_letters() -> None:
    assert ends_inside_katakana_word("タイン", 0, 2)
    assert ends_inside_katakana_word("ローマン", 0, 3)
    assert ends_inside_katakana_word("パリッ", 0, 2)
    assert not ends_inside_katakana_word("タイの", 0, 2)
    assert not ends_inside_katakana_word("ハノイ・", 0, 3)
    assert not ends_inside_katakana_word("東京ン", 0, 2)  # not a katakana name


# -- Japanese: "町" is the rank of a Japanese town only -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "八頭町合併20周年記念式典。韓国の横城郡守が来訪した。固い握手を交わす吉田町長と金郡守",
        "中国広東省の代表団と吉田町長が会談した",
    ],
)
def test_foreign_city_before_town_rank_is_a_surname(text: str) -> None:
    # Mayor Yoshida, not Jitian (Guangdong)
    assert not [m for m in _read(text, "ja") if m[0].startswith("吉田")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大洗町の町長が訪れた", ("大洗町", "JP", "JP-08")),
        ("茨城県大洗町", ("大洗町", "JP", "JP-08")),
        ("广西来宾市代表团访问", ("来宾市", "CN", "CN-GX")),
    ],
)
def test_japanese_towns_and_chinese_cities_still_read(
    text: str, expected: tuple[str, str, str]
) -> None:
    lang = "zh" if "广西" in text else "ja"
    assert expected in _read(text, lang)


# -- Japanese: "来賓" (guests) is an ordinary word ------------------------------------------


def test_raihin_is_an_ordinary_word() -> None:
    assert match_key("来賓") in cues("ja").ordinary_words
    assert _read("来賓の金明起郡守が登壇した", "ja") == []
    assert _read("来賓挨拶", "ja") == []


def test_laibin_with_its_generic_word_still_read() -> None:
    assert ("来宾市", "CN", "CN-GX") in _read("広西来宾市の代表", "ja")


# -- English: the months are ordinary words ----------------------------------------------


def test_english_months_are_cldr_month_names() -> None:
    months = {match_key(get_month_names("wide", locale="en")[i]) for i in range(1, 13)}
    assert months <= cues("en").ordinary_words


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Akio Maekawa wrote to Greg Chemello in March, inviting a delegation.",
        "The summit opens on 3 March in Tokyo.",
        "They met in May and June.",
    ],
)
def test_a_month_is_no_town(text: str) -> None:
    assert "GB" not in _countries(text, "en")


def test_the_town_of_march_still_read() -> None:
    assert ("March", "GB", "GB-ENG") in _read("The market town of March in Cambridgeshire.", "en")


# -- A small city read with a cue word is read bare elsewhere in the text ------------------


def test_small_city_named_with_a_cue_is_read_bare_elsewhere() -> None:
    text = (
        "City of Nerima Mayor Akio Maekawa wrote in March. An Ipswich delegation last "
        "travelled to Nerima in 2014. Nerima is a special ward in Tokyo, Japan."
    )
    nerima = [m for m in find_places(text, lang="en") if m.text == "Nerima"]
    assert len(nerima) == 3
    assert {(m.place.country, m.place.subdivision) for m in nerima} == {("JP", "JP-13")}


def test_small_city_never_named_with_a_cue_stays_unread() -> None:
    assert "Nerima" not in [
        m.text for m in find_places("Nerima is a ward. Tokyo, Japan.", lang="en")
    ]
