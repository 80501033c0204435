"""Extraction cases of the second pass over the 18a/18b families.

Each case is written from the text: the records a reader takes from it.
"""

from __future__ import annotations

import pytest

from citydiplo import extract


def _anniversaries(text: str, lang: str) -> list[str]:
    x = extract(text, lang=lang, published="2022-10-01")
    return [r.type for r in x.records if r.type == "event" and r.title == "anniversary"]


# -- an anniversary of ties between two countries is no city's event ---------------------

NATIONAL = [
    ("Busan and Shanghai marked the 30th anniversary of the establishment of diplomatic "
     "ties between Korea and China.", "en"),
    ("Ahmedabad and Kobe celebrated the 70th anniversary of India-Japan diplomatic "
     "relations.", "en"),
    ("부산시와 상하이시는 올해 한중 수교 30주년을 맞아 다양한 교류 사업을 펼쳤다.", "ko"),
    ("大连市与大田区共同庆祝中日邦交正常化50周年。", "zh"),
    ("大連市と大田区は日中国交正常化50周年を共に祝った。", "ja"),
    ("Thành phố Đà Nẵng và thành phố Daegu kỷ niệm 30 năm thiết lập quan hệ ngoại giao "
     "Việt Nam – Hàn Quốc.", "vi"),
    ("Казань и Ханой отметили 30-летие установления дипломатических отношений между "
     "Россией и Вьетнамом.", "ru"),
    ("Казань и Ханой отметили годовщину установления дипломатических отношений между "
     "Россией и Вьетнамом.", "ru"),
    ("अहमदाबाद और कोबे ने भारत-जापान राजनयिक संबंधों की 70वीं वर्षगांठ मनाई।", "hi"),
    ("તેહરાન અને મોસ્કોએ ઈરાન-રશિયા રાજદ્વારી સંબંધોની 70મી વર્ષગાંઠ ઉજવી.", "gu"),
    ("شهرداری تهران و مسکو سالگرد برقراری روابط دیپلماتیک ایران و روسیه را جشن گرفتند.",
     "fa"),
]


@pytest.mark.parametrize(("text", "lang"), NATIONAL)
def test_anniversary_of_ties_between_countries_is_no_event(text: str, lang: str) -> None:
    x = extract(text, lang=lang, published="2022-10-01")
    assert [r.type for r in x.records if r.type == "event"] == []


def test_national_anniversary_in_a_city_article_en() -> None:
    t = ("Busan Mayor Park Heong-joon met the new Chinese Consul General on November 2. "
         "To commemorate the 30th anniversary of the establishment of diplomatic ties between "
         "Korea and China this year, the city collaborated with the Busan International "
         "Foundation and Busan University of Foreign Studies.")
    assert _anniversaries(t, "en") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Busan and Shanghai marked the 30th anniversary of their sister city ties.", "en"),
    ("부산시와 상하이시는 자매결연 30주년을 맞아 기념식을 열었다.", "ko"),
])
def test_anniversary_of_a_city_tie_stays(text: str, lang: str) -> None:
    # new negatives: the cities' own tie's anniversary; passes before and after
    assert _anniversaries(text, lang) == ["event"]


# -- the publishing city named by "our city" ("본시", "우리시") -----------------------------


def _records(text: str, lang: str) -> list[tuple[str, tuple[str, ...]]]:
    x = extract(text, lang=lang, published="2022-10-01")
    return sorted((r.type, tuple(sorted(_sides(r)))) for r in x.records)


def _sides(r: object) -> list[str]:
    parties = getattr(r, "parties", None)
    if parties is not None:
        return [str(p) for p in parties]
    return [str(p.actor) for p in getattr(r, "participants", ())]


@pytest.mark.parametrize("text", [
    "수원시 국제교류 소식\n\n본시는 2019년 베트남 후에시와 자매결연을 맺었다.",
    "수원시 국제교류 소식\n\n우리시는 2019년 베트남 후에시와 자매결연을 맺었다.",
    "수원시 국제교류 소식\n\n본시와 베트남 후에시는 2019년 자매결연을 맺었다.",
])
def test_our_city_is_the_named_publisher_ko_partnership(text: str) -> None:
    assert _records(text, "ko") == [("partnership", ("city-hue", "city-suwon"))]


@pytest.mark.parametrize("text", [
    "수원시 국제교류 소식\n\n후에시 대표단이 10일 우리 시를 방문했다.",
    "수원시 국제교류 소식\n\n후에시 대표단이 10일 본시를 방문했다.",
    "수원시 국제교류 소식\n\n후에시 대표단이 10일 우리시를 방문했다.",
])
def test_our_city_is_the_named_publisher_ko_visit(text: str) -> None:
    assert _records(text, "ko") == [("event", ("city-hue", "city-suwon"))]


@pytest.mark.parametrize(("text", "lang"), [
    ("본시는 2019년 베트남 후에시와 자매결연을 맺었다.", "ko"),
    ("우리 시와 후에시는 2019년 자매결연을 맺었다.", "ko"),
    ("本市与法国里昂市签署了友好城市协议。", "zh"),
])
def test_our_city_with_no_city_named_is_never_invented(text: str, lang: str) -> None:
    # new negatives: no city named as the publisher; pass before and after
    assert _records(text, lang) == []
