"""HTML renderings for Jupyter (``_repr_html_``): compact tables, escaped, truncated.

Every value goes through :func:`html.escape`; each table shows at most ``max_rows`` rows
and then a line "… and K more".
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from citydiplo._dataset import Dataset

__all__ = [
    "MAX_ROWS",
    "dataset_html",
    "merge_result_html",
    "report_html",
    "table",
    "timeline_html",
]

MAX_ROWS = 10
_STYLE = "border-collapse:collapse;font-size:0.9em;text-align:left"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple | list | frozenset | set):
        items = sorted(value, key=str) if isinstance(value, frozenset | set) else value
        return ", ".join(str(v) for v in items)
    return str(value)


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    title: str | None = None,
    max_rows: int = MAX_ROWS,
    total: int | None = None,
) -> str:
    """An HTML table of at most ``max_rows`` rows, then "… and K more".

    ``total`` is the number of rows there are, when ``rows`` holds only the first ones.

    >>> print(table(["id"], [["<a>"], ["b"], ["c"]], max_rows=2))
    <table style="border-collapse:collapse;font-size:0.9em;text-align:left"><thead><tr><th>id</th></tr></thead><tbody><tr><td>&lt;a&gt;</td></tr><tr><td>b</td></tr></tbody></table><p>… and 1 more</p>
    """  # noqa: E501
    out = []
    if title:
        out.append(f"<h4>{html.escape(title)}</h4>")
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    out.append(f'<table style="{_STYLE}"><thead><tr>{head}</tr></thead><tbody>')
    extra = 0
    for count, row in enumerate(rows):
        if count >= max_rows:
            extra += 1
            continue
        cells = "".join(f"<td>{html.escape(_text(v))}</td>" for v in row)
        out.append(f"<tr>{cells}</tr>")
    out.append("</tbody></table>")
    if total is not None:
        extra = max(extra, total - min(total, max_rows))
    if extra:
        out.append(f"<p>… and {extra} more</p>")
    return "".join(out)


def _names(dataset: Dataset, ids: Iterable[str]) -> str:
    by_id = dataset._by_id
    return ", ".join(getattr(by_id.get(i), "name", i) for i in ids)


def _columns(dataset: Dataset) -> dict[str, tuple[list[str], Callable[[Any], list[object]]]]:
    def names(ids: Iterable[str]) -> str:
        return _names(dataset, ids)

    return {
        "actors": (
            ["id", "type", "name", "country", "subdivision"],
            lambda a: [a.id, a.type, a.name, a.country, a.subdivision],
        ),
        "sources": (
            ["id", "publisher", "language", "published", "title"],
            lambda s: [s.id, s.publisher, s.language, s.published, s.title],
        ),
        "partnerships": (
            ["id", "parties", "kind", "status", "established", "ended"],
            lambda p: [p.id, names(p.parties), p.kind, p.status, p.established, p.ended],
        ),
        "agreements": (
            ["id", "kind", "parties", "signed", "title"],
            lambda g: [g.id, g.kind, names(g.parties), g.signed, g.title],
        ),
        "events": (
            ["id", "kind", "date", "participants", "title"],
            lambda e: [e.id, e.kind, e.date, names(e.actors), e.title],
        ),
        "documents": (
            ["id", "kind", "number", "issuer", "date", "title"],
            lambda d: [d.id, d.kind, d.number, d.issuer, d.date, d.title],
        ),
        "claims": (
            ["id", "subject", "counted", "value", "as of"],
            lambda c: [c.id, c.subject, c.counted, c.value, c.as_of],
        ),
        "memberships": (
            ["id", "member", "network", "role", "joined", "left"],
            lambda m: [m.id, names([m.member]), names([m.network]), m.role, m.joined, m.left],
        ),
    }


def dataset_html(dataset: Dataset, *, max_rows: int = MAX_ROWS) -> str:
    """A dataset: its counts, then one table per non-empty kind of record."""
    counts = ", ".join(f"{n} {kind}" for kind, n in dataset.counts().items() if n)
    out = [f"<div><strong>Dataset</strong>: {html.escape(counts or 'empty')}"]
    for kind, (headers, cells) in _columns(dataset).items():
        records = getattr(dataset, kind)
        if records:
            shown = map(cells, records[:max_rows])
            out.append(table(headers, shown, title=kind, max_rows=max_rows, total=len(records)))
    out.append("</div>")
    return "".join(out)


def _record_of(item: Any) -> Any:
    return getattr(item, "record", item)


def timeline_html(timeline: Any, *, max_rows: int = 20) -> str:
    """A timeline: one row per entry in its order (date, kind, actors, title, sources);
    undated entries follow, counted in the heading."""
    undated = list(getattr(timeline, "undated", ()))
    items = [*timeline, *undated]
    rows = []
    for item in items:
        record = _record_of(item)
        date = getattr(item, "date", None) or getattr(record, "date", None)
        kind = getattr(item, "kind", None) or getattr(record, "kind", None) or record.type
        actors = getattr(item, "actors", None) or record.actors
        title = getattr(record, "title", None) or getattr(record, "note", None)
        sources = getattr(item, "sources", ())
        rows.append([date or "undated", kind, actors, title, len(sources)])
    head = (
        f"<div><strong>Timeline</strong>: {len(items) - len(undated)} dated, {len(undated)} undated"
    )
    body = table(["date", "kind", "actors", "title", "sources"], rows, max_rows=max_rows)
    return head + body + "</div>"


def report_html(report: Any, *, max_rows: int = 20) -> str:
    """A validation report: one row per finding (severity, code, path, message)."""
    findings = list(getattr(report, "findings", report))
    rows = [
        [
            getattr(f, "severity", ""),
            getattr(f, "code", ""),
            getattr(f, "path", ""),
            getattr(f, "message", str(f)),
        ]
        for f in findings
    ]
    head = f"<div><strong>Report</strong>: {len(findings)} findings"
    if not findings:
        return head + "</div>"
    return head + table(["severity", "code", "path", "message"], rows, max_rows=max_rows) + "</div>"


def merge_result_html(result: Any, *, max_rows: int = MAX_ROWS) -> str:
    """A merge result: the merged dataset, its conflicts and ambiguous reports."""
    conflicts = list(getattr(result, "conflicts", ()))
    ambiguous = list(getattr(result, "ambiguous", ()))
    out = [
        "<div><strong>MergeResult</strong>: "
        f"{len(conflicts)} conflicts, {len(ambiguous)} ambiguous",
    ]
    if conflicts:
        rows = [
            [
                c.record,
                c.field,
                "; ".join(f"{v.value} ({', '.join(v.reports)})" for v in c.values),
            ]
            for c in conflicts
        ]
        out.append(
            table(
                ["record", "field", "values (reports)"], rows, title="conflicts", max_rows=max_rows
            )
        )
    if ambiguous:
        rows = [[a.record, a.candidates] for a in ambiguous]
        out.append(table(["record", "could be"], rows, title="ambiguous", max_rows=max_rows))
    out.append(dataset_html(result.dataset, max_rows=max_rows))
    out.append("</div>")
    return "".join(out)
