"""The files a merge writes: their modes, the sidecar read back whatever it holds, the pair
written together, output names that would clobber an input refused, CSV cells kept whole."""

from __future__ import annotations

import copy
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import citydiplo as cd
from tests.test_merge_curation import two_visits_and_a_vague_one


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _settled() -> cd.MergeResult:
    return cd.merge(two_visits_and_a_vague_one(), resolve=[
        cd.Settlement(report="fa-april", occurrence="fa-april", note="a third visit")])


# -- 1. modes: a new file follows the umask, a replaced file keeps its mode --------------------


@pytest.mark.parametrize(("umask", "expected"),
                         [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_files_get_the_mode_open_would_give(
    tmp_path: Path, umask: int, expected: int
) -> None:
    old = os.umask(umask)
    try:
        cd.dump(two_visits_and_a_vague_one(), tmp_path / "d.jsonl")
        side = cd.dump_result(_settled(), tmp_path / "m.jsonl")
        cd.write_settlements(tmp_path / "s.csv", _settled().settlements)
    finally:
        os.umask(old)
    for name in ("d.jsonl", "m.jsonl", side.name, "s.csv"):
        assert oct(_mode(tmp_path / name)) == oct(expected), name


def test_a_replaced_file_keeps_its_mode(tmp_path: Path, umask_022: None) -> None:
    path = tmp_path / "m.jsonl"
    cd.dump_result(_settled(), path)
    path.chmod(0o640)
    Path(str(path) + ".merge.json").chmod(0o604)
    cd.dump_result(_settled(), path)
    assert (_mode(path), _mode(Path(str(path) + ".merge.json"))) == (0o640, 0o604)


# -- 2. a malformed sidecar is a ParseError naming the file and each JSON path ---------------


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The address of every value inside a JSON document (the root excluded)."""
    if path:
        yield path
    if isinstance(value, dict):
        for key in sorted(value):
            yield from _paths(value[key], (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, (*path, i))


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, dict[str, Any]]:
    path = tmp_path_factory.mktemp("stored") / "m.jsonl"
    result = cd.merge(two_visits_and_a_vague_one(), wording=True)
    result = cd.merge(result, resolve=[cd.Settlement(report="fa-april", occurrence="fa-april")])
    side = cd.dump_result(result, path)
    doc = json.loads(side.read_text("utf-8"))
    assert doc["settlements"] and doc["clusters"] and doc["reports"]
    return path.read_bytes(), doc


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_mutation_of_a_sidecar_loads_or_is_a_parse_error_naming_the_file(
    tmp_path: Path, stored: tuple[bytes, dict[str, Any]], data: st.DataObject
) -> None:
    dataset, doc = stored
    doc = copy.deepcopy(doc)
    where = data.draw(st.sampled_from(list(_paths(doc))), label="path")
    parent = doc
    for step in where[:-1]:
        parent = parent[step]
    mutation = data.draw(st.sampled_from(["drop", None, 5, "x", [], {}, True]), label="to")
    if mutation == "drop":
        del parent[where[-1]]
    else:
        parent[where[-1]] = mutation
    path = tmp_path / "m.jsonl"
    path.write_bytes(dataset)
    Path(str(path) + ".merge.json").write_text(json.dumps(doc), "utf-8")
    error: cd.ParseError | None = None
    try:
        cd.load_result(path)
    except cd.ParseError as raised:
        error = raised
    assert error is None or "m.jsonl.merge.json" in str(error)


@pytest.mark.parametrize(("edit", "path"), [
    (lambda d: d["dataset"].pop("sha256"), "$.dataset.sha256: missing"),
    (lambda d: d.__setitem__("dataset", None), "$.dataset: an object expected, null found"),
    (lambda d: d.pop("reports"), "$.reports: missing"),
    (lambda d: d.__setitem__("clusters", {"a": [1]}), '$.clusters["a"][0]: a string expected'),
    (lambda d: d["settlements"].__setitem__(0, {"report": "vague", "occurrence": 5}),
     "$.settlements[0]: "),
    (lambda d: d["conflicts"].append(3), "$.conflicts[0]: an object expected, a number found"),
])
def test_a_malformed_sidecar_names_the_file_and_the_path_in_the_api_and_the_cli(
    tmp_path: Path, stored: tuple[bytes, dict[str, Any]], capsys: pytest.CaptureFixture[str],
    edit: Any, path: str,
) -> None:
    from citydiplo._cli import main

    dataset, doc = stored
    doc = copy.deepcopy(doc)
    doc["conflicts"] = []
    edit(doc)
    data = tmp_path / "t.jsonl"
    data.write_bytes(dataset)
    Path(str(data) + ".merge.json").write_text(json.dumps(doc), "utf-8")
    with pytest.raises(cd.ParseError) as caught:
        cd.load_result(data)
    assert f"{data}.merge.json" in str(caught.value) and path in str(caught.value)
    assert main(["merge", str(data), "-o", str(tmp_path / "o.jsonl")]) == 1
    err = capsys.readouterr().err
    assert f"{data}.merge.json" in err and path in err and "Traceback" not in err


# -- 3. the dataset and its sidecar are written as a pair -------------------------------------


def test_a_pair_that_cannot_be_written_leaves_both_old_files_and_names_no_temporary(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.jsonl"
    cd.dump(two_visits_and_a_vague_one(), path)
    old = path.read_bytes()
    (tmp_path / "p.jsonl.merge.json").mkdir()  # the sidecar cannot be replaced
    with pytest.raises(OSError, match=r"p\.jsonl\.merge\.json") as caught:
        cd.dump_result(_settled(), path)
    assert ".tmp" not in str(caught.value)
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.jsonl", "p.jsonl.merge.json"]


def test_the_pair_written_over_an_old_pair_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    cd.dump_result(cd.merge(two_visits_and_a_vague_one()), path)
    cd.dump_result(_settled(), path)
    assert cd.load_result(path) == _settled()


def test_the_merge_command_reports_a_pair_it_cannot_write_without_temporary_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from citydiplo._cli import main

    data = tmp_path / "a.jsonl"
    cd.dump(two_visits_and_a_vague_one(), data)
    out = tmp_path / "p.jsonl"
    out.write_text("old\n")
    (tmp_path / "p.jsonl.merge.json").mkdir()
    assert main(["merge", str(data), "-o", str(out)]) == 1  # a failed write
    err = capsys.readouterr().err
    assert "p.jsonl.merge.json" in err and ".tmp" not in err
    assert out.read_text() == "old\n"


# -- 4. names merge refuses: sidecars as inputs or outputs, an output under a file ------------


def test_an_output_naming_a_sidecar_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from citydiplo._cli import main

    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    cd.dump(two_visits_and_a_vague_one(), a)
    cd.dump(two_visits_and_a_vague_one(), b)
    assert main(["merge", str(b), str(a), "-o", f"{a}.merge.json"]) == 2
    err = capsys.readouterr().err
    assert f"-o {a}.merge.json: names a merge description file (that of the input {a})" in err
    assert f"-o {a}" in err.rsplit("e.g.", 1)[1]
    assert not Path(f"{a}.merge.json").exists()
    assert main(["merge", str(b), "-o", str(tmp_path / "other.jsonl.merge.json")]) == 2
    assert "names a merge description file, which" in capsys.readouterr().err


def test_a_sidecar_given_as_input_asks_for_its_dataset_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from citydiplo._cli import main

    path = tmp_path / "s.jsonl"
    side = cd.dump_result(_settled(), path)
    assert main(["merge", str(side), "-o", str(tmp_path / "o.jsonl")]) == 2
    err = capsys.readouterr().err
    assert f"give its dataset file {path} instead" in err and err.count("\n") == 1


def test_a_directory_input_and_an_output_under_a_file_are_named_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from citydiplo._cli import main

    data = tmp_path / "a.jsonl"
    cd.dump(two_visits_and_a_vague_one(), data)
    (tmp_path / "adir").mkdir()
    assert main(["merge", str(tmp_path / "adir"), "-o", str(tmp_path / "o.jsonl")]) == 2
    assert "adir: is a directory (expected a dataset file)" in capsys.readouterr().err
    (tmp_path / "afile").write_text("")
    assert main(["merge", str(data), "-o", str(tmp_path / "afile" / "x.jsonl")]) == 2
    assert f"{tmp_path / 'afile'} is a file, not a directory" in capsys.readouterr().err


@pytest.mark.parametrize("wrong", ["x", None, 5])
def test_dump_result_of_no_merge_result_is_a_citydiplo_type_error(
    tmp_path: Path, wrong: object
) -> None:
    with pytest.raises(TypeError, match=r"dump_result\(\) argument 'result' must be "
                                         r"MergeResult") as caught:
        cd.dump_result(wrong, tmp_path / "m.jsonl")  # type: ignore[arg-type]
    assert isinstance(caught.value, cd.CitydiploError)
    with pytest.raises(TypeError, match="must be MergeResult, not Dataset"):
        cd.dump_result(two_visits_and_a_vague_one(), tmp_path / "m.jsonl")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


# -- 5. CSV: a cell with any line break is quoted and read back exactly -----------------------

_CELL = st.lists(st.sampled_from(["\r", "\n", "\r\n", '"', ",", "=", "+", "-", "@", "'", "a",
                                  " ", "é", "\t"]), max_size=8).map("".join)
_ID = st.lists(st.sampled_from(["\r", "\n", "\r\n", '"', ",", "=", "+", "-", "@", "'", "a",
                                "é"]), min_size=1, max_size=5).map("".join).filter(
    lambda s: s == s.strip())


def test_a_lone_carriage_return_in_a_settlement_note_is_quoted(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    given_ = [cd.Settlement(report="vague", occurrence="apr", note="a\rb")]
    cd.write_settlements(path, given_)
    assert path.read_bytes() == b'report,occurrence,note\r\nvague,apr,"a\rb"\r\n'
    assert cd.load_settlements(path) == tuple(given_)


@settings(max_examples=200)
@given(st.lists(st.builds(cd.Settlement, report=_ID, occurrence=_ID,
                          note=st.none() | _CELL.filter(bool)),
                max_size=4, unique_by=lambda s: s.report))
def test_settlements_with_line_breaks_and_quotes_round_trip_through_csv(
    given_: list[cd.Settlement],
) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.csv"
        cd.write_settlements(path, given_)
        assert cd.load_settlements(path) == tuple(sorted(given_, key=cd.Settlement.sort_key))


@settings(max_examples=100, deadline=None)
@given(_CELL.filter(lambda s: s.strip() != ""))
def test_exported_csv_cells_keep_every_line_break(note: str) -> None:
    import csv
    import tempfile

    from citydiplo._csvsafe import neutralize

    dataset = two_visits_and_a_vague_one()
    event = dataset.events[0]
    changed = cd.Dataset.of([*(r for r in dataset if r.id != event.id),
                             cd.Event(**{**_fields(event), "note": note})])
    with tempfile.TemporaryDirectory() as tmp:
        cd.to_csv(changed, tmp)
        with (Path(tmp) / "events.csv").open(newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    assert len(rows) == len(changed.events)
    (row,) = [r for r in rows if r["id"] == event.id]
    assert row["note"] == neutralize(note)


def _fields(record: Any) -> dict[str, Any]:
    import attrs

    return {a.name: getattr(record, a.name) for a in attrs.fields(type(record)) if a.init}


@given(st.lists(_CELL, min_size=1, max_size=4))
def test_an_imported_row_quoted_in_a_citation_reads_back_as_its_cells(cells: list[str]) -> None:
    import csv
    import io

    from citydiplo._csvsafe import csv_line

    line = csv_line(cells)
    assert list(csv.reader(io.StringIO(line, newline=""))) == [cells] or cells == [""]


# -- 6. the merge command speaks in its own terms --------------------------------------------


def test_settlement_problems_on_the_command_line_name_the_option_and_the_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from citydiplo._cli import main

    data = tmp_path / "a.jsonl"
    cd.dump(two_visits_and_a_vague_one(), data)
    for name, occurrence in (("r1", "fa-april"), ("r2", "he-visit-20")):
        cd.dump_result(cd.merge(two_visits_and_a_vague_one(), resolve=[
            cd.Settlement(report="fa-april", occurrence=occurrence)]), tmp_path / f"{name}.jsonl")
    r1, r2 = tmp_path / "r1.jsonl", tmp_path / "r2.jsonl"
    assert main(["merge", str(r1), str(r2), "-o", str(tmp_path / "o.jsonl")]) == 1
    err = capsys.readouterr().err
    assert f"{r1}.merge.json, {r2}.merge.json $.settlements report 'fa-april': " in err
    assert "with --resolve FILE" in err and "resolve=" not in err
    bad = tmp_path / "bad.csv"
    bad.write_text("report,occurrence\nfa-april,june\n")
    assert main(["merge", str(data), "--resolve", str(bad), "-o", str(tmp_path / "o.jsonl")]) == 1
    err = capsys.readouterr().err
    assert f"--resolve {bad} report 'fa-april': occurrence 'june' is the id of no" in err
    assert main(["merge", str(data), "-o", str(tmp_path / "o.txt")]) == 2
    err = capsys.readouterr().err
    assert "chosen from the suffix: .json or .jsonl" in err and "format=" not in err


# -- 7. the sidecar does not depend on the order of the inputs -------------------------------


def _split(dataset: cd.Dataset) -> tuple[cd.Dataset, cd.Dataset]:
    records = list(dataset)
    return cd.Dataset.of(records[::2]), cd.Dataset.of(records[1::2])


def test_merging_a_b_and_b_a_writes_byte_identical_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from citydiplo._cli import main

    a, b = _split(two_visits_and_a_vague_one())
    cd.dump(a, tmp_path / "a.jsonl")
    cd.dump(b, tmp_path / "b.jsonl")
    (tmp_path / "ab").mkdir()
    (tmp_path / "ba").mkdir()
    assert main(["merge", str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"),
                 "-o", str(tmp_path / "ab" / "m.jsonl")]) == 0
    assert main(["merge", str(tmp_path / "b.jsonl"), str(tmp_path / "a.jsonl"),
                 "-o", str(tmp_path / "ba" / "m.jsonl")]) == 0
    for name in ("m.jsonl", "m.jsonl.merge.json"):
        assert (tmp_path / "ab" / name).read_bytes() == (tmp_path / "ba" / name).read_bytes()


@settings(max_examples=25, deadline=None)
@given(st.permutations(list(two_visits_and_a_vague_one())), st.integers(1, 5))
def test_the_stored_reports_do_not_depend_on_input_order(
    records: list[Any], cut: int
) -> None:
    import tempfile

    original = list(two_visits_and_a_vague_one())
    with tempfile.TemporaryDirectory() as tmp:
        first, second = Path(tmp, "1.jsonl"), Path(tmp, "2.jsonl")
        cd.dump_result(cd.merge(cd.Dataset.of(original)), first)
        cd.dump_result(cd.merge(cd.Dataset.of(records[:cut]), cd.Dataset.of(records[cut:])),
                       second)
        one = json.loads(Path(f"{first}.merge.json").read_text("utf-8"))
        two = json.loads(Path(f"{second}.merge.json").read_text("utf-8"))
    one["dataset"].pop("file")
    two["dataset"].pop("file")
    assert one == two
