"""Parquet files via pyarrow, one dataset directory per kind of record (``parquet`` extra)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from citydiplo._dataset import Dataset, Record
from citydiplo._export._extras import require
from citydiplo._export._rows import KINDS, Cell, columns, row
from citydiplo.dates import YearlessDate

__all__ = ["PARTITION_KEYS", "to_parquet"]

PARTITION_KEYS = ("year", "country")


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

    Rows have the columns of the CSV export (lists of ids and fields as list columns), plus
    the partition keys: ``year``, the year of the record's date (``published`` for sources,
    ``lifetime`` for actors; null when unknown), and ``country``, an actor's own country or,
    for a record, the first in alphabetical order of its principal actors' countries (so a
    KR–CN partnership sits under ``country=CN``; filter on ``parties`` for the other side).
    ``partition_by`` chooses among these keys; ``()`` writes one file per kind.

    Returns the directories written, one per kind.
    """
    pa = require("pyarrow", "parquet")
    ds_mod = require("pyarrow.dataset", "parquet")
    unknown = set(partition_by) - set(PARTITION_KEYS)
    if unknown:
        raise ValueError(
            f"partition_by={tuple(partition_by)!r}: {sorted(unknown)!r} cannot partition "
            f"(expected keys among {PARTITION_KEYS!r})"
        )
    countries = {a.id: a.country for a in dataset.actors}
    written: list[Path] = []
    for kind in KINDS:
        records = getattr(dataset, kind)
        if not records:
            continue
        table_rows: list[dict[str, Cell]] = []
        for record in records:
            data = row(record, kind, lists=True)
            data["year"] = _year(record)
            data["country_key"] = _country(record, countries)
            table_rows.append(data)
        names = [*columns(kind), "year", "country_key"]
        table = pa.Table.from_pylist(table_rows, schema=_schema(pa, table_rows, names))
        if "country" in table.column_names:  # actors: partition on their own country
            table = table.drop_columns(["country_key"])
        else:
            table = table.rename_columns(
                [n if n != "country_key" else "country" for n in table.column_names]
            )
        keys = list(partition_by)
        out = Path(directory) / kind
        ds_mod.write_dataset(
            table,
            out,
            format="parquet",
            partitioning=keys or None,
            partitioning_flavor="hive" if keys else None,
            existing_data_behavior="delete_matching",
        )
        written.append(out)
    return written


def _schema(pa: Any, table_rows: list[dict[str, Cell]], names: list[str]) -> Any:
    """Column types from the values; columns with no value at all are strings."""
    fields = []
    for name in names:
        sample = next((r[name] for r in table_rows if r.get(name) is not None), None)
        if isinstance(sample, bool):
            kind = pa.bool_()
        elif isinstance(sample, int):
            kind = pa.int64()
        elif isinstance(sample, float):
            kind = pa.float64()
        elif isinstance(sample, list):
            kind = pa.list_(pa.string())
        else:
            kind = pa.string()
        fields.append(pa.field(name, kind))
    return pa.schema(fields)
