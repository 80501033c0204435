"""Query helpers on Dataset: partners, look-up by name, anniversaries, dormant partnerships."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings

import citydiplo as cd
from citydiplo import (
    Agreement,
    AmbiguousNameError,
    City,
    Dataset,
    DateRange,
    Document,
    Event,
    PartialDate,
    Participant,
    Partnership,
    Region,
    UnknownNameError,
)
from tests.strategies import datasets


@pytest.fixture(scope="module")
def ds() -> Dataset:
    """Actors and records from the seed articles (Gwangju, Hanam, Da Nang)."""
    return Dataset.of(
        [
            City(
                id="gwangju-gg",
                name="Gwangju",
                names={"ko": ["광주시"], "en": ["Gyeonggi Gwangju City"]},
                country="KR",
                subdivision="KR-41",
            ),
            City(
                id="gwangju-kr29",
                name="Gwangju",
                names={"ko": ["광주광역시"], "en": ["Gwangju Metropolitan City"]},
                country="KR",
                subdivision="KR-29",
            ),
            City(id="zibo", name="Zibo", names={"zh": ["淄博市"]}, country="CN"),
            City(id="ha-long", name="Ha Long", names={"vi": ["Hạ Long"]}, country="VN"),
            City(id="donghae", name="Donghae", names={"ko": ["동해시"]}, country="KR"),
            City(
                id="hanam",
                name="Hanam",
                names={"ko": ["하남시"], "he": ["חנם", "האנם"], "gu": ["હનમ"]},
                country="KR",
                subdivision="KR-41",
            ),
            Region(id="ha-nam", name="Hà Nam", names={"vi": ["Tỉnh Hà Nam"]}, country="VN"),
            City(id="little-rock", name="Little Rock", country="US", subdivision="US-AR"),
            City(id="da-nang", name="Da Nang", names={"fa": ["دانانگ"], "vi": ["Đà Nẵng"]}),
            cd.Organization(id="politburo", name="Politburo", country="VN"),
            Partnership(
                id="gwangju-zibo",
                parties=("gwangju-gg", "zibo"),
                kind="sister",
                status="active",
                established=PartialDate("2003"),
            ),
            Partnership(id="gwangju-halong", parties=("gwangju-gg", "ha-long"), kind="friendship"),
            Partnership(
                id="gwangju-donghae",
                parties=("gwangju-gg", "donghae"),
                kind="partner",
                established=PartialDate("2008-05"),
                ended=PartialDate("2015"),
            ),
            Partnership(
                id="hanam-little-rock",
                parties=("hanam", "little-rock"),
                kind="friendship",
                established=PartialDate("2013-10-14"),
            ),
            Partnership(id="dangling", parties=("zibo", "atlantis"), kind="sister"),
            Agreement(
                id="mou",
                kind="mou",
                parties=("gwangju-gg", "zibo"),
                fields=["culture", "youth"],
                signed=PartialDate("2024-04"),
            ),
            Agreement(
                id="sister-agreement",
                kind="sister_city",
                parties=("hanam", "little-rock"),
                signed=PartialDate("2013-10-14"),
            ),
            Event(
                id="visit",
                kind="visit",
                date=PartialDate("2024-07"),
                participants=[
                    Participant(actor="hanam", role="visitor"),
                    Participant(actor="little-rock", role="host"),
                ],
            ),
            Event(
                id="festival",
                kind="festival",
                date=DateRange("2025-41/.."),
                participants=[Participant(actor="gwangju-gg", role="host")],
            ),
            Document(
                id="resolution-59",
                kind="resolution",
                number="59-NQ/TW",
                issuer="politburo",
                date=PartialDate("2025-01-24"),
            ),
        ]
    )


# -- partners -----------------------------------------------------------------------------


def test_partners_by_id_name_and_actor(ds: Dataset) -> None:
    by_id = {p.actor.id for p in ds.partners("gwangju-gg")}
    assert by_id == {"zibo", "ha-long", "donghae"}
    assert {p.actor.id for p in ds.partners("淄博")} == {"gwangju-gg"}
    assert {p.actor.id for p in ds.partners(ds.actor("little-rock"))} == {"hanam"}
    partner = ds.partners("zibo")[0]
    assert partner.partnership.id == "gwangju-zibo"


def test_partners_leave_out_parties_that_are_no_actor(ds: Dataset) -> None:
    assert [p.partnership.id for p in ds.partners("zibo")] == ["gwangju-zibo"]


def test_partners_at_a_date_keep_what_may_be_in_force(ds: Dataset) -> None:
    at_2010 = {p.actor.id for p in ds.partners("gwangju-gg", at="2010")}
    assert at_2010 == {"zibo", "ha-long", "donghae"}  # undated ha-long: may be in force
    at_2020 = {p.actor.id for p in ds.partners("gwangju-gg", at=PartialDate("2020-06"))}
    assert at_2020 == {"zibo", "ha-long"}  # donghae ended in 2015
    at_2002 = {p.actor.id for p in ds.partners("gwangju-gg", at=datetime.date(2002, 5, 1))}
    assert at_2002 == {"ha-long"}
    # a partnership established "2003" may be in force on any day of 2003
    assert "zibo" in {p.actor.id for p in ds.partners("gwangju-gg", at="2003-01-01")}


def test_partners_by_kind_and_status(ds: Dataset) -> None:
    assert [p.actor.id for p in ds.partners("gwangju-gg", kind="sister")] == ["zibo"]
    assert [p.actor.id for p in ds.partners("gwangju-gg", status="active")] == ["zibo"]
    with pytest.raises(cd.InvalidModelError, match="'twin'"):
        ds.partners("gwangju-gg", kind="twin")


def test_partners_of_an_actor_without_partners(ds: Dataset) -> None:
    assert ds.partners("politburo") == []


# -- find and resolve ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Hanam City", {"hanam", "ha-nam"}),
        ("하남시", {"hanam"}),
        ("하남", {"hanam"}),
        ("עיר חנם", {"hanam"}),
        ("האנם", {"hanam"}),
        ("હનમ સિટી", {"hanam"}),
        ("DA NANG", {"da-nang"}),
        ("Đà Nẵng", {"da-nang"}),
        ("شهر دانانگ", {"da-nang"}),
        ("Halong", {"ha-long"}),
        ("Little\u200bRock", {"little-rock"}),
        ("Tỉnh Hà Nam", {"ha-nam"}),  # the label with its generic word
    ],
)
def test_find_in_any_language_and_script(ds: Dataset, name: str, expected: set[str]) -> None:
    assert {a.id for a in ds.find(name)} == expected


def test_find_by_language_and_kind(ds: Dataset) -> None:
    assert [a.id for a in ds.find("Hanam", kind="region")] == ["ha-nam"]
    assert [a.id for a in ds.find("Hanam", kind=City)] == ["hanam"]
    assert [a.id for a in ds.find("חנם", lang="he")] == ["hanam"]
    assert ds.find("חנם", lang="ko") == []


def test_resolve_the_two_gwangjus_is_ambiguous(ds: Dataset) -> None:
    with pytest.raises(AmbiguousNameError) as caught:
        ds.resolve("Gwangju")
    assert caught.value.candidates == (
        "gwangju-gg (Gwangju, KR, KR-41)",
        "gwangju-kr29 (Gwangju, KR, KR-29)",
    )
    assert isinstance(caught.value, LookupError)
    # a name carrying its generic word designates the one labelled with it
    assert ds.resolve("광주시").id == "gwangju-gg"
    assert ds.resolve("광주광역시").id == "gwangju-kr29"
    assert ds.resolve("Gyeonggi Gwangju City").id == "gwangju-gg"


def test_resolve_hanam_and_ha_nam_collide_without_spaces(ds: Dataset) -> None:
    """Spaces are ignored in look-up keys, so "Hanam" also names the province Hà Nam."""
    with pytest.raises(AmbiguousNameError, match="ha-nam") as caught:
        ds.resolve("Hanam")
    assert "hanam (Hanam, KR, KR-41)" in caught.value.candidates
    assert ds.resolve("Hanam", country="KR").id == "hanam"
    assert ds.resolve("Hanam", country="Viet Nam").id == "ha-nam"
    assert ds.resolve("Hanam", kind="city").id == "hanam"
    assert ds.resolve("하남시").id == "hanam"


def test_resolve_unknown_name_suggests(ds: Dataset) -> None:
    with pytest.raises(UnknownNameError, match="did you mean") as caught:
        ds.resolve("Little Rok")
    assert caught.value.suggestions == ("Little Rock",)
    with pytest.raises(UnknownNameError):
        ds.resolve("Zibo", country="KR")


def test_actor_given_by_an_ambiguous_name_is_an_error(ds: Dataset) -> None:
    with pytest.raises(AmbiguousNameError):
        ds.partners("Gwangju")


# -- agreements, events, documents ----------------------------------------------------------


def test_agreements_where(ds: Dataset) -> None:
    assert [a.id for a in ds.agreements_where(between=("Zibo", "gwangju-gg"))] == ["mou"]
    assert [a.id for a in ds.agreements_where(party="little-rock")] == ["sister-agreement"]
    assert [a.id for a in ds.agreements_where(field="youth")] == ["mou"]
    assert [a.id for a in ds.agreements_where(signed="2024")] == ["mou"]
    assert ds.agreements_where(party="hanam", signed="2024") == []


def test_events_where(ds: Dataset) -> None:
    assert [e.id for e in ds.events_where(actor="hanam")] == ["visit"]
    assert [e.id for e in ds.events_where(during="2024")] == ["visit"]
    # an open range from the second half of 2025 may fall in 2030
    assert [e.id for e in ds.events_where(during="2030")] == ["festival"]
    assert [e.id for e in ds.events_where(kind="festival")] == ["festival"]


def test_documents_by_number_in_any_digits(ds: Dataset) -> None:
    assert [d.id for d in ds.documents_where(number="59-nq/tw")] == ["resolution-59"]
    assert [d.id for d in ds.documents_where(number="۵۹-NQ/TW")] == ["resolution-59"]
    assert [d.id for d in ds.documents_where(issuer="Politburo", during="2025")] == [
        "resolution-59"
    ]
    assert ds.documents_where(kind="plan") == []


# -- counts, anniversaries, dormant ---------------------------------------------------------


def test_by_country_counts_partnerships_once_per_country(ds: Dataset) -> None:
    counts = ds.by_country()
    assert counts["KR"] == 4  # gwangju-zibo, gwangju-halong, gwangju-donghae (domestic), hanam
    assert counts["CN"] == 2
    assert counts["US"] == 1
    assert counts["??"] == 1  # atlantis
    assert list(counts) == sorted(counts, key=lambda c: (-counts[c], c))


def test_anniversaries_gwangju_zibo_twentieth_in_2023(ds: Dataset) -> None:
    found = ds.anniversaries(2023)
    assert [(a.record.id, a.years, str(a.date)) for a in found] == [
        ("gwangju-zibo", 20, "2023"),
        ("hanam-little-rock", 10, "2023-10-14"),
        ("sister-agreement", 10, "2023-10-14"),
    ]
    assert [a.record.id for a in ds.anniversaries(2023, every=20)] == ["gwangju-zibo"]
    # donghae partnership (2008) ended in 2015: no anniversary in 2018
    assert "gwangju-donghae" not in {a.record.id for a in ds.anniversaries(2018)}
    with pytest.raises(ValueError, match="every=0"):
        ds.anniversaries(2023, every=0)


def test_anniversary_of_29_february_falls_in_february() -> None:
    ds = Dataset.of(
        [Partnership(id="p", parties=("a", "b"), established=PartialDate("2004-02-29"))]
    )
    assert str(ds.anniversaries(2014)[0].date) == "2014-02"
    assert str(ds.anniversaries(2024)[0].date) == "2024-02-29"


def test_dormant(ds: Dataset) -> None:
    dormant = {p.id for p in ds.dormant("2024")}
    # gwangju-zibo has the 2024 MOU, hanam-little-rock the 2024 visit; donghae ended
    assert dormant == {"gwangju-halong", "dangling"}
    assert {p.id for p in ds.dormant("2025")} == {
        "gwangju-zibo",
        "gwangju-halong",
        "hanam-little-rock",
        "dangling",
    }


# -- indexes ------------------------------------------------------------------------------


def test_indexes_are_built_lazily_and_once(ds: Dataset) -> None:
    fresh = ds.evolve()
    index = fresh._query
    assert fresh._query is index
    fresh.partners("zibo")
    assert "_partners" in vars(index)
    assert "names" not in vars(index)
    partners_index = vars(index)["_partners"]
    fresh.partners("hanam")
    assert vars(index)["_partners"] is partners_index


def _scan_partners(dataset: Dataset, actor: str) -> set[tuple[str, str]]:
    actors = {a.id for a in dataset.actors}
    return {
        (other, p.id)
        for p in dataset.partnerships
        if actor in p.parties
        and p.status not in (cd.PartnershipStatus.PROPOSED, cd.PartnershipStatus.AGREED)
        for other in p.parties
        if other != actor and other in actors
    }


@settings(max_examples=40)  # the dataset strategy is slow to draw; the laws are cheap
@given(datasets())
def test_partners_and_find_agree_with_a_plain_scan(dataset: Dataset) -> None:
    for actor in dataset.actors:
        for label in actor.labels():
            assert actor in dataset.find(label)
        if dataset.actor(actor.id) is not actor:
            continue  # duplicate id: the first actor wins
        found = {(p.actor.id, p.partnership.id) for p in dataset.partners(actor.id)}
        assert found == _scan_partners(dataset, actor.id)
