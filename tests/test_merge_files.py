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


@pytest.mark.parametrize("umask, expected", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
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
