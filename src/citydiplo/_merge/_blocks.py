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
from citydiplo._merge._open import hosts, hosts_fit
from citydiplo.dates import YearlessDate

__all__ = ["cluster_block"]


def _fitting(
    item: Item,
    states: list[list[Any]],
    clusters: list[list[Item]],
    agreements: bool,
    either_way: bool = False,
    open_events: bool = False,
    among: list[int] | None = None,
) -> list[int]:
    """The clusters, as their states now are, that ``item`` may belong to (of ``among``, the
    clusters an :class:`_Index` found, when given: every other one cannot fit)."""
    _, lo, hi, place, kind, number, side = item
    yearless = _clustered_date(item[0])
    # an agreement dated like the cluster may differ on the kind (a conflict, see ``_fuse``);
    # members come finest first, so a dated item has dated members only
    kinds_may_differ = agreements and hi - lo < _ALWAYS - _NEVER
    return [
        n
        for n in (range(len(states)) if among is None else among)
        for clo, chi, cplace, ckind, cnumber, cside in (states[n],)
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
        # open events: blocked by family only, so the hosts decide here, and something
        # the two name alike must say it is one gathering
        and (not open_events or (hosts_fit(side, cside) and _identified(item, n, states, clusters)))
    ]


_WITHIN_A_YEAR = 365  # strict bounds of a date finer than a year span fewer days


def _identified(item: Item, n: int, states: list[list[Any]], clusters: list[list[Item]]) -> bool:
    """Whether a report of an open event names something as cluster ``n`` does: the same
    place, the same title, a shared host (a host stands for its place), a shared
    participant, or failing those dates on both sides finer than a year. Values one side
    leaves out fit (see :func:`_fitting`), but they identify nothing: an undated festival
    with no place, host, title or participant in common with another is not that festival
    for want of a difference. A report dated within a year (a month, a season) that fits
    two dated gatherings is still listed as ambiguous; an undated or year-only one without
    anything in common stays apart.
    """
    _, lo, hi, place, _, title, side = item
    clo, chi, cplace, _, ctitle, cside = states[n]
    if max(hi - lo, chi - clo) < _WITHIN_A_YEAR:
        return True
    if (place is not None and place == cplace) or (title is not None and title == ctitle):
        return True
    mine_hosts, their_hosts = hosts(side), hosts(cside)
    if (
        not mine_hosts.isdisjoint(their_hosts)
        or (cplace is not None and cplace in mine_hosts)
        or (place is not None and place in their_hosts)
    ):
        return True
    mine = {p.actor for p in item[0].participants}
    return any(not mine.isdisjoint(p.actor for p in m[0].participants) for m in clusters[n])


def _on_yearless_days(item: Item, members: list[Item]) -> bool:
    """Whether ``item``'s date may fall on the month and day of every year-less member."""
    date = _clustered_date(item[0])
    if date is None:
        return True
    return all(
        not isinstance(day := _clustered_date(m[0]), YearlessDate) or day.is_compatible(date)
        for m in members
    )


_WIDTH = 32  # days per cell of the index
_NARROW = 24  # cells a date may span and still be indexed by its cells


class _Index:
    """The clusters of a block by the 32-day cells their date touches and by their place.

    Every fit needs dates that overlap and places that are equal or missing, so a report is
    compared only with the clusters of its cells at its place or without one, and with the
    clusters whose date is too wide to index (undated, year-less): clustering a large block
    (every forum of a family) stays near-linear.
    """

    def __init__(self) -> None:
        self.cells: dict[tuple[int, str | None], set[int]] = {}
        self.anywhere: dict[int, set[int]] = {}
        self.wide: set[int] = set()

    @staticmethod
    def _span(lo: int, hi: int) -> range | None:
        first, last = lo // _WIDTH, hi // _WIDTH
        return range(first, last + 1) if last - first <= _NARROW else None

    def add(self, n: int, lo: int, hi: int, place: str | None) -> None:
        span = self._span(lo, hi)
        if span is None:
            self.wide.add(n)
            return
        for cell in span:
            self.cells.setdefault((cell, place), set()).add(n)
            self.anywhere.setdefault(cell, set()).add(n)

    def placed(self, n: int, lo: int, hi: int, place: str) -> None:
        """Cluster ``n``, which had no place, now has one."""
        for cell in self._span(lo, hi) or ():
            self.cells[cell, None].discard(n)
            self.cells.setdefault((cell, place), set()).add(n)

    def among(self, lo: int, hi: int, place: str | None) -> list[int] | None:
        """The clusters a report with these bounds and place may fit; ``None``: any."""
        span = self._span(lo, hi)
        if span is None:
            return None
        found = set(self.wide)
        for cell in span:
            if place is None:
                found.update(self.anywhere.get(cell, ()))
            else:
                found.update(self.cells.get((cell, place), ()))
                found.update(self.cells.get((cell, None), ()))
        return sorted(found)


def _place(
    item: Item,
    fits: list[int],
    clusters: list[list[Item]],
    states: list[list[Any]],
    index: _Index,
) -> bool:
    """Put ``item`` in its one fitting cluster, or a new one; ``False`` when several fit."""
    _, lo, hi, place, kind, number, side = item
    if not fits:
        index.add(len(clusters), lo, hi, place)
        clusters.append([item])
        states.append([lo, hi, place, None if kind is None else {kind}, number, side])
        return True
    if len(fits) > 1:
        return False
    n = fits[0]
    clusters[n].append(item)
    state = states[n]
    if state[2] is None and place is not None:
        index.placed(n, state[0], state[1], place)
        state[2] = place
    # the fused record keeps its first specific kind (see ``_fuse``) and reports a differing
    # one as a conflict: later reports must fit that kind, as when the output is merged again
    if kind is not None and state[3] is None:
        state[3] = {kind}
    state[4] = state[4] if number is None else number
    if side is not None:
        state[5] = side if state[5] is None else {**state[5], **side}
    return True


def _build(
    items: list[Item], agreements: bool, opened: bool
) -> tuple[list[list[Item]], list[list[Any]], list[Item], _Index]:
    clusters: list[list[Item]] = []
    # per cluster: lo, hi of its finest member (the fused record's date), its place, its
    # specific kind, number and sides
    states: list[list[Any]] = []
    index = _Index()

    def placed(it: Item) -> bool:
        among = index.among(it[1], it[2], it[3])
        fits = _fitting(it, states, clusters, agreements, False, opened, among)
        return _place(it, fits, clusters, states, index)

    pending = [item for item in items if not placed(item)]
    while True:
        still = [it for it in pending if not placed(it)]
        if len(still) == len(pending):
            return clusters, states, pending, index
        pending = still


def _rivals(
    clusters: list[list[Item]],
    states: list[list[Any]],
    agreements: bool,
    opened: bool,
    index: _Index,
) -> set[int]:
    """Reports placed in one cluster that another cluster could be as well (a day without a
    title inside two titled forums of that month): their place was a guess."""
    found: set[int] = set()
    for n, members in enumerate(clusters):
        for it in members:
            among = index.among(it[1], it[2], it[3])
            others = [m for m in (range(len(clusters)) if among is None else among) if m != n]
            if any(
                _fitting(it, [states[m]], [clusters[m]], agreements, True, opened) for m in others
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
    opened = key[:2] == ("event", "open")
    held: list[Item] = []
    rest = ordered
    while True:
        clusters, states, pending, index = _build(rest, agreements, opened)
        rivals = (
            _rivals(clusters, states, agreements, opened, index) if len(clusters) > 1 else set()
        )
        if not rivals:
            break
        held.extend(it for it in rest if id(it) in rivals)
        rest = [it for it in rest if id(it) not in rivals]
    return _settle(clusters, states, pending, held, agreements, opened)


def _state(members: list[Item]) -> list[Any]:
    """A cluster's state as :func:`_place` leaves it once ``members`` (finest first) are in."""
    _, lo, hi, place, kind, number, side = members[0]
    state: list[Any] = [lo, hi, place, None if kind is None else {kind}, number, side]
    for _, _, _, place, kind, number, side in members[1:]:
        state[2] = place if state[2] is None else state[2]
        if kind is not None and state[3] is None:
            state[3] = {kind}
        state[4] = state[4] if number is None else number
        if side is not None:
            state[5] = side if state[5] is None else {**state[5], **side}
    return state


def _settle(
    clusters: list[list[Item]],
    states: list[list[Any]],
    pending: list[Item],
    held: list[Item],
    agreements: bool,
    opened: bool,
) -> Clustered:
    """Place the reports that fit several clusters when they were reached (``pending``) and
    those taken out as rivals (``held``, asked ``either_way``), each against the clusters as
    their fused records now are: a report that joins a cluster can give it a finer date, a
    title or a place, so every report not yet placed is asked again, until none moves. A
    report that fits one cluster joins it, one that fits none starts a cluster (that later
    reports may join), and one that still fits several is listed as ambiguous. Deciding
    against stale clusters made merging the output fuse it further (not a fixpoint)."""
    waiting = [(it, False) for it in pending] + [(it, True) for it in held]
    while True:
        still: list[tuple[Item, bool]] = []
        for it, either_way in waiting:
            fits = _fitting(it, states, clusters, agreements, either_way, opened)
            if len(fits) > 1:
                still.append((it, either_way))
                continue
            if fits:
                # members stay finest first: the fused record takes its first member's date
                n = fits[0]
                clusters[n] = _order([*clusters[n], it])
                states[n] = _state(clusters[n])
            else:
                clusters.append([it])
                states.append(_state([it]))
        if len(still) == len(waiting):
            break
        waiting = still
    ambiguous = [
        (it, _fitting(it, states, clusters, agreements, either_way, opened))
        for it, either_way in waiting
    ]
    return clusters, ambiguous
