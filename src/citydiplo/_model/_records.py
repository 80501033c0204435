"""Records: what actors do together, each carrying the citations that support it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, TypeAlias

import attrs
from attrs import field, frozen

from citydiplo._model._checks import (
    InvalidModelError,
    check_id,
    check_optional_id,
    check_optional_text,
    to_items,
    typed,
)
from citydiplo._model._display import Summarised
from citydiplo._model._fieldconv import (
    check_some_parties,
    check_two_parties,
    citations,
    fields,
    item_of,
    office,
    sorted_ids,
    sorted_implements,
    sorted_parties,
    to_agreement_kind,
    to_document_kind,
    to_event_kind,
    to_partnership_kind,
    to_role,
    to_status,
)
from citydiplo._model._money import Money
from citydiplo._model._provenance import Citation
from citydiplo._model._vocab import (
    AgreementKind,
    DocumentKind,
    EventKind,
    Field,
    PartnershipKind,
    PartnershipStatus,
    Role,
)
from citydiplo.dates import PartialDate, RecordDate  # noqa: F401  (PartialDate: the doctests)

__all__ = [
    "Agreement",
    "DateValue",
    "DatedRecord",
    "Document",
    "Event",
    "Participant",
    "Partnership",
    "RecordBase",
    "Signatory",
    "sorted_ids",
]

DateValue: TypeAlias = RecordDate  # the one union of record dates, from citydiplo.dates


def _sorted_signatories(value: Iterable[Signatory]) -> tuple[Signatory, ...]:
    unique = {
        (s.person or "", s.office or "", s.on_behalf_of): s
        for s in (item_of(Signatory, v, "signatories") for v in to_items(value, "signatories"))
    }
    return tuple(map(unique.__getitem__, sorted(unique)))


def _check_signatory(instance: Signatory, attribute: attrs.Attribute[Any], value: object) -> None:
    if instance.person is None and instance.office is None:
        raise InvalidModelError(
            f"Signatory: neither a person nor an office signs for {instance.on_behalf_of!r} "
            "(expected person='<id>' or office='mayor')",
            field="person",
        )


@frozen(kw_only=True, field_transformer=typed, repr=False)
class RecordBase(Summarised):
    """Fields every record has: an id, the fields of cooperation and the citations.

    Args:
        id: stable identifier, unique in the dataset, used by records that refer to this one.
        fields: fields of cooperation the record concerns (a set, written sorted).
        citations: the words of the sources that support the record.
        note: a curator's remark (what the sources leave unclear, a choice made).
    """

    type: ClassVar[str] = "record"

    id: str = field(validator=check_id)
    fields: frozenset[Field] = field(factory=frozenset, converter=fields)
    citations: tuple[Citation, ...] = field(factory=tuple, converter=citations)
    note: str | None = field(default=None, validator=check_optional_text)

    @property
    def date(self) -> DateValue | None:
        """The date the record is placed at on a timeline (``None`` if unknown)."""
        return None

    @property
    def actors(self) -> tuple[str, ...]:
        """Ids of the principal actors, sorted."""
        return ()


@frozen(kw_only=True, field_transformer=typed, repr=False)
class Partnership(RecordBase):
    """A lasting tie between two actors: sister cities, friendship cities, partners.

    Args:
        parties: ids of the two actors; unordered (stored sorted).
        kind: what kind of tie it is.
        status: where it stands, if a source says.
        established, ended: when it was established, and when it ended (if it did).

    >>> from citydiplo import PartialDate
    >>> p = Partnership(id="p1", parties=("zibo", "gwangju-gg"), kind="sister",
    ...                 established=PartialDate("2003"))
    >>> p.parties, p.kind
    (('gwangju-gg', 'zibo'), PartnershipKind.SISTER)
    """

    type: ClassVar[str] = "partnership"

    parties: tuple[str, ...] = field(converter=sorted_parties, validator=check_two_parties)
    kind: PartnershipKind = field(default=PartnershipKind.PARTNER, converter=to_partnership_kind)
    status: PartnershipStatus | None = field(default=None, converter=to_status)
    established: DateValue | None = None
    ended: DateValue | None = None

    @property
    def date(self) -> DateValue | None:
        return self.established

    @property
    def actors(self) -> tuple[str, ...]:
        return self.parties


@frozen(kw_only=True, field_transformer=typed)
class Signatory:
    """Who signed an agreement on behalf of one of its parties: a person, or an office of
    that party when the source does not name its holder ("the mayor signed").

    ``office`` is the title (stored lower-case), held at the party ``on_behalf_of``. When
    ``person`` is given too, ``office`` says in which capacity they signed. ``merge`` fuses
    an office-only signatory with a named person whose role is that office of that party
    at the signing date.

    >>> Signatory(office="Mayor", on_behalf_of="mashhad")
    Signatory(person=None, on_behalf_of='mashhad', office='mayor')

    Args:
        person: id of the person who signed, if the source names them.
        on_behalf_of: id of the party they signed for.
        office: the office in which they signed (``mayor``), stored lower-case.
    """

    person: str | None = field(default=None, validator=check_optional_id)
    on_behalf_of: str = field(validator=check_id)
    office: str | None = field(default=None, converter=office, validator=_check_signatory)


@frozen(kw_only=True, field_transformer=typed, repr=False)
class Agreement(RecordBase):
    """A signed instrument: MOU, cooperation agreement, sister-city agreement...

    Args:
        parties: ids of the actors bound by it (two or more, stored sorted).
        signatories: who signed, on behalf of which party.
        kind: what kind of instrument it is.
        title: its title or a short description.
        signed: when it was signed.
        place: id of the actor (a city) where it was signed.
        venue: the building or event where it was signed, as the source names it.
        term: the period it runs for.
        document_number: its official number.
        partnership: id of the partnership it establishes or serves, if any.
        planned: true when the source announces it rather than reports it.
        amount: money it commits (:class:`Money`), if the source states it.
    """

    type: ClassVar[str] = "agreement"

    parties: tuple[str, ...] = field(converter=sorted_parties, validator=check_some_parties)
    kind: AgreementKind = field(default=AgreementKind.COOPERATION, converter=to_agreement_kind)
    title: str | None = field(default=None, validator=check_optional_text)
    signatories: tuple[Signatory, ...] = field(factory=tuple, converter=_sorted_signatories)
    signed: DateValue | None = None
    place: str | None = field(default=None, validator=check_optional_id)
    venue: str | None = field(default=None, validator=check_optional_text)
    term: DateValue | None = None
    document_number: str | None = None
    partnership: str | None = field(default=None, validator=check_optional_id)
    planned: bool = False
    amount: Money | None = None

    @property
    def date(self) -> DateValue | None:
        return self.signed

    @property
    def actors(self) -> tuple[str, ...]:
        return self.parties


@frozen(kw_only=True, field_transformer=typed)
class Participant:
    """An actor taking part in an event, in a role (visitor, host, speaker...).

    ``office`` says that the actor took part through one of its offices whose holder the
    source does not name ("the mayor of Mashhad" is ``actor="mashhad", office="mayor"``);
    ``merge`` fuses it with a named person of the same event whose role is that office of
    that actor at the event's date.

    >>> Participant(actor="mashhad", role="visitor", office="Mayor").office
    'mayor'

    Args:
        actor: id of the actor.
        role: the part the actor plays.
        office: the office through which the actor took part, its holder unnamed.
    """

    actor: str = field(validator=check_id)
    role: Role = field(default=Role.PARTICIPANT, converter=to_role)
    office: str | None = field(default=None, converter=office)


def _participants(value: Iterable[Participant]) -> tuple[Participant, ...]:
    # keyed by plain tuples: hashing and ordering attrs instances is several times slower
    # Role is a StrEnum: a member sorts and hashes as its value
    unique = {}
    for p in to_items(value, "participants"):
        if type(p) is not Participant:
            p = item_of(Participant, p, "participants")
        unique[p.actor, p.role, p.office or ""] = p
    return tuple(map(unique.__getitem__, sorted(unique)))


def _check_participants(
    instance: Event, attribute: attrs.Attribute[Any], value: tuple[Participant, ...]
) -> None:
    if not value:
        raise InvalidModelError(
            f"Event.participants: event {instance.id!r} has no participants", field="participants"
        )


@frozen(kw_only=True, field_transformer=typed, repr=False)
class Event(RecordBase):
    """Something that happened (or is planned) on a date: a visit, meeting, lecture...

    ``agreement`` / ``partnership`` link it to the record it concerns; an event of a
    lifecycle kind (renewal, extension, suspension, termination...) is a dated step of that
    record (see ``Dataset.status_at``). ``document`` is the plan or project it carries out
    (a delegation sent under project 19/DA-UBND); ``amount`` the money it involves.

    Args:
        kind: what kind of occurrence it is.
        title: its name or a short description.
        date: when it happened (or will happen).
        participants: the actors taking part, each in a role (at least one).
        place: id of the actor (a city) where it happened.
        venue: the building or site, as the source names it.
        planned: true when the source announces it rather than reports it.
        agreement: id of the agreement it signs or serves, if any.
        partnership: id of the partnership it belongs to, if any.
        document: id of the document (plan, project) it carries out, if any.
        amount: money it involves (:class:`Money`), if the source states it.

    >>> from citydiplo import PartialDate

    >>> e = Event(id="e1", kind="visit", participants=[Participant(actor="hanam", role="visitor"),
    ...           Participant(actor="little-rock", role="host")], date=PartialDate("2024-07"))
    >>> e.actors
    ('hanam', 'little-rock')
    """

    type: ClassVar[str] = "event"

    kind: EventKind = field(default=EventKind.MEETING, converter=to_event_kind)
    title: str | None = field(default=None, validator=check_optional_text)
    date: DateValue | None = None
    participants: tuple[Participant, ...] = field(
        converter=_participants, validator=_check_participants
    )
    place: str | None = field(default=None, validator=check_optional_id)
    venue: str | None = field(default=None, validator=check_optional_text)
    planned: bool = False
    agreement: str | None = field(default=None, validator=check_optional_id)
    partnership: str | None = field(default=None, validator=check_optional_id)
    document: str | None = field(default=None, validator=check_optional_id)
    amount: Money | None = None

    @property
    def actors(self) -> tuple[str, ...]:
        return tuple(sorted({p.actor for p in self.participants}))

    def role_of(self, actor: str) -> tuple[Role, ...]:
        """The roles ``actor`` plays in this event."""
        return tuple(p.role for p in self.participants if p.actor == actor)


@frozen(kw_only=True, field_transformer=typed, repr=False)
class Document(RecordBase):
    """An official document that drives the activity: a resolution, plan or project.

    ``implements`` lists ids of the documents it carries out; ``planned`` is true when the
    source announces it rather than reports it adopted.

    Args:
        kind: what kind of document it is.
        number, title: its official number (``59-NQ/TW``, ``239/KH-UBND``) and title.
        issuer: id of the actor that issued it.
        date: when it was issued.
        implements: ids of the documents it implements.
        planned: true when the source announces it rather than reports it adopted.

    >>> Document(id="d1", kind="resolution", number="59-NQ/TW", issuer="politburo").number
    '59-NQ/TW'
    """

    type: ClassVar[str] = "document"

    kind: DocumentKind = field(default=DocumentKind.OTHER, converter=to_document_kind)
    number: str | None = None
    title: str | None = field(default=None, validator=check_optional_text)
    issuer: str | None = field(default=None, validator=check_optional_id)
    date: DateValue | None = None
    implements: tuple[str, ...] = field(factory=tuple, converter=sorted_implements)
    planned: bool = False

    @property
    def actors(self) -> tuple[str, ...]:
        return (self.issuer,) if self.issuer else ()


DatedRecord: TypeAlias = Partnership | Agreement | Event | Document
