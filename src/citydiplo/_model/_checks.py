"""attrs validators shared by the models: ids, codes, non-empty text."""

from __future__ import annotations

import enum
from functools import cache
from typing import Any, TypeVar

import attrs

from citydiplo._errors import CitydiploError

__all__ = [
    "InvalidModelError",
    "check_country",
    "check_id",
    "check_optional_id",
    "check_text",
    "country_codes",
    "subdivision_country",
    "to_enum",
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
    """``cls(value)``, or an :class:`InvalidModelError` naming the field and the choices."""
    member = cls._value2member_map_.get(value) if isinstance(value, str) else None
    if member is not None:
        return member  # type: ignore[return-value]
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


def check_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An id is a non-empty string without surrounding whitespace."""
    if type(value) is str and value and not value[0].isspace() and not value[-1].isspace():
        return
    if not isinstance(value, str) or not value or value != value.strip():
        raise InvalidModelError(
            f"{_where(instance, attribute)}: {value!r} is not an id "
            "(expected a non-empty string without surrounding spaces)",
            field=attribute.name,
        )


def check_optional_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Like :func:`check_id`, but ``None`` is allowed."""
    if value is not None:
        check_id(instance, attribute, value)


def check_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A required text is a string with at least one non-space character."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidModelError(
            f"{_where(instance, attribute)}: {value!r} is empty (expected some text)",
            field=attribute.name,
        )


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
