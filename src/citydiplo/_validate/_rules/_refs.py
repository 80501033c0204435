"""Rules about ids: references to records that do not exist or are of the wrong kind,
duplicate ids and parent cycles."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from citydiplo._model import (
    ActorBase,
    Agreement,
    City,
    CountClaim,
    Country,
    Document,
    Event,
    Membership,
    Organization,
    Partnership,
    Person,
    Region,
    Source,
)
from citydiplo._validate._registry import Hit, RuleContext, rule
from citydiplo._validate._report import Severity

if TYPE_CHECKING:
    from citydiplo._model import Record

__all__ = ["KINDS", "references"]

#: What a reference may point at: a name for messages and the classes allowed.
KINDS: dict[str, tuple[str, tuple[type, ...]]] = {
    "actor": ("an actor", (City, Region, Country, Organization, Person)),
    "person": ("a person", (Person,)),
    "place": (
        "a place (city, region, country or organization)",
        (City, Region, Country, Organization),
    ),
    "source": ("a source", (Source,)),
    "partnership": ("a partnership", (Partnership,)),
    "agreement": ("an agreement", (Agreement,)),
    "document": ("a document", (Document,)),
    "event": ("an event", (Event,)),
}


def references(record: Record) -> Iterator[tuple[str, str, str]]:
    """Every id a record refers to: ``(field path, id, kind)``, kind a key of :data:`KINDS`."""
    for i, citation in enumerate(record.citations if not isinstance(record, Source) else ()):
        yield f"citations[{i}].source", citation.source, "source"
    if isinstance(record, ActorBase):
        if record.parent is not None:
            yield "parent", record.parent, "actor"
        if isinstance(record, Person):
            for i, role in enumerate(record.roles):
                if role.of is not None:
                    yield f"roles[{i}].of", role.of, "actor"
    elif isinstance(record, Source):
        if record.translation_of is not None:
            yield "translation_of", record.translation_of, "source"
    elif isinstance(record, Partnership):
        for i, party in enumerate(record.parties):
            yield f"parties[{i}]", party, "actor"
    elif isinstance(record, Agreement):
        for i, party in enumerate(record.parties):
            yield f"parties[{i}]", party, "actor"
        for i, signatory in enumerate(record.signatories):
            if signatory.person is not None:
                yield f"signatories[{i}].person", signatory.person, "person"
            yield f"signatories[{i}].on_behalf_of", signatory.on_behalf_of, "actor"
        if record.place is not None:
            yield "place", record.place, "place"
        if record.partnership is not None:
            yield "partnership", record.partnership, "partnership"
    elif isinstance(record, Event):
        for i, participant in enumerate(record.participants):
            yield f"participants[{i}].actor", participant.actor, "actor"
        if record.place is not None:
            yield "place", record.place, "place"
        if record.agreement is not None:
            yield "agreement", record.agreement, "agreement"
        if record.partnership is not None:
            yield "partnership", record.partnership, "partnership"
        if record.document is not None:
            yield "document", record.document, "document"
    elif isinstance(record, Document):
        if record.issuer is not None:
            yield "issuer", record.issuer, "actor"
        for i, other in enumerate(record.implements):
            yield f"implements[{i}]", other, "document"
    elif isinstance(record, CountClaim):
        yield "subject", record.subject, "actor"
        if record.event is not None:
            yield "event", record.event, "event"
        for i, other in enumerate(record.excluding):
            yield f"excluding[{i}]", other, "actor"
    elif isinstance(record, Membership):
        yield "member", record.member, "actor"
        yield "network", record.network, "actor"


@rule("CD101", Severity.ERROR)
def dangling_reference(ctx: RuleContext) -> Iterator[Hit]:
    """A reference to an id that no record of the dataset has.

    Checked everywhere a record names another: partnership and agreement parties,
    signatories (person and on_behalf_of), event participants, places, document issuers and
    implemented documents, actor parents, role holders (``roles[i].of``), claim subjects,
    events and exclusions, membership members and networks, ``agreement.partnership``,
    ``event.agreement``/``partnership``/``document``, citation sources and
    ``translation_of``.
    """
    for record in ctx.dataset:
        for path, target, kind in references(record):
            if ctx.get(target) is None:
                yield (
                    record,
                    path,
                    (
                        f"{record.type} {record.id!r} refers to {target!r}, which is no record of "
                        f"the dataset (expected {KINDS[kind][0]})"
                    ),
                )


@rule("CD102", Severity.ERROR)
def wrong_kind_reference(ctx: RuleContext) -> Iterator[Hit]:
    """A reference to a record of the wrong kind.

    A party that is a source, a signatory who is no person, a citation whose source is an
    event, a place that is a person, a parent that is a partnership...
    """
    for record in ctx.dataset:
        for path, target, kind in references(record):
            found = ctx.get(target)
            name, classes = KINDS[kind]
            if found is not None and not isinstance(found, classes):
                yield (
                    record,
                    path,
                    (
                        f"{record.type} {record.id!r} refers to {target!r}, which is a "
                        f"{found.type} (expected {name})"
                    ),
                )


@rule("CD103", Severity.ERROR)
def duplicate_id(ctx: RuleContext) -> Iterator[Hit]:
    """Two records with the same id.

    Ids are unique across the whole dataset, in the same or different collections. Each
    repeat is reported at its own path; look-ups find the first.
    """
    first: dict[str, Record] = {}
    for record in ctx.dataset:
        seen = first.setdefault(record.id, record)
        if seen is not record:
            yield (
                record,
                "id",
                (f"id {record.id!r} is already used by the {seen.type} at {ctx.path(seen)}"),
            )


@rule("CD104", Severity.ERROR)
def parent_cycle(ctx: RuleContext) -> Iterator[Hit]:
    """An actor that is its own ancestor through ``parent``.

    A city whose parent region has the city as its parent; reported once per actor on the
    cycle.
    """
    for actor in ctx.dataset.actors:
        if actor.parent is None:
            continue
        # ancestors() stops where the chain would repeat; on a cycle that is at the actor
        chain = ctx.ancestors(actor.id)
        last = ctx.actor(chain[-1]) if chain else actor
        if last is not None and last.parent == actor.id:
            loop = " -> ".join((actor.id, *chain, actor.id))
            yield actor, "parent", f"actor {actor.id!r} is its own ancestor: {loop}"
