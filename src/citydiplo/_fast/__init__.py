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

msgspec (which decodes JSON into attrs classes in C) was measured as an alternative and
not taken: it parsed these records no faster than ``orjson.loads``, it runs no attrs
converter or validator, it keeps the last of duplicated keys and it ignores unknown keys of
an attrs class, so every refusal would have to be made again in Python afterwards.

Anything unusual raises (``TypeError``, ``ValueError``, ``KeyError``, a citydiplo error);
the loader then asks the detailed converter for a precise, path-addressed explanation, so
this module never has to explain anything.
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable
from functools import cache
from typing import Any

import attrs

from citydiplo._fast._fields import (
    MISSING,
    SHAPES,
    TAGGED_SHAPES,
    Source,
    field_code,
)
from citydiplo._model._checks import (
    OWN_VALIDATOR,
    check_id,
    check_optional_id,
    check_optional_text,
    check_quote,
    check_text,
    check_type,
)
from citydiplo._model._provenance import _check_span as check_span
from citydiplo._model._records import _check_participants as check_participants

__all__ = ["fast_structure"]

_Fallback = Callable[[Any, Any], Any]


def _validators(a: attrs.Attribute[Any], typed: bool) -> list[Any]:
    """The validators to run on a field: its own only when its type was checked inline."""
    if OWN_VALIDATOR in a.metadata:
        own = a.metadata[OWN_VALIDATOR]
        checks = [own] if own is not None else []
        return checks if typed else [check_type, *checks]
    return [] if a.validator is None else [a.validator]


#: Validators that look at their own field's value only, each with an inline test that
#: holds only when it would pass without a word (else the validator is called: it raises,
#: or passes a value the test does not cover).
_LOCAL: dict[Any, str | None] = {
    # ``str.strip`` gives back the very string when it has no surrounding whitespace (the
    # same test, Py_UNICODE_ISSPACE, as ``isspace``); a copy only sends it to the validator
    check_id: "type({v}) is str and {v} and {v}.strip() is {v} and {v}.isprintable()",
    check_optional_id: (
        "{v} is None or (type({v}) is str and {v} and {v}.strip() is {v} and {v}.isprintable())"
    ),
    # a text that does not print whole (a tab, a ZWNJ) goes to the validator, which refuses
    # only control characters and bidirectional overrides
    check_text: "type({v}) is str and {v} and not {v}.isspace() and {v}.isprintable()",
    check_optional_text: "{v} is None or (type({v}) is str and {v}.isprintable())",
    check_quote: "type({v}) is str and {v} and not {v}.isspace()",
    check_type: None,
    check_participants: "{v}",  # a tuple of participants: not empty
    check_span: "{v} is None",  # no span (a given one goes to the validator)
}


#: Validators whose inline test above holds only for a string (or ``None``, for an
#: optional field, whose own code then lets ``None`` through): a field they check needs no
#: JSON type test of its own, unless a converter (which could make a string of another
#: type) runs first.
_STR_CHECKED = frozenset(
    {check_id, check_optional_id, check_text, check_optional_text, check_quote}
)


def _str_tests(name: str) -> tuple[str, str]:
    """The lines of :func:`field_code` that check a string field's JSON type."""
    return (
        f"    if type(v) is not str: raise TypeError({name!r})",
        f"    if v is not None and type(v) is not str: raise TypeError({name!r})",
    )


def _passes(cls: Any, a: attrs.Attribute[Any], validator: Any, value: Any) -> bool:
    try:
        validator(object.__new__(cls), a, value)
    except (ValueError, TypeError):
        return False
    return True


def _slot(cls: Any, name: str) -> Any:
    """The slot descriptor of ``name`` on ``cls`` (found in the MRO), or ``None``."""
    for klass in cls.__mro__:
        if name in vars(klass):
            return vars(klass)[name]
    return None


_TAKE = re.compile(r"    v = (\w+)")
_STORE = re.compile(r"    (self\.\w+|v_\w+) = v")


def _forward(lines: list[str]) -> list[str]:
    """The lines with ``v = name`` followed by stores of ``v`` turned into stores of
    ``name`` (a default or a value taken as is: no local between them)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        take = _TAKE.fullmatch(lines[i])
        j = i + 1
        while take is not None and j < len(lines) and _STORE.fullmatch(lines[j]):
            out.append(f"{lines[j][:-1]}{take[1]}")
            j += 1
        if take is None or j == i + 1:
            out.append(lines[i])
            j = i + 1
        i = j
    return out


@cache
def _twin(cls: Any) -> Any:
    """A subclass of ``cls`` that adds no slot and lets its slots be set by plain
    assignment, or ``None`` when some field of ``cls`` is not a slot.

    A generated function fills an instance of the twin with ``self.name = value`` (one
    specialised bytecode each, where the frozen class needs a call to the slot's
    ``__set__`` per field) and then turns it into an instance of ``cls`` by assigning
    ``__class__``: the layouts are the same, so nothing is copied. Validators and
    ``__attrs_post_init__`` run after that, on an instance of ``cls``.
    """
    if any(type(_slot(cls, a.name)) is not types.MemberDescriptorType for a in attrs.fields(cls)):
        return None
    namespace = {
        "__slots__": (),
        "__setattr__": object.__setattr__,  # both, so that the type keeps the generic
        "__delattr__": object.__delattr__,  # attribute store (one slot serves the two)
        "__module__": cls.__module__,
        "__qualname__": f"{cls.__qualname__}.<being built>",
    }
    twin = type(cls.__name__, (cls,), namespace)
    probe: Any = object.__new__(twin)
    probe.__class__ = cls  # raises here, once, if the layouts ever differ
    return twin


def _generate(
    cls: Any,
    fallback: _Fallback,
    keys: tuple[str, ...] | None,
    tagged: bool,
    sample: Any = MISSING,
    by_values: bool = False,
) -> Callable[..., Any]:
    """The structure function of ``cls``: for any object (``keys`` None), or for an object
    with exactly these keys in this order (its values are then taken in one step, absent
    fields set to their defaults, and validators of a constant default checked once here).

    ``sample`` is the object the function is made for (its nested arrays of objects tell
    which key set their items are read with first). ``by_values``: the function takes the
    values of ``keys`` as its arguments, in that order, instead of the object.
    """
    fields = attrs.fields(cls)

    def nested(item: Any) -> Callable[..., Any]:
        return fast_structure(item, fallback)

    def named(item: Any, items: Any) -> tuple[Callable[..., Any], tuple[str, ...]] | None:
        return _named(item, fallback, items)

    src = Source()
    allowed = frozenset(a.name for a in fields)
    src.names.update(cls=cls, new=object.__new__, MISSING=MISSING, ALLOWED=allowed)
    src.names["ALLOWED_TAGGED"] = allowed | {"type"}
    if keys is None:
        src.add("if type(d) is not dict: raise TypeError('not an object')")
        src.add("if not d.keys() <= (ALLOWED_TAGGED if tagged else ALLOWED): raise KeyError")
    else:
        unknown = set(keys) - (allowed | {"type"} if tagged else allowed)
        if unknown:
            src.add(f"raise KeyError({sorted(unknown)!r})")
        elif keys and not by_values:
            values = ", ".join(f"x_{i}" for i in range(len(keys)))
            src.add(f"{values}, = d.values()")
    twin = _twin(cls)
    src.names["twin"] = twin
    src.add("self = new(cls)" if twin is None else "self = new(twin)")
    checks: list[tuple[attrs.Attribute[Any], Any]] = []
    for a in fields:
        present = keys is None or a.name in keys
        inner = 1
        if keys is None:
            src.add(f"v = d.get({a.name!r}, MISSING)")
            src.add("if v is MISSING:")
            inner = 2
        if keys is not None and present:
            src.add(f"v = x_{keys.index(a.name)}")
        typed = True
        constant = False
        if keys is None or not present:
            if a.default is attrs.NOTHING:
                src.add(f"raise KeyError({a.name!r})", inner)
            elif isinstance(a.default, attrs.Factory) and a.default.takes_self:  # type: ignore[arg-type]
                factory = src.name("factory", a.default.factory)
                conv = "" if a.converter is None else src.name("conv", a.converter)
                src.add(f"v = {conv}({factory}(self))", inner)
                typed = False
            else:  # a constant (a factory of immutable values is called once, here)
                default = a.default
                if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                    default = default.factory()
                if a.converter is not None:
                    default = a.converter(default)
                src.add(f"v = {src.name('default', default)}", inner)
                typed = _passes(cls, a, check_type, default)
                constant = keys is not None
                for validator in _validators(a, typed):
                    if validator not in _LOCAL or not _passes(cls, a, validator, default):
                        checks.append((a, validator))
        if present:
            if keys is None:
                src.add("else:")
            body = Source()
            body.names = src.names
            value = sample.get(a.name, MISSING) if type(sample) is dict else MISSING
            typed = field_code(body, a, fallback, nested, named, value) and typed
            checked = _validators(a, typed)  # their inline tests below check a string's type
            if keys is not None and a.converter is None and _STR_CHECKED & set(checked):
                body.lines = [x for x in body.lines if x not in _str_tests(a.name)]
            src.lines.extend("    " * (inner - 1) + line for line in body.lines)
        slot = _slot(cls, a.name)
        if twin is not None:
            src.add(f"self.{a.name} = v")
        elif type(slot) is types.MemberDescriptorType:  # a slot: set it directly
            src.add(f"{src.name('set', slot.__set__)}(self, v)")
        else:
            src.add(f"{src.name('setattr', object.__setattr__)}(self, {a.name!r}, v)")
        src.add(f"v_{a.name} = v")
        if not constant:
            checks.extend((a, v) for v in _validators(a, typed))
    kept = {f"    v_{a.name} = v" for a, _ in checks}  # values a check reads again
    src.lines = _forward([x for x in src.lines if not x.startswith("    v_") or x in kept])
    if twin is not None:
        src.add("self.__class__ = cls")
    for a, validator in checks:
        check = src.name("check", validator)
        call = f"{check}(self, {src.name('attribute', a)}, v_{a.name})"
        inline = _LOCAL.get(validator)
        src.add(call if inline is None else f"if not ({inline.format(v='v_' + a.name)}): {call}")
    if hasattr(cls, "__attrs_post_init__"):
        src.add("self.__attrs_post_init__()")
    src.add("return self")
    head = "def build(d, tagged=False):\n" if keys is None else "def build(d):\n"
    if by_values and keys is not None:
        head = f"def build({', '.join(f'x_{i}' for i in range(len(keys)))}):\n"
    code = head + "\n".join(src.lines) + "\n"
    scope: dict[str, Any] = dict(src.names)
    exec(compile(code, f"<citydiplo fast structure {cls.__qualname__}>", "exec"), scope)
    build: Callable[..., Any] = scope["build"]
    return build


#: (class, fallback, key set) -> the function that builds the class from the values of
#: these keys, and the keys in the order it takes them.
_NAMED: dict[Any, tuple[Callable[..., Any], tuple[str, ...]]] = {}


def _named(
    cls: Any, fallback: _Fallback, items: Any
) -> tuple[Callable[..., Any], tuple[str, ...]] | None:
    """The function that builds ``cls`` from the values of the keys of the first object of
    ``items`` (a JSON array met in a sample), and those keys; ``None`` when ``items`` holds
    no object, or its first has a key ``cls`` has no field for or lacks a required one."""
    if type(items) is not list or not items or type(items[0]) is not dict or not items[0]:
        return None
    keys = tuple(items[0])
    fields = attrs.fields(cls)
    required = {a.name for a in fields if a.default is attrs.NOTHING}
    if not set(keys) <= {a.name for a in fields} or not required <= set(keys):
        return None
    key = (cls, fallback, frozenset(keys))
    if key not in _NAMED:
        if len(_NAMED) >= _SHAPES * 16:
            return None
        _NAMED[key] = _generate(cls, fallback, keys, False, items[0], by_values=True), keys
    return _NAMED[key]


#: How many key sets (with their order) of one class get a function of their own.
_SHAPES = 64


@cache
def fast_structure(cls: Any, fallback: _Fallback) -> Callable[..., Any]:
    """The generated structure function of ``cls``: ``build(data, tagged=False)``.

    ``tagged`` lets ``data`` carry the record's ``"type"`` key (already used to pick
    ``cls``). Raises on anything it cannot take as is. ``fallback(value, type)``
    structures the fields this module has no shortcut for.

    Objects are built by a function generated for their exact keys (the first
    ``_SHAPES`` key sets met; others by the general one). In such a function, an array of
    nested records is read first the way its items were in the object the function was made
    for: an item of as many keys is built from its values read by name, by a function taking
    those values (no key-set lookup, no second pass over the item); an item of other keys
    raises ``KeyError`` there and is built the general way. Nested records are built afresh
    (sharing one instance between equal JSON objects through a memo was measured: looking
    an instance up among thousands costs more than building it, most on a busy machine,
    where the memo's entries fall out of the processor's caches).
    """
    attrs.resolve_types(cls)
    general = _generate(cls, fallback, None, False)
    shapes: tuple[dict[Any, Any], dict[Any, Any]] = ({}, {})
    SHAPES[cls], TAGGED_SHAPES[cls] = shapes

    def first(d: Any, tagged: bool) -> Any:  # an object of keys not met before
        by_keys = shapes[tagged]
        if len(by_keys) >= _SHAPES:
            return general(d, tagged)
        build = by_keys[tuple(d)] = _generate(cls, fallback, tuple(d), tagged, d)
        return build(d)

    def structure(d: Any, tagged: bool = False) -> Any:
        if type(d) is not dict:
            raise TypeError("not an object")
        build = shapes[tagged].get(tuple(d))
        return first(d, tagged) if build is None else build(d)

    return structure
