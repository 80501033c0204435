"""Dataset: an immutable collection of actors, sources and records."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar, overload

import attrs
from attrs import field, frozen

from citydiplo._errors import ArgumentTypeError, CitydiploError
from citydiplo._model import (
    Actor,
    Agreement,
    City,
    CountClaim,
    Country,
    Document,
    Event,
    Membership,
    Organization,
    Partnership,
    Person,
    Record,
    Region,
    Source,
)
from citydiplo._query._methods import QueryMethods
from citydiplo._views import Agreements, DatasetViews, Documents, Events

if TYPE_CHECKING:

    from citydiplo._query import QueryIndex

__all__ = ["Dataset", "Record", "UnknownIdError"]

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
    Membership: "memberships",
}
_NONE = object()
COLLECTIONS = (
    "actors",
    "sources",
    "partnerships",
    "agreements",
    "events",
    "documents",
    "claims",
    "memberships",
)


def _accepts() -> dict[str, tuple[type[Any], ...]]:
    found: dict[str, list[type[Any]]] = {}
    for cls, name in _COLLECTION_OF.items():
        found.setdefault(name, []).append(cls)
    return {name: tuple(classes) for name, classes in found.items()}


_ACCEPTS = _accepts()


def _items(value: object, name: str) -> Iterable[Any]:
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise ArgumentTypeError(f"Dataset.{name}: {value!r:.80} is not a collection of records")
    return value


def _actors(value: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(_items(value, "actors"))


def _sources(value: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(_items(value, "sources"))


def _partnerships(value: Iterable[Partnership]) -> tuple[Partnership, ...]:
    return tuple(_items(value, "partnerships"))


def _agreements(value: Iterable[Agreement]) -> Agreements:
    return Agreements(_items(value, "agreements"))


def _events(value: Iterable[Event]) -> Events:
    return Events(_items(value, "events"))


def _documents(value: Iterable[Document]) -> Documents:
    return Documents(_items(value, "documents"))


def _claims(value: Iterable[CountClaim]) -> tuple[CountClaim, ...]:
    return tuple(_items(value, "claims"))


def _memberships(value: Iterable[Membership]) -> tuple[Membership, ...]:
    return tuple(value)


def _restore(collections: dict[str, tuple[Any, ...]]) -> Dataset:
    return Dataset(**collections)


class UnknownIdError(CitydiploError, KeyError):
    """No record of a dataset has the id asked for."""

    __module__ = "citydiplo"  # shown as citydiplo.UnknownIdError in tracebacks

    def __init__(self, id: str, detail: str | None = None) -> None:
        self.id = id
        self.detail = detail  # what the id is, when the caller knows more
        super().__init__(id)

    def __str__(self) -> str:
        said = f"no record with id {self.id!r} in this dataset"
        return said if self.detail is None else f"{said}: {self.detail}"


@frozen(kw_only=True)
class Dataset(QueryMethods, DatasetViews):
    """An immutable collection of actors, sources, partnerships, agreements, events,
    documents, count claims and memberships.

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
    memberships: tuple[Membership, ...] = field(factory=tuple, converter=_memberships)

    def __attrs_post_init__(self) -> None:
        for name, classes in _ACCEPTS.items():
            wrong = next((r for r in getattr(self, name) if type(r) not in classes), _NONE)
            if wrong is not _NONE:
                expected = " or ".join(c.__name__ for c in classes)
                raise ArgumentTypeError(
                    f"Dataset.{name}: {wrong!r:.80} is not a record of this collection "
                    f"(expected {expected})"
                )
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
        if isinstance(records, str | bytes | dict) or not hasattr(records, "__iter__"):
            raise ArgumentTypeError(
                f"Dataset.of() takes an iterable of records, not {type(records).__name__}: "
                f"{records!r:.80}"
            )
        buckets: dict[str, list[Record]] = {name: [] for name in COLLECTIONS}
        for record in records:
            try:
                buckets[_COLLECTION_OF[type(record)]].append(record)
            except KeyError:
                raise ArgumentTypeError(
                    f"Dataset.of(): {record!r:.80} is not a citydiplo record (expected an actor, "
                    "a source, a partnership, an agreement, an event, a document, a claim or a "
                    "membership)"
                ) from None
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

    # -- queries (citydiplo._query._methods), exports (citydiplo._export), notebooks -------

    @cached_property
    def _query(self) -> QueryIndex:
        from citydiplo._query import QueryIndex

        return QueryIndex(self)


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
        memberships: Iterable[Membership] | None = None,
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
            "memberships": memberships,
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
