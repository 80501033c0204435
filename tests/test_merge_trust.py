"""citydiplo.merge under hostile input: determinism, opposite roles, references and ids.

Each test states a guarantee of issue 11 (items 5-8) and would fail on a merge that breaks it:
ties settled by ``repr`` of frozensets or by ``hash``; opposite visits fused into one event;
references left pointing at ids that fusion removed; two output records with one id; a
``~`` qualifier or a signatory dropped without a conflict.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import citydiplo as cd
from citydiplo import PartialDate
from citydiplo._cli import main
from tests.strategies import datasets, linked_datasets

ROOT = Path(__file__).resolve().parents[1]


def cite(source: str, quote: str) -> cd.Citation:
    return cd.Citation(source=source, quote=quote)


HANAM = cd.City(id="hanam", name="Hanam", country="KR", subdivision="KR-41")
LITTLE_ROCK = cd.City(id="little-rock", name="Little Rock", country="US", subdivision="US-AR")


def visit(id: str, date: str, visitor: str, host: str, source: str = "s1",
          **more: object) -> cd.Event:
    return cd.Event(
        id=id, kind="visit", date=PartialDate(date),
        participants=[cd.Participant(actor=visitor, role="visitor"),
                      cd.Participant(actor=host, role="host")],
        citations=[cite(source, f"{id} {date}")], **more,  # type: ignore[arg-type]
    )


# -- item 5: one result in every process and for every order -------------------------------

# Reports that tie on every clustering feature (same id, same date) and differ in a frozenset
# and in a scalar: before the fix, the order of the frozenset's repr (hash seed dependent)
# decided which status the fused record kept, and the suffixes of ids given twice.
_SCRIPT = textwrap.dedent('''
    import citydiplo as cd
    from citydiplo import PartialDate as P
    cities = [cd.City(id=f"c{i}", name=f"C{i}") for i in range(3)]
    def partnership(status, fields, source):
        return cd.Partnership(id="p", parties=("c0", "c1"), kind="sister", status=status,
                              established=P("2003"), fields=fields,
                              citations=[cd.Citation(source=source, quote=status)])
    a = cd.Dataset.of([*cities,
        partnership("active", ["culture", "economy", "tourism"], "s1"),
        cd.Event(id="v", kind="visit", date=P("2024-04"), fields=["youth", "sports", "arts"],
                 participants=[cd.Participant(actor="c0", role="visitor"),
                               cd.Participant(actor="c2", role="host")])])
    b = cd.Dataset.of([*cities,
        partnership("ended", ["education", "trade", "health"], "s2"),
        cd.Event(id="v", kind="visit", date=P("2024-05"), fields=["energy", "transport"],
                 participants=[cd.Participant(actor="c0", role="visitor"),
                               cd.Participant(actor="c2", role="host")])])
    for result in (cd.merge(a, b), cd.merge(b, a)):
        print(cd.dumps(result.dataset))
        print([str(c) for c in result.conflicts], list(result.clusters.items()))
        print("--")
''')


def test_merge_output_is_byte_identical_under_every_hash_seed() -> None:
    outputs = set()
    for seed in ("0", "1", "2", "3", "4", "123456"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}
        done = subprocess.run([sys.executable, "-c", _SCRIPT], env=env, capture_output=True,
                              text=True, check=True)
        first, second, rest = done.stdout.split("--\n")
        assert first == second and not rest  # merge(a, b) and merge(b, a) print the same

        outputs.add(done.stdout)
    assert len(outputs) == 1
    out = outputs.pop()
    # the disagreement on status is a conflict, and the two visits "v" get distinct ids
    assert "p.status: active (p); ended (p)" in out
    assert len(set(re.findall(r'"id":"(v-[0-9a-f]{8})"', out))) == 2


_SEEDS = textwrap.dedent('''
    import citydiplo as cd
    from citydiplo._seeds import merge_seeds
    result = merge_seeds()
    print(cd.dumps(result.dataset))
    print([str(c) for c in result.conflicts], [str(f) for f in result.findings],
          list(result.clusters.items()))
''')


def test_the_seeds_merge_to_the_same_bytes_under_every_hash_seed() -> None:
    outputs = set()
    for seed in ("0", "7", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}
        done = subprocess.run([sys.executable, "-c", _SEEDS], env=env, capture_output=True,
                              text=True, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1 and '"type":"event"' in outputs.pop()


def test_tied_reports_give_the_same_fused_record_in_any_order() -> None:
    def partnership(status: str, fields: list[str]) -> cd.Partnership:
        return cd.Partnership(id="p", parties=("hanam", "little-rock"), status=status,
                              fields=fields, established=PartialDate("2024"))
    reports = [partnership("active", ["culture", "youth"]), partnership("ended", ["trade"]),
               partnership("suspended", ["arts", "energy", "health"])]
    results = [cd.merge(*(cd.Dataset.of([r]) for r in order))
               for order in (reports, reports[::-1], reports[1:] + reports[:1])]
    assert results[0] == results[1] == results[2]
    (status,) = [c for c in results[0].conflicts if c.field == "status"]
    assert [str(v.value) for v in status.values] == ["active", "ended", "suspended"]


# -- item 6: opposite visits ------------------------------------------------------------------

def test_opposite_visits_are_two_occurrences_and_a_roleless_report_fits_either() -> None:
    there = visit("there", "2024-07", "hanam", "little-rock", "s1")
    back = visit("back", "2024-07", "little-rock", "hanam", "s2")
    result = cd.merge(cd.Dataset.of([HANAM, LITTLE_ROCK, there]), cd.Dataset.of([back]))
    assert sorted(e.id for e in result.dataset.events) == ["back", "there"]
    for event in result.dataset.events:
        assert len({p.actor for p in event.participants}) == len(event.participants)
    met = cd.Event(id="met", kind="meeting", date=PartialDate("2024-07"),
                   participants=[cd.Participant(actor="hanam"),
                                 cd.Participant(actor="little-rock")])
    with_met = cd.merge(cd.Dataset.of([there, back, met]))
    assert [(a.record, a.candidates) for a in with_met.ambiguous] == [("met", ("back", "there"))]


def test_role_compatible_reports_still_fuse() -> None:
    guest = cd.Event(id="b", kind="visit", date=PartialDate("2024-07-03"),
                     participants=[cd.Participant(actor="hanam", role="guest"),
                                   cd.Participant(actor="little-rock", role="participant")])
    result = cd.merge(cd.Dataset.of([visit("a", "2024-07", "hanam", "little-rock"), guest]))
    (fused,) = result.dataset.events
    # one entry per actor: the finest report's role, the other role a conflict
    assert {(p.actor, str(p.role)) for p in fused.participants} == {
        ("hanam", "guest"), ("little-rock", "host")}
    assert [str(c) for c in result.conflicts] == [
        "a.participants: hanam (guest) (b); hanam (visitor) (a)"]


_SIDE = {"visitor": "out", "guest": "out", "delegate": "out", "host": "in", "organizer": "in"}


def _both_sides(event: cd.Event, ids: dict[str, set[str]] | None = None) -> set[str]:
    """The actors the event puts on both sides; ``ids`` maps an input actor id to the
    merged ids it may have become (actor fusion; actors of two types renamed apart)."""
    seen: dict[str, set[str]] = {}
    for p in event.participants:
        if str(p.role) in _SIDE:
            for actor in (ids or {}).get(p.actor, {p.actor}):
                seen.setdefault(actor, set()).add(_SIDE[str(p.role)])
    return {actor for actor, sides in seen.items() if len(sides) > 1}


def _merged_ids(result: cd.MergeResult) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for actor in result.dataset.actors:
        for old in result.clusters[actor.id]:
            out.setdefault(old, set()).add(actor.id)
    return out


@settings(max_examples=60)
@given(st.lists(datasets(max_size=4), min_size=1, max_size=3))
def test_merge_never_puts_an_actor_on_both_sides_of_an_event(inputs: list[cd.Dataset]) -> None:
    # Compared after actor fusion: two input actors fused into one, or one id given to
    # actors of two types, make a single report tell what it did not say under its own ids.
    # Reports that share an id are all considered (a dict by id would keep only one).
    result = cd.merge(*inputs)
    ids = _merged_ids(result)
    by_id: dict[str, list[cd.Event]] = {}
    for ds in inputs:
        for e in ds.events:
            by_id.setdefault(e.id, []).append(e)
    for event in result.dataset.events:
        told = set().union(*(_both_sides(e, ids) for i in result.clusters[event.id]
                             for e in by_id.get(i, ())))
        assert _both_sides(event) <= told  # only what a single report said itself


# -- item 7: references and ids ---------------------------------------------------------------

def reference_errors(ds: cd.Dataset) -> list[str]:
    return [str(f) for f in cd.validate(ds, rules=["CD1"])]


def test_a_partnership_of_two_actors_that_fuse_becomes_a_finding() -> None:
    twin = cd.City(id="hanam-ko", name="하남시", names={"en": ["Hanam"]}, country="KR",
                   subdivision="KR-41")
    ds = cd.Dataset.of([HANAM, twin, LITTLE_ROCK, cd.Source(id="s1"),
                        cd.Partnership(id="p", parties=("hanam", "hanam-ko"), kind="sister",
                                       citations=[cite("s1", "sister cities")]),
                        cd.Agreement(id="m", parties=("hanam", "hanam-ko", "little-rock"),
                                     citations=[cite("s1", "three parties")])])
    assert reference_errors(ds) == []
    result = cd.merge(ds)
    assert reference_errors(result.dataset) == []
    assert result.dataset.partnerships == ()
    (finding,) = result.findings
    assert (finding.code, finding.record) == ("CD901", "p")
    assert "'hanam'" in finding.message and "'hanam-ko'" in finding.message
    assert result.dataset.agreements[0].parties == ("hanam", "little-rock")


def test_an_actor_and_a_record_with_one_id_get_distinct_ids_and_references_follow() -> None:
    left = cd.Dataset.of([HANAM, LITTLE_ROCK,
                          cd.City(id="x", name="Xuan Loc", country="VN")])
    right = cd.Dataset.of([HANAM, LITTLE_ROCK,
                           cd.Partnership(id="x", parties=("hanam", "little-rock")),
                           cd.Agreement(id="m", parties=("hanam", "little-rock"),
                                        partnership="x")])
    assert reference_errors(left) == reference_errors(right) == []
    result = cd.merge(left, right)
    assert reference_errors(result.dataset) == []
    assert result == cd.merge(right, left)
    (partnership,) = result.dataset.partnerships
    assert partnership.id.startswith("x-") and result.dataset.actor("x").name == "Xuan Loc"
    assert result.dataset.agreements[0].partnership == partnership.id


def test_actors_of_two_types_with_one_id_stay_apart_and_references_go_by_kind() -> None:
    city = cd.City(id="lee", name="Lee", country="US")
    person = cd.Person(id="lee", name="Lee Hyun-jae")
    signed = cd.Agreement(id="m", parties=("hanam", "little-rock"),
                          signatories=[cd.Signatory(person="lee", on_behalf_of="hanam")])
    visited = cd.Event(id="e", participants=[cd.Participant(actor="hanam")], place="lee")
    left, right = cd.Dataset.of([HANAM, LITTLE_ROCK, person, signed]), cd.Dataset.of(
        [HANAM, city, visited])
    assert reference_errors(left) == reference_errors(right) == []
    result = cd.merge(left, right)
    assert reference_errors(result.dataset) == []
    kept = {a.type: a.id for a in result.dataset.actors if a.name.startswith("Lee")}
    assert kept["city"] == "lee" and kept["person"].startswith("lee-")
    assert result.dataset.agreements[0].signatories[0].person == kept["person"]
    assert result.dataset.events[0].place == "lee"
    assert [f.code for f in result.findings] == ["CD903"]


def test_fusion_that_makes_an_actor_its_own_ancestor_cuts_the_link() -> None:
    # one source says the district belongs to the city, another the city to the district,
    # under ids that fusion joins: before, merge produced a parent cycle (CD104)
    left = cd.Dataset.of([cd.City(id="a", name="Alpha", country="KR", parent="b"),
                          cd.City(id="b", name="Beta", country="KR")])
    right = cd.Dataset.of([cd.City(id="a2", name="Alpha", country="KR"),
                           cd.City(id="b2", name="Beta", country="KR", parent="a2")])
    assert reference_errors(left) == reference_errors(right) == []
    result = cd.merge(left, right)
    assert reference_errors(result.dataset) == []
    assert [(f.code, f.record) for f in result.findings] == [("CD902", "a")]


def test_references_to_a_report_left_out_are_dropped_with_a_finding() -> None:
    twin = cd.City(id="hanam-2", name="Hanam", country="KR", subdivision="KR-41")
    ds = cd.Dataset.of([HANAM, twin, LITTLE_ROCK,
                        cd.Partnership(id="p", parties=("hanam", "hanam-2")),
                        cd.Agreement(id="m", parties=("hanam", "little-rock"), partnership="p"),
                        cd.Event(id="e", participants=[cd.Participant(actor="hanam-2")],
                                 partnership="p")])
    assert reference_errors(ds) == []
    result = cd.merge(ds)
    assert reference_errors(result.dataset) == []
    assert result.dataset.agreements[0].partnership is None
    assert result.dataset.events[0].partnership is None
    assert [(f.code, f.record) for f in result.findings] == [
        ("CD901", "p"), ("CD905", "e"), ("CD905", "m")]


def test_a_reference_to_an_id_of_two_occurrences_goes_to_its_own_sources_record() -> None:
    def partnership(date: str, source: str) -> cd.Partnership:
        return cd.Partnership(id="p", parties=("hanam", "little-rock"), kind="sister",
                              established=PartialDate(date),
                              citations=[cite(source, f"since {date}")])
    signing = cd.Agreement(id="m", parties=("hanam", "little-rock"), partnership="p",
                           citations=[cite("s2", "signed")])
    left = cd.Dataset.of([HANAM, LITTLE_ROCK, cd.Source(id="s1"), partnership("1995", "s1")])
    right = cd.Dataset.of([HANAM, LITTLE_ROCK, cd.Source(id="s2"), partnership("2003", "s2"),
                           signing])
    assert reference_errors(left) == reference_errors(right) == []
    result = cd.merge(left, right)
    assert reference_errors(result.dataset) == []
    (p2003,) = [p for p in result.dataset.partnerships if str(p.established) == "2003"]
    assert result.dataset.agreements[0].partnership == p2003.id != "p"
    assert [(f.code, f.record) for f in result.findings] == [("CD904", "m")]


def test_a_source_and_an_actor_with_one_id_keep_distinct_ids() -> None:
    source = cd.Source(id="hanam", title="Hanam city news")
    event = cd.Event(id="e", participants=[cd.Participant(actor="hanam")],
                     citations=[cite("hanam", "the city")])
    result = cd.merge(cd.Dataset.of([source, event]), cd.Dataset.of([HANAM]))
    assert reference_errors(result.dataset) == []
    (actor,) = result.dataset.actors
    assert actor.id.startswith("hanam-") and result.dataset.sources[0].id == "hanam"
    assert result.dataset.events[0].participants[0].actor == actor.id


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


@settings(max_examples=100)
@given(st.lists(st.one_of(linked_datasets(), datasets(max_size=5)).map(_clean),
                min_size=1, max_size=3))
def test_inputs_without_reference_errors_merge_without_reference_errors(
    inputs: list[cd.Dataset],
) -> None:
    for ds in inputs:
        assert reference_errors(ds) == []
    result = cd.merge(*inputs)
    assert reference_errors(result.dataset) == []
    assert result == cd.merge(*inputs[::-1])


# -- item 8: qualifiers and signatories -------------------------------------------------------

def test_an_approximate_date_losing_to_an_exact_one_is_a_conflict() -> None:
    exact = visit("a", "2024-04", "hanam", "little-rock", "s1")
    about = visit("b", "2024-04~", "hanam", "little-rock", "s2")
    for order in ([exact, about], [about, exact]):
        result = cd.merge(*(cd.Dataset.of([r]) for r in order))
        (event,) = result.dataset.events
        assert event.date == PartialDate("2024-04")
        (conflict,) = result.conflicts
        assert conflict.field == "date"
        assert [(str(v.value), v.reports) for v in conflict.values] == [
            ("2024-04", ("a",)), ("2024-04~", ("b",))]
    # a coarser approximate date says nothing against a finer one: no conflict
    coarse = visit("c", "2024~", "hanam", "little-rock", "s3")
    assert cd.merge(cd.Dataset.of([exact, coarse])).conflicts == ()


def test_qualifiers_of_other_date_fields_conflict_too() -> None:
    p1 = cd.Partnership(id="p1", parties=("hanam", "little-rock"), ended=PartialDate("2020"))
    p2 = attrs.evolve(p1, id="p2", ended=PartialDate("2020?"))
    result = cd.merge(cd.Dataset.of([p1, p2]))
    assert [(c.field, len(c.values)) for c in result.conflicts] == [("ended", 2)]
    assert result.dataset.partnerships[0].ended == PartialDate("2020")


def _signed(id: str, *signatories: tuple[str, str]) -> cd.Agreement:
    return cd.Agreement(id=id, parties=("arkansas", "hanam"), signed=PartialDate("2024-03"),
                        signatories=[cd.Signatory(person=p, on_behalf_of=o)
                                     for p, o in signatories],
                        citations=[cite(id, "signed")])


def test_conflicting_signatories_are_a_conflict_and_all_are_kept() -> None:
    lee = _signed("gu", ("lee", "hanam"), ("sanders", "arkansas"))
    kim = _signed("he", ("kim", "hanam"), ("sanders", "arkansas"))
    result = cd.merge(cd.Dataset.of([lee]), cd.Dataset.of([kim]))
    (agreement,) = result.dataset.agreements
    assert {s.person for s in agreement.signatories} == {"lee", "kim", "sanders"}
    (conflict,) = result.conflicts
    assert conflict.field == "signatories"
    assert [v.reports for v in conflict.values] == [("gu",), ("he",)] or [
        v.reports for v in conflict.values] == [("he",), ("gu",)]
    # one signer for two parties
    swapped = _signed("ru", ("sanders", "hanam"))
    assert [c.field for c in cd.merge(cd.Dataset.of([lee, swapped])).conflicts] == [
        "signatories"]


def test_agreeing_or_partial_signatories_are_no_conflict() -> None:
    both = _signed("gu", ("lee", "hanam"), ("sanders", "arkansas"))
    one = _signed("he", ("lee", "hanam"))
    none = _signed("vi")
    result = cd.merge(cd.Dataset.of([both, one, none]))
    assert result.conflicts == ()
    assert len(result.dataset.agreements[0].signatories) == 2


# -- the laws, with ids shared across kinds and references between records --------------------

@settings(max_examples=60)
@given(st.tuples(linked_datasets(), linked_datasets(), linked_datasets()))
def test_laws_hold_when_ids_collide_across_kinds(inputs: tuple[cd.Dataset, ...]) -> None:
    a, b, c = inputs
    assert cd.merge(a, b) == cd.merge(b, a)
    assert cd.merge(a, a) == cd.merge(a)
    assert cd.merge(cd.merge(a, b), c) == cd.merge(a, cd.merge(b, c)) == cd.merge(a, b, c)
    once = cd.merge(a, b, c)
    assert cd.merge(once) == once
    output_ids = [r.id for r in once.dataset]
    assert len(output_ids) == len(set(output_ids))


def test_the_merge_command_shows_the_findings(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    twin = cd.City(id="hanam-ko", name="하남시", names={"en": ["Hanam"]}, country="KR",
                   subdivision="KR-41")
    given_ = tmp_path / "in.jsonl"
    cd.dump(cd.Dataset.of([HANAM, twin, cd.Partnership(id="p", parties=("hanam", "hanam-ko"))]),
            given_)
    assert main(["merge", str(given_), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert "warning CD901 $.partnerships.parties (p): partnership 'p'" in capsys.readouterr().out
