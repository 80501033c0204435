"""Occurrences a curator settles, ids that name several reports, wording carried by a
result: literal cases (findings of a hostile round on issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

import citydiplo as cd
from citydiplo.dates import parse_edtf
from tests.strategies import planted_datasets

TOWNS = [cd.City(id="kunming", name="Kunming", country="CN"),
         cd.City(id="chungju", name="Chungju", country="KR")]
SIDES = [cd.Participant(actor="chungju", role="visitor"),
         cd.Participant(actor="kunming", role="host")]


def visit(id: str, date: str, source: str | None = None) -> cd.Event:
    return cd.Event(id=id, kind="visit", date=parse_edtf(date), participants=SIDES,
                    citations=[cd.Citation(source=source or id, quote=id)])


def three_visits() -> cd.Dataset:
    return cd.Dataset.of([*TOWNS, visit("apr", "2024-04"), visit("may", "2024-05"),
                          visit("vague", "2024")])


# -- a report settled as its own occurrence is an occurrence --------------------------------

def test_a_later_identical_report_lists_the_occurrence_settled_apart_among_its_candidates(
) -> None:
    apart = cd.merge(three_visits(), resolve={"vague": "vague"})
    later = cd.Dataset.of([*TOWNS, visit("vague2", "2024")])
    (ambiguity,) = cd.merge(apart, later).ambiguous
    assert ambiguity.report == "vague2"
    assert [c.record for c in ambiguity.options] == ["apr", "may", "vague"]


def test_a_later_identical_report_may_be_settled_into_the_occurrence_settled_apart() -> None:
    apart = cd.merge(three_visits(), resolve={"vague": "vague"})
    later = cd.Dataset.of([*TOWNS, visit("vague2", "2024")])
    settled = cd.merge(apart, later, resolve={"vague2": "vague"})
    assert settled.ambiguous == ()
    assert settled.clusters["vague"] == ("vague", "vague2")
    assert [str(e.date) for e in settled.dataset.events] == ["2024-04", "2024-05", "2024"]
    assert cd.merge(settled) == settled
    # one call settling both gives the same
    assert settled == cd.merge(three_visits(), later,
                               resolve={"vague": "vague", "vague2": "vague"})


def test_a_report_that_cannot_be_the_occurrence_settled_apart_is_not_offered_it() -> None:
    apart = cd.merge(three_visits(), resolve={"vague": "vague"})
    later = cd.Dataset.of([*TOWNS, visit("april", "2024-04-10"), visit("mid", "2024-04~")])
    result = cd.merge(apart, later)
    assert all("vague" not in [c.record for c in a.options] for a in result.ambiguous)


# -- an id that names two reports ------------------------------------------------------------

def test_a_settlement_naming_an_id_held_by_two_different_reports_is_refused_saying_so(
) -> None:
    a = cd.Dataset.of([*TOWNS, visit("apr", "2024-04", "s1"), visit("may", "2024-05", "s2"),
                       visit("vague", "2024", "s3")])
    b = cd.Dataset.of([*TOWNS, visit("apr", "2024-06", "s4")])
    with pytest.raises(cd.SettlementError) as caught:
        cd.merge(a, b, resolve={"vague": "apr"})
    (problem,) = caught.value.problems
    assert problem.path == "resolve['vague']"
    assert "occurrence 'apr' names different reports (in inputs 1 and 2)" in problem.message
    assert "its own id" in problem.message and "not to that of" not in problem.message
    with pytest.raises(cd.SettlementError, match="report 'apr' names different reports"):
        cd.merge(a, b, resolve={"apr": "may"})
    # the same report given twice is one report: no refusal
    settled = cd.merge(a, a, resolve={"vague": "apr"})
    assert settled.clusters["apr"] == ("apr", "vague")


# -- wording asked once is kept --------------------------------------------------------------

def noted(id: str, note: str) -> cd.Event:
    return cd.Event(id=id, kind="visit", date=parse_edtf("2024-04-10"), note=note,
                    participants=SIDES, citations=[cd.Citation(source=id, quote=id)])


def test_a_result_asked_for_wording_conflicts_keeps_them_when_merged_again() -> None:
    data = cd.Dataset.of([*TOWNS, noted("a", "Talks on trade"), noted("b", "Discussed trade")])
    worded = cd.merge(data, wording=True)
    assert worded.wording and not cd.merge(data).wording
    assert [c.field for c in worded.conflicts] == ["note"]
    assert cd.merge(worded) == worded and cd.merge(worded).wording
    more = cd.Dataset.of([*TOWNS, noted("c", "Trade talks")])
    assert cd.merge(worded, more) == cd.merge(data, more, wording=True)
    assert cd.merge(more, worded) == cd.merge(worded, more)


def test_a_stored_result_keeps_its_wording_flag(tmp_path: Path) -> None:
    data = cd.Dataset.of([*TOWNS, noted("a", "Talks on trade"), noted("b", "Discussed trade")])
    worded = cd.merge(data, wording=True)
    cd.dump_result(worded, tmp_path / "w.jsonl")
    stored = cd.load_result(tmp_path / "w.jsonl")
    assert stored.wording and [c.field for c in stored.conflicts] == ["note"]
    assert [c.field for c in cd.merge(stored).conflicts] == ["note"]
    plain = cd.merge(data)
    cd.dump_result(plain, tmp_path / "p.jsonl")
    assert not cd.load_result(tmp_path / "p.jsonl").wording
    side = tmp_path / "w.jsonl.merge.json"
    side.write_text(side.read_text().replace('"wording": true', '"wording": "yes"'))
    with pytest.raises(cd.ParseError, match="wording"):
        cd.load_result(tmp_path / "w.jsonl")


@settings(max_examples=40)
@given(planted_datasets())
def test_a_result_asked_for_wording_is_a_fixpoint(inputs: list[cd.Dataset]) -> None:
    worded = cd.merge(*inputs, wording=True)
    assert cd.merge(worded) == worded
    assert cd.merge(worded).conflicts == worded.conflicts


# -- roles that nest -------------------------------------------------------------------------

def test_roles_of_one_report_inside_another_reports_are_no_conflict() -> None:
    def told(id: str, *roles: str) -> cd.Event:
        return cd.Event(id=id, kind="conference", place="kunming",
                        date=parse_edtf("2024-05-10"), citations=[cd.Citation(source=id, quote=id)],
                        participants=[cd.Participant(actor="chungju", role=r) for r in roles])
    result = cd.merge(cd.Dataset.of([*TOWNS, told("a", "delegate", "speaker"),
                                     told("b", "delegate")]))
    assert result.conflicts == ()
    assert [p.role.value for p in result.dataset.events[0].participants] == [
        "delegate", "speaker"]
    apart = cd.merge(cd.Dataset.of([*TOWNS, told("a", "delegate"), told("b", "speaker")]))
    assert [c.field for c in apart.conflicts] == ["participants"]
