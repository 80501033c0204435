"""The command line given odd paths: an output that is an input (by name, by another path,
through a symlink), devices, empty names, directories; and what its help says."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import citydiplo as cd
from citydiplo._cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "s.jsonl"
    path.write_bytes((SEEDS / "000_c4bc86c6ec73d8de.jsonl").read_bytes())
    os.symlink("s.jsonl", tmp_path / "link.jsonl")
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ["merge", "s.jsonl", "-o", "s.jsonl"],
        ["merge", "s.jsonl", "-o", "./link.jsonl"],
        ["export", "s.jsonl", "--to", "jsonl", "-o", "s.jsonl"],
        ["export", "s.jsonl", "--to", "geojson", "-o", "link.jsonl"],
        ["export", "s.jsonl", "--to", "graphml", "-o", "./s.jsonl"],
        ["export", "s.jsonl", "--to", "csv", "-o", "s.jsonl"],
    ],
)
def test_an_output_that_is_the_input_is_refused(
    data: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = data.read_bytes()
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert f"-o {argv[-1]}: is also the input" in err and "give another name" in err
    assert data.read_bytes() == before
    assert sorted(p.name for p in data.parent.iterdir()) == ["link.jsonl", "s.jsonl"]


def test_import_pairs_refuses_its_csv_as_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("p.json").write_text("city1,country1,city2,country2\nSeoul,KR,Tokyo,JP\n")
    assert main(["import", "pairs", "p.json", "-o", "p.json", "--quiet"]) == 2
    assert "-o p.json: is also the input p.json" in capsys.readouterr().err
    assert Path("p.json").read_text().startswith("city1,")


def test_other_outputs_still_work(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["merge", "s.jsonl", "-o", "m.jsonl"]) == 0
    assert main(["export", "s.jsonl", "--to", "jsonl", "-o", "e.jsonl"]) == 0
    assert cd.load("e.jsonl") == cd.load("s.jsonl")


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("/dev/null", "/dev/null: is not a regular file (a device, pipe or socket; expected a "
         "dataset file)"),
        ("", "'': an empty file name (expected a dataset file)"),
        (".", ".: is a directory (expected a dataset file)"),
        ("nope.jsonl", "nope.jsonl: no such file (expected a dataset file)"),
    ],
)
def test_a_file_to_read_that_is_no_file_says_what_it_is(
    data: Path, name: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # /dev/null was "no such file"; "" was ": is a directory"
    assert main(["validate", name]) == 2
    assert capsys.readouterr().err == f"citydiplo: error: {says}\n"


def test_import_pairs_of_a_directory_says_it_is_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the twin-town list is a directory: it was "no such file"
    assert main(["import", "pairs", str(tmp_path), "-o", str(tmp_path / "o.jsonl")]) == 2
    assert "is a directory (expected a CSV file of city pairs)" in capsys.readouterr().err


def test_merge_resolve_that_is_a_device(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["merge", "s.jsonl", "-o", "m.jsonl", "--resolve", "/dev/null"]) == 2
    assert "--resolve /dev/null: is not a regular file" in capsys.readouterr().err


def test_import_help_describes_the_format_argument(capsys: pytest.CaptureFixture[str]) -> None:
    # it showed the schema command's "one record (jsonl, the default) or a whole JSON document"
    assert main(["import", "--help"]) == 0
    out = capsys.readouterr().out
    assert "whole JSON document" not in out
    assert "the kind of list to import" in out


def test_export_help_names_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--help"]) == 0
    description = capsys.readouterr().out.split("positional arguments")[0]
    assert "GeoJSON" in description.replace("\n", " ")


def test_a_geojson_export_says_how_many_cities_are_not_on_it(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the seeds carry no coordinates: the export was an empty map, exit 0, and no word
    assert main(["export", "s.jsonl", "--to", "geojson", "-o", "m.geojson"]) == 0
    cities = [a for a in cd.load("s.jsonl").actors if a.type == "city"]
    out = capsys.readouterr().out
    assert f"{len(cities)} of {len(cities)} cities have no coordinates" in out
    assert "link_geonames" in out


def test_a_header_naming_a_column_twice_is_refused() -> None:
    # "city1,city1,...": the first city1 was taken without a word
    import io

    text = "city1,city1,country1,city2,country2\nSeoul,Busan,South Korea,Tokyo,Japan\n"
    with pytest.raises(cd.ParseError, match="names the column 'city1' more than once"):
        cd.import_pairs(io.StringIO(text))
    # a repeated column that is not one of the four is ignored, as other columns are
    fine = "city1,country1,city2,country2,note,note\nSeoul,South Korea,Tokyo,Japan,a,b\n"
    assert cd.import_pairs(io.StringIO(fine)).imported == 1
