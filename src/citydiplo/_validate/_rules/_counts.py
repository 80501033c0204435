"""Rules about count claims: "a total of 10 partner cities" against the cities listed."""

from __future__ import annotations

from collections.abc import Iterator

from citydiplo._model import CountClaim, Counted, PartnershipStatus
from citydiplo._validate._registry import Hit, RuleContext, rule
from citydiplo._validate._report import Severity
from citydiplo.dates import RecordDate, dated

__all__ = ["listed"]


def _before(record_date: RecordDate | None, claim: CountClaim) -> bool:
    """Whether a record dated ``date`` may already exist at the claim's ``as_of``."""
    date, as_of = dated(record_date), dated(claim.as_of)  # year-less: as undated
    if as_of is None or date is None:
        return True
    return date.earliest() <= as_of.latest()


def listed(ctx: RuleContext, claim: CountClaim) -> int:
    """How many items of what ``claim`` counts the dataset holds for its subject.

    Partners are distinct partner ids over the subject's partnerships of the claim's
    ``kinds`` (all kinds when empty) that are not ``ended`` or ``proposed`` and were
    established by ``as_of`` (when given); countries are the distinct known countries of
    those partners; agreements and events are those the subject is a party of or takes part
    in, dated by ``as_of``.
    """
    d, subject = ctx.dataset, claim.subject
    if claim.counted in (Counted.PARTNERS, Counted.COUNTRIES):
        partners = {
            other
            for p in d.partnerships
            if subject in p.parties
            and (not claim.kinds or p.kind in claim.kinds)
            and p.status not in (PartnershipStatus.ENDED, PartnershipStatus.PROPOSED)
            and _before(p.established, claim)
            for other in p.parties
            if other != subject
        }
        if claim.counted is Counted.PARTNERS:
            return len(partners)
        return len({c for c in map(ctx.country_of, partners) if c is not None})
    if claim.counted is Counted.AGREEMENTS:
        return sum(1 for a in d.agreements if subject in a.parties and _before(a.signed, claim))
    return sum(1 for e in d.events if subject in e.actors and _before(e.date, claim))


@rule("CD601", Severity.WARNING)
def count_differs(ctx: RuleContext) -> Iterator[Hit]:
    """A claimed count that differs from the items listed.

    Only claims marked ``enumerated`` (their source lists the items) are compared. What is
    counted (see ``listed``): distinct partners of the claim's kinds, their countries,
    agreements or events of the subject, up to ``as_of``.
    """
    for claim in ctx.dataset.claims:
        if not claim.enumerated:
            continue
        found = listed(ctx, claim)
        if found != claim.value:
            kinds = "/".join(sorted(k.value for k in claim.kinds))
            what = f"{kinds} {claim.counted.value}" if kinds else claim.counted.value
            yield (
                claim,
                "value",
                (
                    f"claim {claim.id!r} says {claim.subject!r} has {claim.value} {what}, "
                    f"but the dataset lists {found}"
                ),
            )
