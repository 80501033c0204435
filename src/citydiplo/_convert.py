"""The one cattrs converter: how models become JSON-ready data and back.

Models know nothing about serialisation; everything about it lives here. Two converters
come from :func:`make_converter`: a fast one for the happy path and a detailed one that is
used only when a record fails, to say exactly which field is wrong.
"""

from __future__ import annotations

import decimal
import enum
import types
import typing
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, Union

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote

from citydiplo._fast import fast_structure
from citydiplo._fast._fields import TAGGED_SHAPES
from citydiplo._model import (
    Agreement,
    City,
    CountClaim,
    Country,
    Document,
    Event,
    Label,
    Membership,
    Organization,
    Partnership,
    Person,
    Record,
    Region,
    Source,
)
from citydiplo._model._money import money_amount
from citydiplo.dates import DateRange, PartialDate, RecordDate, YearlessDate, parse_edtf

__all__ = [
    "RECORD_TYPES",
    "converters",
    "make_converter",
    "record_builders",
    "structure_record",
    "tagged_shapes",
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
        Membership,
    )
}


_DATE_TYPES = frozenset({PartialDate, DateRange, YearlessDate})


def _is_date_union(t: Any) -> bool:
    """A union of two or more date types (``RecordDate``, ``DateValue``), maybe ``None``."""
    args = set(typing.get_args(t)) - {type(None)}
    return (
        typing.get_origin(t) in (Union, types.UnionType)
        and len(args) > 1
        and args <= _DATE_TYPES
    )


def _structure_date_value(value: object, t: object) -> RecordDate | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{value!r} is not an EDTF date string (expected e.g. '2024-04')")
    result = parse_edtf(value)
    if isinstance(result, YearlessDate) and YearlessDate not in typing.get_args(t):
        raise ValueError(f"{value!r} has no year (expected a dated value such as '2024-04')")
    return result


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


def _is_collection(t: Any) -> bool:
    """``tuple[X, ...]`` or ``frozenset[X]``: a JSON array of items."""
    origin, args = typing.get_origin(t), typing.get_args(t)
    return (origin is tuple and len(args) == 2 and args[1] is Ellipsis) or (
        origin is frozenset and len(args) == 1
    )


def _collection_hook(conv: cattrs.Converter, *, detailed: bool) -> Callable[[Any], Any]:
    """Hooks for collection fields that take JSON arrays only.

    A string is iterable, but ``"parties": "ab"`` never means the parties ``a`` and ``b``;
    an object or a number is no list either. Items are structured one by one; the detailed
    converter reports every bad item with its index.
    """

    def factory(t: Any) -> Callable[[Any, Any], Any]:
        origin: Any = typing.get_origin(t)
        item_type = typing.get_args(t)[0]
        hook = conv.get_structure_hook(item_type)
        item = hook
        if attrs.has(item_type):

            def item(v: Any, tp: Any) -> Any:
                if not isinstance(v, dict):
                    raise TypeError(
                        f"{_short(v)} is not an object (expected a {tp.__name__} record)"
                    )
                return hook(v, tp)

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, list | tuple):
                raise TypeError(f"{_short(value)} is not a list (expected a JSON array)")
            if not detailed:
                return origin([item(v, item_type) for v in value])
            out, errors = [], []
            for index, v in enumerate(value):
                try:
                    out.append(item(v, item_type))
                except Exception as exc:
                    exc.__notes__ = [
                        *getattr(exc, "__notes__", []),
                        IterableValidationNote(f"{t} @ index {index}", index, item_type),
                    ]
                    errors.append(exc)
            if errors:
                raise IterableValidationError(f"While structuring {t}", errors, t)
            return origin(out)

        return structure

    return factory


def _structure_labels(value: object, _: object) -> tuple[Label, ...]:
    if not isinstance(value, Mapping):
        raise TypeError(
            f"{_short(value)} is not a mapping of names (expected {{language: [name, ...]}})"
        )
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
    if isinstance(value, float) and value.is_integer() and abs(value) >= 2**63:
        raise TypeError(
            f"{value!r} is not an integer citydiplo can hold: integers must fit in 64 bits "
            "(JSON readers take larger ones as floats)"
        )
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{value!r} is not an integer")
    if not -(2**63) <= value < 2**63:
        raise ValueError(
            f"{value!r} is not an integer citydiplo can hold: integers must fit in 64 bits"
        )
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
    conv.register_structure_hook_factory(_is_collection, _collection_hook(conv, detailed=detailed))
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(PartialDate, _structure_partial_date)
    conv.register_structure_hook(DateRange, _structure_date_range)
    conv.register_structure_hook_func(_is_date_union, _structure_date_value)
    conv.register_unstructure_hook(PartialDate, str)
    conv.register_unstructure_hook(DateRange, str)
    conv.register_unstructure_hook(YearlessDate, str)
    conv.register_unstructure_hook_func(_is_date_union, lambda v: None if v is None else str(v))
    conv.register_structure_hook_func(lambda t: t == tuple[Label, ...], _structure_labels)
    conv.register_unstructure_hook_func(lambda t: t == tuple[Label, ...], _unstructure_labels)
    conv.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", t) is frozenset,
        lambda s: sorted(conv.unstructure(v) for v in s),
    )
    conv.register_structure_hook_func(lambda t: t == tuple[int, int], _structure_span)
    conv.register_structure_hook_func(_is_enum, _structure_enum)
    conv.register_structure_hook(decimal.Decimal, _structure_decimal)
    conv.register_unstructure_hook(decimal.Decimal, str)
    return conv


def _structure_decimal(value: object, _: object) -> decimal.Decimal:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(f"{value!r} is not an amount (expected decimal text such as '12.50')")
    return money_amount(value)  # the model's own rules: exact decimal text or an int


def _structure_span(value: object, _: object) -> tuple[int, int]:
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise TypeError(f"{value!r} is not a span (expected [start, end])")
    return (_structure_int(value[0], int), _structure_int(value[1], int))


@cache
def converters() -> tuple[cattrs.Converter, cattrs.Converter]:
    """The fast and the detailed converter, built once."""
    return make_converter(), make_converter(detailed=True)


@cache
def _hooks() -> tuple[dict[Any, Callable[..., Any]], dict[Any, Callable[[Any], Any]]]:
    fast = converters()[0]
    classes: list[Any] = list(RECORD_TYPES.values())
    return (
        {cls: fast_structure(cls, fast.structure) for cls in classes},
        {cls: fast.get_unstructure_hook(cls) for cls in classes},
    )


@cache
def record_builders() -> dict[str, Callable[..., Any]]:
    """File tag -> the generated structure function of its class (``build(data, True)``
    takes the object with its ``type`` key)."""
    return {tag: _hooks()[0][cls] for tag, cls in RECORD_TYPES.items()}


def tagged_shapes() -> dict[str, dict[Any, Callable[[Any], Any]]]:
    """File tag -> the generated functions of its class by key set (each takes the object,
    ``type`` key included, whose keys are exactly that tuple in that order)."""
    hooks = _hooks()[0]
    return {tag: TAGGED_SHAPES[cls] for tag, cls in RECORD_TYPES.items() if cls in hooks}


def structure_record(data: object, cls: type[Any] | None = None) -> Record:
    """Build one record from JSON data; ``cls`` defaults to the class named by ``type``.

    Raises a plain exception on bad data; call :func:`record_problems` to explain it.
    """
    if cls is None:
        if type(data) is not dict:
            raise TypeError("not an object")
        result: Record = _hooks()[0][RECORD_TYPES[data["type"]]](data, True)
        return result
    result = _hooks()[0][cls](data)
    return result


def unstructure_record(record: Record, *, tagged: bool = True) -> dict[str, Any]:
    """JSON-ready data for one record; ``tagged`` puts its ``type`` first."""
    data: dict[str, Any] = _hooks()[1][type(record)](record)
    return {"type": record.type, **data} if tagged else data


def _short(value: object, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
