"""Trial 26, A7 and C: ``--json`` gives a JSON error object on stdout when a command
fails (exit code kept); a reversed range prints the subcommand's usage line.

Quoted from the trial: "``citydiplo validate --json bad.jsonl`` # stdout empty" and
"``citydiplo timeline seeds.jsonl --from 2025 --to 2024`` prints the top-level
``usage: citydiplo [-h] [--version] COMMAND ...``".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import citydiplo as cd
from citydiplo._cli import main


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "bad.jsonl").write_text(
        '{"type":"city","id":"a","name":"A","country":"KR"}\n{"type":"city","id":"b"}\nnul\n'
    )
    cd.dump(
        [cd.City(id="g1", name="Gwangju", country="KR"), cd.City(id="g2", name="Gwangju")],
        tmp_path / "two.jsonl",
    )
    return tmp_path


def test_validate_json_prints_the_problems(
    files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--json", str(files / "bad.jsonl")]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["exit"] == 1
    assert data["error"]["type"] == "ParseError"
    assert [(p["line"], p["path"]) for p in data["problems"]] == [(2, "$.name"), (3, "$")]


def test_partners_json_prints_the_candidates(
    files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["partners", "--json", str(files / "two.jsonl"), "Gwangju"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["error"]["type"] == "AmbiguousNameError"
    assert len(data["error"]["candidates"]) == 2


def test_merge_json_on_a_bad_file_and_a_failed_write(
    files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["merge", "--json", str(files / "bad.jsonl"), "-o", str(files / "q.jsonl")]) == 1
    assert json.loads(capsys.readouterr().out)["problems"]
    (files / "dir.jsonl").mkdir()
    code = main(["merge", "--json", str(files / "two.jsonl"), "-o", str(files / "dir.jsonl")])
    assert code == 1
    data = json.loads(capsys.readouterr().out)
    assert data["error"]["type"] == "WriteError"
    assert data["error"]["filename"] == str(files / "dir.jsonl")


def test_a_usage_error_keeps_its_code_with_json(
    files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--json", "--to", "csv", "-o", "x", str(files / "none.jsonl")]) == 2
    assert json.loads(capsys.readouterr().out)["exit"] == 2


def test_a_reversed_range_prints_the_timeline_usage(
    files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["timeline", str(files / "two.jsonl"), "--from", "2025", "--to", "2024"])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: citydiplo timeline")
    assert "the range is reversed: --from 2025 is after --to 2024" in err
