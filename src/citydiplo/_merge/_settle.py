"""Applying a curator's settlements (``merge(..., resolve=...)``) to clustered reports.

Clustering leaves a report that fits several occurrences on its own, listed as ambiguous
(see ``_cluster``). A settlement ``report -> occurrence`` (see ``_settlements``) decides it:

- the report joins the candidate occurrence that holds a report with the id ``occurrence``
  (it joins after clustering: it does not change which other reports fit where);
- when ``occurrence`` is the report's own id, it stays an occurrence of its own and is no
  longer listed as ambiguous;
- a settlement about a report that is not ambiguous must agree with what merge did (the
  report is already in that occurrence, or alone when settled as its own): a re-run on more
  reports then either reproduces the decision or says why it cannot.

Every problem is collected and raised at the end of the clustering as one
:class:`~citydiplo.SettlementError`, each problem with its path ``resolve['<report>']`` and
quoting the ids: a report or occurrence id that no input report has, an occurrence that is
not one the report could belong to. The outcome depends only on the set of reports and the
mapping, never on their order.

The settlements a merge applies (:func:`gather`) are those the curator gives as ``resolve``
and those the input results carry (:attr:`MergeResult.settlements`: a settled result keeps
its settlements, so merging it again, alone or with more reports, settles the same way).
A report that ``resolve`` settles is settled as ``resolve`` says, whatever an input result
carried for it; two input results that settle one report two ways are an error.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from citydiplo._errors import Problem
from citydiplo._merge._blocks import _fitting
from citydiplo._merge._cluster import _order
from citydiplo._merge._settlements import Settlement, SettlementError, id_problem

__all__ = ["Settler", "gather", "settler_for", "shared_ids"]

_SHAPE = "a mapping of report id to occurrence id, or Settlement records"


def gather(
    given: Mapping[str, str] | Iterable[Settlement] | None,
    carried: Sequence[Iterable[Settlement]] = (),
) -> tuple[tuple[Settlement, ...], list[Problem], frozenset[str]]:
    """The settlements a merge applies, in canonical order; the problems of ``given``
    (each with its path ``resolve[...]``) and of ``carried`` (the input results'); and the
    reports settled as an input result carried (``given`` says nothing of them)."""
    if given is None:
        given = ()
    elif isinstance(given, str | bytes) or not isinstance(given, Mapping | Iterable):
        problem = f"{given!r:.80} is not {_SHAPE} (it is {type(given).__name__})"
        raise SettlementError(
            f"resolve takes {_SHAPE}, not {type(given).__name__}: {given!r:.80}",
            problems=[Problem(problem, path="resolve")],
        )
    problems: list[Problem] = []
    chosen: dict[str, Settlement] = {}
    entries = _entries(given, problems)
    for path, entry in entries:
        earlier = chosen.setdefault(entry.report, entry)
        if earlier.occurrence != entry.occurrence:
            problems.append(
                Problem(
                    f"report {entry.report!r} is settled both as {earlier.occurrence!r} and as "
                    f"{entry.occurrence!r}",
                    path=path,
                )
            )
    kept = {entry for _, entry in entries}
    by_report: dict[str, set[str]] = {}
    for group in carried:
        for settlement in group:
            if settlement.report not in chosen:
                kept.add(settlement)
                by_report.setdefault(settlement.report, set()).add(settlement.occurrence)
    for report in sorted(by_report):
        if len(by_report[report]) > 1:
            ways = " and as ".join(map(repr, sorted(by_report[report])))
            problems.append(
                Problem(
                    f"the merged results settle report {report!r} both as {ways} (settle it "
                    "with resolve=)",
                    path=f"settlements[{report!r}]",
                )
            )
    return tuple(sorted(kept, key=Settlement.sort_key)), problems, frozenset(by_report)


def _entries(
    given: Mapping[str, str] | Iterable[Settlement], problems: list[Problem]
) -> list[tuple[str, Settlement]]:
    found: list[tuple[str, Settlement]] = []
    if isinstance(given, Mapping):
        for report, occurrence in given.items():
            path = f"resolve[{report!r}]"
            bad = [
                p
                for p in (id_problem(report, "report"), id_problem(occurrence, "occurrence"))
                if p is not None
            ]
            problems.extend(Problem(p, path=path) for p in bad)
            if not bad:
                found.append((path, Settlement(report=report, occurrence=occurrence)))
        return found
    for n, entry in enumerate(given):
        if isinstance(entry, Settlement):
            found.append((f"resolve[{n}]", entry))
        else:
            problems.append(
                Problem(
                    f"{entry!r:.80} is no Settlement (resolve takes {_SHAPE})", path=f"resolve[{n}]"
                )
            )
    return found


Item = tuple[Any, ...]


def _fits(item: Item, own: Item, key: tuple[Any, ...]) -> bool:
    """Whether ``item`` may be the occurrence of ``own``, a report settled as its own."""
    _, lo, hi, place, kind, number, side = own
    state = [lo, hi, place, None if kind is None else {kind}, number, side]
    agreements, opened = key[:1] == ("agreement",), key[:2] == ("event", "open")
    return bool(_fitting(item, [state], [[own]], agreements, True, opened))


def shared_ids(
    inputs: Iterable[Any], named: Mapping[str, str], collections: Iterable[str]
) -> dict[str, list[int]]:
    """The ids a settlement names that name different reports (in ``collections``): id ->
    the numbers (from 1) of the inputs that hold one of them. A report given twice alike (an
    input merged with itself) is one report."""
    wanted = {*named, *named.values()}
    found: dict[str, list[tuple[int, Any]]] = {}
    for n, given in enumerate(inputs, 1):
        data = getattr(given, "reports", given)
        for name in collections:
            for record in getattr(data, name):
                if record.id in wanted:
                    seen = found.setdefault(record.id, [])
                    if all(record != other for _, other in seen):
                        seen.append((n, record))
    return {id: sorted({n for n, _ in seen}) for id, seen in sorted(found.items()) if len(seen) > 1}


class Settler:
    """Settlements checked against the input report ids, applied block by block."""

    def __init__(
        self,
        resolve: Mapping[str, str],
        known: Iterable[str],
        problems: Iterable[Problem] = (),
        carried: Iterable[str] = (),
        shared: Mapping[str, list[int]] | None = None,
    ) -> None:
        self.resolve = dict(resolve)
        self.problems: list[Problem] = list(problems)
        self.carried = frozenset(carried)  # reports settled by an input result, not resolve
        ids = set(known)
        shared = shared or {}
        for report, occurrence in list(self.resolve.items()):
            for what, value in (("report", report), ("occurrence", occurrence)):
                if value not in ids:
                    self._problem(report, f"{what} {value!r} is the id of no input report")
                elif value in shared:
                    held = shared[value]
                    where = (
                        f"input {held[0]}"
                        if len(held) == 1
                        else f"inputs {', '.join(map(str, held[:-1]))} and {held[-1]}"
                    )
                    self._problem(
                        report,
                        f"{what} {value!r} names different reports (in {where}), so a "
                        f"settlement cannot tell which one it means: give each of them its own "
                        f"id in its input, or name the {what} by the id of another report",
                    )
                else:
                    continue
                del self.resolve[report]  # reported once, not applied
                break

    def _problem(self, report: str, message: str) -> None:
        if report in self.carried:
            self.problems.append(
                Problem(
                    f"{message} (a settlement that a merged result carried: settle the report "
                    "again with resolve=, or merge the result's reports to start over)",
                    path=f"settlements[{report!r}]",
                )
            )
        else:
            self.problems.append(Problem(message, path=f"resolve[{report!r}]"))

    def block(
        self,
        clusters: list[list[Item]],
        ambiguous: list[tuple[Item, list[int]]],
        key: tuple[Any, ...] = (),
    ) -> tuple[list[list[Item]], list[tuple[Item, list[int]]]]:
        """One block's clusters and ambiguous reports, with the settlements applied.

        A report settled as its own occurrence is one: another ambiguous report of the block
        that fits it lists it among its candidates, and may be settled into it.
        """
        resolve = self.resolve
        for cluster in clusters:
            for item in cluster:
                occurrence = resolve.get(item[0].id)
                if occurrence is not None:
                    self._check_clustered(item[0].id, occurrence, cluster)
        if not any(item[0].id in resolve for item, _ in ambiguous):
            return clusters, ambiguous
        alone = [[item] for item, _ in ambiguous if resolve.get(item[0].id) == item[0].id]
        base = len(clusters)
        clusters = [*(list(cluster) for cluster in clusters), *alone]
        left: list[tuple[Item, list[int]]] = []
        joining: list[tuple[int, Item]] = []
        for item, fits in ambiguous:
            report = item[0].id
            occurrence = resolve.get(report)
            if occurrence == report:
                continue
            fits = [*fits, *(base + k for k, own in enumerate(alone) if _fits(item, own[0], key))]
            if occurrence is None:
                left.append((item, fits))
                continue
            chosen = [n for n in fits if any(m[0].id == occurrence for m in clusters[n])]
            if len(chosen) == 1:
                joining.append((chosen[0], item))
            else:
                left.append((item, fits))
                named = "; ".join(" ".join(sorted({m[0].id for m in clusters[n]})) for n in fits)
                self._problem(
                    report,
                    f"report {report!r} could belong to the occurrences of reports "
                    f"[{named}], not to that of {occurrence!r}",
                )
        for n, item in joining:
            clusters[n].append(item)
            if n >= base:
                # the fused record takes its first member's date: finest first
                clusters[n] = _order(clusters[n])
        # the candidates of the reports still ambiguous are indexes into these clusters
        return clusters, left

    def _check_clustered(self, report: str, occurrence: str, cluster: list[Item]) -> None:
        ids = {m[0].id for m in cluster}
        if occurrence == report and len(ids) == 1:
            return
        if occurrence != report and occurrence in ids:
            return
        others = sorted(ids - {report})
        told = f"fused it with the reports {others!r}" if others else "kept it on its own"
        wanted = "as its own occurrence" if occurrence == report else f"with {occurrence!r}"
        self._problem(
            report,
            f"report {report!r} is not ambiguous: merge {told}, so it cannot be settled {wanted}",
        )

    def finish(self) -> None:
        """Raise every problem found, if any."""
        if self.problems:
            problems = sorted(set(self.problems), key=lambda p: (p.path, p.message))
            raise SettlementError(
                f"{len(problems)} settlement(s) cannot be applied", problems=problems
            )


def settler_for(
    inputs: Sequence[Any],
    reports: Any,
    settled: Iterable[Settlement],
    problems: Sequence[Problem],
    carried: frozenset[str],
    collections: Sequence[str],
) -> Settler | None:
    """The settler of one merge (``None`` when nothing is to settle or report)."""
    resolve = {s.report: s.occurrence for s in settled}
    if not (resolve or problems):
        return None
    known = (record.id for name in collections for record in getattr(reports, name))
    shared = shared_ids(inputs, resolve, collections)
    return Settler(resolve, known, problems, carried, shared)
