"""Queries over the links between records: organs of an actor, records citing a source,
claims and memberships of an actor, the partnership between two actors."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from citydiplo._model import (
    Actor,
    CountClaim,
    Counted,
    Membership,
    MembershipRole,
    Organization,
    OrganizationKind,
    Partnership,
    Record,
)
from citydiplo._query._types import DateLike, as_date_value, bounds
from citydiplo.dates import dated

if TYPE_CHECKING:
    from citydiplo._dataset import Dataset

__all__ = ["ORGAN_KINDS", "citing", "claims", "memberships", "organs", "partnerships_between"]

#: Organization kinds that act for the actor they are part of (``parent``): the People's
#: Committee or the party committee of a city, the ministry of a country.
ORGAN_KINDS = frozenset(
    {OrganizationKind.GOVERNMENT, OrganizationKind.PARTY, OrganizationKind.MINISTRY}
)


def organs(actors: Iterable[Actor]) -> dict[str, list[str]]:
    """Actor id -> ids of its organs, sorted: organizations of an organ kind whose
    ``parent`` chain (through such organizations) leads to the actor."""
    children: dict[str, list[str]] = {}
    for actor in actors:
        if (
            isinstance(actor, Organization)
            and actor.kind in ORGAN_KINDS
            and actor.parent is not None
        ):
            children.setdefault(actor.parent, []).append(actor.id)
    found: dict[str, list[str]] = {}
    for root in children:
        seen: set[str] = set()
        todo = list(children[root])
        while todo:
            organ = todo.pop()
            if organ not in seen and organ != root:
                seen.add(organ)
                todo.extend(children.get(organ, ()))
        found[root] = sorted(seen)
    return found


def citing(ds: Dataset, source: str) -> list[Record]:
    """Records with a citation of ``source`` (actors included), in dataset order."""
    return [r for r in ds if any(c.source == source for c in getattr(r, "citations", ()))]


def _during(value: Any, during: DateLike | None) -> bool:
    if during is None:
        return True
    date = dated(value)
    if date is None:
        return False
    lo, hi = bounds(as_date_value(during, "during"))
    return bool(date.earliest() <= hi and lo <= date.latest())


def claims(
    ds: Dataset,
    subjects: set[str] | None,
    counted: Counted | None,
    during: DateLike | None,
) -> list[CountClaim]:
    """Count claims about any of ``subjects``, counting ``counted``, as of ``during``."""
    return [
        c
        for c in ds.claims
        if (subjects is None or c.subject in subjects)
        and (counted is None or c.counted is counted)
        and _during(c.as_of or c.during, during)
    ]


def memberships(
    ds: Dataset,
    members: set[str] | None,
    network: str | None,
    at: DateLike | None,
    role: MembershipRole | None,
    planned: bool | None,
) -> list[Membership]:
    """Memberships of any of ``members`` in ``network``, possibly held at ``at``."""
    found = []
    for m in ds.memberships:
        if members is not None and m.member not in members:
            continue
        if network is not None and m.network != network:
            continue
        if role is not None and m.role is not role:
            continue
        if planned is not None and m.planned is not planned:
            continue
        if at is not None:
            lo, hi = bounds(as_date_value(at, "at"))
            joined, left = dated(m.joined), dated(m.left)  # year-less: as unknown
            start = joined.earliest() if joined is not None else lo
            end = left.latest() if left is not None else hi
            if not (start <= hi and lo <= end):
                continue
        found.append(m)
    return found


def partnerships_between(ds: Dataset, a: str, b: str) -> list[Partnership]:
    """Partnerships whose two parties are ``a`` and ``b``, in dataset order."""
    pair = tuple(sorted((a, b)))
    return [p for p in ds.partnerships if p.parties == pair]
