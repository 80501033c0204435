"""Converters and validators of record fields: ids, parties, enums, offices.

One named converter per enum: mypy's attrs plugin types each constructor parameter from its
converter's argument, and rejects converters built by a factory.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from citydiplo._model._checks import InvalidModelError, check_id, to_enum, to_items, to_tuple
from citydiplo._model._provenance import Citation
from citydiplo._model._vocab import (
    AgreementKind,
    AgreementKindLike,
    DocumentKind,
    DocumentKindLike,
    EventKind,
    EventKindLike,
    Field,
    FieldLike,
    PartnershipKind,
    PartnershipKindLike,
    PartnershipStatus,
    PartnershipStatusLike,
    Role,
    RoleLike,
)

if TYPE_CHECKING:
    from citydiplo._model._records import Agreement, Partnership

__all__ = [
    "check_parties",
    "check_some_parties",
    "check_two_parties",
    "citations",
    "fields",
    "item_of",
    "office",
    "sorted_ids",
    "sorted_implements",
    "sorted_parties",
    "to_agreement_kind",
    "to_document_kind",
    "to_event_kind",
    "to_partnership_kind",
    "to_role",
    "to_status",
]

_T = TypeVar("_T")


def sorted_ids(value: Iterable[str], field: str = "ids") -> tuple[str, ...]:
    """Ids as a sorted tuple (the converter of unordered id collections).

    Text, mappings and scalars are refused: ``parties="ab"`` is not two parties.
    """
    items = tuple(to_items(value, field))
    try:
        return tuple(sorted(items))
    except TypeError:  # ids of mixed types: the validator names the one that is no id
        return items


def sorted_parties(value: Iterable[str]) -> tuple[str, ...]:
    return sorted_ids(value, "parties")


def sorted_implements(value: Iterable[str]) -> tuple[str, ...]:
    return sorted_ids(value, "implements")


def item_of(cls: type[_T], value: object, field: str) -> _T:
    if not isinstance(value, cls):
        raise InvalidModelError(
            f"{field}: {value!r} is not a {cls.__name__} (expected {cls.__name__}(...))",
            field=field,
        )
    return value


def fields(value: Iterable[FieldLike]) -> frozenset[Field]:
    return frozenset(to_enum(Field, v, "fields") for v in to_items(value, "fields"))


def check_parties(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]
) -> None:
    for party in value:
        check_id(instance, attribute, party)
    if len(set(value)) != len(value):
        raise InvalidModelError(
            f"{type(instance).__name__}.{attribute.name}: {list(value)!r} names a party twice "
            "(expected distinct parties)",
            field=attribute.name,
        )


def check_two_parties(
    instance: Partnership, attribute: attrs.Attribute[Any], value: tuple[str, ...]
) -> None:
    if len(value) != 2:
        raise InvalidModelError(
            f"Partnership.parties: {list(value)!r} has {len(value)} parties (expected two)",
            field="parties",
        )
    check_parties(instance, attribute, value)


def check_some_parties(
    instance: Agreement, attribute: attrs.Attribute[Any], value: tuple[str, ...]
) -> None:
    if len(value) < 2:
        raise InvalidModelError(
            f"Agreement.parties: {list(value)!r} has fewer than two parties (expected two or more)",
            field="parties",
        )
    check_parties(instance, attribute, value)


def to_partnership_kind(value: PartnershipKindLike) -> PartnershipKind:
    return to_enum(PartnershipKind, value, "kind")


def to_agreement_kind(value: AgreementKindLike) -> AgreementKind:
    return to_enum(AgreementKind, value, "kind")


def to_role(value: RoleLike) -> Role:
    return to_enum(Role, value, "role")


def to_event_kind(value: EventKindLike) -> EventKind:
    return to_enum(EventKind, value, "kind")


def to_document_kind(value: DocumentKindLike) -> DocumentKind:
    return to_enum(DocumentKind, value, "kind")


def to_status(value: PartnershipStatusLike | None) -> PartnershipStatus | None:
    return None if value is None else to_enum(PartnershipStatus, value, "status")


def citations(value: Iterable[Citation]) -> tuple[Citation, ...]:
    return to_tuple(value)


def office(value: str | None) -> str | None:
    """An office title, compared case-insensitively: stored stripped and lower-case."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidModelError(
            f"office: {value!r} is not an office title (expected text such as 'mayor')",
            field="office",
        )
    return " ".join(value.split()).casefold()
