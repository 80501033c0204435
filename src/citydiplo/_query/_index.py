"""QueryIndex: the lazily built indexes behind the query methods of :class:`Dataset`.

A dataset holds one ``QueryIndex`` (built on first query); each index inside it is built on
first use, once, so asking for partners never pays for the name index.
"""

from __future__ import annotations

import datetime
import enum
from collections import Counter
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

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
from citydiplo._model._checks import to_enum
from citydiplo._query._names import NameIndex
from citydiplo._query._types import (
    Anniversary,
    DateLike,
    Partner,
    as_date_value,
    bounds,
)
from citydiplo.dates import DateRange, PartialDate, RecordDate, dated

if TYPE_CHECKING:
    from citydiplo._dataset import Dataset

__all__ = ["ActorRef", "QueryIndex"]

ActorRef = str | ActorBase
"""An actor given by id, by :class:`Actor` or by name (resolved with ``resolve``)."""

_E = TypeVar("_E", bound=enum.Enum)
_MIN, _MAX = datetime.date.min, datetime.date.max
UNKNOWN_COUNTRY = "??"


def _enum(cls: type[_E], value: _E | str | None, name: str) -> _E | None:
    return None if value is None else to_enum(cls, value, name)


def _span(
    record_start: RecordDate | None, record_end: RecordDate | None
) -> tuple[datetime.date, datetime.date]:
    start, end = dated(record_start), dated(record_end)  # year-less: as unknown
    return (
        _MIN if start is None else start.earliest(),
        _MAX if end is None else end.latest(),
    )


def _during(records: Iterable[Any], during: DateLike | None) -> list[Any]:
    """Records whose ``date`` may fall within ``during`` (undated ones are left out)."""
    if during is None:
        return list(records)
    lo, hi = bounds(as_date_value(during, "during"))
    return [
        r
        for r in records
        if (date := dated(r.date)) is not None and date.earliest() <= hi and lo <= date.latest()
    ]


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
    def _spans(self) -> dict[int, tuple[datetime.date, datetime.date]]:
        """Each partnership's established..ended bounds, by ``id()`` of the partnership."""
        return {id(p): _span(p.established, p.ended) for p in self._ds.partnerships}

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

    def actor_id(self, ref: ActorRef) -> str:
        """The id of an actor given by id, :class:`Actor` or name."""
        if isinstance(ref, ActorBase):
            return ref.id
        if ref in self._actors:
            return ref
        return self.names.resolve(ref).id

    def find(
        self, name: str, *, lang: str | None = None, kind: str | type | None = None
    ) -> list[Actor]:
        return self.names.find(name, lang=lang, kind=kind)

    def resolve(
        self,
        name: str,
        *,
        lang: str | None = None,
        kind: str | type | None = None,
        country: str | None = None,
    ) -> Actor:
        code = None if country is None else _country_code(country)
        return self.names.resolve(name, lang=lang, kind=kind, country=code)

    # -- queries ----------------------------------------------------------------------------

    def partners(
        self,
        actor: ActorRef,
        *,
        at: DateLike | None = None,
        kind: PartnershipKind | str | None = None,
        status: PartnershipStatus | str | None = None,
    ) -> list[Partner]:
        entries: list[Partner] = self._partners.get(self.actor_id(actor), [])
        kind_ = _enum(PartnershipKind, kind, "kind")
        status_ = _enum(PartnershipStatus, status, "status")
        if at is not None:
            lo, hi = bounds(as_date_value(at, "at"))
            spans = self._spans
            entries = [
                e
                for e in entries
                if spans[id(e.partnership)][0] <= hi and lo <= spans[id(e.partnership)][1]
            ]
        if kind_ is None and status_ is None:
            return list(entries)
        return [
            e
            for e in entries
            if (kind_ is None or e.partnership.kind is kind_)
            and (status_ is None or e.partnership.status is status_)
        ]

    def agreements(
        self,
        *,
        party: ActorRef | None = None,
        between: Iterable[ActorRef] | None = None,
        field: Field | str | None = None,
        signed: DateLike | None = None,
    ) -> list[Agreement]:
        wanted = {self.actor_id(a) for a in (between or ())}
        if party is not None:
            wanted.add(self.actor_id(party))
        if wanted:
            first = min(wanted, key=lambda a: len(self._agreements.get(a, ())))
            found: Iterable[Agreement] = self._agreements.get(first, ())
            found = [a for a in found if wanted.issubset(a.parties)]
        else:
            found = self._ds.agreements
        field_ = _enum(Field, field, "field")
        if field_ is not None:
            found = [a for a in found if field_ in a.fields]
        return _during(found, signed)

    def events(
        self,
        *,
        actor: ActorRef | None = None,
        during: DateLike | None = None,
        kind: EventKind | str | None = None,
    ) -> list[Event]:
        found: Iterable[Event] = (
            self._ds.events if actor is None else self._events.get(self.actor_id(actor), ())
        )
        kind_ = _enum(EventKind, kind, "kind")
        if kind_ is not None:
            found = [e for e in found if e.kind is kind_]
        return _during(found, during)

    def documents(
        self,
        *,
        issuer: ActorRef | None = None,
        number: str | None = None,
        kind: DocumentKind | str | None = None,
        during: DateLike | None = None,
    ) -> list[Document]:
        found: Iterable[Document] = self._ds.documents
        if issuer is not None:
            issuer_id = self.actor_id(issuer)
            found = [d for d in found if d.issuer == issuer_id]
        if number is not None:
            key = _number_key(number)
            found = [d for d in found if d.number is not None and _number_key(d.number) == key]
        kind_ = _enum(DocumentKind, kind, "kind")
        if kind_ is not None:
            found = [d for d in found if d.kind is kind_]
        return _during(found, during)

    def by_country(self) -> dict[str, int]:
        countries = {a.id: a.country for a in self._ds.actors}
        counts: Counter[str] = Counter()
        for p in self._ds.partnerships:
            codes = {countries.get(party) or UNKNOWN_COUNTRY for party in p.parties}
            counts.update(codes)
        return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    def anniversaries(self, year: int, *, every: int = 5) -> list[Anniversary]:
        if not isinstance(every, int) or every < 1:
            raise ValueError(f"every={every!r} is not a positive number of years")
        new_year = datetime.date(year, 1, 1)
        found: list[Anniversary] = []
        records: list[Partnership | Agreement] = [*self._ds.partnerships, *self._ds.agreements]
        for record in records:
            start = dated(record.established if isinstance(record, Partnership) else record.signed)
            if isinstance(start, DateRange):
                start = start.start if isinstance(start.start, PartialDate) else None
            if start is None:
                continue
            years = year - start.year
            if years <= 0 or years % every:
                continue
            ended = dated(record.ended) if isinstance(record, Partnership) else None
            if ended is not None and ended.latest() < new_year:
                continue
            found.append(Anniversary(record=record, years=years, date=_same_day(start, year)))
        found.sort(key=lambda a: (a.date.sort_key(), a.record.id))
        return found

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


def _same_day(start: PartialDate, year: int) -> PartialDate:
    """``start`` moved to ``year`` at the same precision (29 February becomes February)."""
    day = start.day
    if day == 29 and start.month == 2 and not _leap(year):
        day = None
    return PartialDate(
        year=year,
        month=start.month,
        day=day,
        group=start.group,
        approximate=start.approximate,
        uncertain=start.uncertain,
    )


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _number_key(number: str) -> str:
    """Document numbers compared without case, spaces or script of digits."""
    digits = "".join(str(int(c)) if c.isdecimal() else c for c in number)
    return "".join(digits.casefold().split())


def _country_code(country: str) -> str:
    """An ISO 3166-1 alpha-2 code from a code or a country name."""
    from citydiplo._query._countries import country_code

    return country_code(country)
