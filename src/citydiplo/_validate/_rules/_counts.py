"""Rules about count claims: "a total of 10 partner cities" against the cities listed."""

from __future__ import annotations

from collections.abc import Iterator

from citydiplo._model import City, CountClaim, Counted, PartnershipStatus, Qualifier, Region
from citydiplo._validate._registry import Hit, RuleContext, rule
from citydiplo._validate._report import Severity
from citydiplo.dates import RecordDate, dated

__all__ = ["COMPARABLE", "comparable", "listed"]

#: What the dataset can count for a subject; other claims (people, projects) are not compared.
COMPARABLE = frozenset(
    {
        Counted.PARTNERS,
        Counted.COUNTRIES,
        Counted.CITIES,
        Counted.PROVINCES,
        Counted.AGREEMENTS,
        Counted.EVENTS,
        Counted.MEMBERSHIPS,
    }
)
_PARTNER_COUNTS = (Counted.PARTNERS, Counted.COUNTRIES, Counted.CITIES, Counted.PROVINCES)


def _before(record_date: RecordDate | None, claim: CountClaim) -> bool:
    """Whether a record dated ``date`` may already exist at the claim's ``as_of`` and may
    fall within its ``during``."""
    date = dated(record_date)  # year-less: as undated
    if date is None:
        return True
    as_of, during = dated(claim.as_of), dated(claim.during)
    if as_of is not None and date.earliest() > as_of.latest():
        return False
    return during is None or (
        date.earliest() <= during.latest() and during.earliest() <= date.latest()
    )


def comparable(claim: CountClaim) -> bool:
    """Whether CD601 compares ``claim``: its source lists the items (``enumerated``), it
    states a number, counts something the dataset can count, and is not scoped to an event
    (records do not say at which event an agreement was signed)."""
    return (
        claim.enumerated
        and claim.qualifier is not Qualifier.UNSPECIFIED
        and claim.value is not None
        and claim.counted in COMPARABLE
        and claim.event is None
    )


def listed(ctx: RuleContext, claim: CountClaim) -> int:
    """How many items of what ``claim`` counts the dataset holds for its subject.

    Partners are distinct partner ids over the subject's partnerships of the claim's
    ``kinds`` (all kinds when empty) that are not ``ended``, ``proposed`` or ``agreed`` and
    were established by ``as_of`` and within ``during`` (when given), less the ``excluding``
    actors and, with a ``country``, only partners in that country; cities and provinces are
    those partners that are cities or regions; countries are the distinct known countries of
    the partners; agreements and events are those the subject is a party of or takes part
    in (with a ``country``: with a party or participant of that country); memberships are
    the subject's, not planned; all dated by ``as_of`` and within ``during``.
    """
    d, subject = ctx.dataset, claim.subject
    excluded = set(claim.excluding)

    def in_country(ids: tuple[str, ...]) -> bool:
        return claim.country is None or any(
            ctx.country_of(i) == claim.country for i in ids if i != subject
        )

    if claim.counted in _PARTNER_COUNTS:
        ended = (PartnershipStatus.ENDED, PartnershipStatus.PROPOSED, PartnershipStatus.AGREED)
        partners = {
            other
            for p in d.partnerships
            if subject in p.parties
            and (not claim.kinds or p.kind in claim.kinds)
            and p.status not in ended
            and _before(p.established, claim)
            for other in p.parties
            if other != subject and other not in excluded and in_country((other,))
        }
        if claim.counted is Counted.PARTNERS:
            return len(partners)
        if claim.counted is Counted.CITIES:
            return sum(1 for p in partners if isinstance(ctx.actor(p), City))
        if claim.counted is Counted.PROVINCES:
            return sum(1 for p in partners if isinstance(ctx.actor(p), Region))
        return len({c for c in map(ctx.country_of, partners) if c is not None})
    if claim.counted is Counted.AGREEMENTS:
        return sum(
            1
            for a in d.agreements
            if subject in a.parties and _before(a.signed, claim) and in_country(a.parties)
        )
    if claim.counted is Counted.MEMBERSHIPS:
        return sum(
            1
            for m in d.memberships
            if m.member == subject and not m.planned and _before(m.joined, claim)
        )
    return sum(
        1
        for e in d.events
        if subject in e.actors and _before(e.date, claim) and in_country(e.actors)
    )


@rule("CD601", Severity.WARNING)
def count_differs(ctx: RuleContext) -> Iterator[Hit]:
    """A claimed count that the items listed contradict.

    Only comparable claims are compared (see ``comparable``): marked ``enumerated`` (their
    source lists the items), with a number, counting partners, countries, cities,
    provinces, agreements, events or memberships, not scoped to an event. What is counted
    (see ``listed``) follows the claim's kinds, ``as_of``, ``during``, ``country`` and
    ``excluding``; the number is read with its qualifier, so "more than 30" is contradicted
    only by 30 or fewer, and "about 200" by nothing.
    """
    for claim in ctx.dataset.claims:
        if not comparable(claim):
            continue
        found = listed(ctx, claim)
        if not claim.admits(found):
            kinds = "/".join(sorted(k.value for k in claim.kinds))
            what = f"{kinds} {claim.counted.value}" if kinds else claim.counted.value
            stated = (
                str(claim.value)
                if claim.qualifier is Qualifier.EXACT
                else f"{claim.qualifier.value.replace('_', ' ')} {claim.value}"
            )
            yield (
                claim,
                "value",
                (
                    f"claim {claim.id!r} says {claim.subject!r} has {stated} {what}, "
                    f"but the dataset lists {found}"
                ),
            )
