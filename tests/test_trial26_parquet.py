"""Trial 26, finding A11: ``export --to parquet -o DIR`` deleted other files inside the
table directories. Quoted: "``echo keep > pq3/events/junk`` … ``ls pq3/events`` # year=0
year=2023 year=2024 ('junk' is gone)"."""

from __future__ import annotations

from pathlib import Path

import pytest

import citydiplo as cd

pytest.importorskip("pyarrow")

DATA = cd.Dataset.of(
    [
        cd.City(id="a", name="A", country="KR"),
        cd.City(id="b", name="B", country="JP"),
        cd.Event(id="e", participants=[cd.Participant(actor="a")], date=cd.PartialDate("2024-05")),
    ]
)


def test_a_users_file_in_a_table_directory_is_kept_and_refused(tmp_path: Path) -> None:
    out = tmp_path / "pq3"
    (out / "events").mkdir(parents=True)
    (out / "events" / "junk").write_text("keep")
    (out / "top.txt").write_text("keep")
    with pytest.raises(cd.WriteError, match=r"not written by an export \('.*junk'\)"):
        cd.to_parquet(DATA, out)
    assert (out / "events" / "junk").read_text() == "keep"
    assert sorted(p.name for p in out.iterdir()) == ["events", "top.txt"]


def test_an_earlier_export_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "pq"
    cd.to_parquet(DATA, out)
    cd.to_parquet(DATA, out)
    assert cd.read_parquet(out) == DATA


def test_a_missing_parent_is_refused(tmp_path: Path) -> None:
    with pytest.raises(cd.WriteError, match="does not exist"):
        cd.to_parquet(DATA, tmp_path / "missing" / "pq")
