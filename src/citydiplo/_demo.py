"""The demo behind ``citydiplo demo``: the seed articles merged, checked and questioned.

It prints the merged timeline of the five seed articles, a summary of what
:func:`citydiplo.validate` finds, and a few answers: the partners of Gwangju (Gyeonggi), the
agreements of Hanoi, and what was fused across the Gujarati and Hebrew translations of the
Hanam article.
"""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from citydiplo._dataset import Dataset
from citydiplo._merge import MergeResult, format_date
from citydiplo._model import Actor, Agreement, Event, Partnership
from citydiplo._seeds import merge_seeds
from citydiplo._validate import validate
from citydiplo.dates import record_date_key

__all__ = ["run"]

GWANGJU = "gwangju-gg"
HANOI = "hanoi"
HANAM_TRANSLATIONS = {"000_c4bc86c6ec73d8de": "gu", "001_357b0068aa76b59a": "he"}


def run(out: TextIO) -> int:
    """Write the demo to ``out`` and return the exit status (0).

    >>> import io
    >>> buffer = io.StringIO()
    >>> run(buffer)
    0
    >>> "Partners of Gwangju" in buffer.getvalue()
    True
    """
    result = merge_seeds()
    dataset = result.dataset
    _heading(out, "The seed articles")
    _sources(out, dataset)
    _heading(out, "Merged timeline")
    _timeline(out, result)
    _heading(out, "Validation")
    _validation(out, dataset)
    _heading(out, "Partners of Gwangju (Gyeonggi, KR-41)")
    _partners_of_gwangju(out, dataset)
    _heading(out, "Agreements of Hanoi")
    _agreements_of_hanoi(out, dataset)
    _heading(out, "Merged across the Gujarati and Hebrew translations of the Hanam article")
    _hanam_merge(out, result)
    return 0


def _heading(out: TextIO, title: str) -> None:
    out.write(f"\n== {title} ==\n")


def _name(dataset: Dataset, id: str) -> str:
    actor = dataset.get(id)
    return getattr(actor, "name", id)


def _sources(out: TextIO, dataset: Dataset) -> None:
    for source in dataset.sources:
        if source.text is None:
            continue
        original = dataset.get(source.translation_of) if source.translation_of else None
        details = [source.language or "?", f"published {format_date(source.published)}"]
        if original is not None:
            published = format_date(getattr(original, "published", None))
            language = getattr(original, "language", None) or "?"
            details.append(f"translates a {language} original published {published}")
        if source.publisher:
            details.append(source.publisher)
        cited = sum(
            1
            for record in dataset
            for citation in getattr(record, "citations", ())
            if citation.source == source.id
        )
        out.write(f"  {source.id}  {', '.join(details)}; {cited} records cite it\n")


def _timeline(out: TextIO, result: MergeResult) -> None:
    timeline = result.timeline()
    width = timeline.date_width()
    for entry in timeline:
        out.write(entry.render(width) + "\n")
    partnerships = [e for e in timeline.undated if isinstance(e.record, Partnership)]
    others = [e for e in timeline.undated if not isinstance(e.record, Partnership)]
    out.write(f"undated ({len(timeline.undated)}):\n")
    for entry in others:
        out.write("  " + entry.render(width - 2) + "\n")
    out.write(f"  ... and {len(partnerships)} partnerships without an establishment date\n")


def _validation(out: TextIO, dataset: Dataset) -> None:
    report = validate(dataset)
    counts = Counter(str(finding.severity) for finding in report)
    summary = ", ".join(f"{counts.get(s, 0)} {s}s" for s in ("error", "warning", "info"))
    out.write(f"  {summary}\n")
    for finding in report:
        if str(finding.severity) != "info":
            out.write(f"  {finding}\n")
    infos = [finding for finding in report if str(finding.severity) == "info"]
    for code, n in sorted(Counter(finding.code for finding in infos).items()):
        example = next(finding for finding in infos if finding.code == code)
        out.write(f"  info {code} x{n}, e.g. {_shorten(example.message)}\n")


def _shorten(text: str, width: int = 88) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _partners_of_gwangju(out: TextIO, dataset: Dataset) -> None:
    partners = dataset.partners(GWANGJU)
    for partner in sorted(partners, key=lambda p: (str(p.partnership.status), p.actor.name)):
        ship = partner.partnership
        established = f", since {format_date(ship.established)}" if ship.established else ""
        out.write(
            f"  {partner.actor.name:<12} {_where(partner.actor):<6} {ship.kind}"
            f" ({ship.status}){established}\n"
        )
    for claim in dataset.claims:
        if claim.subject != GWANGJU:
            continue
        kinds = {str(k) for k in claim.kinds}
        recorded = sum(
            1
            for p in partners
            if str(p.partnership.kind) in kinds and str(p.partnership.status) != "proposed"
        )
        listed = f"{recorded} recorded" if claim.enumerated else "not named"
        out.write(f"  claim: {claim.value} {'/'.join(sorted(kinds))} cities ({listed})\n")


def _where(actor: Actor) -> str:
    return actor.subdivision or actor.country or ""


def _agreements_of_hanoi(out: TextIO, dataset: Dataset) -> None:
    organs = {HANOI} | {a.id for a in dataset.actors if a.parent == HANOI}
    agreements: dict[str, Agreement] = {}
    for party in sorted(organs):
        for agreement in dataset.agreements_where(party=party):
            agreements[agreement.id] = agreement
    for agreement in sorted(agreements.values(), key=lambda a: (str(a.signed), a.id)):
        parties = " + ".join(_name(dataset, p) for p in agreement.parties)
        fields = ", ".join(sorted(str(f) for f in agreement.fields))
        out.write(f"  {format_date(agreement.signed)}  {agreement.kind}: {parties}\n")
        out.write(f"              fields: {fields}\n")
    out.write("  documents behind them:\n")
    implemented = _implemented(dataset)
    documents = [d for d in dataset.documents if d.issuer in organs or d.id in implemented]
    for document in sorted(documents, key=lambda d: d.number or d.id):
        issuer = _name(dataset, document.issuer) if document.issuer else "issuer not stated"
        out.write(f"    {document.number:<12} {document.title} ({issuer})\n")


def _implemented(dataset: Dataset) -> set[str]:
    return {id for d in dataset.documents for id in d.implements}


def _hanam_merge(out: TextIO, result: MergeResult) -> None:
    dataset = result.dataset
    records: list[Partnership | Agreement | Event] = [
        *dataset.events,
        *dataset.agreements,
        *dataset.partnerships,
    ]
    records.sort(key=lambda r: (record_date_key(r.date), r.id))
    for record in records:
        langs = Counter(
            HANAM_TRANSLATIONS[c.source] for c in record.citations if c.source in HANAM_TRANSLATIONS
        )
        if len(langs) < 2:
            continue
        date = format_date(record.date)
        quotes = " + ".join(f"{lang} x{n}" for lang, n in sorted(langs.items()))
        out.write(f"  {date:<9} {record.id:<28} one record, quotes: {quotes}\n")
    for actor in dataset.actors:
        spellings = {lang: actor.labels(lang) for lang in ("gu", "he")}
        if all(spellings.values()) and any(len(v) > 1 for v in spellings.values()):
            if actor.type != "person":
                continue
            shown = "; ".join(f"{lang}: {' / '.join(v)}" for lang, v in spellings.items())
            out.write(f"  {actor.name}: one person, spelled {shown}\n")
    mou = dataset.get("hanam-arkansas-mou")
    if isinstance(mou, Agreement):
        signers = ", ".join(
            f"{_name(dataset, s.person or s.office or '?')} for {_name(dataset, s.on_behalf_of)}"
            for s in mou.signatories
        )
        out.write(f"  Arkansas MOU signatories (union of both accounts): {signers}\n")
    n = len(result.conflicts)
    out.write(
        f"  {n} conflict{'' if n == 1 else 's'} between reports; "
        f"{len(result.ambiguous)} ambiguous reports\n"
    )


def summary() -> dict[str, object]:
    """The demo as one JSON-ready document (``citydiplo demo --json``).

    >>> sorted(summary())
    ['agreements_of_hanoi', 'conflicts', 'counts', 'findings', 'partners_of_gwangju', 'sources', 'timeline']
    """  # noqa: E501
    result = merge_seeds()
    dataset = result.dataset
    report = validate(dataset)
    timeline = result.timeline()
    return {
        "sources": [s.id for s in dataset.sources],
        "counts": dataset.counts(),
        "timeline": timeline.rows(),
        "findings": dict(sorted(Counter(str(f.severity) for f in report).items())),
        "conflicts": [str(c) for c in result.conflicts],
        "partners_of_gwangju": [
            {"id": p.actor.id, "name": p.actor.name, "kind": str(p.partnership.kind)}
            for p in sorted(dataset.partners(GWANGJU), key=lambda p: p.actor.id)
        ],
        "agreements_of_hanoi": [a.id for a in dataset.agreements_where(party=HANOI)],
    }
