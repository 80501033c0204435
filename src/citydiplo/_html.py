"""HTML renderings for Jupyter (``_repr_html_``): compact tables, escaped, truncated.

Every value goes through :func:`html.escape`; each table shows at most ``max_rows`` rows
and then a line "… and K more". Each view is one ``<div class="citydiplo">`` that carries a
small stylesheet scoped to that class, so the tables read the same in Jupyter, in a saved
notebook and in a plain HTML page; dates never wrap in the middle of a value.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from citydiplo._dataset import Dataset

__all__ = [
    "MAX_ROWS",
    "STYLE",
    "dataset_html",
    "fused_reports",
    "merge_result_html",
    "partners_html",
    "plural",
    "report_html",
    "table",
    "timeline_html",
]

MAX_ROWS = 10

#: The stylesheet each view carries, scoped to ``.citydiplo``.
STYLE = (
    "<style>"
    ".citydiplo table{border-collapse:collapse;font-size:0.9em;margin:0.3em 0 0.8em}"
    ".citydiplo th,.citydiplo td{text-align:left;vertical-align:top;padding:0.2em 0.6em;"
    "border-bottom:1px solid #ddd}"
    ".citydiplo th{border-bottom:2px solid #999}"
    ".citydiplo tbody tr:nth-child(even){background:rgba(127,127,127,0.07)}"
    ".citydiplo .cd-date{white-space:nowrap}"
    ".citydiplo h4{margin:0.6em 0 0.2em}"
    ".citydiplo p{margin:0.2em 0}"
    "</style>"
)

#: Columns whose cells hold dates (kept on one line).
_DATE_COLUMNS = frozenset({"date", "signed", "established", "ended", "published", "as of"})


def plural(n: int, noun: str) -> str:
    """``n`` and the noun, singular for one.

    >>> plural(1, "actor"), plural(2, "actor"), plural(0, "entry"), plural(1, "entry")
    ('1 actor', '2 actors', '0 entries', '1 entry')
    """
    if n == 1:
        return f"{n} {noun}"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return f"{n} {noun[:-1]}ies"
    return f"{n} {noun}s"


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
    Cells of date columns (``date``, ``signed``...) do not wrap.

    >>> print(table(["id", "date"], [["<a>", "2024-04"], ["b", None], ["c", None]], max_rows=2))
    <table><thead><tr><th>id</th><th>date</th></tr></thead><tbody><tr><td>&lt;a&gt;</td><td class="cd-date">2024-04</td></tr><tr><td>b</td><td class="cd-date"></td></tr></tbody></table><p>… and 1 more</p>
    """  # noqa: E501
    out = []
    if title:
        out.append(f"<h4>{html.escape(title)}</h4>")
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    out.append(f"<table><thead><tr>{head}</tr></thead><tbody>")
    opening = ['<td class="cd-date">' if h in _DATE_COLUMNS else "<td>" for h in headers]
    extra = 0
    for count, row in enumerate(rows):
        if count >= max_rows:
            extra += 1
            continue
        cells = "".join(
            f"{td}{html.escape(_text(v))}</td>" for td, v in zip(opening, row, strict=False)
        )
        out.append(f"<tr>{cells}</tr>")
    out.append("</tbody></table>")
    if total is not None:
        extra = max(extra, total - min(total, max_rows))
    if extra:
        out.append(f"<p>… and {extra} more</p>")
    return "".join(out)


def _view(heading: str, summary: str, *body: str) -> str:
    return (
        f'<div class="citydiplo">{STYLE}<strong>{html.escape(heading)}</strong>: '
        f"{html.escape(summary)}{''.join(body)}</div>"
    )


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


def _dataset_tables(dataset: Dataset, max_rows: int) -> list[str]:
    out = []
    for kind, (headers, cells) in _columns(dataset).items():
        records = getattr(dataset, kind)
        if records:
            shown = map(cells, records[:max_rows])
            out.append(table(headers, shown, title=kind, max_rows=max_rows, total=len(records)))
    return out


def _counts(dataset: Dataset) -> str:
    counts = [plural(n, kind.removesuffix("s")) for kind, n in dataset.counts().items() if n]
    return ", ".join(counts) or "empty"


def dataset_html(dataset: Dataset, *, max_rows: int = MAX_ROWS) -> str:
    """A dataset: its counts ("1 actor, 3 events"), then one table per non-empty kind."""
    return _view("Dataset", _counts(dataset), *_dataset_tables(dataset, max_rows))


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
    summary = f"{len(items) - len(undated)} dated, {len(undated)} undated"
    body = table(["date", "kind", "actors", "title", "sources"], rows, max_rows=max_rows)
    return _view("Timeline", summary, body)


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
    if not findings:
        return _view("Report", plural(0, "finding"))
    body = table(["severity", "code", "path", "message"], rows, max_rows=max_rows)
    return _view("Report", plural(len(findings), "finding"), body)


def merge_result_html(result: Any, *, max_rows: int = MAX_ROWS) -> str:
    """A merge result: which reports were fused into which record, the conflicts, the
    wording variants, the ambiguous reports side by side with their candidates, the
    findings, then the merged dataset."""
    conflicts = list(getattr(result, "conflicts", ()))
    variants = list(getattr(result, "variants", ()))
    ambiguous = list(getattr(result, "ambiguous", ()))
    findings = list(getattr(result, "findings", ()))
    fused = fused_reports(result)
    reports = len(getattr(result, "reports", ()))
    summary = (
        f"{plural(reports, 'report')} into {plural(len(result.dataset), 'record')} "
        f"({len(fused)} fused), {plural(len(conflicts), 'conflict')}, "
        f"{plural(len(variants), 'wording variant')}, {len(ambiguous)} ambiguous, "
        f"{plural(len(findings), 'finding')}"
    )
    body = []
    if fused:
        rows = [[record, len(members), "; ".join(members)] for record, members in fused.items()]
        body.append(
            table(["record", "reports", "fused from"], rows, title="fused", max_rows=max_rows)
        )
    from citydiplo._merge._result import show

    for title, found in (("conflicts", conflicts), ("wording variants", variants)):
        if found:
            rows = [
                [
                    c.record,
                    c.field,
                    "; ".join(f"{show(v.value)} ({', '.join(v.reports)})" for v in c.values),
                ]
                for c in found
            ]
            headers = ["record", "field", "values (reports)"]
            body.append(table(headers, rows, title=title, max_rows=max_rows))
    if ambiguous:
        body.append(_ambiguous_html(ambiguous, max_rows))
    if findings:
        rows = [[f.severity, f.code, f.record, getattr(f, "message", str(f))] for f in findings]
        headers = ["severity", "code", "record", "message"]
        body.append(table(headers, rows, title="findings", max_rows=max_rows))
    body.append(f"<h4>merged dataset: {html.escape(_counts(result.dataset))}</h4>")
    body.extend(_dataset_tables(result.dataset, max_rows))
    return _view("MergeResult", summary, *body)


def ambiguity_html(ambiguity: Any) -> str:
    """One ambiguous report beside the occurrences it could belong to."""
    summary = f"{ambiguity.record} could be {' or '.join(ambiguity.candidates)}"
    return _view("Ambiguity", summary, _ambiguous_html([ambiguity], MAX_ROWS))


def _ambiguous_html(ambiguous: Sequence[Any], max_rows: int) -> str:
    """Each ambiguous report beside its candidates, one row per deciding field; a report
    without deciding fields (an old stored result) as one row of candidates."""
    from citydiplo._merge._result import show

    plain = [[a.record, a.candidates] for a in ambiguous if not a.fields]
    heading = html.escape("ambiguous: settle with merge(..., resolve={report: occurrence})")
    out = [f"<h4>{heading}</h4>"]
    if plain:
        out.append(table(["record", "could be"], plain, max_rows=max_rows))
    shown = [a for a in ambiguous if a.fields]
    for a in shown[:max_rows]:
        headers = [
            "field",
            f"report {a.report or a.record}",
            *(f"{c.record} (reports: {', '.join(c.reports)})" for c in a.options),
        ]
        rows = [[name, *(show(v) for v in values)] for name, values in a.rows()]
        out.append(table(headers, rows, max_rows=len(rows)))
    if len(shown) > max_rows:
        out.append(f"<p>… and {len(shown) - max_rows} more</p>")
    return "".join(out)


def fused_reports(result: Any) -> dict[str, list[str]]:
    """For each merged record made of several reports, those reports: each its id and the
    sources it cites (reports told by several sources often share an id)."""
    by_id: dict[str, list[Any]] = {}
    for report in getattr(result, "reports", ()):
        by_id.setdefault(report.id, []).append(report)
    fused: dict[str, list[str]] = {}
    for record, ids in getattr(result, "clusters", {}).items():
        members = [report for i in ids for report in by_id.get(i, ())]
        if len(members) > 1:
            fused[record] = [
                f"{m.id} ({', '.join(sorted({c.source for c in m.citations})) or 'no source'})"
                for m in members
            ]
    return fused


def partners_html(partners: Sequence[Any], *, max_rows: int = 20) -> str:
    """Partners of an actor: one row per partner (name, country, kind, status, since)."""
    rows = [
        [
            p.actor.name,
            p.actor.country,
            p.partnership.kind,
            p.partnership.status,
            p.partnership.established,
            p.partnership.id,
        ]
        for p in partners
    ]
    headers = ["partner", "country", "kind", "status", "established", "partnership"]
    body = table(headers, rows, max_rows=max_rows) if rows else ""
    return _view("Partners", plural(len(rows), "partner"), body)
