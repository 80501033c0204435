"""Count claims: numbers as sources state them, qualified and scoped."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

import attrs
from attrs import field, frozen

from citydiplo._model._checks import (
    InvalidModelError,
    check_country,
    check_id,
    check_optional_id,
    to_enum,
    to_items,
    typed,
)
from citydiplo._model._records import DateValue, RecordBase, sorted_ids
from citydiplo._model._vocab import (
    Counted,
    CountedLike,
    PartnershipKind,
    PartnershipKindLike,
    Qualifier,
    QualifierLike,
)

__all__ = ["CountClaim"]


def _to_counted(value: CountedLike) -> Counted:
    return to_enum(Counted, value, "counted")


def _to_qualifier(value: QualifierLike) -> Qualifier:
    return to_enum(Qualifier, value, "qualifier")


def _to_kinds(value: Iterable[PartnershipKindLike]) -> frozenset[PartnershipKind]:
    return frozenset(to_enum(PartnershipKind, k, "kinds") for k in to_items(value, "kinds"))


def _check_count(instance: CountClaim, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        if instance.qualifier is not Qualifier.UNSPECIFIED:
            raise InvalidModelError(
                f"CountClaim.value: no number is given for a {instance.qualifier.value!r} count "
                "(expected an int >= 0, or qualifier 'unspecified')",
                field="value",
            )
        return
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidModelError(
            f"CountClaim.value: {value!r} is not a count (expected an int >= 0)", field="value"
        )
    if instance.qualifier is Qualifier.UNSPECIFIED:
        raise InvalidModelError(
            f"CountClaim.value: {value!r} is given with qualifier 'unspecified' "
            "(expected no value, or another qualifier)",
            field="value",
        )


@frozen(kw_only=True, field_transformer=typed, repr=False)
class CountClaim(RecordBase):
    """A number a source states: "a total of 10 partner cities", "30余个", "hundreds of
    agreements", "5 agreements signed at the forum".

    Args:
        subject: id of the actor the count is about.
        counted: what is counted (partners, agreements, events, countries, cities,
            provinces, people, projects, memberships).
        value: the number stated; ``None`` only with qualifier ``unspecified``.
        qualifier: how the number is stated: ``exact`` (the default), ``at_least``,
            ``more_than``, ``about``, ``at_most``, ``fewer_than``, ``unspecified``.
        kinds: partnership kinds the count covers (empty: all kinds).
        enumerated: true when the source also lists the items, so the dataset should hold
            them; validation compares (CD601).
        as_of: the date the count refers to.
        event: id of the event the count is scoped to ("signed at the forum").
        country: ISO 3166-1 code the counted items are in ("12 partner cities in Japan").
        excluding: ids of actors the count leaves out ("besides Busan").
        during: the period the counted items fall in ("in 2021-2025").

    >>> CountClaim(id="c", subject="da-nang", counted="agreements", value=100,
    ...            qualifier="at_least").qualifier
    Qualifier.AT_LEAST
    """

    type: ClassVar[str] = "claim"

    subject: str = field(validator=check_id)
    counted: Counted = field(converter=_to_counted)
    value: int | None = field(default=None, validator=_check_count)
    qualifier: Qualifier = field(default=Qualifier.EXACT, converter=_to_qualifier)
    kinds: frozenset[PartnershipKind] = field(factory=frozenset, converter=_to_kinds)
    enumerated: bool = False
    as_of: DateValue | None = None
    event: str | None = field(default=None, validator=check_optional_id)
    country: str | None = field(default=None, validator=check_country)
    excluding: tuple[str, ...] = field(factory=tuple, converter=sorted_ids)
    during: DateValue | None = None

    @property
    def actors(self) -> tuple[str, ...]:
        return (self.subject,)

    def admits(self, count: int) -> bool:
        """Whether ``count`` items are consistent with the number as stated.

        >>> c = CountClaim(id="c", subject="x", counted="partners", value=30,
        ...                qualifier="more_than")
        >>> c.admits(30), c.admits(31)
        (False, True)
        """
        q, v = self.qualifier, self.value
        if q is Qualifier.UNSPECIFIED or v is None:
            return True
        if q is Qualifier.EXACT:
            return count == v
        if q is Qualifier.AT_LEAST:
            return count >= v
        if q is Qualifier.MORE_THAN:
            return count > v
        if q is Qualifier.AT_MOST:
            return count <= v
        if q is Qualifier.FEWER_THAN:
            return count < v
        return True  # "about": no bound is stated, so no count contradicts it
