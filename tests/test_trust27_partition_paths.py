"""Partitioned layouts check their output directory as every other write does.

``write_partitioned``, ``dask.partition_files`` and ``dask.merge_partitioned`` used to
create any missing parents (``mkdir(parents=True)``), fail with a bare
``NotADirectoryError: [Errno 20] Not a directory: '/dev/null/actors'`` on a file or a
device, write into the working directory for ``""``, and write a merged layout inside the
reports they read (``merge_partitioned(lay, out=lay / "records")`` left ``read_parquet(lay)``
with every actor twice).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import citydiplo as cd

pytest.importorskip("pyarrow")

SMALL = cd.Dataset.of(
    [cd.City(id="a", name="A", country="KR"), cd.City(id="b", name="B", country="JP")]
)


def _partition_files(out: str | Path, tmp: Path) -> object:
    pytest.importorskip("dask")
    from citydiplo.dask import partition_files

    cd.dump(SMALL, tmp / "in.jsonl")
    return partition_files([tmp / "in.jsonl"], out)


def _merge(out: str | Path, tmp: Path) -> object:
    pytest.importorskip("dask")
    from citydiplo.dask import merge_partitioned

    return merge_partitioned(cd.write_partitioned(SMALL, tmp / "reports"), out=out)


WRITERS = {
    "write_partitioned": lambda out, tmp: cd.write_partitioned(SMALL, out, buckets=2),
    "partition_files": _partition_files,
    "merge_partitioned": _merge,
}


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_missing_parent_is_refused_not_created(tmp_path: Path, writer: str) -> None:
    out = tmp_path / "no" / "such"
    with pytest.raises(cd.WriteError, match="the directory does not exist"):
        WRITERS[writer](out, tmp_path)
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_file_or_a_device_is_refused_with_its_name(tmp_path: Path, writer: str) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("mine")
    with pytest.raises(cd.WriteError, match=r"plain\.txt: is a regular file, not a directory"):
        WRITERS[writer](plain, tmp_path)
    assert plain.read_text() == "mine"
    with pytest.raises(cd.WriteError, match="/dev/null: is a device"):
        WRITERS[writer]("/dev/null", tmp_path)


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_an_empty_path_is_not_the_working_directory(tmp_path: Path, writer: str) -> None:
    with pytest.raises(cd.ArgumentValueError, match="empty"):
        WRITERS[writer]("", tmp_path)


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_no_layout_is_written_inside_another(tmp_path: Path, writer: str) -> None:
    other = cd.write_partitioned(SMALL, tmp_path / "other", buckets=2)
    inside = other / "records" / "more"
    with pytest.raises(cd.ArgumentValueError, match="inside"):
        WRITERS[writer](inside, tmp_path)
    assert not inside.exists()
    assert cd.read_parquet(other) == SMALL


def test_to_parquet_is_not_written_inside_a_layout(tmp_path: Path) -> None:
    other = cd.write_partitioned(SMALL, tmp_path / "other", buckets=2)
    with pytest.raises(cd.ArgumentValueError, match="holds a citydiplo layout"):
        cd.to_parquet(SMALL, other / "actors" / "x")
    assert cd.read_parquet(other) == SMALL


def test_a_merge_is_not_written_inside_its_reports(tmp_path: Path) -> None:
    pytest.importorskip("dask")
    from citydiplo.dask import merge_partitioned

    reports = cd.write_partitioned(SMALL, tmp_path / "reports", buckets=2)
    with pytest.raises(cd.ArgumentValueError, match="inside the directory of the reports"):
        merge_partitioned(reports, out=reports / "records")
    assert cd.read_parquet(reports) == SMALL
    (tmp_path / "x").mkdir()
    nested = cd.write_partitioned(SMALL, tmp_path / "x" / "records", buckets=2)
    with pytest.raises(cd.ArgumentValueError, match="that the merged result replaces"):
        merge_partitioned(nested, out=tmp_path / "x")
    assert cd.read_parquet(nested) == SMALL


def test_a_good_directory_still_works(tmp_path: Path) -> None:
    out = cd.write_partitioned(SMALL, tmp_path / "new", buckets=2)
    assert out == tmp_path / "new" and cd.read_parquet(out) == SMALL
    beside = cd.write_partitioned(SMALL, out / "beside", buckets=2)  # not in a table
    assert cd.read_parquet(beside) == SMALL and cd.read_parquet(out) == SMALL


def test_csv_and_export_refuse_an_empty_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``to_csv(dataset, "")`` wrote actors.csv... into the working directory."""
    from citydiplo._export import export

    monkeypatch.chdir(tmp_path)
    with pytest.raises(cd.ArgumentValueError, match="empty"):
        cd.to_csv(SMALL, "")
    for to in ("csv", "parquet", "jsonl", "gexf", "geojson", "graphml"):
        with pytest.raises(cd.ArgumentValueError, match="empty"):
            export(SMALL, to, "")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def _fail_on_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the write of the sources' Parquet file fail as a full disk does."""
    import errno

    pq = pytest.importorskip("pyarrow.parquet")
    real = pq.write_table

    def failing(table: object, where: object, *args: object, **options: object) -> None:
        if "sources" in str(where):
            raise OSError(errno.EFBIG, "File too large")
        real(table, where, *args, **options)

    monkeypatch.setattr(pq, "write_table", failing)


def test_a_failed_partitioned_write_is_refused_not_read_in_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under ``ulimit -f`` a layout was left with its actors only, and ``read_parquet``
    read it back as a dataset of actors, with no error."""
    reports = cd.Dataset.of([*SMALL, cd.Source(id="s", language="en")])
    _fail_on_sources(monkeypatch)
    with pytest.raises(cd.WriteError, match=r"sources.*File too large"):
        cd.write_partitioned(reports, tmp_path / "out", buckets=2)
    with pytest.raises(cd.ParseError, match="did not finish"):
        cd.read_parquet(tmp_path / "out")
    monkeypatch.undo()
    assert cd.read_parquet(cd.write_partitioned(reports, tmp_path / "out")) == reports


def test_a_failed_to_parquet_is_refused_and_names_its_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``citydiplo export --to parquet`` under ``ulimit -f 20`` said "[Errno 27] Error
    writing bytes to file" (exit 2, no path) and left ``pq/actors`` that read back alone."""
    import errno

    pads = pytest.importorskip("pyarrow.dataset")
    reports = cd.Dataset.of([*SMALL, cd.Source(id="s", language="en")])
    real = pads.write_dataset

    def failing(table: object, where: object, **options: object) -> None:
        if "sources" in str(where):
            raise OSError(errno.EFBIG, "File too large")
        real(table, where, **options)

    monkeypatch.setattr(pads, "write_dataset", failing)
    with pytest.raises(cd.WriteError, match=r"out/sources: cannot write it"):
        cd.to_parquet(reports, tmp_path / "out")
    with pytest.raises(cd.ParseError, match="did not finish"):
        cd.read_parquet(tmp_path / "out")
