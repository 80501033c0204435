"""Round 29 extraction rules, on phrases of the development set ``bench/extract_devset29``.

Each phrase is extracted once (module-level cache): a Korean surname that is also a particle
("이", Lee) before a title, a Korean title whose particle ends its phrase ("시장을 포함한"),
the Korean visit verb in its other forms ("찾은", "찾았다") and deputy titles ("부시장"),
a Chinese foreign name joined by "·" after a title, and a doubled city marker before a
Chinese title ("华盛顿市市长": the mayor of Washington city, no person called 华盛顿市).
The English possessive between two places is tested in ``test_extract_parties.py``.
"""

from __future__ import annotations

from functools import cache

from citydiplo import Extraction, extract


@cache
def _x(text: str, lang: str, published: str | None = None) -> Extraction:
    return extract(text, lang=lang, published=published)


def _people(x: Extraction) -> list[str]:
    return sorted(m.name or "" for m in x.mentions if m.kind == "person")


def test_ko_a_surname_that_is_also_a_particle_is_a_name_before_its_title() -> None:
    # newsone.co.kr: "이장우 대전시장" (Lee Jang-woo, mayor of Daejeon); 이 is also a particle
    x = _x("이장우 시장은 김철수 교수와 함께 브리즈번을 방문했다.", "ko")
    assert _people(x) == ["김철수", "이장우"]
    (event,) = x.dataset.events
    assert {"person-이장우", "person-김철수", "city-brisbane"} <= set(event.actors)


def test_ko_a_title_with_its_particle_names_no_one_after_it() -> None:
    # sports.chosun.com (Yonhap): "... 시모노세키시 시장을 포함한 대표단을 만나" (met the
    # delegation including the mayor of Shimonoseki): 포함한 (including) is no one's name
    x = _x("박형준 시장은 지난 20일 오후 시청 국제의전실에서 마에다 신타로 일본 시모노세키시 "
           "시장을 포함한 대표단을 만나 상호 교류와 협력 방안을 논의했다고 21일 밝혔다.",
           "ko", "2024-11-21")
    assert "포함한" not in _people(x)
    assert "박형준" in _people(x)
    # a title followed by a space and a name still names that person
    assert _people(_x("시장 박형준은 시모노세키시를 방문했다.", "ko")) == ["박형준"]


def test_ko_visit_verb_in_its_past_and_adnominal_forms() -> None:
    # "대전을 찾은 크리스타 아담스 부시장" (Deputy Mayor Krista Adams, who came to Daejeon)
    x = _x("브리즈번 대표단이 지난 12일 대전시를 찾았다.", "ko", "2024-11-21")
    (event,) = x.dataset.events
    assert event.kind.value == "visit"
    assert set(event.actors) == {"city-brisbane", "city-daejeon"}
    assert str(event.date) == "2024-11-12"
    # "찾은" in "해결책을 찾은 뒤" (after finding a solution) visits no one: no place there
    assert not _x("양 도시는 해결책을 찾은 뒤 협약을 체결했다.", "ko").dataset.events


def test_ko_deputy_mayor_is_a_title() -> None:
    assert _people(_x("김철수 부시장은 브리즈번을 방문했다.", "ko")) == ["김철수"]


def test_zh_a_foreign_name_joined_by_a_middle_dot_after_a_title_is_whole() -> None:
    # yingtao855.com (Beijing Daily): "華盛頓市市長文森特·格雷" (Vincent Gray)
    assert "文森特·格雷" in _people(_x("市长文森特·格雷访问北京。", "zh"))
    assert "拉萨罗·布凯尔" in _people(_x("市长拉萨罗·布凯尔率团访问北京。", "zh"))
    # a name with no joiner is read as before
    assert _people(_x("市长王安顺会见了代表团。", "zh")) == ["王安顺"]


def test_zh_a_doubled_city_marker_before_a_title_is_the_place_of_the_office() -> None:
    text = ("今年是北京与美国华盛顿市建立友好城市关系30周年。昨天,市长王安顺会见了到访的"
            "华盛顿市市长文森特·格雷一行。")
    x = _x(text, "zh", "2014-09-05")
    assert _people(x) == ["文森特·格雷", "王安顺"]
    places = [m.text for m in x.mentions if m.kind == "place"]
    assert places.count("华盛顿市") == 2
    meeting = [e for e in x.dataset.events if str(e.date) == "2014-09-04"]
    assert meeting and {"person-王安顺", "person-文森特格雷"} <= set(meeting[0].actors)


def test_ko_a_glued_office_with_no_particle_after_it_names_its_holder_and_place() -> None:
    # newsone.co.kr: "이장우 대전시장 12일 17시 ... 접견하고" (Mayor Lee Jang-woo of Daejeon,
    # on the 12th at 17:00, received ...): a photo note, no particle after the office
    x = _x("이장우 대전시장 12일 브리즈번을 방문했다.", "ko", "2024-11-21")
    assert _people(x) == ["이장우"]
    (event,) = x.dataset.events
    assert set(event.actors) == {"person-이장우", "city-daejeon", "city-brisbane"}


def test_ko_a_name_with_its_original_in_brackets_before_a_title() -> None:
    # newsone.co.kr: "크리스타 아담스(Krista Adams) 부시장" (Deputy Mayor Krista Adams)
    x = _x("크리스타 아담스(Krista Adams) 부시장은 대전을 방문했다.", "ko")
    assert _people(x) == ["크리스타 아담스"]
    # the office is hers, not Daejeon's (the place read after the title)
    assert [m.title for m in x.mentions if m.kind == "place"] == [None]
    assert _people(_x("이장우(李莊雨) 시장은 브리즈번을 방문했다.", "ko")) == ["이장우"]
    # a bracket after an organisation names no one
    assert _people(_x("UCLG(세계지방정부연합) 총회가 열렸다.", "ko")) == []


def test_ja_a_name_with_its_reading_in_brackets_before_an_office_of_a_place() -> None:
    # pref.kanagawa.jp (devset 27): "金文洙(キム・ムンス)京畿道知事" (Kim Moon-soo, governor)
    x = _x("松沢知事と金文洙(キム・ムンス)京畿道知事が会談を行った。", "ja")
    assert _people(x) == ["松沢", "金文洙"]


def test_ko_the_day_a_statement_reports_is_the_other_day_of_its_sentence() -> None:
    # sports.chosun.com (Yonhap), 21 November 2024: "지난 20일 ... 만나 ... 논의했다고 21일
    # 밝혔다" (said on the 21st that he met them on the 20th)
    x = _x("박형준 시장은 지난 20일 오후 시청 국제의전실에서 마에다 신타로 일본 시모노세키시 "
           "시장을 포함한 대표단을 만나 상호 교류와 협력 방안을 논의했다고 21일 밝혔다.",
           "ko", "2024-11-21")
    assert [str(e.date) for e in x.dataset.events] == ["2024-11-20"]
    # no other day: undated, as before
    x = _x("제주시는 중국 래주시 부시장 일행이 제주시를 방문했다고 15일 밝혔다.", "ko",
           "2012-02-15")
    assert [str(e.date) for e in x.dataset.events] == ["None"]
    # a year the sentence recalls (the tie of 1998) dates no visit
    x = _x("제주시는 1998년 자매결연을 맺은 중국 래주시 부시장 일행이 제주시를 방문했다고 15일 "
           "밝혔다.", "ko", "2012-02-15")
    assert [str(e.date) for e in x.dataset.events] == ["None"]


def test_en_municipal_offices_are_titles() -> None:
    # orissapost.com: "by BMC Commissioner Rajesh Patil and Mayor Das", "City Manager Pamela
    # Wu"
    x = _x("Earlier, the delegates were accorded a warm welcome by BMC Commissioner Rajesh "
           "Patil and Mayor Das.", "en")
    assert [(m.name, m.title) for m in x.mentions if m.kind == "person"] == [
        ("Rajesh Patil", "Commissioner"), ("Das", "Mayor")]
    x = _x("Lord Mayor Sally Capp and City Manager Pamela Wu visited Tianjin.", "en")
    assert _people(x) == ["Pamela Wu", "Sally Capp"]
    # the office with no name after it names no one
    assert _people(_x("The commissioner said the city would host the delegation.", "en")) == []
