"""Rules about provenance: quotes that their source does not contain, spans that point
elsewhere, records that cite nothing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from citydiplo._model import Citation, Source
from citydiplo._normalize import match_key, strip_invisible
from citydiplo._validate._registry import Hit, RuleContext, rule
from citydiplo._validate._report import Severity

if TYPE_CHECKING:
    from citydiplo._model import Record

__all__ = ["loose", "strict"]


def strict(text: str) -> str:
    """Text as quotes are compared: invisible characters dropped, NFC, spaces collapsed.

    >>> strict("Da\\u200c Nang\\n") == strict("Da  Nang")
    True
    """
    return " ".join(strip_invisible(text).split())


def loose(text: str) -> str:
    """The fallback comparison: :func:`citydiplo._normalize.match_key` folding (case,
    accents, Persian letter variants, nukta, punctuation), without filling its cache."""
    return match_key.__wrapped__(text)


def _short(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _cited(ctx: RuleContext) -> Iterator[tuple[Record, int, Citation]]:
    for record in ctx.dataset:
        if not isinstance(record, Source):
            for i, citation in enumerate(record.citations):
                yield record, i, citation


@rule("CD501", Severity.ERROR)
def quote_not_in_source(ctx: RuleContext) -> Iterator[Hit]:
    """A citation whose quote is not found in the text of its source.

    Checked when the source has a ``text``.
    Quote and text are compared after dropping invisible characters (bidirectional
    controls, zero-width spaces and joiners, Persian ZWNJ), NFC normalisation and collapsing
    whitespace; failing that, after ``match_key`` folding (case, accents, Arabic/Persian
    letter variants, nukta). Only a quote that matches neither way is reported.
    """
    texts: dict[str, tuple[str, str]] = {}  # each source text folded once
    for record, i, citation in _cited(ctx):
        source = ctx.source(citation.source)
        if source is None or source.text is None:
            continue
        forms = texts.get(source.id)
        if forms is None:
            forms = texts[source.id] = (strict(source.text), loose(source.text))
        text_strict, text_loose = forms
        if strict(citation.quote) in text_strict or loose(citation.quote) in text_loose:
            continue
        yield (
            record,
            f"citations[{i}].quote",
            (f"quote {_short(citation.quote)} is not in the text of source {source.id!r}"),
        )


@rule("CD502", Severity.ERROR)
def span_mismatch(ctx: RuleContext) -> Iterator[Hit]:
    """A citation whose ``span`` does not delimit its quote in the source text.

    Checked when the source has a ``text``; a span running past its end is reported too.
    Spans count characters (code points) of the text as stored; the comparison forgives
    what CD501 forgives.
    """
    for record, i, citation in _cited(ctx):
        source = ctx.source(citation.source)
        if citation.span is None or source is None or source.text is None:
            continue
        start, end = citation.span
        if end > len(source.text):
            yield (
                record,
                f"citations[{i}].span",
                (
                    f"span [{start}, {end}] runs past the end of source {source.id!r} "
                    f"({len(source.text)} characters)"
                ),
            )
            continue
        covered = source.text[start:end]
        if strict(covered) != strict(citation.quote) and loose(covered) != loose(citation.quote):
            yield (
                record,
                f"citations[{i}].span",
                (
                    f"span [{start}, {end}] of source {source.id!r} is {_short(covered)}, not the "
                    f"quote {_short(citation.quote)}"
                ),
            )


@rule("CD503", Severity.WARNING)
def uncited_record(ctx: RuleContext) -> Iterator[Hit]:
    """A record that cites no source.

    Partnerships, agreements, events, documents, count claims and memberships: nothing is
    known without a source.
    """
    d = ctx.dataset
    for records in (d.partnerships, d.agreements, d.events, d.documents, d.claims, d.memberships):
        for record in records:
            if not record.citations:
                yield record, "citations", f"{record.type} {record.id!r} cites no source"
