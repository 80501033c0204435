"""Splitting one block of reports into clusters (one per occurrence) and ambiguous reports.

Reports are taken finest first (see :mod:`citydiplo._merge._cluster` for the features they
are compared by). A report joins the one cluster it fits, starts a cluster when it fits
none, and waits when it fits several; waiting reports are tried again once every report is
placed, against the clusters as their fused records will be. A report placed in one
cluster while another could be the same occurrence is taken out and listed as ambiguous.
"""

from __future__ import annotations

from typing import Any

from citydiplo._merge._cluster import (
    _ALWAYS,
    _NEVER,
    Block,
    Clustered,
    Item,
    _clustered_date,
    _fits_day,
    _order,
    _sides_fit,
)
from citydiplo.dates import YearlessDate

__all__ = ["cluster_block"]


def _fitting(
    item: Item,
    states: list[list[Any]],
    clusters: list[list[Item]],
    agreements: bool,
    either_way: bool = False,
) -> list[int]:
    """The clusters, as their states now are, that ``item`` may belong to."""
    _, lo, hi, place, kind, number, side = item
    yearless = _clustered_date(item[0])
    # an agreement dated like the cluster may differ on the kind (a conflict, see ``_fuse``);
    # members come finest first, so a dated item has dated members only
    kinds_may_differ = agreements and hi - lo < _ALWAYS - _NEVER
    return [
        n
        for n, (clo, chi, cplace, ckind, cnumber, cside) in enumerate(states)
        if (
            (lo <= clo and chi <= hi)
            # a report finer than the cluster, when asked whether it could be that one too
            or (either_way and clo <= lo and hi <= chi)
            # overlapping dates, neither inside the other: one occurrence only when its
            # number (an agreement's) or title (an open event's) says so
            or (number is not None and number == cnumber and lo <= chi and clo <= hi)
        )
        and (place is None or cplace is None or place == cplace)
        and (
            kind is None
            or ckind is None
            or kind in ckind
            # both dated (a finer report asked ``either_way`` may face an undated cluster)
            or (kinds_may_differ and chi - clo < _ALWAYS - _NEVER)
        )
        and (number is None or cnumber is None or number == cnumber)
        and (not isinstance(yearless, YearlessDate) or _fits_day(yearless, clusters[n]))
        # asked the other way, the item must fall on the day of every year-less member
        and (not either_way or _on_yearless_days(item, clusters[n]))
        and (side is None or cside is None or _sides_fit(side, cside))
    ]


def _on_yearless_days(item: Item, members: list[Item]) -> bool:
    """Whether ``item``'s date may fall on the month and day of every year-less member."""
    date = _clustered_date(item[0])
    if date is None:
        return True
    return all(
        not isinstance(day := _clustered_date(m[0]), YearlessDate) or day.is_compatible(date)
        for m in members
    )


def _place(
    item: Item, fits: list[int], clusters: list[list[Item]], states: list[list[Any]]
) -> bool:
    """Put ``item`` in its one fitting cluster, or a new one; ``False`` when several fit."""
    _, lo, hi, place, kind, number, side = item
    if not fits:
        clusters.append([item])
        states.append([lo, hi, place, None if kind is None else {kind}, number, side])
        return True
    if len(fits) > 1:
        return False
    n = fits[0]
    clusters[n].append(item)
    state = states[n]
    state[2] = state[2] if place is None else place
    # the fused record keeps its first specific kind (see ``_fuse``) and reports a differing
    # one as a conflict: later reports must fit that kind, as when the output is merged again
    if kind is not None and state[3] is None:
        state[3] = {kind}
    state[4] = state[4] if number is None else number
    if side is not None:
        state[5] = side if state[5] is None else {**state[5], **side}
    return True


def _build(
    items: list[Item], agreements: bool
) -> tuple[list[list[Item]], list[list[Any]], list[Item]]:
    clusters: list[list[Item]] = []
    # per cluster: lo, hi of its finest member (the fused record's date), its place, its
    # specific kind, number and sides
    states: list[list[Any]] = []
    pending: list[Item] = []
    for item in items:
        if not _place(item, _fitting(item, states, clusters, agreements), clusters, states):
            pending.append(item)
    while True:
        still = [
            it
            for it in pending
            if not _place(it, _fitting(it, states, clusters, agreements), clusters, states)
        ]
        if len(still) == len(pending):
            return clusters, states, pending
        pending = still


def _rivals(clusters: list[list[Item]], states: list[list[Any]], agreements: bool) -> set[int]:
    """Reports placed in one cluster that another cluster could be as well (a day without a
    title inside two titled forums of that month): their place was a guess."""
    found: set[int] = set()
    for n, members in enumerate(clusters):
        others = [m for m in range(len(clusters)) if m != n]
        for it in members:
            if any(
                _fitting(it, [states[m]], [clusters[m]], agreements, either_way=True)
                for m in others
            ):
                found.add(id(it))
    return found


def cluster_block(key: tuple[Any, ...], items: Block) -> Clustered:
    """Split one block into clusters (finest member first) and ambiguous reports.

    Ambiguous reports come with the indexes of the clusters they could belong to. A report
    that fits several clusters when it is reached is tried again once every report is
    placed: the clusters are then as their fused records will be (a title or place stated
    by a later member included), so that merging the output again decides the same way.
    A report that went into one cluster while another could be the same occurrence (it is
    finer than both) is taken out and listed as ambiguous too, and the rest clustered again.
    """
    if len(items) == 1:
        return [items], []
    ordered = _order(items)
    if key[0] == "document" and key[1] == "number":
        return [ordered], []
    agreements = key[0] == "agreement"
    held: list[Item] = []
    rest = ordered
    while True:
        clusters, states, pending = _build(rest, agreements)
        rivals = _rivals(clusters, states, agreements) if len(clusters) > 1 else set()
        if not rivals:
            break
        held.extend(it for it in rest if id(it) in rivals)
        rest = [it for it in rest if id(it) not in rivals]
    ambiguous: list[tuple[Item, list[int]]] = []
    for it in pending:
        ambiguous.append((it, _fitting(it, states, clusters, agreements)))
    for it in held:
        fits = _fitting(it, states, clusters, agreements, either_way=True)
        if len(fits) > 1:
            ambiguous.append((it, fits))
        elif fits:
            # members stay finest first: the fused record takes its first member's date
            clusters[fits[0]] = _order([*clusters[fits[0]], it])
        else:
            clusters.append([it])
    return clusters, ambiguous
