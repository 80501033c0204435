"""Records as flat rows: the shared shape of the CSV, pandas and Parquet exports.

One row per record; one column per model field (the union over the classes of a kind, in
field order), after a ``type`` column. Enum values become their words; dates become EDTF text
plus ``<field>_earliest`` and ``<field>_latest`` ISO dates (open ends left empty); sets and
tuples of words become sorted lists; nested values (labels, citations, participants...)
become JSON text in the shape the JSON files use.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

import attrs
import orjson

from citydiplo._convert import RECORD_TYPES, unstructure_record
from citydiplo._dataset import COLLECTIONS, Dataset, Record
from citydiplo._errors import ArgumentValueError
from citydiplo.dates import DateRange, PartialDate, YearlessDate

__all__ = ["KINDS", "Cell", "columns", "rows"]

KINDS = COLLECTIONS
Cell = str | int | float | bool | list[str] | None

_COLLECTION_TAGS: dict[str, tuple[str, ...]] = {
    "actors": ("country", "region", "city", "organization", "person"),
    "sources": ("source",),
    "partnerships": ("partnership",),
    "agreements": ("agreement",),
    "events": ("event",),
    "documents": ("document",),
    "claims": ("claim",),
    "memberships": ("membership",),
}


def _date_classes(cls: type[Any]) -> set[str]:
    """Names of the fields of ``cls`` that hold a date value."""
    names = set()
    for f in attrs.fields(cls):
        text = str(f.type)
        if "PartialDate" in text or "DateRange" in text or "DateValue" in text:
            names.add(f.name)
    return names


@cache
def columns(kind: str) -> tuple[str, ...]:
    """The columns of the rows of one kind of record.

    >>> columns("partnerships")[:4]
    ('type', 'id', 'fields', 'citations')
    """
    if kind not in _COLLECTION_TAGS:
        raise ArgumentValueError(f"kind={kind!r} is not a kind of record (expected one of {KINDS})")
    out: list[str] = ["type"]
    for tag in _COLLECTION_TAGS[kind]:
        cls = RECORD_TYPES[tag]
        dates = _date_classes(cls)
        for f in attrs.fields(cls):
            names = (
                [f.name, f"{f.name}_earliest", f"{f.name}_latest"] if f.name in dates else [f.name]
            )
            out.extend(n for n in names if n not in out)
    return tuple(out)


def _iso(day: datetime.date) -> str | None:
    return None if day in (datetime.date.min, datetime.date.max) else day.isoformat()


@cache
def _word_lists(tag: str) -> frozenset[str]:
    """Names of the fields of a record type that hold ids or words (not nested values)."""
    cls = RECORD_TYPES[tag]
    return frozenset(
        f.name for f in attrs.fields(cls) if str(f.type).startswith(("tuple[str", "frozenset["))
    )


def _cell(value: object, nested: object, *, words: bool, lists: bool) -> Cell:
    if value is None or isinstance(value, bool | int | float | str):
        return value  # enums are str subclasses: normalised by the caller
    if isinstance(value, PartialDate | DateRange | YearlessDate):
        return str(value)  # EDTF, as written: "2024-05", "XXXX-05-10/XXXX-05-12"
    if words and isinstance(value, frozenset | tuple):
        items = [str(v) for v in value]
        if isinstance(value, frozenset):
            items.sort()
        return items if lists else orjson.dumps(items).decode()
    return orjson.dumps(nested).decode()


def row(record: Record, kind: str, *, lists: bool = False) -> dict[str, Cell]:
    """One record as a flat row with the columns of its kind."""
    data = unstructure_record(record)
    out: dict[str, Cell] = dict.fromkeys(columns(kind))
    out["type"] = record.type
    words = _word_lists(record.type)
    for f in attrs.fields(type(record)):
        value = getattr(record, f.name)
        cell = _cell(
            value,
            data.get(f.name, {} if f.name == "names" else []),
            words=f.name in words,
            lists=lists,
        )
        out[f.name] = cell.value if isinstance(cell, enum.Enum) else cell
        if isinstance(value, PartialDate | DateRange):
            out[f"{f.name}_earliest"] = _iso(value.earliest())
            out[f"{f.name}_latest"] = _iso(value.latest())
    return out


def rows(
    dataset: Dataset | Iterable[Record], kind: str, *, lists: bool = False
) -> list[dict[str, Cell]]:
    """The rows of one kind of record (``lists``: keep lists of words as Python lists)."""
    columns(kind)  # checks the kind
    records: Sequence[Record] = getattr(
        dataset if isinstance(dataset, Dataset) else Dataset.of(dataset), kind
    )
    return [row(r, kind, lists=lists) for r in records]
