"""JSON Schema (draft 2020-12) of the record format, generated from the attrs model.

Nothing here is written by hand per record type: every record class the converter knows
(``RECORD_TYPES``) is walked field by field. Types come from the annotations, defaults from
attrs, enum values from the enums, descriptions from the ``Args:`` sections of the class
docstrings, and the constraints the schema can express (ids, non-empty text, country
codes, party counts, a non-negative count) from the attrs validators on each field. The
special shapes of the converter (EDTF date strings, names as ``{language: [name, ...]}``,
spans as ``[start, end]``) are mirrored here. Rules that span fields or records (a
subdivision belongs to its country, a signatory acts for a party) stay with ``validate``.
"""

from __future__ import annotations

import decimal
import enum
import inspect
import re
import types
import typing
from functools import cache
from typing import Any, Literal

import attrs

from citydiplo._convert import RECORD_TYPES
from citydiplo._errors import ArgumentValueError
from citydiplo._io import _COLLECTION_CLASSES
from citydiplo._model import Agreement, City, CountClaim, Event, Label, Partnership, Signatory
from citydiplo._model._checks import (
    check_country,
    check_id,
    check_optional_id,
    check_quote,
    check_text,
    check_type,
    country_codes,
)
from citydiplo.dates import DateRange, PartialDate, YearlessDate

__all__ = ["json_schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"

# EDTF as citydiplo reads it: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-SS (sub-year groups 21..41), with
# a whole-date qualifier; intervals, an end open ("..") or unknown (empty). No year-less here.
_MONTH, _DAY = r"(?:0[1-9]|1[0-2]|2[1-9]|3[0-9]|4[01])", r"(?:0[1-9]|[12][0-9]|3[01])"
_DATE = rf"[0-9]{{4}}(?:-{_MONTH}(?:-{_DAY})?)?[~?%]?"
EDTF_DATE = rf"^{_DATE}$"
EDTF_INTERVAL = rf"^(?:{_DATE}/(?:{_DATE}|\.\.)?|(?:\.\.)?/{_DATE})$"
EDTF = rf"^(?:{_DATE}|{_DATE}/(?:{_DATE}|\.\.)?|(?:\.\.)?/{_DATE})$"
#: A month and day (or a month alone) of an unstated year, or a span: ``XXXX-05-10/XXXX-05-12``.
_YM, _YD = r"XXXX-(?:0[1-9]|1[0-2])", rf"XXXX-(?:0[1-9]|1[0-2])-{_DAY}"
EDTF_YEARLESS = rf"^(?:{_YM}(?:/{_YM})?|{_YD}(?:/{_YD})?)$"

_ID = {"type": "string", "pattern": r"^\S(?:[\s\S]*\S)?$"}
_SUBDIVISION = r"^[A-Z]{2}-[A-Z0-9]{1,3}$"
_TEXT = {"type": "string", "pattern": r"\S"}


@cache
def _constraints() -> dict[Any, dict[str, Any]]:
    """Schema keywords for the attrs validators whose rule a schema can state."""
    parties = {"uniqueItems": True, "items": _ID}
    found: dict[Any, dict[str, Any]] = {
        check_id: _ID,
        check_optional_id: _ID,
        check_text: _TEXT,
        check_quote: _TEXT,
        check_country: {"type": "string", "enum": sorted(country_codes())},
    }
    # validators of one field, reached through the field (they are private to the model)
    for field, extra in (
        (attrs.fields(Partnership).parties, {"minItems": 2, "maxItems": 2, **parties}),
        (attrs.fields(Agreement).parties, {"minItems": 2, **parties}),
        (attrs.fields(Event).participants, {"minItems": 1}),
        (attrs.fields(CountClaim).value, {"minimum": 0}),
        (attrs.fields(City).subdivision, {"type": "string", "pattern": _SUBDIVISION}),
    ):
        for v in _validators(field.validator):
            if v is not check_type and v not in found:
                found[v] = extra
    return found


def json_schema(format: Literal["jsonl", "json"] = "jsonl") -> dict[str, Any]:
    """The JSON Schema of citydiplo's record files, as a JSON-ready dict.

    Args:
        format: ``"jsonl"`` (default) for one record, such as a line of a JSON Lines
            file; ``"json"`` for a whole JSON document (an object of collections, or a
            list of records).

    >>> schema = json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> kind = schema["$defs"]["Partnership"]["properties"]["kind"]
    >>> kind["$ref"], kind["default"], kind["description"]
    ('#/$defs/PartnershipKind', 'partner', 'What kind of tie it is.')
    >>> schema["$defs"]["PartnershipKind"]["enum"][:3]
    ['sister', 'friendship', 'partner']
    """
    builder = _Builder()
    records = {tag: builder.record(cls, tagged=True) for tag, cls in RECORD_TYPES.items()}
    head = {"$schema": DIALECT, "$id": f"urn:citydiplo:schema:{format}"}
    if format == "jsonl":
        return {
            **head,
            "title": "citydiplo record",
            "description": "One record of a citydiplo JSON Lines file, tagged by its 'type'.",
            **_tagged(records),
            "$defs": builder.defs,
        }
    if format != "json":
        raise ArgumentValueError(
            f"format={format!r} is not a record format (expected 'jsonl' or 'json')"
        )
    collections: dict[str, Any] = {}
    for name, classes in _COLLECTION_CLASSES.items():
        if len(classes) == 1:  # the type may be left out: the collection says it
            items: dict[str, Any] = {"$ref": builder.record(classes[0], tagged=False)}
        else:
            items = _tagged({cls.type: records[cls.type] for cls in classes})
        collections[name] = {"type": "array", "items": items}
    return {
        **head,
        "title": "citydiplo dataset",
        "description": "A citydiplo JSON document: an object with one list per kind of record "
        "(actors carry their 'type'), or a list of tagged records.",
        "anyOf": [
            {"type": "object", "properties": collections, "additionalProperties": False},
            {"type": "array", "items": _tagged(records)},
        ],
        "$defs": builder.defs,
    }


def _tagged(records: dict[str, str]) -> dict[str, Any]:
    """Records told apart by their ``type``: the record type's schema applies to each, so
    that a validator reports the field at fault, not "no record type matches"."""
    return {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"enum": list(records)}},
        "allOf": [
            {
                "if": {"properties": {"type": {"const": tag}}, "required": ["type"]},
                "then": {"$ref": ref},
            }
            for tag, ref in records.items()
        ],
    }


class _Builder:
    """Collects ``$defs`` while turning classes and annotations into schemas."""

    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def record(self, cls: type[Any], *, tagged: bool) -> str:
        """A ``$ref`` to the schema of a record class (``tagged``: ``type`` is required)."""
        name = cls.__name__ if tagged else f"{cls.__name__}Untagged"
        if name not in self.defs:
            schema = self._object(cls)
            tag = {"type": {"const": cls.type, "description": "The record type."}}
            schema["properties"] = {**tag, **schema["properties"]}
            if tagged:
                schema["required"] = ["type", *schema.get("required", [])]
            self.defs[name] = schema
        return f"#/$defs/{name}"

    def _object(self, cls: type[Any]) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        docs = field_docs(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for a in attrs.fields(cls):
            schema = self.annotation(hints[a.name])
            schema = _constrain(schema, a.validator)
            if a.name in docs:
                text = _plain(docs[a.name])
                schema = {**schema, "description": text[:1].upper() + text[1:]}
            if a.default is attrs.NOTHING:
                required.append(a.name)
            else:
                schema = {**schema, "default": _default(a.default)}
            properties[a.name] = schema
        out: dict[str, Any] = {"type": "object"}
        summary = _summary(cls)
        if summary:
            out["description"] = summary
        out["properties"] = properties
        if required:
            out["required"] = required
        out["additionalProperties"] = False
        if cls is Signatory:  # a person or an office signs (or both)
            out["anyOf"] = [{"required": ["person"]}, {"required": ["office"]}]
        return out

    def _ref(self, cls: type[Any]) -> dict[str, Any]:
        if cls.__name__ not in self.defs:
            self.defs[cls.__name__] = {}  # reserve the name: classes may refer to each other
            self.defs[cls.__name__] = (
                self._enum(cls) if issubclass(cls, enum.Enum) else self._object(cls)
            )
        return {"$ref": f"#/$defs/{cls.__name__}"}

    def _edtf(self, name: str, pattern: str, what: str) -> dict[str, Any]:
        self.defs.setdefault(
            name, {"type": "string", "description": what + _EDTF_DOC, "pattern": pattern}
        )
        return {"$ref": f"#/$defs/{name}"}

    def _yearless(self) -> dict[str, Any]:
        yearless = {"type": "string", "pattern": EDTF_YEARLESS, "description": _YEARLESS_DOC}
        self.defs.setdefault("EDTFYearless", yearless)
        return {"$ref": "#/$defs/EDTFYearless"}

    def _enum(self, cls: type[enum.Enum]) -> dict[str, Any]:
        return {
            "type": "string",
            "description": _summary(cls),
            "enum": [member.value for member in cls],
        }

    def annotation(self, t: Any) -> dict[str, Any]:
        """The schema of values of annotation ``t``."""
        origin, args = typing.get_origin(t), typing.get_args(t)
        if origin in (typing.Union, types.UnionType):
            return self._union(args)
        if t is str:
            return {"type": "string"}
        if t is bool:
            return {"type": "boolean"}
        if t is int:
            return {"type": "integer"}
        if t is float:
            return {"type": "number"}
        if t is decimal.Decimal:  # an exact amount: an integer or decimal text
            return {"type": ["integer", "string"], "pattern": r"^\s*\d+(?:\.\d+)?\s*$"}
        if t is PartialDate:
            return self._edtf("EDTFDate", EDTF_DATE, "An EDTF date (no interval). ")
        if t is DateRange:
            return self._edtf("EDTFInterval", EDTF_INTERVAL, "An EDTF interval. ")
        if t == tuple[Label, ...]:
            return _NAMES
        if t == tuple[int, int]:
            return {
                "type": "array",
                "prefixItems": [{"type": "integer", "minimum": 0}] * 2,
                "items": False,
                "minItems": 2,
            }
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": self.annotation(args[0])}
        if origin is frozenset:
            return {"type": "array", "items": self.annotation(args[0]), "uniqueItems": True}
        if isinstance(t, type) and (attrs.has(t) or issubclass(t, enum.Enum)):
            return self._ref(t)
        if t is YearlessDate:
            return self._yearless()
        if _is_date_class(t):  # another date type of citydiplo.dates
            return self._edtf("EDTF", EDTF, "")
        raise TypeError(f"no JSON Schema for {t!r}; teach citydiplo._schema how it is written")

    def _union(self, args: tuple[Any, ...]) -> dict[str, Any]:
        nullable = type(None) in args
        rest = [a for a in args if a is not type(None)]
        if len(rest) > 1 and all(_is_date_class(a) for a in rest):
            schema: dict[str, Any] = self._edtf("EDTF", EDTF, "")
            if YearlessDate in rest:  # a dated value, or a month and day of no year
                schema = {"anyOf": [schema, self._yearless()]}
        elif len(rest) == 1:
            schema = self.annotation(rest[0])
        else:
            schema = {"anyOf": [self.annotation(a) for a in rest]}
        if not nullable:
            return schema
        if isinstance(schema.get("type"), str) and "$ref" not in schema:
            return {**schema, "type": [schema["type"], "null"]}
        return {"anyOf": [schema, {"type": "null"}]}


def _is_date_class(t: Any) -> bool:
    """A date type of :mod:`citydiplo.dates` (written as EDTF text)."""
    import citydiplo.dates

    return isinstance(t, type) and any(t is v for v in vars(citydiplo.dates).values())


_EDTF_DOC = (
    "An EDTF date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-SS (21..41: seasons, quarters, halves), "
    "optionally followed by ~ (approximate), ? (uncertain) or % (both); or an interval "
    "start/end whose end may be '..' (open) or empty (unknown)."
)

_YEARLESS_DOC = "XXXX-MM-DD or XXXX-MM: a day or month of an unstated year; or a span of two."

_NAMES = {
    "type": "object",
    "description": "Names by language: {language: [name, ...]} (a single name is accepted).",
    "additionalProperties": {
        "anyOf": [_TEXT, {"type": "array", "items": _TEXT}],
    },
}


def _validators(validator: Any) -> list[Any]:
    """The simple validators inside ``validator`` (attrs ``and_`` nests them)."""
    inner = getattr(validator, "_validators", None)
    if inner is None:
        return [validator]
    return [v for each in inner for v in _validators(each)]


def _constrain(schema: dict[str, Any], validator: Any) -> dict[str, Any]:
    """Add what the field's attrs validator(s) require, where a schema can say it."""
    for v in _validators(validator):
        extra = _constraints().get(v)
        if extra is None:
            continue
        if isinstance(schema.get("type"), list):  # optional: constrain the non-null case
            keep = {k: v for k, v in extra.items() if k != "type"}
            if "enum" in keep:
                keep["enum"] = [*keep["enum"], None]
            schema = {**schema, **keep}
        else:
            schema = {**schema, **extra}
    return schema


def _default(value: Any) -> Any:
    if isinstance(value, attrs.Factory):  # type: ignore[arg-type]
        value = value.factory()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | frozenset | list):
        return [_default(v) for v in value]
    return value


def _summary(cls: type[Any]) -> str:
    doc = inspect.getdoc(cls) or ""
    return _plain(doc.split("\n\n", 1)[0].replace("\n", " ").strip())


_ROLE = re.compile(r":(?:class|func|meth|attr|mod|exc|data):`~?(?:[\w.]+\.)?([^`.]+)`")


def _plain(text: str) -> str:
    """Docstring markup as Markdown: ``x`` and :class:`X` become `x` and `X`."""
    return _ROLE.sub(r"`\1`", text).replace("``", "`")


_ARG = re.compile(r"^(?P<names>[\w`]+(?:,\s*[\w`]+)*):\s+(?P<text>.*)$")


def field_docs(cls: type[Any]) -> dict[str, str]:
    """Descriptions of a class's fields from the ``Args:`` sections of its docstrings.

    Base classes are read first, so a subclass can redescribe a field. An entry may name
    several fields (``url, title: ...``).
    """
    docs: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        doc = klass.__dict__.get("__doc__")
        if doc:
            docs.update(_args_section(inspect.cleandoc(doc)))
    return docs


def _args_section(doc: str) -> dict[str, str]:
    found: dict[str, str] = {}
    current: list[str] = []
    inside = False
    for line in doc.splitlines():
        if line.strip() in ("Args:", "Attributes:", "Fields:"):
            inside, current = True, []
            continue
        if not inside:
            continue
        if line and not line.startswith(" "):
            inside = False
            continue
        stripped = line.strip()
        match = (
            _ARG.match(stripped)
            if line.startswith("    ") and not line.startswith("     ")
            else None
        )
        if match:
            current = [n.strip().strip("`") for n in match["names"].split(",")]
            for name in current:
                found[name] = match["text"]
        elif stripped and current:
            for name in current:
                found[name] += " " + stripped
    return found
