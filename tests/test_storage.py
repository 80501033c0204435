"""Layouts at URLs: fsspec's in-memory file system (``memory://``) stands for a bucket, and
``file://`` URLs for a shared disk; written, read back and merged as local directories are."""

from __future__ import annotations

import uuid
from pathlib import Path

import orjson
import pytest

import citydiplo as cd
from citydiplo._convert import unstructure_record
from citydiplo._export._storage import location

pytest.importorskip("upath")
pytest.importorskip("pyarrow")
dask_module = pytest.importorskip("dask")


def _bucket() -> str:
    return f"memory://citydiplo-test-{uuid.uuid4().hex}"


def _reports() -> cd.Dataset:
    return cd.load_seeds(merged=False)


def test_a_layout_in_object_storage_reads_back_equal() -> None:
    reports = _reports()
    root = cd.write_partitioned(reports, f"{_bucket()}/parts", buckets=4)
    assert str(root).startswith("memory://")
    assert any(p.name.endswith(".parquet") for p in root.rglob("*.parquet"))
    assert cd.read_parquet(str(root)) == reports


def test_merge_partitioned_in_object_storage_equals_merge() -> None:
    from citydiplo.dask import merge_partitioned

    reports = _reports()
    bucket = _bucket()
    parts = cd.write_partitioned(reports, f"{bucket}/parts", buckets=4)
    with dask_module.config.set(scheduler="threads"):  # the in-memory store is per process
        merged = merge_partitioned(str(parts), out=f"{bucket}/merged")
    assert str(merged) == f"{bucket}/merged"
    result = cd.read_merged(str(merged))
    expected = cd.merge(reports)
    assert result == expected
    assert cd.dumps(result.dataset) == cd.dumps(expected.dataset)
    again = cd.write_partitioned(reports, f"{bucket}/parts", buckets=4)  # replaces, in place
    assert cd.read_parquet(str(again)) == reports


def test_partition_files_reads_inputs_at_urls(tmp_path: Path) -> None:
    from citydiplo.dask import merge_partitioned, partition_files

    reports = _reports()
    records = list(reports)
    bucket = location(_bucket())
    inputs = []
    for number in range(3):  # reports of one occurrence spread over three files
        lines = [orjson.dumps(unstructure_record(r)) for r in records[number::3]]
        path = bucket / "in" / f"reports-{number}.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\n".join(lines) + b"\n")
        inputs.append(str(path))
    local = tmp_path / "parts"
    with dask_module.config.set(scheduler="threads"):
        parts = partition_files(inputs, local.as_uri(), buckets=4)  # a file:// URL
        assert parts == local
        merged = merge_partitioned(local.as_uri(), out=(tmp_path / "merged").as_uri())
    assert merged == tmp_path / "merged"
    assert cd.read_merged(merged) == cd.merge(reports)


def test_locations() -> None:
    assert location("a/b") == Path("a/b")
    assert location(Path("a")) == Path("a")
    assert location("file:///x/y%20z") == Path("/x/y z")
    assert str(location("memory://bucket/key")) == "memory://bucket/key"
    with pytest.raises(FileNotFoundError, match="not a directory"):
        cd.read_parquet(f"{_bucket()}/nothing")


def test_input_lines_in_any_layout_are_kept_as_read(tmp_path: Path) -> None:
    from citydiplo.dask import merge_partitioned, partition_files

    reports = _reports()
    lines = []
    for record in reports:  # keys reversed, spaces, CRLF and blank lines: the same records
        raw = unstructure_record(record)
        lines.append(orjson.dumps(dict(reversed(list(raw.items())))).replace(b'":', b'" : '))
    path = tmp_path / "reports.jsonl"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n\r\n  \n")
    with dask_module.config.set(scheduler="threads"):
        parts = partition_files([path], tmp_path / "parts", buckets=4)
        merged = merge_partitioned(parts)
    assert cd.read_parquet(parts) == cd.loads(path.read_bytes(), format="jsonl")
    assert cd.read_merged(merged) == cd.merge(reports)
    assert cd.dumps(cd.read_merged(merged).dataset) == cd.dumps(cd.merge(reports).dataset)


def test_to_parquet_in_object_storage_reads_back_equal() -> None:
    dataset = cd.load_seeds()
    root = f"{_bucket()}/by-year"
    written = cd.to_parquet(dataset, root)
    assert [str(p) for p in written] == [f"{root}/{p.name}" for p in written]
    assert all(str(p).startswith("memory://") for p in written)
    hive = sorted(str(p) for p in location(root).rglob("*.parquet"))
    assert any("/partnerships/year=" in p and "/country=" in p for p in hive)
    assert cd.read_parquet(root) == dataset
    # written again with fewer records: no part of the first write is left behind
    fewer = cd.Dataset.of([*dataset.actors, *dataset.sources, *dataset.partnerships[:1]])
    cd.to_parquet(fewer, root)
    assert cd.read_parquet(root) == fewer
    assert len(list((location(root) / "partnerships").rglob("*.parquet"))) == 1


def test_extract_directory_reads_articles_at_a_url() -> None:
    extraction = pytest.importorskip("citydiplo._extract")
    from citydiplo.dask import extract_directory

    texts = [
        "Mayor Kim of Suwon City visited Hue City in April 2024.",
        "Hue City signed an MOU with Suwon City on 3 May 2024.",
        "The weather was fine.",
    ]
    bucket = location(_bucket())
    for n, text in enumerate(texts):
        (bucket / f"article-{n:02d}.txt").write_text(text, encoding="utf-8")
    (bucket / "notes.md").write_text("not an article", encoding="utf-8")
    with dask_module.config.set(scheduler="threads"):  # the in-memory store is per process
        found = extract_directory(str(bucket), lang="en", published="2024-05-20", batch=2)
    meta = {"lang": "en", "published": "2024-05-20", "known": None}
    expected = extraction.extract_many([(t, meta) for t in texts])
    assert [x.dataset for x in found] == [x.dataset for x in expected]
    with pytest.raises(FileNotFoundError, match="not a directory"):
        extract_directory(str(bucket / "none"), lang="en")
