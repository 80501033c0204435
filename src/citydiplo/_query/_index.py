"""QueryIndex: the lazily built indexes behind the query methods of :class:`Dataset`.

A dataset holds one ``QueryIndex`` (built on first query); each index inside it is built on
first use, once, so asking for partners never pays for the name index.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from citydiplo._errors import ArgumentTypeError, check_args
from citydiplo._model import (
    Actor,
    ActorBase,
    Agreement,
    Document,
    DocumentKind,
    Event,
    EventKind,
    Field,
    Partnership,
    PartnershipKind,
    PartnershipStatus,
)
from citydiplo._query._calendar import anniversaries, by_country
from citydiplo._query._filters import enum_arg, span_of, within
from citydiplo._query._lifecycle import Links
from citydiplo._query._names import NameIndex, is_kind
from citydiplo._query._search import SearchIndex
from citydiplo._query._types import (
    Anniversary,
    DateLike,
    Partner,
    as_date_value,
    bounds,
    number_key,
)
from citydiplo.dates import DateRange, PartialDate, dated

if TYPE_CHECKING:
    from citydiplo._dataset import Dataset

__all__ = ["ActorRef", "QueryIndex"]

ActorRef = str | ActorBase
"""An actor given by id, by :class:`Actor` or by name (resolved with ``resolve``)."""

_R = TypeVar("_R", Agreement, Event)
# statuses of a partnership that is not (yet) in force: listed only with include_proposed
_NOT_YET = (PartnershipStatus.PROPOSED, PartnershipStatus.AGREED)


class QueryIndex:
    """Indexes over one dataset; see :class:`citydiplo.Dataset` for the query methods."""

    def __init__(self, dataset: Dataset) -> None:
        self._ds = dataset

    # -- indexes ----------------------------------------------------------------------------

    @cached_property
    def _actors(self) -> dict[str, Actor]:
        return {a.id: a for a in reversed(self._ds.actors)}  # first wins, as Dataset does

    @cached_property
    def names(self) -> NameIndex:
        """The name index (``find``/``resolve``)."""
        return NameIndex(self._ds.actors)

    @cached_property
    def searcher(self) -> SearchIndex:
        """The search index (``search``)."""
        return SearchIndex(self._ds.actors)

    @cached_property
    def _partners(self) -> dict[str, list[Partner]]:
        actors = self._actors
        index: dict[str, list[Partner]] = {}
        for p in self._ds.partnerships:
            a, b = p.parties
            other_b, other_a = actors.get(b), actors.get(a)
            if other_b is not None:
                index.setdefault(a, []).append(Partner(other_b, p))
            if other_a is not None:
                index.setdefault(b, []).append(Partner(other_a, p))
        return index

    @cached_property
    def _in_force_partners(self) -> dict[str, list[Partner]]:
        """The partners index without partnerships only proposed or agreed."""
        index: dict[str, list[Partner]] = {}
        for actor, entries in self._partners.items():
            kept = [e for e in entries if e.partnership.status not in _NOT_YET]
            if kept:
                index[actor] = kept
        return index

    @cached_property
    def _spans(self) -> dict[int, tuple[datetime.date, datetime.date]]:
        """Each partnership's established..ended bounds, by ``id()`` of the partnership."""
        return {id(p): span_of(p.established, p.ended) for p in self._ds.partnerships}

    @cached_property
    def _agreements(self) -> dict[str, list[Agreement]]:
        index: dict[str, list[Agreement]] = {}
        for agreement in self._ds.agreements:
            for party in agreement.parties:
                index.setdefault(party, []).append(agreement)
        return index

    @cached_property
    def _events(self) -> dict[str, list[Event]]:
        index: dict[str, list[Event]] = {}
        for event in self._ds.events:
            for actor in event.actors:
                index.setdefault(actor, []).append(event)
        return index

    @cached_property
    def _linked(self) -> dict[str, list[Event | Agreement]]:
        """Events and agreements by the id of the partnership they name."""
        index: dict[str, list[Event | Agreement]] = {}
        records: list[Event | Agreement] = [*self._ds.events, *self._ds.agreements]
        for record in records:
            if record.partnership is not None:
                index.setdefault(record.partnership, []).append(record)
        return index

    # -- actors -----------------------------------------------------------------------------

    def actor_id(self, ref: ActorRef, what: str = "actor") -> str:
        """The id of an actor given by id, :class:`Actor` or name (an id always wins).

        Raises:
            TypeError: ``ref`` is neither text nor an actor.
            UnknownNameError, AmbiguousNameError: a name that designates no single actor.
        """
        if isinstance(ref, ActorBase):
            return ref.id
        if not isinstance(ref, str):
            raise ArgumentTypeError(
                f"{what} must be an actor id, a name or an Actor, not {type(ref).__name__}: "
                f"{ref!r:.80}"
            )
        if ref not in self._actors and ref in self._referenced:
            return ref  # an id that records use, though the dataset has no actor record for it
        return self.resolve(ref).id

    @cached_property
    def _referenced(self) -> frozenset[str]:
        """Ids that records name as principal actors."""
        ds = self._ds
        records: list[Any] = [*ds.partnerships, *ds.agreements, *ds.events, *ds.documents]
        return frozenset(a for r in records for a in r.actors)

    def find(
        self, name: str, *, lang: str | None = None, kind: str | type | None = None
    ) -> list[Actor]:
        check_args("find", name=(name, str), lang=(lang, (str, type(None))))
        return self.names.find(name, lang=lang, kind=kind)

    def resolve(
        self,
        name: str,
        *,
        lang: str | None = None,
        kind: str | type | None = None,
        country: str | None = None,
    ) -> Actor:
        check_args(
            "resolve",
            name=(name, str),
            lang=(lang, (str, type(None))),
            kind=(kind, (str, type, type(None))),
            country=(country, (str, type(None))),
        )
        code = None if country is None else _country_code(country)
        by_id = self._actors.get(name)
        if (
            by_id is not None
            and (code is None or by_id.country == code)
            and (kind is None or is_kind(by_id, kind))
        ):
            return by_id  # an id always wins over a name
        return self.names.resolve(name, lang=lang, kind=kind, country=code)

    # -- queries ----------------------------------------------------------------------------

    def partners(
        self,
        actor: ActorRef,
        *,
        at: DateLike | None = None,
        kind: PartnershipKind | str | None = None,
        status: PartnershipStatus | str | None = None,
        include_proposed: bool = False,
    ) -> list[Partner]:
        check_args("partners", at=(at, (str, PartialDate, DateRange, datetime.date, type(None))))
        kind_ = enum_arg(PartnershipKind, kind, "kind")
        status_ = enum_arg(PartnershipStatus, status, "status")
        every = include_proposed or status_ in _NOT_YET
        index = self._partners if every else self._in_force_partners
        entries: list[Partner] = index.get(self.actor_id(actor), [])
        if at is not None:
            when = as_date_value(at, "at")
            lo, hi = bounds(when)
            spans, steps = self._spans, self._steps
            entries = [
                e
                for e in entries
                if spans[id(e.partnership)][0] <= hi
                and lo <= spans[id(e.partnership)][1]
                and (e.partnership.id not in steps or self._in_force(e.partnership, when, every))
            ]
        if kind_ is None and status_ is None:
            return list(entries)
        return [
            e
            for e in entries
            if (kind_ is None or e.partnership.kind is kind_)
            and (status_ is None or e.partnership.status is status_)
        ]

    def _in_force(self, p: Partnership, when: PartialDate | DateRange, proposed: bool) -> bool:
        """Whether the status history lets ``p`` be in force at ``when`` (no evidence: yes)."""
        from citydiplo._query._lifecycle import status_at

        status = status_at(self._ds, p, when)
        if status in _NOT_YET:
            return proposed
        return status not in (PartnershipStatus.ENDED, PartnershipStatus.SUSPENDED)

    @cached_property
    def links(self) -> Links:
        """Reported events and agreements by the record they name (lifecycle steps)."""
        return Links(self._ds)

    @cached_property
    def _steps(self) -> frozenset[str]:
        """Ids of the partnerships that some agreement or event names (may have steps)."""
        linked = {a.partnership for a in self._ds.agreements}
        linked.update(e.partnership for e in self._ds.events)
        return frozenset(i for i in linked if i is not None)

    @cached_property
    def _position(self) -> dict[int, int]:
        """Position of each agreement and event in its collection, by ``id()``."""
        position = {id(a): i for i, a in enumerate(self._ds.agreements)}
        position.update((id(e), i) for i, e in enumerate(self._ds.events))
        return position

    def _in_order(self, lists: list[list[_R]]) -> list[_R]:
        """The records of several index lists once each, in dataset order (one list as is)."""
        if len(lists) == 1:
            return lists[0]
        unique = {id(r): r for records in lists for r in records}
        position = self._position
        return sorted(unique.values(), key=lambda r: position[id(r)])

    @cached_property
    def organs(self) -> dict[str, list[str]]:
        """Actor id -> ids of its organs (see :data:`citydiplo._query._links.ORGAN_KINDS`)."""
        from citydiplo._query._links import organs

        return organs(self._ds.actors)

    def group(self, ref: ActorRef, include_organs: bool) -> set[str]:
        """The actor's id, with its organs' ids when ``include_organs``."""
        actor = self.actor_id(ref)
        return {actor, *self.organs.get(actor, ())} if include_organs else {actor}

    def agreements(
        self,
        *,
        party: ActorRef | None = None,
        between: Iterable[ActorRef] | None = None,
        field: Field | str | None = None,
        signed: DateLike | None = None,
        planned: bool | None = None,
        include_organs: bool = False,
    ) -> list[Agreement]:
        if isinstance(between, str | ActorBase):
            raise ArgumentTypeError(
                f"between must be a list of actors (ids, names or Actors), not one: {between!r:.80}"
            )
        groups = [self.group(a, include_organs) for a in (between or ())]
        if party is not None:
            groups.append(self.group(party, include_organs))
        if groups:
            first = min(groups, key=lambda g: sum(len(self._agreements.get(a, ())) for a in g))
            candidates = self._in_order([self._agreements.get(a, []) for a in sorted(first)])
            found: Iterable[Agreement] = [
                a for a in candidates if all(not g.isdisjoint(a.parties) for g in groups)
            ]
        else:
            found = self._ds.agreements
        field_ = enum_arg(Field, field, "field")
        if field_ is not None:
            found = [a for a in found if field_ in a.fields]
        if planned is not None:
            found = [a for a in found if a.planned is planned]
        return within(found, signed, "signed")

    def events(
        self,
        *,
        actor: ActorRef | None = None,
        during: DateLike | None = None,
        kind: EventKind | str | None = None,
        planned: bool | None = None,
        include_organs: bool = False,
    ) -> list[Event]:
        if actor is None:
            found: Iterable[Event] = self._ds.events
        else:
            group = self.group(actor, include_organs)
            found = self._in_order([self._events.get(a, []) for a in sorted(group)])
        kind_ = enum_arg(EventKind, kind, "kind")
        if kind_ is not None:
            found = [e for e in found if e.kind is kind_]
        if planned is not None:
            found = [e for e in found if e.planned is planned]
        return within(found, during)

    def documents(
        self,
        *,
        issuer: ActorRef | None = None,
        number: str | None = None,
        kind: DocumentKind | str | None = None,
        during: DateLike | None = None,
        planned: bool | None = None,
        include_organs: bool = False,
    ) -> list[Document]:
        found: Iterable[Document] = self._ds.documents
        if planned is not None:
            found = [d for d in found if d.planned is planned]
        if issuer is not None:
            issuers = self.group(issuer, include_organs)
            found = [d for d in found if d.issuer in issuers]
        if number is not None:
            key = number_key(number)
            found = [d for d in found if d.number is not None and number_key(d.number) == key]
        kind_ = enum_arg(DocumentKind, kind, "kind")
        if kind_ is not None:
            found = [d for d in found if d.kind is kind_]
        return within(found, during)

    def by_country(self) -> dict[str, int]:
        return by_country(self._ds)

    def anniversaries(self, year: int, *, every: int = 5) -> list[Anniversary]:
        return anniversaries(self._ds, year, every=every)

    def dormant(self, since: DateLike) -> list[Partnership]:
        start = as_date_value(since, "since").earliest()
        found = []
        for p in self._ds.partnerships:
            ended, established = dated(p.ended), dated(p.established)
            if p.status is PartnershipStatus.ENDED or (
                ended is not None and ended.latest() < start
            ):
                continue
            if established is not None and established.latest() >= start:
                continue
            if not self._active_since(p, start):
                found.append(p)
        return found

    def _active_since(self, p: Partnership, start: datetime.date) -> bool:
        a, b = p.parties
        records: list[Event | Agreement] = [
            *(e for e in self._events.get(a, ()) if b in e.actors),
            *(g for g in self._agreements.get(a, ()) if b in g.parties),
            *self._linked.get(p.id, ()),
        ]
        return any((d := dated(r.date)) is not None and d.latest() >= start for r in records)


def _country_code(country: str) -> str:
    """An ISO 3166-1 alpha-2 code from a code or a country name."""
    from citydiplo._query._countries import country_code

    return country_code(country)
