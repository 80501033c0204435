"""Families of faults found by the places blind set 24 (``bench/places_news_blind24.json``):
sentences quoted from its pages, each read once (a module-level cache), plus the controls
that show each rule leaves ordinary readings alone."""

from __future__ import annotations

from functools import cache

import pytest

from citydiplo import UnknownNameError, find_places, parse_place
from citydiplo._geo._month_names import month_names

Reading = tuple[tuple[str, str | None, str | None], ...]


@cache
def _read(text: str, lang: str) -> Reading:
    return tuple(
        (m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)
    )


# latestly.com (ANI, 2024): the governor of Yamanashi is Kotaro Nagasaki; named in full
# first, he is "Nagasaki" alone afterwards, never the city of Nagasaki.
AGRA = (
    "Agra (Uttar Pradesh) [India], December 25 (ANI): The Governor of Japan's Yamanashi "
    "Prefecture, Kotaro Nagasaki and his delegation visited the Taj Mahal in Agra on "
    "Wednesday.\n\nNagasaki expressed his admiration for India during his meeting with Uttar "
    "Pradesh Chief Minister Yogi Adityanath on Monday.\n\nUttar Pradesh Chief Minister Yogi "
    "Adityanath signed Memorandum of Understandings (MoUs) with Japan's Yamanashi Prefecture "
    "in Lucknow on Monday.\n\nKotaro Nagasaki, Governor of Yamanashi was leading the "
    "Japanese delegation."
)


def test_a_surname_alone_after_the_full_name_is_the_person() -> None:
    read = _read(AGRA, "en")
    assert not [r for r in read if r[0] == "Nagasaki"]
    assert ("Yamanashi Prefecture", "JP", "JP-19") in read and ("Agra", "IN", "IN-UP") in read


def test_the_same_name_as_a_place_stays() -> None:
    read = _read("The delegation visited Nagasaki, Japan. Nagasaki welcomed them.", "en")
    assert [r for r in read if r[0] == "Nagasaki"] == [("Nagasaki", "JP", "JP-42")] * 2


# embassies.gov.il (Tokyo): "日本大通り駅" is a station of Yokohama named after an avenue;
# "湾岸都市" is a port city, not Gulf province of Papua New Guinea.
YOKOHAMA = (
    "テルアビブ市と横浜市は9月5日(水)、お互いの交流・協力関係を深めていく共同声明を発表しました。"
    "日本とイスラエルの外交関係樹立から60周年を機に、湾岸都市であることや文化事業に力を入れている点など"
    "共通項が多い両市は、今後経済・文化面などで積極的に交流活動に取り組んでいきます。"
    "この日両氏は現在みなとみらい線の日本大通り駅で開催中の写真展に出席しました。"
)


def test_a_street_and_a_common_noun_glued_to_names_are_no_places() -> None:
    read = _read(YOKOHAMA, "ja")
    assert [r[0] for r in read] == ["テルアビブ", "横浜市", "日本", "イスラエル"]


def test_a_generic_word_on_a_name_still_reads_it() -> None:
    assert ("東京都", "JP", "JP-13") in _read("東京都と大阪府", "ja")


# 3ostan.ir: "روز اول آوریل" (on the first of April) names no Orël.
ASTARA = (
    "رالی موتور سواری ۵۰۰۰ کیلومتری که از استان آستراخان از کشور روسیه آغاز شده، روز اول "
    "آوریل از آستاراخان روسیه حرکت کرده و پس از عبور از قزاقستان"
)


def test_a_month_name_is_no_place() -> None:
    read = _read(ASTARA, "fa")
    assert not [r for r in read if r[0] == "آوریل"]
    assert ("روسیه", "RU", None) in read and ("قزاقستان", "KZ", None) in read


@pytest.mark.parametrize(("lang", "month"), [("fa", "آوریل"), ("en", "May"), ("hi", "मई")])
def test_month_names_come_from_cldr(lang: str, month: str) -> None:
    from citydiplo._normalize import match_key

    assert match_key(month) in month_names(lang)


# dezhoudaily / the round's list: a town row is no 市 (洪湖市 is the county-level city of
# Hubei, GeoNames' Chongqing "Honghu" is a town of 30,000 named 洪湖 and 洪湖镇 only).
def test_a_town_row_is_not_read_with_a_city_word() -> None:
    with pytest.raises(UnknownNameError):
        parse_place("洪湖市")
    assert parse_place("洪湖镇").subdivision == "CN-CQ"
    assert parse_place("德州市").subdivision == "CN-SD"


# blind set 23's hubei story: names listed as shared place names speak of the names.
HUBEI = (
    "湖北與韓國的友好交往源遠流長,漢江、丹陽、襄陽、江陵、利川......這些相同的地名是一種緣分,"
    "更成為鄂韓雙方保持密切聯繫和廣泛合作的深厚基礎。"
)


def test_names_listed_as_place_names_are_no_places() -> None:
    read = _read(HUBEI, "zh")
    assert ("湖北", "CN", "CN-HB") in read
    assert not [r for r in read if r[0] in ("漢江", "丹陽", "襄陽", "江陵", "利川")]


def test_a_list_of_places_without_the_word_stays() -> None:
    read = _read("湖北省襄陽市、荊州市和武漢市代表團訪問韓國。", "zh")
    assert ("襄陽市", "CN", "CN-HB") in read


# khabaristan.com: "ऑस्ट्रेलियाई प्रतिनिधिमंडल" (the Australian delegation).
def test_a_hindi_adjective_in_i_reads_its_country() -> None:
    read = _read("ऑस्ट्रेलियाई प्रतिनिधिमंडल ने गुजरात के मुख्यमंत्री से भेंट की", "hi")
    assert ("ऑस्ट्रेलिया", "AU", None) in read
    assert not _read("सफाई अभियान और पढ़ाई", "hi")


# the round's list: Persian "درایران" (in Iran, the preposition glued).
def test_a_country_after_a_glued_preposition() -> None:
    assert ("ایران", "IR", None) in _read("سفیر چین درایران گفت", "fa")
    assert not _read("درمان بیماران در بیمارستان", "fa")


# the round's list: Korean "오사카부" (Osaka Prefecture, 府).
def test_a_japanese_fu_in_korean() -> None:
    assert ("오사카", "JP", "JP-27") in _read("일본 오사카부 지사가 방한했다", "ko")
    assert ("중국", "CN", None) in _read("중국 외교부 대변인", "ko")
