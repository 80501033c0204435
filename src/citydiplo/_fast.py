"""Fast structuring for the happy path of large loads.

A structure function per record class, built once from its attrs fields: each field gets
the cheapest check that keeps the converter's contract (a string is a string, a date is
EDTF text, nested records are built from objects with known keys); the class's own attrs
validators and converters then check every value. Anything unusual raises, and the loader
asks the detailed cattrs converter for a precise, path-addressed explanation, so this module
never has to explain anything.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, Union

import attrs

from citydiplo.dates import DateRange, PartialDate, RecordDate, YearlessDate, parse_edtf

__all__ = ["fast_structure"]

_Check = Callable[[Any], Any] | None


def _str(value: Any) -> str:
    if type(value) is not str:
        raise TypeError
    return value


def _opt_str(value: Any) -> str | None:
    if value is not None and type(value) is not str:
        raise TypeError
    return value


def _bool(value: Any) -> bool:
    if type(value) is not bool:
        raise TypeError
    return value


def _int(value: Any) -> int:
    if type(value) is not int:
        raise TypeError
    return value


def _list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise TypeError
    return value


def _str_list(value: Any) -> list[str]:
    if type(value) is not list or any(type(v) is not str for v in value):
        raise TypeError
    return value


def _record_date(value: Any) -> RecordDate:
    if type(value) is not str:
        raise TypeError
    return parse_edtf(value)


def _opt_record_date(value: Any) -> RecordDate | None:
    return None if value is None else _record_date(value)


def _date(value: Any) -> PartialDate | DateRange:
    result = _record_date(value)
    if type(result) is YearlessDate:
        raise TypeError
    return result  # type: ignore[return-value]


def _opt_date(value: Any) -> PartialDate | DateRange | None:
    return None if value is None else _date(value)


def _partial_date(value: Any) -> PartialDate:
    result = _date(value)
    if type(result) is not PartialDate:
        raise TypeError
    return result


def _opt_partial_date(value: Any) -> PartialDate | None:
    return None if value is None else _partial_date(value)


_Fallback = Callable[[Any, Any], Any]


def _records_of(cls: Any, fallback: _Fallback) -> Callable[[Any], tuple[Any, ...]]:
    structure = fast_structure(cls, fallback)

    def build(value: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise TypeError
        return tuple(structure(item) for item in value)

    return build


def _check_for(field: attrs.Attribute[Any], fallback: _Fallback) -> _Check:
    t = field.type
    origin, args = typing.get_origin(t), typing.get_args(t)
    optional = origin in (Union, types.UnionType) and type(None) in args
    inner = [a for a in args if a is not type(None)] if optional else [t]
    base = inner[0] if len(inner) == 1 else None
    if set(inner) == {PartialDate, DateRange, YearlessDate}:
        return _opt_record_date if optional else _record_date
    if set(inner) == {PartialDate, DateRange}:
        return _opt_date if optional else _date
    if base is PartialDate:
        return _opt_partial_date if optional else _partial_date
    if field.converter is not None:
        # the field's own converter validates (enums, frozensets, labels, ids...)
        if field.name == "names":  # {lang: [text]} or labels: the converter takes both
            return None
        if typing.get_origin(base) is tuple and attrs.has(typing.get_args(base)[0]):
            return _records_of(typing.get_args(base)[0], fallback)
        if typing.get_origin(base) is tuple and typing.get_args(base)[0] is str:
            return _str_list
        if typing.get_origin(base) is frozenset:
            return _list
        if base is str or (isinstance(base, type) and issubclass(base, enum.Enum)):
            return None
        return lambda v: fallback(v, t)
    if base is str:
        return _opt_str if optional else _str
    if base is bool:
        return _bool
    if base is int:
        return _int
    return lambda v: fallback(v, t)


@cache
def fast_structure(cls: Any, fallback: _Fallback) -> Callable[[Any], Any]:
    """The fast structure function of ``cls``; raises on anything it cannot take as is.

    ``fallback(value, type)`` structures the fields this module has no shortcut for.
    """
    attrs.resolve_types(cls)
    spec = {field.name: _check_for(field, fallback) for field in attrs.fields(cls)}

    def build(data: Any) -> Any:
        if type(data) is not dict:
            raise TypeError
        kwargs = {}
        for key, value in data.items():
            check = spec[key]  # an unknown key raises KeyError
            kwargs[key] = value if check is None else check(value)
        return cls(**kwargs)

    return build
