"""Literal cases for candidate collapsing, date ownership and roles by clause
(``citydiplo._extract._build`` and ``_rules``); each rule with a positive and a negative case."""

from __future__ import annotations

import pytest

from citydiplo import extract


def _events(text: str, lang: str) -> list[tuple[str, str, list[tuple[str, str]], int]]:
    x = extract(text, lang=lang)
    return [(r.kind.value, str(r.date), sorted((p.actor, p.role.value) for p in r.participants),
             len(r.citations)) for r in x.records if r.type == "event"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In August 2024, a delegation of Suwon City visited Hue City. The mayor of Hue City "
           "welcomed the delegation that visited Hue City in August 2024."),
    ("vi", "Tháng 8/2024, đoàn đại biểu thành phố Suwon thăm thành phố Huế. Tháng 8/2024, "
           "đoàn thành phố Suwon thăm thành phố Huế và làm việc tại thành phố Huế."),
])
def test_one_dated_visit_told_twice_is_one_record(lang: str, text: str) -> None:
    events = [e for e in _events(text, lang) if e[0] == "visit"]
    assert len(events) == 1
    _kind, date, participants, citations = events[0]
    assert date == "2024-08" and citations == 2
    assert ("city-hue", "host") in participants


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In July 2024, the mayor of Suwon City visited Hue City. In July 2024, the mayor of "
           "Suwon City visited Da Nang City."),
    ("vi", "Tháng 7/2024, đoàn thành phố Suwon thăm thành phố Huế. Tháng 7/2024, đoàn thành "
           "phố Suwon thăm thành phố Đà Nẵng."),
])
def test_visits_to_two_hosts_in_one_month_stay_two(lang: str, text: str) -> None:
    visits = [e for e in _events(text, lang) if e[0] == "visit"]
    assert len(visits) == 2
    assert all(e[3] == 1 for e in visits)


def test_undated_events_are_not_collapsed_by_a_shared_actor() -> None:
    text = ("The mayor of Suwon City visited Hue City. The mayor of Suwon City visited "
            "Da Nang City.")
    assert len([e for e in _events(text, "en") if e[0] == "visit"]) == 2


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hanam City signed a sister city agreement with Little Rock City in 1994; this year "
           "the mayor of Little Rock City visited Hanam City."),
    ("en", "Suwon City and Hue City signed a sister-city agreement in 1994; this year the two "
           "cities celebrate the 30th anniversary."),
])
def test_a_date_owned_by_another_clause_dates_nothing_else(lang: str, text: str) -> None:
    x = extract(text, lang=lang)
    assert [str(r.date) for r in x.records if r.type == "event"] == ["None"]
    assert {str(r.date) for r in x.records if r.type != "event"} == {"1994"}


def test_a_date_in_a_clause_without_a_cue_still_dates_the_sentence() -> None:
    text = "In May 2024, according to the city, the mayor of Suwon City visited Hue City."
    assert [e[1] for e in _events(text, "en")] == ["2024-05"]


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("zh", "武汉市与大分市签订2017年度友好交流协议。武汉市与大分市。", "None"),
    ("ja", "上尾市と本宮市が2013年度友好都市協定を締結しました。", "None"),
    ("zh", "2017年武汉市与大分市签订友好交流协议。武汉市与大分市。", "2017"),
])
def test_a_fiscal_year_names_the_period_not_the_signing(lang: str, text: str, date: str) -> None:
    x = extract(text, lang=lang)
    agreements = [r for r in x.records if r.type == "agreement"]
    assert agreements and {str(r.signed) for r in agreements} == {date}


@pytest.mark.parametrize(("lang", "text", "host", "guest"), [
    ("en", "The mayor of Hue City welcomed the delegation of Suwon City that visited Hue City.",
     "city-hue", "city-suwon"),
    ("en", "The delegation of Suwon City visited Hue City.", "city-hue", "city-suwon"),
])
def test_a_reception_before_a_visit_gives_the_roles(lang: str, text: str, host: str,
                                                     guest: str) -> None:
    (event,) = [e for e in _events(text, lang) if e[0] == "visit"]
    assert (host, "host") in event[2]
    assert (guest, "visitor") in event[2]


def test_roles_come_from_the_cue_clause() -> None:
    text = ("Hanam City signed a sister city agreement with Little Rock City in 1994; this year "
            "the mayor of Little Rock City visited Hanam City.")
    (event,) = _events(text, "en")
    assert event[2] == [("city-hanam", "host"), ("city-littlerock", "visitor")]
