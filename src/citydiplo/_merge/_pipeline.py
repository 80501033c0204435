"""``merge``: from several datasets of reports to one dataset of occurrences."""

from __future__ import annotations

import contextlib
import gc
import hashlib
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Sequence, Set
from typing import Any

import attrs

from citydiplo._dataset import Dataset
from citydiplo._merge._actors import fuse_actors
from citydiplo._merge._cluster import Bounds, Item, cluster_block, features
from citydiplo._merge._fuse import fuse_cluster, rewrite_actors, rewrite_references
from citydiplo._merge._offices import office_resolver
from citydiplo._merge._result import (
    Ambiguity,
    Conflict,
    ConflictValue,
    MergeResult,
    value_key,
)
from citydiplo._model import Actor, Source

__all__ = ["merge"]

RECORDS = ("partnerships", "agreements", "events", "documents", "claims", "memberships")


def merge(*inputs: Dataset | MergeResult) -> MergeResult:
    """Merge datasets of reports into one record per occurrence, keeping every source.

    Inputs are datasets or earlier results (a result brings back the reports it was made
    from, so ``merge(merge(a, b), c) == merge(a, b, c)``). Identical reports count once.
    The result does not depend on the order or repetition of the inputs.

    Actors are fused first (same id, same external identifier, or same type, known country,
    subdivision and name in any script) and records are moved to the fused actor ids; then
    records are clustered (see :mod:`citydiplo._merge._cluster`) and each cluster is fused
    into one record. A fused record keeps its reports' id when they all share one, otherwise
    takes the smallest of their ids; when two output records would get the same id, each
    gets a suffix made from a hash of its reports.

    >>> from citydiplo import Citation, City, Dataset, Event, Participant, PartialDate
    >>> cities = [City(id="hanam", name="Hanam", country="KR"),
    ...           City(id="little-rock", name="Little Rock", country="US")]
    >>> visit = lambda id, date, source, role: Event(
    ...     id=id, kind="visit", date=PartialDate(date),
    ...     participants=[Participant(actor="hanam", role=role),
    ...                   Participant(actor="little-rock", role="host")],
    ...     citations=[Citation(source=source, quote="April 2024")])
    >>> gu = Dataset.of([*cities, visit("gu-visit", "2024-04", "gu", "visitor")])
    >>> he = Dataset.of([*cities, visit("he-visit", "2024", "he", "participant")])
    >>> result = merge(gu, he)
    >>> [(e.id, str(e.date), len(e.citations)) for e in result.dataset.events]
    [('gu-visit', '2024-04', 2)]
    >>> result.clusters["gu-visit"]
    ('gu-visit', 'he-visit')
    """
    with _collector_paused():
        return _merge(inputs)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while merging, as ``json`` decoders do.

    Merging allocates millions of small acyclic objects (tuples, records); each allocation
    burst triggers full collections that walk every live object, which made merge time grow
    faster than the input. Nothing merge builds is cyclic, so reference counting frees it all;
    the collector is switched back on (if it was on) when merge returns or raises.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _merge(inputs: tuple[Dataset | MergeResult, ...]) -> MergeResult:
    reports = _reports(inputs)
    actors, sources, conflicts, clusters_of, remap_of = fuse_actors_and_sources(reports)
    grouped = group_records(
        (record for name in RECORDS for record in getattr(reports, name)),
        remap_of,
        office_resolver(actors),  # "the mayor" -> who held it (_offices)
    )
    ids = assign_ids(grouped.groups)
    record_remap = record_remap_of(zip(grouped.groups, ids, strict=True), set(ids))
    part = emit(grouped, ids, record_remap)
    return assemble(
        actors=actors,
        sources=sources,
        records=part.records,
        conflicts=[*conflicts, *part.conflicts],
        ambiguous=part.ambiguous,
        clusters={**clusters_of, **part.clusters},
        reports=reports,
    )


def fuse_actors_and_sources(
    reports: Dataset,
) -> tuple[list[Actor], list[Source], list[Conflict], dict[str, Sequence[str]], dict[str, str]]:
    """Actor fusion and source fusion, done once for the whole merge.

    Returns the fused actors and sources, their conflicts, the input ids behind each, and
    the actor remap (old id -> fused id) that every record is rewritten through.
    """
    remap_of: dict[str, str] = {}
    actors, conflicts, clusters_of = fuse_actors(reports.actors, remap_of)
    sources, source_conflicts = _fuse_sources(reports.sources)
    conflicts.extend(source_conflicts)
    for source in sources:
        clusters_of[source.id] = (source.id,)
    return actors, sources, conflicts, clusters_of, remap_of


@attrs.frozen
class Grouped:
    """Record reports split into occurrences: each group's members (finest first), and the
    ambiguous groups with the indexes of the groups they could belong to."""

    groups: list[list[Any]]
    pending: list[tuple[int, list[int]]]


def block_key(record: Any, remap_of: dict[str, str]) -> tuple[Any, ...]:
    """The block a record report is clustered in, after actor fusion (see ``_cluster``).

    Only reports with equal block keys can describe one occurrence; a partitioned dataset
    keeps each block whole in one partition (:mod:`citydiplo._merge._split`).
    """
    if remap_of:
        record = rewrite_actors(record, remap_of)
    return features(record, 0)[0]


def group_records(
    records: Iterable[Any],
    remap_of: dict[str, str],
    prepare: Callable[[Any], Any] | None = None,
) -> Grouped:
    """Cluster every record report, block by block, after moving it to fused actor ids
    (and through ``prepare``: the offices resolved to the people who held them)."""
    blocks: dict[tuple[Any, ...], list[Item]] = defaultdict(list)
    bounds_of = Bounds().__getitem__
    for index, record in enumerate(records):
        if remap_of:
            record = rewrite_actors(record, remap_of)
        if prepare is not None:
            record = prepare(record)
        key, item = features(record, index, bounds_of)
        blocks[key].append(item)
    groups: list[list[Any]] = []  # each: the members, finest first
    pending: list[tuple[int, list[int]]] = []  # ambiguous group -> candidate groups
    for key, items in blocks.items():
        found, ambiguous = cluster_block(key, items)
        start = len(groups)
        groups.extend([it[0] for it in cluster] for cluster in found)
        for item, fits in ambiguous:
            pending.append((len(groups), [start + n for n in fits]))
            groups.append([item[0]])
    return Grouped(groups=groups, pending=pending)


@attrs.frozen
class Part:
    """The output records of some groups, with their conflicts, ambiguities and clusters."""

    records: list[Any]
    conflicts: list[Conflict]
    ambiguous: list[Ambiguity]
    clusters: dict[str, Sequence[str]]


def emit(grouped: Grouped, ids: list[str], record_remap: dict[str, str]) -> Part:
    """Fuse each group into its output record, under the ids given."""
    records: list[Any] = []
    conflicts: list[Conflict] = []
    clusters: dict[str, Sequence[str]] = {}
    for group, new_id in zip(grouped.groups, ids, strict=True):
        if len(group) == 1:
            record = rewrite_references(group[0], new_id, record_remap)
        else:
            record, found_conflicts = fuse_cluster(new_id, group, record_remap)
            conflicts.extend(found_conflicts)
        records.append(record)
        clusters[new_id] = [m.id for m in group] if len(group) > 1 else (group[0].id,)
    ambiguous = [
        Ambiguity(record=ids[g], candidates=[ids[c] for c in fits]) for g, fits in grouped.pending
    ]
    return Part(records=records, conflicts=conflicts, ambiguous=ambiguous, clusters=clusters)


def assemble(
    *,
    actors: Iterable[Actor],
    sources: Iterable[Source],
    records: Iterable[Any],
    conflicts: Iterable[Conflict],
    ambiguous: Iterable[Ambiguity],
    clusters: dict[str, Sequence[str]],
    reports: Dataset,
) -> MergeResult:
    """The result in canonical order: every collection by id, conflicts and ambiguities
    sorted, so that the same outputs give the same result however they were computed."""
    out: dict[str, list[Any]] = defaultdict(list)
    for record in records:
        out[type(record).type].append(record)

    def by_id(records: Iterable[Any]) -> list[Any]:
        return sorted(records, key=lambda r: r.id)

    dataset = Dataset(
        actors=by_id(actors),
        sources=by_id(sources),
        partnerships=by_id(out["partnership"]),
        agreements=by_id(out["agreement"]),
        events=by_id(out["event"]),
        documents=by_id(out["document"]),
        claims=by_id(out["claim"]),
        memberships=by_id(out["membership"]),
    )
    return MergeResult(
        dataset=dataset,
        conflicts=sorted(
            conflicts,
            key=lambda c: (c.record, c.field, [value_key(v.value) for v in c.values]),
        ),
        ambiguous=sorted(ambiguous, key=lambda a: a.record),
        clusters=clusters,
        reports=reports,
    )


def _reports(inputs: Iterable[Dataset | MergeResult]) -> Dataset:
    """Every distinct report of the inputs (results give back the reports they fused)."""
    collections: dict[str, list[Any]] = defaultdict(list)
    seen: dict[str, dict[str, Any]] = defaultdict(dict)  # per collection: id -> record(s)
    for given in inputs:
        if isinstance(given, MergeResult):
            given = given.reports
        if not isinstance(given, Dataset):
            raise TypeError(
                f"merge() takes Dataset or MergeResult arguments, not {type(given).__name__}: "
                f"{given!r}"
            )
        for name in ("actors", "sources", *RECORDS):
            kept, by_id = collections[name], seen[name]
            for record in getattr(given, name):
                # identical reports count once; comparing only reports that share an id
                # is much cheaper than hashing every record
                earlier = by_id.get(record.id)
                if earlier is None:
                    by_id[record.id] = record
                elif isinstance(earlier, list):
                    if record not in earlier:
                        earlier.append(record)
                        kept.append(record)
                    continue
                elif earlier == record:
                    continue
                else:
                    by_id[record.id] = [earlier, record]
                kept.append(record)
    return Dataset(**{name: tuple(records) for name, records in collections.items()})


def _fuse_sources(reports: Iterable[Source]) -> tuple[list[Source], list[Conflict]]:
    by_id: dict[str, list[Source]] = defaultdict(list)
    for source in reports:
        by_id[source.id].append(source)
    fused: list[Source] = []
    conflicts: list[Conflict] = []
    for source_id, members in by_id.items():
        if len(members) == 1:
            fused.append(members[0])
            continue
        members.sort(key=repr)
        values: dict[str, Any] = {}
        for attribute in attrs.fields(Source):
            stated = {getattr(m, attribute.name) for m in members} - {None}
            if len(stated) > 1:
                conflicts.append(
                    Conflict(
                        record=source_id,
                        field=attribute.name,
                        values=[
                            ConflictValue(value=v, reports=[source_id])
                            for v in sorted(stated, key=value_key)
                        ],
                    )
                )
            values[attribute.name] = next(
                (v for m in members if (v := getattr(m, attribute.name)) is not None), None
            )
        fused.append(Source(**values))
    return fused, conflicts


def wanted_ids(groups: Iterable[list[Any]]) -> list[str]:
    """The id each group asks for: the one all its reports share, else the smallest."""
    return [min(m.id for m in group) for group in groups]


def duplicated(wanted: Iterable[str]) -> set[str]:
    """The ids asked for by more than one group."""
    claims: dict[str, int] = defaultdict(int)
    for new_id in wanted:
        claims[new_id] += 1
    return {new_id for new_id, count in claims.items() if count > 1}


def final_ids(groups: list[list[Any]], wanted: list[str], taken_twice: Set[str]) -> list[str]:
    """Each group's id: the one it asks for, suffixed with a digest of its reports when that
    id is asked for by another group too (anywhere in the merge: ``taken_twice``)."""
    return [
        new_id if new_id not in taken_twice else f"{new_id}-{digest(group)}"
        for new_id, group in zip(wanted, groups, strict=True)
    ]


def assign_ids(groups: list[list[Any]]) -> list[str]:
    """Each group's id: shared by all its reports, else the smallest; suffixed when taken twice."""
    wanted = wanted_ids(groups)
    return final_ids(groups, wanted, duplicated(wanted))


def digest(group: list[Any]) -> str:
    text = "\n".join(sorted(repr(m) for m in group))
    return hashlib.blake2b(text.encode(), digest_size=4).hexdigest()


def record_remap_of(
    groups: Iterable[tuple[Sequence[Any], str]], kept: Container[str]
) -> dict[str, str]:
    """Input record id -> output id, for ids that change and lead to one output record.

    ``groups`` are (members, output id) pairs (members need only an ``id``); ``kept`` holds
    the ids some output record still carries: such an input id is not redirected.
    """
    targets: dict[str, set[str]] = defaultdict(set)
    for group, new_id in groups:
        if len(group) > 1 or group[0].id != new_id:
            for member in group:
                if member.id != new_id:
                    targets[member.id].add(new_id)
    if not targets:
        return {}
    return {
        old: next(iter(new)) for old, new in targets.items() if len(new) == 1 and old not in kept
    }
