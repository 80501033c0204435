"""Fast structuring for large loads: one generated function per record class.

For each attrs class a structure function is generated once, from its fields, as cattrs
generates its own: straight-line code that takes each key of the parsed JSON object,
checks its JSON type inline (a string is a ``str``, a count a 64-bit ``int``, a collection
a JSON array of the right items, a nested record an object), converts it with the field's
own converter, builds nested records with their own generated functions, and then runs
every validator of the class (its invariants: ids, codes, two distinct parties...) before
the instance is returned. The instance is filled in directly rather than through
``__init__``, so a value is checked once, not twice; every invariant still holds.

What the type check of a model (:func:`citydiplo._model._checks.check_type`) would
verify is established inline: the inputs come from orjson, which never yields a lone
surrogate, and each converter turns items of the checked types into the declared type.
Fields of a type this module knows no shortcut for go through ``fallback`` (the cattrs
converter) and the full validator, type check included. New fields and record types flow
through without a change here.

Anything unusual raises (``TypeError``, ``ValueError``, ``KeyError``, a citydiplo error);
the loader then asks the detailed converter for a precise, path-addressed explanation, so
this module never has to explain anything.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, Union

import attrs

from citydiplo._model import Label
from citydiplo._model._checks import INT_MAX, INT_MIN, OWN_VALIDATOR, check_type
from citydiplo.dates import DateRange, PartialDate, RecordDate, YearlessDate, parse_edtf

__all__ = ["fast_structure"]

_Fallback = Callable[[Any, Any], Any]
_MISSING = object()


def _record_date(value: Any) -> RecordDate:
    if type(value) is not str:
        raise TypeError
    return parse_edtf(value)


def _date(value: Any) -> PartialDate | DateRange:
    result = _record_date(value)
    if type(result) is YearlessDate:  # a field that needs a year
        raise TypeError
    return result  # type: ignore[return-value]


def _partial_date(value: Any) -> PartialDate:
    result = _date(value)
    if type(result) is not PartialDate:
        raise TypeError
    return result


def _names(value: Any) -> dict[str, Any]:
    """``{language: [name, ...]}`` (a lone name per language is taken too)."""
    if type(value) is not dict:
        raise TypeError
    for texts in value.values():
        if type(texts) is not str and (
            type(texts) is not list or any(type(t) is not str for t in texts)
        ):
            raise TypeError
    return value


def _span(value: Any) -> Any:
    if value is not None and (
        type(value) is not list
        or len(value) != 2
        or any(type(v) is not int or not INT_MIN <= v <= INT_MAX for v in value)
    ):
        raise TypeError
    return value


class _Source:
    """The lines of a generated function and the names it refers to."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.names: dict[str, Any] = {}

    def name(self, prefix: str, value: Any) -> str:
        key = f"{prefix}_{len(self.names)}"
        self.names[key] = value
        return key

    def add(self, line: str, indent: int = 1) -> None:
        self.lines.append("    " * indent + line)


def _split_optional(t: Any) -> tuple[Any, bool]:
    """``(X, True)`` for ``X | None``; ``(t, False)`` otherwise."""
    if typing.get_origin(t) in (Union, types.UnionType) and type(None) in typing.get_args(t):
        rest = [a for a in typing.get_args(t) if a is not type(None)]
        return (rest[0] if len(rest) == 1 else Union[tuple(rest)]), True  # noqa: UP007
    return t, False


def _field_code(src: _Source, a: attrs.Attribute[Any], fallback: _Fallback) -> bool:
    """Append code that turns ``v`` into the field's value; True if its type is checked."""
    t = a.type
    conv = None if a.converter is None else src.name("conv", a.converter)
    base, optional = _split_optional(t)
    none_ok = "v is not None and " if optional else ""
    origin, args = typing.get_origin(base), typing.get_args(base)
    if base is str:
        src.add(f"if {none_ok}type(v) is not str: raise TypeError({a.name!r})")
        typed = True
    elif base is bool and not optional:
        src.add(f"if type(v) is not bool: raise TypeError({a.name!r})")
        typed = True
    elif base is int and not optional:
        src.add(f"if type(v) is not int or not {INT_MIN} <= v <= {INT_MAX}: raise TypeError")
        typed = True
    elif set(typing.get_args(base)) == {PartialDate, DateRange, YearlessDate}:
        date = src.name("date", _record_date)
        src.add(f"v = {date}(v)" if not optional else f"if v is not None: v = {date}(v)")
        typed = True
    elif set(typing.get_args(base)) == {PartialDate, DateRange}:
        date = src.name("date", _date)
        src.add(f"v = {date}(v)" if not optional else f"if v is not None: v = {date}(v)")
        typed = True
    elif base is PartialDate:
        date = src.name("date", _partial_date)
        src.add(f"v = {date}(v)" if not optional else f"if v is not None: v = {date}(v)")
        typed = True
    elif isinstance(base, type) and issubclass(base, enum.Enum):
        members = src.name("members", base._value2member_map_)
        make = conv or src.name("enum", base)
        enum_cls = src.name("enum", base)
        src.add(f"m = {members}.get(v) if type(v) is str else None")
        src.add("if m is None:")
        src.add(f"v = {make}(v)", 2)  # the converter decides the rest (None, aliases...)
        src.add(f"if {none_ok}type(v) is not {enum_cls}: raise TypeError({a.name!r})", 2)
        src.add("else:")
        src.add("v = m", 2)
        return True
    elif isinstance(base, type) and attrs.has(base):  # one nested record (Money)
        build = src.name("build", fast_structure(base, fallback))
        if optional:
            src.add("if v is not None:")
            src.add(f"if type(v) is not dict: raise TypeError({a.name!r})", 2)
            src.add(f"v = {build}(v)", 2)
        else:
            src.add(f"if type(v) is not dict: raise TypeError({a.name!r})")
            src.add(f"v = {build}(v)")
        typed = True
    elif base == tuple[Label, ...] and conv is not None:
        names = src.name("names", _names)
        src.add(f"v = {conv}({names}(v))")
        return True
    elif origin is tuple and len(args) == 2 and args[1] is Ellipsis and attrs.has(args[0]):
        build = src.name("build", fast_structure(args[0], fallback))
        src.add(f"if type(v) is not list: raise TypeError({a.name!r})")
        src.add(f"v = [{build}(x) for x in v]")
        typed = True
    elif origin is tuple and args == (str, Ellipsis):
        src.add(f"if type(v) is not list: raise TypeError({a.name!r})")
        src.add("for x in v:")
        src.add(f"if type(x) is not str: raise TypeError({a.name!r})", 2)
        typed = True
    elif origin is frozenset and conv is not None:
        src.add(f"if type(v) is not list: raise TypeError({a.name!r})")
        item = args[0]
        if isinstance(item, type) and issubclass(item, enum.Enum):  # canonical words at once
            members = src.name("members", item._value2member_map_)
            src.add("try:")
            src.add(f"v = frozenset([{members}[x] for x in v])", 2)
            src.add("except (KeyError, TypeError):")
            src.add(f"v = {conv}(v)", 2)  # the converter decides the rest
            return True
        typed = False
    elif base == tuple[int, int] and conv is not None:
        span = src.name("span", _span)
        src.add(f"v = {span}(v)")
        typed = True
    else:
        structure = src.name("fallback", fallback)
        hint = src.name("type", t)
        src.add(f"v = {structure}(v, {hint})")
        typed = False
    if conv is not None:
        src.add(f"v = {conv}(v)")
    return typed


def _validators(a: attrs.Attribute[Any], typed: bool) -> list[Any]:
    """The validators to run on a field: its own only when its type was checked inline."""
    if OWN_VALIDATOR in a.metadata:
        own = a.metadata[OWN_VALIDATOR]
        checks = [own] if own is not None else []
        return checks if typed else [check_type, *checks]
    return [] if a.validator is None else [a.validator]


def _slot(cls: Any, name: str) -> Any:
    """The slot descriptor of ``name`` on ``cls`` (found in the MRO), or ``None``."""
    for klass in cls.__mro__:
        if name in vars(klass):
            return vars(klass)[name]
    return None


def _holds_type(cls: Any, a: attrs.Attribute[Any], value: Any) -> bool:
    try:
        check_type(object.__new__(cls), a, value)
    except ValueError:
        return False
    return True


@cache
def fast_structure(cls: Any, fallback: _Fallback) -> Callable[..., Any]:
    """The generated structure function of ``cls``: ``build(data, tagged=False)``.

    ``tagged`` lets ``data`` carry the record's ``"type"`` key (already used to pick
    ``cls``). Raises on anything it cannot take as is. ``fallback(value, type)``
    structures the fields this module has no shortcut for.
    """
    attrs.resolve_types(cls)
    fields = attrs.fields(cls)
    src = _Source()
    allowed = frozenset(a.name for a in fields)
    src.names.update(
        cls=cls,
        new=object.__new__,
        setattr=object.__setattr__,
        MISSING=_MISSING,
        ALLOWED=allowed,
        ALLOWED_TAGGED=allowed | {"type"},
    )
    src.add("if type(d) is not dict: raise TypeError('not an object')")
    src.add("if not d.keys() <= (ALLOWED_TAGGED if tagged else ALLOWED): raise KeyError")
    src.add("self = new(cls)")
    checks: list[tuple[str, Any]] = []
    for a in fields:
        src.add(f"v = d.get({a.name!r}, MISSING)")
        src.add("if v is MISSING:")
        typed = True
        if a.default is attrs.NOTHING:
            src.add(f"raise KeyError({a.name!r})", 2)
        elif isinstance(a.default, attrs.Factory) and a.default.takes_self:  # type: ignore[arg-type]
            factory = src.name("factory", a.default.factory)
            conv = "" if a.converter is None else src.name("conv", a.converter)
            src.add(f"v = {conv}({factory}(self))", 2)
            typed = False
        else:  # a constant (a factory of immutable values is called once, here)
            default = a.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory()
            if a.converter is not None:
                default = a.converter(default)
            src.add(f"v = {src.name('default', default)}", 2)
            typed = _holds_type(cls, a, default)
        src.add("else:")
        body = _Source()
        body.names = src.names
        typed = _field_code(body, a, fallback) and typed
        src.lines.extend("    " + line for line in body.lines)
        slot = _slot(cls, a.name)
        if type(slot) is types.MemberDescriptorType:  # a slot: set it directly
            src.add(f"{src.name('set', slot.__set__)}(self, v)")
        else:
            src.add(f"setattr(self, {a.name!r}, v)")
        src.add(f"v_{a.name} = v")
        checks.extend((a.name, v) for v in _validators(a, typed))
    for name, validator in checks:
        check = src.name("check", validator)
        field = src.name("attribute", attrs.fields_dict(cls)[name])
        src.add(f"{check}(self, {field}, v_{name})")
    if hasattr(cls, "__attrs_post_init__"):
        src.add("self.__attrs_post_init__()")
    src.add("return self")
    code = "def build(d, tagged=False):\n" + "\n".join(src.lines) + "\n"
    scope: dict[str, Any] = dict(src.names)
    exec(compile(code, f"<citydiplo fast structure {cls.__qualname__}>", "exec"), scope)
    build: Callable[..., Any] = scope["build"]
    return build
