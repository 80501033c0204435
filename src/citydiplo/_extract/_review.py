"""The review view of an :class:`~citydiplo._extract.Extraction`: the article with its
mentions highlighted by kind, beside a table of the candidate records.

Every piece of text goes through :func:`html.escape`. Each mention is a ``<mark>`` with
``class="m-<kind>"`` and ``data-start``/``data-end``; each record a table row with
``id="rec-<n>"``, ``data-record`` (its id) and ``data-status``; each cited sentence a
``<span class="sentence" data-records="...">`` so a reader can find the words behind a row.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from citydiplo._extract._extraction import Extraction

__all__ = ["KIND_COLOURS", "review_html", "review_page"]

KIND_COLOURS = {
    "date": "#fde68a",
    "place": "#bbf7d0",
    "actor": "#a7f3d0",
    "person": "#bfdbfe",
    "organization": "#ddd6fe",
    "document_number": "#fecaca",
    "count": "#fed7aa",
}
_CSS = """
.cd-review{display:flex;gap:1.5em;font-family:system-ui,sans-serif;font-size:14px}
.cd-article{flex:1 1 50%;white-space:pre-wrap;line-height:1.6;max-height:80vh;overflow:auto;
 border:1px solid #ddd;padding:0.8em}
.cd-records{flex:1 1 50%;max-height:80vh;overflow:auto}
.cd-records table{border-collapse:collapse;width:100%}
.cd-records td,.cd-records th{border-bottom:1px solid #eee;padding:0.3em;text-align:left;
 vertical-align:top}
.cd-article mark{border-radius:3px;padding:0 1px}
.cd-article .sentence{border-bottom:2px dotted #999}
tr[data-status=rejected]{opacity:0.4;text-decoration:line-through}
tr[data-status=held]{opacity:0.6;font-style:italic}
.cd-legend span{margin-right:0.8em;padding:0 4px;border-radius:3px}
""" + "".join(f".m-{k}{{background:{c}}}\n" for k, c in KIND_COLOURS.items())


def _article(x: Extraction) -> str:
    """The text with cited sentences in spans and mentions in marks, properly nested: a
    mention that crosses a sentence edge is left unmarked."""
    text = x.text
    cited: dict[tuple[int, int], list[str]] = {}
    for r in x.records:
        for c in r.citations:
            if c.span is not None:
                cited.setdefault(c.span, []).append(r.id)
    spans = sorted(cited)
    tags: list[tuple[int, int, str]] = []  # (position, order, tag): closes before opens
    for s, e in spans:
        ids = html.escape(" ".join(cited[(s, e)]))
        tags += [(s, 2, f'<span class="sentence" data-records="{ids}">'), (e, 1, "</span>")]
    end = -1
    for m in x.mentions:
        crosses = any(s < m.start < e < m.end or m.start < s < m.end < e for s, e in spans)
        if m.start < end or crosses:
            continue
        end = m.end
        title = html.escape(m.kind + ": " + (m.actor or (str(m.date) if m.date is not None
                                                          else m.number or m.text)))
        tags += [(m.start, 3, f'<mark class="m-{m.kind}" data-start="{m.start}" '
                              f'data-end="{m.end}" title="{title}">'),
                 (m.end, 0, "</mark>")]
    out: list[str] = []
    pos = 0
    for p, _, tag in sorted(tags):
        out.append(html.escape(text[pos:p]))
        out.append(tag)
        pos = p
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _cell(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _slots(r: Any) -> str:
    """The record's filled slots beyond actors and date: place, venue, fields, term, issuer,
    signatories (with their office) and the record a step event belongs to."""
    parts = []
    for name in ("place", "venue", "term", "issuer", "agreement", "partnership"):
        value = getattr(r, name, None)
        if value is not None:
            parts.append(f"{name}: {value}")
    if getattr(r, "fields", None):
        parts.append("fields: " + ", ".join(sorted(str(f) for f in r.fields)))
    for s in getattr(r, "signatories", ()):
        office = f" ({s.office})" if s.office else ""
        parts.append(f"signatory: {s.person or ''}{office} for {s.on_behalf_of}")
    return "<br>".join(html.escape(p) for p in parts)


def _rows(x: Extraction) -> str:
    rows = []
    for n, r in enumerate(x.records):
        ev = x.evidence.get(r.id)
        kind = getattr(r, "kind", None) or getattr(r, "counted", None)
        actors = ", ".join(r.actors)
        date = getattr(r, "date", None)
        proposed = str(getattr(r, "status", None)) == "proposed"
        flags = "planned" if getattr(r, "planned", False) or proposed else ""
        rows.append(
            f'<tr id="rec-{n}" data-record="{html.escape(r.id)}" '
            f'data-status="{html.escape(x.status[r.id])}">'
            f"<td>{_cell(r.type)}</td><td>{_cell(kind)}</td><td>{_cell(actors)}</td>"
            f"<td>{_cell(date)}</td><td class=\"slots\">{_slots(r)}</td><td>{_cell(flags)}</td>"
            f"<td>{_cell(ev.cue if ev else '')}</td><td>{_cell(ev.score if ev else '')}</td>"
            f"<td>{_cell(x.status[r.id])}</td></tr>")
    head = "".join(f"<th>{h}</th>" for h in
                   ("type", "kind", "actors", "date", "slots", "", "cue", "score", "status"))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def review_html(x: Extraction, *, standalone: bool) -> str:
    """The review view; ``standalone`` wraps it in a full HTML page."""
    if not standalone:
        return f"<div><style>{_CSS}</style>{_legend()}{_body(x)}</div>"
    return review_page([x])


def review_page(drafts: Sequence[Extraction]) -> str:
    """One standalone HTML page reviewing every draft, an article after the other.

    >>> from citydiplo import extract
    >>> drafts = [extract(t, lang="en") for t in ("Suwon visited Hue.", "<b>Hue</b>")]
    >>> page = review_page(drafts)
    >>> page.count("<html"), page.count('class="cd-review"'), "<b>" in page
    (1, 2, False)
    """
    first = drafts[0].source if len(drafts) == 1 else None
    title = (first.title or first.id) if first is not None else f"{len(drafts)} articles"
    sections = "".join(f"<section>{_body(x)}</section>" for x in drafts)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>Review: {html.escape(title)}</title>"
        f"<style>{_CSS}</style></head><body>{_legend()}{sections}</body></html>\n"
    )


def _legend() -> str:
    legend = "".join(f'<span class="m-{k}">{k.replace("_", " ")}</span>' for k in KIND_COLOURS)
    return f'<div class="cd-legend">{legend}</div>'


def _body(x: Extraction) -> str:
    return (
        f'<div class="cd-review"><div class="cd-article" lang="{html.escape(x.lang)}" '
        f'dir="{"rtl" if x.lang in ("he", "fa") else "ltr"}">{_article(x)}</div>'
        f'<div class="cd-records"><p>{len(x.records)} candidate records from source '
        f"<code>{html.escape(x.source.id)}</code></p>{_rows(x)}</div></div>"
    )
