"""The one cattrs converter: how models become JSON-ready data and back.

Models know nothing about serialisation; everything about it lives here. Two converters
come from :func:`make_converter`: a fast one for the happy path and a detailed one that is
used only when a record fails, to say exactly which field is wrong.
"""

from __future__ import annotations

import difflib
import enum
import types
import typing
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, Union

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from citydiplo._dataset import Record
from citydiplo._errors import CitydiploError, Problem
from citydiplo._fast import fast_structure
from citydiplo._model import (
    Agreement,
    City,
    CountClaim,
    Country,
    Document,
    Event,
    Label,
    Organization,
    Partnership,
    Person,
    Region,
    Source,
)
from citydiplo._model._checks import InvalidModelError
from citydiplo.dates import DateRange, PartialDate, parse_edtf

__all__ = [
    "RECORD_TYPES",
    "make_converter",
    "record_problems",
    "structure_or_explain",
    "structure_record",
    "unstructure_record",
]

#: File tag -> record class, in the order records are written.
RECORD_TYPES: dict[str, type[Any]] = {
    cls.type: cls
    for cls in (
        Country,
        Region,
        City,
        Organization,
        Person,
        Source,
        Partnership,
        Agreement,
        Event,
        Document,
        CountClaim,
    )
}


def _is_date_union(t: Any) -> bool:
    """``PartialDate | DateRange``, with or without ``None``."""
    args = set(typing.get_args(t))
    return typing.get_origin(t) in (Union, types.UnionType) and (
        args - {type(None)} == {PartialDate, DateRange}
    )


def _structure_date_value(value: object, _: object) -> PartialDate | DateRange | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{value!r} is not an EDTF date string (expected e.g. '2024-04')")
    return parse_edtf(value)


def _structure_partial_date(value: object, _: object) -> PartialDate:
    if value is None:
        raise TypeError("a date is required here (expected e.g. '2024-04')")
    result = _structure_date_value(value, _)
    if not isinstance(result, PartialDate):
        raise ValueError(f"{value!r} is an interval (expected a single date such as '2024-04')")
    return result


def _structure_date_range(value: object, _: object) -> DateRange:
    if value is None:
        raise TypeError("an interval is required here (expected e.g. '2021/2025')")
    result = _structure_date_value(value, _)
    if not isinstance(result, DateRange):
        raise ValueError(f"{value!r} is a single date (expected an interval such as '2021/2025')")
    return result


def _structure_labels(value: object, _: object) -> tuple[Label, ...]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{value!r} is not a mapping of names (expected {{language: [name, ...]}})")
    labels: list[Label] = []
    for lang, texts in value.items():
        if isinstance(texts, str):
            texts = [texts]
        if (
            not isinstance(lang, str)
            or not isinstance(texts, list)
            or not all(isinstance(t, str) for t in texts)
        ):
            raise TypeError(f"names[{lang!r}]: {texts!r} is not a list of names")
        labels.extend(Label(lang=lang, text=t) for t in texts)
    return tuple(labels)


def _unstructure_labels(labels: tuple[Label, ...]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for label in labels:
        out.setdefault(label.lang, []).append(label.text)
    return out


def _structure_str(value: object, _: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{value!r} is not a string")
    return value


def _structure_int(value: object, _: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{value!r} is not an integer")
    return value


def _structure_float(value: object, _: object) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"{value!r} is not a number")
    return float(value)


def _structure_bool(value: object, _: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{value!r} is not true or false")
    return value


def _structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    member = cls._value2member_map_.get(value) if isinstance(value, str) else None
    if member is None:
        choices = ", ".join(repr(m.value) for m in cls)
        raise ValueError(f"{value!r} is not a valid {cls.__name__} (expected one of {choices})")
    return member


def _is_enum(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, enum.Enum)


def make_converter(*, detailed: bool = False) -> cattrs.Converter:
    """Build the converter for citydiplo models.

    Strings, integers and booleans are taken as they are, never coerced (``"1"`` is not
    an integer); dates are EDTF strings; names are ``{language: [name, ...]}``; unknown
    keys are refused; defaults are left out when writing.
    """
    conv = cattrs.Converter(
        forbid_extra_keys=True, omit_if_default=True, detailed_validation=detailed
    )
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(PartialDate, _structure_partial_date)
    conv.register_structure_hook(DateRange, _structure_date_range)
    conv.register_structure_hook_func(_is_date_union, _structure_date_value)
    conv.register_unstructure_hook(PartialDate, str)
    conv.register_unstructure_hook(DateRange, str)
    conv.register_unstructure_hook_func(_is_date_union, lambda v: None if v is None else str(v))
    conv.register_structure_hook_func(lambda t: t == tuple[Label, ...], _structure_labels)
    conv.register_unstructure_hook_func(lambda t: t == tuple[Label, ...], _unstructure_labels)
    conv.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) is frozenset,
        lambda s: sorted(conv.unstructure(v) for v in s),
    )
    conv.register_structure_hook_func(lambda t: t == tuple[int, int], _structure_span)
    conv.register_structure_hook_func(_is_enum, _structure_enum)
    return conv


def _structure_span(value: object, _: object) -> tuple[int, int]:
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise TypeError(f"{value!r} is not a span (expected [start, end])")
    return (_structure_int(value[0], int), _structure_int(value[1], int))


@cache
def _converters() -> tuple[cattrs.Converter, cattrs.Converter]:
    return make_converter(), make_converter(detailed=True)


@cache
def _hooks() -> tuple[dict[Any, Callable[[Any], Any]], dict[Any, Callable[[Any], Any]]]:
    fast = _converters()[0]
    classes: list[Any] = list(RECORD_TYPES.values())
    return (
        {cls: fast_structure(cls, fast.structure) for cls in classes},
        {cls: fast.get_unstructure_hook(cls) for cls in classes},
    )


def structure_record(data: object, cls: type[Any] | None = None) -> Record:
    """Build one record from JSON data; ``cls`` defaults to the class named by ``type``.

    Raises a plain exception on bad data; call :func:`record_problems` to explain it.
    """
    if cls is None:
        if not isinstance(data, dict):
            raise TypeError("not an object")
        data = dict(data)
        cls = RECORD_TYPES[data.pop("type")]
    result: Record = _hooks()[0][cls](data)
    return result


def unstructure_record(record: Record, *, tagged: bool = True) -> dict[str, Any]:
    """JSON-ready data for one record; ``tagged`` puts its ``type`` first."""
    data: dict[str, Any] = _hooks()[1][type(record)](record)
    return {"type": record.type, **data} if tagged else data


def record_problems(
    data: object, *, path: str = "$", line: int | None = None, cls: type[Any] | None = None
) -> list[Problem]:
    """Every problem with one record's data, each with the path of the field at fault."""
    if not isinstance(data, dict):
        return [
            Problem(f"{_short(data)} is not an object (expected a record)", path=path, line=line)
        ]
    if cls is None:
        tag = data.get("type")
        if tag is None:
            return [
                Problem(
                    f"the record has no 'type' (expected one of {', '.join(RECORD_TYPES)})",
                    path=path,
                    line=line,
                )
            ]
        if not isinstance(tag, str) or tag not in RECORD_TYPES:
            return [
                Problem(
                    f"{_short(tag)} is not a record type (expected one of "
                    f"{', '.join(RECORD_TYPES)}){_did_you_mean(tag, RECORD_TYPES)}",
                    path=f"{path}.type",
                    line=line,
                )
            ]
        cls = RECORD_TYPES[tag]
        data = {k: v for k, v in data.items() if k != "type"}
    try:
        _converters()[1].structure(data, cls)
    except Exception as exc:
        return [Problem(m, path=p, line=line) for p, m in _walk(exc, path, cls)]
    return []


def structure_or_explain(
    data: object, *, path: str = "$", line: int | None = None, cls: type[Any] | None = None
) -> tuple[Record | None, list[Problem]]:
    """The careful path for a record the fast path refused: the record, or its problems.

    The fast path may refuse odd but valid data (it takes only the common shapes); the
    detailed converter then decides, so both paths accept exactly the same inputs.
    """
    problems = record_problems(data, path=path, line=line, cls=cls)
    if problems:
        return None, problems
    assert isinstance(data, dict)
    if cls is None:
        data = dict(data)
        cls = RECORD_TYPES[data.pop("type")]
    record: Record = _converters()[1].structure(data, cls)
    return record, []


def _walk(exc: BaseException, path: str, cls: type[Any] | None) -> list[tuple[str, str]]:
    if isinstance(exc, ClassValidationError | IterableValidationError):
        found: list[tuple[str, str]] = []
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            name = getattr(note, "name", None)
            index = getattr(note, "index", None)
            sub_path = f"{path}.{name}" if name is not None else f"{path}[{index!r}]"
            sub_cls = getattr(note, "type", None)
            found.extend(
                _walk(
                    sub,
                    sub_path,
                    sub_cls if isinstance(sub_cls, type) and attrs.has(sub_cls) else None,
                )
            )
        for sub in without:
            found.extend(_walk(sub, path, cls))
        return found
    if isinstance(exc, ForbiddenExtraKeysError):
        known = [a.name for a in attrs.fields(exc.cl)] if attrs.has(exc.cl) else []
        return [
            (
                f"{path}.{key}",
                f"unknown field {key!r} of {exc.cl.__name__}{_did_you_mean(key, known)}",
            )
            for key in sorted(exc.extra_fields)
        ]
    if isinstance(exc, InvalidModelError) and exc.field is not None:
        return [(f"{path}.{exc.field}", str(exc))]
    if isinstance(exc, KeyError) and not isinstance(exc, CitydiploError):
        key = exc.args[0] if exc.args else "?"
        at = path if path.endswith(f".{key}") else f"{path}.{key}"
        return [(at, "required field is missing")]
    if isinstance(exc, TypeError) and "missing" in str(exc) and "argument" in str(exc):
        missing = str(exc).rsplit(":", 1)[-1].strip().replace("'", "")
        return [
            (f"{path}.{name.strip()}", "required field is missing")
            for name in missing.replace(" and ", ",").split(",")
            if name.strip()
        ]
    return [(path, str(exc))]


def _did_you_mean(word: object, choices: Any) -> str:
    if not isinstance(word, str):
        return ""
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _short(value: object, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
