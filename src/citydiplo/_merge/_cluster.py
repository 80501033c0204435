"""Clustering record reports into occurrences, block by block.

A *block* holds the reports that could describe one occurrence at all: same record type
and same principal actors (after actor fusion). Blocks are found with one dictionary pass,
so clustering is linear in the number of reports plus the square of the largest block.

Block keys:

- partnership, agreement: the sorted parties; event: the set of participant actors (the
  visitor's and the host's account of a visit name the same two actors, whatever roles they
  give them). The sets must be equal: a report that names only some of the participants
  (a three-city meeting told as a two-city one) stays a separate event;
- count claim: subject, what is counted, the number and the partnership kinds;
- document: its normalised number when it has one (all reports of one number are one
  document, whatever else they say); otherwise issuer and kind; a document with neither
  number nor issuer is never fused with another.

Within a block, two reports are *compatible* when their dates are (one contains the other;
an undated report is as coarse as a date can be), their places are (equal, or one missing),
their kinds are (equal, or one generic: an event ``meeting``/``other``, a partnership
``partner``/``other``, an agreement ``other``) and their document numbers are (equal, or one
missing). Reports are taken finest first (shortest date interval, then those that state a
place, a specific kind, a number; then id; then the full record text), and each one

- joins the only cluster whose every member it is compatible with;
- starts a new cluster when there is none;
- stays on its own, listed as ambiguous, when there are several.

Taking the finest reports first makes the members of a cluster a chain of nested dates, so
"compatible with every member" is one check against the coarsest member. The outcome depends
only on the set of reports, never on their order: that is what makes merging commutative,
associative and idempotent.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from citydiplo._model import (
    Agreement,
    AgreementKind,
    CountClaim,
    Document,
    Event,
    EventKind,
    Partnership,
    PartnershipKind,
)
from citydiplo.dates import RecordDate, YearlessDate

__all__ = ["Block", "Bounds", "Clustered", "Item", "cluster_block", "features", "normalize_number"]

Item = tuple[Any, ...]
"""A report with its features: (record, lo, hi, place, kind, number)."""

_NEVER = -1  # a day before every date
_ALWAYS = 1 << 30  # a day after every date

GENERIC_KINDS: frozenset[object] = frozenset(
    {
        EventKind.MEETING,
        EventKind.OTHER,
        PartnershipKind.PARTNER,
        PartnershipKind.OTHER,
        AgreementKind.OTHER,
    }
)
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−", "-"))


def normalize_number(number: str) -> str:
    """A document number compared without case, spaces or dash variants.

    >>> normalize_number(" 59–nq / tw ") == normalize_number("59-NQ/TW")
    True
    """
    text = unicodedata.normalize("NFKC", number).translate(_DASHES).casefold()
    return "".join(text.split())


def bounds(date: RecordDate | None) -> tuple[int, int]:
    """The strict bounds of a date as day ordinals; undated and year-less span everything.

    A year-less date is further held to its month and day by :func:`cluster_block`.
    """
    if date is None or isinstance(date, YearlessDate):
        return _NEVER, _ALWAYS
    return date.earliest().toordinal(), date.latest().toordinal()


class Bounds(dict[object, tuple[int, int]]):
    """:func:`bounds` remembered for one merge: reports share few distinct dates."""

    def __missing__(self, date: object) -> tuple[int, int]:
        value = self[date] = bounds(date)  # type: ignore[arg-type]
        return value


def _kind(kind: object) -> object:
    return None if kind in GENERIC_KINDS else kind


def features(
    record: Any, index: int, bounds: Callable[[Any], tuple[int, int]] = bounds
) -> tuple[tuple[Any, ...], Item]:
    """The block key of a record report and its clustering features."""
    if isinstance(record, Partnership):
        lo, hi = bounds(record.established)
        return ("partnership", record.parties), (record, lo, hi, None, _kind(record.kind), None)
    if isinstance(record, Agreement):
        lo, hi = bounds(record.signed)
        number = (
            None if record.document_number is None else normalize_number(record.document_number)
        )
        return ("agreement", record.parties), (
            record,
            lo,
            hi,
            record.place,
            _kind(record.kind),
            number,
        )
    if isinstance(record, Event):
        lo, hi = bounds(record.date)
        return ("event", record.actors), (record, lo, hi, record.place, _kind(record.kind), None)
    if isinstance(record, Document):
        lo, hi = bounds(record.date)
        if record.number is not None:
            key: tuple[Any, ...] = ("document", "number", normalize_number(record.number))
        elif record.issuer is not None:
            key = ("document", "issuer", record.issuer, record.kind)
        else:
            key = ("document", "alone", index)
        return key, (record, lo, hi, None, None, None)
    if isinstance(record, CountClaim):
        lo, hi = bounds(record.as_of)
        key = ("claim", record.subject, record.counted, record.value, tuple(sorted(record.kinds)))
        return key, (record, lo, hi, None, None, None)
    raise TypeError(f"{record!r} is not a record that merge clusters")


Block = list[Item]
Clustered = tuple[list[list[Item]], list[tuple[Item, list[int]]]]


def _order(items: Iterable[Item]) -> list[Item]:
    keyed = sorted(
        items,
        key=lambda it: (it[2] - it[1], it[3] is None, it[4] is None, it[5] is None, it[0].id),
    )
    # exact ties (same id and features, different records) are settled by the record text
    out: list[Item] = []
    i = 0
    while i < len(keyed):
        j = i + 1
        head = keyed[i]
        while j < len(keyed) and _same_rank(head, keyed[j]):
            j += 1
        out.extend(keyed[i:j] if j == i + 1 else sorted(keyed[i:j], key=lambda it: repr(it[0])))
        i = j
    return out


def _same_rank(a: Item, b: Item) -> bool:
    return (
        a[2] - a[1] == b[2] - b[1]
        and (a[3] is None) == (b[3] is None)
        and (a[4] is None) == (b[4] is None)
        and (a[5] is None) == (b[5] is None)
        and a[0].id == b[0].id
    )


def _clustered_date(record: Any) -> RecordDate | None:
    """The date :func:`features` clusters ``record`` by."""
    if isinstance(record, Partnership):
        return record.established
    if isinstance(record, Agreement):
        return record.signed
    if isinstance(record, CountClaim):
        return record.as_of
    date: RecordDate | None = record.date
    return date


def _fits_day(yearless: YearlessDate, members: list[Item]) -> bool:
    """Whether every member's date may fall on the year-less date's month and day."""
    return all(
        (date := _clustered_date(m[0])) is None or yearless.is_compatible(date) for m in members
    )


def cluster_block(key: tuple[Any, ...], items: Block) -> Clustered:
    """Split one block into clusters (finest member first) and ambiguous reports.

    Ambiguous reports come with the indexes of the clusters they could belong to.
    """
    if len(items) == 1:
        return [items], []
    ordered = _order(items)
    if key[0] == "document" and key[1] == "number":
        return [ordered], []
    clusters: list[list[Item]] = []
    # per cluster: lo, hi of its coarsest member, its place, kind and number
    states: list[list[Any]] = []
    ambiguous: list[tuple[Item, list[int]]] = []
    for item in ordered:
        _, lo, hi, place, kind, number = item
        yearless = _clustered_date(item[0])
        fits = [
            n
            for n, (clo, chi, cplace, ckind, cnumber) in enumerate(states)
            if lo <= clo
            and chi <= hi
            and (place is None or cplace is None or place == cplace)
            and (kind is None or ckind is None or kind == ckind)
            and (number is None or cnumber is None or number == cnumber)
            and (not isinstance(yearless, YearlessDate) or _fits_day(yearless, clusters[n]))
        ]
        if not fits:
            clusters.append([item])
            states.append([lo, hi, place, kind, number])
        elif len(fits) == 1:
            n = fits[0]
            clusters[n].append(item)
            state = states[n]
            state[0], state[1] = lo, hi
            state[2] = state[2] if place is None else place
            state[3] = state[3] if kind is None else kind
            state[4] = state[4] if number is None else number
        else:
            ambiguous.append((item, fits))
    return clusters, ambiguous
