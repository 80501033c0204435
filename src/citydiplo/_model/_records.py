"""Records: what actors do together, each carrying the citations that support it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, TypeAlias, TypeVar

import attrs
from attrs import field, frozen

from citydiplo._model._checks import (
    InvalidModelError,
    check_id,
    check_optional_id,
    to_enum,
    to_items,
    to_tuple,
    typed,
)
from citydiplo._model._display import Summarised
from citydiplo._model._provenance import Citation
from citydiplo._model._vocab import (
    AgreementKind,
    Counted,
    DocumentKind,
    EventKind,
    Field,
    PartnershipKind,
    PartnershipStatus,
    Role,
)
from citydiplo.dates import DateRange, PartialDate

__all__ = [
    "Agreement",
    "CountClaim",
    "DatedRecord",
    "Document",
    "Event",
    "Participant",
    "Partnership",
    "RecordBase",
    "Signatory",
]

DateValue: TypeAlias = PartialDate | DateRange
_T = TypeVar("_T")


def _sorted_ids(value: Iterable[str], field: str) -> tuple[str, ...]:
    items = tuple(to_items(value, field))
    try:
        return tuple(sorted(items))
    except TypeError:  # ids of mixed types: the validator names the one that is no id
        return items


def _sorted_parties(value: Iterable[str]) -> tuple[str, ...]:
    return _sorted_ids(value, "parties")


def _sorted_implements(value: Iterable[str]) -> tuple[str, ...]:
    return _sorted_ids(value, "implements")


def _item_of(cls: type[_T], value: object, field: str) -> _T:
    if not isinstance(value, cls):
        raise InvalidModelError(
            f"{field}: {value!r} is not a {cls.__name__} (expected {cls.__name__}(...))",
            field=field,
        )
    return value


def _fields(value: Iterable[Field | str]) -> frozenset[Field]:
    return frozenset(to_enum(Field, v, "fields") for v in to_items(value, "fields"))


def _check_parties(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]
) -> None:
    for party in value:
        check_id(instance, attribute, party)
    if len(set(value)) != len(value):
        raise InvalidModelError(
            f"{type(instance).__name__}.{attribute.name}: {list(value)!r} names a party twice "
            "(expected distinct parties)",
            field=attribute.name,
        )


def _check_two_parties(
    instance: Partnership, attribute: attrs.Attribute[Any], value: tuple[str, ...]
) -> None:
    if len(value) != 2:
        raise InvalidModelError(
            f"Partnership.parties: {list(value)!r} has {len(value)} parties (expected two)",
            field="parties",
        )
    _check_parties(instance, attribute, value)


def _check_some_parties(
    instance: Agreement, attribute: attrs.Attribute[Any], value: tuple[str, ...]
) -> None:
    if len(value) < 2:
        raise InvalidModelError(
            f"Agreement.parties: {list(value)!r} has fewer than two parties (expected two or more)",
            field="parties",
        )
    _check_parties(instance, attribute, value)


def _to_partnership_kind(value: object) -> PartnershipKind:
    try:  # the member map takes "visit" and EventKind.VISIT alike (a StrEnum hashes as its value)
        return PartnershipKind._value2member_map_[value]  # type: ignore[return-value]
    except (KeyError, TypeError):
        return to_enum(PartnershipKind, value, "kind")


def _to_agreement_kind(value: object) -> AgreementKind:
    try:  # the member map takes "visit" and EventKind.VISIT alike (a StrEnum hashes as its value)
        return AgreementKind._value2member_map_[value]  # type: ignore[return-value]
    except (KeyError, TypeError):
        return to_enum(AgreementKind, value, "kind")


def _to_role(value: object) -> Role:
    try:  # the member map takes "visit" and EventKind.VISIT alike (a StrEnum hashes as its value)
        return Role._value2member_map_[value]  # type: ignore[return-value]
    except (KeyError, TypeError):
        return to_enum(Role, value, "role")


def _to_event_kind(value: object) -> EventKind:
    try:  # the member map takes "visit" and EventKind.VISIT alike (a StrEnum hashes as its value)
        return EventKind._value2member_map_[value]  # type: ignore[return-value]
    except (KeyError, TypeError):
        return to_enum(EventKind, value, "kind")


def _to_document_kind(value: object) -> DocumentKind:
    try:  # the member map takes "visit" and EventKind.VISIT alike (a StrEnum hashes as its value)
        return DocumentKind._value2member_map_[value]  # type: ignore[return-value]
    except (KeyError, TypeError):
        return to_enum(DocumentKind, value, "kind")


def _to_counted(value: object) -> Counted:
    try:  # the member map takes "visit" and EventKind.VISIT alike (a StrEnum hashes as its value)
        return Counted._value2member_map_[value]  # type: ignore[return-value]
    except (KeyError, TypeError):
        return to_enum(Counted, value, "counted")


def _to_status(value: object) -> PartnershipStatus | None:
    return None if value is None else to_enum(PartnershipStatus, value, "status")


def _to_kinds(value: Iterable[object]) -> frozenset[PartnershipKind]:
    return frozenset(to_enum(PartnershipKind, k, "kinds") for k in to_items(value, "kinds"))


def _sorted_signatories(value: Iterable[Signatory]) -> tuple[Signatory, ...]:
    unique = {
        (s.person, s.on_behalf_of): s
        for s in (_item_of(Signatory, v, "signatories") for v in to_items(value, "signatories"))
    }
    return tuple(unique[key] for key in sorted(unique))


@frozen(kw_only=True, repr=False, field_transformer=typed)
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
    fields: frozenset[Field] = field(factory=frozenset, converter=_fields)
    citations: tuple[Citation, ...] = field(factory=tuple, converter=to_tuple)
    note: str | None = None

    @property
    def date(self) -> DateValue | None:
        """The date the record is placed at on a timeline (``None`` if unknown)."""
        return None

    @property
    def actors(self) -> tuple[str, ...]:
        """Ids of the principal actors, sorted."""
        return ()


@frozen(kw_only=True, repr=False, field_transformer=typed)
class Partnership(RecordBase):
    """A lasting tie between two actors: sister cities, friendship cities, partners.

    Args:
        parties: ids of the two actors; unordered (stored sorted).
        kind: what kind of tie it is.
        status: where it stands, if a source says.
        established, ended: when it was established, and when it ended (if it did).

    >>> p = Partnership(id="p1", parties=("zibo", "gwangju-gg"), kind="sister",
    ...                 established=PartialDate("2003"))
    >>> p.parties, p.kind
    (('gwangju-gg', 'zibo'), PartnershipKind.SISTER)
    """

    type: ClassVar[str] = "partnership"

    parties: tuple[str, ...] = field(converter=_sorted_parties, validator=_check_two_parties)
    kind: PartnershipKind = field(default=PartnershipKind.PARTNER, converter=_to_partnership_kind)
    status: PartnershipStatus | None = field(
        default=None,
        converter=_to_status,
    )
    established: DateValue | None = None
    ended: DateValue | None = None

    @property
    def date(self) -> DateValue | None:
        return self.established

    @property
    def actors(self) -> tuple[str, ...]:
        return self.parties


@frozen(kw_only=True, order=True, field_transformer=typed)
class Signatory:
    """A person who signed an agreement on behalf of one of its parties.

    Args:
        person, on_behalf_of: ids of the person who signed and of the party signed for.
    """

    person: str = field(validator=check_id)
    on_behalf_of: str = field(validator=check_id)


@frozen(kw_only=True, repr=False, field_transformer=typed)
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
    """

    type: ClassVar[str] = "agreement"

    parties: tuple[str, ...] = field(converter=_sorted_parties, validator=_check_some_parties)
    kind: AgreementKind = field(default=AgreementKind.COOPERATION, converter=_to_agreement_kind)
    title: str | None = None
    signatories: tuple[Signatory, ...] = field(factory=tuple, converter=_sorted_signatories)
    signed: DateValue | None = None
    place: str | None = field(default=None, validator=check_optional_id)
    venue: str | None = None
    term: DateValue | None = None
    document_number: str | None = None
    partnership: str | None = field(default=None, validator=check_optional_id)
    planned: bool = False

    @property
    def date(self) -> DateValue | None:
        return self.signed

    @property
    def actors(self) -> tuple[str, ...]:
        return self.parties


@frozen(kw_only=True, order=True, field_transformer=typed)
class Participant:
    """An actor taking part in an event, in a role (visitor, host, speaker...).

    Args:
        actor, role: the id of the actor, and the part it plays in the event.
    """

    actor: str = field(validator=check_id)
    role: Role = field(default=Role.PARTICIPANT, converter=_to_role)


def _participants(value: Iterable[Participant]) -> tuple[Participant, ...]:
    # keyed by plain tuples: hashing and ordering attrs instances is several times slower
    # Role is a StrEnum: a member sorts and hashes as its value
    unique = {}
    for p in to_items(value, "participants"):
        if type(p) is not Participant:
            p = _item_of(Participant, p, "participants")
        unique[p.actor, p.role] = p
    return tuple(unique[key] for key in sorted(unique))


def _check_participants(
    instance: Event, attribute: attrs.Attribute[Any], value: tuple[Participant, ...]
) -> None:
    if not value:
        raise InvalidModelError(
            f"Event.participants: event {instance.id!r} has no participants", field="participants"
        )


@frozen(kw_only=True, repr=False, field_transformer=typed)
class Event(RecordBase):
    """Something that happened (or is planned) on a date: a visit, meeting, lecture...

    Args:
        kind: what kind of occurrence it is.
        title: its name or a short description.
        date: when it happened (or will happen).
        participants: the actors taking part, each in a role (at least one).
        place: id of the actor (a city) where it happened.
        venue: the building or site, as the source names it.
        planned: true when the source announces it rather than reports it.
        agreement, partnership: ids of the agreement and the partnership it serves, if any.

    >>> e = Event(id="e1", kind="visit", participants=[Participant(actor="hanam", role="visitor"),
    ...           Participant(actor="little-rock", role="host")], date=PartialDate("2024-07"))
    >>> e.actors
    ('hanam', 'little-rock')
    """

    type: ClassVar[str] = "event"

    kind: EventKind = field(default=EventKind.MEETING, converter=_to_event_kind)
    title: str | None = None
    date: DateValue | None = None
    participants: tuple[Participant, ...] = field(
        converter=_participants, validator=_check_participants
    )
    place: str | None = field(default=None, validator=check_optional_id)
    venue: str | None = None
    planned: bool = False
    agreement: str | None = field(default=None, validator=check_optional_id)
    partnership: str | None = field(default=None, validator=check_optional_id)

    @property
    def actors(self) -> tuple[str, ...]:
        return tuple(sorted({p.actor for p in self.participants}))

    def role_of(self, actor: str) -> tuple[Role, ...]:
        """The roles ``actor`` plays in this event."""
        return tuple(p.role for p in self.participants if p.actor == actor)


@frozen(kw_only=True, repr=False, field_transformer=typed)
class Document(RecordBase):
    """An official document that drives the activity: a resolution, plan or project.

    Args:
        kind: what kind of document it is.
        number, title: its official number (``59-NQ/TW``, ``239/KH-UBND``) and title.
        issuer: id of the actor that issued it.
        date: when it was issued.
        implements: ids of the documents it implements.

    >>> Document(id="d1", kind="resolution", number="59-NQ/TW", issuer="politburo").number
    '59-NQ/TW'
    """

    type: ClassVar[str] = "document"

    kind: DocumentKind = field(default=DocumentKind.OTHER, converter=_to_document_kind)
    number: str | None = None
    title: str | None = None
    issuer: str | None = field(default=None, validator=check_optional_id)
    date: DateValue | None = None
    implements: tuple[str, ...] = field(factory=tuple, converter=_sorted_implements)

    @property
    def actors(self) -> tuple[str, ...]:
        return (self.issuer,) if self.issuer else ()


def _check_count(instance: CountClaim, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidModelError(
            f"CountClaim.value: {value!r} is not a count (expected an int >= 0)", field="value"
        )


@frozen(kw_only=True, repr=False, field_transformer=typed)
class CountClaim(RecordBase):
    """A number a source states: "a total of 10 partner cities", "60 cities in 24 countries".

    Args:
        subject: id of the actor the count is about.
        counted: what is counted.
        value: the number stated.
        kinds: partnership kinds the count covers (empty: all kinds).
        enumerated: true when the source also lists the items, so the dataset should hold
            exactly ``value`` of them; validation compares.
        as_of: the date the count refers to.
    """

    type: ClassVar[str] = "claim"

    subject: str = field(validator=check_id)
    counted: Counted = field(converter=_to_counted)
    value: int = field(validator=_check_count)
    kinds: frozenset[PartnershipKind] = field(
        factory=frozenset,
        converter=_to_kinds,
    )
    enumerated: bool = False
    as_of: DateValue | None = None

    @property
    def actors(self) -> tuple[str, ...]:
        return (self.subject,)


DatedRecord: TypeAlias = Partnership | Agreement | Event | Document
