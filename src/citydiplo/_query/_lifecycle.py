"""Lifecycles with evidence: the dated steps of a partnership or an agreement.

A record's steps come from its own dates and from the records linked to it, each step
keeping the citations that support it:

* a partnership: ``established`` (active) and ``ended``; agreements naming it
  (``Agreement.partnership``): a letter of intent makes it ``agreed``, any other signed
  agreement ``active``; events naming it (``Event.partnership``) of a lifecycle kind;
* an agreement: ``signed`` (in force; a planned agreement only ``proposed``), the end of its
  ``term`` (expired from the next day), and events naming it (``Event.agreement``) of a
  lifecycle kind.

Lifecycle event kinds and the status they lead to: ``proposal`` proposed; ``establishment``,
``approval``, ``renewal``, ``extension``, ``amendment``, ``resumption`` (and a ``signing``
of an agreement) active / in force; ``suspension`` suspended; ``termination`` ended /
terminated. Planned events are announcements, not evidence, and make no step.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, TypeAlias

from attrs import frozen

from citydiplo._model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Citation,
    Event,
    EventKind,
    Partnership,
    PartnershipStatus,
)
from citydiplo.dates import DateRange, DateValue, PartialDate, RecordDate, dated

if TYPE_CHECKING:
    from citydiplo._dataset import Dataset

__all__ = ["LIFECYCLE_KINDS", "Links", "Status", "StatusStep", "history", "status_at"]

Status: TypeAlias = PartnershipStatus | AgreementStatus

_P, _A = PartnershipStatus, AgreementStatus
#: event kind -> (partnership status, agreement status) it leads to
LIFECYCLE_KINDS: dict[EventKind, tuple[PartnershipStatus, AgreementStatus]] = {
    EventKind.PROPOSAL: (_P.PROPOSED, _A.PROPOSED),
    EventKind.ESTABLISHMENT: (_P.ACTIVE, _A.IN_FORCE),
    EventKind.APPROVAL: (_P.ACTIVE, _A.IN_FORCE),
    EventKind.RENEWAL: (_P.ACTIVE, _A.IN_FORCE),
    EventKind.EXTENSION: (_P.ACTIVE, _A.IN_FORCE),
    EventKind.AMENDMENT: (_P.ACTIVE, _A.IN_FORCE),
    EventKind.RESUMPTION: (_P.ACTIVE, _A.IN_FORCE),
    EventKind.SUSPENSION: (_P.SUSPENDED, _A.SUSPENDED),
    EventKind.TERMINATION: (_P.ENDED, _A.TERMINATED),
}
#: statuses after which only a new agreement (or establishment) may follow
TERMINAL = frozenset({PartnershipStatus.ENDED, AgreementStatus.TERMINATED})


@frozen(kw_only=True)
class StatusStep:
    """One step of a partnership's or agreement's lifecycle and the evidence for it
    (``Dataset.status_history`` lists them).

    ``record`` is the partnership or agreement; ``step`` names what happened
    (``"established"``, ``"signed"``, ``"ended"``, ``"term ended"``, or the lifecycle event
    kind such as ``"renewal"``); ``evidence`` is the id of the record that says so (the record
    itself, or the linked event or agreement).
    """

    record: str
    date: RecordDate | None
    status: Status
    step: str
    evidence: str
    citations: tuple[Citation, ...] = ()

    def sort_key(self) -> tuple[datetime.date, datetime.date, str, str, str]:
        date = dated(self.date)  # a year-less date cannot be placed: with the undated
        lo, hi = (
            (datetime.date.max, datetime.date.max)
            if date is None
            else (date.earliest(), date.latest())
        )
        return (lo, hi, self.record, self.evidence, self.step)


class Links:
    """The reported (not planned) events and agreements that name each partnership or
    agreement, built once per dataset (``QueryIndex.links``), in dataset order."""

    def __init__(self, ds: Dataset) -> None:
        self.events: dict[tuple[str, str], list[Event]] = {}
        self.agreements: dict[str, list[Agreement]] = {}
        for event in ds.events:
            if event.planned:
                continue
            if event.partnership is not None:
                self.events.setdefault(("partnership", event.partnership), []).append(event)
            if event.agreement is not None:
                self.events.setdefault(("agreement", event.agreement), []).append(event)
        for agreement in ds.agreements:
            if agreement.partnership is not None and not agreement.planned:
                self.agreements.setdefault(agreement.partnership, []).append(agreement)

    def linked(self, record: Partnership | Agreement) -> bool:
        """Whether any reported event or agreement names ``record``."""
        if isinstance(record, Partnership):
            return ("partnership", record.id) in self.events or record.id in self.agreements
        return ("agreement", record.id) in self.events


def _day_after(date: PartialDate) -> PartialDate | None:
    last = date.latest()
    if last >= datetime.date.max:
        return None
    return PartialDate.from_date(last + datetime.timedelta(days=1))


def history(ds: Dataset, record: Partnership | Agreement) -> list[StatusStep]:
    """Every step of ``record``'s lifecycle, dated ones in date order, undated ones last."""
    links = ds._query.links
    steps: list[StatusStep] = []
    cites = record.citations
    if isinstance(record, Partnership):
        if record.established is not None:
            steps.append(
                StatusStep(
                    record=record.id,
                    date=record.established,
                    status=_P.ACTIVE,
                    step="established",
                    evidence=record.id,
                    citations=cites,
                )
            )
        if record.ended is not None:
            steps.append(
                StatusStep(
                    record=record.id,
                    date=record.ended,
                    status=_P.ENDED,
                    step="ended",
                    evidence=record.id,
                    citations=cites,
                )
            )
        for agreement in links.agreements.get(record.id, ()):
            loi = agreement.kind is AgreementKind.LETTER_OF_INTENT
            steps.append(
                StatusStep(
                    record=record.id,
                    date=agreement.signed,
                    status=_P.AGREED if loi else _P.ACTIVE,
                    step=f"signed {agreement.kind.value}",
                    evidence=agreement.id,
                    citations=agreement.citations,
                )
            )
    else:
        status = _A.PROPOSED if record.planned else _A.IN_FORCE
        if record.signed is not None or not record.planned:
            steps.append(
                StatusStep(
                    record=record.id,
                    date=record.signed,
                    status=status,
                    step="announced" if record.planned else "signed",
                    evidence=record.id,
                    citations=cites,
                )
            )
        end = record.term.end if isinstance(record.term, DateRange) else None
        if isinstance(end, PartialDate) and (after := _day_after(end)) is not None:
            steps.append(
                StatusStep(
                    record=record.id,
                    date=after,
                    status=_A.EXPIRED,
                    step="term ended",
                    evidence=record.id,
                    citations=cites,
                )
            )
    index = 0 if isinstance(record, Partnership) else 1
    name = "partnership" if isinstance(record, Partnership) else "agreement"
    for event in links.events.get((name, record.id), ()):
        if event.kind in LIFECYCLE_KINDS:
            leads_to: Status = LIFECYCLE_KINDS[event.kind][index]
        elif event.kind is EventKind.SIGNING and index == 1:
            leads_to = _A.IN_FORCE
        else:
            continue
        steps.append(
            StatusStep(
                record=record.id,
                date=event.date,
                status=leads_to,
                step=event.kind.value,
                evidence=event.id,
                citations=event.citations,
            )
        )
    steps.sort(key=StatusStep.sort_key)
    return steps


def status_at(ds: Dataset, record: Partnership | Agreement, at: DateValue) -> Status | None:
    """The status the evidence gives ``record`` at ``at``, or ``None`` when it cannot tell.

    The last dated step that surely happened by the end of ``at`` gives the status, except
    that an agreement's expiry counts only once ``at`` is wholly past the term (and not
    after a termination). ``None``
    when no step happened by then, or when a step that may or may not have happened by
    then (its date straddles the end of ``at``) would change the answer.
    """
    end = at.latest()
    known: StatusStep | None = None
    unsure: list[StatusStep] = []
    for step in history(ds, record):
        date = dated(step.date)
        if date is None:
            continue
        if step.step == "term ended":
            happened = date.earliest() <= at.earliest()
        else:
            happened = date.latest() <= end
        if happened:
            if step.step == "term ended" and known is not None and known.status in TERMINAL:
                continue  # terminated before its term ran out: it stays terminated
            known = step  # steps are in date order: the last one that happened wins
        elif date.earliest() <= end:
            unsure.append(step)
    if known is None or any(step.status is not known.status for step in unsure):
        return None
    return known.status
