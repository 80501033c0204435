"""Timeline: the dated records of a dataset in order, and a readable rendering of them.

A record's place on the timeline is its own date: a partnership's ``established``, an
agreement's ``signed``, an event's or a document's ``date``. Records without one are listed
apart (:attr:`Timeline.undated`) rather than given an invented date.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs
from attrs import frozen

from citydiplo._errors import ArgumentTypeError
from citydiplo._merge._result import Conflict, MergeResult
from citydiplo._model import Agreement, Document, Event, Partnership
from citydiplo.dates import (
    DateRange,
    DateValue,
    PartialDate,
    RecordDate,
    Unbounded,
    YearlessDate,
    record_date_key,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from citydiplo._dataset import Dataset

__all__ = ["Timeline", "TimelineEntry", "format_date", "timeline"]

TimelineRecord = Partnership | Agreement | Event | Document

_GROUPS = {
    21: "spring", 22: "summer", 23: "autumn", 24: "winter",
    25: "northern spring", 26: "northern summer", 27: "northern autumn", 28: "northern winter",
    29: "southern spring", 30: "southern summer", 31: "southern autumn", 32: "southern winter",
    33: "Q1", 34: "Q2", 35: "Q3", 36: "Q4",
    37: "1st third", 38: "2nd third", 39: "3rd third",
    40: "H1", 41: "H2",
}  # fmt: skip


def format_date(date: RecordDate | None) -> str:
    """A date at its true precision, in a friendly form.

    >>> [format_date(PartialDate(t)) for t in ("2024", "2024-04", "2025-41", "2024-04-12~")]
    ['2024', '2024-04', '2025 H2', '2024-04-12 ~']
    >>> format_date(DateRange("2003/..")), format_date(DateRange("2021/2025-06"))
    ('2003 →', '2021 – 2025-06')
    """
    if date is None:
        return "undated"
    if isinstance(date, YearlessDate):  # ISO 8601's year-less form (a span: both ends)
        if date.is_span:
            return f"{format_date(date.first())} – {format_date(date.last())}"
        return f"--{date.month:02d}" + ("" if date.day is None else f"-{date.day:02d}")
    if isinstance(date, DateRange):
        start = "" if isinstance(date.start, Unbounded) else format_date(date.start)
        if isinstance(date.end, Unbounded):
            return f"{start} →" if date.end is Unbounded.OPEN else f"{start} – ?"
        if not start:
            prefix = "→" if date.start is Unbounded.OPEN else "? –"
            return f"{prefix} {format_date(date.end)}"
        return f"{start} – {format_date(date.end)}"
    if date.group is not None:
        text = f"{date.year:04d} {_GROUPS[date.group]}"
    else:
        text = str(attrs.evolve(date, approximate=False, uncertain=False))
    qualifier = {(True, False): " ~", (False, True): " ?", (True, True): " ~?"}
    return text + qualifier.get((date.approximate, date.uncertain), "")


@frozen(kw_only=True)
class TimelineEntry:
    """One record on a timeline.

    Attributes:
        record: the partnership, agreement, event or document.
        date: where it stands (``None`` for an undated record).
        actors: names of its principal actors (the id where the dataset has no such actor).
        sources: distinct ids of the sources its citations come from, sorted.
        conflicts: what its reports disagree on (known when built from a merge result).
    """

    record: TimelineRecord
    date: RecordDate | None
    actors: tuple[str, ...]
    sources: tuple[str, ...]
    conflicts: tuple[Conflict, ...] = ()

    @property
    def kind(self) -> str:
        """What the record is, in words: ``visit``, ``sister partnership``, ``mou agreement``."""
        record = self.record
        if isinstance(record, Event):
            return str(record.kind).replace("_", " ")
        if isinstance(record, Document):
            kind = str(record.kind).replace("_", " ")
            return f"{kind} {record.number}" if record.number else kind
        return f"{str(record.kind).replace('_', ' ')} {record.type}"

    def render(self, date_width: int = 14) -> str:
        """One line: date (padded to ``date_width``), kind, actors, number of sources and of
        conflicts."""
        sources = len(self.sources)
        parts = [
            f"{format_date(self.date):<{date_width}}",
            f"{self.kind:<22}",
            " – ".join(self.actors) or "(no actors)",
            f"[{sources} source{'' if sources == 1 else 's'}]",
        ]
        record = self.record
        title = getattr(record, "title", None)
        if title:
            parts.insert(3, f"“{title}”")
        if self.conflicts:
            n = len(self.conflicts)
            parts.append(f"⚠ {n} conflict{'' if n == 1 else 's'}")
        return "  ".join(parts)

    def __repr__(self) -> str:
        return f"TimelineEntry({format_date(self.date)}: {self.kind}, {self.record.id})"

    def __str__(self) -> str:
        return self.render()


@frozen(kw_only=True)
class Timeline:
    """The dated records of a dataset in order; the undated ones apart.

    Entries are sorted by date (:meth:`~citydiplo.PartialDate.sort_key`: earliest day, then
    latest, so "2024" comes before "2024-04"), then record type, then id.

    Iterating gives the dated entries; ``len`` counts them.
    """

    entries: tuple[TimelineEntry, ...] = ()
    undated: tuple[TimelineEntry, ...] = ()
    actor: str | None = None
    during: DateValue | None = None

    def __iter__(self) -> Iterator[TimelineEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def rows(self) -> list[dict[str, Any]]:
        """Every entry as a JSON-ready dict (date as EDTF text), the undated last.

        >>> from citydiplo import load_seeds
        >>> load_seeds().timeline("hanam").rows()[0]["date"]
        '2023-04'
        """
        return [
            {
                "date": None if e.date is None else str(e.date),
                "id": e.record.id,
                "type": e.record.type,
                "kind": e.kind,
                "actors": list(e.actors),
                "sources": list(e.sources),
            }
            for e in (*self.entries, *self.undated)
        ]

    def render(self) -> str:
        """The timeline as text, one line per record, undated records last; the date column
        is as wide as the widest date (14 characters at least), so the columns line up."""
        width = self.date_width()
        lines = [entry.render(width) for entry in self.entries]
        if self.undated:
            lines.append(f"undated ({len(self.undated)}):")
            lines.extend("  " + entry.render(width - 2) for entry in self.undated)
        return "\n".join(lines) if lines else "(empty timeline)"

    def date_width(self) -> int:
        """The width of the date column: the widest date shown, 14 characters at least."""
        dates = [format_date(e.date) for e in self.entries]
        return max([14, *map(len, dates), *(len(format_date(e.date)) + 2 for e in self.undated)])

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        """One line: ``Timeline(hanam: 9 entries, 2023-04 … 2024-08, 1 undated)``."""
        parts = [f"{len(self.entries)} entr{'y' if len(self.entries) == 1 else 'ies'}"]
        if self.entries:
            first, last = self.entries[0].date, self.entries[-1].date
            parts.append(f"{format_date(first)} … {format_date(last)}")
        if self.undated:
            parts.append(f"{len(self.undated)} undated")
        return f"Timeline({self.actor or 'all'}: {', '.join(parts)})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(self.render())

    def _repr_html_(self) -> str:
        from citydiplo._html import timeline_html

        return timeline_html(self)

    def plot(self, ax: Axes | None = None, *, title: str | None = None) -> Axes:
        """Draw the timeline with matplotlib (the ``plot`` extra); returns the Axes.

        Each record is a bar as long as its date's precision, coloured by kind and labelled
        by its title (or kind and actors). Partnerships run from their establishment to
        their end, or to the right edge with an arrow while they last; records too short
        to see as a bar get a marker; the legend sits outside the plot. ``title`` defaults
        to "Timeline of <actor>".

        >>> from citydiplo import load_seeds
        >>> ax = load_seeds().timeline("hanam").plot()
        >>> ax.get_title(), ax.get_yticklabels()[0].get_text()
        ('Timeline of hanam', 'The Role of Public Officials in the Global E…')
        >>> import matplotlib.pyplot as plt; plt.close(ax.figure)
        """
        from citydiplo._plot import plot_timeline

        return plot_timeline(self, ax, title=title)


def timeline(
    data: Dataset | MergeResult,
    actor: str | None = None,
    during: PartialDate | DateRange | datetime.date | str | None = None,
) -> Timeline:
    """The timeline of a dataset (or of a merge result, whose conflicts are then shown).

    Args:
        actor: keep the records this actor is a principal actor of: an id, a name in any
            language (resolved like :meth:`Dataset.resolve`; an id always wins) or an actor.
        during: keep the dated records whose date overlaps this period (a partial date,
            a range, a ``datetime.date`` or EDTF text such as ``"2024"``).

    >>> from citydiplo import City, Dataset, Partnership
    >>> ds = Dataset.of([City(id="gwangju-gg", name="Gwangju", country="KR"),
    ...                  City(id="zibo", name="Zibo", country="CN"),
    ...                  Partnership(id="p", parties=("gwangju-gg", "zibo"), kind="sister",
    ...                              established=PartialDate("2003"))])
    >>> print(timeline(ds, actor="zibo"))
    2003            sister partnership      Gwangju – Zibo  [0 sources]
    """
    from citydiplo._dataset import Dataset

    if not isinstance(data, Dataset | MergeResult):
        raise ArgumentTypeError(
            f"timeline() takes a Dataset or a MergeResult, not {type(data).__name__}: {data!r:.80}"
        )
    if actor is not None:
        dataset = data.dataset if isinstance(data, MergeResult) else data
        actor = dataset._query.actor_id(actor)
    if during is not None and not isinstance(during, PartialDate | DateRange):
        from citydiplo._query import as_date_value

        during = as_date_value(during, "during")
    conflicts: dict[str, list[Conflict]] = {}
    if isinstance(data, MergeResult):
        for conflict in data.conflicts:
            conflicts.setdefault(conflict.record, []).append(conflict)
        data = data.dataset
    names = {a.id: a.name for a in data.actors}
    records: Iterable[TimelineRecord] = (
        *data.partnerships,
        *data.agreements,
        *data.events,
        *data.documents,
    )
    dated: list[TimelineEntry] = []
    undated: list[TimelineEntry] = []
    for record in records:
        if actor is not None and actor not in record.actors:
            continue
        date = record.date
        if isinstance(date, DateValue) and during is not None and not date.overlaps(during):
            continue
        entry = TimelineEntry(
            record=record,
            date=date,
            actors=tuple(names.get(a, a) for a in record.actors),
            sources=tuple(sorted({c.source for c in record.citations})),
            conflicts=tuple(conflicts.get(record.id, ())),
        )
        # a year-less date has no place in time: it goes with the undated
        (undated if date is None or isinstance(date, YearlessDate) else dated).append(entry)
    dated.sort(key=lambda e: (record_date_key(e.date), e.record.type, e.record.id))
    undated.sort(key=lambda e: (record_date_key(e.date), e.record.type, e.record.id))
    return Timeline(entries=tuple(dated), undated=tuple(undated), actor=actor, during=during)
