"""Fusing a cluster of reports into one record, and rewriting references to fused ids.

A cluster's members come finest first (see ``_cluster``). The fused record

- keeps every citation (identical ones once, in canonical order) and every field of
  cooperation, signatory, participant and implemented document;
- takes the date of its finest member, which every other member's date contains, or the
  days that year-less reports and the finest dated one all allow (``_fuse_date``);
- takes a specific kind over a generic one, a stated place or number over a missing one;
- is ``planned`` only if every report says so (a report that it happened wins);
- for any other field, takes the finest member's value and records a :class:`Conflict`
  when members give different values (two titles, two venues, two statuses...).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from itertools import pairwise
from typing import Any

import attrs

from citydiplo._merge._actors import ActorRefs
from citydiplo._merge._cluster import GENERIC_KINDS, bounds
from citydiplo._merge._fuse_date import fuse_date
from citydiplo._merge._ids import RecordRefs
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


def fuse_cluster(new_id: str, members: list[Any], refs: RecordRefs) -> tuple[Any, list[Conflict]]:
    """One record from the reports of one occurrence, and their disagreements."""
    base = members[0]
    cls = type(base)
    values: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    for name, how in _plan(base.type):
        if how == "id":
            values[name] = new_id
        elif how == "union":
            values[name] = _union(new_id, name, members, refs, conflicts)
        elif how == "planned":
            values[name] = all(m.planned for m in members)
        elif how == "kind":
            values[name] = _kind(new_id, members, conflicts)
        elif how == "first":
            values[name] = next((v for m in members if (v := getattr(m, name)) is not None), None)
        elif how == "base":
            values[name] = getattr(base, name)
        elif how == "date" and not _is_numbered_document(base):
            # the finest, which every other member's date contains
            values[name] = base_date = getattr(base, name)
            if base_date is not None and len(members) > 1:
                fuse_date(new_id, name, members, base_date, values, conflicts)
        else:
            values[name] = _scalar(new_id, name, members, refs, conflicts)
    return cls(**values), conflicts


def _is_numbered_document(record: Any) -> bool:
    return isinstance(record, Document) and record.number is not None


def _union(
    new_id: str, name: str, members: list[Any], refs: RecordRefs, conflicts: list[Conflict]
) -> Any:
    if name == "citations":
        return sorted_citations(c for m in members for c in m.citations)
    if name == "fields":
        return frozenset().union(*(m.fields for m in members))
    if name == "participants":
        return _participants(new_id, members, conflicts)
    if name == "signatories":
        if _signatories_disagree(members):
            conflicts.append(
                conflict_of(new_id, "signatories", members, lambda m: m.signatories or None)
            )
        return {s for m in members for s in m.signatories}
    if refs:
        found = {
            refs.of("document", i, m, new_id) if ("document", i) in refs else i
            for m in members
            for i in m.implements
        }
        found.discard(None)
        return found
    return {i for m in members for i in m.implements}


def _participants(new_id: str, members: list[Any], conflicts: list[Conflict]) -> list[Any]:
    """The union of the reports' participants, one actor's roles as its reports agree.

    "participant" says less than "visitor" or "host": it is kept only when no report gives
    the actor another role. A report whose roles for an actor are all among another
    report's (delegate; delegate and speaker) says less, not otherwise: the actor gets the
    union. Reports that give one actor roles that do not nest (a delegate here, a speaker
    there) disagree on a fact: the fused event keeps the roles of the finest report
    that names the actor, and a ``Conflict`` on ``participants`` lists each report's entries
    for that actor. Reports that agree on the roles add every office they name.
    """
    specific = {p.actor for m in members for p in m.participants if p.role is not Role.PARTICIPANT}
    union = {
        (p.actor, p.role, p.office): p
        for m in members
        for p in m.participants
        if p.role is not Role.PARTICIPANT or p.actor not in specific
    }
    if len({key[:2] for key in union}) == len({key[0] for key in union}):
        return list(union.values())  # one role per actor: nothing to disagree on
    told: dict[str, list[tuple[tuple[Any, ...], Any]]] = defaultdict(list)
    for member in members:
        mine: dict[str, list[Any]] = defaultdict(list)
        for p in member.participants:
            if p.role is not Role.PARTICIPANT or p.actor not in specific:
                mine[p.actor].append(p)
        for actor, entries in mine.items():
            told[actor].append((tuple(entries), member))
    kept: list[Any] = []
    for actor in sorted(told):
        given = told[actor]
        roles = [frozenset(p.role for p in entries) for entries, _ in given]
        nested = sorted(set(roles), key=len)
        if all(a <= b for a, b in pairwise(nested)):
            # each report's roles inside another's: it says less, not otherwise
            kept.extend(p for key, p in union.items() if key[0] == actor)
            continue
        chosen = roles[0]  # members come finest first
        kept.extend(
            p for (entries, _), r in zip(given, roles, strict=True) if r == chosen for p in entries
        )
        if any(r != chosen for r in roles):
            said = {id(member): entries for entries, member in given}.__getitem__
            conflicts.append(
                conflict_of(
                    new_id, "participants", [m for _, m in given], lambda m, said=said: said(id(m))
                )
            )
    return kept


def _signatories_disagree(members: list[Any]) -> bool:
    """Whether two reports name different signers for one party, or one signer for two."""
    stated = [m.signatories for m in members if m.signatories]
    if len(stated) < 2 or all(s == stated[0] for s in stated):
        return False
    for_party: dict[str, frozenset[str]] = {}
    of_person: dict[str, frozenset[str]] = {}
    for signatories in stated:
        persons: dict[str, set[str]] = defaultdict(set)
        parties: dict[str, set[str]] = defaultdict(set)
        for s in signatories:
            persons[s.on_behalf_of].add(s.person)
            parties[s.person].add(s.on_behalf_of)
        for mine, seen in ((persons, for_party), (parties, of_person)):
            for key, values in mine.items():
                earlier = seen.setdefault(key, frozenset(values))
                if earlier != values:
                    return True
    return False


def _kind(new_id: str, members: list[Any], conflicts: list[Conflict]) -> Any:
    # partnerships of one moment, agreements of one date, open events of one family and
    # numbered documents may give several specific kinds; elsewhere kinds split clusters
    specific = {m.kind for m in members} - GENERIC_KINDS
    if len(specific) > 1:
        conflicts.append(conflict_of(new_id, "kind", members, lambda m: m.kind))
    return next((m.kind for m in members if m.kind in specific), members[0].kind)


def _scalar(
    new_id: str, name: str, members: list[Any], refs: RecordRefs, conflicts: list[Conflict]
) -> Any:
    if name not in _REFS or not refs:
        given = [getattr(m, name) for m in members]
        first = given[0]
        if all(v == first for v in given):  # the common case: all agree (often all None)
            return first

    def get(member: Any) -> Any:
        value = getattr(member, name)
        if value is not None and name in _REFS and (name, value) in refs:
            return refs.of(name, value, member, new_id)
        return value

    stated = [(m, v) for m in members if (v := get(m)) is not None]
    if not stated:
        return None
    chosen = stated[0][1]
    distinct = {v for _, v in stated}
    if len(distinct) > 1:
        if name in _DATES:
            # dates disagree only when they cannot describe the same day; take the finest
            # (an exact date before a qualified one of the same interval)
            by_width = sorted(distinct, key=lambda d: (_width(d), _qualified(d), value_key(d)))
            chosen = by_width[0]
            if all(d.is_compatible(chosen) for d in distinct) and not any(
                d != chosen and bounds(d) == bounds(chosen) for d in distinct
            ):
                return chosen
        conflicts.append(conflict_of(new_id, name, members, get))
    return chosen


_REFS = frozenset({"partnership", "agreement", "document", "event"})
_REF_FIELDS = tuple(sorted(_REFS))


def _width(date: Any) -> int:
    lo, hi = bounds(date)
    return hi - lo


def _qualified(date: Any) -> int:
    """0 for an exact date, more for an approximate or uncertain one (ranges count as 0)."""
    return int(getattr(date, "approximate", False)) + int(getattr(date, "uncertain", False))


def rewrite_actors(record: Any, refs: ActorRefs) -> Any:
    """The record with its actor references moved to the fused actors' ids.

    Returns ``None`` when the record cannot stand: a partnership or agreement whose parties
    turned out to be fewer than two actors (the caller reports it).
    """
    of = refs.of
    changes: dict[str, Any] = {}
    if isinstance(record, Partnership | Agreement):
        parties = tuple(dict.fromkeys(of(p) for p in record.parties))
        if len(parties) < 2:
            return None
        if parties != record.parties:
            changes["parties"] = parties
    if isinstance(record, Agreement) and any(
        s.person in refs or s.on_behalf_of in refs for s in record.signatories
    ):
        changes["signatories"] = [
            attrs.evolve(
                s,
                person=None if s.person is None else of(s.person, "person"),
                on_behalf_of=of(s.on_behalf_of),
            )
            for s in record.signatories
        ]
    if isinstance(record, Agreement | Event) and record.place is not None and record.place in refs:
        changes["place"] = of(record.place, "place")
    if isinstance(record, Event) and any(p.actor in refs for p in record.participants):
        changes["participants"] = [attrs.evolve(p, actor=of(p.actor)) for p in record.participants]
    if isinstance(record, Document) and record.issuer is not None and record.issuer in refs:
        changes["issuer"] = of(record.issuer)
    if isinstance(record, CountClaim) and record.subject in refs:
        changes["subject"] = of(record.subject)
    if isinstance(record, CountClaim) and any(e in refs for e in record.excluding):
        changes["excluding"] = [of(e) for e in record.excluding]
    if isinstance(record, Membership) and (record.member in refs or record.network in refs):
        member, network = of(record.member), of(record.network)
        if member == network:  # a member of itself: the record cannot stand
            return None
        changes["member"], changes["network"] = member, network
    return attrs.evolve(record, **changes) if changes else record


def referenced_ids(record: Any) -> list[str]:
    """The record ids a report refers to: the only ids fusion looks up in the record refs
    (here, in :func:`rewrite_references` and in :func:`fuse_cluster`)."""
    found = [v for name in sorted(_REFS) if (v := getattr(record, name, None)) is not None]
    if isinstance(record, Document):
        found.extend(record.implements)
    return found


def rewrite_references(record: Any, new_id: str, refs: RecordRefs) -> Any:
    """A single report as an output record: new id, record references fused, citations sorted."""
    changes: dict[str, Any] = {}
    if new_id != record.id:
        changes["id"] = new_id
    if len(record.citations) > 1:
        citations = sorted_citations(record.citations)
        if citations != record.citations:
            changes["citations"] = citations
    if refs:
        for name in _REF_FIELDS:
            value = getattr(record, name, None)
            if name == "document" and not isinstance(record, Event):
                continue  # only Event.document is a reference
            if value is not None and (name, value) in refs:
                changes[name] = refs.of(name, value, record, new_id)
        if isinstance(record, Document) and any(("document", i) in refs for i in record.implements):
            implements = (refs.of("document", i, record, new_id) for i in record.implements)
            changes["implements"] = [i for i in implements if i is not None]
    return attrs.evolve(record, **changes) if changes else record
