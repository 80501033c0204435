"""What :func:`citydiplo.merge` returns: the fused dataset and what it could not settle."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs
from attrs import frozen

from citydiplo._canon import canonical_key
from citydiplo._dataset import Dataset
from citydiplo._merge._settlements import Settlement
from citydiplo._model import Citation, Participant, Signatory
from citydiplo._validate._report import Finding, Severity
from citydiplo.dates import DateRange, PartialDate

if TYPE_CHECKING:
    from citydiplo._merge._timeline import Timeline

__all__ = ["Ambiguity", "Candidate", "Conflict", "ConflictValue", "MergeResult"]


def _citation_key(citation: Citation) -> tuple[str, str, bool, tuple[int, int]]:
    # Citation's own order compares a None span with a tuple and fails: use a total key.
    return (citation.source, citation.quote, citation.span is not None, citation.span or (0, 0))


def sorted_citations(citations: Iterable[Citation]) -> tuple[Citation, ...]:
    """Citations deduplicated and in one canonical order."""
    return tuple(sorted(set(citations), key=_citation_key))


def value_key(value: object) -> tuple[Any, ...]:
    """A total order over the values of one field (enums, dates, strings, None, sets...)."""
    return canonical_key(value)


# Codes of the findings merge reports (validation codes stop at CD7xx).
SELF_PARTNERSHIP = "CD901"
PARENT_CYCLE = "CD902"
ACTOR_TYPES = "CD903"
SHARED_REFERENCE = "CD904"
LEFT_OUT = "CD905"


def merge_finding(code: str, path: str, record: str, message: str) -> Finding:
    """A warning about an input report that merge could not take as it was."""
    return Finding(code=code, severity=Severity.WARNING, path=path, record=record, message=message)


def _sorted_ids(ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(ids)))


@frozen(kw_only=True)
class ConflictValue:
    """One of the values reports gave for a field, and who gave it.

    Args:
        value: the value as the reports state it (after actor ids are fused).
        reports: ids of the input records that gave it.
        citations: their citations.
    """

    value: object
    reports: tuple[str, ...] = attrs.field(converter=_sorted_ids)
    citations: tuple[Citation, ...] = attrs.field(factory=tuple, converter=sorted_citations)


def _sorted_values(values: Iterable[ConflictValue]) -> tuple[ConflictValue, ...]:
    return tuple(sorted(values, key=lambda cv: value_key(cv.value)))


@frozen(kw_only=True)
class Conflict:
    """Reports of one occurrence disagree on a field.

    The fused record keeps one of the values (that of the most precise report); the
    conflict lists every distinct value with the reports and citations behind it.

    >>> c = Conflict(record="e1", field="venue", values=[
    ...     ConflictValue(value="City Hall", reports=["a"]),
    ...     ConflictValue(value="Arts Center", reports=["b"])])
    >>> [v.value for v in c.values]
    ['Arts Center', 'City Hall']
    """

    record: str
    field: str
    values: tuple[ConflictValue, ...] = attrs.field(converter=_sorted_values)

    def __str__(self) -> str:
        said = "; ".join(f"{show(v.value)} ({', '.join(v.reports)})" for v in self.values)
        return f"{self.record}.{self.field}: {said}"


def conflict_of(record: str, field: str, members: Iterable[Any], get: Any) -> Conflict:
    """The conflict over ``field`` among ``members``: each distinct non-None value that
    ``get(member)`` gives, with the reports and citations behind it."""
    by_value: dict[object, list[Any]] = {}
    for member in members:
        value = get(member)
        if value is not None:
            by_value.setdefault(value, []).append(member)
    return Conflict(
        record=record,
        field=field,
        values=[
            ConflictValue(
                value=value,
                reports=[m.id for m in group],
                citations=[c for m in group for c in m.citations],
            )
            for value, group in by_value.items()
        ],
    )


def _tuple_of_values(value: Iterable[object]) -> tuple[object, ...]:
    return tuple(value)


def _tuple_of_names(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@frozen(kw_only=True)
class Candidate:
    """One side of an :class:`Ambiguity`: an output record and what decides it.

    Args:
        record: id of the output record.
        reports: ids of the input reports fused into it; a settlement names the occurrence
            by any of them (they stay the same when unrelated reports are added).
        values: its values of the ambiguity's deciding ``fields``, in their order.
    """

    record: str
    reports: tuple[str, ...] = attrs.field(converter=_sorted_ids)
    values: tuple[object, ...] = attrs.field(factory=tuple, converter=_tuple_of_values)


def _tuple_of_candidates(value: Iterable[Candidate]) -> tuple[Candidate, ...]:
    return tuple(value)


@frozen(kw_only=True)
class Ambiguity:
    """A vague report that fits several distinct occurrences, so it was kept apart.

    The report and each occurrence it could belong to are laid side by side on the fields
    that decide whether two reports tell one occurrence (the date, the kind, the place...):
    a curator reads the table and settles it with ``merge(..., resolve={report: occurrence})``
    (see :class:`citydiplo.Settlement`).

    Args:
        record: id of the output record that holds the vague report.
        candidates: ids of the fused records it could belong to.
        report: id of the vague input report (what a settlement names).
        fields: the deciding fields, in display order.
        values: the vague report's values of ``fields``.
        options: one :class:`Candidate` per candidate record, in the order of ``candidates``.

    >>> a = Ambiguity(record="r", candidates=["x", "y"], report="r", fields=["date"],
    ...               values=["2024"], options=[Candidate(record="x", reports=["x"],
    ...               values=["2024-04"]), Candidate(record="y", reports=["y", "z"],
    ...               values=["2024-05"])])
    >>> print(a)
    r could be x or y:
      date: r 2024 | x 2024-04 | y 2024-05
    """

    record: str
    candidates: tuple[str, ...] = attrs.field(converter=_sorted_ids)
    report: str | None = None
    fields: tuple[str, ...] = attrs.field(factory=tuple, converter=_tuple_of_names)
    values: tuple[object, ...] = attrs.field(factory=tuple, converter=_tuple_of_values)
    options: tuple[Candidate, ...] = attrs.field(factory=tuple, converter=_tuple_of_candidates)

    def _repr_html_(self) -> str:
        from citydiplo._html import ambiguity_html

        return ambiguity_html(self)

    def rows(self) -> list[tuple[str, list[object]]]:
        """The side-by-side table: one row per deciding field, the report's value first and
        then each candidate's."""
        return [
            (name, [self.values[n], *(c.values[n] for c in self.options)])
            for n, name in enumerate(self.fields)
        ]

    def __str__(self) -> str:
        head = f"{self.record} could be {' or '.join(self.candidates)}"
        if not self.fields:
            return head
        names = [self.report or self.record, *(c.record for c in self.options)]
        lines = [
            f"  {name}: "
            + " | ".join(f"{who} {show(v)}" for who, v in zip(names, values, strict=True))
            for name, values in self.rows()
        ]
        return "\n".join([head + ":", *lines])


def show(value: object) -> str:
    """A deciding value as a curator reads it: ``-`` for none, sets and tuples joined."""
    if value is None:
        return "-"
    if isinstance(value, tuple | frozenset | list):
        items = [show(v) for v in value]
        return ", ".join(items if isinstance(value, tuple | list) else sorted(items)) or "-"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, Participant):
        office = f", {value.office}" if value.office else ""
        return f"{value.actor} ({value.role.value}{office})"
    if isinstance(value, Signatory):
        return f"{value.person or value.office or '?'} for {value.on_behalf_of}"
    return str(value)


def _tuple_of_conflicts(value: Iterable[Conflict]) -> tuple[Conflict, ...]:
    return tuple(value)


def sorted_conflicts(conflicts: Iterable[Conflict]) -> list[Conflict]:
    """Conflicts in canonical order: by record, field and values."""
    return sorted(
        conflicts, key=lambda c: (c.record, c.field, [value_key(v.value) for v in c.values])
    )


def _tuple_of_ambiguous(value: Iterable[Ambiguity]) -> tuple[Ambiguity, ...]:
    return tuple(value)


def _sorted_findings(value: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(sorted(set(value), key=lambda f: (f.sort_key(), f.record or "")))


def _sorted_clusters(value: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    def ids(given: Any) -> tuple[str, ...]:
        if type(given) is tuple and len(given) == 1:
            return given
        return tuple(sorted(set(given)))

    return {key: ids(value[key]) for key in sorted(value)}


def _sorted_settlements(value: Iterable[Settlement]) -> tuple[Settlement, ...]:
    return tuple(sorted(set(value), key=Settlement.sort_key))


@frozen(kw_only=True, eq=False)
class MergeResult:
    """The outcome of :func:`citydiplo.merge`.

    Attributes:
        dataset: one record per occurrence, in canonical order (by id in each collection).
        conflicts: every disagreement on a fact between reports of one occurrence, sorted
            (with ``merge(..., wording=True)``, every difference of wording too).
        variants: every difference of wording (a note, a title, a venue's name: the fields
            :mod:`citydiplo._merge._nature` lists as wording) between reports of one
            occurrence, sorted, each wording with the reports and citations behind it. The
            fused record keeps the most precise report's wording.
        ambiguous: vague reports kept apart because they fit several occurrences, each with
            its candidates side by side on the deciding fields.
        findings: what merge could not take as the reports gave it, sorted, as warnings:
            ``CD901`` a partnership or agreement whose parties were fused into one actor
            (it is no record of the result), ``CD902`` a parent link left out because
            fusion made an actor its own ancestor, ``CD903`` records of different types
            under one id (an actor and a record too; kept apart, renamed), ``CD904`` a
            reference to an id that several distinct records had (sent to one of them),
            ``CD905`` a reference to a report left out by ``CD901`` (dropped).
        clusters: for each output id, the ids of the input records fused into it.
        reports: the distinct input reports; merging a result again starts from them, so
            ``merge(merge(a, b), c)`` equals ``merge(a, b, c)``.
        settlements: the curator's settlements merge applied (``resolve``, and those the
            input results carried), sorted; merging the result again applies them again, so
            a settled result is a fixpoint: ``merge(settled) == settled``.
        wording: whether wording differences are conflicts too (``merge(..., wording=True)``);
            merging the result again asks the same, so it is a fixpoint too. Not compared
            by ``==``: the conflicts say what it changed.

    Two results are equal when their dataset, conflicts, variants, ambiguities, findings,
    clusters and settlements are.
    """

    dataset: Dataset
    conflicts: tuple[Conflict, ...] = attrs.field(factory=tuple, converter=_tuple_of_conflicts)
    variants: tuple[Conflict, ...] = attrs.field(factory=tuple, converter=_tuple_of_conflicts)
    ambiguous: tuple[Ambiguity, ...] = attrs.field(factory=tuple, converter=_tuple_of_ambiguous)
    findings: tuple[Finding, ...] = attrs.field(factory=tuple, converter=_sorted_findings)
    clusters: dict[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_sorted_clusters)
    reports: Dataset = attrs.field(factory=Dataset, repr=False)
    settlements: tuple[Settlement, ...] = attrs.field(factory=tuple, converter=_sorted_settlements)
    wording: bool = attrs.field(default=False, converter=bool)

    def _key(self) -> tuple[Any, ...]:
        return (
            self.dataset,
            self.conflicts,
            self.variants,
            self.ambiguous,
            self.findings,
            self.clusters,
            self.settlements,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MergeResult):
            return NotImplemented
        return self._key() == other._key()

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None  # type: ignore[assignment]

    def _repr_html_(self) -> str:
        from citydiplo._html import merge_result_html

        return merge_result_html(self)

    def conflicts_of(self, record: str) -> tuple[Conflict, ...]:
        """The conflicts about one output record."""
        return tuple(c for c in self.conflicts if c.record == record)

    def variants_of(self, record: str) -> tuple[Conflict, ...]:
        """The wording variants of one output record (its fields worded differently)."""
        return tuple(c for c in self.variants if c.record == record)

    def timeline(
        self, actor: str | None = None, during: PartialDate | DateRange | None = None
    ) -> Timeline:
        """The timeline of the merged dataset, with each record's conflicts marked."""
        from citydiplo._merge._timeline import timeline

        return timeline(self, actor, during)

    def __repr__(self) -> str:
        return (
            f"<MergeResult {self.dataset!r}, {len(self.conflicts)} conflicts, "
            f"{len(self.variants)} variants, {len(self.ambiguous)} ambiguous, "
            f"{len(self.findings)} findings>"
        )
