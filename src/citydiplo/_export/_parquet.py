"""Parquet files via pyarrow, one dataset directory per kind of record (``parquet`` extra)."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import orjson

from citydiplo._atomic import atomic_directory, output_directory
from citydiplo._convert import unstructure_record
from citydiplo._dataset import COLLECTIONS, Dataset, Record
from citydiplo._errors import (
    ArgumentValueError,
    NotADatasetPathError,
    ParseError,
    WriteError,
    check_args,
)
from citydiplo._export._extras import require
from citydiplo._export._rows import KINDS, Cell, columns, row
from citydiplo._export._storage import (
    LAYOUT_FILE,
    LAYOUT_PARTS,
    LAYOUTS,
    check_outside_layouts,
    is_local,
    layout,
    location,
    mark_unfinished,
    read_consistently,
    read_table,
    remove_parts,
    write_layout,
    write_parquet,
)
from citydiplo._io import loads_lines
from citydiplo._readfile import is_directory, shown_path
from citydiplo.dates import YearlessDate

__all__ = [
    "PARTITION_KEYS",
    "UNKNOWN_COUNTRY",
    "UNKNOWN_YEAR",
    "read_parquet",
    "read_records",
    "to_parquet",
    "write_table",
]

PARTITION_KEYS = ("year", "country")

#: The ``year`` partition of records whose year is unknown: no date has year 0 (years run
#: 1..9999), and an integer keeps the partition column an integer for every reader.
UNKNOWN_YEAR = 0
#: The ``country`` partition of records with no known country: ``ZZ``, the code CLDR uses
#: for "Unknown Region" (user-assigned in ISO 3166-1, so no real country has it).
UNKNOWN_COUNTRY = "ZZ"
#: Columns that carry each record whole, so :func:`read_parquet` gives back an equal dataset.
RECORD_COLUMNS = ("json", "file", "position")


def _year(record: Record) -> int | None:
    date = getattr(record, "date", None)
    if date is None:
        date = getattr(record, "published", None) or getattr(record, "lifetime", None)
    if date is None or isinstance(date, YearlessDate):  # year-less: no year partition
        return None
    earliest = date.earliest()
    return None if earliest.year == 1 else earliest.year


def _country(record: Record, countries: dict[str, str | None]) -> str | None:
    own = getattr(record, "country", None)
    if isinstance(own, str):
        return own
    codes = sorted({c for a in getattr(record, "actors", ()) if (c := countries.get(a))})
    return codes[0] if codes else None


def to_parquet(
    dataset: Dataset,
    directory: str | os.PathLike[str],
    *,
    partition_by: Sequence[str] = PARTITION_KEYS,
) -> list[Path]:
    """Write one Parquet dataset per non-empty kind of record under ``directory``
    (``directory/partnerships/year=2003/country=CN/part-0.parquet``).

    ``directory`` is a local path or the URL of any fsspec file system (``s3://``,
    ``gs://``, ``memory://``...; the ``storage`` extra). Locally each kind is written to a
    temporary directory that then replaces the old one; at a URL the kind's old Parquet
    files are deleted and the new ones written, each as one object. A local kind directory
    that holds a file no export writes (anything but ``*.parquet`` files in ``key=value``
    folders) is refused with :class:`~citydiplo.WriteError` before anything is written,
    rather than replaced with the user's file in it. ``directory`` itself is created when
    missing, its parent never.

    Rows have the columns of the CSV export (lists of ids and fields as list columns), plus
    the partition keys: ``year``, the year of the record's date (``published`` for sources,
    ``lifetime`` for actors; null when unknown), and ``country``, an actor's own country or,
    for a record, the first in alphabetical order of its principal actors' countries (so a
    KR–CN partnership sits under ``country=CN``; filter on ``parties`` for the other side).
    ``partition_by`` chooses among these keys; ``()`` writes one file per kind.

    A partition value is never null, which Parquet readers cannot unify with the others
    (``pandas.read_parquet`` fails with "Cannot yet unify dictionaries with nulls"): an
    unknown year is written as ``year=0`` (:data:`UNKNOWN_YEAR`) and an unknown country as
    ``country=ZZ`` (:data:`UNKNOWN_COUNTRY`). Actors and count claims have a ``country``
    column of their own, which is their partition key: it holds ``ZZ`` where they name no
    country. Each row also carries the
    record whole as JSON (``json``, with ``file`` and ``position`` keeping the order), so
    :func:`read_parquet` reads the directory back into an equal dataset.

    Returns the directories written, one per kind (``UPath`` objects for a URL).

    >>> import tempfile, citydiplo as cd
    >>> out = tempfile.mkdtemp()
    >>> seeds = cd.load_seeds()
    >>> _ = cd.to_parquet(seeds, out)
    >>> cd.read_parquet(out) == seeds
    True
    >>> import tempfile
    >>> import pyarrow.dataset
    >>> from citydiplo import load_seeds
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     written = to_parquet(load_seeds(), tmp)
    ...     table = pyarrow.dataset.dataset(written[2], partitioning="hive").to_table()
    >>> written[2].name, table.num_rows
    ('partnerships', 14)
    """
    check_args("to_parquet", dataset=(dataset, Dataset))
    pa = require("pyarrow", "parquet")
    ds_mod = require("pyarrow.dataset", "parquet")
    check_args("to_parquet", partition_by=(partition_by, (tuple, list)))
    unknown = set(partition_by) - set(PARTITION_KEYS)
    if unknown:
        raise ArgumentValueError(
            f"partition_by={tuple(partition_by)!r}: {sorted(unknown)!r} cannot partition "
            f"(expected keys among {PARTITION_KEYS!r})"
        )
    countries = {a.id: a.country for a in dataset.actors}
    keys = list(partition_by)
    root = location(directory)
    if is_local(root):
        check_outside_layouts(root)
        output_directory(root)  # itself only: a missing parent is refused
        foreign = [f for kind in KINDS for f in _not_exported(root / kind)]
        if foreign:  # each kind's directory is replaced whole: never delete the user's files
            raise WriteError(
                errno.EEXIST,
                f"{os.fspath(directory)}: {len(foreign)} file(s) in its table directories were "
                f"not written by an export ({', '.join(repr(os.fspath(f)) for f in foreign[:5])}"
                f"{', ...' if len(foreign) > 5 else ''}); an export replaces each table "
                "directory whole (expected an empty directory or an earlier export: move them)",
                os.fspath(directory),
            )
    mark_unfinished(root)  # until the layout file at the end: a failed write is refused
    remove_parts(root, [p for p in LAYOUT_PARTS if p not in KINDS])  # another layout's
    written: list[Path] = []
    for kind in KINDS:
        records = getattr(dataset, kind)
        if not records:  # none now: what an earlier write left of the kind must go
            if (root / kind).is_dir():
                if is_local(root):
                    with atomic_directory(root / kind):
                        pass  # an empty directory in its place
                else:
                    remove_parts(root, [kind])
            continue
        table_rows: list[dict[str, Cell]] = []
        for position, record in enumerate(records):
            data = row(record, kind, lists=True)
            data["year"] = _year(record)
            data["country_key"] = _country(record, countries)
            # a null partition value cannot be read back (see the docstring)
            if "year" in keys and data["year"] is None:
                data["year"] = UNKNOWN_YEAR
            if "country" in keys:
                data["country_key"] = data["country_key"] or UNKNOWN_COUNTRY
                if "country" in data:  # actors, claims: their own column is the key
                    data["country"] = data["country"] or UNKNOWN_COUNTRY
            data["json"] = record_json(record)
            data["file"] = 0
            data["position"] = position
            table_rows.append(data)
        names = [*columns(kind), "year", "country_key", *RECORD_COLUMNS]
        table = pa.Table.from_pylist(table_rows, schema=_schema(pa, table_rows, names))
        if "country" in table.column_names:  # actors: partition on their own country
            table = table.drop_columns(["country_key"])
        else:
            table = table.rename_columns(
                [n if n != "country_key" else "country" for n in table.column_names]
            )
        out = root / kind
        options: dict[str, Any] = {
            "format": "parquet",
            "partitioning": keys or None,
            "partitioning_flavor": "hive" if keys else None,
            "existing_data_behavior": "delete_matching",
        }
        if is_local(out):
            with atomic_directory(out) as temporary:  # the old kind stays whole until replaced
                ds_mod.write_dataset(table, temporary, **options)
        else:  # object storage: no rename of a directory; the old parts go first
            fs = require("pyarrow.fs", "parquet")
            remove_parts(root, [kind])
            filesystem = fs.PyFileSystem(fs.FSSpecHandler(out.fs))
            ds_mod.write_dataset(table, out.path, filesystem=filesystem, **options)
        written.append(out)
    write_layout(root, layout="year-country", partition_by=keys, version=1)
    return written


def _not_exported(folder: Path) -> list[Path]:
    """The files under ``folder`` that no Parquet export writes (an export writes
    ``*.parquet`` files, in ``key=value`` partition directories)."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.rglob("*")):
        inner = path.relative_to(folder).parts
        if path.is_dir():
            if "=" not in inner[-1]:
                found.append(path)
        elif not (path.suffix == ".parquet" and all("=" in part for part in inner[:-1])):
            found.append(path)
    return found


def _schema(pa: Any, table_rows: list[dict[str, Cell]], names: list[str]) -> Any:
    """Column types from the values; columns with no value at all are strings."""
    fields = []
    for name in names:
        sample = next((r[name] for r in table_rows if r.get(name) is not None), None)
        if isinstance(sample, bool):
            kind = pa.bool_()
        elif isinstance(sample, int) or name in ("file", "position"):
            kind = pa.int64()
        elif isinstance(sample, float):
            kind = pa.float64()
        elif isinstance(sample, list):
            kind = pa.list_(pa.string())
        else:
            kind = pa.string()
        fields.append(pa.field(name, kind))
    return pa.schema(fields)


def record_json(record: Record) -> str:
    """One record as its JSON Lines text (without the newline)."""
    return orjson.dumps(unstructure_record(record)).decode()


#: ``id()`` of a record read from JSON -> that record and the text it was read from.
Texts = dict[int, tuple[Any, str]]


def record_text(record: Record, texts: Texts) -> str:
    """The text ``record`` was read from, when it is that very object; else its JSON text.

    Text that was read into a record reads back as an equal record, so writing it again
    as it is spares serialising the record anew.
    """
    read = texts.get(id(record))
    return read[1] if read is not None and read[0] is record else record_json(record)


def write_table(pa: Any, pq: Any, rows: dict[str, list[Any]], path: Any) -> None:
    """Write one Parquet file atomically (see :func:`~citydiplo._export._storage.write_parquet`:
    local or in object storage)."""
    write_parquet(pa, pq, rows, path)


def read_records(files: Iterable[Any], *, name: str) -> Dataset:
    """The records stored whole in the ``json`` column of Parquet files, in their order."""
    return Dataset.of(read_texts(files, name=name)[0])


def read_texts(files: Iterable[Any], *, name: str) -> tuple[list[Record], list[str]]:
    """The records of the ``json`` column of Parquet files in their order, each beside its
    text (a record passed on unchanged can be written again as read)."""
    pq = require("pyarrow.parquet", "parquet")
    keyed: list[tuple[int, int, str]] = []
    for path in files:
        try:
            table = read_table(pq, path, list(RECORD_COLUMNS))
        except (KeyError, ValueError) as err:  # pyarrow: a column that is not there
            raise ParseError(
                f"{str(path)!r} has no {RECORD_COLUMNS} columns: it was not written by "
                f"citydiplo's to_parquet or write_partitioned ({err})",
                problems=[],
            ) from err
        data = table.to_pydict()
        keyed.extend(zip(data["file"], data["position"], data["json"], strict=True))
    keyed.sort(key=lambda item: (item[0], item[1]))
    texts = [text for _, _, text in keyed]
    data = "\n".join(texts)
    records = loads_lines(data.encode("utf-8", "surrogatepass"), name=name)
    if texts and (data.count("\n") != len(texts) - 1 or len(records) != len(texts)):
        raise ParseError(
            f"{name} has a json cell that is not one record (blank, or several lines)",
            problems=[],
        )
    return records, texts


def read_parquet(path: str | os.PathLike[str]) -> Dataset:
    """Read back a directory that :func:`to_parquet` or :func:`write_partitioned` wrote.

    Every record is read whole from its ``json`` column (never rebuilt from the flat
    columns), so the dataset read equals the one written, in the same order within each
    kind. Reading goes through the same checks as :func:`citydiplo.loads`.

    A directory that :func:`citydiplo.dask.merge_partitioned` wrote reads as the merged
    dataset (:func:`citydiplo.read_merged` gives the whole result).

    Raises:
        FileNotFoundError: ``path`` is not a directory.
        ParseError: ``path`` holds no citydiplo layout, a file holds no records or a record
            is not valid.

    >>> import tempfile, citydiplo as cd
    >>> reports = cd.load_seeds(merged=False)
    >>> cd.read_parquet(cd.write_partitioned(reports, tempfile.mkdtemp())) == reports
    True
    """
    root = location(path)
    if not (is_directory(root) if is_local(root) else root.is_dir()):
        raise NotADatasetPathError(f"{shown_path(root)} is not a directory written by to_parquet")
    return read_consistently(root, lambda: _read_layout(root))


def _read_layout(root: Any) -> Dataset:
    if (root / LAYOUT_FILE).exists():
        found = layout(root, None)["layout"]
        if found == "merged":
            from citydiplo._export._merged import read_merged

            return read_merged(root, reports=False).dataset
        parts = LAYOUTS[found]
    else:  # written before layouts were named: the directories of either
        parts = (*COLLECTIONS, "records")
        if not any((root / part).is_dir() for part in parts):
            raise ParseError(
                f"{str(root)!r} holds no {LAYOUT_FILE} and no directory of records: it was "
                "not written by to_parquet, write_partitioned or merge_partitioned"
            )
    files = [
        file
        for part in parts
        if (root / part).is_dir()
        for file in sorted((root / part).rglob("*.parquet"))
    ]
    return read_records(files, name=str(root))
