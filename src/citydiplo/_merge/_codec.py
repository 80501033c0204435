"""Conflicts and ambiguities as JSON data, so that a merge result can be stored and read back.

A conflict's values are whatever the reports stated for one field: words, numbers, enum
members, partial dates, ids, nested model values (a signatory, a role). Each value is written
with a tag that says how to read it back, so reading gives an equal value of the same type:

- ``{"none": true}``, ``{"bool": b}``, ``{"int": n}``, ``{"float": x}``, ``{"str": s}``;
- ``{"enum": "Class", "value": v}`` for citydiplo's vocabularies;
- ``{"edtf": "2024-04"}`` for a :class:`PartialDate` or :class:`DateRange`;
- ``{"tuple": [...]}`` / ``{"frozenset": [...]}`` of tagged values;
- ``{"model": "Class", "value": {...}}`` for a citydiplo model, in its JSON-file shape.

A value of any other type cannot be stored: writing it raises ``TypeError`` naming it,
rather than storing something that reads back different.
"""

from __future__ import annotations

import enum
from functools import cache
from typing import Any

import attrs

from citydiplo._convert import converters
from citydiplo._merge._result import Ambiguity, Candidate, Conflict, ConflictValue
from citydiplo._model import Citation
from citydiplo.dates import DateRange, PartialDate, YearlessDate, parse_edtf

__all__ = ["decode_ambiguity", "decode_conflict", "encode_ambiguity", "encode_conflict"]


@cache
def _classes() -> dict[str, type[Any]]:
    """citydiplo's model classes and vocabularies by name (the only types read back)."""
    import citydiplo._model as model

    return {
        name: value
        for name, value in vars(model).items()
        if isinstance(value, type) and (issubclass(value, enum.Enum) or attrs.has(value))
    }


def encode_value(value: object) -> dict[str, Any]:
    """A conflict value as tagged JSON data.

    >>> encode_value(PartialDate("2024-04"))
    {'edtf': '2024-04'}
    """
    if value is None:
        return {"none": True}
    if isinstance(value, enum.Enum):
        name = type(value).__name__
        if _classes().get(name) is not type(value):
            raise TypeError(f"cannot store {value!r}: {name} is not a citydiplo vocabulary")
        return {"enum": name, "value": value.value}
    if isinstance(value, bool):
        return {"bool": value}
    if isinstance(value, int):
        return {"int": value}
    if isinstance(value, float):
        return {"float": value}
    if isinstance(value, str):
        return {"str": value}
    if isinstance(value, PartialDate | DateRange | YearlessDate):
        return {"edtf": str(value)}
    if isinstance(value, tuple):
        return {"tuple": [encode_value(v) for v in value]}
    if isinstance(value, frozenset):
        items = [encode_value(v) for v in value]
        return {"frozenset": sorted(items, key=lambda item: repr(sorted(item.items())))}
    name = type(value).__name__
    if attrs.has(type(value)) and _classes().get(name) is type(value):
        return {"model": name, "value": converters()[0].unstructure(value)}
    raise TypeError(
        f"cannot store the conflict value {value!r} of type {name} (expected words, numbers, "
        "dates, citydiplo vocabularies or models, or tuples and sets of them)"
    )


def decode_value(data: dict[str, Any]) -> object:
    """The value :func:`encode_value` wrote."""
    if "none" in data:
        return None
    for tag in ("bool", "int", "float", "str"):
        if tag in data:
            return data[tag]
    if "edtf" in data:
        return parse_edtf(data["edtf"])
    if "tuple" in data:
        return tuple(decode_value(v) for v in data["tuple"])
    if "frozenset" in data:
        return frozenset(decode_value(v) for v in data["frozenset"])
    if "enum" in data or "model" in data:
        name = data.get("enum", data.get("model"))
        cls = _classes().get(name)  # type: ignore[arg-type]
        if cls is None:
            raise ValueError(f"{name!r} is no citydiplo vocabulary or model")
        if "enum" in data:
            return cls(data["value"])
        return converters()[0].structure(data["value"], cls)
    raise ValueError(f"{data!r} is no stored conflict value")


def _citation(data: dict[str, Any]) -> Citation:
    citation: Citation = converters()[0].structure(data, Citation)
    return citation


def encode_conflict(conflict: Conflict) -> dict[str, Any]:
    """A conflict as JSON data.

    >>> c = Conflict(record="e1", field="venue",
    ...              values=[ConflictValue(value="City Hall", reports=["a"])])
    >>> decode_conflict(encode_conflict(c)) == c
    True
    """
    unstructure = converters()[0].unstructure
    return {
        "record": conflict.record,
        "field": conflict.field,
        "values": [
            {
                "value": encode_value(v.value),
                "reports": list(v.reports),
                "citations": [unstructure(c) for c in v.citations],
            }
            for v in conflict.values
        ],
    }


def decode_conflict(data: dict[str, Any]) -> Conflict:
    """The conflict :func:`encode_conflict` wrote."""
    return Conflict(
        record=data["record"],
        field=data["field"],
        values=[
            ConflictValue(
                value=decode_value(v["value"]),
                reports=v["reports"],
                citations=[_citation(c) for c in v["citations"]],
            )
            for v in data["values"]
        ],
    )


def encode_ambiguity(ambiguity: Ambiguity) -> dict[str, Any]:
    """An ambiguity as JSON data, with its deciding fields side by side.

    >>> a = Ambiguity(record="r", candidates=["x"], report="r", fields=["date"],
    ...               values=[PartialDate("2024")],
    ...               options=[Candidate(record="x", reports=["x"], values=[None])])
    >>> decode_ambiguity(encode_ambiguity(a)) == a
    True
    """
    return {
        "record": ambiguity.record,
        "candidates": list(ambiguity.candidates),
        "report": ambiguity.report,
        "fields": list(ambiguity.fields),
        "values": [encode_value(v) for v in ambiguity.values],
        "options": [
            {
                "record": c.record,
                "reports": list(c.reports),
                "values": [encode_value(v) for v in c.values],
            }
            for c in ambiguity.options
        ],
    }


def decode_ambiguity(data: dict[str, Any]) -> Ambiguity:
    """The ambiguity :func:`encode_ambiguity` wrote (or only its record and candidates,
    as layouts written before the deciding fields were stored have them)."""
    return Ambiguity(
        record=data["record"],
        candidates=data["candidates"],
        report=data.get("report"),
        fields=data.get("fields", ()),
        values=[decode_value(v) for v in data.get("values", ())],
        options=[
            Candidate(
                record=c["record"],
                reports=c["reports"],
                values=[decode_value(v) for v in c["values"]],
            )
            for c in data.get("options", ())
        ],
    )
