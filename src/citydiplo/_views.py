"""Callable record collections: ``ds.agreements`` is a tuple, ``ds.agreements(party=...)`` a query.

A :class:`~citydiplo.Dataset` keeps its agreements, events and documents in tuples of these
subclasses. They behave as plain tuples (equality, hashing, slicing, ``+`` all give tuple
results) and, called with keyword filters, run the dataset's indexed query. Each is bound
to the dataset that owns it through a weak reference, so no reference cycle keeps a large
dataset alive.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from citydiplo._errors import CitydiploError
from citydiplo._model import Agreement, Document, Event

if TYPE_CHECKING:
    from citydiplo._dataset import Dataset
    from citydiplo._model import DocumentKind, EventKind, Field
    from citydiplo._query import ActorRef, DateLike

__all__ = ["Agreements", "Documents", "Events"]


class _Bound(tuple):  # type: ignore[type-arg]
    """A tuple that knows the dataset it belongs to."""

    def bind(self, dataset: Dataset) -> None:
        self.__dict__["_owner"] = weakref.ref(dataset)

    def _dataset(self) -> Dataset:
        owner: weakref.ref[Dataset] | None = self.__dict__.get("_owner")
        dataset = owner() if owner is not None else None
        if dataset is None:
            raise CitydiploError(
                "this collection is no longer attached to a Dataset; query the dataset "
                "(ds.agreements(...)) rather than a collection kept after it"
            )
        return dataset

    def __reduce__(self) -> tuple[Any, ...]:  # pickles as a plain tuple
        return (tuple, (tuple(self),))


class Agreements(_Bound, tuple[Agreement, ...]):
    """The agreements of a dataset; call it to filter them."""

    def __call__(
        self,
        *,
        party: ActorRef | None = None,
        between: Iterable[ActorRef] | None = None,
        field: Field | str | None = None,
        signed: DateLike | None = None,
    ) -> list[Agreement]:
        """Agreements with ``party`` among their parties, binding every actor of
        ``between``, in a field of cooperation, signed at a date that may fall within
        ``signed`` (same as :meth:`Dataset.agreements_where`)."""
        return self._dataset().agreements_where(
            party=party, between=between, field=field, signed=signed
        )


class Events(_Bound, tuple[Event, ...]):
    """The events of a dataset; call it to filter them."""

    def __call__(
        self,
        *,
        actor: ActorRef | None = None,
        during: DateLike | None = None,
        kind: EventKind | str | None = None,
    ) -> list[Event]:
        """Events an actor takes part in, of a kind, that may fall within ``during``
        (same as :meth:`Dataset.events_where`)."""
        return self._dataset().events_where(actor=actor, during=during, kind=kind)


class Documents(_Bound, tuple[Document, ...]):
    """The documents of a dataset; call it to filter them."""

    def __call__(
        self,
        *,
        issuer: ActorRef | None = None,
        number: str | None = None,
        kind: DocumentKind | str | None = None,
        during: DateLike | None = None,
    ) -> list[Document]:
        """Documents by issuer, official number, kind and date (same as
        :meth:`Dataset.documents_where`)."""
        return self._dataset().documents_where(
            issuer=issuer, number=number, kind=kind, during=during
        )
