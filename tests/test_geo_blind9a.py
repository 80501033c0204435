"""Readings of ``find_places`` and ``parse_place`` fixed by class after blind batch 9a
(en, ko, vi, zh, ja).

Each rule has literal positive cases (the wrong reading or the miss is gone) and negative
cases (ordinary words, person names and the readings the rule must leave alone).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from babel.dates import get_month_names

from citydiplo import find_places, parse_place
from citydiplo._geo._cues import cues
from citydiplo._geo._kana import ends_inside_katakana_word
from citydiplo._geo._viet_hangul import hangul_spellings
from citydiplo._normalize import match_key

ROOT = Path(__file__).resolve().parent.parent


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


# -- Korean: Vietnamese places written in Hangul by the loanword spelling rules -------------


@pytest.mark.parametrize(
    ("name", "spellings"),
    [
        ("Nhơn Trạch", ("년짝", "년짜익")),  # nh + y-glide; "ach" as 악 and 아익
        ("Vũng Tàu", ("붕따우",)),
        ("Quảng Nam", ("꽝남",)),  # qu + w-glide
        ("Bình Dương", ("빈즈엉",)),
        ("Đồng Nai", ("동나이",)),
        ("Nghệ An", ("응에안",)),  # ng before a vowel is a syllable of its own
        ("Huế", ("후에",)),
        ("Seoul", ()),  # "eo" is no Vietnamese vowel
    ],
)
def test_vietnamese_names_in_hangul(name: str, spellings: tuple[str, ...]) -> None:
    assert hangul_spellings(name) == spellings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("유성구와 베트남 동나이성 년짝현과의 교류", ("년짝", "VN", "VN-39")),
        ("베트남 바리아붕따우성 대표단", ("바리아붕따우", "VN", "VN-43")),
    ],
)
def test_vietnamese_place_in_hangul_read_beside_vietnam(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _read(text, "ko")


@pytest.mark.parametrize(
    "text",
    [
        "년짝현을 방문했다",  # Vietnam not named
        "베트남 년짝 방문",  # no generic word written on the name
        "베트남과 경기도 하남시가 협약",  # a Korean city read as itself, not Hà Nam
    ],
)
def test_vietnamese_reading_in_hangul_needs_vietnam_and_a_generic_word(text: str) -> None:
    assert not [m for m in _read(text, "ko") if m[1] == "VN" and m[0] != "베트남"]


# -- Gazetteer: cities of GeoNames admin1 codes that merge several ISO subdivisions ---------
# GeoNames follows Vietnam's 2025 provinces, ISO 3166-2 (pycountry) the 63 before them: a
# city there takes the subdivision of its own (older) admin1 name, never the merged code's.


@pytest.mark.parametrize(
    ("name", "subdivision"),
    [
        ("Vũng Tàu", "VN-43"),  # Bà Rịa - Vũng Tàu, not Ho Chi Minh City (VN-SG)
        ("Phú Mỹ", "VN-43"),
        ("Thủ Dầu Một", "VN-57"),  # Bình Dương
        ("Nhơn Trạch", "VN-39"),  # Đồng Nai
        ("Bắc Ninh", "VN-56"),
        ("Hưng Yên", "VN-66"),
        ("Trà My", "VN-27"),  # Quảng Nam, not Đà Nẵng
        ("Ho Chi Minh City", "VN-SG"),
        ("Đà Nẵng", "VN-DN"),
    ],
)
def test_vietnamese_city_keeps_its_iso_province(name: str, subdivision: str) -> None:
    place = parse_place(name, lang="vi")
    assert (place.country, place.subdivision) == ("VN", subdivision)


def test_vung_tau_in_korean_text_is_in_ba_ria_vung_tau() -> None:
    text = "군산시는 베트남 바리아 붕따우성 붕따우(Vung Tau)시와 우호도시 의향서를 체결했다."
    readings = {(c, s) for t, c, s in _read(text, "ko") if t in ("붕따우", "Vung Tau")}
    assert readings == {("VN", "VN-43")}


# -- Gazetteer: Korean alternate names written with a spaced generic word ("우한 시") --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("중국 우한시를 방문했다", ("우한시", "CN", "CN-HB")),
        ("중국 청두시와 톈진시", ("톈진시", "CN", "CN-TJ")),
        ("대만 가오슝시 대표단", ("가오슝시", "TW", "TW-KHH")),
    ],
)
def test_korean_name_with_its_generic_word_glued(text: str, expected: tuple[str, ...]) -> None:
    assert expected in _read(text, "ko")


@pytest.mark.parametrize(
    "text",
    [
        "지난달 지난 10월 회의에서 선전 효과를 논의했다",  # last month, propaganda: no Jinan
        "시안을 검토한 중산층",  # a draft plan, the middle class: no Xi'an, Zhongshan
    ],
)
def test_bare_korean_words_are_not_the_cities_they_spell(text: str) -> None:
    assert _read(text, "ko") == []


def test_vietnamese_hangul_table_is_what_the_build_script_makes() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_vietnamese_hangul", ROOT / "tools" / "build_vietnamese_hangul.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = json.loads(
        (ROOT / "src" / "citydiplo" / "_geo" / "data" / "vietnamese_hangul.json").read_text("utf-8")
    )
    assert shipped["spellings"] == module.table()
    assert shipped["spellings"]["년짝"] == ["nhon trach"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("경기도 안양시와 중국 허난성", ("안양시", "KR", "KR-41")),  # not Anyang, Henan
        ("南韓京畿道安養市市長崔大鎬會見中國駐韓大使", ("安養市", "KR", "KR-41")),
    ],
)
def test_a_korean_name_of_a_korean_city_has_no_glued_foreign_rival(
    text: str, expected: tuple[str, ...]
) -> None:
    lang = "ko" if "경기도" in text else "zh"
    assert expected in _read(text, lang)
