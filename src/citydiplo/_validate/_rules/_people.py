"""Rules about signatories: who signed, and for whom."""

from __future__ import annotations

from collections.abc import Iterator

from citydiplo._model import Person
from citydiplo._validate._registry import Hit, RuleContext, rule
from citydiplo._validate._report import Severity
from citydiplo.dates import dated

__all__: list[str] = []


@rule("CD301", Severity.WARNING)
def signatory_without_role(ctx: RuleContext) -> Iterator[Hit]:
    """A signatory who held no role with any party of the agreement when it was signed.

    A role counts when its ``of`` is one of the agreement's parties or an actor under one
    of them (through ``parent``: a city department, a province's people's committee) and it
    may have been held at the ``signed`` date (``PersonRole.held_at``; roles and agreements
    without dates, or with a year-less date, count as held). Signatories that are no
    person are left to CD101/CD102.
    """
    for agreement in ctx.dataset.agreements:
        parties = set(agreement.parties)
        signed = dated(agreement.signed)  # a year-less date tells no year: as undated
        for i, signatory in enumerate(agreement.signatories):
            person = ctx.get(signatory.person)
            if not isinstance(person, Person):
                continue
            held = [
                role
                for role in person.roles
                if role.of is not None
                and (role.of in parties or parties.intersection(ctx.ancestors(role.of)))
                and (signed is None or role.held_at(signed))
            ]
            if held:
                continue
            when = f" at {agreement.signed}" if agreement.signed is not None else ""
            roles = ", ".join(
                f"{r.title} of {r.of or '?'}" + (f" ({r.during})" if r.during else "")
                for r in person.roles
            )
            yield (
                agreement,
                f"signatories[{i}].person",
                (
                    f"signatory {person.id!r} held no role with any party "
                    f"({', '.join(agreement.parties)}){when}; recorded roles: {roles or 'none'}"
                ),
            )


@rule("CD302", Severity.ERROR)
def signs_for_non_party(ctx: RuleContext) -> Iterator[Hit]:
    """A signatory whose ``on_behalf_of`` is not one of the agreement's parties."""
    for agreement in ctx.dataset.agreements:
        for i, signatory in enumerate(agreement.signatories):
            if signatory.on_behalf_of not in agreement.parties:
                yield (
                    agreement,
                    f"signatories[{i}].on_behalf_of",
                    (
                        f"{signatory.person or 'the ' + str(signatory.office)!r} signed on "
                        f"behalf of {signatory.on_behalf_of!r}, "
                        f"which is not a party of agreement {agreement.id!r} "
                        f"({', '.join(agreement.parties)})"
                    ),
                )
