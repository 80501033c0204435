"""An ambiguous report laid beside the occurrences it could belong to.

The fields shown are those that decide whether two reports tell one occurrence (see
``_cluster``), per record type, in :data:`DECIDING`: a curator compares the vague report's
values with each candidate's (the fused record's) and settles it with
``merge(..., resolve={report: occurrence})``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from citydiplo._merge._result import Ambiguity, Candidate

__all__ = ["DECIDING", "describe"]

#: record type -> the fields that decide which occurrence a report tells, in display order.
DECIDING: Final[dict[str, tuple[str, ...]]] = {
    "partnership": ("established", "kind", "status", "parties"),
    "agreement": ("signed", "kind", "parties", "place", "document_number", "title"),
    "event": ("date", "kind", "participants", "place", "title", "venue"),
    "document": ("date", "kind", "issuer", "number", "title"),
    "claim": ("as_of", "subject", "counted", "value"),
    "membership": ("joined", "role", "member", "network"),
}


def _values(record: Any, fields: Sequence[str]) -> tuple[object, ...]:
    return tuple(getattr(record, name, None) for name in fields)


def describe(
    output_id: str,
    report: Any,
    candidates: Sequence[tuple[str, Sequence[str], Any]],
) -> Ambiguity:
    """The ambiguity of ``report`` (kept as ``output_id``) among ``candidates``: each the
    candidate's output id, the ids of its reports and its fused record."""
    fields = DECIDING.get(report.type, ())
    return Ambiguity(
        record=output_id,
        candidates=[c[0] for c in candidates],
        report=report.id,
        fields=fields,
        values=_values(report, fields),
        options=[
            Candidate(record=out, reports=reports, values=_values(record, fields))
            for out, reports, record in sorted(candidates, key=lambda c: c[0])
        ],
    )
