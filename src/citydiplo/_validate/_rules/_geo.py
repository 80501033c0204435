"""Rules about geography: actors placed in another country than their parent, and
partnerships within one country."""

from __future__ import annotations

from collections.abc import Iterator

from citydiplo._model import City, Region
from citydiplo._validate._registry import Hit, RuleContext, rule
from citydiplo._validate._report import Severity

__all__: list[str] = []


@rule("CD401", Severity.ERROR)
def parent_elsewhere(ctx: RuleContext) -> Iterator[Hit]:
    """An actor in another country or subdivision than its parent.

    An actor whose ``country`` differs from its parent's, or a city whose ``subdivision``
    differs from that of its parent region or city.

    Codes are checked against ISO 3166 at construction; this rule checks the parent link,
    which construction cannot see: a city in ``KR-41`` whose parent region is ``KR-11``.
    """
    for actor in ctx.dataset.actors:
        parent = ctx.actor(actor.parent)
        if parent is None:
            continue
        if actor.country and parent.country and actor.country != parent.country:
            yield (
                actor,
                "country",
                (
                    f"{actor.type} {actor.id!r} is in {actor.country!r} but its parent "
                    f"{parent.type} {parent.id!r} is in {parent.country!r}"
                ),
            )
        elif (
            isinstance(actor, City)
            and isinstance(parent, City | Region)
            and actor.subdivision
            and parent.subdivision
            and actor.subdivision != parent.subdivision
        ):
            yield (
                actor,
                "subdivision",
                (
                    f"city {actor.id!r} is in {actor.subdivision!r} but its parent "
                    f"{parent.type} {parent.id!r} is {parent.subdivision!r}"
                ),
            )


@rule("CD402", Severity.INFO)
def domestic_partnership(ctx: RuleContext) -> Iterator[Hit]:
    """A domestic partnership: both parties in the same country.

    Allowed (twinning within a country exists) but rarely what city diplomacy studies. A
    party's country is its own or, failing that, its nearest ancestor's.
    """
    for p in ctx.dataset.partnerships:
        a, b = (ctx.country_of(party) for party in p.parties)
        if a is not None and a == b:
            yield (
                p,
                "parties",
                (
                    f"partnership {p.id!r} ({p.kind.value}) is domestic: {p.parties[0]!r} and "
                    f"{p.parties[1]!r} are both in {a!r}"
                ),
            )
