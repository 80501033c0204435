"""Rules about the network of records: one-sided reports, visits without a host, actors
and sources nothing refers to, one tie recorded twice."""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from citydiplo._model import ActorBase, PartnershipStatus, Role, Source
from citydiplo._validate._registry import Hit, RuleContext, rule
from citydiplo._validate._report import Severity
from citydiplo._validate._rules._refs import references
from citydiplo.dates import dated

if TYPE_CHECKING:
    from citydiplo._model import Partnership, Record

__all__: list[str] = []


def _mentions(ctx: RuleContext, record: Record) -> frozenset[str]:
    """The record's principal actors (an actor itself) and their ancestors."""
    if isinstance(record, Source):
        return frozenset()
    principals = (record.id,) if isinstance(record, ActorBase) else record.actors
    return frozenset(
        actor for principal in principals for actor in (principal, *ctx.ancestors(principal))
    )


@rule("CD701", Severity.INFO)
def one_sided(ctx: RuleContext) -> Iterator[Hit]:
    """A partnership reported only by sources written from one party's side.

    A source's side is read from what else it reports: a citing source is *on A's side*
    when, among the other records that cite it (leaving out those that involve both
    parties), some involve A (or an actor under A, through ``parent``) and none involves
    B. The partnership is reported when every citing source is on the same party's side
    (a Gwangju article listing Gwangju's ten partner cities is on Gwangju's side for each).
    Sources that report nothing else, or both parties, count as neutral, and one neutral
    source is enough to keep the partnership off the list.
    """
    # One pass over the records: per source, how many records mention each actor and how
    # many mention both parties of a partnership (linear, even for a register citing all).
    pairs = {p.parties for p in ctx.dataset.partnerships}
    counts: dict[str, Counter[str]] = {}
    both: Counter[tuple[str, str, str]] = Counter()
    for record in ctx.dataset:
        if isinstance(record, Source):
            continue
        mentions = _mentions(ctx, record)
        ordered = sorted(mentions)
        inside = [
            (x, y) for i, x in enumerate(ordered) for y in ordered[i + 1 :] if (x, y) in pairs
        ]
        for source in {c.source for c in record.citations}:
            counts.setdefault(source, Counter()).update(mentions)
            both.update((source, x, y) for x, y in inside)
    for p in ctx.dataset.partnerships:
        a, b = p.parties
        sides: set[str | None] = set()
        for source in {c.source for c in p.citations}:
            shared = both[(source, a, b)]
            count = counts.get(source, Counter())
            on_a, on_b = count[a] - shared > 0, count[b] - shared > 0
            sides.add(a if on_a and not on_b else b if on_b and not on_a else None)
        if len(sides) == 1 and None not in sides:
            side = sides.pop()
            other = b if side == a else a
            yield (
                p,
                "citations",
                (
                    f"partnership {p.id!r} is reported only by sources on the side of {side!r} "
                    f"({', '.join(sorted({c.source for c in p.citations}))}); nothing from "
                    f"the side of {other!r} confirms it"
                ),
            )


@rule("CD702", Severity.WARNING)
def visit_without_host(ctx: RuleContext) -> Iterator[Hit]:
    """An event with a ``visitor`` but no ``host``, or a ``host`` but no ``visitor``."""
    for event in ctx.dataset.events:
        roles = {p.role for p in event.participants}
        if (Role.VISITOR in roles) != (Role.HOST in roles):
            has, lacks = ("a visitor", "host") if Role.VISITOR in roles else ("a host", "visitor")
            yield event, "participants", f"event {event.id!r} has {has} but no {lacks}"


def _referenced(ctx: RuleContext) -> set[str]:
    return {target for record in ctx.dataset for _, target, _ in references(record)}


@rule("CD703", Severity.INFO)
def unreferenced_actor(ctx: RuleContext) -> Iterator[Hit]:
    """An actor that no record refers to.

    Not a party, participant, signatory, place, issuer, subject, parent or role holder:
    probably left over.
    """
    used = _referenced(ctx)
    for actor in ctx.dataset.actors:
        if actor.id not in used:
            yield actor, "", f"{actor.type} {actor.id!r} is referred to by no record"


@rule("CD704", Severity.INFO)
def uncited_source(ctx: RuleContext) -> Iterator[Hit]:
    """A source that no citation (and no translation) refers to."""
    used = _referenced(ctx)
    for source in ctx.dataset.sources:
        if source.id not in used:
            yield source, "", f"source {source.id!r} is cited by no record"


@rule("CD705", Severity.WARNING)
def tied_twice(ctx: RuleContext) -> Iterator[Hit]:
    """Two partnerships between the same two actors that are in force at the same time.

    Merge keeps apart reports whose establishment dates do not overlap ("sister cities
    since 2003" and "since 2005"), so one tie told two ways stays two records, and the
    partners of either city list the other twice. Each partnership is in force from the
    first day its establishment allows to the last day its end allows (open when it has not
    ended); a partnership with no establishment date, or ended on an unknown day, is left
    out. A tie that ended and was made again later is not reported. Settle the two reports
    (``merge(..., resolve=...)``) or correct one of them.
    """
    spans: dict[tuple[str, ...], list[tuple[datetime.date, datetime.date, str, Partnership]]]
    spans = {}
    for p in ctx.dataset.partnerships:
        start = dated(p.established)
        end = dated(p.ended)
        if start is None or (end is None and p.status is PartnershipStatus.ENDED):
            continue
        last = end.latest() if end is not None else datetime.date.max
        spans.setdefault(tuple(sorted(p.parties)), []).append(
            (start.earliest(), last, p.id, p)
        )
    for (a, b), held in sorted(spans.items()):
        held.sort(key=lambda span: span[:3])
        longest = held[0]  # the earlier partnership that stays in force the longest
        for span in held[1:]:
            first, _, _, p = span
            if first <= longest[1]:
                other = longest[3]
                yield (
                    p,
                    "established",
                    (
                        f"partnership {p.id!r} (established {p.established}) and "
                        f"{other.id!r} (established {other.established}) both tie {a!r} and "
                        f"{b!r} at the same time: one partnership told two ways? (settle or "
                        "correct one of them)"
                    ),
                )
            if span[1] > longest[1]:
                longest = span
