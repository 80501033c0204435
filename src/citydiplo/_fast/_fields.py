"""The code a generated loader runs per field: how each annotation is read from JSON."""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable
from typing import Any, Union

import attrs

from citydiplo._model import Label
from citydiplo._model import _fieldconv as fieldconv
from citydiplo._model._actors import _citations as actors_citations
from citydiplo._model._checks import INT_MAX, INT_MIN, to_tuple
from citydiplo._model._records import _participants as records_participants
from citydiplo._model._records import _sorted_signatories as records_signatories
from citydiplo.dates import DateRange, PartialDate, RecordDate, YearlessDate, parse_edtf

__all__ = [
    "MEMO_SIZE",
    "MISSING",
    "SHAPES",
    "TAGGED_SHAPES",
    "Source",
    "field_code",
    "new_memo",
    "split_optional",
]

_Fallback = Callable[[Any, Any], Any]
MISSING = object()


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


#: The annotation of a date field -> the reader of its JSON text.
_DATE_READERS: dict[Any, Callable[[Any], Any]] = {
    frozenset({PartialDate, DateRange, YearlessDate}): _record_date,
    frozenset({PartialDate, DateRange}): _date,
    PartialDate: _partial_date,
}

#: How many values a memo keeps before it starts again.
MEMO_SIZE = 1 << 14


def new_memo() -> dict[Any, Any]:
    """A memo of built values by their JSON value (dates, sets of words).

    Only what was built without an error is kept, under a key made of the JSON value
    itself (strings, or tuples of strings): a later equal JSON value is the same input, and
    the values are immutable, so handing out the one built before is exact and shares
    memory. A memo is emptied when it reaches ``MEMO_SIZE`` entries.
    """
    return {}


def _memo_code(src: Source, read: Callable[[Any], Any], prefix: str, optional: bool) -> None:
    """Code that turns ``v`` into ``read(v)``, through a memo keyed by the text ``v``."""
    fn, memo = src.name(prefix, read), src.name("memo", new_memo())
    indent = 1
    if optional:
        src.add("if v is not None:")
        indent = 2
    src.add(f"w = {memo}.get(v)", indent)  # only strings are keys (unhashable v raises)
    src.add("if w is None:", indent)
    src.add(f"w = {fn}(v)", indent + 1)
    src.add("if type(v) is str:", indent + 1)
    src.add(f"if len({memo}) >= {MEMO_SIZE}: {memo}.clear()", indent + 2)
    src.add(f"{memo}[v] = w", indent + 2)
    src.add("v = w", indent)


#: Converters of a tuple field that take a list of built items as ``tuple(items)``.
_TUPLE_CONVERTERS: frozenset[Any] = frozenset({to_tuple, fieldconv.citations, actors_citations})

#: Class -> its generated functions by key set (the objects of a key set met before are
#: built by calling the function straight from the generated code of the enclosing record).
SHAPES: dict[Any, dict[Any, Any]] = {}

#: The same for objects that carry the record's ``"type"`` key (read by its class's loader).
TAGGED_SHAPES: dict[Any, dict[Any, Any]] = {}

#: Converters that keep one item per key and sort the items by it -> that key, as the
#: expressions of its parts for an item ``{x}`` (see ``_participants`` /
#: ``_sorted_signatories``). Two built items, the common case, are ordered inline (by the
#: first part, a string, and by the whole key only on a tie); any other count goes to the
#: converter.
_SORTED_UNIQUE: dict[Any, tuple[str, ...]] = {
    records_participants: ("{x}.actor", "{x}.role", "{x}.office or ''"),
    records_signatories: ("{x}.person or ''", "{x}.office or ''", "{x}.on_behalf_of"),
}


def _records_code(
    src: Source,
    a: attrs.Attribute[Any],
    build: Callable[..., Any],
    shapes: Any,
    conv: str | None,
    named: tuple[Callable[..., Any], tuple[str, ...]] | None,
) -> None:
    """Code that turns ``v``, a JSON array of objects, into the field's tuple of records.

    Each object of a key set met before is built by that key set's generated function,
    called straight from here; any other by the class's function, which raises on what it
    cannot take. One and two items (the common counts) are built without a loop. With
    ``named`` (a function taking the values of these keys, and the keys: the key set of
    the items met when this code was made), an item with that many keys is built by it
    from its values read by name: an item of other keys raises ``KeyError`` there and is
    built again the general way.
    """
    b, s = src.name("build", build), src.name("shapes", shapes)
    item = "(b({x}) if type({x}) is dict and (b := {s}.get(tuple({x}))) is not None else {b}({x}))"
    one = item.replace("{s}", s).replace("{b}", b)
    items = f"[{one.format(x='x')} for x in v]"
    fast = one
    if named is not None:
        function, keys = named
        n = src.name("named", function)
        values = ", ".join(f"{{x}}[{k!r}]" for k in keys)
        # only a dict takes a string index: anything else raises a TypeError there
        fast = f"({n}({values}) if len({{x}}) == {len(keys)} else {one})"
    src.add(f"if type(v) is not list: raise TypeError({a.name!r})")
    if a.converter in _SORTED_UNIQUE:  # built items of the class, as the converter keeps
        first, *_ = parts = _SORTED_UNIQUE[a.converter]
        key = "(" + ", ".join(parts) + ")"
        src.add("if len(v) == 2:")
        src.add("p, q = v", 2)
        _try(src, f"p, q = {fast.format(x='p')}, {fast.format(x='q')}", named is not None, 2)
        src.add(f"p, q = {one.format(x='p')}, {one.format(x='q')}", 3 if named else 2)
        src.add(f"fp, fq = {first.format(x='p')}, {first.format(x='q')}", 2)
        src.add("if fp < fq: v = (p, q)", 2)
        src.add("elif fq < fp: v = (q, p)", 2)
        src.add("else:", 2)
        src.add(f"kp, kq = {key.format(x='p')}, {key.format(x='q')}", 3)
        src.add("v = (p, q) if kp < kq else (q, p) if kq < kp else (q,)", 3)
        src.add("else:")
        src.add(f"v = {conv}({items})", 2)
        return
    src.add("if len(v) == 1:")
    src.add("x, = v", 2)
    _try(src, f"v = ({fast.format(x='x')},)", named is not None, 2)
    src.add(f"v = ({one.format(x='x')},)", 3 if named else 2)
    src.add("else:")
    src.add(f"v = tuple({items})", 2)
    if a.converter not in _TUPLE_CONVERTERS and conv is not None:  # anything else it does
        src.add(f"v = {conv}(v)")


def _try(src: Source, line: str, guarded: bool, indent: int) -> None:
    """``line``, and when ``guarded`` a ``try`` around it whose ``except KeyError`` block
    is the next line added (at ``indent + 2``); else nothing (the next line replaces it)."""
    if guarded:
        src.add("try:", indent)
        src.add(line, indent + 1)
        src.add("except KeyError:", indent)


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


class Source:
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


def split_optional(t: Any) -> tuple[Any, bool]:
    """``(X, True)`` for ``X | None``; ``(t, False)`` otherwise."""
    if typing.get_origin(t) in (Union, types.UnionType) and type(None) in typing.get_args(t):
        rest = [a for a in typing.get_args(t) if a is not type(None)]
        return (rest[0] if len(rest) == 1 else Union[tuple(rest)]), True  # noqa: UP007
    return t, False


def field_code(
    src: Source,
    a: attrs.Attribute[Any],
    fallback: _Fallback,
    nested: Callable[[Any], Any],
    named: Callable[[Any, Any], tuple[Callable[..., Any], tuple[str, ...]] | None],
    sample: Any,
) -> bool:
    """Append code that turns ``v`` into the field's value; True if its type is checked.

    ``sample`` is the field's JSON value in the object this code is made for (``MISSING``
    if none); ``named(cls, items)`` gives the function that builds a ``cls`` from the
    values of the keys of the objects ``items`` holds, and those keys (or ``None``).
    """
    t = a.type
    conv = None if a.converter is None else src.name("conv", a.converter)
    base, optional = split_optional(t)
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
    elif base in _DATE_READERS or frozenset(typing.get_args(base)) in _DATE_READERS:
        read = _DATE_READERS[base if base in _DATE_READERS else frozenset(typing.get_args(base))]
        _memo_code(src, read, "date", optional)
        typed = True
    elif isinstance(base, type) and issubclass(base, enum.Enum):
        members = src.name("members", base._value2member_map_)
        make = conv or src.name("enum", base)
        enum_cls = src.name("enum", base)
        src.add(f"m = {members}.get(v)")  # keyed by strings (unhashable v raises)
        src.add("if m is None:")
        src.add(f"v = {make}(v)", 2)  # the converter decides the rest (None, aliases...)
        src.add(f"if {none_ok}type(v) is not {enum_cls}: raise TypeError({a.name!r})", 2)
        src.add("else:")
        src.add("v = m", 2)
        return True
    elif isinstance(base, type) and attrs.has(base):  # one nested record (Money)
        build = src.name("build", nested(base))
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
        _records_code(src, a, nested(args[0]), SHAPES[args[0]], conv, named(args[0], sample))
        return True
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
            sets = src.name("memo", new_memo())  # the same words, the same (shared) set
            src.add("try:")
            src.add("k = tuple(v)", 2)
            src.add(f"w = {sets}.get(k)", 2)
            src.add("if w is None:", 2)
            src.add(f"w = frozenset([{members}[x] for x in v])", 3)
            src.add(f"if len({sets}) >= {MEMO_SIZE}: {sets}.clear()", 3)
            src.add(f"{sets}[k] = w", 3)
            src.add("v = w", 2)
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
