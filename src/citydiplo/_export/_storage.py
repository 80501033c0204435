"""Where Parquet layouts live: a local directory, or a URL of any fsspec file system.

A path such as ``/data/reports`` or ``file:///data/reports`` is a local directory
(:class:`pathlib.Path`); a URL such as ``s3://bucket/reports``, ``gs://bucket/reports``,
``abfs://container/reports`` or ``memory://reports`` is opened through fsspec, as a
``UPath`` (the ``storage`` extra: ``pip install 'citydiplo[storage]'``, plus the file
system's own package: ``s3fs``, ``gcsfs``, ``adlfs``...). Both offer the same path
operations, so the code that writes and reads layouts does not tell them apart, except
for one thing: a local file is written to a temporary file and moved into place, and an
object in a bucket is written in one request, which a reader sees whole or not at all.

Credentials come from the file system's usual places (environment variables, config files,
instance roles); nothing here reads or stores them.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar
from urllib.parse import unquote, urlsplit

import orjson

from citydiplo._atomic import named_write_error, output_directory, replacement_mode
from citydiplo._dataset import COLLECTIONS, Dataset
from citydiplo._errors import (
    ArgumentTypeError,
    ArgumentValueError,
    NotADatasetPathError,
    ParseError,
    check_path,
)
from citydiplo._export._extras import require
from citydiplo._io import MAX_FILE_BYTES, Format, _sniff, loads, loads_lines
from citydiplo._readfile import UNREACHABLE, read_limited, shown_path
from citydiplo._sniff import looks_like

__all__ = [
    "LAYOUTS",
    "LAYOUT_FILE",
    "LAYOUT_PARTS",
    "check_outside_layouts",
    "check_seen",
    "clear_output",
    "is_local",
    "layout",
    "location",
    "mark_unfinished",
    "partition_parquet",
    "prepare_output",
    "read_consistently",
    "read_reports",
    "read_table",
    "remove_parts",
    "write_atomic",
    "write_layout",
    "write_parquet",
]

#: The file at the top of a layout directory that says which layout it holds.
LAYOUT_FILE = "citydiplo-layout.json"
#: Every directory of Parquet files that a layout writes. A write of any layout first
#: deletes the Parquet files that any layout left in them (:func:`remove_parts`), so that a
#: directory never holds a mix that reads back as records nobody wrote together.
LAYOUT_PARTS = (*COLLECTIONS, "records", "conflicts", "ambiguous", "findings", "clusters")
#: The layout file of a directory while a write to it runs (or after it failed).
UNFINISHED = "unfinished"
#: Each layout by name (``to_parquet``, ``write_partitioned``/``partition_files``,
#: ``merge_partitioned``), with the directories that hold its records.
LAYOUTS: dict[str, tuple[str, ...]] = {
    "year-country": COLLECTIONS,
    "merge-blocks": ("actors", "sources", "records"),
    "merged": ("actors", "sources", "records"),
}

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def location(place: str | os.PathLike[str] | Any) -> Any:
    """A local ``Path`` for a path or a ``file://`` URL; a ``UPath`` for any other URL.

    >>> location("reports/parts")
    PosixPath('reports/parts')
    >>> location("file:///data/my%20reports")
    PosixPath('/data/my reports')
    """
    if isinstance(place, str | os.PathLike):
        check_path(place)
    if isinstance(place, Path):
        return place
    if not isinstance(place, str | os.PathLike):
        if hasattr(place, "joinpath") and hasattr(place, "exists"):
            return place  # a UPath already
        raise ArgumentTypeError(
            f"{type(place).__name__} {place!r:.80} is not a path (expected a str, a "
            "pathlib.Path or a URL)"
        )
    text = os.fspath(place)
    if not text:  # Path('') is the working directory: never read or written by mistake
        raise ArgumentValueError("the path is '' (empty); expected a directory or a URL")
    if not _URL.match(text):
        return Path(text)
    parts = urlsplit(text)
    if parts.scheme == "file" and parts.netloc in ("", "localhost"):
        return Path(unquote(parts.path))
    upath = require("upath", "storage")
    return upath.UPath(text)


def is_local(path: Any) -> bool:
    """Whether ``path`` is on the local file system (a ``pathlib.Path``)."""
    return isinstance(path, Path)


def write_atomic(path: Any, data: bytes) -> None:
    """Write ``data`` to ``path`` (see :func:`write_parquet`)."""
    _write(path, lambda target: Path(target).write_bytes(data), data)


def write_parquet(pa: Any, pq: Any, rows: dict[str, list[Any]], path: Any) -> None:
    """Write one Parquet file of ``rows``: locally to a temporary file in the same
    directory, then ``os.replace`` (a failed write leaves no half file behind); in object
    storage as one object, which readers see whole or not at all."""
    table = pa.table(rows)
    if is_local(path):
        _write(path, lambda target: pq.write_table(table, target), b"")
        return
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    _write(path, None, sink.getvalue().to_pybytes())


def _write(path: Any, local: Any, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not is_local(path):
        path.write_bytes(data)
        return
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        local(temp)
        os.chmod(temp, replacement_mode(path))
        os.replace(temp, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(error, OSError):  # a full disk, a size limit: name the file
            raise named_write_error(error, str(path)) from None
        raise


def read_table(pq: Any, path: Any, columns: list[str]) -> Any:
    """The ``columns`` of one Parquet file (local or in object storage)."""
    if is_local(path):
        return pq.read_table(path, columns=columns)
    with path.open("rb") as handle:
        return pq.read_table(handle, columns=columns)


def remove_parts(root: Any, kinds: Iterable[str]) -> None:
    """Delete the Parquet files an earlier write left under ``root/<kind>``."""
    for kind in kinds:
        if (root / kind).is_dir():
            for old in sorted((root / kind).rglob("*.parquet")):
                old.unlink()
            if is_local(root):  # and the partition directories left empty
                folders = [p for p in (root / kind).rglob("*") if p.is_dir()]
                for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
                    if not any(folder.iterdir()):
                        folder.rmdir()


def read_reports(path: str) -> tuple[Dataset, dict[int, tuple[Any, str]]]:
    """One input file (local or at a URL) and, for JSON Lines, each record's line by
    ``id()`` (with the record, so that its ``id()`` stays its own): the line can be written
    to a layout as it is, since it reads back as that record."""
    where = location(path)
    data = read_limited(where, MAX_FILE_BYTES) if is_local(where) else where.read_bytes()
    suffix = where.suffix.lower()
    kind: Format = "json" if suffix == ".json" else _sniff(data)
    if suffix in (".jsonl", ".ndjson"):
        kind = "jsonl"
    if kind == "jsonl" and looks_like(data) is None:
        records = loads_lines(data, name=path)
        lines = [line.strip() for line in data.split(b"\n") if line and not line.isspace()]
        if len(lines) == len(records):
            texts = {id(r): (r, line.decode()) for r, line in zip(records, lines, strict=True)}
            return Dataset.of(records), texts
    return loads(data, format=kind, name=path), {}


def write_layout(directory: str | os.PathLike[str], **info: Any) -> Any:
    """Write the layout file that says what a directory holds (atomically)."""
    path = location(directory) / LAYOUT_FILE
    write_atomic(path, orjson.dumps(info, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
    return path


def layout(directory: str | os.PathLike[str], expected: str | None) -> dict[str, Any]:
    """The layout file of a directory, checked to be of the ``expected`` layout (any
    citydiplo layout for ``None``).

    Raises:
        FileNotFoundError: the directory has no layout file (or is no directory).
        ParseError: the layout file is not JSON, or names another layout.
    """
    path = location(directory) / LAYOUT_FILE
    wanted = f"a {expected!r}" if expected else "a citydiplo layout"
    try:
        data = path.read_bytes()
    except OSError as error:  # missing, under a file, a name too long, a loop of links
        if error.errno not in UNREACHABLE:
            raise
        raise NotADatasetPathError(
            f"{shown_path(directory)} has no {LAYOUT_FILE}: it was not written by "
            f"citydiplo (expected {wanted} directory)"
        ) from None
    try:
        info = orjson.loads(data)
    except orjson.JSONDecodeError as err:
        raise ParseError(f"{str(path)!r} is not JSON ({err})") from None
    found = info.get("layout") if isinstance(info, dict) else None
    if found == UNFINISHED:
        raise ParseError(
            f"{str(directory)!r}: a write there did not finish (it failed, or is still "
            f"running); expected {wanted} directory (write it again)"
        )
    if found not in LAYOUTS or (expected is not None and found != expected):
        raise ParseError(
            f"{str(directory)!r} holds a {found!r} layout (expected {wanted} directory)"
        )
    return dict(info)


_T = TypeVar("_T")
#: Reads of a layout that another process keeps rewriting, before giving up.
_ATTEMPTS = 3


def _stamp(root: Any) -> object:
    """What changes whenever a write touches the layout of ``root``: every write first
    replaces the layout file (marking it unfinished) and replaces it again last, each time
    with a new file, so its identity and times (locally), or its bytes (in object storage),
    differ from before the write; ``None`` where there is no layout file."""
    path = root / LAYOUT_FILE
    try:
        if is_local(root):
            info = os.stat(path)
            return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
        return path.read_bytes()
    except OSError as error:  # the read says what is wrong with the path
        if error.errno in UNREACHABLE:
            return None
        raise


def read_consistently(root: Any, read: Callable[[], _T]) -> _T:
    """``read()`` of the layout at ``root``, taken only if no write to it ran meanwhile.

    A write by another process while the files are read deletes some of them (the read
    failed with a bare ``FileNotFoundError``) or leaves a mix of two writes (read as a
    dataset that nobody wrote). A read that overlapped a write is thrown away and done
    again; one that fails with no write meanwhile raises as it is (an unfinished write is
    then a clear :class:`ParseError`).

    Raises:
        ParseError: the layout changed during each of three reads.
    """
    for _ in range(_ATTEMPTS):
        before = _stamp(root)
        try:
            result = read()
        except Exception:
            if _stamp(root) == before:
                raise
            continue
        if _stamp(root) == before:
            return result
    raise ParseError(
        f"{str(root)!r} was rewritten by another write while it was read, {_ATTEMPTS} times "
        "in a row (expected a layout that no write changes while it is read: read it again "
        "once the writes are done)"
    )


def prepare_output(root: Any) -> None:
    """Make ``root`` ready for a layout: a local directory is checked as every write checks
    its path (:func:`~citydiplo._atomic.output_directory`: not a file or a device, its parent
    there; created itself when missing, never its parents), then the Parquet files an
    earlier write of any layout left are deleted."""
    if is_local(root):
        check_outside_layouts(root)  # before the directory is made
        output_directory(root)
    mark_unfinished(root)
    remove_parts(root, LAYOUT_PARTS)


def mark_unfinished(root: Any) -> None:
    """Say in the layout file that a write has begun: a write that fails (a full disk, a
    file-size limit) leaves a directory that :func:`layout` refuses, rather than one that
    reads back as part of a dataset; the write's last step writes the real layout file."""
    if not is_local(root):
        root.mkdir(parents=True, exist_ok=True)
    write_layout(root, layout=UNFINISHED)


def check_outside_layouts(root: Path) -> None:
    """Refuse a local output directory inside a table directory of a layout (``actors/``,
    ``records/``...): the files written there would read back as part of that layout
    (``read_parquet`` reads its table directories whole)."""
    full = root.resolve()
    for folder in full.parents:
        if (folder / LAYOUT_FILE).is_file() and full.relative_to(folder).parts[0] in LAYOUT_PARTS:
            raise ArgumentValueError(
                f"{str(root)!r} is inside {str(folder)!r}, which holds a citydiplo layout: "
                "what is written there would read back as part of it (expected a directory "
                "outside its table directories)"
            )


def clear_output(source: Any, target: Any, out: Any) -> None:
    """Make ``target`` (given as ``out``), the output directory of a merge of ``source``,
    ready (:func:`prepare_output`); refuse ``source`` itself, a directory inside it (the
    merged tables would read back as more reports) and a directory whose replaced tables
    hold it (its reports would be deleted before the merge reads them)."""
    if is_local(source) and is_local(target):
        inner, outer = source.resolve(), target.resolve()
    else:
        inner, outer = (PurePosixPath(str(p).rstrip("/")) for p in (source, target))
    if inner == outer or inner in outer.parents:
        where = "the directory of" if inner == outer else "inside the directory of"
        raise ArgumentValueError(
            f"out={str(out)!r} is {where} the reports {str(source)!r} (expected another "
            "directory for the merged result, outside the reports)"
        )
    if outer in inner.parents and inner.relative_to(outer).parts[0] in LAYOUT_PARTS:
        raise ArgumentValueError(
            f"out={str(out)!r} holds the reports {str(source)!r} in a directory that the "
            "merged result replaces (expected another directory for the merged result)"
        )
    prepare_output(target)


# -- storage that Dask workers share with the process that plans their work ----------------

_SHARED = (
    "storage that this process and every worker share (a shared file system or object "
    "storage; memory:// lives in one process)"
)


def partition_parquet(part: str) -> list[Any]:
    """The Parquet files of a partition that the planning process listed, as a worker
    sees them (a worker that does not see the directory raises, rather than reading none)."""
    where = location(part)
    if not where.is_dir():
        raise NotADatasetPathError(
            f"partition {part!r} is not there for this Dask worker: the reports must be on "
            + _SHARED
        )
    return sorted(where.glob("*.parquet"))


def check_seen(written: Sequence[str], out: Any) -> None:
    """Raise unless this process sees a file that a task wrote: a path on each worker's
    own disk, or a ``memory://`` URL, would leave the result here silently incomplete."""
    if written and not location(written[0]).exists():
        raise NotADatasetPathError(
            f"a Dask worker wrote {written[0]!r}, which this process cannot see: "
            f"{str(out)!r} must be on " + _SHARED
        )
