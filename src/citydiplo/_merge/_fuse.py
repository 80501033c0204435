"""Fusing a cluster of reports into one record, and rewriting references to fused ids.

A cluster's members come finest first (see ``_cluster``). The fused record

- keeps every citation (identical ones once, in canonical order) and every field of
  cooperation, signatory, participant and implemented document;
- takes the date of its finest member, which every other member's date contains;
- takes a specific kind over a generic one, a stated place or number over a missing one;
- is ``planned`` only if every report says so (a report that it happened wins);
- for any other field, takes the finest member's value and records a :class:`Conflict`
  when members give different values (two titles, two venues, two statuses...).
"""

from __future__ import annotations

import functools
from typing import Any

import attrs

from citydiplo._merge._cluster import GENERIC_KINDS, bounds
from citydiplo._merge._result import Conflict, conflict_of, sorted_citations, value_key
from citydiplo._model import (
    Agreement,
    CountClaim,
    Document,
    Event,
    Membership,
    Partnership,
    Role,
)

__all__ = ["fuse_cluster", "referenced_ids", "rewrite_actors", "rewrite_references"]

_DATE_OF = {
    Partnership: "established",
    Agreement: "signed",
    Event: "date",
    Document: "date",
    CountClaim: "as_of",
    Membership: "joined",
}
_UNIONS = frozenset({"fields", "citations", "signatories", "participants", "implements"})
_FIRST_STATED = frozenset({"place", "document_number"})
_DATES = frozenset(
    {"established", "ended", "signed", "term", "date", "as_of", "joined", "left", "during"}
)


_CLASS_OF: dict[str, type[Any]] = {
    "partnership": Partnership,
    "agreement": Agreement,
    "event": Event,
    "document": Document,
    "claim": CountClaim,
    "membership": Membership,
}


@functools.cache
def _plan(kind: str) -> tuple[tuple[str, str], ...]:
    """How each field of a record type is fused (worked out once per type)."""
    cls = _CLASS_OF[kind]
    plan = []
    for attribute in attrs.fields(cls):
        name = attribute.name
        if name == "id":
            how = "id"
        elif name in _UNIONS:
            how = "union"
        elif name in ("planned", "kind") or name in _FIRST_STATED:
            how = name if name in ("planned", "kind") else "first"
        elif name in ("parties", "subject", "counted", "value", "member", "network"):
            how = "base"
        elif name == _DATE_OF[cls]:
            how = "date"
        else:
            how = "scalar"
        plan.append((name, how))
    return tuple(plan)


def fuse_cluster(
    new_id: str, members: list[Any], remap: dict[str, str]
) -> tuple[Any, list[Conflict]]:
    """One record from the reports of one occurrence, and their disagreements."""
    base = members[0]
    cls = type(base)
    values: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    for name, how in _plan(base.type):
        if how == "id":
            values[name] = new_id
        elif how == "union":
            values[name] = _union(name, members)
            if name == "implements":
                values[name] = [remap.get(i, i) for i in values[name]]
        elif how == "planned":
            values[name] = all(m.planned for m in members)
        elif how == "kind":
            values[name] = _kind(new_id, members, conflicts)
        elif how == "first":
            values[name] = next((v for m in members if (v := getattr(m, name)) is not None), None)
        elif how == "base" or (how == "date" and not _is_numbered_document(base)):
            # for the date: the finest, which every other member's date contains
            values[name] = getattr(base, name)
        else:
            values[name] = _scalar(new_id, name, members, remap, conflicts)
    return cls(**values), conflicts


def _is_numbered_document(record: Any) -> bool:
    return isinstance(record, Document) and record.number is not None


def _union(name: str, members: list[Any]) -> Any:
    if name == "citations":
        return sorted_citations(c for m in members for c in m.citations)
    if name == "fields":
        return frozenset().union(*(m.fields for m in members))
    if name == "participants":
        specific = {
            p.actor for m in members for p in m.participants if p.role is not Role.PARTICIPANT
        }
        # "participant" says less than "visitor" or "host": keep it only when nothing else
        return {
            (p.actor, p.role, p.office): p
            for m in members
            for p in m.participants
            if p.role is not Role.PARTICIPANT or p.actor not in specific
        }.values()
    if name == "signatories":
        return {s for m in members for s in m.signatories}
    return {i for m in members for i in m.implements}


def _kind(new_id: str, members: list[Any], conflicts: list[Conflict]) -> Any:
    specific = {m.kind for m in members} - GENERIC_KINDS
    if len(specific) > 1:  # only numbered documents: elsewhere kinds decide compatibility
        conflicts.append(conflict_of(new_id, "kind", members, lambda m: m.kind))
    return next((m.kind for m in members if m.kind in specific), members[0].kind)


def _scalar(
    new_id: str, name: str, members: list[Any], remap: dict[str, str], conflicts: list[Conflict]
) -> Any:
    if name not in _REFS:
        given = [getattr(m, name) for m in members]
        first = given[0]
        if all(v == first for v in given):  # the common case: all agree (often all None)
            return first

    def get(member: Any) -> Any:
        value = getattr(member, name)
        return remap.get(value, value) if isinstance(value, str) and name in _REFS else value

    stated = [(m, v) for m in members if (v := get(m)) is not None]
    if not stated:
        return None
    chosen = stated[0][1]
    distinct = {v for _, v in stated}
    if len(distinct) > 1:
        if name in _DATES:
            # dates disagree only when they cannot describe the same day; take the finest
            by_width = sorted(distinct, key=lambda d: (_width(d), value_key(d)))
            chosen = by_width[0]
            if all(d.is_compatible(chosen) for d in distinct):
                return chosen
        conflicts.append(conflict_of(new_id, name, members, get))
    return chosen


_REFS = frozenset({"partnership", "agreement", "document", "event"})
_REF_FIELDS = tuple(sorted(_REFS))


def _width(date: Any) -> int:
    lo, hi = bounds(date)
    return hi - lo


def rewrite_actors(record: Any, remap: dict[str, str]) -> Any:
    """The record with its actor references moved to fused actor ids.

    A rewrite that would break the record (a partnership whose two parties turned out to be
    one actor) is not made: the record keeps its original references.
    """
    get = remap.get
    changes: dict[str, Any] = {}
    if isinstance(record, Partnership | Agreement):
        parties = tuple(get(p, p) for p in record.parties)
        if parties != record.parties:
            if len(set(parties)) < len(parties):
                return record
            changes["parties"] = parties
    if isinstance(record, Agreement) and any(
        s.person in remap or s.on_behalf_of in remap for s in record.signatories
    ):
        changes["signatories"] = [
            attrs.evolve(
                s,
                person=None if s.person is None else get(s.person, s.person),
                on_behalf_of=get(s.on_behalf_of, s.on_behalf_of),
            )
            for s in record.signatories
        ]
    if isinstance(record, Agreement | Event) and record.place in remap:
        changes["place"] = remap[record.place]
    if isinstance(record, Event) and any(p.actor in remap for p in record.participants):
        changes["participants"] = [
            attrs.evolve(p, actor=get(p.actor, p.actor)) for p in record.participants
        ]
    if isinstance(record, Document) and record.issuer in remap:
        changes["issuer"] = remap[record.issuer]
    if isinstance(record, CountClaim) and record.subject in remap:
        changes["subject"] = remap[record.subject]
    if isinstance(record, CountClaim) and any(e in remap for e in record.excluding):
        changes["excluding"] = [get(e, e) for e in record.excluding]
    if isinstance(record, Membership) and (record.member in remap or record.network in remap):
        member, network = get(record.member, record.member), get(record.network, record.network)
        if member == network:  # the rewrite would break the record: keep it as it is
            return record
        changes["member"], changes["network"] = member, network
    return attrs.evolve(record, **changes) if changes else record


def referenced_ids(record: Any) -> list[str]:
    """The record ids a report refers to: the only keys fusion looks up in the record remap
    (here, in :func:`rewrite_references` and in :func:`fuse_cluster`)."""
    found = [v for name in _REF_FIELDS if (v := getattr(record, name, None)) is not None]
    if isinstance(record, Document):
        found.extend(record.implements)
    return found


def rewrite_references(record: Any, new_id: str, remap: dict[str, str]) -> Any:
    """A single report as an output record: new id, record references fused, citations sorted."""
    changes: dict[str, Any] = {}
    if new_id != record.id:
        changes["id"] = new_id
    if len(record.citations) > 1:
        citations = sorted_citations(record.citations)
        if citations != record.citations:
            changes["citations"] = citations
    if remap:
        for name in _REF_FIELDS:
            value = getattr(record, name, None)
            if name == "document" and not isinstance(record, Event):
                continue  # only Event.document is a reference
            if value is not None and value in remap:
                changes[name] = remap[value]
        if isinstance(record, Document) and any(i in remap for i in record.implements):
            changes["implements"] = [remap.get(i, i) for i in record.implements]
    return attrs.evolve(record, **changes) if changes else record
