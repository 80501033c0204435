"""citydiplo.merge on real reports (issue 18, items 1-4): open events told with different
participants, kinds that disagree, dates of different shapes, references that follow.

Literal cases written from the issue's examples, and laws over generated data that plants
them (``tests/strategies.py``: planted gatherings, kind disagreements, ranges and seasons).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import citydiplo as cd
from citydiplo import PartialDate
from citydiplo.dates import parse_edtf
from tests.strategies import linked_datasets, planted_datasets

CITIES = [
    cd.City(id="kunming", name="Kunming", country="CN"),
    cd.City(id="chungju", name="Chungju", country="KR"),
    cd.City(id="hue", name="Hue", country="VN"),
    cd.City(id="hanam", name="Hanam", country="KR"),
    cd.City(id="little-rock", name="Little Rock", country="US"),
    cd.City(id="zibo", name="Zibo", country="CN"),
]


def cite(source: str, quote: str) -> cd.Citation:
    return cd.Citation(source=source, quote=quote)


def gathering(id: str, date: str, *delegates: str, kind: str = "conference",
              title: str | None = None, place: str | None = "kunming",
              host: str | None = None, source: str = "s1") -> cd.Event:
    participants = [cd.Participant(actor=d, role="delegate") for d in delegates]
    if host is not None:
        participants.append(cd.Participant(actor=host, role="host"))
    return cd.Event(id=id, kind=kind, date=parse_edtf(date), title=title, place=place,
                    participants=participants, citations=[cite(source, f"{id} {date}")])


def merged(*records: object) -> cd.MergeResult:
    return cd.merge(cd.Dataset.of([*CITIES, *records]))  # type: ignore[list-item]


# -- item 1: events open to many parties ------------------------------------------------------

def test_a_conference_told_with_different_delegations_is_one_event_with_all_of_them() -> None:
    ko = gathering("ko-conf", "2024-11-19", "chungju", source="ko")
    vi = gathering("vi-conf", "2024-11", "hue", "zibo", source="vi")
    result = merged(ko, vi)
    (event,) = result.dataset.events
    assert {p.actor for p in event.participants} == {"chungju", "hue", "zibo"}
    assert str(event.date) == "2024-11-19" and len(event.citations) == 2
    assert result.conflicts == ()
    by_actor = cd.participant_citations(result, event.id)
    assert {a: [c.source for c in cs] for a, cs in by_actor.items()} == {
        "chungju": ["ko"], "hue": ["vi"], "zibo": ["vi"]}


def test_the_host_stands_for_the_place_and_a_forum_may_be_told_as_a_conference() -> None:
    at_place = gathering("a", "2024-05", "hanam", kind="forum", source="a")
    hosted = gathering("b", "2024-05-20", "zibo", place=None, host="kunming", source="b")
    result = merged(at_place, hosted)
    (event,) = result.dataset.events
    assert event.place == "kunming" and str(event.date) == "2024-05-20"
    assert {p.actor for p in event.participants} == {"hanam", "zibo", "kunming"}
    assert [(c.field, sorted(str(v.value) for v in c.values)) for c in result.conflicts] == [
        ("kind", ["conference", "forum"])]


def test_two_forums_in_one_city_and_month_with_different_titles_stay_apart() -> None:
    result = merged(
        gathering("f1", "2024-11", "hue", kind="forum", title="Mekong Mayors Forum"),
        gathering("f2", "2024-11", "chungju", kind="forum", title="Smart City Forum"),
    )
    assert len(result.dataset.events) == 2


def test_titles_agree_once_normalised() -> None:
    result = merged(
        gathering("f1", "2024-11", "hue", kind="forum", title="Mekong–Mayors Forum, 2024"),
        gathering("f2", "2024-11", "chungju", kind="forum", title="2024 MEKONG MAYORS FORUM"),
    )
    assert len(result.dataset.events) == 1


def test_open_events_in_other_places_or_of_other_families_stay_apart() -> None:
    result = merged(
        gathering("f1", "2024-11-19", "hue", kind="forum"),
        gathering("f2", "2024-11-19", "chungju", kind="forum", place="hanam"),
        gathering("f3", "2024-11-19", "zibo", kind="festival"),
    )
    assert len(result.dataset.events) == 3


def test_an_actor_hosting_in_one_report_and_visiting_in_the_other_keeps_them_apart() -> None:
    result = merged(gathering("a", "2024-11-19", "zibo", host="hue"),
                    gathering("b", "2024-11-19", "hue"))
    assert len(result.dataset.events) == 2


def test_two_party_events_still_need_the_same_participants() -> None:
    def meeting(id: str, *actors: str) -> cd.Event:
        return cd.Event(id=id, kind="visit", date=PartialDate("2024-04"), place="little-rock",
                        participants=[cd.Participant(actor=a) for a in actors],
                        citations=[cite("s", id)])
    result = merged(meeting("m1", "hanam", "little-rock"),
                    meeting("m2", "hanam", "little-rock", "zibo"))
    assert len(result.dataset.events) == 2


def test_an_open_event_report_that_omits_the_place_fuses_with_one_that_gives_it() -> None:
    # the same forum, day, title and delegate; one source gives no place
    result = merged(
        gathering("a", "2024-11-19", "chungju", kind="forum", title="Mekong Mayors Forum"),
        gathering("b", "2024-11-19", "chungju", kind="forum", title="Mekong Mayors Forum",
                  place=None, source="s2"),
    )
    (event,) = result.dataset.events
    assert event.place == "kunming" and result.clusters[event.id] == ("a", "b")


def test_an_open_event_report_that_omits_place_and_title_fuses_too() -> None:
    result = merged(gathering("a", "2024-11-19", "chungju"),
                    gathering("b", "2024-11-19", "chungju", place=None, source="s2"))
    assert [result.clusters[e.id] for e in result.dataset.events] == [("a", "b")]


def test_an_open_event_report_that_omits_the_place_fuses_through_its_organizer_and_title() -> None:
    def organised(id: str, place: str | None, delegate: str) -> cd.Event:
        return cd.Event(id=id, kind="forum", date=parse_edtf("2024-11-19"), place=place,
                        title="Mekong Mayors Forum", citations=[cite(id, id)],
                        participants=[cd.Participant(actor=delegate, role="delegate"),
                                      cd.Participant(actor="zibo", role="organizer")])
    result = merged(organised("a", "kunming", "chungju"), organised("b", None, "hue"))
    (event,) = result.dataset.events
    assert {p.actor for p in event.participants} == {"chungju", "hue", "zibo"}


def test_a_report_that_omits_the_title_fuses_with_a_titled_one_at_its_place() -> None:
    result = merged(gathering("a", "2024-11-19", "hue", title="Mekong Mayors Forum"),
                    gathering("b", "2024-11-19", "chungju", place=None, host="kunming"))
    assert len(result.dataset.events) == 1


def test_open_events_with_different_hosts_stay_apart() -> None:
    result = merged(gathering("a", "2024-11-19", "chungju", place=None, host="kunming"),
                    gathering("b", "2024-11-19", "chungju", place=None, host="zibo"))
    assert len(result.dataset.events) == 2


def test_a_report_without_place_host_or_title_that_fits_two_gatherings_is_ambiguous() -> None:
    result = merged(
        gathering("f1", "2024-11-19", "hue", title="Mekong Mayors Forum"),
        gathering("f2", "2024-11-19", "zibo", place="hanam", title="Smart City Forum"),
        gathering("v", "2024-11", "chungju", place=None),
    )
    assert len(result.dataset.events) == 3
    (ambiguity,) = result.ambiguous
    assert ambiguity.report == "v"
    assert sorted(c.record for c in ambiguity.options) == ["f1", "f2"]


def test_a_gathering_told_with_nothing_in_common_and_no_date_within_a_year_stays_apart() -> None:
    # an undated or year-only festival report with no place, host, title or participant in
    # common with the others is not one of them (nor ambiguous between them) for want of a
    # difference; sharing a participant identifies it
    festivals = [
        gathering("f1", "2017-04-01", "zibo", kind="festival", place=None, host="kunming"),
        gathering("f2", "2024", "hue", kind="festival", place=None, host="hanam"),
    ]
    apart = merged(*festivals, gathering("u", "2024", "chungju", kind="festival", place=None))
    assert len(apart.dataset.events) == 3 and not apart.ambiguous
    undated = gathering("u", "2024", "hue", "chungju", kind="festival", place=None)
    joined = merged(*festivals, undated)
    assert sorted(joined.clusters[e.id] for e in joined.dataset.events) == [
        ("f1",), ("f2", "u")]
    assert not joined.ambiguous


# -- item 2: kinds and statuses that disagree -------------------------------------------------

def partnership(id: str, kind: str, established: str | None = None, source: str = "s",
                status: str | None = None) -> cd.Partnership:
    return cd.Partnership(id=id, parties=("chungju", "kunming"), kind=kind, status=status,
                          established=None if established is None else parse_edtf(established),
                          citations=[cite(source, id)])


def test_friendship_and_sister_about_one_moment_are_one_partnership_with_a_conflict() -> None:
    result = merged(partnership("ko", "friendship", "2004", "ko"),
                    partnership("zh", "sister", source="zh"))
    (fused,) = result.dataset.partnerships
    assert len(fused.citations) == 2
    (conflict,) = result.conflicts
    assert conflict.field == "kind"
    assert {(str(v.value), v.reports) for v in conflict.values} == {
        ("friendship", ("ko",)), ("sister", ("zh",))}
    assert {c.source for v in conflict.values for c in v.citations} == {"ko", "zh"}


def test_proposed_and_active_about_one_moment_conflict_on_the_status() -> None:
    result = merged(partnership("a", "sister", "2004", status="proposed"),
                    partnership("b", "sister", "2004-05", status="active"))
    assert len(result.dataset.partnerships) == 1
    assert [c.field for c in result.conflicts] == ["status"]


def test_kinds_at_different_dates_are_steps_of_a_lifecycle_not_a_conflict() -> None:
    result = merged(partnership("a", "friendship", "2004"),
                    partnership("b", "sister", "2010"))
    assert len(result.dataset.partnerships) == 2 and result.conflicts == ()


def agreement(id: str, kind: str, signed: str | None) -> cd.Agreement:
    return cd.Agreement(id=id, parties=("hanam", "little-rock"), kind=kind,
                        signed=None if signed is None else parse_edtf(signed),
                        citations=[cite("s", id)])


def test_agreements_of_one_date_that_disagree_on_the_kind_are_one_with_a_conflict() -> None:
    result = merged(agreement("a", "mou", "2024-03-12"), agreement("b", "cooperation", "2024-03"))
    (fused,) = result.dataset.agreements
    assert str(fused.signed) == "2024-03-12" and fused.kind is cd.AgreementKind.MOU
    assert [c.field for c in result.conflicts] == ["kind"]


def test_an_undated_agreement_of_another_kind_is_another_instrument() -> None:
    result = merged(agreement("a", "mou", "2019"), agreement("b", "cooperation", None))
    assert len(result.dataset.agreements) == 2
    result = merged(agreement("a", "mou", "2019"), agreement("b", "cooperation", "2021"))
    assert len(result.dataset.agreements) == 2


# -- item 3: dates of different shapes --------------------------------------------------------

def test_a_forum_of_18_19_november_and_one_of_19_november_fuse() -> None:
    result = merged(gathering("a", "2024-11-18/2024-11-19", "hue", kind="forum"),
                    gathering("b", "2024-11-19", "zibo", kind="forum"))
    (event,) = result.dataset.events
    assert event.date == PartialDate("2024-11-19") and result.conflicts == ()


def test_a_month_fits_its_season_and_its_half() -> None:
    for coarse in ("2024-23", "2024-41", "2024-35"):  # autumn, second half, third quarter
        result = merged(gathering("a", coarse, "hue"), gathering("b", "2024-09", "zibo"))
        assert [str(e.date) for e in result.dataset.events] == ["2024-09"], coarse
    result = merged(gathering("a", "2024-21", "hue"), gathering("b", "2024-09", "zibo"))
    assert len(result.dataset.events) == 2  # September is not in spring


def test_a_day_inside_two_ranges_that_overlap_joins_both_into_one() -> None:
    # 18-19 and 19-20 November both hold the 19th: one visit on the 19th
    def visit(id: str, date: str) -> cd.Event:
        return cd.Event(id=id, kind="visit", date=parse_edtf(date),
                        participants=[cd.Participant(actor="hanam", role="visitor"),
                                      cd.Participant(actor="zibo", role="host")],
                        citations=[cite("s", id)])
    result = merged(visit("a", "2024-11-18/2024-11-19"), visit("b", "2024-11-19"),
                    visit("c", "2024-11-19/2024-11-20"))
    assert [str(e.date) for e in result.dataset.events] == ["2024-11-19"]


def test_overlapping_ranges_stay_apart_unless_their_title_or_number_says_one() -> None:
    untitled = merged(gathering("a", "2024-11-18/2024-11-19", "hue"),
                      gathering("b", "2024-11-19/2024-11-20", "zibo"))
    assert len(untitled.dataset.events) == 2
    titled = merged(gathering("a", "2024-11-18/2024-11-19", "hue", title="Mekong Forum"),
                    gathering("b", "2024-11-19/2024-11-20", "zibo", title="Mekong Forum"))
    assert len(titled.dataset.events) == 1
    assert [c.field for c in titled.conflicts] == ["date"]
    assert {v.value for v in titled.conflicts[0].values} == {
        parse_edtf("2024-11-18/2024-11-19"), parse_edtf("2024-11-19/2024-11-20")}
    numbered = merged(*(attrs_evolve(agreement(i, "mou", d), document_number="12/MOU")
                        for i, d in (("a", "2024-03/2024-04"), ("b", "2024-04/2024-05"))))
    assert len(numbered.dataset.agreements) == 1
    assert [c.field for c in numbered.conflicts] == ["signed"]


def attrs_evolve(record: cd.Agreement, **changes: object) -> cd.Agreement:
    import attrs
    return attrs.evolve(record, **changes)  # type: ignore[arg-type]


# -- item 4: references follow the new fusions ------------------------------------------------

def test_an_agreement_refers_to_the_partnership_its_kind_disagreeing_twin_fused_into() -> None:
    ko = partnership("ko-p", "friendship", "2004", "ko")
    zh = partnership("zh-p", "sister", "2004", "zh")
    signed = cd.Agreement(id="zh-a", parties=("chungju", "kunming"), partnership="zh-p",
                          citations=[cite("zh", "signed")])
    held = cd.Event(id="zh-e", kind="ceremony", partnership="zh-p", place="kunming",
                    participants=[cd.Participant(actor="chungju")], citations=[cite("zh", "c")])
    result = merged(ko, zh, signed, held, cd.Source(id="ko"), cd.Source(id="zh"))
    (fused,) = result.dataset.partnerships
    assert result.dataset.agreements[0].partnership == fused.id == "ko-p"
    assert result.dataset.events[0].partnership == fused.id
    assert _reference_errors(result.dataset) == []


# -- laws over generated reports of open events, kind disagreements and date shapes ------------

def _reference_errors(ds: cd.Dataset) -> list[str]:
    return [str(f) for f in cd.validate(ds, rules=["CD1"])]


def _clean(ds: cd.Dataset) -> cd.Dataset:
    """``ds`` without the records that have reference errors (CD1xx), repeated until none."""
    while True:
        bad = {(m[1], int(m[2])) for f in cd.validate(ds, rules=["CD1"])
               if (m := re.match(r"\$\.(\w+)\[(\d+)\]", f.path))}
        if not bad:
            return ds
        ds = cd.Dataset(**{
            name: [r for i, r in enumerate(getattr(ds, name)) if (name, i) not in bad]
            for name in ("actors", "sources", "partnerships", "agreements", "events",
                         "documents", "claims")
        })


@settings(max_examples=80)
@given(planted_datasets())
def test_laws_hold_for_planted_gatherings_kinds_and_date_shapes(
    inputs: list[cd.Dataset],
) -> None:
    a, b, c = inputs
    whole = cd.merge(a, b, c)
    assert whole == cd.merge(c, b, a) == cd.merge(cd.merge(a, b), c) == cd.merge(whole)
    assert cd.merge(a, a) == cd.merge(a)
    for coll in ("partnerships", "agreements", "events"):
        given_ = [c for ds in inputs for r in getattr(ds, coll) for c in r.citations]
        found = [c for r in getattr(whole.dataset, coll) for c in r.citations]
        assert set(found) <= set(given_)
        planted = [c for c in found if re.fullmatch(r"report o\d+-r\d+", c.quote)]
        assert len(planted) == len(set(planted))  # each in exactly one record


@settings(max_examples=60)
@given(st.lists(linked_datasets(), min_size=1, max_size=3))
def test_open_events_and_kind_conflicts_keep_references_whole(
    inputs: list[cd.Dataset],
) -> None:
    cleaned = [_clean(ds) for ds in inputs]
    result = cd.merge(*cleaned)
    assert _reference_errors(result.dataset) == []


def test_a_report_is_placed_against_clusters_as_their_records_will_be() -> None:
    # "forum of mayors" on 4-5 January fits both forums while the second has no title yet;
    # once every report is placed, the second forum is titled "Mayors Forum", so only the
    # first (same title, overlapping dates) identifies it, as a second merge would decide
    records = [
        gathering("a1", "2023-01-03/2023-01-04", "little-rock", kind="forum", place="hanam"),
        gathering("a2", "2023-01-03/2023-01-04", "little-rock", kind="forum", place=None,
                  host="hanam", title="forum of mayors"),
        gathering("b1", "2023-01-04/2023-01-05", "little-rock", kind="forum", place="hanam"),
        gathering("b2", "2023-01-04/2023-01-05", "little-rock", kind="forum", place=None,
                  host="hanam", title="Mayors Forum"),
        # its id ranks it before "b2", so it is reached before that forum has its title
        gathering("b0", "2023-01-04/2023-01-05", "little-rock", kind="forum", place=None,
                  host="hanam", title="forum of mayors"),
    ]
    result = merged(*records)
    assert result.ambiguous == ()
    assert sorted(result.clusters[e.id] for e in result.dataset.events) == [
        ("a1", "a2", "b0"), ("b1", "b2")]
    assert cd.merge(result.dataset).dataset == result.dataset


def test_a_day_without_a_title_inside_two_titled_forums_is_ambiguous_not_guessed() -> None:
    # the day is the finest report, so it is reached first; whichever forum it met first,
    # the other could be it as well: it is listed with both, whatever the ids
    for first, second, day in (("a", "b", "c"), ("x", "b", "a")):
        result = merged(
            gathering(first, "2024-11", "chungju", kind="forum", title="Mayors Forum"),
            gathering(second, "2024-11", "hue", kind="forum", title="Smart City Forum"),
            gathering(day, "2024-11-05", "zibo", kind="forum"),
        )
        assert [(a.record, a.candidates) for a in result.ambiguous] == [
            (day, tuple(sorted((first, second))))]
        assert len(result.dataset.events) == 3
        assert cd.merge(result.dataset).dataset == result.dataset
    # with one forum only, the day is that forum
    (event,) = merged(gathering("a", "2024-11", "chungju", kind="forum", title="Mayors Forum"),
                      gathering("c", "2024-11-05", "zibo", kind="forum")).dataset.events
    assert str(event.date) == "2024-11-05" and event.title == "Mayors Forum"
