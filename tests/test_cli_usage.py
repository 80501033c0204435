"""The command line refuses bad option values in the user's terms (exit 2), writes every
output atomically, and keeps progress bars out of redirected logs."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import citydiplo as cd
from citydiplo import City, Dataset, PartialDate, Partnership
from citydiplo._cli import main


@pytest.fixture
def data(tmp_path: Path) -> Path:
    path = tmp_path / "d.jsonl"
    cd.dump(
        Dataset.of([
            City(id="hanam", name="Hanam", country="KR"),
            City(id="little-rock", name="Little Rock", country="US"),
            Partnership(id="p", parties=("hanam", "little-rock"), kind="sister",
                        established=PartialDate("2024")),
        ]),
        path,
    )
    return path


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["partners", "{f}", "hanam", "--kind", "twin"], "'twin' is not one of sister, friendship"),
        (["partners", "{f}", "hanam", "--status", "alive"], "'alive' is not one of"),
        (["partners", "{f}", "hanam", "--at", "notadate"], "'notadate' is not a date"),
        (["timeline", "{f}", "--from", "2024-13"], "'2024-13' is not a date"),
        (["timeline", "{f}", "--to", "yesterday"], "'yesterday' is not a date"),
        (["timeline", "{f}", "--from", "2025", "--to", "2024"], "the range is reversed"),
        (["import", "pairs", "{f}", "-o", "x.jsonl", "--kind", "twin"], "'twin' is not one of"),
        (["merge", "{f}", "-o", "{dir}/out.csv"], "the format is chosen from the suffix"),
        (["import", "pairs", "{f}", "-o", "{dir}/out.txt"], "the format is chosen from the suffix"),
    ],
)
def test_bad_option_values_exit_2_in_the_users_terms(
    data: Path, args: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [a.format(f=data, dir=data.parent) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert says in err
    assert "Traceback" not in err
    assert "during=" not in err
    assert "DateValue" not in err
    assert not list(data.parent.glob("out.*"))  # nothing written


def test_a_range_in_order_works(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", str(data), "--from", "2023", "--to", "2025", "--json"]) == 0
    assert [e["id"] for e in json.loads(capsys.readouterr().out)["entries"]] == ["p"]
    assert main(["timeline", str(data), "--from", "2025", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["entries"] == []
    assert main(["partners", str(data), "Hanam", "--at", "2024-06", "--kind", "sister"]) == 0
    assert "Little Rock" in capsys.readouterr().out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"citydiplo {cd.__version__}"


def test_demo_json_writes_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["counts"]["sources"] == len(doc["sources"]) >= 5
    assert any(p["id"] for p in doc["partners_of_gwangju"])
    assert all({"date", "id", "type"} <= set(e) for e in doc["timeline"])


def _limit_file_size() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (400, 400))


def test_a_failed_merge_output_leaves_the_old_file_whole(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous good output\n", encoding="utf-8")
    big = tmp_path / "big.jsonl"
    cd.dump(Dataset.of([City(id=f"c{i}", name=f"City {i}") for i in range(200)]), big)
    done = subprocess.run(
        [sys.executable, "-m", "citydiplo", "merge", str(big), "-o", str(out)],
        capture_output=True, text=True, timeout=120, preexec_fn=_limit_file_size,
        env={**os.environ},
    )
    assert done.returncode == 1, done.stderr  # a failed write: 1, not the usage code 2
    assert "out.jsonl" in done.stderr and ".tmp" not in done.stderr
    assert out.read_text(encoding="utf-8") == "previous good output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl", "d.jsonl", "out.jsonl"]


def test_failed_exports_leave_old_files_whole_and_no_temporary_files(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from citydiplo._export import _csv

    dataset = cd.load(data)
    out = tmp_path / "csv"
    cd.to_csv(dataset, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken(*_: object) -> object:
        yield {"id": "half"}
        raise OSError("disk full")

    monkeypatch.setattr(_csv, "rows", broken)
    with pytest.raises(OSError, match="disk full"):
        cd.to_csv(dataset, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no temporary file left


def test_dump_refuses_a_suffix_of_no_dataset_format(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="format is chosen from the suffix"):
        cd.dump([], tmp_path / "x.csv")
    cd.dump([], tmp_path / "x.csv", format="jsonl")  # an explicit format is taken
    assert (tmp_path / "x.csv").read_text() == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.csv"]
