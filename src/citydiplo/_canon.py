"""One canonical key for any model value: the tie-breaker for every choice the library makes.

Choices (which report's value a fused record keeps, which of two equal-ranked reports comes
first, the suffix of a renamed id) must come out the same in every process and for every
order of the inputs. ``repr`` of a frozenset and ``hash`` change with ``PYTHONHASHSEED``, and
the iteration order of a set or of a dict built from unordered data changes with the input
order, so none of them may decide. :func:`canonical_key` turns a value into nested tuples of
plain values in which every unordered collection is sorted: a total order that depends only
on the value. :func:`canonical_text` is its text form, for digests.
"""

from __future__ import annotations

import datetime
import decimal
import enum
from collections.abc import Iterable, Mapping
from operator import attrgetter
from typing import Any

import attrs

__all__ = ["canonical_key", "canonical_order", "canonical_text"]

# Tags keep values of different kinds apart, so that keys of different kinds never compare
# their payloads (a str with an int) and equal keys mean equal values.
_NONE, _BOOL, _INT, _FLOAT, _STR, _ENUM, _SEQ, _SET, _MAP, _RECORD, _DATE, _DECIMAL = range(12)


def canonical_key(value: object) -> tuple[Any, ...]:
    """A key that orders any model value totally and the same way in every process.

    Records and other attrs classes give their class name and the keys of their fields;
    tuples and lists keep their order; sets, frozensets and mappings are sorted by key;
    enums give their class and value. Two values have equal keys exactly when they are
    equal (and of the same type).

    Raises:
        TypeError: the value holds something that has no canonical order.

    >>> canonical_key(frozenset({"b", "a"})) == canonical_key(frozenset({"a", "b"}))
    True
    >>> sorted([None, 2, "x", (1,)], key=canonical_key)
    [None, 2, 'x', (1,)]
    """
    if value is None:
        return (_NONE,)
    if isinstance(value, enum.Enum):  # before str and int: StrEnum and IntEnum are both
        return (_ENUM, type(value).__name__, canonical_key(value.value))
    if isinstance(value, bool):
        return (_BOOL, value)
    if isinstance(value, int):
        return (_INT, value)
    if isinstance(value, float):
        return (_FLOAT, value)
    if isinstance(value, decimal.Decimal):  # an amount of money
        return (_DECIMAL, value)
    if isinstance(value, str):
        return (_STR, value)
    if isinstance(value, tuple | list):
        return (_SEQ, tuple(canonical_key(v) for v in value))
    if isinstance(value, frozenset | set):
        return (_SET, tuple(sorted(canonical_key(v) for v in value)))
    if isinstance(value, Mapping):
        return (
            _MAP,
            tuple(sorted((canonical_key(k), canonical_key(v)) for k, v in value.items())),
        )
    cls = type(value)
    if attrs.has(cls):
        return (
            _RECORD,
            cls.__name__,
            tuple(canonical_key(getattr(value, f.name)) for f in attrs.fields(cls)),
        )
    if isinstance(value, datetime.date):
        return (_DATE, type(value).__name__, value.isoformat())
    raise TypeError(f"{type(value).__name__} value {value!r} has no canonical key")


def canonical_text(value: object) -> str:
    """The canonical key as text: the same in every process, for digests and ids.

    >>> canonical_text({"b": 1, "a": 2}) == canonical_text({"a": 2, "b": 1})
    True
    """
    return repr(canonical_key(value))


def canonical_order(records: Iterable[Any]) -> tuple[Any, ...]:
    """Records (each with an ``id``) in an order that depends only on them, not on the order
    they came in: by id, and records that share an id by type name and
    :func:`canonical_key` (computed only for them).

    >>> import citydiplo as cd
    >>> a, b = cd.City(id="b", name="B"), cd.City(id="a", name="A")
    >>> [r.id for r in canonical_order([a, b])] == [r.id for r in canonical_order([b, a])]
    True
    """
    ordered = sorted(records, key=attrgetter("id"))
    ids = [r.id for r in ordered]
    if len(set(ids)) == len(ids):
        return tuple(ordered)
    out: list[Any] = []
    start = 0
    for end in range(1, len(ordered) + 1):
        if end == len(ordered) or ids[end] != ids[start]:
            group = ordered[start:end]
            if len(group) > 1:
                group.sort(key=lambda r: (type(r).__name__, canonical_key(r)))
            out.extend(group)
            start = end
    return tuple(out)
