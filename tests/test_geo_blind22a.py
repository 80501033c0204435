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


# -- a bare Korean "X산" of county size is a mountain unless the text ranks it -------------


def test_geumsan_hermitage_is_no_geumsan_county() -> None:
    # http://img.kukinews.com/article/view/kuk201806030011
    text = (
        "둘째 날인 2일 교류단은 독일마을과 원예예술촌, 금산 보리암 등 남해의 주요 관광지를 "
        "견학하고 관광산업 협력 방안을 모색했다. 경남 남해군을 찾았다."
    )
    read = _read(text, "ko")
    assert all(sub != "KR-44" for _, _, sub in read)


def test_geumsan_ranked_elsewhere_stays_read() -> None:
    read = _read("금산군과 논산시가 협약을 맺었다. 금산 인삼축제가 열린다.", "ko")
    assert [name for name, _, _ in read].count("금산") == 1


def test_cities_ending_in_san_stay_read_bare() -> None:
    read = _read("충남(천안, 공주, 아산 등)과 부산, 서산이 참여했다.", "ko")
    names = [name for name, _, _ in read]
    assert "아산" in names and "부산" in names


# -- a city the gazetteer leaves unplaced: its rank, or the region written before it -------


def test_taichung_is_its_special_municipality() -> None:
    # https://searchmap.com.tw/?p=113616
    text = "台中市和日本宮崎縣締結姊妹市,良好的開端\n\n記者陳駿彰/台中報導"
    read = _read(text, "zh")
    assert ("台中市", "TW", "TW-TXG") in read
    assert ("台中", "TW", "TW-TXG") in read


def test_hualien_city_lies_in_the_county_written_before_it() -> None:
    # https://cn.wa01.com/a/hua-shi-ji-an-lu-tuan-fu-ri-pan-cheng-shi-wai-jiao.html
    text = (
        "花莲县花莲市、吉安乡公所在外交部的协助下,近日不约而同前往日本参访。"
        "魏嘉彦表示,伊佐市原订在今年8月首次参访花莲市。"
    )
    read = _read(text, "zh")
    assert [sub for name, _, sub in read if name == "花莲市"] == ["TW-HUA", "TW-HUA"]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["台中市", "臺中市", "花蓮市", "花莲市"]))
def test_a_city_alone_keeps_no_guessed_county(name: str) -> None:
    # Hualien City without its county written before it stays unplaced: never guessed
    read = _read(f"{name}與日本的城市締結姊妹市。", "zh")
    subs = {sub for n, _, sub in read if n == name}
    assert subs <= {"TW-TXG", None}
    assert (name.startswith(("台中", "臺中"))) == (subs == {"TW-TXG"})
