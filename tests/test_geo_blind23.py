"""Families of faults found by the places blind set 23 (``bench/places_news_blind23.json``):
sentences quoted from its pages, each read once (a module-level cache), plus the controls
that show each rule leaves ordinary readings alone."""

from __future__ import annotations

from functools import cache

from citydiplo import find_places

Reading = tuple[tuple[str, str | None, str | None], ...]


@cache
def _read(text: str, lang: str) -> Reading:
    return tuple(
        (m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)
    )


# biz.heraldcorp.com (2016): Suginami is a ward of Tokyo, which GeoNames' one Suginami row
# places in Ibaraki. Written after "도쿄도" (Tokyo), a city the gazetteer puts in another
# subdivision of the same country is no reading, there or anywhere else in the text.
SEOCHO = (
    "서울 서초구(구청장 조은희)와 25년간 우정을 쌓아온 일본 도쿄도 스기나미구 대표단이 공식 "
    "방문한다. 공동선언식을 가진 후 스기나미구 대표단은 서초동 예술의 전당 등을 둘러볼 예정이다."
)


def test_a_city_outside_the_region_written_before_it_is_no_reading() -> None:
    read = _read(SEOCHO, "ko")
    assert not [r for r in read if r[0].startswith("스기나미")]
    assert ("도쿄", "JP", "JP-13") in read and ("서초구", "KR", "KR-11") in read


def test_a_city_inside_the_region_written_before_it_stays() -> None:
    assert ("충주시", "KR", "KR-43") in _read("충청북도 충주시", "ko")
    assert ("湖西市", "JP", "JP-22") in _read("静岡県浜松市・湖西市", "ja")


# en.yueyang.gov.cn: "(NICE)" spells out the association before it, skipping "Association".
NUMAZU = (
    "A Japanese delegation headed by Mr. Nagasawa , vice president of Numazu Association for "
    "International Communications and Exchanges (NICE)  visits Yueyang between October 30 "
    "and November 2. Numazu is a city located in eastern Shizuoka Prefecture, Japan."
)


def test_a_bracketed_acronym_of_the_words_before_it_is_no_place() -> None:
    read = _read(NUMAZU, "en")
    assert not [r for r in read if r[0] == "NICE"]
    assert ("Numazu", "JP", "JP-22") in read


def test_a_bracketed_country_code_after_its_country_stays() -> None:
    assert ("US", "US", None) in _read("the United States (US) and Japan", "en")


# japanese.cri.cn (2005): furigana run into the text, "さがみ相模" (Sagami), hold "さが" (Saga).
WUXI = "これまですでに日本のあかし明石、さがみ相模はら原それに、アメリカやニュージーランド"


def test_a_hiragana_name_ending_inside_a_word_is_no_place() -> None:
    read = _read(WUXI, "ja")
    assert not [r for r in read if r[0] == "さが"]
    assert ("明石", "JP", "JP-28") in read


def test_a_hiragana_name_before_a_particle_stays() -> None:
    assert "つくば" in [r[0] for r in _read("東京からつくばへ向かう", "ja")]


# The araea letter typed as Korean's middle dot: "서초구ㆍ日 스기나미구" (the headline).
def test_the_araea_letter_separates_listed_names_as_the_middle_dot_does() -> None:
    read = _read("서초구ㆍ日 스기나미구 25년 우정…스포츠 등 교류협력", "ko")
    assert ("서초구", "KR", "KR-11") in read
    assert _read("서초구ㆍ강남구", "ko") == _read("서초구·강남구", "ko")


# The adjective suffix -īya on a country's name (bench/texts/places_blind22b/gu_3.txt,
# places_blind21b/hi_2.txt): "the Indian ambassador", "the Indian embassy" name India; a
# party named so does not.
def test_an_iya_adjective_names_its_country() -> None:
    assert ("ભારત", "IN", None) in _read("ઉઝબેકિસ્તાનના ભારતીય રાજદૂત શ્રીયુત ફરહોદ અર્ઝિવ", "gu")
    assert ("भारत", "IN", None) in _read("इस दौरान टोक्यो में भारतीय दूतावास में आयोजित रोड-शो", "hi")


def test_the_bharatiya_janata_party_names_no_place() -> None:
    assert _read("भारतीय जनता पार्टी के नेता", "hi") == ()
    assert _read("ભારતીય જનતા પાર્ટીના નેતા", "gu") == ()
    assert _read("राष्ट्रीय और अंतरराष्ट्रीय केंद्रीय संस्थान", "hi") == ()
