"""Views of a dataset: callable record collections, partner lists, timelines, frames, graphs.

``ds.agreements`` is a tuple, ``ds.agreements(party=...)`` a query.

A :class:`~citydiplo.Dataset` keeps its agreements, events and documents in tuples of these
subclasses. They behave as plain tuples (equality, hashing, slicing, ``+`` all give tuple
results) and, called with keyword filters, run the dataset's indexed query. Each is bound
to the dataset that owns it through a weak reference, so no reference cycle keeps a large
dataset alive.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, cast

from citydiplo._errors import CitydiploError
from citydiplo._model import Agreement, Document, Event

if TYPE_CHECKING:
    import networkx
    import pandas

    from citydiplo._dataset import Dataset
    from citydiplo._merge import Timeline
    from citydiplo._model import DocumentKind, EventKind, Field
    from citydiplo._query import ActorRef, DateLike, Partner

__all__ = ["Agreements", "DatasetViews", "Documents", "Events", "Partners", "summarise"]


def summarise(name: str, items: Sequence[Any], label: Callable[[Any], str]) -> str:
    """One line: how many items, and the first few.

    >>> summarise("Partners", ["zibo", "ha-long", "donghae", "goheung"], str)
    'Partners(4: zibo, ha-long, donghae, … and 1 more)'
    """
    shown = ", ".join(label(item) for item in items[:_SHOWN])
    more = f", … and {len(items) - _SHOWN} more" if len(items) > _SHOWN else ""
    return f"{name}({len(items)}{': ' if items else ''}{shown}{more})"


_SHOWN = 3


class Partners(list["Partner"]):
    """The partners of an actor (a list of :class:`~citydiplo.Partner`), summarised on one
    line by ``repr``; ``print`` shows one partner a line."""

    def __repr__(self) -> str:
        return summarise("Partners", self, lambda p: p.actor.id)

    def __str__(self) -> str:
        return "\n".join(repr(p) for p in self) or "(no partners)"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(str(self))

    def _repr_html_(self) -> str:
        from citydiplo._html import partners_html

        return partners_html(self)


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

    def __repr__(self) -> str:
        return summarise(type(self).__name__, self, lambda r: r.id)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(f"{type(self).__name__}[\n" + "".join(f"    {r!r},\n" for r in self) + "]")


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


class DatasetViews:
    """The :class:`~citydiplo.Dataset` methods that show it in other forms: a timeline,
    pandas frames, a networkx graph, HTML. Each imports what it needs when called, so
    ``import citydiplo`` pulls in none of pandas, networkx or matplotlib."""

    __slots__ = ()

    def timeline(self, actor: str | None = None, during: DateLike | None = None) -> Timeline:
        """The dated records (of one actor id, overlapping ``during``) in order; the undated
        ones apart. See :func:`citydiplo.timeline`.

        >>> from citydiplo import load_seeds
        >>> hanam = load_seeds().timeline("hanam", during="2024")
        >>> hanam
        Timeline(hanam: 5 entries, 2024-03 … 2024-08, 4 undated)
        >>> print(hanam.entries[0])
        2024-03         mou agreement           Arkansas – Hanam  “Agreement for economic cooperation (MOU) between Hanam City and Arkansas”  [2 sources]
        """  # noqa: E501
        from citydiplo._merge import timeline

        return timeline(cast("Dataset", self), actor, during)

    def to_frames(self) -> dict[str, pandas.DataFrame]:
        """One pandas DataFrame per kind of record (needs the ``pandas`` extra); see
        :func:`citydiplo.to_pandas`.

        >>> from citydiplo import load_seeds
        >>> frames = load_seeds().to_frames()
        >>> sorted(frames)[:4], len(frames["partnerships"])
        (['actors', 'agreements', 'claims', 'documents'], 14)
        """
        from citydiplo._export import to_pandas

        return to_pandas(cast("Dataset", self))

    def to_frame(self, kind: str) -> pandas.DataFrame:
        """The pandas DataFrame of one kind (``"partnerships"``, ``"events"``...).

        >>> from citydiplo import load_seeds
        >>> load_seeds().to_frame("agreements")["signed"].tolist()
        ['2024-03', '2025-03-06', '2025-09-05']
        """
        from citydiplo._export import to_frame

        return to_frame(cast("Dataset", self), kind)

    def network(self, at: DateLike | None = None) -> networkx.MultiGraph:
        """A ``networkx.MultiGraph``: actors as nodes, partnerships as edges (needs the
        ``graph`` extra); see :func:`citydiplo.to_networkx`.

        >>> from citydiplo import load_seeds
        >>> graph = load_seeds().network()
        >>> sorted(graph.neighbors("hanam"))
        ['arkansas', 'little-rock']
        """
        from citydiplo._export import to_networkx

        graph: networkx.MultiGraph = to_networkx(cast("Dataset", self), at=at)
        return graph

    def map(self, *, tiles: str | None = "OpenStreetMap") -> Any:
        """An interactive ``folium.Map`` of the places and partnerships (needs the ``map``
        extra); see :func:`citydiplo.to_map`."""
        from citydiplo._export import to_map

        return to_map(self, tiles=tiles)  # type: ignore[arg-type]

    def _repr_html_(self) -> str:
        from citydiplo._html import dataset_html

        return dataset_html(cast("Dataset", self))
