"""How records read at the REPL: a one-line ``repr``, the full content on ``str``.

``repr(record)`` is a summary that fits a line (``Agreement(hanam-arkansas-mou: mou,
arkansas + hanam, 2024-03, 3 citations)``); ``str(record)``, ``print(record)`` and IPython's
pretty printer (``_repr_pretty_``) show every field that differs from its default, one a
line, in constructor form.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["Summarised", "full_repr", "shorten", "summary"]

#: Longest text (a name, a title) shown in a summary before it is cut with "…".
TEXT_LIMIT = 40


def shorten(text: str, limit: int = TEXT_LIMIT) -> str:
    """``text`` cut to ``limit`` characters, ending with "…" when cut.

    >>> shorten("Agreement for economic cooperation between Hanam City and Arkansas")
    'Agreement for economic cooperation betw…'
    """
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _parts(obj: Any) -> list[str]:
    parts: list[str] = []
    name = getattr(obj, "name", None)
    if isinstance(name, str):
        parts.append(shorten(name))
    kind = getattr(obj, "kind", None)
    if kind is not None:
        parts.append(str(kind))
    place = getattr(obj, "subdivision", None) or getattr(obj, "country", None)
    if place:
        parts.append(str(place))
    actors = getattr(obj, "actors", ())
    if actors and not isinstance(name, str):
        shown = " + ".join(actors[:3]) + (f" + {len(actors) - 3} more" if len(actors) > 3 else "")
        parts.append(shown)
    language = getattr(obj, "language", None)
    if language:
        parts.append(language)
    for label in ("date", "published", "lifetime", "as_of"):
        value = getattr(obj, label, None)
        if value is not None:
            parts.append(str(value))
            break
    for label in ("value",):
        value = getattr(obj, label, None)
        if isinstance(value, int):
            parts.append(f"{label}={value}")
    title = getattr(obj, "title", None)
    if isinstance(title, str) and not isinstance(name, str):
        parts.append(repr(shorten(title)))
    names = getattr(obj, "names", ())
    if names:
        parts.append(_count(len(names), "name"))
    citations = getattr(obj, "citations", ())
    if citations:
        parts.append(_count(len(citations), "citation"))
    return parts


def summary(obj: Any) -> str:
    """One line: the class, the id, then what tells the record apart.

    >>> from citydiplo import City
    >>> summary(City(id="hanam", name="Hanam", country="KR", names={"ko": ["하남시"]}))
    'City(hanam: Hanam, KR, 1 name)'
    """
    parts = _parts(obj)
    return f"{type(obj).__name__}({obj.id}{': ' if parts else ''}{', '.join(parts)})"


def full_repr(obj: Any) -> str:
    """Every field that differs from its default, one a line, in constructor form.

    >>> from citydiplo import City
    >>> print(full_repr(City(id="hanam", name="Hanam", country="KR")))
    City(
        id='hanam',
        name='Hanam',
        country='KR',
    )
    """
    lines = [f"{type(obj).__name__}("]
    for a in attrs.fields(type(obj)):
        value = getattr(obj, a.name)
        default = a.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        if default is not attrs.NOTHING and value == default:
            continue
        if isinstance(value, frozenset):  # sorted: the same text in every process
            lines.append(f"    {a.name}=frozenset({{{', '.join(sorted(map(repr, value)))}}}),")
        elif isinstance(value, tuple) and len(value) > 1 and attrs.has(type(value[0])):
            items = "".join(f"        {v!r},\n" for v in value)
            lines.append(f"    {a.name}=(\n{items}    ),")
        else:
            lines.append(f"    {a.name}={value!r},")
    lines.append(")")
    return "\n".join(lines)


class Summarised:
    """Mixin: a summary ``repr``, the full content on ``str`` and in IPython."""

    __slots__ = ()

    def __repr__(self) -> str:
        return summary(self)

    def __str__(self) -> str:
        return full_repr(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(full_repr(self))
