"""What real reports say (issue 15): offices, qualified and scoped counts, lifecycles,
memberships, money, publication windows and document links; their invariants, file form,
validation and merge."""

from __future__ import annotations

import datetime
import decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import citydiplo as cd
from citydiplo import (
    Agreement,
    City,
    CountClaim,
    DateRange,
    Event,
    Membership,
    Money,
    Organization,
    PartialDate,
    Participant,
    Partnership,
    Person,
    PersonRole,
    Signatory,
    Source,
)
from tests import strategies as s

TODAY = datetime.date(2026, 1, 1)


def cite(quote: str = "q", source: str = "s") -> cd.Citation:
    return cd.Citation(source=source, quote=quote)


BASE = [
    Source(id="s", language="en", published=PartialDate("2025-06-12")),
    Source(id="s2", language="en", published=PartialDate("2025-06-13")),
    City(id="hanam", name="Hanam", country="KR"),
    City(id="little-rock", name="Little Rock", country="US"),
    City(id="mashhad", name="Mashhad", country="IR"),
    Person(id="lee", name="Lee Hyeon-jae", roles=[
        PersonRole(title="Mayor of Hanam", of="hanam", during=DateRange("2022-07/2026-06"))]),
    Person(id="scott", name="Frank Scott Jr.", roles=[
        PersonRole(title="Mayor", of="little-rock", during=DateRange("2019/2026"))]),
]


# -- offices -----------------------------------------------------------------------------------


def test_an_office_is_a_title_of_the_participant_or_party() -> None:
    p = Participant(actor="mashhad", role="visitor", office="  The   Mayor ")
    assert p.office == "the mayor"
    s = Signatory(office="Governor", on_behalf_of="arkansas")
    assert (s.person, s.office) == (None, "governor")
    with pytest.raises(cd.InvalidModelError, match="neither a person nor an office"):
        Signatory(on_behalf_of="arkansas")


def test_merge_fuses_an_office_with_the_mayor_named_by_another_report() -> None:
    named = Event(id="visit-a", kind="visit", date=PartialDate("2024-07-16"), citations=[cite("a")],
                  participants=[Participant(actor="hanam", role="visitor"),
                                Participant(actor="little-rock", role="host"),
                                Participant(actor="lee", role="visitor")])
    office = Event(id="visit-b", kind="visit", date=PartialDate("2024-07"), citations=[cite("b")],
                   participants=[Participant(actor="hanam", role="visitor"),
                                 Participant(actor="little-rock", role="host"),
                                 Participant(actor="hanam", role="visitor", office="mayor")])
    merged = cd.merge(cd.Dataset.of([*BASE, named]), cd.Dataset.of([*BASE, office])).dataset
    [event] = merged.events
    assert {(p.actor, p.role.value, p.office) for p in event.participants} == {
        ("hanam", "visitor", None), ("little-rock", "host", None), ("lee", "visitor", None)}
    assert {c.quote for c in event.citations} == {"a", "b"}


def test_an_office_alone_is_resolved_from_a_role_that_surely_covers_the_date() -> None:
    e = Event(id="e", date=PartialDate("2024-07"), citations=[cite()],
              participants=[Participant(actor="little-rock", role="host", office="mayor")])
    [event] = cd.merge(cd.Dataset.of([*BASE, e])).dataset.events
    assert [(p.actor, p.office) for p in event.participants] == [("scott", None)]
    # a date the role may not cover: the office stays
    e2 = Event(id="e", date=PartialDate("2018"), citations=[cite()],
               participants=[Participant(actor="little-rock", role="host", office="mayor")])
    [event] = cd.merge(cd.Dataset.of([*BASE, e2])).dataset.events
    assert [(p.actor, p.office) for p in event.participants] == [("little-rock", "mayor")]


def test_an_office_two_people_may_hold_stays_and_is_reported() -> None:
    rival = Person(id="kim", name="Kim", roles=[PersonRole(title="Mayor of Hanam", of="hanam")])
    e = Event(id="e", date=PartialDate("2024-07"), citations=[cite()],
              participants=[Participant(actor="hanam", office="mayor"), Participant(actor="lee"),
                            Participant(actor="kim")])
    merged = cd.merge(cd.Dataset.of([*BASE, rival, e])).dataset
    [event] = merged.events
    assert ("hanam", "mayor") in {(p.actor, p.office) for p in event.participants}
    [finding] = cd.validate(merged, rules=["CD805"])
    assert "'kim'" in finding.message and "'lee'" in finding.message


def test_an_office_only_signatory_gets_the_person_and_keeps_the_capacity() -> None:
    a = Agreement(id="a", parties=("hanam", "little-rock"), signed=PartialDate("2024-07-16"),
                  citations=[cite()], signatories=[Signatory(office="mayor", on_behalf_of="hanam")])
    [agreement] = cd.merge(cd.Dataset.of([*BASE, a])).dataset.agreements
    assert agreement.signatories == (Signatory(person="lee", office="mayor", on_behalf_of="hanam"),)
    assert not cd.validate(cd.merge(cd.Dataset.of([*BASE, a])).dataset, rules=["CD301", "CD302"])


# -- counts ------------------------------------------------------------------------------------

# (qualifier, stated value, count, consistent?) written out by hand
ADMITS = [
    ("exact", 10, 10, True), ("exact", 10, 9, False), ("at_least", 100, 100, True),
    ("at_least", 100, 99, False), ("more_than", 30, 30, False), ("more_than", 30, 31, True),
    ("at_most", 5, 5, True), ("at_most", 5, 6, False), ("fewer_than", 5, 5, False),
    ("fewer_than", 5, 4, True), ("about", 200, 3, True), ("unspecified", None, 0, True),
]


@pytest.mark.parametrize(("qualifier", "value", "count", "consistent"), ADMITS)
def test_a_qualified_count_admits_what_it_states(
    qualifier: str, value: int | None, count: int, consistent: bool
) -> None:
    claim = CountClaim(id="c", subject="x", counted="partners", value=value,
                       qualifier=qualifier)  # type: ignore[arg-type]
    assert claim.admits(count) is consistent


def test_a_count_needs_a_number_unless_unspecified() -> None:
    with pytest.raises(cd.InvalidModelError, match="no number is given"):
        CountClaim(id="c", subject="x", counted="partners", qualifier="at_least")
    with pytest.raises(cd.InvalidModelError, match="'unspecified'"):
        CountClaim(id="c", subject="x", counted="partners", value=3, qualifier="unspecified")
    assert CountClaim(id="c", subject="x", counted="people", qualifier="unspecified").value is None


def _partners(n: int, country: str = "JP") -> list[cd.Record]:
    out: list[cd.Record] = []
    for i in range(n):
        out.append(City(id=f"c{i}", name=f"C{i}", country=country))
        out.append(Partnership(id=f"p{i}", parties=("hanam", f"c{i}"), citations=[cite()]))
    return out


def test_count_rule_reads_the_qualifier_and_scopes() -> None:
    base = [*BASE, *_partners(31)]

    def findings(**claim: object) -> list[cd.Finding]:
        claim.setdefault("counted", "partners")
        c = CountClaim(id="c", subject="hanam", enumerated=True,
                       citations=[cite()], **claim)  # type: ignore[arg-type]
        return list(cd.validate(cd.Dataset.of([*base, c]), rules=["CD601"]))

    assert not findings(value=30, qualifier="more_than")  # "30余": 31 listed
    assert findings(value=31, qualifier="more_than")
    assert not findings(value=300, qualifier="about")
    assert findings(value=32)
    assert not findings(value=5, event="forum")  # scoped to an event: not comparable
    assert not findings(value=30, excluding=["c0"])  # "30 partner cities besides C0"
    assert not findings(value=0, country="KR")
    assert findings(value=1, country="KR")
    assert not findings(value=31, counted="cities")
    assert not findings(value=7, counted="people")  # the dataset cannot count delegates


# -- lifecycles --------------------------------------------------------------------------------


def _step(id: str, kind: str, date: str, **link: str) -> Event:
    return Event(id=id, kind=kind, date=PartialDate(date), citations=[cite(id)],  # type: ignore[arg-type]
                 participants=[Participant(actor="hanam")], **link)  # type: ignore[arg-type]


def lifecycle() -> cd.Dataset:
    return cd.Dataset.of([
        *BASE,
        Partnership(id="p", parties=("hanam", "little-rock"), kind="sister",
                    established=PartialDate("2013-10-14"), citations=[cite()]),
        Agreement(id="loi", parties=("hanam", "little-rock"), kind="letter_of_intent",
                  signed=PartialDate("2013-03"), partnership="p", citations=[cite("loi")]),
        _step("suspended", "suspension", "2020-03", partnership="p"),
        _step("resumed", "resumption", "2022", partnership="p"),
        Agreement(id="mou", parties=("hanam", "little-rock"), kind="mou",
                  signed=PartialDate("2021-05"), term=DateRange("2021-05/2023"),
                  citations=[cite()]),
        _step("extended", "extension", "2024-02", agreement="mou"),
    ])


@pytest.mark.parametrize(("record", "at", "status"), [
    ("p", "2012", None), ("p", "2013-05", "agreed"), ("p", "2014", "active"),
    ("p", "2020-06", "suspended"), ("p", "2021", "suspended"), ("p", "2023", "active"),
    ("p", "2020", "suspended"),  # the suspension (March 2020) surely happened by the end of 2020
    ("mou", "2020", None), ("mou", "2022", "in_force"), ("mou", "2024-01", "expired"),
    ("mou", "2024-03", "in_force"),
])
def test_status_at_answers_from_evidence(record: str, at: str, status: str | None) -> None:
    found = lifecycle().status_at(record, at)
    assert (found.value if found is not None else None) == status


def test_status_history_keeps_its_evidence_in_date_order() -> None:
    steps = lifecycle().status_history("p")
    assert [(s.step, s.evidence) for s in steps] == [
        ("signed letter_of_intent", "loi"), ("established", "p"),
        ("suspension", "suspended"), ("resumption", "resumed")]
    assert steps[2].citations == (cite("suspended"),)


def test_a_step_of_uncertain_date_makes_the_answer_unknown() -> None:
    ds = lifecycle() + cd.Dataset.of([_step("ended", "termination", "2024", partnership="p")])
    assert ds.status_at("p", "2024-06") is None  # the termination may or may not be past
    assert ds.status_at("p", "2025") is cd.PartnershipStatus.ENDED


def test_impossible_sequences_are_errors() -> None:
    ds = lifecycle() + cd.Dataset.of([
        _step("ended", "termination", "2023-01", agreement="mou"),
    ])
    [finding] = cd.validate(ds, rules=["CD801"])
    assert finding.record == "extended" and "termination 2023-01" in finding.message
    early = lifecycle() + cd.Dataset.of([_step("ended", "termination", "2010", partnership="p")])
    assert [f.record for f in cd.validate(early, rules=["CD802"])] == ["ended"]
    assert not cd.validate(lifecycle(), rules=["CD801", "CD802", "CD803"])


def test_partners_at_a_date_are_those_in_force() -> None:
    ds = lifecycle() + cd.Dataset.of([
        City(id="milpitas", name="Milpitas", country="US"),
        Partnership(id="proposed", parties=("hanam", "milpitas"), status="proposed",
                    citations=[cite()]),
    ])
    assert [p.actor.id for p in ds.partners("hanam")] == ["little-rock"]
    assert [p.actor.id for p in ds.partners("hanam", at="2021")] == []  # suspended then
    assert [p.actor.id for p in ds.partners("hanam", at="2023")] == ["little-rock"]
    assert [p.actor.id for p in ds.partners("hanam", at="2023", include_proposed=True)] == [
        "little-rock", "milpitas"]
    assert [p.actor.id for p in ds.partners("hanam", status="proposed")] == ["milpitas"]


# -- memberships, money, windows, document links ------------------------------------------------


def test_membership_invariants_query_and_merge() -> None:
    gnlc = Organization(id="gnlc", name="UNESCO Global Network of Learning Cities",
                        kind="network")
    with pytest.raises(cd.InvalidModelError, match="the member itself"):
        Membership(id="m", member="gnlc", network="gnlc")
    a = Membership(id="m-a", member="hanam", network="gnlc", joined=PartialDate("2024"),
                   citations=[cite("a")])
    b = Membership(id="m-b", member="hanam", network="gnlc", joined=PartialDate("2024-09"),
                   citations=[cite("b", "s2")])
    merged = cd.merge(cd.Dataset.of([*BASE, gnlc, a]), cd.Dataset.of([*BASE, gnlc, b])).dataset
    [m] = merged.memberships
    assert m.joined == PartialDate("2024-09") and len(m.citations) == 2
    assert merged.memberships_where(member="hanam", at="2025") == [m]
    assert merged.memberships_where(member="hanam", at="2023") == []
    assert merged.memberships_where(network="gnlc", role="chair") == []
    assert not cd.validate(merged, rules=["CD101", "CD102", "CD804"])


def test_money_is_exact_and_iso_4217() -> None:
    import pycountry

    assert Money(amount="2000000", currency="EUR").amount == decimal.Decimal(2_000_000)
    for code in ("EUR", "KRW", "VND"):
        assert pycountry.currencies.get(alpha_3=code) is not None
        Money(amount=1, currency=code)
    with pytest.raises(cd.InvalidModelError, match="ISO 4217"):
        Money(amount=1, currency="EUX")
    with pytest.raises(cd.InvalidModelError, match="not an amount"):
        Money(amount=0.1, currency="EUR")  # type: ignore[arg-type]
    with pytest.raises(cd.InvalidModelError, match="finite amount"):
        Money(amount="-5", currency="EUR")
    e = Event(id="e", participants=[Participant(actor="hanam")], citations=[cite()],
              amount=Money(amount="12.50", currency="EUR"))
    text = cd.dumps(cd.Dataset.of([e]))
    assert '"amount":{"amount":"12.50","currency":"EUR"}' in text
    assert cd.loads(text).events[0] == e
    with pytest.raises(cd.ParseError, match="currency"):
        cd.loads(text.replace('"EUR"', '"EUX"'))


def test_a_publication_window_bounds_what_the_source_reports() -> None:
    window = Source(id="s", language="en", published=DateRange("2024-08/.."))
    e = Event(id="e", date=PartialDate("2024-08"), citations=[cite()],
              participants=[Participant(actor="hanam")])
    ds = cd.Dataset.of([window, BASE[2], e])
    assert cd.loads(cd.dumps(ds)) == ds
    assert not cd.validate(ds, rules=["CD204"], today=TODAY)
    before = Source(id="s", language="en", published=DateRange("2024-05/2024-06"))
    assert cd.validate(ds.evolve(sources=[before]), rules=["CD204"], today=TODAY)


def test_an_event_names_the_document_it_carries_out() -> None:
    e = Event(id="e", kind="delegation", document="project-19", citations=[cite()],
              participants=[Participant(actor="hanam")])
    [finding] = cd.validate(cd.Dataset.of([BASE[0], BASE[2], e]), rules=["CD101"])
    assert finding.path == "$.events[0].document"
    ok = cd.Dataset.of([BASE[0], BASE[2], e, cd.Document(id="project-19", kind="project",
                                                         number="19/DA-UBND",
                                                         citations=[cite()])])
    assert not cd.validate(ok, rules=["CD101", "CD102"])


def test_city_category_is_a_vocabulary() -> None:
    assert City(id="hanoi", name="Hanoi", category="capital").category is cd.CityCategory.CAPITAL
    with pytest.raises(cd.InvalidModelError, match="CityCategory"):
        City(id="x", name="X", category="megacity")  # type: ignore[arg-type]


# -- laws over the new types ---------------------------------------------------------------------


@settings(max_examples=40)
@given(st.lists(s.memberships(), max_size=4), st.lists(s.claims(), max_size=3), st.randoms())
def test_merge_laws_for_memberships_and_claims(
    memberships: list[Membership], claims: list[CountClaim], random: object
) -> None:
    records: list[cd.Record] = [*memberships, *claims]
    shuffled = list(records)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    one = cd.merge(cd.Dataset.of(records))
    assert cd.merge(cd.Dataset.of(shuffled)).dataset == one.dataset
    assert cd.merge(one.dataset).dataset.memberships == one.dataset.memberships
    cited = {c for r in records for c in r.citations}
    kept = {c for r in [*one.dataset.memberships, *one.dataset.claims] for c in r.citations}
    assert kept == cited


@settings(max_examples=40)
@given(st.lists(st.sampled_from(["proposal", "establishment", "renewal", "extension",
                                 "amendment", "suspension", "resumption"]), max_size=6),
       st.booleans())
def test_validation_is_quiet_on_valid_lifecycles(kinds: list[str], terminate: bool) -> None:
    steps = [_step(f"s{i}", k, f"{2010 + i}", agreement="mou") for i, k in enumerate(kinds)]
    if terminate:
        steps.append(_step("end", "termination", "2030", agreement="mou"))
    mou = Agreement(id="mou", parties=("hanam", "little-rock"), signed=PartialDate("2009"),
                    citations=[cite()])
    ds = cd.Dataset.of([*BASE, mou, *steps])
    assert not cd.validate(ds, rules=["CD801", "CD802", "CD803"])
    expected = "terminated" if terminate else ("in_force" if not kinds else None)
    status = ds.status_at("mou", "2031")
    assert status is not None
    if expected is not None:
        assert status.value == expected


def test_a_citys_status_history_covers_its_partnerships_and_agreements() -> None:
    steps = lifecycle().status_history("hanam")
    assert [(s.record, s.step) for s in steps] == [
        ("loi", "signed"), ("p", "signed letter_of_intent"), ("p", "established"),
        ("p", "suspension"),
        ("mou", "signed"), ("p", "resumption"), ("mou", "term ended"), ("mou", "extension")]
    assert lifecycle().status_history("Hanam") == steps  # by name too


def test_memberships_and_money_are_exported() -> None:
    pytest.importorskip("pandas")
    gnlc = Organization(id="gnlc", name="GNLC", kind="network")
    e = Event(id="e", participants=[Participant(actor="hanam")], citations=[cite()],
              amount=Money(amount="2000000", currency="EUR"))
    ds = cd.Dataset.of([*BASE, gnlc, e, Membership(id="m", member="hanam", network="gnlc",
                                                   joined=PartialDate("2024"))])
    frames = cd.to_pandas(ds)
    [row] = frames["memberships"].to_dict("records")
    assert (row["member"], row["network"], row["joined_earliest"]) == ("hanam", "gnlc",
                                                                     "2024-01-01")
    assert '"currency":"EUR"' in frames["events"].amount[0]


def test_membership_reports_that_disagree_on_the_role_are_a_conflict() -> None:
    a = Membership(id="m", member="hanam", network="gnlc", role="member", citations=[cite("a")])
    b = Membership(id="m", member="hanam", network="gnlc", role="chair",
                   citations=[cite("b", "s2")])
    result = cd.merge(cd.Dataset.of([a]), cd.Dataset.of([b]))
    assert len(result.dataset.memberships) == 1
    assert [c.field for c in result.conflicts] == ["role"]


@settings(max_examples=40)
@given(st.lists(s.memberships(), max_size=5))
def test_validation_is_quiet_on_valid_memberships(memberships: list[Membership]) -> None:
    valid = []
    for m in memberships:
        joined, left = cd.dates.dated(m.joined), cd.dates.dated(m.left)
        if joined is None or left is None or joined.earliest() <= left.latest():
            valid.append(m)
    assert not cd.validate(cd.Dataset.of(valid), rules=["CD804"])
