"""Families of faults found by the blind set heldout10a (en, ko, vi, zh, ja): literal cases.

Each family has positive cases (the fault, fixed) and negative ones (what the rule must leave
alone). The sentences are written for the rule, in each language where the family exists;
none quotes an article of the blind set.
"""

from __future__ import annotations

from typing import Any

import pytest

from citydiplo import extract
from citydiplo._extract._mention import Mention
from citydiplo._extract._onecity import one_city


def _records(text: str, lang: str, published: str | None = None) -> list[Any]:
    return list(extract(text, lang=lang, published=published).records)


def _kinds(text: str, lang: str, published: str | None = None) -> list[tuple[str, str]]:
    return sorted((r.type, r.kind.value) for r in _records(text, lang, published))


def _dates(text: str, lang: str, published: str | None = None) -> list[tuple[str, str]]:
    out = []
    for r in _records(text, lang, published):
        d = getattr(r, "date", None) or getattr(r, "signed", None) \
            or getattr(r, "established", None)
        out.append((r.type, str(d)))
    return sorted(out)


# --- one city under two gazetteer records ("창원특례시" and "창원시") is one actor -----------

def _place(start: int, text: str, actor: str, name: str, geo: int, sub: str = "KR-48",
           country: str = "KR", kind: str = "city") -> Mention:
    return Mention(kind="place", start=start, end=start + len(text), text=text, actor=actor,
                   actor_type=kind, name=name, country=country, subdivision=sub, geonames=geo)


def test_a_city_named_with_and_without_its_generic_word_is_one_actor() -> None:
    a = _place(0, "창원특례시", "city-changwonsi", "Changwon-si", 1846322)
    b = _place(30, "창원시", "city-changwon", "Changwon", 1846326)
    assert {m.geonames for m in one_city([a, b])} == {1846322}


@pytest.mark.parametrize(("name_b", "sub_b", "country_b"), [
    ("Gimhae", "KR-48", "KR"),  # another name
    ("Changwon", "KR-41", "KR"),  # another province
    ("Changwon", "KR-48", "JP"),  # another country
])
def test_cities_of_other_names_provinces_or_countries_stay_apart(
        name_b: str, sub_b: str, country_b: str) -> None:
    a = _place(0, "창원특례시", "city-changwonsi", "Changwon-si", 1846322)
    b = _place(30, "X", "city-x", name_b, 1, sub=sub_b, country=country_b)
    assert [m.geonames for m in one_city([a, b])] == [1846322, 1]


def test_a_region_of_the_same_name_stays_a_region() -> None:
    a = _place(0, "제주시", "city-jeju", "Jeju City", 1846266, sub="KR-49")
    b = _place(20, "제주도", "region-jeju", "Jeju-do", 1846265, sub="KR-49", kind="region")
    assert [m.actor for m in one_city([a, b])] == ["city-jeju", "region-jeju"]


def test_a_tie_told_in_the_headline_and_the_lead_is_one_candidate_ko() -> None:
    t = ("일본 야마구치시, 창원특례시와 자매도시 결연\n"
         "창원시는 자매도시인 일본 야마구치시 시장 일행이 창원시를 방문했다고 말했다.")
    parts = [r for r in _records(t, "ko") if r.type == "partnership"]
    assert len(parts) == 1


# --- the day of the statement is not the day of what it reports --------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("제주시는 중국 래주시 부시장 일행이 제주시를 방문했다고 15일 밝혔다.", "ko"),
    ("수원시는 베트남 후에시 대표단이 수원시를 방문했다고 지난 3일 전했다.", "ko"),
    ("A delegation from Hue visited Suwon, the mayor of Suwon said on Tuesday.", "en"),
    ("静岡市は、中国の寧波市の代表団が静岡市を訪問したと10日、発表した。", "ja"),
    ("宁波市外办10日表示,静冈市代表团访问了宁波市。", "zh"),
])
def test_a_date_beside_a_reporting_verb_dates_no_record(text: str, lang: str) -> None:
    found = _dates(text, lang, "2024-05-20")
    assert found and all(d == "None" for _, d in found)


@pytest.mark.parametrize(("text", "lang", "date"), [
    ("제주시는 중국 래주시 부시장 일행이 15일 제주시를 방문했다.", "ko", "2024-05-15"),
    ("A delegation from Hue visited Suwon on Tuesday, the mayor said.", "en", "2024-05-14"),
    ("中国の寧波市の代表団が10日、静岡市を訪問した。", "ja", "2024-05-10"),
    ("10日,静冈市代表团访问了宁波市。", "zh", "2024-05-10"),
])
def test_a_date_of_the_occurrence_itself_stays(text: str, lang: str, date: str) -> None:
    assert ("event", date) in _dates(text, lang, "2024-05-20")


# --- an occurrence one side only asks for -------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("야마구치시는 창원시에 내년 야마구치시 답방을 요청했다.", "ko"),
    ("宮崎市長は浦項市に来年の浦項市訪問を要請した。", "ja"),
])
def test_a_visit_only_asked_for_is_no_candidate(text: str, lang: str) -> None:
    assert not [r for r in _records(text, lang) if r.type == "event"]


@pytest.mark.parametrize(("text", "lang"), [
    ("야마구치시의 요청에 따라 창원시 대표단이 야마구치시를 방문했다.", "ko"),
    ("浦項市長は宮崎市を訪問し、協力を求めた。", "ja"),
])
def test_a_visit_made_at_a_request_stays(text: str, lang: str) -> None:
    assert ("event", "visit") in _kinds(text, lang)


# --- a yearly custom is no occurrence ------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("중국 래주시 공연단은 해마다 제주시를 방문하고 있다.", "ko"),
    ("Every year a delegation from Suwon City visits Hue City.", "en"),
    ("寧波市の代表団は毎年、静岡市を訪問している。", "ja"),
    ("静冈市代表团每年访问宁波市。", "zh"),
    ("Hằng năm, đoàn đại biểu thành phố Huế thăm thành phố Suwon.", "vi"),
])
def test_an_event_told_as_a_yearly_custom_is_no_candidate(text: str, lang: str) -> None:
    assert not [r for r in _records(text, lang) if r.type == "event"]


@pytest.mark.parametrize(("text", "lang"), [
    ("중국 래주시 부시장 일행이 제주시를 방문했다.", "ko"),
    ("A delegation from Suwon City visited Hue City in 2023.", "en"),
    ("寧波市の代表団が静岡市を訪問した。", "ja"),
    ("静冈市代表团访问了宁波市。", "zh"),
])
def test_a_single_visit_stays(text: str, lang: str) -> None:
    assert ("event", "visit") in _kinds(text, lang)


# --- arrival words tell a visit ------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("A delegation from Suwon City arrived in Hue City on Monday.", "en"),
    ("寧波市の代表団が静岡市に到着した。", "ja"),
    ("静冈市代表团抵达宁波市。", "zh"),
    ("야마구치시 대표단이 창원시에 도착했다.", "ko"),
])
def test_an_arrival_is_a_visit(text: str, lang: str) -> None:
    assert ("event", "visit") in _kinds(text, lang)


def test_an_arrival_with_no_second_party_is_no_visit() -> None:
    assert not _records("The day has finally arrived.", "en")


# --- the name after "UBND thành phố" is its officer's ------------------------------------

def _people_and_places(text: str, lang: str) -> list[tuple[str, str]]:
    x = extract(text, lang=lang)
    return [(m.kind, m.text) for m in x.mentions if m.kind in ("person", "place")]


@pytest.mark.parametrize(("text", "name"), [
    ("Chủ tịch UBND thành phố Lê Trung Chinh tiếp Thị trưởng thành phố Daejeon.",
     "Lê Trung Chinh"),
    ("Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn tiếp Thị trưởng thành phố Daejeon.",
     "Nguyễn Văn Sơn"),
    ("Chủ tịch HĐND thành phố Trần Thị Hoa tiếp đoàn đại biểu thành phố Daejeon.",
     "Trần Thị Hoa"),
])
def test_an_officer_named_after_the_organ_of_the_city_is_a_person(text: str, name: str) -> None:
    found = _people_and_places(text, "vi")
    assert ("person", name) in found
    assert not [t for k, t in found if k == "place" and name in t]


@pytest.mark.parametrize(("text", "place"), [
    ("Chủ tịch UBND tỉnh Quảng Nam tiếp Thị trưởng thành phố Daejeon.", "tỉnh Quảng Nam"),
    ("Đoàn đại biểu UBND thành phố Daejeon thăm tỉnh Quảng Nam.", "thành phố Daejeon"),
])
def test_a_place_named_after_the_organ_stays_a_place(text: str, place: str) -> None:
    assert ("place", place) in _people_and_places(text, "vi")


def test_a_standing_vice_chairman_is_no_person_named_thuong() -> None:
    t = "Phó Chủ tịch Thường trực UBND thành phố Hồ Kỳ Minh tiếp Thị trưởng thành phố Daejeon."
    found = _people_and_places(t, "vi")
    assert ("person", "Hồ Kỳ Minh") in found
    assert not [t for k, t in found if k == "person" and "Thường" in t]


# --- a list of partners that says who the guests are is no news of ties --------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("9月27日上午,常州市市长会见了荷兰蒂尔堡市、芬兰波里市、韩国春川市、美国布法罗市等友好城市代表团。",
     "zh"),
    ("Mayor Kim of Suwon City met the sister city delegations of Kobe, Lyon, Hanoi and Hue "
     "in Suwon City.", "en"),
])
def test_a_list_of_partners_naming_the_guests_gives_no_partnership(text: str, lang: str) -> None:
    assert not [r for r in _records(text, lang) if r.type == "partnership"]


def test_a_list_of_new_partners_stays() -> None:
    t = "Suwon City signed sister city agreements with Kobe, Lyon and Hanoi on 5 May 2024."
    assert len([r for r in _records(t, "en") if r.type == "partnership"]) >= 2


# --- a month without its year after a paragraph telling another year ---------------------

def test_a_bare_month_after_another_year_in_the_paragraph_is_undated() -> None:
    t = ("Mayor Kim of Suwon City visited Hue City in May 2016. In September, a delegation of "
         "Hue City visited Suwon City.")
    assert _dates(t, "en", "2018-09-28") == [("event", "2016-05"), ("event", "None")]


@pytest.mark.parametrize(("text", "date"), [
    # a day read against the publication date keeps it
    ("Mayor Kim of Suwon City visited Hue City in May 2016. On Tuesday, a delegation of "
     "Hue City visited Suwon City.", "2018-09-25"),
    # a month in a paragraph of its own
    ("Mayor Kim of Suwon City visited Hue City in May 2016.\nIn September, a delegation of "
     "Hue City visited Suwon City.", "2018-09"),
    # the paragraph names the same year
    ("Suwon City and Hue City signed an agreement in May 2018. In September, a delegation "
     "of Hue City visited Suwon City.", "2018-09"),
])
def test_a_date_read_against_the_publication_day_stays(text: str, date: str) -> None:
    assert ("event", date) in _dates(text, "en", "2018-09-28")
