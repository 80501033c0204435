"""merge over the shapes that broke its laws once each in random runs.

- Reports that differ only by actors that fusion joins (an id repeated in one input, one
  report naming Hanam under one id, the other under its twin's) are one report once actors
  are fused; kept as two, they were two ambiguous occurrences with equal contents and
  ``unique_ids`` raised.
- A report held back (it fits two clusters) that then joins one can give that cluster a
  finer date; the reports still waiting were judged against the cluster as it was, so
  merging the output fused it further (not a fixpoint).
- A partnership whose parties fusion joins is left out (finding CD901) with its citations:
  the citation law holds for every other report, and the left-out ones are stated.

Each literal case failed on 953ab96 (the last one as the law was tested there); the
strategies below draw these shapes on purpose, where the general ones meet them rarely.
"""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import citydiplo as cd
from citydiplo import DateRange, PartialDate
from tests.strategies import MERGE_CITIES, source_ids

HANAM_A = cd.City(id="a0", name="Hanam", country="KR")
HANAM_B = cd.City(id="a1", name="Hanam", country="KR")  # a0's twin: fusion joins them
ZIBO = cd.City(id="b0", name="Zibo", country="CN")
ZIBO_B = cd.City(id="b1", name="Zibo", country="CN")  # b0's twin


def meeting(id: str, actor: str, date: str | None = None) -> cd.Event:
    return cd.Event(id=id, kind="meeting", date=None if date is None else PartialDate(date),
                    title="Mayors Forum",
                    participants=[cd.Participant(actor=actor, role="participant")])


def forum(id: str, date: PartialDate | DateRange | None, title: str | None = None,
          hosted: bool = False) -> cd.Event:
    participants = [cd.Participant(actor="little-rock", role="delegate")]
    if hosted:
        participants.append(cd.Participant(actor="hanam", role="host"))
    return cd.Event(id=id, kind="forum", date=date, title=title,
                    place=None if hosted else "hanam", participants=participants,
                    citations=[cd.Citation(source="s0", quote=f"report {id}")])


def days(first: str, last: str) -> DateRange:
    return DateRange(start=PartialDate(first), end=PartialDate(last))


def left_out(result: cd.MergeResult, record: Any) -> bool:
    """Whether ``record`` names fewer than two actors once the result's actors are fused,
    read from the actor clusters (a partnership of one city cannot stand)."""
    actor_ids = {a.id for a in result.dataset.actors}
    fused = {m: new for new, ms in result.clusters.items() if new in actor_ids for m in ms}
    if isinstance(record, cd.Membership):
        return fused.get(record.member, record.member) == fused.get(record.network,
                                                                    record.network)
    if isinstance(record, cd.Partnership | cd.Agreement):
        return len({fused.get(p, p) for p in record.parties}) < 2
    return False


def assert_citations_accounted(inputs: list[cd.Dataset], result: cd.MergeResult) -> None:
    """Every citation of a report merge keeps is in the output; no citation is invented;
    a report left out is one whose actors fused into one, and the findings name it."""
    for coll in ("partnerships", "agreements", "events", "documents", "claims", "memberships"):
        kept = {c for ds in inputs for r in getattr(ds, coll) if not left_out(result, r)
                for c in r.citations}
        given_ = {c for ds in inputs for r in getattr(ds, coll) for c in r.citations}
        found = {c for r in getattr(result.dataset, coll) for c in r.citations}
        assert kept <= found <= given_, coll
    dropped = {r.id for ds in inputs for r in ds if left_out(result, r)}
    assert {f.record for f in result.findings if f.code == "CD901"} == dropped


# -- literal cases ---------------------------------------------------------------------------

def test_reports_equal_once_twins_fuse_are_one_report() -> None:
    # two reports 'y' that name a0 and its twin a1: one report once a0 and a1 are one city;
    # it fits both dated meetings, so it is listed as ambiguous, once
    given_ = cd.Dataset(actors=[HANAM_A, HANAM_B], events=[
        meeting("y", "a0"), meeting("y", "a1"), meeting("x", "a0", "2024-04"),
        meeting("r1", "a0", "2024-05")])
    result = cd.merge(given_)
    assert [e.id for e in result.dataset.events] == ["r1", "x", "y"]
    assert [(a.record, a.candidates) for a in result.ambiguous] == [("y", ("r1", "x"))]
    assert result.clusters["y"] == ("y",)
    assert cd.merge(result) == result
    assert cd.merge(result.dataset).dataset == result.dataset


def test_twin_reports_split_over_two_inputs_are_one_report() -> None:
    first = cd.Dataset(actors=[HANAM_A, HANAM_B], events=[
        meeting("y", "a0"), meeting("x", "a0", "2024-04"), meeting("r1", "a0", "2024-05")])
    second = cd.Dataset(actors=[HANAM_B], events=[meeting("y", "a1")])
    result = cd.merge(first, second)
    assert result == cd.merge(second, first)
    assert [e.id for e in result.dataset.events] == ["r1", "x", "y"]
    assert len(result.reports.events) == 4  # both accounts stay among the reports


def test_a_report_is_judged_against_the_cluster_a_held_report_made_finer() -> None:
    # o0-r4 (4-5 April), held back because it fits two forums, joins o0-r3's (April): that
    # forum is now dated 4-5 April, which o1-r0 (3-4 April) does not hold, so o1-r0 is of
    # the 3-4 April 'Mayors Forum' only; it was listed as ambiguous, and merging the output
    # fused it there
    reports = [
        forum("o0-r0", PartialDate("2024-04-04")),
        forum("o0-r3", PartialDate("2024-04"), "forum of mayors", hosted=True),
        forum("o0-r4", days("2024-04-04", "2024-04-05")),
        forum("o1-r0", days("2024-04-03", "2024-04-04")),
        forum("o3-r0", days("2024-04-03", "2024-04-04"), "Mayors Forum"),
    ]
    once = cd.merge(cd.Dataset.of([*MERGE_CITIES, *reports]))
    assert sorted(once.clusters["o0-r3"]) == ["o0-r3", "o0-r4"]
    assert sorted(once.clusters["o1-r0"]) == ["o1-r0", "o3-r0"]
    assert [(a.record, a.candidates) for a in once.ambiguous] == [("o0-r0", ("o0-r3", "o1-r0"))]
    assert cd.merge(once.dataset).dataset == once.dataset
    assert cd.merge(once) == once


def test_a_partnership_of_fused_twins_is_left_out_and_named() -> None:
    # the random case (two partnerships '0', one between two Countries named Hanam, KR) lost
    # that one's citation: merge leaves such a partnership out, and says so
    hanam = [cd.City(id="a0", name="Hanam"), cd.Country(id="a1", name="Hanam", country="KR"),
             cd.Country(id="a2", name="Hanam", country="KR")]
    cite = cd.Citation(source="s0", quote="q")
    given_ = cd.Dataset(actors=hanam, partnerships=[
        cd.Partnership(id="0", parties=("a0", "a1"), kind="sister"),
        cd.Partnership(id="0", parties=("a1", "a2"), kind="sister", citations=[cite])])
    result = cd.merge(given_)
    assert [p.parties for p in result.dataset.partnerships] == [("a0", "a1")]
    assert [f.code for f in result.findings] == ["CD901"]
    assert_citations_accounted([given_], result)


# -- strategies that draw these shapes on purpose --------------------------------------------

_TWINS = st.sampled_from(["a0", "a1", "b0", "b1"])
_FEW_IDS = st.sampled_from(["x", "y", "z"])
_DATES = st.none() | st.sampled_from([PartialDate("2024"), PartialDate("2024-04"),
                                      PartialDate("2024-05"), PartialDate("2024-04-04")])


@st.composite
def twin_reports(draw: st.DrawFn) -> cd.Dataset:
    """One input whose record ids repeat and whose reports name twin cities, so that
    reports become equal, or fusable, only once actors are fused."""
    cites = st.lists(st.builds(cd.Citation, source=source_ids, quote=st.just("q")), max_size=1)
    two = st.lists(_TWINS, min_size=2, max_size=2, unique=True)
    events = st.builds(
        cd.Event, id=_FEW_IDS, kind=st.sampled_from(["meeting", "visit", "forum"]), date=_DATES,
        title=st.none() | st.just("Mayors Forum"), citations=cites,
        participants=st.lists(st.builds(cd.Participant, actor=_TWINS,
                                        role=st.sampled_from(["visitor", "host", "participant"])),
                              min_size=1, max_size=2))
    partnerships = st.builds(cd.Partnership, id=_FEW_IDS, parties=two, established=_DATES,
                             kind=st.sampled_from(["sister", "friendship"]), citations=cites)
    agreements = st.builds(cd.Agreement, id=_FEW_IDS, parties=two, signed=_DATES,
                           kind=st.sampled_from(["mou", "cooperation"]), citations=cites)
    base = draw(st.lists(events | partnerships | agreements, min_size=1, max_size=4))
    # the same report again under the twin's ids: equal once actors are fused
    swap = {"a0": "a1", "a1": "a0", "b0": "b1", "b1": "b0"}
    twins = [_renamed(r, swap) for r in base if draw(st.booleans())]
    actors = [HANAM_A, HANAM_B, ZIBO, ZIBO_B]
    return cd.Dataset.of([*actors, *base, *twins])


def _renamed(record: Any, swap: dict[str, str]) -> Any:
    if isinstance(record, cd.Event):
        return cd.Event(**{**_fields(record), "participants": [
            cd.Participant(actor=swap[p.actor], role=p.role) for p in record.participants]})
    return type(record)(**{**_fields(record), "parties": [swap[p] for p in record.parties]})


def _fields(record: Any) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in attrs.fields(type(record))}


@st.composite
def crowded_forums(draw: st.DrawFn) -> cd.Dataset:
    """Reports of a few forums and visits held within days of each other at one city, at
    the day or coarser, titled or not, hosted or not: clusters compete for each report."""
    reports: list[cd.Event] = []
    for n in range(draw(st.integers(2, 4))):
        day = draw(st.integers(2, 6))
        for k in range(draw(st.integers(1, 4))):
            rid = f"o{n}-r{k}"
            shape = draw(st.sampled_from(["day", "month", "range", "later", "none"]))
            date: PartialDate | DateRange | None = {
                "day": PartialDate(f"2024-04-{day:02d}"), "month": PartialDate("2024-04"),
                "range": days(f"2024-04-{day - 1:02d}", f"2024-04-{day:02d}"),
                "later": days(f"2024-04-{day:02d}", f"2024-04-{day + 1:02d}"), "none": None,
            }[shape]
            title = draw(st.none() | st.sampled_from(["Mayors Forum", "forum of mayors"]))
            if draw(st.integers(0, 3)) == 0:
                twin = draw(st.sampled_from(["hanam", "hanam-si"]))
                reports.append(cd.Event(
                    id=rid, kind="visit", date=date,
                    participants=[cd.Participant(actor="little-rock", role="visitor"),
                                  cd.Participant(actor=twin, role="host")],
                    citations=[cd.Citation(source="s0", quote=f"report {rid}")]))
            else:
                reports.append(forum(rid, date, title, hosted=draw(st.booleans())))
    return cd.Dataset.of([*MERGE_CITIES, *reports])


@settings(max_examples=150)
@given(twin_reports(), twin_reports())
def test_laws_hold_when_reports_meet_only_after_actor_fusion(a: cd.Dataset,
                                                             b: cd.Dataset) -> None:
    once = cd.merge(a, b)
    assert once == cd.merge(b, a)
    assert cd.merge(a, a) == cd.merge(a)
    assert cd.merge(once) == once
    assert cd.merge(cd.merge(a), b) == once
    output_ids = [r.id for r in once.dataset]
    assert len(output_ids) == len(set(output_ids))
    assert_citations_accounted([a, b], once)


@settings(max_examples=150)
@given(crowded_forums())
def test_crowded_forums_merge_to_a_fixpoint(given_: cd.Dataset) -> None:
    once = cd.merge(given_)
    assert cd.merge(once.dataset).dataset == once.dataset
    assert cd.merge(once) == once
    assert_citations_accounted([given_], once)
