"""Timeline plots with matplotlib (the ``plot`` extra)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from citydiplo._errors import ArgumentValueError
from citydiplo._export._extras import require
from citydiplo._model import Partnership, PartnershipStatus
from citydiplo._model._display import shorten
from citydiplo.dates import DateRange, Unbounded, YearlessDate

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_timeline"]

_MIN, _MAX = datetime.date.min, datetime.date.max
#: A bar narrower than this share of the x axis also gets a marker, so one day shows.
_THIN = 1 / 150


def _kind(entry: Any) -> str:
    kind = getattr(entry, "kind", None)
    if isinstance(kind, str):
        return kind
    record = getattr(entry, "record", entry)
    return str(getattr(record, "kind", record.type))


def _label(entry: Any) -> str:
    """The row label: the record's title, or its kind and actors (which repeat)."""
    record = getattr(entry, "record", entry)
    title = getattr(record, "title", None)
    if title:
        return shorten(title, 45)
    actors = getattr(entry, "actors", None) or record.actors
    return shorten(f"{_kind(entry)}: {' – '.join(actors)}", 45)


def _span(entry: Any) -> tuple[datetime.date, datetime.date]:
    """First and last possible day; ``_MIN``/``_MAX`` for an open or unknown end.

    A partnership runs from its establishment to its end: to ``ended`` when known, open
    when it has not ended (or is not known to have), and over its establishment alone when
    it is marked ended without a date.
    """
    record = getattr(entry, "record", entry)
    date = entry.date
    if date is None or isinstance(date, YearlessDate):  # timelines keep these apart
        raise ArgumentValueError(f"{record.id} has no place in time to draw: {date}")
    start, end = date.earliest(), date.latest()
    if isinstance(record, Partnership) and not isinstance(date, DateRange):
        if record.ended is not None and not isinstance(record.ended, YearlessDate):
            end = record.ended.latest()
        elif record.status is not PartnershipStatus.ENDED:
            end = _MAX
    if isinstance(date, DateRange) and isinstance(date.end, Unbounded):
        end = _MAX
    return start, end


def plot_timeline(timeline: Any, ax: Axes | None = None, *, title: str | None = None) -> Axes:
    """Draw each dated record of a timeline as a horizontal bar and return the Axes.

    A bar spans the whole of its date's precision: a month-precision event its month, a
    range from its first to its last day. A partnership runs from its establishment to its
    end; one that has not ended runs to the right edge, ending in an arrow, as does any
    open range. A record too short to see (a day on a ten-year axis) also gets a marker.
    Rows are labelled by the record's title (or its kind and actors), bars coloured by
    kind with the legend outside the plot; an empty timeline says so.
    """
    plt = require("matplotlib.pyplot", "plot")
    mdates = require("matplotlib.dates", "plot")
    entries = [e for e in timeline if getattr(e, "date", None) is not None]
    figure = None
    if ax is None:
        figure, ax = plt.subplots(figsize=(10, max(2.0, 0.35 * len(entries) + 1.2)))
    actor = getattr(timeline, "actor", None)
    ax.set_title(title or (f"Timeline of {actor}" if actor else "Timeline"))
    spans = [_span(e) for e in entries]
    finite = [d for span in spans for d in span if d not in (_MIN, _MAX)]
    if not finite:
        undated = len(getattr(timeline, "undated", ()))
        note = f" ({undated} undated)" if undated else ""
        ax.text(0.5, 0.5, f"No dated records to plot{note}", ha="center", va="center",
                transform=ax.transAxes)  # fmt: skip
        ax.set_xticks([])
        ax.set_yticks([])
        return ax
    low = min(finite)
    high = max(max(finite), low + datetime.timedelta(days=365))  # a year of axis at least
    pad = datetime.timedelta(days=max(30, (high - low).days // 20))
    left_edge, right_edge = low - pad, high + pad
    left, right = mdates.date2num(left_edge), mdates.date2num(right_edge)
    kinds = list(dict.fromkeys(_kind(e) for e in entries))
    cmap = plt.get_cmap("tab10" if len(kinds) <= 10 else "tab20")
    colours = {kind: cmap(i % cmap.N) for i, kind in enumerate(kinds)}
    seen: set[str] = set()
    for y, (entry, (start, end)) in enumerate(zip(entries, spans, strict=True)):
        x0 = left if start == _MIN else mdates.date2num(start)
        x1 = right if end == _MAX else mdates.date2num(end + datetime.timedelta(days=1))
        kind = _kind(entry)
        colour = colours[kind]
        ax.barh(y, x1 - x0, left=x0, height=0.6, color=colour, edgecolor=colour,
                linewidth=1.5, label=None if kind in seen else kind)  # fmt: skip
        seen.add(kind)
        if end == _MAX:  # open: an arrow at the right edge
            ax.plot([right], [y], marker=">", markersize=9, color=colour, clip_on=False)
        if x1 - x0 < (right - left) * _THIN:  # too short to see as a bar
            ax.plot([(x0 + x1) / 2], [y], marker="D", markersize=6, color=colour)
    ax.set_yticks(range(len(entries)))
    ax.set_yticklabels([_label(e) for e in entries])
    ax.set_ylim(len(entries) - 0.5, -0.5)
    ax.set_xlim(left, right)
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0.0,
              fontsize="small", title="kind")  # fmt: skip
    if figure is not None:
        figure.tight_layout()
    return ax
