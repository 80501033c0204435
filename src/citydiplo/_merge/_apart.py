"""Ids kept apart: a report's id that names records of different types in the output.

Merge gives every output entity a unique id (see :mod:`citydiplo._merge._ids`): when a
partnership of one report has the id of a city of another, one of them is renamed
``<id>-<digest>``. Two actors in that case already get a ``CD903`` finding from the actor
fusion; this module finds every other case (a record or a source beside an actor, two
records of different types), so no id of the user's changes without a report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from citydiplo._merge._result import ACTOR_TYPES, merge_finding
from citydiplo._validate._report import Finding

__all__ = ["kept_apart"]

_ACTORS = frozenset({"city", "country", "organization", "person", "region"})


def kept_apart(
    entities: Iterable[Any], clusters: Mapping[str, Sequence[str]]
) -> list[Finding]:
    """A ``CD903`` finding for each report id that output entities of different types
    wanted, unless all of them are actors (the actor fusion reports those).

    ``clusters`` maps each output id to the report ids it was made from; an entity wants
    the smallest of them.

    >>> from citydiplo import City, Partnership
    >>> city = City(id="x", name="X")
    >>> renamed = Partnership(id="x-9e0f2fcb", parties=("y", "z"))
    >>> [f.message for f in kept_apart([city, renamed], {"x": ("x",), "x-9e0f2fcb": ("x",)})]
    ["id 'x' names a city and a partnership in different reports; they are kept apart as 'x', 'x-9e0f2fcb'"]
    """  # noqa: E501
    held: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for entity in entities:
        members = clusters.get(entity.id, (entity.id,))
        held[min(members)].append((entity.type, entity.id))
    findings = []
    for old in sorted(held):
        found = sorted(held[old], key=lambda kind_id: (kind_id[1] != old, kind_id))
        kinds = {kind for kind, _ in found}
        if len(kinds) < 2 or kinds <= _ACTORS:
            continue
        findings.append(
            merge_finding(
                ACTOR_TYPES,
                f"$.{_collection(found[-1][0])}",
                old,
                f"id {old!r} names a {' and a '.join(kind for kind, _ in found)} in different "
                f"reports; they are kept apart as {', '.join(repr(new) for _, new in found)}",
            )
        )
    return findings


def _collection(kind: str) -> str:
    return "actors" if kind in _ACTORS else f"{kind}s"
