"""citydiplo.merge: examples from the Hanam article, conflict and ambiguity rules, and laws."""

from __future__ import annotations

from collections import Counter

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import citydiplo as cd
from citydiplo import PartialDate
from tests.strategies import MERGE_CITIES, datasets, planted_datasets
from tests.test_merge_shapes import assert_citations_accounted

# The Hanam article in Gujarati (seeds/000) and Hebrew (seeds/001): one visit, two tellings.
GU_VISIT = "તે જ વર્ષે જુલાઈમાં, મેયરે લિટલ રોક, અરકાનસાસ, એક ભગિની શહેરની મુલાકાત લીધી"
HE_VISIT = "במהלך ביקורו בבית העירייה של ליטל רוק ביולי 2024"
GU_SIGNING = "માર્ચ 2024 માં, બજારે સિઓલના ગંગનમ-ગુ સ્થિત ગ્રાન્ડ ઇન્ટરકોન્ટિનેન્ટલ હોટેલમાં"
HE_SIGNING = "במרץ 2024, ראש העיר לי היון-ג'ה מהעיר האנם והמושלת שרה האקבי סנדרס מארקנסו חתמו"

HANAM = cd.City(id="hanam", name="Hanam", names={"ko": ["하남시"]}, country="KR",
                subdivision="KR-41")
HANAM_HE = cd.City(id="hanam-he", name="האנם", names={"he": ["חנם"], "en": ["Hanam"]},
                   country="KR", subdivision="KR-41")
LITTLE_ROCK = cd.City(id="little-rock", name="Little Rock", country="US", subdivision="US-AR")
ARKANSAS = cd.Region(id="arkansas", name="Arkansas", country="US", subdivision="US-AR")


def cite(source: str, quote: str) -> cd.Citation:
    return cd.Citation(source=source, quote=quote)


def visit(id: str, date: str | None, quote: cd.Citation, *, hanam: str = "hanam",
          role: str = "visitor", **more: object) -> cd.Event:
    return cd.Event(
        id=id, kind="visit", date=None if date is None else PartialDate(date),
        participants=[cd.Participant(actor=hanam, role=role),
                      cd.Participant(actor="little-rock", role="host")],
        citations=[quote], **more,  # type: ignore[arg-type]
    )


def gujarati() -> cd.Dataset:
    return cd.Dataset.of([
        HANAM, LITTLE_ROCK, ARKANSAS,
        cd.Source(id="gu", language="gu"),
        visit("gu-visit", "2024-07", cite("gu", GU_VISIT)),
        cd.Agreement(id="gu-mou", parties=("arkansas", "hanam"), kind="cooperation",
                     signed=PartialDate("2024-03"), venue="Grand InterContinental",
                     citations=[cite("gu", GU_SIGNING)]),
    ])


def hebrew() -> cd.Dataset:
    return cd.Dataset.of([
        HANAM_HE, LITTLE_ROCK, ARKANSAS,
        cd.Source(id="he", language="he", translation_of="gu"),
        visit("he-visit", "2024", cite("he", HE_VISIT), hanam="hanam-he", role="participant",
              venue="Little Rock City Hall"),
        cd.Agreement(id="he-mou", parties=("arkansas", "hanam-he"), kind="cooperation",
                     signed=PartialDate("2024-03"), venue="Grand Intercontinental Samseong-dong",
                     citations=[cite("he", HE_SIGNING)]),
    ])


def test_two_translations_of_the_hanam_article_merge_into_one_visit_and_one_agreement() -> None:
    result = cd.merge(gujarati(), hebrew())
    ds = result.dataset
    assert [a.id for a in ds.actors] == ["arkansas", "hanam", "little-rock"]
    hanam = ds.actor("hanam")
    assert {"Hanam", "האנם", "חנם", "하남시"} <= set(hanam.labels())
    (event,) = ds.events
    assert event.id == "gu-visit"
    assert event.date == PartialDate("2024-07")  # the finer date wins, both citations stay
    assert [c.source for c in event.citations] == ["gu", "he"]
    assert {(p.actor, str(p.role)) for p in event.participants} == {
        ("hanam", "visitor"), ("little-rock", "host")}
    assert event.venue == "Little Rock City Hall"  # only one report names the venue
    (agreement,) = ds.agreements
    assert agreement.id == "gu-mou" and agreement.parties == ("arkansas", "hanam")
    assert result.clusters["gu-mou"] == ("gu-mou", "he-mou")
    assert result.clusters["hanam"] == ("hanam", "hanam-he")
    assert result.conflicts == ()  # two wordings of one venue are no disagreement of fact
    (conflict,) = result.variants
    assert cd.merge(gujarati(), hebrew(), wording=True).conflicts == (conflict,)
    assert (conflict.record, conflict.field) == ("gu-mou", "venue")
    assert [v.value for v in conflict.values] == [
        "Grand InterContinental", "Grand Intercontinental Samseong-dong"]
    assert [v.reports for v in conflict.values] == [("gu-mou",), ("he-mou",)]
    assert conflict.values[1].citations == (cite("he", HE_SIGNING),)
    assert result.ambiguous == ()


def test_a_coarse_report_that_fits_two_occurrences_stays_apart() -> None:
    april = visit("v-apr", "2024-04", cite("s1", "April 2024"))
    may = visit("v-may", "2024-05", cite("s2", "May 2024"))
    vague = visit("v-2024", "2024", cite("s3", "in 2024"))
    result = cd.merge(cd.Dataset.of([HANAM, LITTLE_ROCK, april, may, vague]))
    assert [e.id for e in result.dataset.events] == ["v-2024", "v-apr", "v-may"]
    assert [(a.record, a.candidates) for a in result.ambiguous] == [
        ("v-2024", ("v-apr", "v-may"))]
    # with one candidate only, the vague report joins it
    assert [e.id for e in cd.merge(cd.Dataset.of([april, vague])).dataset.events] == ["v-2024"]
    assert cd.merge(cd.Dataset.of([april, vague])).dataset.events[0].date == PartialDate("2024-04")


def test_undated_report_joins_the_only_occurrence_and_is_ambiguous_between_two() -> None:
    undated = visit("v-none", None, cite("s3", "the mayor visited Little Rock"))
    april = visit("v-apr", "2024-04", cite("s1", "April 2024"))
    (one,) = cd.merge(cd.Dataset.of([undated, april])).dataset.events
    assert one.date == PartialDate("2024-04") and len(one.citations) == 2
    two = cd.merge(cd.Dataset.of([undated, april, visit("v-25", "2025", cite("s2", "2025"))]))
    assert len(two.dataset.events) == 3 and two.ambiguous[0].record == "v-none"


def test_event_kinds_visit_and_meeting_fuse_but_visit_and_lecture_do_not() -> None:
    meeting = cd.Event(id="m", kind="meeting", date=PartialDate("2024-07"),
                       participants=[cd.Participant(actor="hanam"),
                                     cd.Participant(actor="little-rock")],
                       citations=[cite("s2", "met")])
    v = visit("v", "2024-07-12", cite("s1", "visited"))
    (fused,) = cd.merge(cd.Dataset.of([v, meeting])).dataset.events
    assert fused.kind is cd.EventKind.VISIT and fused.date == PartialDate("2024-07-12")
    assert {(p.actor, str(p.role)) for p in fused.participants} == {
        ("hanam", "visitor"), ("little-rock", "host")}
    lecture = attrs.evolve(meeting, id="l", kind="lecture")
    assert len(cd.merge(cd.Dataset.of([v, lecture])).dataset.events) == 2


def test_places_must_agree_or_be_missing() -> None:
    a = visit("a", "2024-07", cite("s1", "x"), place="little-rock")
    b = visit("b", "2024-07", cite("s2", "y"), place="arkansas")
    c = visit("c", "2024-07", cite("s3", "z"))
    result = cd.merge(cd.Dataset.of([a, b, c]))
    assert [e.id for e in result.dataset.events] == ["a", "b", "c"]
    assert result.ambiguous[0].record == "c"
    assert len(cd.merge(cd.Dataset.of([a, c])).dataset.events) == 1


def test_partnership_told_from_both_sides_with_status_conflict() -> None:
    gwangju = cd.City(id="gwangju-gg", name="Gwangju", country="KR", subdivision="KR-41")
    zibo = cd.City(id="zibo", name="Zibo", names={"zh": ["淄博市"]}, country="CN")
    zibo_zh = cd.City(id="淄博", name="淄博市", country="CN")
    p1 = cd.Partnership(id="p-kr", parties=("gwangju-gg", "zibo"), kind="sister",
                        established=PartialDate("2003"), status="active",
                        citations=[cite("kr", "2003년 자매결연")])
    p2 = cd.Partnership(id="p-cn", parties=("gwangju-gg", "淄博"), kind="partner",
                        established=PartialDate("2003-10"), status="ended",
                        citations=[cite("cn", "2003年10月")])
    result = cd.merge(cd.Dataset.of([gwangju, zibo, p1]), cd.Dataset.of([zibo_zh, p2]))
    (p,) = result.dataset.partnerships
    assert p.id == "p-cn"  # the smallest of the reports' ids
    assert p.parties == ("gwangju-gg", "zibo")
    assert p.kind is cd.PartnershipKind.SISTER  # the specific kind over the generic "partner"
    assert p.established == PartialDate("2003-10")
    assert [(c.record, c.field) for c in result.conflicts] == [("p-cn", "status")]
    # a friendship tie and a later sister tie between the same pair are two partnerships
    friendship = cd.Partnership(id="f", parties=("gwangju-gg", "zibo"), kind="friendship",
                                established=PartialDate("1995"))
    assert len(cd.merge(cd.Dataset.of([p1, friendship])).dataset.partnerships) == 2


def test_actor_conflicts_are_reported_and_names_alone_never_fuse_without_a_country() -> None:
    a = cd.City(id="x", name="Hanam", country="KR", subdivision="KR-41")
    b = cd.City(id="x", name="Hanam", country="KR", subdivision="KR-11")
    result = cd.merge(cd.Dataset.of([a]), cd.Dataset.of([b]))
    assert [(c.record, c.field) for c in result.conflicts] == [("x", "subdivision")]
    assert len(result.dataset.actors) == 1
    spain = cd.City(id="cordoba-es", name="Córdoba")
    argentina = cd.City(id="cordoba-ar", name="Cordoba")
    assert len(cd.merge(cd.Dataset.of([spain, argentina])).dataset.actors) == 2
    by_wikidata = cd.merge(cd.Dataset.of([
        cd.City(id="q1", name="Zibo", identifiers=[cd.Identifier(scheme="wikidata", value="Q1")]),
        cd.City(id="q2", name="淄博", identifiers=[cd.Identifier(scheme="wikidata", value="Q1")]),
    ]))
    assert [a.id for a in by_wikidata.dataset.actors] == ["q1"]


def test_documents_with_one_number_are_one_document() -> None:
    d1 = cd.Document(id="d1", kind="resolution", number="59-NQ/TW", date=PartialDate("2019"),
                     citations=[cite("s1", "Nghị quyết 59-NQ/TW")])
    d2 = cd.Document(id="d2", kind="resolution", number="59 – nq/tw",
                     date=PartialDate("2019-11-24"), citations=[cite("s2", "59-NQ/TW")])
    (doc,) = cd.merge(cd.Dataset.of([d1, d2])).dataset.documents
    assert doc.id == "d1" and doc.date == PartialDate("2019-11-24") and len(doc.citations) == 2


def test_same_id_for_different_occurrences_gets_distinct_stable_ids() -> None:
    a = visit("v", "2024-04", cite("s1", "April"))
    b = visit("v", "2024-05", cite("s2", "May"))
    ids = [e.id for e in cd.merge(cd.Dataset.of([a]), cd.Dataset.of([b])).dataset.events]
    assert len(set(ids)) == 2 and all(i.startswith("v-") for i in ids)
    assert ids == [e.id for e in cd.merge(cd.Dataset.of([b, a])).dataset.events]


def test_identical_citations_are_kept_once() -> None:
    quote = cite("gu", GU_VISIT)
    result = cd.merge(cd.Dataset.of([visit("a", "2024-07", quote), visit("b", "2024", quote)]))
    assert result.dataset.events[0].citations == (quote,)


def test_merge_rejects_other_arguments() -> None:
    with pytest.raises(TypeError, match="Dataset or MergeResult"):
        cd.merge([HANAM])  # type: ignore[arg-type]


def test_merge_of_nothing_is_empty() -> None:
    assert cd.merge().dataset == cd.Dataset()


# -- laws ----------------------------------------------------------------------------------------

some_inputs = planted_datasets()


@given(some_inputs)
def test_merge_is_commutative(inputs: list[cd.Dataset]) -> None:
    a, b, _ = inputs
    assert cd.merge(a, b).dataset == cd.merge(b, a).dataset
    assert cd.merge(a, b) == cd.merge(b, a)  # conflicts, ambiguities and clusters too


@given(some_inputs)
def test_merge_ignores_repetition(inputs: list[cd.Dataset]) -> None:
    a = inputs[0]
    assert cd.merge(a, a) == cd.merge(a)
    assert cd.merge(a + a) == cd.merge(a)


@given(some_inputs)
def test_merge_is_associative(inputs: list[cd.Dataset]) -> None:
    a, b, c = inputs
    left = cd.merge(cd.merge(a, b), c)
    right = cd.merge(a, cd.merge(b, c))
    assert left.dataset == right.dataset
    assert left == right == cd.merge(a, b, c)


@given(some_inputs)
def test_merging_a_result_again_changes_nothing(inputs: list[cd.Dataset]) -> None:
    once = cd.merge(*inputs)
    assert cd.merge(once) == once


# The planted twins: the same city under two ids (see tests/strategies.py).
TWIN_OF = {"hanam-si": "hanam", "lr": "little-rock", "danang": "da-nang"}


def between_twins(record: object) -> bool:
    """A partnership or agreement whose parties are all one city once twins are fused."""
    parties = getattr(record, "parties", None)
    return parties is not None and len({TWIN_OF.get(p, p) for p in parties}) < 2


@given(planted_datasets())
def test_every_input_citation_is_in_exactly_one_output_record(inputs: list[cd.Dataset]) -> None:
    # Planted reports carry citations of their own, so "exactly one" is well defined. (Two
    # different reports may cite the same words for different occurrences: the unrelated
    # records added as noise do; then the citation rightly appears in both outputs.) A report
    # between two twins is no record of the result: it is a finding, with its citations.
    result = cd.merge(*inputs)
    given_ = {c for ds in inputs for coll in ("partnerships", "agreements", "events")
              for r in getattr(ds, coll) if not between_twins(r) for c in r.citations}
    found = Counter(c for coll in ("partnerships", "agreements", "events")
                    for r in getattr(result.dataset, coll) for c in r.citations)
    assert set(found) == given_
    assert all(n == 1 for c, n in found.items() if c.quote.startswith("report o"))


@settings(max_examples=40)
@given(st.tuples(datasets(max_size=2), datasets(max_size=2), datasets(max_size=2)))
def test_laws_hold_for_arbitrary_datasets(inputs: tuple[cd.Dataset, ...]) -> None:
    # any records at all: dangling references, conflicting actors, shared citations
    a, b, c = inputs
    assert cd.merge(a, b) == cd.merge(b, a)
    assert cd.merge(a, a) == cd.merge(a)
    assert cd.merge(cd.merge(a, b), c) == cd.merge(a, cd.merge(b, c))
    assert cd.merge(cd.merge(a)) == cd.merge(a)


@settings(max_examples=40)
@given(st.lists(datasets(max_size=3), min_size=1, max_size=2))
def test_no_citation_is_lost_or_invented(inputs: list[cd.Dataset]) -> None:
    # but for a report merge leaves out (CD901: its parties fused into one actor), whose
    # citations stay in the result's reports only
    assert_citations_accounted(inputs, cd.merge(*inputs))


@given(planted_datasets())
def test_clusters_account_for_every_input_record(inputs: list[cd.Dataset]) -> None:
    result = cd.merge(*inputs)
    produced = {i for ids in result.clusters.values() for i in ids}
    dropped = {r.id for ds in inputs for r in ds if between_twins(r)}
    assert produced | dropped == {r.id for ds in inputs for r in ds}
    assert {f.record for f in result.findings if f.code == "CD901"} == dropped
    output_ids = [r.id for r in result.dataset]
    assert len(output_ids) == len(set(output_ids))  # no two output records share an id
    assert set(result.clusters) == set(output_ids)


@given(planted_datasets())
def test_planted_twins_fuse_into_one_actor(inputs: list[cd.Dataset]) -> None:
    ids = {a.id for a in cd.merge(*inputs).dataset.actors}
    present = {a.id for ds in inputs for a in ds.actors}
    assert "hanam-si" not in ids and "lr" not in ids and "danang" not in ids
    assert ids <= {c.id for c in MERGE_CITIES} and ids <= present


@given(planted_datasets())
def test_fused_records_are_a_fixpoint(inputs: list[cd.Dataset]) -> None:
    # Merging the output dataset alone (without its reports) changes nothing either, for
    # these inputs: fused actors and records carry every name and the finest dates.
    once = cd.merge(*inputs).dataset
    assert cd.merge(once).dataset == once
