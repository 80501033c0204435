"""citydiplo on Dask: partition reports by merge block, and merge them partition by partition.

Needs the ``dask`` extra (``pip install 'citydiplo[dask]'``). Every function takes an optional
``client`` (a :class:`distributed.Client`); without one, Dask's current default scheduler
runs the tasks (the client made last in this process, else local threads).

- :func:`partition_files`: JSON / JSON Lines report files -> a directory partitioned by the
  merge's blocks (the layout of :func:`citydiplo.write_partitioned`), one task per file.
- :func:`merge_partitioned`: that directory -> a merged directory, which
  :func:`citydiplo.read_merged` reads into a :class:`MergeResult` equal to ``merge`` of all
  the reports in one process. Actor fusion runs once on the actor and source tables, and
  where actor ids lead goes to every task; each partition is clustered and fused by the code
  :func:`citydiplo.merge` runs (``citydiplo._merge._split`` says how the output ids and the
  references between records stay those of one process). Memory per worker follows the
  largest partition, not the dataset.
- :func:`extract_directory`: ``extract_many`` over a directory of articles, a task a batch.

Paths may be local, on a file system every worker sees (NFS), or URLs of object storage
(``s3://``, ``gs://``, ``abfs://``...: the ``storage`` extra and the file system's fsspec
package); the docs' "Scaling out" page says how to point this at a cluster and a bucket.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from citydiplo._errors import ArgumentValueError, NotADatasetPathError, check_args
from citydiplo._export._extras import require
from citydiplo._gcpause import paused as _task  # a task builds acyclic records only

__all__ = ["extract_directory", "merge_partitioned", "partition_files", "validate_partitioned"]


def _scheduler(client: Any) -> Any:
    """The client's; else Dask's configured one or last client; else threads, for bags too
    (their default, new processes, fails in a script without a ``__main__`` guard)."""
    if client is not None:
        return client.get
    return require("dask.base", "dask").get_scheduler() or "threads"


def _compute(client: Any, *tasks: Any) -> tuple[Any, ...]:
    return tuple(require("dask", "dask").compute(*tasks, scheduler=_scheduler(client)))


# -- partitioning input files -------------------------------------------------------------


@_task
def _actors_of(path: str) -> list[Any]:
    """The actors and sources of one input file. JSON Lines are sifted line by line first,
    so that only those lines are built (every line is checked when the file is written)."""
    import orjson

    from citydiplo._export._storage import location, read_reports
    from citydiplo._io import _sniff, loads

    data = location(path).read_bytes()
    if _sniff(data) != "jsonl":
        whole = read_reports(path)[0]
        return [*whole.actors, *whole.sources]
    kinds = (b"country", b"region", b"city", b"organization", b"person", b"source")
    kept = []
    for line in data.splitlines():
        if any(kind in line for kind in kinds):  # a cheap filter before parsing
            try:
                if orjson.loads(line).get("type") in {k.decode() for k in kinds}:
                    kept.append(line)
            except (orjson.JSONDecodeError, AttributeError):
                continue  # reported when the whole file is read
    found = loads(b"\n".join(kept), format="jsonl", name=path)
    return [*found.actors, *found.sources]


@_task
def _write_file(path: str, out: str, refs: Any, buckets: int, number: int) -> list[str]:
    from citydiplo._export._blocks import write_fragment
    from citydiplo._export._storage import read_reports

    dataset, texts = read_reports(path)
    written = write_fragment(dataset, out, refs=refs, buckets=buckets, file=number, texts=texts)
    return [str(p) for p in written]


def partition_files(
    inputs: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    buckets: int = 32,
    client: Any = None,
) -> Path:
    """Write report files as Parquet partitioned by the merge's blocks, one task per file.

    A first round of tasks reads each file's actors and sources; the actors are fused once
    (as merge fuses them); a second round
    writes each file's reports into the partitions of their blocks (``part-<file>.parquet``
    in each), so reports of one occurrence from several files meet in one partition.

    Returns ``out``, which :func:`citydiplo.read_parquet` reads back as the concatenation of
    the inputs and :func:`merge_partitioned` merges.
    """
    from citydiplo._export._blocks import actor_refs, check_buckets, check_paths, write_layout
    from citydiplo._export._storage import check_seen, location, prepare_output
    from citydiplo._model import Source

    check_paths("partition_files", inputs)
    check_buckets("partition_files", buckets)
    delayed = require("dask", "dask").delayed
    paths = [str(location(p)) for p in inputs]
    root: Path = location(out)
    prepare_output(root)  # checked as every write's path; an earlier write's files go
    found = _compute(client, *(delayed(_actors_of)(p) for p in paths))
    records = [r for listed in found for r in listed]
    refs = actor_refs(
        [r for r in records if not isinstance(r, Source)],
        [r for r in records if isinstance(r, Source)],
    )
    shared = delayed(refs, pure=True)
    written = _compute(
        client,
        *(delayed(_write_file)(p, str(root), shared, buckets, n) for n, p in enumerate(paths)),
    )
    check_seen([p for listed in written for p in listed], out)
    write_layout(root, layout="merge-blocks", buckets=buckets, files=len(paths), version=1)
    return root


# -- merging ------------------------------------------------------------------------------


def _columns(part: str, name: str) -> list[Any]:
    from citydiplo._export._storage import partition_parquet, read_table

    pq = require("pyarrow.parquet", "parquet")
    found: list[Any] = []
    for file in partition_parquet(part):
        found.extend(read_table(pq, file, [name]).column(name).to_pylist())
    return found


@_task
def _ids_and_refs(part: str, counters: int) -> tuple[list[list[str]], list[str], list[list[str]]]:
    """A partition's distinct record ids and the stems of those that look renamed (both
    split by hash), and the ids its records cite."""
    from citydiplo._merge._split import id_bucket, stem

    ids: list[list[str]] = [[] for _ in range(counters)]
    stems: list[list[str]] = [[] for _ in range(counters)]
    for record_id in sorted(set(_columns(part, "id"))):
        ids[id_bucket(record_id, counters)].append(record_id)
        found = stem(record_id)
        if found is not None:
            stems[id_bucket(found, counters)].append(found)
    refs = sorted({i for listed in _columns(part, "refs") for i in listed})
    return ids, refs, stems


def _shared(ids: list[list[str]], stems: list[list[str]]) -> tuple[list[str], list[str]]:
    """Of one hash bucket: the ids in several partitions, and the stems that are ids."""
    from citydiplo._merge._split import live_stems, shared_ids

    every = [i for listed in ids for i in listed]
    return sorted(shared_ids(ids)), sorted(live_stems((s for x in stems for s in x), every))


@_task
def _needs_summary(part: str, keys: tuple[frozenset[str], ...]) -> bool:
    from citydiplo._merge._split import needs_summary

    shared, referenced, stems = keys
    return needs_summary(_columns(part, "id"), shared, referenced, stems)


def _records(part: str, texts: dict[int, tuple[Any, str]] | None = None) -> list[Any]:
    """A partition's reports; ``texts`` gets each one read, with its JSON text, by ``id()``
    (holding the record, so that its ``id()`` stays its own)."""
    from citydiplo._dataset import Dataset
    from citydiplo._export._parquet import read_texts
    from citydiplo._export._storage import partition_parquet
    from citydiplo._merge._pipeline import RECORDS, _reports

    read, text = read_texts(partition_parquet(part), name=part)
    if texts is not None:
        texts.update((id(r), (r, t)) for r, t in zip(read, text, strict=True))
    reports = _reports([Dataset.of(read)])  # identical reports count once, as in merge
    return [record for name in RECORDS for record in getattr(reports, name)]


@_task
def _summarize(part: str, actor_refs: Any, keys: tuple[frozenset[str], ...]) -> Any:
    from citydiplo._merge._split import summarize

    shared, referenced, stems = keys
    return summarize(_records(part), actor_refs, referenced, shared, stems)


@_task
def _emit(part: str, out: str, number: int, fused: Any, decisions: Any) -> str:
    from citydiplo._export._merged import write_part
    from citydiplo._export._storage import location
    from citydiplo._merge._split import emit_partition

    texts: dict[int, tuple[Any, str]] = {}
    result = emit_partition(_records(part, texts), fused[0], fused[1], decisions)
    write_part(
        out,
        number,
        records=result.records,
        texts=texts,
        conflicts=result.conflicts,
        ambiguous=result.ambiguous,
        findings=result.findings,
        clusters=result.clusters,
    )
    return str(location(out) / "records" / f"part-{number:05d}.parquet")


def merge_partitioned(
    path: str | os.PathLike[str],
    *,
    out: str | os.PathLike[str] | None = None,
    client: Any = None,
) -> Path:
    """Merge a directory of partitioned reports on Dask; returns the merged directory.

    ``path`` is a directory that :func:`citydiplo.write_partitioned` or
    :func:`partition_files` wrote; ``out`` defaults to ``<path>-merged`` beside it.
    :func:`citydiplo.read_merged` reads the result, equal to :func:`citydiplo.merge` of the
    same reports in one process (dataset, conflicts, ambiguities, findings and clusters).

    The work (see ``citydiplo._merge._split``): actor and source fusion once, here; tasks
    that read only the ``id`` and ``refs`` columns to find record ids present in two
    partitions and ids some record refers to; a first pass over the few partitions that hold
    such ids; then one task per partition that fuses it under the final ids and writes its
    records, conflicts, ambiguities, findings and clusters.
    """
    from citydiplo._export._blocks import layout, partition_dirs, read_tables, write_layout
    from citydiplo._export._merged import write_part
    from citydiplo._export._storage import check_seen, clear_output, is_local, location
    from citydiplo._merge._pipeline import _reports, fuse_actors_and_sources
    from citydiplo._merge._split import settle

    delayed = require("dask", "dask").delayed
    source = location(path)
    layout(source, "merge-blocks")
    target: Path = location(out) if out is not None else source.with_name(source.name + "-merged")
    clear_output(source, target, out)

    fused = fuse_actors_and_sources(_reports([read_tables(source)]))
    write_part(
        target,
        0,
        records=[*fused.fusion.actors, *fused.sources],
        conflicts=fused.conflicts,
        ambiguous=(),
        findings=fused.fusion.findings,
        clusters=fused.clusters,
        kinds=("actors", "sources"),
    )
    parts = [str(p) for p in partition_dirs(source)]
    if parts:
        counters = max(1, min(len(parts), 16))
        scans = [delayed(_ids_and_refs, nout=3)(p, counters) for p in parts]
        counted, cited = _compute(
            client,
            [
                delayed(_shared)([scan[0][k] for scan in scans], [scan[2][k] for scan in scans])
                for k in range(counters)
            ],
            [scan[1] for scan in scans],
        )
        shared = frozenset(i for ids, _ in counted for i in ids)
        stems = frozenset(i for _, found in counted for i in found)
        referenced = frozenset(i for refs in cited for i in refs)
        actor_refs = delayed(fused.fusion.refs, pure=True)
        keys = delayed((shared, referenced, stems), pure=True)
        chosen: list[str] = []
        if shared or referenced or stems:
            flags = _compute(client, *(delayed(_needs_summary)(p, keys) for p in parts))
            chosen = [p for p, flag in zip(parts, flags, strict=True) if flag]
        summaries = _compute(client, *(delayed(_summarize)(p, actor_refs, keys) for p in chosen))
        decisions = delayed(settle(summaries, shared, fused.reserved), pure=True)
        context = delayed((fused.fusion.refs, fused.reserved), pure=True)
        emitted = _compute(
            client,
            *(
                delayed(_emit)(p, str(target), n, context, decisions)
                for n, p in enumerate(parts, start=1)
            ),
        )
        check_seen(emitted, target)
    reports = str(source.resolve()) if is_local(source) else str(source)
    write_layout(target, layout="merged", reports=reports, version=1)
    return target


# -- extraction ---------------------------------------------------------------------------


def _extract_batch(paths: list[str], meta: dict[str, Any]) -> list[Any]:
    # one article at a time: the drafts' actors are fused once, over every batch
    from citydiplo._export._storage import location
    from citydiplo._extract import extract
    from citydiplo._extract._articles import read_article

    return [extract(read_article(location(p)), **meta) for p in paths]


def extract_directory(
    directory: str | os.PathLike[str],
    *,
    lang: str,
    published: str | None = None,
    known: Any = None,
    pattern: str = "*.txt",
    batch: int = 64,
    client: Any = None,
) -> list[Any]:
    """``extract_many`` over the article files of a directory, as a Dask bag of batches.

    ``directory`` is a local path or the URL of any fsspec file system (``s3://``...; the
    ``storage`` extra), read by the workers. Every file matching ``pattern`` (UTF-8 text,
    in sorted order) is one article in ``lang``, published on ``published`` (EDTF, the
    reference date of relative dates) with ``known`` actors recognised, as
    :func:`citydiplo.extract` takes them. Returns the extractions in file order: equal to
    ``extract_many`` over the same texts in one process. Write their datasets as JSON Lines
    and give them to :func:`partition_files` to merge them on the cluster too.

    Raises:
        FileNotFoundError: ``directory`` is not a directory.
        UnicodeDecodeError: a file is not UTF-8 (a ``CitydiploError`` naming the file).
        ArgumentTypeError: ``batch`` is not an int.
    """
    bag = require("dask.bag", "dask")
    from citydiplo._export._storage import location

    root = location(directory)
    if not root.is_dir():
        raise NotADatasetPathError(f"{str(root)!r} is not a directory of articles")
    check_args("extract_directory", batch=(batch, int))
    if batch < 1:
        raise ArgumentValueError(f"batch={batch!r}: expected at least 1")
    found = [p for p in root.glob(pattern) if p.is_file()]
    paths = [str(p) for p in sorted(found, key=lambda p: p.parts)]
    if not paths:
        return []
    meta: dict[str, Any] = {"lang": lang, "published": published, "known": known}
    batches = [paths[i : i + batch] for i in range(0, len(paths), batch)]
    drafts = bag.from_sequence(batches, npartitions=len(batches)).map(_extract_batch, meta)
    from citydiplo._extract._actors import fuse_drafts

    return fuse_drafts([x for found in drafts.compute(scheduler=_scheduler(client)) for x in found])


@_task
def _validate_rules(path: str, codes: list[str], today: Any) -> list[Any]:
    from citydiplo._export._parquet import read_parquet
    from citydiplo._validate import validate

    return list(validate(read_parquet(path), rules=codes, today=today))


def validate_partitioned(
    path: str | os.PathLike[str],
    *,
    rules: Sequence[str] | None = None,
    today: Any = None,
    client: Any = None,
) -> Any:
    """:func:`citydiplo.validate` of a Parquet dataset, its rules run as a Dask bag.

    ``path`` is a directory :func:`citydiplo.write_partitioned` or
    :func:`citydiplo.to_parquet` wrote (a merged dataset written as either works too). The
    rules (codes or code prefixes, every built-in rule by default) are spread over the
    workers, one task per rule, and the findings are put back in the order one process
    gives: the report equals ``validate(read_parquet(path), rules=rules, today=today)``.

    The rules are whole-dataset checks (references across records, duplicate ids, counts),
    so each task reads the whole dataset: this divides the time of a validation by the
    workers, not the memory a worker needs.

    Raises:
        FileNotFoundError: ``path`` is not a directory.
        UnknownNameError: a code in ``rules`` names no built-in rule.
    """
    bag = require("dask.bag", "dask")
    from citydiplo._export._storage import location
    from citydiplo._validate import Report, select_rules

    root = location(path)
    if not root.is_dir():
        raise NotADatasetPathError(f"{str(root)!r} is not a directory written by write_partitioned")
    codes = [r.code for r in select_rules(rules)]  # unknown codes raise here, as in validate
    tasks = bag.from_sequence([[code] for code in codes], npartitions=max(1, len(codes)))
    found = tasks.map(lambda one: _validate_rules(str(root), one, today))
    return Report([f for part in found.compute(scheduler=_scheduler(client)) for f in part])
