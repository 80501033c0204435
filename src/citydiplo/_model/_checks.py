"""attrs validators shared by the models: ids, codes, non-empty text."""

from __future__ import annotations

import enum
import types
import typing
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any, TypeVar

import attrs
from attrs.validators import and_

from citydiplo._errors import CitydiploError
from citydiplo._normalize import clean_label

__all__ = [
    "INT_MAX",
    "INT_MIN",
    "OWN_VALIDATOR",
    "InvalidModelError",
    "check_country",
    "check_id",
    "check_optional_id",
    "check_optional_text",
    "check_quote",
    "check_text",
    "check_type",
    "clean_text",
    "country_codes",
    "has_surrogate",
    "hidden_character",
    "subdivision_country",
    "to_enum",
    "to_items",
    "to_tuple",
    "typed",
]


class InvalidModelError(CitydiploError, ValueError):
    """A model was constructed with a value that breaks one of its invariants.

    ``field`` names the offending field when there is one, so loaders can report the
    problem at ``$.field``.
    """

    __module__ = "citydiplo"  # shown as citydiplo.InvalidModelError in tracebacks

    def __init__(self, message: str, *, field: str | None = None) -> None:
        self.field = field
        super().__init__(message)


_E = TypeVar("_E", bound=enum.Enum)


def to_enum(cls: type[_E], value: object, field: str) -> _E:
    """``cls(value)``, or an :class:`InvalidModelError` naming the field and the choices.

    Every enum converter of the model calls this one helper (mypy's attrs plugin needs a
    named converter per field type, so each enum keeps its own small typed function).

    >>> from citydiplo._model._vocab import Role
    >>> to_enum(Role, "host", "role"), to_enum(Role, Role.HOST, "role")
    (Role.HOST, Role.HOST)
    """
    try:  # the member map takes "visit" and EventKind.VISIT alike (a StrEnum hashes as its value)
        return cls._value2member_map_[value]  # type: ignore[return-value]
    except (KeyError, TypeError):
        pass
    try:
        return cls(value)
    except ValueError:
        choices = ", ".join(repr(m.value) for m in cls)
        raise InvalidModelError(
            f"{field}: {value!r} is not a valid {cls.__name__} (expected one of {choices})",
            field=field,
        ) from None


def _where(instance: object, attribute: attrs.Attribute[Any]) -> str:
    return f"{type(instance).__name__}.{attribute.name}"


# Characters that reverse the display of what follows them (left-to-right and
# right-to-left override): never part of a text; refused in every text field.
_OVERRIDES = frozenset("\u202d\u202e")


def hidden_character(value: str, *, text: bool = False) -> str | None:
    r"""The first character of ``value`` that does not print as itself, or ``None``.

    For an id (``text=False``) that is any character that is not printable (control,
    bidirectional, zero-width, line break) other than a plain space. For a text
    (``text=True``) it is a control character other than whitespace, or a bidirectional
    override (U+202D, U+202E), which reverses the display of whatever follows it; the
    zero-width and directional marks that a name may carry (a Persian ZWNJ, a Hebrew RLM)
    are allowed, and a name drops them when it is cleaned.

    >>> hidden_character("A\x07"), hidden_character("A\u202e", text=True)
    ('\x07', '\u202e')
    >>> hidden_character("می\u200cخواهم", text=True) is None
    True
    """
    if not text:
        return next((c for c in value if not c.isprintable() and c != " "), None)
    return next(
        (
            c
            for c in value
            if c in _OVERRIDES or (unicodedata.category(c) == "Cc" and not c.isspace())
        ),
        None,
    )


def _refuse_hidden(where: str, value: str, hidden: str, what: str, field: str) -> None:
    raise InvalidModelError(
        f"{where}: {value!r} is not {what}: it holds U+{ord(hidden):04X}, which does not "
        "print (expected visible characters and plain spaces: no control, "
        + ("bidirectional override" if what == "a text" else "bidirectional or zero-width")
        + " characters)",
        field=field,
    )


def check_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An id is a non-empty string of visible characters (inner spaces allowed) without
    surrounding whitespace.

    Control characters, bidirectional marks, zero-width characters and line breaks are
    refused: two ids that print alike must be the same id, and every export format (XML
    for GraphML and GEXF included) must be able to write it.
    """
    if (
        type(value) is str
        and value
        and not value[0].isspace()
        and not value[-1].isspace()
        and value.isprintable()
    ):
        return
    if not isinstance(value, str) or not value or value != value.strip():
        raise InvalidModelError(
            f"{_where(instance, attribute)}: {value!r} is not an id "
            "(expected a non-empty string without surrounding spaces)",
            field=attribute.name,
        )
    hidden = hidden_character(value)
    if hidden is not None:
        _refuse_hidden(_where(instance, attribute), value, hidden, "an id", attribute.name)


def check_optional_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Like :func:`check_id`, but ``None`` is allowed."""
    if value is not None:
        check_id(instance, attribute, value)


def check_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A required text is a string with at least one non-space character, and no control
    character or bidirectional override (see :func:`hidden_character`)."""
    if not isinstance(value, str):
        raise InvalidModelError(
            f"{_where(instance, attribute)}: {value!r} is not text "
            f"(expected a string, not {type(value).__name__})",
            field=attribute.name,
        )
    if not value.strip():
        raise InvalidModelError(
            f"{_where(instance, attribute)}: {value!r} is empty (expected some text)",
            field=attribute.name,
        )
    check_optional_text(instance, attribute, value)


def check_quote(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A quote is a string with at least one non-space character, kept verbatim: it cites
    the page as it is, hidden characters included (a name, a title is checked by
    :func:`check_text`)."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidModelError(
            f"{_where(instance, attribute)}: {value!r} is empty (expected some text)",
            field=attribute.name,
        )


def check_optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An optional free text (a title, a venue, a note): ``None`` or a string without a
    control character or a bidirectional override (see :func:`hidden_character`)."""
    if value is None:
        return
    if not isinstance(value, str):
        raise InvalidModelError(
            f"{_where(instance, attribute)}: {value!r} is not text "
            f"(expected a string or None, not {type(value).__name__})",
            field=attribute.name,
        )
    hidden = hidden_character(value, text=True)
    if hidden is not None:
        _refuse_hidden(_where(instance, attribute), value, hidden, "a text", attribute.name)


def clean_text(value: object) -> object:
    r"""A name or label cleaned (:func:`~citydiplo._normalize.clean_label`), unless it holds
    a character :func:`check_text` refuses, which is left for it to quote.

    >>> clean_text("  Ha\u200bnam   City "), clean_text("A\x07"), clean_text(None)
    ('Hanam City', 'A\x07', None)
    """
    if isinstance(value, str) and hidden_character(value, text=True) is None:
        return clean_label(value)
    return value


@cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes known to pycountry, plus ``XK`` (Kosovo)."""
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries) | {"XK"}


@cache
def subdivision_country() -> dict[str, str]:
    """Map each ISO 3166-2 code to the alpha-2 code of its country."""
    import pycountry

    return {s.code: s.country_code for s in pycountry.subdivisions}


def check_country(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A country is ``None`` or an upper-case ISO 3166-1 alpha-2 code (``XK`` allowed)."""
    if value is not None and value not in country_codes():
        raise InvalidModelError(
            f"{_where(instance, attribute)}: {value!r} is not an ISO 3166-1 alpha-2 "
            "country code (expected e.g. 'KR', 'VN', 'XK')",
            field=attribute.name,
        )


#: Integers a model holds fit in 64 bits, so that every JSON reader and writer keeps them.
INT_MIN, INT_MAX = -(1 << 63), (1 << 63) - 1


def has_surrogate(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate (U+D800..U+DFFF), which no UTF-8 file can."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def to_items(value: object, field: str) -> Iterable[Any]:
    """``value`` as an iterable of items, refusing text, bytes, mappings and scalars.

    A string is iterable in Python, but ``parties="ab"`` never means two parties ``a``
    and ``b``: collections must be given as collections.
    """
    if type(value) is list or type(value) is tuple:  # the common case, decided at once
        return value
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise InvalidModelError(
            f"{field}: {value!r} is not a collection (expected a list or tuple of items)",
            field=field,
        )
    return value


def to_tuple(value: object) -> tuple[Any, ...]:
    """A ``tuple`` converter that refuses text and mappings (see :func:`to_items`)."""
    if type(value) is tuple:
        return value
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise InvalidModelError(f"{value!r} is not a collection (expected a list or tuple)")
    return tuple(value)


_Check = Callable[[Any], bool]


def _type_check(t: Any) -> tuple[_Check, str]:
    """A predicate for values of the annotation ``t`` and the words for what it expects."""
    origin, args = typing.get_origin(t), typing.get_args(t)
    if origin in (typing.Union, types.UnionType):
        inner = [_type_check(a) for a in args if a is not type(None)]
        optional = type(None) in args
        what = " or ".join(w for _, w in inner) + (" or None" if optional else "")

        if len(inner) == 1:  # "X | None", most fields: no generator per value
            only = inner[0][0]

            def one(v: Any) -> bool:
                return (optional and v is None) or only(v)

            return one, what

        def union(v: Any) -> bool:
            return (optional and v is None) or any(check(v) for check, _ in inner)

        return union, what
    if t is str:
        return (lambda v: type(v) is str and not has_surrogate(v)), "a string (valid Unicode)"
    if t is bool:
        return (lambda v: type(v) is bool), "true or false"
    if t is int:
        return (lambda v: type(v) is int and INT_MIN <= v <= INT_MAX), "a 64-bit integer"
    if (origin in (tuple, frozenset) and len(args) == 2 and args[1] is Ellipsis) or (
        origin is frozenset and len(args) == 1
    ):
        item, item_what = _type_check(args[0])
        return (lambda v: type(v) is origin and all(item(x) for x in v)), (
            f"a {origin.__name__} of {item_what.removeprefix('a ')}s"
        )
    if origin is tuple:
        checks = [_type_check(a)[0] for a in args]
        return (
            lambda v: type(v) is tuple
            and len(v) == len(checks)
            and all(c(x) for c, x in zip(checks, v, strict=True))
        ), f"a tuple of {len(args)} items"
    if isinstance(t, type):
        return (lambda v: isinstance(v, t)), f"a {t.__name__}"
    return (lambda v: True), "anything"


@cache
def _field_check(cls: Any, name: str) -> tuple[_Check, str]:
    return _type_check(typing.get_type_hints(cls)[name])


def check_type(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The value has the field's declared type: a ``str`` field holds valid Unicode text,
    an ``int`` field a 64-bit integer, a ``tuple[Citation, ...]`` field citations...

    What a model holds can always be written and read back (``loads(dumps(ds)) == ds``).
    """
    cls: Any = type(instance)
    check, what = _field_check(cls, attribute.name)
    if not check(value):
        raise InvalidModelError(
            f"{_where(instance, attribute)}: {_short(value)} is not {what}", field=attribute.name
        )


def _short(value: object, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def typed(cls: type[Any], fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """attrs ``field_transformer``: every field of a model checks its declared type first.

    Inherited fields already carry the check from their base class.
    """
    return [
        f
        if getattr(f, "inherited", False)
        else f.evolve(
            validator=_with_type_check(f.validator),
            metadata={**f.metadata, OWN_VALIDATOR: f.validator},
        )
        for f in fields
    ]


#: Metadata key of a field's own validator, without the type check :func:`typed` adds
#: (generated loaders that check JSON types inline run only this one).
OWN_VALIDATOR = "citydiplo.own_validator"


def _with_type_check(validator: Any) -> Any:
    return check_type if validator is None else and_(check_type, validator)
