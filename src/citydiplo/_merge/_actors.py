"""Fusing actors: the same city, person or body told under different ids and names.

Two actor reports of the same type are one actor when (union-find, so transitively):

- they have the same id; or
- they share an external identifier (same scheme and value); or
- they are in the same *known* country and subdivision, and one of their names (canonical
  name or any label, any script) has the same :func:`match_key`.
  Without a country, a name alone does not identify a place ("Córdoba"), so it never fuses.

Two actors with different GeoNames ids (identifier scheme ``geonames``) are never fused,
whatever their names; actors with the same GeoNames id are, whatever their spelling.

Actors of different types never fuse: when they share an id, each keeps its own record and
all but one are renamed (see :mod:`citydiplo._merge._ids`), with a finding; references
follow by what they must point at (a signatory to the person, a place to a place).

The fused actor takes the smallest id, keeps every name and identifier, and records a
:class:`Conflict` for each attribute its reports disagree on.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

import attrs

from citydiplo._canon import canonical_key, canonical_text
from citydiplo._merge._ids import Claim, unique_ids
from citydiplo._merge._result import (
    ACTOR_TYPES,
    PARENT_CYCLE,
    Conflict,
    conflict_of,
    merge_finding,
    sorted_citations,
)
from citydiplo._model import Actor, Label, Person, PersonRole
from citydiplo._normalize import match_key
from citydiplo._validate._report import Finding

__all__ = ["ActorFusion", "ActorRefs", "fuse_actors"]

# attributes compared as single values; the rest are unions or handled apart
_SCALARS = (
    "country",
    "subdivision",
    "parent",
    "lifetime",
    "category",
    "kind",
    "latitude",
    "longitude",
)


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
    # the type is part of every key: a city and a person never fuse, whatever they share
    kind = actor.type
    yield ("id", kind, actor.id)
    for identifier in actor.identifiers:
        yield ("identifier", kind, identifier.scheme, identifier.value)
    if actor.country is not None:
        for text in (actor.name, *(label.text for label in actor.names)):
            key = match_key(text)
            if key:
                yield ("name", kind, actor.country, actor.subdivision, key)


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
    """By id; the canonical key breaks ties between different reports with one id."""
    if len(actors) == 1:
        return actors
    ordered = sorted(actors, key=lambda a: a.id)
    if len({a.id for a in ordered}) < len(ordered):
        ordered.sort(key=lambda a: (a.id, canonical_key(a)))
    return ordered


class ActorRefs:
    """Where a reference to an input actor id leads after fusion, by what it must be.

    ``actor`` maps every id that changes; ``person`` and ``place`` hold the ids that name
    actors of several types (kept apart): a signatory goes to the person, a place to a city,
    region, country or organization, any other reference to the actor that kept the id.
    """

    __slots__ = ("_resolver", "actor", "actors", "person", "place")

    def __init__(self) -> None:
        self.actor: dict[str, str] = {}
        self.person: dict[str, str] = {}
        self.place: dict[str, str] = {}
        #: the fused actors, whose people's roles say who held an office when
        self.actors: tuple[Actor, ...] = ()
        self._resolver: Callable[[Any], Any] | None = None

    def __getstate__(self) -> dict[str, Any]:  # the resolver is rebuilt where it is used
        return {
            "actor": self.actor,
            "person": self.person,
            "place": self.place,
            "actors": self.actors,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.actor, self.person, self.place = state["actor"], state["person"], state["place"]
        self.actors, self._resolver = state["actors"], None

    def resolve_offices(self, record: Any) -> Any:
        """The record with its unnamed offices ("the mayor") resolved to the people who
        held them, where the fused actors say who it was (see ``_offices``)."""
        if self._resolver is None:
            from citydiplo._merge._offices import office_resolver

            self._resolver = office_resolver(self.actors)
        return self._resolver(record)

    def __bool__(self) -> bool:
        return bool(self.actor or self.person or self.place)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actor or actor_id in self.person or actor_id in self.place

    def of(self, actor_id: str, kind: str = "actor") -> str:
        """The output id for a reference of ``kind`` (actor, person or place)."""
        if kind != "actor":
            found = (self.person if kind == "person" else self.place).get(actor_id)
            if found is not None:
                return found
        return self.actor.get(actor_id, actor_id)


@attrs.frozen
class ActorFusion:
    """What :func:`fuse_actors` found: fused actors, how references follow, what went wrong."""

    actors: list[Actor]
    refs: ActorRefs
    conflicts: list[Conflict]
    findings: list[Finding]
    clusters: dict[str, Sequence[str]]


_PLACES = frozenset({"city", "region", "country", "organization"})


def fuse_actors(reports: Sequence[Actor], reserved: Collection[str] = ()) -> ActorFusion:
    """Fuse actor reports into actors with ids unique among themselves and ``reserved``.

    Returns the fused actors (their references to other actors already moved), the map of
    references, the conflicts, the findings and the input ids behind each fused actor.
    """
    groups = [_canonical(members) for members in _groups(reports)]
    claims: list[Claim] = [(g[0].id, _TYPE_RANK[g[0].type]) for g in groups]
    ids = unique_ids(claims, lambda n: canonical_text(("actor", *groups[n])), reserved)

    refs = ActorRefs()
    findings: list[Finding] = []
    conflicts: list[Conflict] = []
    clusters: dict[str, Sequence[str]] = {}
    fused: list[Actor] = []
    holders: dict[str, list[tuple[str, str]]] = defaultdict(list)  # input id -> (type, new id)
    for members, new_id in zip(groups, ids, strict=True):
        for member_id in dict.fromkeys(m.id for m in members):
            holders[member_id].append((members[0].type, new_id))
        clusters[new_id] = [m.id for m in members] if len(members) > 1 else (members[0].id,)
        if len(members) == 1:
            actor = members[0]
            fused.append(actor if actor.id == new_id else attrs.evolve(actor, id=new_id))
        else:
            actor, found = _fuse_group(new_id, members)
            fused.append(actor)
            conflicts.extend(found)
    for old, held in holders.items():
        if len(held) == 1:
            if held[0][1] != old:
                refs.actor[old] = held[0][1]
            continue
        held.sort()
        kept = next((new for _, new in held if new == old), held[0][1])
        if kept != old:
            refs.actor[old] = kept
        person = next((new for kind, new in held if kind == "person"), kept)
        places = [new for kind, new in held if kind in _PLACES]
        place = old if old in places else places[0] if places else kept
        if person != kept:
            refs.person[old] = person
        if place != kept:
            refs.place[old] = place
        findings.append(
            merge_finding(
                ACTOR_TYPES,
                "$.actors",
                old,
                f"id {old!r} names a {' and a '.join(kind for kind, _ in held)} in different "
                f"reports; they are kept apart as {', '.join(repr(new) for _, new in held)}",
            )
        )
    # references between actors (parent, a person's roles) follow the fusion
    if refs:
        fused = [_rewrite_actor(actor, refs) for actor in fused]
    fused, cut = _cut_parent_cycles(fused)
    findings.extend(cut)
    refs.actors = tuple(fused)
    return ActorFusion(
        actors=fused, refs=refs, conflicts=conflicts, findings=findings, clusters=clusters
    )


_TYPE_RANK = {
    kind: n for n, kind in enumerate(("city", "country", "organization", "person", "region"))
}


def _rewrite_actor(actor: Actor, refs: ActorRefs) -> Actor:
    changes: dict[str, Any] = {}
    if actor.parent is not None and actor.parent in refs:
        changes["parent"] = refs.of(actor.parent)
    if isinstance(actor, Person) and any(r.of in refs for r in actor.roles if r.of):
        changes["roles"] = _sorted_roles(
            attrs.evolve(r, of=refs.of(r.of)) if r.of else r for r in actor.roles
        )
    return attrs.evolve(actor, **changes) if changes else actor


def _sorted_roles(roles: Iterable[PersonRole]) -> list[PersonRole]:
    return sorted(set(roles), key=canonical_key)


def _cut_parent_cycles(actors: list[Actor]) -> tuple[list[Actor], list[Finding]]:
    """Actors whose fusion made them their own ancestor lose the parent link that closes it.

    On each cycle the link of the smallest id goes (a choice that depends only on the ids).
    """
    parent_of = {a.id: a.parent for a in actors if a.parent is not None}
    if not parent_of:
        return actors, []
    cut: dict[str, str] = {}
    done: set[str] = set()
    for start in sorted(parent_of):
        path: list[str] = []
        on_path: set[str] = set()
        node: str | None = start
        while node is not None and node in parent_of and node not in done:
            if node in on_path:
                cycle = path[path.index(node) :]
                smallest = min(cycle)
                cut[smallest] = parent_of[smallest]
                break
            on_path.add(node)
            path.append(node)
            node = parent_of[node]
        done.update(path)
    if not cut:
        return actors, []
    findings = [
        merge_finding(
            PARENT_CYCLE,
            "$.actors",
            actor_id,
            f"actor {actor_id!r} became its own ancestor when actors were fused (its parent "
            f"was {parent!r}); the parent link is left out",
        )
        for actor_id, parent in sorted(cut.items())
    ]
    return [attrs.evolve(a, parent=None) if a.id in cut else a for a in actors], findings


def _fuse_group(new_id: str, members: list[Actor]) -> tuple[Actor, list[Conflict]]:
    base = members[0]
    conflicts: list[Conflict] = []
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
        changes["roles"] = _sorted_roles(
            r for m in members if isinstance(m, Person) for r in m.roles
        )
    return attrs.evolve(base, **changes), conflicts


def _getter(name: str) -> Any:
    return lambda m: getattr(m, name, None)
