"""Dataset: an immutable collection of actors, sources and records."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, overload

import attrs
from attrs import field, frozen

from citydiplo._errors import CitydiploError
from citydiplo._model import (
    Actor,
    Agreement,
    City,
    CountClaim,
    Country,
    Document,
    Event,
    Organization,
    Partnership,
    Person,
    Region,
    Source,
)
from citydiplo._views import Agreements, Documents, Events

if TYPE_CHECKING:
    from citydiplo._merge import Timeline
    from citydiplo._model import DocumentKind, EventKind, Field, PartnershipKind, PartnershipStatus
    from citydiplo._query import ActorRef, Anniversary, DateLike, Partner, QueryIndex

__all__ = ["Dataset", "Record", "UnknownIdError"]

Record: TypeAlias = (
    City
    | Region
    | Country
    | Organization
    | Person
    | Source
    | Partnership
    | Agreement
    | Event
    | Document
    | CountClaim
)
_T = TypeVar("_T")

_COLLECTION_OF: dict[type[Any], str] = {
    City: "actors",
    Region: "actors",
    Country: "actors",
    Organization: "actors",
    Person: "actors",
    Source: "sources",
    Partnership: "partnerships",
    Agreement: "agreements",
    Event: "events",
    Document: "documents",
    CountClaim: "claims",
}
COLLECTIONS = ("actors", "sources", "partnerships", "agreements", "events", "documents", "claims")


def _actors(value: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(value)


def _sources(value: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(value)


def _partnerships(value: Iterable[Partnership]) -> tuple[Partnership, ...]:
    return tuple(value)


def _agreements(value: Iterable[Agreement]) -> Agreements:
    return Agreements(value)


def _events(value: Iterable[Event]) -> Events:
    return Events(value)


def _documents(value: Iterable[Document]) -> Documents:
    return Documents(value)


def _claims(value: Iterable[CountClaim]) -> tuple[CountClaim, ...]:
    return tuple(value)


def _restore(collections: dict[str, tuple[Any, ...]]) -> Dataset:
    return Dataset(**collections)


class UnknownIdError(CitydiploError, KeyError):
    """No record of a dataset has the id asked for."""

    def __init__(self, id: str) -> None:
        self.id = id
        super().__init__(id)

    def __str__(self) -> str:
        return f"no record with id {self.id!r} in this dataset"


@frozen(kw_only=True)
class Dataset:
    """An immutable collection of actors, sources, partnerships, agreements, events,
    documents and count claims.

    Records keep the order they were given in. Lookups by id and the query indexes are
    built lazily, once, on first use. Build one with keyword arguments or from any mix of
    records with :meth:`of`.

    >>> from citydiplo import City, Partnership
    >>> ds = Dataset.of([City(id="a", name="A"), City(id="b", name="B"),
    ...                  Partnership(id="p", parties=("a", "b"), kind="sister")])
    >>> len(ds), ds["p"].kind.value, ds.counts()["actors"]
    (3, 'sister', 2)
    """

    actors: tuple[Actor, ...] = field(factory=tuple, converter=_actors)
    sources: tuple[Source, ...] = field(factory=tuple, converter=_sources)
    partnerships: tuple[Partnership, ...] = field(factory=tuple, converter=_partnerships)
    agreements: Agreements = field(factory=Agreements, converter=_agreements)
    events: Events = field(factory=Events, converter=_events)
    documents: Documents = field(factory=Documents, converter=_documents)
    claims: tuple[CountClaim, ...] = field(factory=tuple, converter=_claims)

    def __attrs_post_init__(self) -> None:
        # ds.agreements is a tuple that ds.agreements(party=...) queries
        self.agreements.bind(self)
        self.events.bind(self)
        self.documents.bind(self)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle and copy through the constructor, so collections are bound again."""
        return (_restore, ({name: tuple(getattr(self, name)) for name in COLLECTIONS},))

    @classmethod
    def of(cls, records: Iterable[Record]) -> Dataset:
        """Sort any mix of records into a dataset, keeping their order within each kind."""
        buckets: dict[str, list[Record]] = {name: [] for name in COLLECTIONS}
        for record in records:
            try:
                buckets[_COLLECTION_OF[type(record)]].append(record)
            except KeyError:
                raise TypeError(f"{record!r} is not a citydiplo record") from None
        return cls(**buckets)  # type: ignore[arg-type]

    # -- iteration and counts -------------------------------------------------------------

    def __iter__(self) -> Iterator[Record]:
        """Every record: actors, sources, then partnerships, agreements, events, documents."""
        for name in COLLECTIONS:
            yield from getattr(self, name)

    def __len__(self) -> int:
        return sum(len(getattr(self, name)) for name in COLLECTIONS)

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in COLLECTIONS)

    def counts(self) -> dict[str, int]:
        """Number of records of each kind, including empty kinds."""
        return {name: len(getattr(self, name)) for name in COLLECTIONS}

    def count_by_type(self) -> Counter[str]:
        """Number of records by their file tag (``city``, ``event``...)."""
        return Counter(record.type for record in self)

    # -- lookup by id ---------------------------------------------------------------------

    @cached_property
    def _by_id(self) -> dict[str, Record]:
        index: dict[str, Record] = {}
        for record in self:
            index.setdefault(record.id, record)  # first wins; validate() reports duplicates
        return index

    def __contains__(self, id: object) -> bool:
        return id in self._by_id

    def __getitem__(self, id: str) -> Record:
        try:
            return self._by_id[id]
        except KeyError:
            raise UnknownIdError(id) from None

    @overload
    def get(self, id: str) -> Record | None: ...
    @overload
    def get(self, id: str, default: _T) -> Record | _T: ...
    def get(self, id: str, default: object = None) -> object:
        """The record with this id, or ``default``."""
        return self._by_id.get(id, default)

    def actor(self, id: str) -> Actor:
        """The actor with this id; raises :class:`UnknownIdError` if there is none."""
        record = self.get(id)
        if record is None or _COLLECTION_OF[type(record)] != "actors":
            raise UnknownIdError(id)
        return record  # type: ignore[return-value]

    def source(self, id: str) -> Source:
        """The source with this id; raises :class:`UnknownIdError` if there is none."""
        record = self.get(id)
        if not isinstance(record, Source):
            raise UnknownIdError(id)
        return record

    # -- queries (citydiplo._query), exports (citydiplo._export), notebooks ----------------

    @cached_property
    def _query(self) -> QueryIndex:
        from citydiplo._query import QueryIndex

        return QueryIndex(self)

    def partners(
        self,
        actor: ActorRef,
        *,
        at: DateLike | None = None,
        kind: PartnershipKind | str | None = None,
        status: PartnershipStatus | str | None = None,
    ) -> list[Partner]:
        """Partners of an actor (by id, :class:`Actor` or name), with the partnership to each.

        ``at`` keeps partnerships whose established..ended interval may include that date
        (unknown ends are open); ``kind`` and ``status`` filter on the partnership (a
        partnership of unknown status never matches a ``status``). Partners that are no
        actor of the dataset are left out (``validate`` reports them).
        """
        return self._query.partners(actor, at=at, kind=kind, status=status)

    def agreements_where(
        self,
        *,
        party: ActorRef | None = None,
        between: Iterable[ActorRef] | None = None,
        field: Field | str | None = None,
        signed: DateLike | None = None,
    ) -> list[Agreement]:
        """Agreements with ``party`` among their parties, binding every actor of ``between``,
        in a field of cooperation, signed at a date that may fall within ``signed``."""
        return self._query.agreements(party=party, between=between, field=field, signed=signed)

    def events_where(
        self,
        *,
        actor: ActorRef | None = None,
        during: DateLike | None = None,
        kind: EventKind | str | None = None,
    ) -> list[Event]:
        """Events an actor takes part in, of a kind, dated so they may fall within ``during``."""
        return self._query.events(actor=actor, during=during, kind=kind)

    def documents_where(
        self,
        *,
        issuer: ActorRef | None = None,
        number: str | None = None,
        kind: DocumentKind | str | None = None,
        during: DateLike | None = None,
    ) -> list[Document]:
        """Documents by issuer, official number (case, spaces and digit script ignored),
        kind and date."""
        return self._query.documents(issuer=issuer, number=number, kind=kind, during=during)

    def find(
        self, name: str, *, lang: str | None = None, kind: str | type | None = None
    ) -> list[Actor]:
        """Actors one of whose names, in any language or script, matches ``name``.

        Case, accents, spaces and generic words ("City", "시", "市") are ignored, so "Hanam"
        finds both Hanam (KR) and the province of Hà Nam (VN). ``lang`` restricts to labels
        in that language (the canonical name counts as English); ``kind`` is a type tag
        (``"city"``) or an actor class.
        """
        return self._query.find(name, lang=lang, kind=kind)

    def resolve(
        self,
        name: str,
        *,
        lang: str | None = None,
        kind: str | type | None = None,
        country: str | None = None,
    ) -> Actor:
        """The one actor ``name`` designates (``country``: ISO code or name).

        Raises:
            AmbiguousNameError: several match; ``candidates`` gives their ids, countries and
                subdivisions.
            UnknownNameError: none does; ``suggestions`` holds close names.
        """
        return self._query.resolve(name, lang=lang, kind=kind, country=country)

    def by_country(self) -> dict[str, int]:
        """Partnerships per country: each partnership counts once for each distinct country
        of its parties (a domestic one once); ``"??"`` collects parties of unknown country.
        Sorted by count, largest first."""
        return self._query.by_country()

    def anniversaries(self, year: int, *, every: int = 5) -> list[Anniversary]:
        """Partnerships established and agreements signed a round number of years before
        ``year``: a positive multiple of ``every`` (5th, 10th, 15th...), sorted by date.
        Partnerships that ended before ``year`` are left out."""
        return self._query.anniversaries(year, every=every)

    def dormant(self, since: DateLike) -> list[Partnership]:
        """Partnerships, established before ``since`` and not ended before it, with no dated
        event or agreement between the two parties (or naming the partnership) that may
        fall on or after ``since``."""
        return self._query.dormant(since)

    def network(self, at: DateLike | None = None) -> Any:
        """A ``networkx.MultiGraph``: actors as nodes, partnerships as edges (needs the
        ``graph`` extra); see :func:`citydiplo.to_networkx`."""
        from citydiplo._export import to_networkx

        return to_networkx(self, at=at)

    def map(self, *, tiles: str | None = "OpenStreetMap") -> Any:
        """An interactive ``folium.Map`` of the places and partnerships (needs the ``map``
        extra); see :func:`citydiplo.to_map`."""
        from citydiplo._export import to_map

        return to_map(self, tiles=tiles)

    def to_frames(self) -> dict[str, Any]:
        """One pandas DataFrame per kind of record (needs the ``pandas`` extra)."""
        from citydiplo._export import to_pandas

        return to_pandas(self)

    def to_frame(self, kind: str) -> Any:
        """The pandas DataFrame of one kind (``"partnerships"``, ``"events"``...)."""
        from citydiplo._export import to_frame

        return to_frame(self, kind)

    def timeline(self, actor: str | None = None, during: DateLike | None = None) -> Timeline:
        """The dated records (of one actor id, overlapping ``during``) in order; the undated
        ones apart. See :func:`citydiplo.timeline`."""
        from citydiplo._merge import timeline

        return timeline(self, actor, during)

    def _repr_html_(self) -> str:
        from citydiplo._html import dataset_html

        return dataset_html(self)

    # -- building new datasets ------------------------------------------------------------

    def evolve(
        self,
        *,
        actors: Iterable[Actor] | None = None,
        sources: Iterable[Source] | None = None,
        partnerships: Iterable[Partnership] | None = None,
        agreements: Iterable[Agreement] | None = None,
        events: Iterable[Event] | None = None,
        documents: Iterable[Document] | None = None,
        claims: Iterable[CountClaim] | None = None,
    ) -> Dataset:
        """A copy with some collections replaced (``ds.evolve(events=[...])``)."""
        given = {
            "actors": actors,
            "sources": sources,
            "partnerships": partnerships,
            "agreements": agreements,
            "events": events,
            "documents": documents,
            "claims": claims,
        }
        return attrs.evolve(self, **{k: v for k, v in given.items() if v is not None})  # type: ignore[arg-type]

    def __add__(self, other: Dataset) -> Dataset:
        """Concatenate two datasets (no merging: see :func:`citydiplo.merge`)."""
        if not isinstance(other, Dataset):
            return NotImplemented
        return Dataset(**{n: getattr(self, n) + getattr(other, n) for n in COLLECTIONS})

    def __repr__(self) -> str:
        parts = ", ".join(f"{n}={c}" for n, c in self.counts().items() if c)
        return f"<Dataset {parts or 'empty'}>"
