"""Griffe extension: field tables for attrs classes, value lists for enums, Markdown roles.

Griffe reads the source statically and cannot see the ``__init__`` that attrs writes, so
it would list every documented argument of a model class as "required" and without a
type. For each public attrs class this extension imports the class, reads
``attrs.fields``, and replaces the docstring's ``Args:`` section with a table of every
field (inherited ones too): its name, type, default and description (from the ``Args:``
sections of the class and its bases, as ``citydiplo.json_schema`` does). Enum classes get
a table of their values. Sphinx roles (``:class:`Label```) become Markdown links to the
reference page of a public name, or code.

Nothing here is written per class: fields added to the model appear in the reference on
the next build.
"""

from __future__ import annotations

import enum
import importlib
import re
import types
import typing
from typing import Any

import attrs
import griffe

import citydiplo
from citydiplo._schema import field_docs

_ROLE = re.compile(r":(?:class|func|meth|attr|mod|exc|data|obj):`~?(?P<target>[^`]+)`")
_PUBLIC = frozenset(citydiplo.__all__)


def _link(name: str, label: str | None = None) -> str:
    short = name.removeprefix("citydiplo.")
    label = label or short
    if short in _PUBLIC:
        return f"[`{label}`][citydiplo.{short}]"
    return f"`{label}`"


def convert_roles(text: str) -> str:
    """Sphinx roles as Markdown: a link to a public name, or code for anything else.

    >>> convert_roles("see :class:`~citydiplo.Dataset` and :func:`html.escape`")
    'see [`Dataset`][citydiplo.Dataset] and `html.escape`'
    """

    def one(match: re.Match[str]) -> str:
        target = match["target"]
        shown = target.rsplit(".", 1)[-1] if match[0].count("~") else target
        return _link(target, shown.removeprefix("citydiplo."))

    return _ROLE.sub(one, text)


def type_text(t: Any) -> str:
    """An annotation as short Markdown, public citydiplo classes linked."""
    origin, args = typing.get_origin(t), typing.get_args(t)
    if origin in (typing.Union, types.UnionType):
        return " \\| ".join(type_text(a) for a in args)
    if t is type(None):
        return "`None`"
    if origin is not None:
        inner = ", ".join("..." if a is Ellipsis else type_text(a) for a in args)
        return f"`{getattr(origin, '__name__', str(origin))}`[{inner}]"
    if isinstance(t, type):
        return _link(t.__name__) if t.__module__.startswith("citydiplo") else f"`{t.__name__}`"
    return f"`{_cell(str(t))}`"


def _default_text(a: attrs.Attribute[Any]) -> str:
    default = a.default
    if default is attrs.NOTHING:
        return "required"
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        default = default.factory()
    if isinstance(default, enum.Enum):
        return f'`"{default.value}"`'
    return f"`{default!r}`"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def fields_table(cls: type[Any]) -> str:
    """The Markdown table of an attrs class's fields."""
    try:
        hints = typing.get_type_hints(cls)
    except NameError:  # names imported only for type checking: show the annotations as written
        hints = {a.name: a.type for a in attrs.fields(cls)}
    docs = field_docs(cls)
    rows = ["| field | type | default | description |", "|---|---|---|---|"]
    for a in attrs.fields(cls):
        description = convert_roles(_cell(docs.get(a.name, "")))
        rows.append(
            f"| `{a.name}` | {type_text(hints[a.name])} | {_default_text(a)} | {description} |"
        )
    return "\n".join(rows)


def values_table(cls: type[enum.Enum]) -> str:
    """The Markdown table of an enum's values, as files and arguments write them."""
    rows = ["| value | member |", "|---|---|"]
    rows += [f'| `"{m.value}"` | `{cls.__name__}.{m.name}` |' for m in cls]
    return "\n".join(rows)


def strip_args(doc: str) -> str:
    """The docstring without its ``Args:`` section (the fields table replaces it)."""
    out: list[str] = []
    skipping = False
    for line in doc.splitlines():
        if line.strip() == "Args:" and not line.startswith(" "):
            skipping = True
            continue
        if skipping and (not line.strip() or line.startswith(" ")):
            continue
        skipping = False
        out.append(line)
    return "\n".join(out)


def _runtime(path: str) -> Any:
    module, _, name = path.rpartition(".")
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


class AttrsFields(griffe.Extension):
    """Field tables on attrs classes, value tables on enums, Markdown for Sphinx roles."""

    def on_instance(self, *, node: Any, obj: griffe.Object, agent: Any, **kwargs: Any) -> None:
        docstring = obj.docstring
        if docstring is not None and ":" in docstring.value:
            docstring.value = convert_roles(docstring.value)
        if not obj.is_class or not obj.path.startswith("citydiplo"):
            return
        cls = _runtime(obj.path)
        if isinstance(cls, type) and attrs.has(cls):
            table = "**Fields:**\n\n" + fields_table(cls)
        elif isinstance(cls, type) and issubclass(cls, enum.Enum):
            table = "**Values:**\n\n" + values_table(cls)
        else:
            return
        text = strip_args(docstring.value) if docstring is not None else ""
        head, sep, rest = text.partition("\n\n")
        value = f"{head}\n\n{table}\n\n{rest}" if sep else f"{head}\n\n{table}"
        if docstring is None:
            obj.docstring = griffe.Docstring(value, parent=obj)
        else:
            docstring.value = value
