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
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from citydiplo._atomic import replacement_mode
from citydiplo._dataset import Dataset
from citydiplo._export._extras import require
from citydiplo._io import MAX_FILE_BYTES, Format, _sniff, loads, loads_lines, read_limited
from citydiplo._sniff import looks_like

__all__ = [
    "is_local",
    "location",
    "read_reports",
    "read_table",
    "remove_parts",
    "write_atomic",
    "write_parquet",
]

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def location(place: str | os.PathLike[str] | Any) -> Any:
    """A local ``Path`` for a path or a ``file://`` URL; a ``UPath`` for any other URL.

    >>> location("reports/parts")
    PosixPath('reports/parts')
    >>> location("file:///data/my%20reports")
    PosixPath('/data/my reports')
    """
    if isinstance(place, Path) or not isinstance(place, str | os.PathLike):
        return place  # a Path, or a UPath already
    text = os.fspath(place)
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
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
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
