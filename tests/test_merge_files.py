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
