"""A merge result on disk, one set of files per partition, and reading it back.

Layout of a directory written by :func:`citydiplo.dask.merge_partitioned`::

    citydiplo-layout.json            {"layout": "merged", "reports": "<the input directory>"}
    actors/, sources/                the fused actors and sources
    records/part-<n>.parquet         the fused records of input partition <n>
    conflicts/part-<n>.parquet       ``record``, ``field`` and the conflict as JSON
    ambiguous/part-<n>.parquet       ``record``, its ``candidates`` and the ambiguity as JSON
    findings/part-<n>.parquet        what merge could not take as given, as JSON
    clusters/part-<n>.parquet        each output ``id`` and the input ids fused into it

``part-00000`` of ``conflicts``/``findings``/``clusters`` (actors and sources) is written
once, by the process that fused the actors; every other part by the task that merged that
partition.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

import orjson

from citydiplo._dataset import COLLECTIONS, Dataset
from citydiplo._errors import check_args
from citydiplo._export._blocks import layout
from citydiplo._export._extras import require
from citydiplo._export._parquet import read_parquet, read_records, record_text, write_table
from citydiplo._export._storage import location, read_consistently, read_table
from citydiplo._merge import Ambiguity, Conflict, MergeResult
from citydiplo._validate._report import Finding

__all__ = ["read_merged", "write_part"]


def write_part(
    directory: str | os.PathLike[str],
    number: int,
    *,
    records: Sequence[Any],
    conflicts: Iterable[Conflict],
    ambiguous: Iterable[Ambiguity],
    findings: Iterable[Finding],
    clusters: dict[str, Sequence[str]],
    kinds: tuple[str, ...] = ("records",),
    texts: dict[int, tuple[Any, str]] | None = None,
) -> None:
    """Write one partition's share of a merge result (each file atomically).

    ``texts`` maps ``id()`` of records read from a layout to the record and its JSON text:
    a record that merge passed on unchanged (that very object) is written as it was read.
    """
    from citydiplo._merge._codec import encode_ambiguity, encode_conflict

    pa = require("pyarrow", "parquet")
    pq = require("pyarrow.parquet", "parquet")
    root = location(directory)
    name = f"part-{number:05d}.parquet"
    known = texts or {}
    for kind in kinds:
        chosen = [r for r in records if kind == "records" or _collection(r) == kind]
        rows = {
            "id": [r.id for r in chosen],
            "json": [record_text(r, known) for r in chosen],
            "file": [number] * len(chosen),
            "position": list(range(len(chosen))),
        }
        write_table(pa, pq, rows, root / kind / name)
    encoded = [encode_conflict(c) for c in conflicts]
    write_table(
        pa,
        pq,
        {
            "record": [c["record"] for c in encoded],
            "field": [c["field"] for c in encoded],
            "json": [orjson.dumps(c).decode() for c in encoded],
        },
        root / "conflicts" / name,
    )
    found = [encode_ambiguity(a) for a in ambiguous]
    write_table(
        pa,
        pq,
        {
            "record": [a["record"] for a in found],
            "candidates": [a["candidates"] for a in found],
            "json": [orjson.dumps(a).decode() for a in found],
        },
        root / "ambiguous" / name,
    )
    write_table(
        pa,
        pq,
        {"json": [orjson.dumps(f.to_dict()).decode() for f in findings]},
        root / "findings" / name,
    )
    write_table(
        pa,
        pq,
        {"id": list(clusters), "members": [list(v) for v in clusters.values()]},
        root / "clusters" / name,
    )


def _collection(record: Any) -> str:
    return "sources" if record.type == "source" else "actors"


def read_merged(path: str | os.PathLike[str], *, reports: bool = True) -> MergeResult:
    """Read a merge result that :func:`citydiplo.dask.merge_partitioned` wrote.

    The result equals :func:`citydiplo.merge` of the input reports in one process: the same
    dataset, conflicts, ambiguities and clusters. With ``reports`` (the default), the input
    reports are read too (from the directory the layout file names), so that merging the
    result again with more reports works as it does for a result made in one process;
    ``reports=False`` leaves them out (the result is then only for reading).

    >>> import tempfile, citydiplo as cd
    >>> from citydiplo.dask import merge_partitioned
    >>> reports = cd.load_seeds(merged=False)
    >>> layout = cd.write_partitioned(reports, tempfile.mkdtemp())
    >>> cd.read_merged(merge_partitioned(layout)) == cd.merge(reports)
    True
    """
    check_args("read_merged", reports=(reports, bool))
    root = location(path)
    return read_consistently(root, lambda: _read_merged(root, reports))


def _read_merged(root: Any, reports: bool) -> MergeResult:
    from citydiplo._merge._actors import ActorFusion, ActorRefs
    from citydiplo._merge._codec import decode_ambiguity, decode_conflict
    from citydiplo._merge._pipeline import Fused, Part, assemble

    pq = require("pyarrow.parquet", "parquet")
    info = layout(root, "merged")

    def files(kind: str) -> list[Any]:
        return sorted((root / kind).glob("*.parquet")) if (root / kind).is_dir() else []

    conflicts: list[Conflict] = []
    ambiguous: list[Ambiguity] = []
    findings: list[Finding] = []
    clusters: dict[str, Sequence[str]] = {}
    for file in files("conflicts"):
        for text in read_table(pq, file, ["json"]).column("json").to_pylist():
            conflicts.append(decode_conflict(orjson.loads(text)))
    for file in files("ambiguous"):
        for text in read_table(pq, file, ["json"]).column("json").to_pylist():
            ambiguous.append(decode_ambiguity(orjson.loads(text)))
    for file in files("findings"):
        for text in read_table(pq, file, ["json"]).column("json").to_pylist():
            findings.append(Finding(**orjson.loads(text)))
    for file in files("clusters"):
        data = read_table(pq, file, ["id", "members"]).to_pydict()
        clusters.update(zip(data["id"], data["members"], strict=True))
    fused = read_records(
        [*files("actors"), *files("sources"), *files("records")], name=str(root)
    )
    given = location(info["reports"])
    nothing = ActorFusion(actors=[], refs=ActorRefs(), conflicts=[], findings=[], clusters={})
    whole = Part(
        records=[record for name in COLLECTIONS for record in getattr(fused, name)],
        conflicts=conflicts,
        ambiguous=ambiguous,
        findings=findings,
        clusters=clusters,
    )
    empty = Fused(sources=[], conflicts=[], fusion=nothing, clusters={}, reserved=frozenset())
    return assemble(empty, [whole], read_parquet(given) if reports else Dataset())
