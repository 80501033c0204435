"""Rules about lifecycles, offices and memberships: impossible sequences of dated steps,
lifecycle events that name no record, memberships that end before they start.

Steps are those of :func:`citydiplo._query._lifecycle.history`; dates are compared by their
bounds, so only a step that surely comes after (or before) another is reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from citydiplo._model import Agreement, AgreementKind, AgreementStatus, Partnership
from citydiplo._query._lifecycle import LIFECYCLE_KINDS, TERMINAL, StatusStep, history
from citydiplo._validate._registry import Hit, RuleContext, rule
from citydiplo._validate._report import Severity
from citydiplo.dates import dated

__all__: list[str] = []

# steps that start (or restart) a record: after a terminal step only these are possible
_STARTS = frozenset({"established", "signed", "establishment"})


def _surely_before(a: StatusStep, b: StatusStep) -> bool:
    da, db = dated(a.date), dated(b.date)
    return da is not None and db is not None and da.latest() < db.earliest()


def _with_steps(ctx: RuleContext) -> Iterator[tuple[Partnership | Agreement, list[StatusStep]]]:
    """Records that reported events or agreements give steps to, with their steps (a record
    alone has at most its own start and end, which CD201 and CD202 check)."""
    links = ctx.dataset._query.links
    records: list[Partnership | Agreement] = [*ctx.dataset.partnerships, *ctx.dataset.agreements]
    for record in records:
        if links.linked(record):
            yield record, history(ctx.dataset, record)


def _is_new_agreement(step: StatusStep) -> bool:
    """A partnership step made by signing a new (non letter-of-intent) agreement."""
    return step.step.startswith("signed ") and step.step != (
        f"signed {AgreementKind.LETTER_OF_INTENT.value}"
    )


@rule("CD801", Severity.ERROR)
def step_after_end(ctx: RuleContext) -> Iterator[Hit]:
    """A lifecycle step that surely comes after the record ended or was terminated.

    A renewal, extension, amendment, approval, suspension or resumption after a
    termination (or a partnership's end) is impossible without a new agreement: record the
    new agreement (or a new ``establishment`` event) instead. The finding is on the step's
    evidence, the event that reports it.
    """
    for record, steps in _with_steps(ctx):
        ends = [s for s in steps if s.status in TERMINAL]
        for step in steps:
            if (
                step.status in TERMINAL
                or step.status is AgreementStatus.EXPIRED  # a term ends whatever happened
                or step.step in _STARTS
                or _is_new_agreement(step)
            ):
                continue
            end = next((e for e in ends if _surely_before(e, step)), None)
            if end is None:
                continue
            evidence = ctx.get(step.evidence) or record
            yield (
                evidence,
                "",
                (
                    f"{record.type} {record.id!r}: {step.step} {step.date} comes after it "
                    f"{end.step} {end.date} (expected a new agreement or establishment first)"
                ),
            )


@rule("CD802", Severity.ERROR)
def ends_before_start(ctx: RuleContext) -> Iterator[Hit]:
    """A partnership or agreement whose steps end it surely before its first start.

    A termination (or ``ended``) dated wholly before the earliest establishment, signing or
    establishment event: the record ended before it began. (CD201 already reports a
    partnership's own ``ended`` before its ``established``; this rule covers the steps that
    linked events and agreements give.)
    """
    for record, steps in _with_steps(ctx):
        starts = [s for s in steps if s.step in _STARTS or _is_new_agreement(s)]
        if not starts:
            continue
        first = starts[0]
        for step in steps:
            if step.status not in TERMINAL or step.evidence == record.id == first.evidence:
                continue
            if _surely_before(step, first):
                evidence = ctx.get(step.evidence) or record
                yield (
                    evidence,
                    "",
                    (
                        f"{record.type} {record.id!r}: {step.step} {step.date} comes before it "
                        f"was {first.step} {first.date}"
                    ),
                )


@rule("CD803", Severity.WARNING)
def lifecycle_event_without_record(ctx: RuleContext) -> Iterator[Hit]:
    """A lifecycle event that names neither an agreement nor a partnership.

    Events of the kinds renewal, extension, suspension, termination... are steps of the
    record they name (``agreement=`` or ``partnership=``); without one they are steps of
    nothing.
    """
    for event in ctx.dataset.events:
        if event.kind in LIFECYCLE_KINDS and event.agreement is None and event.partnership is None:
            yield (
                event,
                "kind",
                (
                    f"event {event.id!r} is a {event.kind.value} but names no agreement or "
                    "partnership (expected agreement=... or partnership=...)"
                ),
            )


@rule("CD804", Severity.ERROR)
def membership_ends_before_start(ctx: RuleContext) -> Iterator[Hit]:
    """A membership whose ``left`` date lies wholly before its ``joined`` date."""
    for m in ctx.dataset.memberships:
        joined, left = dated(m.joined), dated(m.left)
        if joined is not None and left is not None and left.latest() < joined.earliest():
            yield (
                m,
                "left",
                f"membership {m.id!r} left {m.left} before it joined {m.joined}",
            )


@rule("CD805", Severity.WARNING)
def office_holders_disagree(ctx: RuleContext) -> Iterator[Hit]:
    """An office at an event that two or more named people may have held then.

    Which one "the mayor" stands for cannot be told, so merge keeps the office as it is.
    Roles are matched by title (its first words, case ignored) and ``of`` the actor.
    """
    from citydiplo._query._offices import People, holders

    people = People(ctx.dataset.actors)
    for event in ctx.dataset.events:
        for i, p in enumerate(event.participants):
            if p.office is None:
                continue
            found = holders(people, event, p)
            if len(found) > 1:
                yield (
                    event,
                    f"participants[{i}]",
                    (
                        f"event {event.id!r}: the {p.office} of {p.actor!r} may be any of "
                        f"{', '.join(repr(h) for h in found)}"
                    ),
                )
