"""Fusing actors: the same city, person or body told under different ids and names.

Two actor reports are one actor when (union-find, so transitively):

- they have the same id; or
- they share an external identifier (same scheme and value); or
- they are of the same type, in the same *known* country and subdivision, and one of their
  names (canonical name or any label, any script) has the same :func:`match_key`.
  Without a country, a name alone does not identify a place ("Córdoba"), so it never fuses.

Two actors with different GeoNames ids (identifier scheme ``geonames``) are never fused,
whatever their names; actors with the same GeoNames id are, whatever their spelling.

The fused actor takes the smallest id, keeps every name and identifier, and records a
:class:`Conflict` for each attribute its reports disagree on.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from citydiplo._merge._result import Conflict, conflict_of, sorted_citations
from citydiplo._model import Actor, Label, Person
from citydiplo._normalize import match_key

__all__ = ["fuse_actors"]

# attributes compared as single values; the rest are unions or handled apart
_SCALARS = ("country", "subdivision", "parent", "lifetime", "category", "kind")


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        parent = self.parent
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _keys(actor: Actor) -> Iterable[tuple[Any, ...]]:
    yield ("id", actor.id)
    for identifier in actor.identifiers:
        yield ("identifier", identifier.scheme, identifier.value)
    if actor.country is not None:
        for text in (actor.name, *(label.text for label in actor.names)):
            key = match_key(text)
            if key:
                yield ("name", actor.type, actor.country, actor.subdivision, key)


def _geonames_id(actor: Actor) -> str | None:
    ids = sorted(i.value for i in actor.identifiers if i.scheme == "geonames")
    return ids[0] if len(ids) == 1 else None


def _components(
    reports: Sequence[Actor], members: Iterable[int], keep: Callable[[tuple[Any, ...]], bool]
) -> list[list[int]]:
    """Union-find over the keys ``keep(key)`` accepts, among the reports ``members``."""
    chosen = list(members)
    uf = _UnionFind(len(chosen))  # local positions: a small group costs little
    first: dict[tuple[Any, ...], int] = {}
    for n, i in enumerate(chosen):
        for key in _keys(reports[i]):
            if keep(key):
                m = first.setdefault(key, n)
                if m != n:
                    uf.union(n, m)
    groups: dict[int, list[int]] = defaultdict(list)
    for n, i in enumerate(chosen):
        groups[uf.find(n)].append(i)
    return list(groups.values())


def _groups(reports: Sequence[Actor]) -> list[list[Actor]]:
    """The reports of each actor. Two different GeoNames ids are never one actor: a name
    shared by actors of different ids identifies none of them, and where a chain of names
    would still join two ids, its members without an id stay apart (order-independent)."""
    geonames = [_geonames_id(actor) for actor in reports]
    ids_of_key: dict[tuple[Any, ...], set[str]] = defaultdict(set)
    for i, actor in enumerate(reports):
        found = geonames[i]
        if found is not None:
            for key in _keys(actor):
                ids_of_key[key].add(found)

    def shared(key: tuple[Any, ...]) -> bool:
        return key[0] == "id" or len(ids_of_key.get(key, ())) <= 1

    def strict(key: tuple[Any, ...]) -> bool:
        return bool(key[0] == "id" or (key[0] == "identifier" and key[1] == "geonames"))

    result: list[list[int]] = []
    for group in _components(reports, range(len(reports)), shared):
        if len({geonames[i] for i in group} - {None}) <= 1:
            result.append(group)
        else:
            result.extend(_components(reports, group, strict))
    return [[reports[i] for i in group] for group in result]


def _canonical(actors: list[Actor]) -> list[Actor]:
    """By id; the text of the record breaks ties between different reports with one id."""
    if len(actors) == 1:
        return actors
    ordered = sorted(actors, key=lambda a: a.id)
    if len({a.id for a in ordered}) < len(ordered):
        ordered.sort(key=lambda a: (a.id, repr(a)))
    return ordered


def fuse_actors(
    reports: Sequence[Actor], remap_of: dict[str, str]
) -> tuple[list[Actor], list[Conflict], dict[str, Sequence[str]]]:
    """Fuse actor reports; fills ``remap_of`` (old id -> fused id) for ids that change.

    Returns the fused actors, the conflicts and the input ids behind each fused actor.
    """
    groups = _groups(reports)

    fused: list[Actor] = []
    conflicts: list[Conflict] = []
    clusters: dict[str, Sequence[str]] = {}
    for members in groups:
        members = _canonical(members)
        new_id = members[0].id
        for member in members:
            if member.id != new_id:
                remap_of[member.id] = new_id
        clusters[new_id] = [m.id for m in members] if len(members) > 1 else (new_id,)
        if len(members) == 1:
            fused.append(members[0])
        else:
            actor, found = _fuse_group(new_id, members)
            fused.append(actor)
            conflicts.extend(found)
    # references between actors (parent, a person's roles) follow the fusion
    if remap_of:
        fused = [_rewrite_actor(actor, remap_of) for actor in fused]
    return fused, conflicts, clusters


def _rewrite_actor(actor: Actor, remap_of: dict[str, str]) -> Actor:
    changes: dict[str, Any] = {}
    if actor.parent is not None and actor.parent in remap_of:
        changes["parent"] = remap_of[actor.parent]
    if isinstance(actor, Person) and any(r.of in remap_of for r in actor.roles if r.of):
        changes["roles"] = sorted(
            {attrs.evolve(r, of=remap_of.get(r.of, r.of)) if r.of else r for r in actor.roles},
            key=repr,
        )
    return attrs.evolve(actor, **changes) if changes else actor


def _fuse_group(new_id: str, members: list[Actor]) -> tuple[Actor, list[Conflict]]:
    base = members[0]
    conflicts: list[Conflict] = []
    types = {m.type for m in members}
    if len(types) > 1:
        conflicts.append(conflict_of(new_id, "type", members, lambda m: m.type))
    changes: dict[str, Any] = {"id": new_id}
    names: set[Label] = set()
    for member in members:
        names.update(member.names)
        if member.name != base.name:
            names.add(Label(lang="und", text=member.name))
    changes["names"] = names
    changes["identifiers"] = {i for m in members for i in m.identifiers}
    changes["citations"] = sorted_citations(c for m in members for c in m.citations)
    cls_fields = attrs.fields_dict(type(base))
    for name in _SCALARS:
        if name not in cls_fields:
            continue
        values = {getattr(m, name, None) for m in members} - {None}
        if not values:
            continue
        if len(values) > 1:
            conflicts.append(conflict_of(new_id, name, members, _getter(name)))
        changes[name] = next(v for m in members if (v := getattr(m, name, None)) is not None)
    # country and subdivision go together: the subdivision of a report in the chosen country
    changes["subdivision"] = next(
        (
            m.subdivision
            for m in members
            if m.subdivision is not None and m.country == changes.get("country")
        ),
        None,
    )
    if isinstance(base, Person):
        changes["roles"] = sorted(
            {r for m in members if isinstance(m, Person) for r in m.roles}, key=repr
        )
    return attrs.evolve(base, **changes), conflicts


def _getter(name: str) -> Any:
    return lambda m: getattr(m, name, None)
