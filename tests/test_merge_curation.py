"""Merge as a curator reads it: conflicts only on facts, wording kept as variants, and
ambiguous reports laid out side by side and settled by ``resolve`` (records or a file)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import citydiplo as cd
from citydiplo import PartialDate
from citydiplo._merge._codec import decode_ambiguity, encode_ambiguity
from citydiplo._merge._nature import FIELDS, Nature

ROOT = Path(__file__).parent.parent

HANAM = cd.City(id="hanam", name="Hanam", country="KR")
LITTLE_ROCK = cd.City(id="little-rock", name="Little Rock", country="US")


def visit(id: str, date: str | None, source: str, **more: object) -> cd.Event:
    return cd.Event(
        id=id, kind="visit", date=None if date is None else PartialDate(date),
        participants=[cd.Participant(actor="hanam", role="visitor"),
                      cd.Participant(actor="little-rock", role="host")],
        citations=[cd.Citation(source=source, quote=f"report {id}")], **more,  # type: ignore[arg-type]
    )


def two_visits_and_a_vague_one() -> cd.Dataset:
    # two visits in one month, told by their day, and a report that says only "April 2024"
    return cd.Dataset.of([
        HANAM, LITTLE_ROCK,
        visit("gu-visit-03", "2024-04-03", "gu", venue="City Hall"),
        visit("ko-visit-03", "2024-04-03", "ko"),
        visit("he-visit-20", "2024-04-20", "he", title="Second visit"),
        visit("fa-april", "2024-04", "fa"),
    ])


# -- ambiguity, side by side ----------------------------------------------------------------


def test_a_vague_report_between_two_visits_in_one_month_lists_both_with_deciding_fields() -> None:
    result = cd.merge(two_visits_and_a_vague_one())
    (ambiguity,) = result.ambiguous
    assert ambiguity.record == "fa-april" and ambiguity.report == "fa-april"
    assert ambiguity.candidates == ("gu-visit-03", "he-visit-20")
    assert ambiguity.fields[:3] == ("date", "kind", "participants")
    rows = dict(ambiguity.rows())
    assert rows["date"] == [PartialDate("2024-04"), PartialDate("2024-04-03"),
                            PartialDate("2024-04-20")]
    assert rows["venue"] == [None, "City Hall", None]
    assert rows["title"] == [None, None, "Second visit"]
    assert [(c.record, c.reports) for c in ambiguity.options] == [
        ("gu-visit-03", ("gu-visit-03", "ko-visit-03")), ("he-visit-20", ("he-visit-20",))]
    text = str(ambiguity)
    assert text.splitlines()[0] == "fa-april could be gu-visit-03 or he-visit-20:"
    assert "  date: fa-april 2024-04 | gu-visit-03 2024-04-03 | he-visit-20 2024-04-20" in text


def test_resolve_settles_the_vague_report_by_any_report_id_of_the_occurrence() -> None:
    data = two_visits_and_a_vague_one()
    for named in ("gu-visit-03", "ko-visit-03"):  # either report names the occurrence
        result = cd.merge(data, resolve={"fa-april": named})
        assert result.ambiguous == ()
        assert result.clusters["fa-april"] == ("fa-april", "gu-visit-03", "ko-visit-03")
        (event,) = [e for e in result.dataset.events if e.id == "fa-april"]
        assert event.date == PartialDate("2024-04-03")  # the most precise report's date
        assert {c.source for c in event.citations} == {"fa", "gu", "ko"}
    by_record = cd.merge(data, resolve=[cd.Settlement(report="fa-april", occurrence="he-visit-20")])
    assert by_record.clusters["fa-april"] == ("fa-april", "he-visit-20")
    apart = cd.merge(data, resolve={"fa-april": "fa-april"})  # an occurrence of its own
    assert apart.ambiguous == () and apart.clusters["fa-april"] == ("fa-april",)
    assert len(apart.dataset.events) == 3


def test_a_settlement_survives_an_unrelated_input_and_a_new_report_of_its_occurrence() -> None:
    data = two_visits_and_a_vague_one()
    settled = {"fa-april": "he-visit-20"}
    unrelated = cd.Dataset.of([HANAM, LITTLE_ROCK, visit("a-2023", "2023-06", "x")])
    # "a-visit-20" sorts first: the occurrence's output id changes, the settlement holds
    joining = cd.Dataset.of([HANAM, LITTLE_ROCK, visit("a-visit-20", "2024-04-20", "y")])
    result = cd.merge(data, unrelated, joining, resolve=settled)
    assert result.ambiguous == ()
    assert result.clusters["a-visit-20"] == ("a-visit-20", "fa-april", "he-visit-20")


def test_settlements_that_cannot_apply_raise_one_error_listing_each_with_its_path() -> None:
    data = two_visits_and_a_vague_one()
    with pytest.raises(cd.SettlementError) as caught:
        cd.merge(data, resolve={"fa-april": "nowhere", "ghost": "gu-visit-03",
                                "gu-visit-03": "he-visit-20"})
    error = caught.value
    assert isinstance(error, cd.CitydiploError) and isinstance(error, ValueError)
    assert [(p.path, p.message) for p in error.problems] == [
        ("resolve['fa-april']", "occurrence 'nowhere' is the id of no input report"),
        ("resolve['ghost']", "report 'ghost' is the id of no input report"),
        ("resolve['gu-visit-03']", "report 'gu-visit-03' is not ambiguous: merge fused it "
         "with the reports ['ko-visit-03'], so it cannot be settled with 'he-visit-20'"),
    ]
    extra = cd.Dataset.of([HANAM, LITTLE_ROCK, visit("a-2023", "2023-06", "x")])
    with pytest.raises(cd.SettlementError, match=r"could belong to the occurrences of reports "
                       r"\[gu-visit-03 ko-visit-03; he-visit-20\], not to that of 'a-2023'"):
        cd.merge(data, extra, resolve={"fa-april": "a-2023"})
    with pytest.raises(cd.SettlementError, match="settled both as 'a' and as 'b'"):
        cd.merge(data, resolve=[cd.Settlement(report="fa-april", occurrence="a"),
                                cd.Settlement(report="fa-april", occurrence="b")])
    with pytest.raises(TypeError, match="Settlement records"):
        cd.merge(data, resolve=[("fa-april", "gu-visit-03")])  # type: ignore[list-item]


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_a_settlements_file_round_trips_and_reproduces_the_merge(tmp_path: Path,
                                                                 suffix: str) -> None:
    given_ = [cd.Settlement(report="fa-april", occurrence="he-visit-20", note="same delegation, "
                            "named in the Persian text"),
              cd.Settlement(report="x", occurrence="x")]
    path = tmp_path / f"settled{suffix}"
    cd.write_settlements(path, reversed(given_))
    assert cd.load_settlements(path) == tuple(given_)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left
    only = cd.load_settlements(path)[:1]
    data = two_visits_and_a_vague_one()
    settled = cd.merge(data, resolve=only)
    bare = cd.merge(data, resolve={"fa-april": "he-visit-20"})
    assert settled.settlements == only  # the note travels with the result
    assert bare.settlements == (cd.Settlement(report="fa-april", occurrence="he-visit-20"),)
    assert attrs.evolve(settled, settlements=()) == attrs.evolve(bare, settlements=())


def test_a_settlements_file_with_several_problems_reports_them_all(tmp_path: Path) -> None:
    path = tmp_path / "settled.json"
    path.write_text('{"settlements": [{"report": "a", "occurrence": "b"}, {"report": "c"},'
                    ' {"report": "a", "occurrence": "d", "why": "?"}, 7,'
                    ' {"report": " ", "occurrence": 3}]}')
    with pytest.raises(cd.SettlementError) as caught:
        cd.load_settlements(path)
    assert [str(p) for p in caught.value.problems] == [
        "$.settlements[1].occurrence: missing",
        "$.settlements[2]: unknown key(s) ['why']",
        "$.settlements[2]: report 'a' is settled both as 'b' and as 'd'",
        "$.settlements[3]: 7 is no settlement (an object expected)",
        "$.settlements[4].report: ' ' is no report id (expected a non-empty id)",
        "$.settlements[4].occurrence: 3 is no occurrence id (expected text, not int)",
    ]
    path.write_text('[{"report": "a", "occurrence": "b"}, {"report": "a", "occurrence": "c"}]')
    with pytest.raises(cd.SettlementError, match=r"\$\[1\].*'a' is settled both as 'b' and"):
        cd.load_settlements(path)
    csv_path = tmp_path / "settled.csv"
    csv_path.write_text("report,occurrence\na,\n,b\nc,d\n")
    with pytest.raises(cd.SettlementError) as caught:
        cd.load_settlements(csv_path)
    assert [str(p) for p in caught.value.problems] == [
        "line 2.occurrence: '' is no occurrence id (expected a non-empty id)",
        "line 3.report: '' is no report id (expected a non-empty id)"]
    csv_path.write_text("report,where\na,b\n")
    with pytest.raises(cd.SettlementError, match=r"missing column\(s\) \['occurrence'\]"):
        cd.load_settlements(csv_path)
    path.write_text("{not json")
    with pytest.raises(cd.SettlementError, match="not JSON"):
        cd.load_settlements(path)


def test_an_ambiguity_survives_the_stored_form() -> None:
    (ambiguity,) = cd.merge(two_visits_and_a_vague_one()).ambiguous
    assert decode_ambiguity(encode_ambiguity(ambiguity)) == ambiguity


def test_a_partitioned_merge_keeps_ambiguities_and_variants(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    pytest.importorskip("dask")
    from citydiplo.dask import merge_partitioned

    data = two_visits_and_a_vague_one() + cd.Dataset.of(
        [visit("gu-note", "2024-04-20", "gu", note="the second visit")])
    expected = cd.merge(data)
    assert expected.ambiguous and expected.variants == ()
    noted = data + cd.Dataset.of([visit("ko-note", "2024-04-20", "ko", note="두 번째 방문")])
    expected = cd.merge(noted)
    assert expected.variants and expected.ambiguous
    layout = cd.write_partitioned(noted, tmp_path / "in")
    assert cd.read_merged(merge_partitioned(layout, out=tmp_path / "out")) == expected


# -- conflicts are about facts --------------------------------------------------------------


def test_notes_and_titles_worded_differently_are_variants_not_conflicts() -> None:
    data = cd.Dataset.of([
        HANAM, LITTLE_ROCK,
        visit("gu-visit", "2024-07", "gu", title="Hanam delegation in Little Rock",
              note="the article names no venue"),
        visit("he-visit", "2024", "he", title="משלחת האנם בליטל רוק"),
        visit("en-visit", "2024-07", "en", note="translated from Gujarati",
              title="Hanam delegation in Little Rock"),
    ])
    result = cd.merge(data)
    assert result.conflicts == ()
    (event,) = result.dataset.events
    assert len(event.citations) == 3
    assert event.title == "Hanam delegation in Little Rock"
    assert [(v.record, v.field) for v in result.variants] == [
        ("en-visit", "note"), ("en-visit", "title")]
    note, title = result.variants
    assert [(v.value, v.reports, [c.source for c in v.citations]) for v in title.values] == [
        ("Hanam delegation in Little Rock", ("en-visit", "gu-visit"), ["en", "gu"]),
        ("משלחת האנם בליטל רוק", ("he-visit",), ["he"]),
    ]
    assert {v.value for v in note.values} == {"the article names no venue",
                                              "translated from Gujarati"}
    assert result.variants_of("en-visit") == result.variants
    asked = cd.merge(data, wording=True)
    assert asked.conflicts == result.variants and asked.variants == result.variants
    assert asked.dataset == result.dataset


def test_facts_still_conflict_and_venues_compare_as_names() -> None:
    def agreement(id: str, source: str, **more: object) -> cd.Agreement:
        return cd.Agreement(id=id, parties=("hanam", "little-rock"), kind="mou",
                            signed=PartialDate("2024-03"),
                            citations=[cd.Citation(source=source, quote=id)],
                            **more)  # type: ignore[arg-type]

    data = cd.Dataset.of([
        HANAM, LITTLE_ROCK,
        agreement("a1", "s1", venue="Grand InterContinental", amount=cd.Money(
            amount="1000", currency="USD")),
        agreement("a2", "s2", venue="Grand Intercontinental Samseong-dong",
                  amount=cd.Money(amount="2000", currency="USD")),
        agreement("a3", "s3", venue="그랜드 인터컨티넨탈"),
    ])
    result = cd.merge(data)
    assert [(c.record, c.field) for c in result.conflicts] == [("a1", "amount")]
    assert [(c.record, c.field) for c in result.variants] == [("a1", "venue")]
    other = cd.merge(data + cd.Dataset.of([agreement("a4", "s4", venue="City Hall")]))
    assert [(c.record, c.field) for c in other.conflicts] == [("a1", "amount"), ("a1", "venue")]
    assert other.variants == ()


def test_actor_names_are_labels_but_actor_facts_conflict() -> None:
    one = cd.City(id="hanam", name="Hanam", country="KR", latitude=37.54, longitude=127.2)
    two = cd.City(id="hanam", name="하남시", country="KR", latitude=35.1, longitude=127.2)
    result = cd.merge(cd.Dataset.of([one]), cd.Dataset.of([two]))
    assert [(c.record, c.field) for c in result.conflicts] == [("hanam", "latitude")]
    assert "하남시" in result.dataset.actor("hanam").labels()
    assert result.variants == ()


MODEL_CLASSES = [cd.Partnership, cd.Agreement, cd.Event, cd.Document, cd.CountClaim,
                 cd.Membership, cd.City, cd.Region, cd.Country, cd.Organization, cd.Person,
                 cd.Source]


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_every_field_of_every_report_type_is_classified(cls: type) -> None:
    missing = [a.name for a in attrs.fields(cls) if a.name not in FIELDS]
    assert not missing, f"classify {cls.__name__} fields in _merge/_nature.FIELDS: {missing}"


def test_the_field_table_puts_free_text_apart_from_facts() -> None:
    wording = sorted(name for name, (nature, _) in FIELDS.items() if nature is Nature.WORDING)
    assert wording == ["name", "names", "note", "title"]
    for fact in ("date", "kind", "status", "parties", "participants", "signatories", "place",
                 "document_number", "number", "amount", "venue", "latitude", "country"):
        assert FIELDS[fact][0] is Nature.FACT, fact


# -- laws with a fixed settlement -----------------------------------------------------------

_DATES = ["2024-04-03", "2024-04-20", "2024-05-09", "2024-04", "2024-05", "2024", None]


@st.composite
def curated_inputs(draw: st.DrawFn) -> list[cd.Dataset]:
    """2-3 datasets of visit reports between one pair of cities, with many vague ones and
    free-text notes and titles."""
    reports = []
    for n in range(draw(st.integers(2, 8))):
        reports.append(visit(
            f"r{n}", draw(st.sampled_from(_DATES)), draw(st.sampled_from(["gu", "he", "fa"])),
            note=draw(st.sampled_from([None, "one", "two"])),
            title=draw(st.sampled_from([None, "Visit", "방문"])),
            venue=draw(st.sampled_from([None, "City Hall", "Arts Center", "시청"]))))
    count = draw(st.integers(2, 3))
    out: list[list[object]] = [[HANAM, LITTLE_ROCK] for _ in range(count)]
    for report in reports:
        for t in draw(st.lists(st.integers(0, count - 1), min_size=1, max_size=2, unique=True)):
            out[t].append(report)
    return [cd.Dataset.of(records) for records in out]  # type: ignore[arg-type]


def settle_some(draw: st.DrawFn, result: cd.MergeResult) -> dict[str, str]:
    chosen: dict[str, str] = {}
    for ambiguity in result.ambiguous:
        if draw(st.booleans()):
            assert ambiguity.report is not None
            options = [r for c in ambiguity.options for r in c.reports]
            chosen[ambiguity.report] = draw(st.sampled_from([ambiguity.report, *options]))
    return chosen


@settings(max_examples=60)
@given(curated_inputs(), st.data())
def test_laws_hold_with_a_fixed_settlement(inputs: list[cd.Dataset], data: st.DataObject) -> None:
    resolve = settle_some(data.draw, cd.merge(*inputs))
    result = cd.merge(*inputs, resolve=resolve)
    assert cd.merge(*reversed(inputs), resolve=resolve) == result  # order of inputs
    assert cd.merge(*inputs, *inputs, resolve=resolve) == result  # repetition
    assert cd.merge(result, resolve=resolve) == result  # idempotent
    assert cd.merge(cd.merge(*inputs), resolve=resolve) == result  # a result's reports
    settled = {a.report for a in result.ambiguous}
    assert not settled & set(resolve)
    for report, occurrence in resolve.items():  # each settled report is where it was sent
        (home,) = [ids for ids in result.clusters.values() if report in ids]
        assert occurrence in home
    given_ = Counter(c for ds in inputs for e in set(ds.events) for c in e.citations)
    found = Counter(c for e in result.dataset.events for c in e.citations)
    assert set(found) == set(given_) and all(n == 1 for n in found.values())


@settings(max_examples=60)
@given(curated_inputs())
def test_no_wording_is_lost(inputs: list[cd.Dataset]) -> None:
    result = cd.merge(*inputs)
    home = {i: out for out, ids in result.clusters.items() for i in ids}
    records = {r.id: r for r in result.dataset.events}
    for ds in inputs:
        for report in ds.events:
            fused = records[home[report.id]]
            for name in ("note", "title", "venue"):
                value = getattr(report, name)
                if value is None or getattr(fused, name) == value:
                    continue
                kept = [v for c in (*result.variants, *result.conflicts) if c.record == fused.id
                        and c.field == name for v in c.values if v.value == value]
                assert kept and report.id in kept[0].reports, (report.id, name)
                assert set(report.citations) <= set(kept[0].citations)
    assert all(c.field not in ("note", "title") for c in result.conflicts)


_SCRIPT = textwrap.dedent('''
    import citydiplo as cd
    from citydiplo import PartialDate as P
    cities = [cd.City(id="c0", name="C0"), cd.City(id="c1", name="C1")]
    def visit(id, date, note, source):
        return cd.Event(id=id, kind="visit", date=P(date), note=note,
                        participants=[cd.Participant(actor="c0", role="visitor"),
                                      cd.Participant(actor="c1", role="host")],
                        citations=[cd.Citation(source=source, quote=id)])
    a = cd.Dataset.of([*cities, visit("x1", "2024-04-03", "first", "s1"),
                       visit("x2", "2024-04-03", "second", "s2"),
                       visit("y", "2024-04-20", "third", "s3")])
    b = cd.Dataset.of([*cities, visit("v", "2024-04", "vague", "s4"),
                       visit("w", "2024", "vaguer", "s5")])
    for result in (cd.merge(a, b), cd.merge(b, a, resolve={"v": "x2"}),
                   cd.merge(a, b, resolve={"v": "x2"}, wording=True)):
        print(cd.dumps(result.dataset))
        print([str(c) for c in result.conflicts], [str(c) for c in result.variants])
        print([str(x) for x in result.ambiguous], list(result.clusters.items()))
''')


def test_settled_and_worded_merges_are_byte_identical_under_every_hash_seed() -> None:
    outputs = set()
    for seed in ("0", "1", "99"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}
        done = subprocess.run([sys.executable, "-c", _SCRIPT], env=env, capture_output=True,
                              text=True, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1
    out = outputs.pop()
    assert "v could be x1 or y" in out and "w could be" in out
    assert "('v', ('v', 'x1', 'x2'))" in out


# -- the command line -----------------------------------------------------------------------


def test_the_merge_command_shows_ambiguities_and_takes_a_settlements_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from citydiplo._cli import main

    data = tmp_path / "reports.jsonl"
    cd.dump(two_visits_and_a_vague_one(), data)
    out = tmp_path / "merged.jsonl"
    assert main(["merge", str(data), "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "0 conflicts, 0 wording variants, 1 ambiguous reports" in text
    assert ("  ambiguous fa-april could be gu-visit-03 or he-visit-20:\n"
            "    date: fa-april 2024-04 | gu-visit-03 2024-04-03 |") in text
    assert main(["merge", str(data), "-o", str(out), "--json"]) == 0
    (ambiguity,) = json.loads(capsys.readouterr().out)["ambiguous"]
    assert ambiguity["report"] == "fa-april"
    assert ambiguity["candidates"][0] == {"record": "gu-visit-03",
                                          "reports": ["gu-visit-03", "ko-visit-03"]}
    assert ambiguity["fields"]["date"] == ["2024-04", "2024-04-03", "2024-04-20"]

    settled = tmp_path / "settled.csv"
    settled.write_text("report,occurrence,note\nfa-april,ko-visit-03,same day as the visit\n")
    assert main(["merge", str(data), "-o", str(out), "--resolve", str(settled), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["ambiguous"] == [] and summary["settled"] == 1
    assert cd.load(out) == cd.merge(two_visits_and_a_vague_one(),
                                    resolve={"fa-april": "gu-visit-03"}).dataset

    settled.write_text("report,occurrence\nfa-april,nowhere\nghost,gu-visit-03\n")
    assert main(["merge", str(data), "-o", str(out), "--resolve", str(settled)]) == 1
    err = capsys.readouterr().err
    assert (f"--resolve {settled} report 'fa-april': occurrence 'nowhere' is the id of no "
            "input report") in err
    assert f"--resolve {settled} report 'ghost': report 'ghost' is the id of no input" in err
    assert main(["merge", str(data), "-o", str(out), "--resolve", str(tmp_path / "no.csv")]) == 2


def test_the_merge_command_reports_wording_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "reports.jsonl"
    cd.dump(cd.Dataset.of([HANAM, LITTLE_ROCK, visit("a", "2024-07", "s1", note="one"),
                           visit("b", "2024-07", "s2", note="two")]), data)
    from citydiplo._cli import main

    out = str(tmp_path / "merged.jsonl")
    assert main(["merge", str(data), "-o", out]) == 0
    assert "0 conflicts, 1 wording variants" in capsys.readouterr().out
    assert main(["merge", str(data), "-o", out, "--wording"]) == 0
    assert "  conflict a.note: one (a); two (b)" in capsys.readouterr().out


def test_the_html_view_shows_variants_ambiguities_side_by_side_and_findings() -> None:
    twin = cd.City(id="hanam-ko", name="하남시", names={"en": ["Hanam"]}, country="KR")
    data = two_visits_and_a_vague_one() + cd.Dataset.of([
        twin, cd.Partnership(id="p", parties=("hanam", "hanam-ko"), kind="sister"),
        visit("ko-note", "2024-04-20", "ko", note="<b>두 번째</b>"),
        visit("en-note", "2024-04-20", "en", note="the second visit")])
    result = cd.merge(data)
    assert result.variants and result.ambiguous and result.findings
    html = result._repr_html_()
    assert "1 wording variant, 1 ambiguous, 1 finding<" in html
    assert "<h4>wording variants</h4>" in html and "&lt;b&gt;두 번째&lt;/b&gt;" in html
    assert ("<th>report fa-april</th><th>en-note (reports: en-note, he-visit-20, ko-note)</th>"
            "<th>gu-visit-03 (reports: gu-visit-03, ko-visit-03)</th>") in html
    assert "<tr><td>date</td><td>2024-04</td><td>2024-04-20</td><td>2024-04-03</td></tr>" in html
    assert "<h4>findings</h4>" in html and "CD901" in html
    one = result.ambiguous[0]._repr_html_()
    assert "<strong>Ambiguity</strong>: fa-april could be en-note or gu-visit-03<" in one
    assert "<tr><td>date</td><td>2024-04</td><td>2024-04-20</td><td>2024-04-03</td></tr>" in one


def test_the_merging_page_shows_the_field_table_as_the_code_has_it() -> None:
    import re

    text = (ROOT / "docs" / "concepts" / "merging.md").read_text("utf-8")
    rows = re.findall(r"^\| `(\w+)` \| (\w+) \|", text, flags=re.MULTILINE)
    assert rows == [(name, nature.value) for name, (nature, _) in FIELDS.items()]


@settings(max_examples=40)
@given(curated_inputs())
def test_asking_for_wording_changes_only_the_conflicts(inputs: list[cd.Dataset]) -> None:
    plain, asked = cd.merge(*inputs), cd.merge(*inputs, wording=True)
    assert asked.dataset == plain.dataset and asked.variants == plain.variants
    assert asked.ambiguous == plain.ambiguous and asked.clusters == plain.clusters
    assert set(asked.conflicts) == set(plain.conflicts) | set(plain.variants)
    assert not set(plain.conflicts) & set(plain.variants)
    assert all(FIELDS[c.field][0] is Nature.FACT for c in plain.conflicts)


def test_a_vague_autumn_forum_between_two_forums_is_listed_and_settled() -> None:
    cities = [cd.City(id=c, name=c.title(), country=k)
              for c, k in (("kunming", "CN"), ("chungju", "KR"), ("hue", "VN"))]

    def forum(id: str, date: str, title: str | None, who: str) -> cd.Event:
        return cd.Event(id=id, kind="forum", place="kunming", date=PartialDate(date),
                        title=title, participants=[cd.Participant(actor=who, role="delegate")],
                        citations=[cd.Citation(source=id[:2], quote=id)])

    data = cd.Dataset.of([*cities, forum("ko-sep", "2024-09-12", "Mayors Forum", "chungju"),
                          forum("vi-nov", "2024-11-19", "Youth Forum", "hue"),
                          forum("zh-autumn", "2024-23", None, "chungju")])  # "this autumn"
    (ambiguity,) = cd.merge(data).ambiguous
    rows = dict(ambiguity.rows())
    assert rows["title"] == [None, "Mayors Forum", "Youth Forum"]
    assert rows["place"] == ["kunming"] * 3
    settled = cd.merge(data, resolve={"zh-autumn": "vi-nov"})
    (youth,) = [e for e in settled.dataset.events if e.id == "vi-nov"]
    assert settled.ambiguous == () and settled.clusters["vi-nov"] == ("vi-nov", "zh-autumn")
    assert {p.actor for p in youth.participants} == {"chungju", "hue"}
