"""A tie named by a letter of intent is agreed, not established.

"沧州市与阿鲁沙市签订友好城市关系意向书", "signed a letter of intent on establishing
friendship city relations": the sentence names a partnership and an agreement, and the
agreement is a letter of intent. Such a letter agrees to the tie in principle; it does not
establish it (:class:`citydiplo.PartnershipStatus` ``agreed``). The partnership that a
sentence names beside a letter of intent of the same parties therefore gets the status
``agreed`` and no ``established`` date -- the letter's signing date is the agreement's, not
the tie's.
"""

from __future__ import annotations

from typing import Any

import attrs

from citydiplo._model import AgreementKind, Partnership, PartnershipStatus

__all__ = ["agreed_by_intent"]


def _spans(record: Any) -> frozenset[tuple[int, int]]:
    return frozenset(c.span for c in record.citations if c.span is not None)


def agreed_by_intent(records: list[Any], evidence: dict[str, Any]) -> None:
    """Turn, in place, each partnership cited in the sentence of a letter of intent of the
    same parties into an agreed one without an establishment date (module docstring)."""
    letters = [
        r for r in records if r.type == "agreement" and r.kind == AgreementKind.LETTER_OF_INTENT
    ]
    if not letters:
        return
    for i, r in enumerate(records):
        if not isinstance(r, Partnership) or r.status is not None:
            continue
        if any(set(r.parties) <= set(a.parties) and _spans(r) & _spans(a) for a in letters):
            records[i] = attrs.evolve(r, status=PartnershipStatus.AGREED, established=None)
            if r.id in evidence:
                ev = evidence[r.id]
                evidence[r.id] = attrs.evolve(
                    ev,
                    rule=f"{ev.rule}; named by a letter of intent: agreed, not established",
                    date_rule=None,
                )
