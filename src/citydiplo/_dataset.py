"""Dataset: an immutable collection of actors, sources and records."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import Any, TypeAlias, TypeVar, overload

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

    actors: tuple[Actor, ...] = field(factory=tuple, converter=tuple)
    sources: tuple[Source, ...] = field(factory=tuple, converter=tuple)
    partnerships: tuple[Partnership, ...] = field(factory=tuple, converter=tuple)
    agreements: tuple[Agreement, ...] = field(factory=tuple, converter=tuple)
    events: tuple[Event, ...] = field(factory=tuple, converter=tuple)
    documents: tuple[Document, ...] = field(factory=tuple, converter=tuple)
    claims: tuple[CountClaim, ...] = field(factory=tuple, converter=tuple)

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

    # -- building new datasets ------------------------------------------------------------

    def evolve(self, **changes: Iterable[Record]) -> Dataset:
        """A copy with some collections replaced (``ds.evolve(events=[...])``)."""
        return attrs.evolve(self, **changes)  # type: ignore[arg-type]

    def __add__(self, other: Dataset) -> Dataset:
        """Concatenate two datasets (no merging: see :func:`citydiplo.merge`)."""
        if not isinstance(other, Dataset):
            return NotImplemented
        return Dataset(**{n: getattr(self, n) + getattr(other, n) for n in COLLECTIONS})

    def __repr__(self) -> str:
        parts = ", ".join(f"{n}={c}" for n, c in self.counts().items() if c)
        return f"<Dataset {parts or 'empty'}>"
