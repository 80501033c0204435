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
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from citydiplo._errors import Problem
from citydiplo._merge._settlements import SettlementError

__all__ = ["Settler"]

Item = tuple[Any, ...]


class Settler:
    """Settlements checked against the input report ids, applied block by block."""

    def __init__(self, resolve: Mapping[str, str], known: Iterable[str]) -> None:
        self.resolve = dict(resolve)
        self.problems: list[Problem] = []
        ids = set(known)
        for report, occurrence in list(self.resolve.items()):
            for what, value in (("report", report), ("occurrence", occurrence)):
                if value not in ids:
                    self._problem(report, f"{what} {value!r} is the id of no input report")
                    del self.resolve[report]  # reported once, not applied
                    break

    def _problem(self, report: str, message: str) -> None:
        self.problems.append(Problem(message, path=f"resolve[{report!r}]"))

    def block(
        self, clusters: list[list[Item]], ambiguous: list[tuple[Item, list[int]]]
    ) -> tuple[list[list[Item]], list[tuple[Item, list[int]]]]:
        """One block's clusters and ambiguous reports, with the settlements applied."""
        resolve = self.resolve
        for cluster in clusters:
            for item in cluster:
                occurrence = resolve.get(item[0].id)
                if occurrence is not None:
                    self._check_clustered(item[0].id, occurrence, cluster)
        if not any(item[0].id in resolve for item, _ in ambiguous):
            return clusters, ambiguous
        left: list[tuple[Item, list[int]]] = []
        joining: list[tuple[int, Item]] = []
        alone: list[list[Item]] = []
        for item, fits in ambiguous:
            report = item[0].id
            occurrence = resolve.get(report)
            if occurrence is None:
                left.append((item, fits))
            elif occurrence == report:
                alone.append([item])
            else:
                chosen = [n for n in fits if any(m[0].id == occurrence for m in clusters[n])]
                if len(chosen) == 1:
                    joining.append((chosen[0], item))
                else:
                    left.append((item, fits))
                    named = "; ".join(
                        " ".join(sorted({m[0].id for m in clusters[n]})) for n in fits
                    )
                    self._problem(
                        report,
                        f"report {report!r} could belong to the occurrences of reports "
                        f"[{named}], not to that of {occurrence!r}",
                    )
        clusters = [list(cluster) for cluster in clusters]
        for n, item in joining:
            clusters[n].append(item)
        # renumber the candidates of the reports still ambiguous: clusters keep their places
        return [*clusters, *alone], left

    def _check_clustered(self, report: str, occurrence: str, cluster: list[Item]) -> None:
        ids = {m[0].id for m in cluster}
        if occurrence == report and len(ids) == 1:
            return
        if occurrence != report and occurrence in ids:
            return
        others = sorted(ids - {report})
        told = f"fused it with the reports {others!r}" if others else "kept it on its own"
        wanted = "its own occurrence" if occurrence == report else f"with {occurrence!r}"
        self._problem(
            report,
            f"report {report!r} is not ambiguous: merge {told}, so it cannot be settled as "
            f"{wanted}",
        )

    def finish(self) -> None:
        """Raise every problem found, if any."""
        if self.problems:
            problems = sorted(set(self.problems), key=lambda p: (p.path, p.message))
            raise SettlementError(
                f"{len(problems)} settlement(s) cannot be applied", problems=problems
            )
