"""Families of faults found by the blind set 22a (``bench/places_news_blind22a.json``:
city-diplomacy news in English, Korean, Vietnamese, Chinese and Japanese), each with the
guards that keep the right readings. Expected values are written from the languages and the
places themselves."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import find_places


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# -- a Korean list after its country holds places of that country only ----------------------


def test_list_after_china_holds_no_korean_township() -> None:
    # http://img.kukinews.com/article/view/kuk201806030011
    text = (
        "한편 남해군은 이번 일본 도시와의 교류는 물론 중국 징강산시․둔황시․이양시 등과 "
        "자매결연을 맺고 공무원 상호파견, 청소년 홈스테이 문화, 체육행사 교류 등 활발한 "
        "국제교류 활동을 펼쳐 나가고 있다."
    )
    read = _read(text, "ko")
    assert ("둔황시", "CN", "CN-GS") in read
    assert all(country in ("CN", "JP", "KR") for _, country, _ in read)
    assert not any(name.startswith("이양") and country == "KR" for name, country, _ in read)


def test_list_after_a_province_keeps_its_own_counties() -> None:
    text = "충북 제천·단양과 경북 고령·울진이 협약을 맺었다."
    read = _read(text, "ko")
    assert all(country == "KR" for _, country, _ in read)
    assert ("울진", "KR", "KR-47") in read


def test_a_list_of_two_countries_cities_is_not_one_countrys() -> None:
    # separate heads: each list is checked against its own country
    text = "일본 도쿄·오사카와 중국 상하이·베이징 대표단이 방문했다."
    read = {name: country for name, country, _ in _read(text, "ko")}
    assert read.get("상하이") == "CN"
    assert read.get("오사카") == "JP"


# -- a city's name written as a township's (乡, 鄉) is a namesake township ------------------


def test_jian_township_of_hualien_is_no_jian_jiangxi() -> None:
    # https://cn.wa01.com/a/hua-shi-ji-an-lu-tuan-fu-ri-pan-cheng-shi-wai-jiao.html
    text = (
        "花市、吉安率團赴日 拚城市外交\n"
        "吉安乡长游淑贞(左)、钏路町长小松茂(右)签订友好交流协定,双方缔结姊妹市。"
        "图/吉安乡公所提供\n花莲县花莲市、吉安乡公所在外交部的协助下,近日不约而同前往日本参访"
    )
    read = _read(text, "zh")
    assert all(country != "CN" for _, country, _ in read)
    assert ("花莲县", "TW", "TW-HUA") in read


def test_folks_of_jian_are_no_township() -> None:
    # "乡亲" (fellow townsmen) starts with the township word and means something else
    read = _read("吉安乡亲在江西吉安市聚会。", "zh")
    assert ("吉安市", "CN", "CN-JX") in read
    assert ("吉安", "CN", "CN-JX") in read


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["乡村", "乡镇", "乡亲", "乡土", "乡愁", "鄉村", "鄉親"]))
def test_words_starting_with_the_township_word_refute_no_city(word: str) -> None:
    read = _read(f"北京{word}发展论坛在北京举行。", "zh")
    assert [name for name, _, _ in read] == ["北京", "北京"]
    assert all(sub == "CN-BJ" for _, _, sub in read)
