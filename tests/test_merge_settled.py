"""A settled merge keeps its settlements: merging it again (alone or with more reports)
settles the same way, and every problem of a ``resolve`` argument is reported at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import citydiplo as cd
from tests.test_merge_curation import (
    HANAM,
    LITTLE_ROCK,
    curated_inputs,
    settle_some,
    two_visits_and_a_vague_one,
    visit,
)


@pytest.mark.parametrize("occurrence", ["fa-april", "he-visit-20", "ko-visit-03"])
def test_merging_a_settled_result_again_keeps_the_settlement(occurrence: str) -> None:
    data = two_visits_and_a_vague_one()
    settled = cd.merge(data, resolve={"fa-april": occurrence})
    assert settled.ambiguous == ()
    assert settled.settlements == (cd.Settlement(report="fa-april", occurrence=occurrence),)
    assert cd.merge(settled) == settled  # the law: merge(settled output) == settled output
    assert cd.merge(settled, data) == settled
    (home,) = [ids for ids in cd.merge(settled).clusters.values() if "fa-april" in ids]
    assert occurrence in home


def test_a_settled_result_merged_with_more_reports_settles_the_same_way() -> None:
    settled = cd.merge(two_visits_and_a_vague_one(), resolve={"fa-april": "he-visit-20"})
    more = cd.Dataset.of([HANAM, LITTLE_ROCK, visit("a-visit-20", "2024-04-20", "y"),
                          visit("b-2023", "2023-06", "z")])
    grown = cd.merge(settled, more)
    assert grown.ambiguous == ()
    assert grown.clusters["a-visit-20"] == ("a-visit-20", "fa-april", "he-visit-20")
    assert grown == cd.merge(two_visits_and_a_vague_one(), more,
                             resolve={"fa-april": "he-visit-20"})
    # the reports alone carry no settlement: the curator can start over from them
    assert [a.report for a in cd.merge(settled.reports, more).ambiguous] == ["fa-april"]


def test_notes_travel_and_resolve_overrides_what_a_result_carried() -> None:
    data = two_visits_and_a_vague_one()
    why = cd.Settlement(report="fa-april", occurrence="he-visit-20", note="same delegation")
    settled = cd.merge(data, resolve=[why])
    assert cd.merge(settled).settlements == (why,)
    changed = cd.merge(settled, resolve={"fa-april": "gu-visit-03"})
    assert changed.settlements == (cd.Settlement(report="fa-april", occurrence="gu-visit-03"),)
    assert changed.clusters["fa-april"] == ("fa-april", "gu-visit-03", "ko-visit-03")


def test_two_results_that_settle_one_report_two_ways_are_refused_together() -> None:
    data = two_visits_and_a_vague_one()
    one = cd.merge(data, resolve={"fa-april": "he-visit-20"})
    other = cd.merge(data, resolve={"fa-april": "fa-april"})
    for pair in ((one, other), (other, one)):
        with pytest.raises(cd.SettlementError) as caught:
            cd.merge(*pair)
        assert [str(p) for p in caught.value.problems] == [
            "settlements['fa-april']: the merged results settle report 'fa-april' both as "
            "'fa-april' and as 'he-visit-20' (settle it with resolve=)"]
    chosen = cd.merge(one, other, resolve={"fa-april": "gu-visit-03"})
    assert chosen.clusters["fa-april"] == ("fa-april", "gu-visit-03", "ko-visit-03")


@settings(max_examples=60)
@given(curated_inputs(), st.data())
def test_a_settled_result_is_a_fixpoint(inputs: list[cd.Dataset], data: st.DataObject) -> None:
    resolve = settle_some(data.draw, cd.merge(*inputs))
    settled = cd.merge(*inputs, resolve=resolve)
    assert cd.merge(settled) == settled
    assert cd.merge(settled, *inputs) == settled
    assert cd.merge(*inputs, settled) == settled
    assert {(s.report, s.occurrence) for s in settled.settlements} == set(resolve.items())


# -- a resolve argument of the wrong shape -----------------------------------------------------


def test_every_problem_of_a_resolve_argument_is_listed_with_its_path() -> None:
    data = two_visits_and_a_vague_one()
    with pytest.raises(cd.SettlementError) as caught:
        cd.merge(data, resolve={1: "gu-visit-03", "ghost": "gu-visit-03",  # type: ignore[dict-item]
                                "fa-april": "june", " he-visit-20": "he-visit-20"})
    assert [str(p) for p in caught.value.problems] == [
        "resolve[' he-visit-20']: ' he-visit-20' is no report id (an id has no spaces around "
        "it)",
        "resolve['fa-april']: occurrence 'june' is the id of no input report",
        "resolve['ghost']: report 'ghost' is the id of no input report",
        "resolve[1]: 1 is no report id (expected text, not int)",
    ]
    with pytest.raises(cd.SettlementError) as caught:
        cd.merge(data, resolve=[("fa-april", "gu-visit-03"),  # type: ignore[list-item]
                                cd.Settlement(report="nobody", occurrence="gu-visit-03")])
    assert [p.path for p in caught.value.problems] == ["resolve['nobody']", "resolve[0]"]


@pytest.mark.parametrize("wrong", [5, "fa-april", b"fa-april", 2.5])
def test_a_resolve_that_is_no_mapping_or_records_is_a_citydiplo_error(wrong: object) -> None:
    with pytest.raises(cd.SettlementError, match=r"resolve takes a mapping of report id to "
                       r"occurrence id, or Settlement records, not \w+: ") as caught:
        cd.merge(two_visits_and_a_vague_one(), resolve=wrong)  # type: ignore[arg-type]
    error = caught.value
    assert isinstance(error, cd.CitydiploError) and isinstance(error, TypeError)
    assert repr(wrong)[:20] in str(error)


# -- the stored result: the dataset file and the rest beside it -------------------------------


def worded_and_vague() -> cd.Dataset:
    return two_visits_and_a_vague_one() + cd.Dataset.of([
        visit("en-visit-20", "2024-04-20", "en", note="the second visit"),
        visit("ko-note-20", "2024-04-20", "ko", note="두 번째 방문")])


def test_a_stored_result_reads_back_whole_and_merges_as_the_result(tmp_path: Path) -> None:
    result = cd.merge(worded_and_vague(), resolve=[cd.Settlement(
        report="fa-april", occurrence="fa-april", note="a third visit")])
    assert result.variants and result.settlements
    path = tmp_path / "merged.json"
    side = cd.dump_result(result, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["merged.json", "merged.json.merge.json"]
    assert side == tmp_path / "merged.json.merge.json"
    assert cd.load(path) == result.dataset  # the dataset file is an ordinary dataset file
    back = cd.load_result(path)
    assert back == result and back.reports == result.reports
    assert back.variants == result.variants and back.settlements == result.settlements
    assert cd.merge(back) == result  # the settlement holds: no ambiguity comes back
    more = cd.Dataset.of([HANAM, LITTLE_ROCK, visit("zz", "2024-04-03", "zz", note="first")])
    assert cd.merge(back, more) == cd.merge(result, more)


def test_a_stored_result_whose_dataset_changed_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "merged.jsonl"
    cd.dump_result(cd.merge(worded_and_vague()), path)
    with path.open("a", encoding="utf-8") as edit:
        edit.write('{"type":"city","id":"x","name":"X"}\n')
    with pytest.raises(cd.ParseError, match=r"describes another version of .*merged\.jsonl"):
        cd.load_result(path)
    with pytest.raises(FileNotFoundError, match=r"merged\.json\.merge\.json: no such file"):
        cd.load_result(tmp_path / "merged.json")


def test_the_merge_command_keeps_every_wording_and_settlement_in_its_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from citydiplo._cli import main

    data = tmp_path / "reports.jsonl"
    cd.dump(worded_and_vague(), data)
    settled = tmp_path / "settled.csv"
    settled.write_text("report,occurrence,note\nfa-april,fa-april,a third visit\n")
    out = tmp_path / "merged.jsonl"
    assert main(["merge", str(data), "-o", str(out), "--resolve", str(settled), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["result"] == str(tmp_path / "merged.jsonl.merge.json")
    assert summary["settled"] == 1 and summary["ambiguous"] == []
    expected = cd.merge(worded_and_vague(), resolve=cd.load_settlements(settled))
    stored = cd.load_result(out)
    assert stored == expected
    (variant,) = stored.variants
    assert variant.field == "note"
    assert [(v.value, v.reports, [c.source for c in v.citations]) for v in variant.values] == [
        ("the second visit", ("en-visit-20",), ["en"]), ("두 번째 방문", ("ko-note-20",), ["ko"])]

    # merging the output again, with more reports, keeps the settlement and the variants
    more = tmp_path / "more.jsonl"
    cd.dump(cd.Dataset.of([HANAM, LITTLE_ROCK, visit("zz", "2024-04-20", "zz", note="third")]),
            more)
    again = tmp_path / "again.jsonl"
    assert main(["merge", str(out), str(more), "-o", str(again)]) == 0
    assert "0 ambiguous reports" in capsys.readouterr().out
    grown = cd.load_result(again)
    assert grown == cd.merge(expected, cd.load(more))
    assert grown.settlements == expected.settlements
    assert {v.value for c in grown.variants for v in c.values} == {
        "the second visit", "두 번째 방문", "third"}

    # a merged file edited by hand no longer matches what is beside it: refused, not guessed
    with out.open("a", encoding="utf-8") as edit:
        edit.write('{"type":"city","id":"x","name":"X"}\n')
    assert main(["merge", str(out), "-o", str(again)]) == 1
    assert "describes another version of" in capsys.readouterr().err


# -- settlements files and records: what is refused, what round-trips --------------------------


def test_a_settlements_file_may_be_an_object_of_report_to_occurrence(tmp_path: Path) -> None:
    path = tmp_path / "settled.json"
    path.write_text('{"fa-april": "he-visit-20", "x": "x"}')
    assert cd.load_settlements(path) == (
        cd.Settlement(report="fa-april", occurrence="he-visit-20"),
        cd.Settlement(report="x", occurrence="x"))
    path.write_text('{"fa-april": "he-visit-20", "fa-april": "gu-visit-03", "x": null}')
    with pytest.raises(cd.SettlementError, match=r"duplicate key 'fa-april'"):
        cd.load_settlements(path)
    path.write_text('{"a": 1, "b": null, " c": "c"}')
    with pytest.raises(cd.SettlementError) as caught:
        cd.load_settlements(path)
    assert [str(p) for p in caught.value.problems] == [
        "$['a'].occurrence: 1 is no occurrence id (expected text, not int)",
        "$['b'].occurrence: None is no occurrence id (expected text, not NoneType)",
        "$[' c'].report: ' c' is no report id (an id has no spaces around it)"]


def test_ids_are_never_trimmed_and_extra_csv_cells_are_named(tmp_path: Path) -> None:
    path = tmp_path / "settled.csv"
    path.write_text("report,occurrence,note\n fa-april ,he-visit-20\nb,c,why,extra,more\n")
    with pytest.raises(cd.SettlementError) as caught:
        cd.load_settlements(path)
    assert [str(p) for p in caught.value.problems] == [
        "line 2.report: ' fa-april ' is no report id (an id has no spaces around it)",
        "line 3: 'extra' in column 4, which the header does not name (it names report, "
        "occurrence, note)",
        "line 3: 'more' in column 5, which the header does not name (it names report, "
        "occurrence, note)"]
    with pytest.raises(cd.SettlementError, match="no spaces around it"):
        cd.Settlement(report="fa-april ", occurrence="he-visit-20")


@pytest.mark.parametrize("note", [3, "", b"why"])
def test_a_settlement_note_is_text_or_none(note: object) -> None:
    with pytest.raises(cd.SettlementError, match=r"Settlement.note: .* is no note"):
        cd.Settlement(report="a", occurrence="b", note=note)  # type: ignore[arg-type]


def test_a_directory_is_no_settlements_file(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from citydiplo._cli import main

    with pytest.raises(IsADirectoryError, match="is a directory"):
        cd.load_settlements(tmp_path)
    data = tmp_path / "reports.jsonl"
    cd.dump(two_visits_and_a_vague_one(), data)
    assert main(["merge", str(data), "-o", str(tmp_path / "m.jsonl"),
                 "--resolve", str(tmp_path)]) == 2
    assert f"--resolve {tmp_path}: is a directory" in capsys.readouterr().err


_IDS = st.text(st.sampled_from("=+-@'\t a1é,\"\n;"), min_size=1, max_size=6).filter(
    lambda s: s == s.strip())


@settings(max_examples=200)
@given(st.lists(st.builds(cd.Settlement, report=_IDS, occurrence=_IDS,
                          note=st.none() | _IDS), max_size=4, unique_by=lambda s: s.report))
def test_settlements_files_round_trip_whatever_the_ids(given_: list[cd.Settlement]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for name in ("s.csv", "s.json"):
            path = Path(tmp) / name
            cd.write_settlements(path, given_)
            assert cd.load_settlements(path) == tuple(sorted(given_,
                                                             key=cd.Settlement.sort_key))


def test_written_csv_cells_never_start_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "settled.csv"
    given_ = [cd.Settlement(report="=HYPERLINK(1)", occurrence="+1", note="@SUM(A1)"),
              cd.Settlement(report="-x", occurrence="'=quoted", note="plain")]
    cd.write_settlements(path, given_)
    rows = path.read_text("utf-8").splitlines()[1:]
    assert rows == ["'-x,''=quoted,plain", "'=HYPERLINK(1),'+1,'@SUM(A1)"]
    assert cd.load_settlements(path) == tuple(sorted(given_, key=cd.Settlement.sort_key))


def test_participant_citations_says_what_an_unknown_id_is() -> None:
    cities = [cd.City(id=c, name=c) for c in ("kunming", "chungju", "hue")]

    def forum(id: str, delegate: str) -> cd.Event:
        return cd.Event(id=id, kind="forum", place="kunming", date=cd.PartialDate("2024-11"),
                        participants=[cd.Participant(actor=delegate, role="delegate")],
                        citations=[cd.Citation(source=id, quote=delegate)])

    result = cd.merge(cd.Dataset.of([*cities, forum("a", "chungju"), forum("b", "hue")]))
    with pytest.raises(cd.UnknownIdError, match="the report 'b' was fused into the event 'a'"):
        cd.participant_citations(result, "b")
    with pytest.raises(cd.UnknownIdError, match="'hue' is a city, not an event"):
        cd.participant_citations(result, "hue")
    with pytest.raises(KeyError, match="expected the id of an event"):
        cd.participant_citations(result, "nope")
    with pytest.raises(TypeError, match="argument 'result' must be MergeResult, not Dataset"):
        cd.participant_citations(result.dataset, "a")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="argument 'event' must be str, not int: 5"):
        cd.participant_citations(result, 5)  # type: ignore[arg-type]


# -- one actor, two roles ----------------------------------------------------------------------


def _gathering(id: str, roles: list[tuple[str, str]], date: str = "2024-05-10",
               kind: str = "conference") -> cd.Event:
    return cd.Event(id=id, kind=kind, place="kunming", date=cd.PartialDate(date),
                    participants=[cd.Participant(actor=a, role=r) for a, r in roles],
                    citations=[cd.Citation(source=id, quote=f"told by {id}")])


_TOWNS = [cd.City(id=c, name=c.title()) for c in ("kunming", "chungju", "hue")]


def test_reports_giving_one_actor_two_roles_give_one_entry_and_a_conflict() -> None:
    result = cd.merge(cd.Dataset.of([
        *_TOWNS, _gathering("a", [("chungju", "delegate"), ("kunming", "host")]),
        _gathering("b", [("chungju", "speaker"), ("hue", "delegate")], date="2024-05")]))
    (event,) = result.dataset.events
    assert [(p.actor, p.role.value) for p in event.participants] == [
        ("chungju", "delegate"), ("hue", "delegate"), ("kunming", "host")]
    (conflict,) = result.conflicts
    assert conflict.record == "a" and conflict.field == "participants"
    assert [(v.value, v.reports, [c.source for c in v.citations]) for v in conflict.values] == [
        ((cd.Participant(actor="chungju", role="delegate"),), ("a",), ["a"]),
        ((cd.Participant(actor="chungju", role="speaker"),), ("b",), ["b"])]
    assert str(conflict) == "a.participants: chungju (delegate) (a); chungju (speaker) (b)"
    assert "chungju (delegate) (a); chungju (speaker) (b)" in result._repr_html_()


def test_one_report_may_give_an_actor_two_roles_and_participant_says_nothing() -> None:
    both = [("kunming", "host"), ("kunming", "speaker")]
    result = cd.merge(cd.Dataset.of([
        *_TOWNS, _gathering("a", both), _gathering("b", both),
        _gathering("c", [("kunming", "participant"), ("hue", "delegate")])]))
    (event,) = result.dataset.events
    assert [(p.actor, p.role.value) for p in event.participants] == [
        ("hue", "delegate"), ("kunming", "host"), ("kunming", "speaker")]
    assert result.conflicts == ()
    # host alone is inside host and speaker: it says less, not otherwise
    partial = cd.merge(cd.Dataset.of([*_TOWNS, _gathering("a", both),
                                      _gathering("b", [("kunming", "host")])]))
    assert partial.conflicts == ()
    assert [(p.actor, p.role.value) for p in partial.dataset.events[0].participants] == [
        ("kunming", "host"), ("kunming", "speaker")]
    apart = cd.merge(cd.Dataset.of([*_TOWNS, _gathering("a", both),
                                    _gathering("b", [("kunming", "organizer")])]))
    assert [str(c) for c in apart.conflicts] == [
        "a.participants: kunming (host), kunming (speaker) (a); kunming (organizer) (b)"]


@settings(max_examples=60)
@given(st.lists(st.tuples(st.sampled_from(["chungju", "hue"]),
                          st.sampled_from(["delegate", "speaker", "participant", "guest"])),
                min_size=1, max_size=3), st.lists(st.sampled_from(["a", "b", "c"]), min_size=2,
                                                  max_size=3, unique=True), st.data())
def test_an_actor_has_the_roles_of_one_report_and_the_laws_hold(
    roles: list[tuple[str, str]], ids: list[str], data: st.DataObject
) -> None:
    reports = [_gathering(i, data.draw(st.lists(st.sampled_from(roles), min_size=1,
                                                max_size=3))) for i in ids]
    result = cd.merge(cd.Dataset.of([*_TOWNS, *reports]))
    assert cd.merge(cd.Dataset.of([*_TOWNS, *reversed(reports)])) == result
    assert cd.merge(result) == result
    for event in result.dataset.events:
        for actor in {p.actor for p in event.participants}:
            kept = {p.role for p in event.participants if p.actor == actor}
            told = [{p.role for p in r.participants if p.actor == actor} - {cd.Role.PARTICIPANT}
                    for r in reports if r.id in result.clusters[event.id]]
            told = [t for t in told if t]
            # roles that nest (each report's inside another's) say more or less, and the
            # actor gets the union; roles that do not nest are a disagreement, and the
            # actor gets the roles of one report, never a mix
            disagreeing = any(not (a <= b or b <= a) for a in told for b in told)
            if not told:
                continue
            assert kept == set().union(*told) if not disagreeing else kept in told
            listed = [c for c in result.conflicts if c.record == event.id
                      and c.field == "participants"
                      and any(p.actor == actor for v in c.values for p in v.value)]
            assert bool(listed) == disagreeing


def test_a_carried_settlement_that_no_longer_applies_says_where_it_came_from() -> None:
    def forum(id: str, date: str, delegate: str, title: str | None = None) -> cd.Event:
        return cd.Event(id=id, kind="forum", place="kunming", date=cd.PartialDate(date),
                        title=title, participants=[cd.Participant(actor=delegate,
                                                                  role="delegate")],
                        citations=[cd.Citation(source=id, quote=id)])

    data = cd.Dataset.of([*_TOWNS, forum("a", "2024-11", "chungju", "A"),
                          forum("b", "2024-11", "hue", "B"), forum("c", "2024-11-05", "hue")])
    assert [(x.report, x.candidates) for x in cd.merge(data).ambiguous] == [("c", ("a", "b"))]
    settled = cd.merge(data, resolve={"c": "a"})
    # forum A turns out to be on the 20th: c (the 5th) can only be forum B now
    later = cd.Dataset.of([*_TOWNS, forum("a2", "2024-11-20", "chungju", "A")])
    with pytest.raises(cd.SettlementError) as caught:
        cd.merge(settled, later)
    (problem,) = caught.value.problems
    assert problem.path == "settlements['c']"
    assert problem.message.startswith("report 'c' is not ambiguous: merge fused it with the "
                                      "reports ['b'], so it cannot be settled with 'a'")
    assert "a settlement that a merged result carried" in problem.message
    assert cd.merge(settled, later, resolve={"c": "b"}).clusters["b"] == ("b", "c")
    assert cd.merge(settled.reports, later).clusters["b"] == ("b", "c")
