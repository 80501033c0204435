"""Offices without a name: who held "the mayor of Mashhad" at an event or a signing.

An office is a title held at an actor (``Participant(actor="mashhad", office="mayor")``,
``Signatory(office="mayor", on_behalf_of="mashhad")``). A person holds it at a date when one
of their roles is ``of`` that actor, its title begins with the office's words (case ignored:
"Mayor of Hanam" is a "mayor" of ``hanam``; "former Director-General" is no
"director-general") and its period may include the date.

Who held it, as the data says: first the named people of the same record (the other
participants, or the signatories for the same party) whose role may have been held then;
if none, the people of the dataset whose role surely covers the date (a dated role and a
dated record).
"""

from __future__ import annotations

from collections.abc import Iterable

from citydiplo._model import Agreement, Event, Participant, Person, Signatory
from citydiplo.dates import RecordDate, dated

__all__ = ["People", "holders", "signatory_holders", "title_is"]


def title_is(title: str, office: str) -> bool:
    """Whether a role ``title`` is the ``office`` (its first words, case ignored).

    >>> title_is("Mayor of Hanam", "mayor"), title_is("former Mayor", "mayor")
    (True, False)
    """
    words, wanted = title.casefold().split(), office.split()
    return words[: len(wanted)] == wanted


def _holds(person: Person, office: str, of: str, when: RecordDate | None, surely: bool) -> bool:
    date = dated(when)
    for role in person.roles:
        if role.of != of or not title_is(role.title, office):
            continue
        period = dated(role.during)
        if surely:
            if (
                date is not None
                and period is not None
                and period.earliest() <= date.earliest()
                and date.latest() <= period.latest()
            ):
                return True
        elif date is None or period is None or period.overlaps(date):
            return True
    return False


class People:
    """The people of a dataset, indexed by the actors their roles are ``of``."""

    def __init__(self, actors: Iterable[object]) -> None:
        self.by_id: dict[str, Person] = {}
        self.by_office_of: dict[str, list[Person]] = {}
        for actor in actors:
            if isinstance(actor, Person) and actor.id not in self.by_id:
                self.by_id[actor.id] = actor
                for of in sorted({r.of for r in actor.roles if r.of is not None}):
                    self.by_office_of.setdefault(of, []).append(actor)

    def choose(
        self, named: Iterable[str], office: str, of: str, when: RecordDate | None
    ) -> list[str]:
        """Who held ``office`` of ``of`` at ``when``: named people first, then anyone whose
        role surely covers the date; ids sorted."""
        near = sorted(
            {
                i
                for i in named
                if (p := self.by_id.get(i)) is not None
                and _holds(p, office, of, when, surely=False)
            }
        )
        if near:
            return near
        everyone = self.by_office_of.get(of, ())
        return sorted({p.id for p in everyone if _holds(p, office, of, when, surely=True)})


def holders(people: People, event: Event, participant: Participant) -> list[str]:
    """Ids of the people who may be the office ``participant`` stands for, sorted."""
    if participant.office is None:
        return []
    named = (p.actor for p in event.participants if p.office is None)
    return people.choose(named, participant.office, participant.actor, event.date)


def signatory_holders(people: People, agreement: Agreement, signatory: Signatory) -> list[str]:
    """Ids of the people who may be the office-only ``signatory``, sorted."""
    if signatory.office is None or signatory.person is not None:
        return []
    named = (
        s.person
        for s in agreement.signatories
        if s.person is not None and s.on_behalf_of == signatory.on_behalf_of
    )
    return people.choose(named, signatory.office, signatory.on_behalf_of, agreement.signed)
