"""Rules about dates: ends before starts, records dated outside an actor's lifetime or after
their sources were published, partnership statuses that contradict their dates."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import TYPE_CHECKING

from citydiplo._model import Agreement, Event, Partnership, PartnershipStatus, Source
from citydiplo._validate._registry import Hit, RuleContext, rule
from citydiplo._validate._report import Severity
from citydiplo.dates import dated

if TYPE_CHECKING:
    from citydiplo._model import DatedRecord

__all__: list[str] = []


def _dated(ctx: RuleContext) -> Iterator[DatedRecord]:
    yield from ctx.dataset.partnerships
    yield from ctx.dataset.agreements
    yield from ctx.dataset.events
    yield from ctx.dataset.documents


def _date_field(record: DatedRecord) -> str:
    if isinstance(record, Partnership):
        return "established"
    if isinstance(record, Agreement):
        return "signed"
    return "date"


def _planned(record: DatedRecord) -> bool:
    if isinstance(record, Agreement | Event):
        return record.planned
    if isinstance(record, Partnership):
        return record.status is PartnershipStatus.PROPOSED
    return False


@rule("CD201", Severity.ERROR)
def partnership_ends_before_start(ctx: RuleContext) -> Iterator[Hit]:
    """A partnership whose ``ended`` date lies wholly before its ``established`` date.

    Vague dates are compared by their bounds: ``ended`` must end before ``established``
    begins for a finding, so "2003" and "2003-05" never clash.
    """
    for p in ctx.dataset.partnerships:
        if (
            (established := dated(p.established)) is not None
            and (ended := dated(p.ended)) is not None
            and ended.latest() < established.earliest()
        ):
            yield (
                p,
                "ended",
                (f"partnership {p.id!r} ended {p.ended} before it was established {p.established}"),
            )


@rule("CD202", Severity.ERROR)
def term_ends_before_signing(ctx: RuleContext) -> Iterator[Hit]:
    """An agreement whose ``term`` ends wholly before the agreement was ``signed``."""
    for a in ctx.dataset.agreements:
        term, signed = dated(a.term), dated(a.signed)
        if term is not None and signed is not None and term.latest() < signed.earliest():
            yield (
                a,
                "term",
                f"agreement {a.id!r} has term {a.term}, which ends before it was signed {a.signed}",
            )


@rule("CD203", Severity.WARNING)
def outside_actor_lifetime(ctx: RuleContext) -> Iterator[Hit]:
    """A record dated outside the lifetime of an actor it involves.

    A partnership, agreement, event or document dated wholly outside the ``lifetime`` of
    one of its principal actors or its place (old Quang Nam province signing in 2026).
    """
    for record in _dated(ctx):
        date = dated(record.date)  # a year-less date is compared as undated
        if date is None:
            continue
        place = getattr(record, "place", None)
        for actor_id in dict.fromkeys((*record.actors, *([place] if place else []))):
            actor = ctx.actor(actor_id)
            if (
                actor is not None
                and actor.lifetime is not None
                and not actor.lifetime.overlaps(date)
            ):
                yield (
                    record,
                    _date_field(record),
                    (
                        f"{record.type} {record.id!r} is dated {date}, outside the lifetime "
                        f"{actor.lifetime} of {actor.type} {actor.id!r}"
                    ),
                )


def _latest_publication(
    ctx: RuleContext, record: DatedRecord
) -> tuple[datetime.date, Source] | None:
    best: tuple[datetime.date, Source] | None = None
    for citation in record.citations:
        source = ctx.source(citation.source)
        if source is not None and source.published is not None:
            latest = source.published.latest()
            if best is None or latest > best[0]:
                best = (latest, source)
    return best


@rule("CD204", Severity.WARNING)
def dated_after_publication(ctx: RuleContext) -> Iterator[Hit]:
    """A record dated after its sources were published, and not marked planned.

    A proposed partnership counts as planned.
    The record's earliest possible day is compared with the last possible day of the latest
    publication among its citing sources; sources without a publication date are ignored.
    """
    for record in _dated(ctx):
        date = dated(record.date)  # a year-less date is compared as undated
        if date is None or _planned(record):
            continue
        found = _latest_publication(ctx, record)
        if found is not None and date.earliest() > found[0]:
            yield (
                record,
                _date_field(record),
                (
                    f"{record.type} {record.id!r} is dated {date}, after source "
                    f"{found[1].id!r} was published {found[1].published}; mark it planned if the "
                    "source announces it"
                ),
            )


@rule("CD205", Severity.WARNING)
def ended_without_end_date(ctx: RuleContext) -> Iterator[Hit]:
    """A partnership with status ``ended`` but no ``ended`` date."""
    for p in ctx.dataset.partnerships:
        if p.status is PartnershipStatus.ENDED and p.ended is None:
            yield p, "ended", f"partnership {p.id!r} has status 'ended' but no end date"


@rule("CD206", Severity.ERROR)
def end_date_but_active(ctx: RuleContext) -> Iterator[Hit]:
    """A partnership with an ``ended`` date but status ``active`` or ``proposed``."""
    for p in ctx.dataset.partnerships:
        if p.ended is not None and p.status in (
            PartnershipStatus.ACTIVE,
            PartnershipStatus.PROPOSED,
        ):
            yield (
                p,
                "status",
                (f"partnership {p.id!r} has status {p.status.value!r} but ended {p.ended}"),
            )


@rule("CD207", Severity.WARNING)
def translation_before_original(ctx: RuleContext) -> Iterator[Hit]:
    """A source published wholly before the source it is a ``translation_of``."""
    for s in ctx.dataset.sources:
        original = ctx.source(s.translation_of) if s.translation_of else None
        if (
            original is not None
            and s.published is not None
            and original.published is not None
            and s.published.latest() < original.published.earliest()
        ):
            yield (
                s,
                "published",
                (
                    f"source {s.id!r} (published {s.published}) translates {original.id!r}, "
                    f"published later ({original.published})"
                ),
            )


@rule("CD208", Severity.WARNING)
def in_the_future(ctx: RuleContext) -> Iterator[Hit]:
    """A source published, or a record dated, after ``today`` (and not planned).

    Runs only when ``validate`` is given ``today``: citydiplo never reads the clock.
    """
    today = ctx.today
    if today is None:
        return
    for s in ctx.dataset.sources:
        if s.published is not None and s.published.earliest() > today:
            yield s, "published", f"source {s.id!r} is published {s.published}, after today {today}"
    for record in _dated(ctx):
        date = dated(record.date)  # a year-less date is compared as undated
        if date is not None and not _planned(record) and date.earliest() > today:
            yield (
                record,
                _date_field(record),
                (
                    f"{record.type} {record.id!r} is dated {date}, after today {today}, but is not "
                    "marked planned"
                ),
            )
