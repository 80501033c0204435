"""The citydiplo command, driven end to end on temporary files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import citydiplo as cd
from citydiplo import Citation, City, Dataset, PartialDate, Partnership, Source
from citydiplo._cli import main

PAIRS = """\
city1,country1,city2,country2
Gwangju,South Korea,Zibo,China
Zibo,China,Gwangju,"Korea, Republic of"
Hanam,South Korea,Little Rock,United States
Potsdam,"Brandenburg, Germany",Bobigny,France
Atlantis,Atlantis,Hanam,South Korea
Nowhere,,Zibo,China
Stryi,Ukraine,Stryi,Ukraine
"""


@pytest.fixture
def pairs(tmp_path: Path) -> Path:
    path = tmp_path / "pairs.csv"
    path.write_text(PAIRS, encoding="utf-8")
    return path


@pytest.fixture
def dataset_file(tmp_path: Path) -> Path:
    path = tmp_path / "gwangju.jsonl"
    cd.dump(
        Dataset.of(
            [
                City(id="gwangju-gg", name="Gwangju", names={"ko": ["광주시"]}, country="KR"),
                City(id="gwangju-metro", name="Gwangju Metropolitan City", country="KR"),
                City(id="zibo", name="Zibo", names={"zh": ["淄博市"]}, country="CN"),
                City(id="ha-long", name="Ha Long", country="VN"),
                Source(id="asiae", language="en", published=PartialDate("2025-06-12")),
                Partnership(
                    id="gwangju-zibo",
                    parties=("gwangju-gg", "zibo"),
                    kind="sister",
                    established=PartialDate("2003"),
                    citations=[Citation(source="asiae", quote="Zibo in China (since 2003)")],
                ),
                Partnership(
                    id="gwangju-halong",
                    parties=("gwangju-gg", "ha-long"),
                    kind="friendship",
                    established=PartialDate("2016"),
                ),
            ]
        ),
        path,
    )
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "citydiplo", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


# -- import pairs -------------------------------------------------------------------------


def test_import_pairs_as_a_user_would(pairs: Path, tmp_path: Path) -> None:
    out = tmp_path / "pairs.jsonl"
    done = run("import", "pairs", str(pairs), "-o", str(out))
    assert done.returncode == 1, done.stderr  # two rows could not be imported
    assert "Traceback" not in done.stderr
    assert "row 7: empty cell: country1 (skipped)" in done.stderr
    assert "row 8: both cells name the same city 'Stryi' (skipped)" in done.stderr
    assert "row 6: country 'Atlantis' kept as written" in done.stderr
    assert "7 rows, 5 imported, 2 skipped" in done.stdout
    assert "4 partnerships after merge" in done.stdout

    ds = cd.load(out)
    assert len(ds.sources) == 1
    by_name = {actor.name: actor.id for actor in ds.actors}
    pair = {by_name["Gwangju"], by_name["Zibo"]}
    gwangju_zibo = [p for p in ds.partnerships if set(p.parties) == pair]
    assert len(gwangju_zibo) == 1
    quotes = {c.quote for c in gwangju_zibo[0].citations}
    assert quotes == {"Gwangju,South Korea,Zibo,China", 'Zibo,China,Gwangju,"Korea, Republic of"'}
    potsdam = ds[by_name["Potsdam"]]
    assert (potsdam.country, potsdam.subdivision) == ("DE", "DE-BB")
    atlantis = ds[by_name["Atlantis"]]
    assert atlantis.country is None  # never guessed

    done = run("partners", str(out), "Hanam", "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert {p["name"] for p in answer["partners"]} == {"Little Rock", "Atlantis"}


def test_import_pairs_json_summary_and_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "other.csv"
    path.write_text(
        "id,a,ca,b,cb\n1,Hanam,KR,Little Rock,US\n2,Da Nang,Vietnam,Hanam,Korea\n",
        encoding="utf-8",
    )
    out = tmp_path / "other.json"
    code = main(["import", "pairs", str(path), "-o", str(out), "--columns", "a,ca,b,cb", "--json"])
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["rows"] == 2
    assert summary["imported"] == 2
    assert summary["partnerships"] == 2
    assert summary["resolved_share"] == 1.0
    assert summary["problems"] == []
    assert len(cd.load(out).actors) == 3


def test_import_pairs_progress_bar_on_a_terminal_only(
    pairs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    command = ["import", "pairs", str(pairs), "-o", str(tmp_path / "o.jsonl")]
    main([*command, "--progress-from", "1"])
    assert "rows" not in capsys.readouterr().err  # redirected: no progress in the log
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    main([*command, "--progress-from", "1"])
    err = capsys.readouterr().err
    assert "100%|" in err and "7/7" in err and "rows" in err  # a tqdm bar


def test_import_pairs_missing_column_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("town,country\nHanam,KR\n", encoding="utf-8")
    assert main(["import", "pairs", str(path), "-o", str(tmp_path / "o.jsonl")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("citydiplo: error: ")
    assert "'city1'" in err


# -- partners, timeline -------------------------------------------------------------------


def test_partners(dataset_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["partners", str(dataset_file), "淄博"]) == 0
    assert "Gwangju (KR) - sister since 2003" in capsys.readouterr().out
    assert main(["partners", str(dataset_file), "광주시", "--at", "2010", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["actor"] == "gwangju-gg"
    assert [p["id"] for p in answer["partners"]] == ["zibo"]


def test_partners_ambiguous_name_lists_candidates(
    dataset_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["partners", str(dataset_file), "Gwangju"]) == 1
    err = capsys.readouterr().err
    assert "gwangju-gg (Gwangju, KR)" in err
    assert "gwangju-metro (Gwangju Metropolitan City, KR)" in err
    assert "Traceback" not in err
    assert main(["partners", str(dataset_file), "Gwangju", "--kind", "friendship"]) == 1
    assert main(["partners", str(dataset_file), "gwangju-gg", "--kind", "friendship"]) == 0
    assert "Ha Long" in capsys.readouterr().out


def test_unknown_name_suggests(dataset_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["partners", str(dataset_file), "Zibbo"]) == 1
    assert "did you mean 'Zibo'" in capsys.readouterr().err


def test_timeline(dataset_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", str(dataset_file)]) == 0
    out = capsys.readouterr().out
    assert out.index("2003") < out.index("2016")
    assert main(["timeline", str(dataset_file), "--from", "2010", "--to", "2020", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)["entries"]
    assert [e["id"] for e in entries] == ["gwangju-halong"]
    assert main(["timeline", str(dataset_file), "--actor", "Zibo", "--json"]) == 0
    assert [e["id"] for e in json.loads(capsys.readouterr().out)["entries"]] == ["gwangju-zibo"]


# -- validate, merge, export --------------------------------------------------------------


def test_validate(dataset_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(dataset_file)]) == 0
    capsys.readouterr()
    broken = tmp_path / "broken.jsonl"
    cd.dump(Dataset.of([Partnership(id="p", parties=("gwangju-gg", "zibo"))]), broken)
    assert main(["validate", str(broken), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    assert any(f["severity"] == "error" for f in report["findings"])


def test_unreadable_records_exit_1_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "event", "id": "e1", "date": "Aprl 2024"}\n', encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "'Aprl 2024'" in err
    assert "Traceback" not in err


def test_merge(dataset_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.jsonl"
    cd.dump(
        Dataset.of(
            [
                City(id="gwangju-gg", name="Gwangju", country="KR"),
                City(id="zibo", name="Zibo", country="CN"),
                Partnership(
                    id="zibo-gwangju",
                    parties=("gwangju-gg", "zibo"),
                    kind="sister",
                    established=PartialDate("2003-09"),
                ),
            ]
        ),
        other,
    )
    out = tmp_path / "merged.json"
    assert main(["merge", str(dataset_file), str(other), "-o", str(out), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    merged = cd.load(out)
    assert summary["records"] == len(merged)
    assert len(merged.partnerships) == 2


@pytest.mark.parametrize(
    ("to", "name", "expect"),
    [
        ("csv", "csv", "csv/partnerships.csv"),
        ("parquet", "parquet", "parquet/partnerships"),
        ("graphml", "g.graphml", "g.graphml"),
        ("gexf", "g.gexf", "g.gexf"),
        ("jsonl", "copy.jsonl", "copy.jsonl"),
    ],
)
def test_export(dataset_file: Path, tmp_path: Path, to: str, name: str, expect: str) -> None:
    assert main(["export", str(dataset_file), "--to", to, "-o", str(tmp_path / name)]) == 0
    assert (tmp_path / expect).exists()


# -- usage --------------------------------------------------------------------------------


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["frobnicate"]) == 2
    assert main(["export", "x.jsonl", "--to", "xls", "-o", "y"]) == 2
    assert main(["partners", str(tmp_path / "missing.jsonl"), "Hanam"]) == 2
    err = capsys.readouterr().err
    assert "no such file" in err
    assert "Traceback" not in err
    assert main(["--help"]) == 0


def test_demo(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    assert "Gwangju" in capsys.readouterr().out


def test_python_m_citydiplo_help() -> None:
    done = run("--help")
    assert done.returncode == 0
    for command in ("demo", "validate", "merge", "timeline", "partners", "import", "export"):
        assert command in done.stdout
