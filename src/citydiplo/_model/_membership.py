"""Memberships: an actor in a network (UNESCO GNLC, UCLG, Mayors for Peace), with dates."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs
from attrs import field, frozen

from citydiplo._model._checks import InvalidModelError, check_id, to_enum, typed
from citydiplo._model._records import DateValue, RecordBase
from citydiplo._model._vocab import MembershipRole, MembershipRoleLike

__all__ = ["Membership"]


def _to_membership_role(value: MembershipRoleLike) -> MembershipRole:
    return to_enum(MembershipRole, value, "role")


def _check_network(instance: Membership, attribute: attrs.Attribute[Any], value: object) -> None:
    check_id(instance, attribute, value)
    if value == instance.member:
        raise InvalidModelError(
            f"Membership.network: {value!r} is the member itself (expected another actor)",
            field="network",
        )


@frozen(kw_only=True, field_transformer=typed, repr=False)
class Membership(RecordBase):
    """An actor's membership of a network or organization.

    Args:
        member: id of the member (a city, region, organization).
        network: id of the network or organization it belongs to.
        role: member (the default), founding member, board member, chair, observer.
        joined: when it joined.
        left: when it left, if it did.
        planned: true when the source announces the membership rather than reports it.

    >>> from citydiplo import PartialDate
    >>> m = Membership(id="m", member="hanam", network="unesco-gnlc", joined=PartialDate("2024"))
    >>> m.actors, m.role
    (('hanam', 'unesco-gnlc'), MembershipRole.MEMBER)
    """

    type: ClassVar[str] = "membership"

    member: str = field(validator=check_id)
    network: str = field(validator=_check_network)
    role: MembershipRole = field(default=MembershipRole.MEMBER, converter=_to_membership_role)
    joined: DateValue | None = None
    left: DateValue | None = None
    planned: bool = False

    @property
    def date(self) -> DateValue | None:
        return self.joined

    @property
    def actors(self) -> tuple[str, ...]:
        return tuple(sorted((self.member, self.network)))
