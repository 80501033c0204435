"""Exports over an earlier export: a CSV directory held the files of two datasets."""

from __future__ import annotations

from pathlib import Path

import pytest

import citydiplo as cd


def test_csv_over_an_earlier_export_leaves_no_file_of_the_earlier_dataset(
    tmp_path: Path,
) -> None:
    cd.to_csv(cd.load_seeds(), tmp_path)
    assert (tmp_path / "partnerships.csv").is_file()
    one = cd.Dataset.of([cd.City(id="x", name="X", country="KR")])
    written = cd.to_csv(one, tmp_path)
    # before: actors.csv held X while partnerships.csv, events.csv... still held the seeds
    assert sorted(p.name for p in tmp_path.iterdir()) == ["actors.csv"]
    assert [p.name for p in written] == ["actors.csv"]


def test_csv_refuses_a_directory_in_place_of_a_file_before_writing(tmp_path: Path) -> None:
    cd.to_csv(cd.load_seeds(), tmp_path)
    before = (tmp_path / "actors.csv").read_bytes()
    (tmp_path / "events.csv").unlink()
    (tmp_path / "events.csv").mkdir()
    with pytest.raises(cd.ArgumentValueError, match=r"events\.csv' is a directory"):
        cd.to_csv(cd.Dataset.of([cd.City(id="x", name="X")]), tmp_path)
    assert (tmp_path / "actors.csv").read_bytes() == before


def test_other_files_in_the_directory_are_left_alone(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    (tmp_path / "partnerships.csv.bak").write_text("mine too")
    cd.to_csv(cd.Dataset.of([cd.City(id="x", name="X")]), tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "actors.csv", "notes.txt", "partnerships.csv.bak"
    ]
