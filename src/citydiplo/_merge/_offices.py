"""Fusing offices with the named people who held them (see :mod:`citydiplo._query._offices`).

Before clustering, each report's office participant ("the mayor of Mashhad") becomes the
one person the data says held it then: dropped when that person already takes part, else
replaced by them in the same role; an office-only signatory gets the person, keeping the
office as the capacity they signed in. A report that names the mayor and one that names
only the office then describe the same participants and fuse. When no one or several
people may have held the office, it stays as it is (validation reports the several: CD805).

The people come from the fused actors, so the result does not depend on the order of the
inputs, and a resolved office is gone, so merging again changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import attrs

from citydiplo._model import Agreement, Event, Participant, Signatory
from citydiplo._query._offices import People, holders, signatory_holders

__all__ = ["office_resolver"]


def _event(people: People, event: Event) -> Event:
    if all(p.office is None for p in event.participants):
        return event
    present = {p.actor for p in event.participants if p.office is None}
    participants: list[Participant] = []
    changed = False
    for p in event.participants:
        found = holders(people, event, p)
        if len(found) != 1:
            participants.append(p)
            continue
        changed = True
        if found[0] not in present:
            participants.append(Participant(actor=found[0], role=p.role))
    return attrs.evolve(event, participants=participants) if changed else event


def _agreement(people: People, agreement: Agreement) -> Agreement:
    signatories: list[Signatory] = []
    changed = False
    for s in agreement.signatories:
        found = signatory_holders(people, agreement, s)
        if len(found) == 1:
            s = attrs.evolve(s, person=found[0])
            changed = True
        signatories.append(s)
    return attrs.evolve(agreement, signatories=signatories) if changed else agreement


def office_resolver(actors: Iterable[Any]) -> Callable[[Any], Any]:
    """A function that gives a report with its offices resolved among ``actors``' people.

    >>> from citydiplo import (City, DateRange, Event, Participant, PartialDate, Person,
    ...                        PersonRole)
    >>> resolve = office_resolver([City(id="mashhad", name="Mashhad"),
    ...     Person(id="ghalandar", name="Mohammad Reza Ghalandar Sharif", roles=[PersonRole(
    ...         title="Mayor of Mashhad", of="mashhad", during=DateRange("2021/2025"))])])
    >>> event = Event(id="e", date=PartialDate("2024-05"),
    ...     participants=[Participant(actor="mashhad", role="visitor", office="mayor")])
    >>> [(p.actor, p.office) for p in resolve(event).participants]
    [('ghalandar', None)]
    """
    people = People(actors)

    def resolve(record: Any) -> Any:
        if isinstance(record, Event):
            return _event(people, record)
        if isinstance(record, Agreement) and any(
            s.office is not None and s.person is None for s in record.signatories
        ):
            return _agreement(people, record)
        return record

    return resolve
