"""Timeline plots with matplotlib (the ``plot`` extra)."""

from __future__ import annotations

import datetime
from typing import Any

from citydiplo._export._extras import require

__all__ = ["plot_timeline"]

_MIN, _MAX = datetime.date.min, datetime.date.max


def _kind(entry: Any) -> str:
    kind = getattr(entry, "kind", None)
    if isinstance(kind, str):
        return kind
    record = getattr(entry, "record", entry)
    return str(getattr(record, "kind", record.type))


def _label(entry: Any) -> str:
    actors = getattr(entry, "actors", None) or getattr(entry, "record", entry).actors
    text = " – ".join(actors)
    return text if len(text) <= 40 else text[:39] + "…"


def plot_timeline(timeline: Any, ax: Any = None) -> Any:
    """Draw each dated record of a timeline as a horizontal bar and return the Axes.

    A bar spans the whole of its date's precision: a month-precision event its month, a
    year-precision partnership its year, a range from its first to its last day. Open or
    unknown ends are drawn to the edge of the plot. Bars are coloured by kind, with a
    legend; the y axis names the actors.
    """
    plt = require("matplotlib.pyplot", "plot")
    mdates = require("matplotlib.dates", "plot")
    entries = [e for e in timeline if getattr(e, "date", None) is not None]
    own_figure = ax is None
    if ax is None:
        _, ax = plt.subplots(figsize=(10, max(2.0, 0.35 * len(entries) + 1)))
    spans = [(e.date.earliest(), e.date.latest()) for e in entries]
    finite = [d for span in spans for d in span if d not in (_MIN, _MAX)]
    if not finite:
        ax.set_title("no dated records")
        return ax
    pad = datetime.timedelta(days=max(30, (max(finite) - min(finite)).days // 20))
    left_edge, right_edge = min(finite) - pad, max(finite) + pad
    kinds = list(dict.fromkeys(_kind(e) for e in entries))
    cmap = plt.get_cmap("tab10" if len(kinds) <= 10 else "tab20")
    colours = {kind: cmap(i % cmap.N) for i, kind in enumerate(kinds)}
    seen: set[str] = set()
    for y, (entry, (start, end)) in enumerate(zip(entries, spans, strict=True)):
        start = left_edge if start == _MIN else start
        end = right_edge if end == _MAX else end + datetime.timedelta(days=1)
        kind = _kind(entry)
        ax.barh(
            y,
            mdates.date2num(end) - mdates.date2num(start),
            left=mdates.date2num(start),
            height=0.6,
            color=colours[kind],
            edgecolor=colours[kind],  # keeps a one-day bar visible
            linewidth=1.5,
            label=None if kind in seen else kind,
        )
        seen.add(kind)
    ax.set_yticks(range(len(entries)))
    ax.set_yticklabels([_label(e) for e in entries])
    ax.invert_yaxis()
    ax.set_xlim(mdates.date2num(left_edge), mdates.date2num(right_edge))
    ax.xaxis_date()
    ax.legend(loc="best", fontsize="small")
    if own_figure:
        ax.figure.tight_layout()
    return ax
