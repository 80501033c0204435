"""Families of faults found by the blind set extract_devset13 (all ten languages): literal
cases.

Each family has positive cases (the fault, fixed) and negative ones (what the rule must leave
alone). The sentences are written for the rules; none is copied from an article of the set.
"""

from __future__ import annotations

from typing import Any

import pytest

from citydiplo import extract


def _records(text: str, lang: str, published: str | None = None) -> list[Any]:
    return list(extract(text, lang=lang, published=published).records)


def _names(x: Any, ids: Any) -> set[str]:
    labels = {a.id: a.name for a in x.dataset.actors}
    return {labels.get(i, i) for i in ids}


# --- a letter of intent and the agreement that follows it are two documents ----------------

LETTER = [
    (
        "ko",
        "안동시는 10일 중국 정저우시와 우호교류 협약을 체결했다고 밝혔다. 정저우시는 2015년 "
        "안동시와 우호교류 의향서를 체결하는 등 교류를 이어오고 있다.",
    ),
    (
        "en",
        "The City of Seattle signed a friendship agreement with the City of Kobe on Monday. "
        "Seattle and Kobe had signed a letter of intent in 2015.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), LETTER)
def test_a_letter_of_intent_told_apart_is_a_document_of_its_own(lang: str, text: str) -> None:
    kinds = sorted(r.kind.value for r in _records(text, lang) if r.type == "agreement")
    assert len(kinds) == 2, kinds
    assert "letter_of_intent" in kinds


def test_one_sentence_naming_a_letter_stays_one_agreement() -> None:
    text = "沧州市与阿鲁沙市签订友好合作城市关系意向书。"
    agreements = [r for r in _records(text, "zh") if r.type == "agreement"]
    assert len(agreements) == 1


def test_an_agreement_told_twice_stays_one() -> None:
    text = (
        "The City of Seattle signed a friendship agreement with the City of Kobe on Monday. "
        "Seattle and Kobe signed the friendship agreement at the city hall."
    )
    assert len([r for r in _records(text, "en") if r.type == "agreement"]) == 1


# --- a sister-city agreement with several places listed is one with each --------------------

LISTED = [
    ("zh", "济宁市与日本足利市、韩国荣州市签署友好城市协议。", 2),
    ("zh", "济宁市与日本足利市、韩国荣州市、日本小松市签署友好城市协议。", 3),
]


@pytest.mark.parametrize(("lang", "text", "count"), LISTED)
def test_a_sister_city_agreement_ties_two_places(lang: str, text: str, count: int) -> None:
    agreements = [r for r in _records(text, lang) if r.type == "agreement"]
    assert len(agreements) == count
    assert all(len(r.parties) == 2 for r in agreements)


def test_a_cooperation_agreement_of_three_stays_one() -> None:
    text = "济宁市与日本足利市、韩国荣州市签署经贸合作协议。"
    agreements = [r for r in _records(text, "zh") if r.type == "agreement"]
    assert len(agreements) <= 1


# --- "the X borough of Y": Y only locates X -------------------------------------------------


def test_the_city_a_borough_lies_in_is_no_side() -> None:
    text = (
        "A twin cities agreement was signed on Thursday between the city of Bat Yam and "
        "the Manhattan borough of New York City."
    )
    x = extract(text, lang="en")
    for r in x.records:
        if r.type in ("partnership", "agreement"):
            assert "New York City" not in _names(x, r.parties)
    assert any(r.type == "partnership" for r in x.records)


def test_new_york_city_as_a_side_stays() -> None:
    text = "New York City and Tokyo signed a sister city agreement in 1960."
    x = extract(text, lang="en")
    parties = [_names(x, r.parties) for r in x.records if r.type == "partnership"]
    assert parties and "New York City" in parties[0]


# --- "cities of the USA": a country after a place marker is the country ---------------------

COUNTRY_AFTER_MARKER = [
    ("ru", "В список городов-побратимов Новосибирска входят города США, Японии и Китая."),
    ("ru", "Среди побратимов Хабаровска есть города США и Японии."),
]


@pytest.mark.parametrize(("lang", "text"), COUNTRY_AFTER_MARKER)
def test_a_country_after_a_place_marker_is_no_twin_town(lang: str, text: str) -> None:
    x = extract(text, lang=lang)
    assert not any(a.type == "city" and a.name in ("США", "Японии") for a in x.dataset.actors)
    assert not [r for r in x.records if r.type == "partnership"]


def test_a_named_twin_town_stays() -> None:
    text = "Новосибирск и Севастополь стали городами-побратимами."
    assert [r for r in _records(text, "ru") if r.type == "partnership"]


# --- what a town does every year is a custom, not an occurrence (he, ru, fa, hi, gu) ---------

RECURRING = [
    ("he", "מדי שנה מגיעה משלחת מהעיר פוטסדאם לביקור בחיפה.", "משלחת מהעיר פוטסדאם"),
    ("ru", "Ежегодно делегация Харбина посещает Хабаровск.", "Ежегодно делегация"),
    ("fa", "هر ساله هیئتی از شهر کازان از اصفهان بازدید می کند.", "هر ساله هیئتی"),
    ("hi", "जापान के हमामात्सु शहर का प्रतिनिधिमंडल हर साल अहमदाबाद का दौरा करता है।", "हर साल"),
    ("gu", "જાપાનના હમામાત્સુ શહેરનું પ્રતિનિધિમંડળ દર વર્ષે અમદાવાદની મુલાકાત લે છે.", "દર વર્ષે"),
]


@pytest.mark.parametrize(("lang", "text", "_part"), RECURRING)
def test_a_yearly_custom_is_no_event(lang: str, text: str, _part: str) -> None:
    assert not [r for r in _records(text, lang) if r.type == "event"]


ONCE = [
    ("ru", "Делегация Харбина посетила Хабаровск 12 мая 2023 года."),
    ("hi", "जापान के हमामात्सु शहर का प्रतिनिधिमंडल अहमदाबाद का दौरा करता है।"),
    ("gu", "જાપાનના હમામાત્સુ શહેરનું પ્રતિનિધિમંડળ અમદાવાદની મુલાકાત લે છે."),
]


@pytest.mark.parametrize(("lang", "text"), ONCE)
def test_a_visit_told_once_stays(lang: str, text: str) -> None:
    assert [r for r in _records(text, lang) if r.type == "event"]


# --- a town built by a place marker does not begin inside a person's name --------------------


def test_a_marker_town_inside_a_mayors_name_is_no_place() -> None:
    text = (
        "济宁市新缔结 3个国际友好城市 石光亮代表市政府签约 并会见友城代表团\n\n"
        "9月27日,市长石光亮代表市政府与日本足利市签署友好城市协议。"
    )
    x = extract(text, lang="zh")
    assert not any(a.name == "亮代表市" for a in x.dataset.actors)
    assert any(a.name == "Jining" for a in x.dataset.actors)


def test_a_marker_town_after_a_name_stays() -> None:
    text = "市长石光亮会见了日本足利市代表团。石光亮与足利市签署友好城市协议。"
    x = extract(text, lang="zh")
    assert any(a.name == "Ashikaga" for a in x.dataset.actors)


def test_a_country_in_a_quoted_title_is_no_participant() -> None:
    text = (
        "Челябинск и Далянь подписали соглашение о побратимстве. Документ был подписан на "
        "общероссийском форуме «Города России», сообщили в пресс-службе."
    )
    x = extract(text, lang="ru")
    for r in x.records:
        if r.type == "event":
            assert "country-ru" not in r.actors


# --- a known actor comes with the known actors it refers to ----------------------------------


def test_a_registered_envoy_brings_the_country_of_the_role() -> None:
    from citydiplo import City, Country, Dataset, Person, PersonRole, validate

    known = Dataset(
        actors=[
            Country(id="jp", name="Japan", country="JP"),
            City(id="ub", name="Ulaanbaatar", names={"en": ["Ulaanbaatar"]}, country="MN"),
            Person(
                id="takaoka",
                name="Masato Takaoka",
                names={"en": ["Masato Takaoka"]},
                roles=(PersonRole(title="Ambassador", of="jp"),),
            ),
        ]
    )
    text = "Masato Takaoka met the Mayor of Ulaanbaatar on 5 January 2017."
    x = extract(text, lang="en", known=known)
    assert "takaoka" in {a.id for a in x.dataset.actors}
    assert not validate(x.dataset).errors
