"""Reports on disk partitioned by the merge's blocks, for merging one partition at a time.

Layout of a directory written by :func:`write_partitioned` (``parquet`` extra)::

    citydiplo-layout.json                      {"layout": "merge-blocks", "buckets": 32, ...}
    actors/part-<n>.parquet                    every actor report
    sources/part-<n>.parquet                   every source
    records/type=<type>/bucket=<b>/part-<n>.parquet

A record report goes to the bucket of its merge block (record type and principal actors, a
document's number...; see :mod:`citydiplo._merge._split`), computed after fusing the actors
of the whole dataset, so every report that could fuse with another is in the same
partition. ``<n>`` numbers the input a file came from: one input per call here, one per
input file with :func:`citydiplo.dask.partition_files`. Each row holds the record whole as
JSON (``json``), with ``file`` and ``position`` (its input and its index there), ``id`` and
the record ids it refers to (``refs``).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from citydiplo._dataset import COLLECTIONS, Dataset, Record
from citydiplo._errors import ArgumentValueError, check_args
from citydiplo._export._extras import require
from citydiplo._export._parquet import Texts, read_records, record_text, write_table
from citydiplo._export._storage import (
    LAYOUT_FILE,
    layout,
    location,
    prepare_output,
    write_layout,
)

__all__ = [
    "LAYOUT_FILE",
    "actor_refs",
    "check_buckets",
    "check_paths",
    "layout",
    "partition_dirs",
    "read_partition",
    "read_tables",
    "write_fragment",
    "write_layout",
    "write_partitioned",
]

DEFAULT_BUCKETS = 32
_RECORD_KINDS = tuple(c for c in COLLECTIONS if c not in ("actors", "sources"))


def actor_refs(actors: Iterable[Any], sources: Iterable[Any]) -> Any:
    """Where each actor id leads once every actor report is fused (merge's actor fusion,
    which also keeps actor ids apart from source ids)."""
    from citydiplo._merge._pipeline import _reports, fuse_actors_and_sources

    reports = _reports([Dataset(actors=actors, sources=sources)])
    return fuse_actors_and_sources(reports).fusion.refs


def _rows(
    records: Iterable[tuple[int, Record]], file: int, texts: Texts | None = None
) -> dict[str, list[Any]]:
    from citydiplo._merge._split import referenced_ids

    known = texts or {}
    rows: dict[str, list[Any]] = {k: [] for k in ("id", "refs", "json", "file", "position")}
    for position, record in records:
        rows["id"].append(record.id)
        rows["refs"].append(referenced_ids(record))
        rows["json"].append(record_text(record, known))
        rows["file"].append(file)
        rows["position"].append(position)
    return rows


def write_fragment(
    dataset: Dataset,
    directory: str | os.PathLike[str],
    *,
    refs: Any,
    buckets: int,
    file: int = 0,
    texts: Texts | None = None,
) -> list[Path]:
    """Write one input's reports into the layout (``part-<file>.parquet`` in each partition).

    ``refs`` come from the actor fusion of the *whole* dataset (:func:`actor_refs` over every
    input's actors and sources): the partition of a record depends on them. ``texts`` gives
    the JSON text records were read from (see :func:`record_text`).
    """
    from citydiplo._merge._split import partition_of

    pa = require("pyarrow", "parquet")
    pq = require("pyarrow.parquet", "parquet")
    root = location(directory)
    name = f"part-{file:05d}.parquet"
    written: list[Path] = []
    for kind in ("actors", "sources"):
        records = list(enumerate(getattr(dataset, kind)))
        if records:
            written.append(root / kind / name)
            write_table(pa, pq, _rows(records, file, texts), written[-1])
    parts: dict[tuple[str, int], list[tuple[int, Record]]] = defaultdict(list)
    for kind in _RECORD_KINDS:
        for position, record in enumerate(getattr(dataset, kind)):
            parts[partition_of(record, refs, buckets)].append((position, record))
    for (type_, bucket), records in sorted(parts.items()):
        written.append(root / "records" / f"type={type_}" / f"bucket={bucket:04d}" / name)
        write_table(pa, pq, _rows(records, file, texts), written[-1])
    return written


def check_buckets(function: str, buckets: object) -> None:
    """Refuse a number of buckets that is not a whole number of at least 1."""
    from citydiplo._errors import check_args

    check_args(function, buckets=(buckets, int))
    if isinstance(buckets, int) and buckets < 1:
        raise ArgumentValueError(f"{function}(): buckets={buckets!r}: expected at least 1")


def check_paths(function: str, inputs: object) -> None:
    """Refuse one path where a list of paths is expected (it would be read as letters)."""
    from citydiplo._errors import ArgumentTypeError

    if isinstance(inputs, str | os.PathLike):
        raise ArgumentTypeError(
            f"{function}() argument 'inputs' must be a list of paths, not one path: "
            f"{str(inputs)!r:.80} (write [{str(inputs)!r:.80}])"
        )


def write_partitioned(
    dataset: Dataset, directory: str | os.PathLike[str], *, buckets: int = DEFAULT_BUCKETS
) -> Path:
    """Write reports as Parquet partitioned by the merge's blocks, actors in their own table.

    Every report that :func:`citydiplo.merge` could fuse with another lands in the same
    partition (``records/type=event/bucket=0007/``), after the actors of the whole dataset
    are fused, so :func:`citydiplo.dask.merge_partitioned` can merge one partition at a time.
    :func:`read_parquet` reads the directory back into an equal dataset.

    Args:
        dataset: the reports (unmerged, or any dataset).
        directory: where to write (a path, or a URL such as ``s3://bucket/reports``: see
            the "Scaling out" how-to); files of an earlier write there are replaced.
        buckets: partitions per record type (more, smaller partitions: less memory each).

    Returns the directory.

    >>> import tempfile, citydiplo as cd
    >>> reports = cd.load_seeds(merged=False)
    >>> out = cd.write_partitioned(reports, tempfile.mkdtemp(), buckets=4)
    >>> cd.read_parquet(out) == reports
    True
    """
    check_args("write_partitioned", dataset=(dataset, Dataset))
    check_buckets("write_partitioned", buckets)
    root: Path = location(directory)
    prepare_output(root)  # checked as every write's path; an earlier write's files go
    refs = actor_refs(dataset.actors, dataset.sources)
    write_fragment(dataset, root, refs=refs, buckets=buckets)
    write_layout(root, layout="merge-blocks", buckets=buckets, files=1, version=1)
    return root


def partition_dirs(directory: str | os.PathLike[str]) -> list[Path]:
    """The record partitions of a layout directory, in a fixed order."""
    records = location(directory) / "records"
    if not records.is_dir():
        return []
    return sorted(p for p in records.glob("type=*/bucket=*") if p.is_dir())


def read_partition(directory: str | os.PathLike[str]) -> Dataset:
    """The records of one partition (or of the ``actors``/``sources`` table)."""
    return read_records(sorted(location(directory).glob("*.parquet")), name=str(directory))


def read_tables(directory: str | os.PathLike[str]) -> Dataset:
    """The actor and source tables of a layout directory, as one dataset."""
    root = location(directory)
    actors = read_partition(root / "actors") if (root / "actors").is_dir() else Dataset()
    sources = read_partition(root / "sources") if (root / "sources").is_dir() else Dataset()
    return Dataset(actors=actors.actors, sources=sources.sources)
