"""Families of faults found by the blind set 20 (``bench/places_news_blind20.json``: general
news in ten languages), each with the guards that keep the right readings. Expected values are
written from the languages and the places themselves."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import find_places


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# -- a Hebrew stream (נחל) named after a place is no mention of the place --------------------


def test_stream_named_after_a_city_is_not_the_city() -> None:
    # https://www.srugim.co.il/1283753 (a rainfall report: "בנחל באר שבע ובנחל הבשור")
    text = "זרימות חזקות נרשמו הבוקר גם בנחל לכיש באזורי קריית גת ואשדוד, בנחל באר שבע"
    read = [name for name, _, _ in _read(text, "he")]
    assert "באר שבע" not in read
    assert "אשדוד" in read


_CITIES = ["באר שבע", "אשדוד", "חיפה", "אשקלון"]
_STREAM = ["נחל", "בנחל", "לנחל", "מנחל", "ונחל"]


@settings(max_examples=25, deadline=None)
@given(city=st.sampled_from(_CITIES), stream=st.sampled_from(_STREAM))
def test_a_stream_word_hides_only_its_own_name(city: str, stream: str) -> None:
    # the stream's name is unread, the same city named by itself in the text stays read
    text = f"הזרימה {stream} {city} הגיעה לשיא. תושבי {city} התבקשו להתרחק"
    found = [m for m in find_places(text, lang="he") if m.text == city]
    assert [m.start for m in found] == [text.rindex(city)]


# -- a Russian outlet's or organisation's name in quotation marks is not the place ----------


def test_agency_named_after_moscow_is_not_moscow() -> None:
    # https://ria24.today/news/v-moskve-voditeley-prizvali-k-ostorozhnosti-3/6192714
    text = 'Погода ухудшится ночью, сообщает агентство "Москва" со ссылкой на министерство.'
    assert _read(text, "ru") == []


def test_quoted_name_after_an_ordinary_word_stays_a_place() -> None:
    # only an organisation's word before the quotation mark makes it a name
    text = 'Власти Москвы призвали водителей к осторожности: в "Москве" пробки.'
    assert ("Москвы", "RU", "RU-MOW") in _read(text, "ru")


# -- a bare Han name shared by two countries of the language goes with the text's regions ----


def test_jiulong_among_sichuan_counties_is_no_kowloon() -> None:
    # https://epaper.scdaily.cn/shtml/scrb/20231006/301589.shtml (a flash-flood warning)
    text = (
        "四川、重庆等地有大雨。甘孜州丹巴、道孚、康定、理塘、九龙,"
        "凉山州西昌等县可能发生山洪灾害。"
    )
    read = _read(text, "zh")
    assert all(country != "HK" for _, country, _ in read)
    assert ("西昌", "CN", "CN-SC") in read


def test_kowloon_beside_hong_kong_stays_kowloon() -> None:
    # the text names Hong Kong itself: its Kowloon is read
    read = _read("香港九龙的居民和四川的游客", "zh")
    assert read[:2] == [("香港", "HK", None), ("九龙", "HK", None)]


# -- a storm's name is the storm's wherever the text writes it -------------------------------


def test_hurricane_florence_is_no_town() -> None:
    # https://www.weathernationtv.com/news/evacuations-underway-in-advance-of-florence
    text = (
        "Evacuations Underway in Advance of Florence\n\nAs major Hurricane Florence barrels "
        "toward the United States, the governors of Virginia, North Carolina, and South "
        "Carolina declared States of Emergency."
    )
    assert [name for name, _, _ in _read(text, "en")] == [
        "United States",
        "Virginia",
        "North Carolina",
        "South Carolina",
    ]


def test_storm_word_reads_a_case_ending_and_quotation_marks() -> None:
    # https://ru24.pro/humour/418569842 ("после циклона «Френсис»"): the stem "циклон" with
    # the genitive ending, the name in guillemets
    from citydiplo._geo._storm_names import _after_storm_word

    text = "сугробы выросли после циклона «Френсис»"
    words = ("циклон",)
    assert _after_storm_word(text, text.index("Френсис"), words)
    assert not _after_storm_word("после поездки в «Френсис»", 20, words)


_TOWNS = ["Florence", "Charleston", "Columbia", "Sumter", "Greenville"]


@settings(max_examples=20, deadline=None)
@given(town=st.sampled_from(_TOWNS), word=st.sampled_from(["Hurricane", "Tropical Storm"]))
def test_a_storm_word_takes_the_town_out_everywhere(town: str, word: str) -> None:
    # each town is read in the plain sentence; a storm of its name takes every mention out
    plain = f"Residents of {town}, South Carolina, prepared sandbags."
    assert town in [m.text for m in find_places(plain, lang="en")]
    stormy = f"{word} {town} neared. " + plain
    assert town not in [m.text for m in find_places(stormy, lang="en")]


# -- Korean forecast zones: a county's or city's plains ("평지") written on its name ---------


def test_forecast_zone_plains_name_their_county() -> None:
    # https://news1.kr/amp/local/kangwon/5136487
    text = "철원·화천·춘천·양구평지·인제평지에 태풍주의보가 발효될 예정이다."
    assert ("양구", "KR", "KR-42") in _read(text, "ko")
    text = "기상청은 속초시평지와 고성군평지·양양군평지에 태풍경보를 발효했다."
    read = _read(text, "ko")
    assert ("속초시", "KR", "KR-42") in read
    assert ("양양군", "KR", "KR-42") in read
