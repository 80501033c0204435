"""``merge``: from several datasets of reports to one dataset of occurrences."""

from __future__ import annotations

import contextlib
import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from citydiplo._canon import canonical_key, canonical_text
from citydiplo._dataset import Dataset
from citydiplo._merge._actors import ActorRefs, fuse_actors
from citydiplo._merge._cluster import Bounds, Item, cluster_block, features
from citydiplo._merge._fuse import fuse_cluster, rewrite_actors, rewrite_references
from citydiplo._merge._ids import record_refs, unique_ids
from citydiplo._merge._result import (
    LEFT_OUT,
    SELF_PARTNERSHIP,
    SHARED_REFERENCE,
    Ambiguity,
    Conflict,
    ConflictValue,
    MergeResult,
    merge_finding,
    value_key,
)
from citydiplo._model import Source
from citydiplo._validate._report import Finding

__all__ = ["merge"]

_RECORDS = ("partnerships", "agreements", "events", "documents", "claims")


def merge(*inputs: Dataset | MergeResult) -> MergeResult:
    """Merge datasets of reports into one record per occurrence, keeping every source.

    Inputs are datasets or earlier results (a result brings back the reports it was made
    from, so ``merge(merge(a, b), c) == merge(a, b, c)``). Identical reports count once.
    The result does not depend on the order or repetition of the inputs.

    Actors of one type are fused first (same id, same external identifier, or same known
    country, subdivision and name in any script) and every reference is moved to the fused
    actor ids; then records are clustered (see :mod:`citydiplo._merge._cluster`) and each
    cluster is fused into one record. A fused record keeps its reports' id when they all
    share one, otherwise takes the smallest of their ids; ids stay unique across every kind
    (see :mod:`citydiplo._merge._ids`), and references to renamed records follow them.
    What merge cannot take as given (a partnership whose two parties are one actor) is
    listed in :attr:`MergeResult.findings`, so that inputs that validate without reference
    errors give a merged dataset without them.

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
    sources, conflicts = _fuse_sources(reports.sources)
    source_ids = {source.id for source in sources}
    fusion = fuse_actors(reports.actors, source_ids)
    conflicts.extend(fusion.conflicts)
    findings = list(fusion.findings)
    clusters_of: dict[str, Sequence[str]] = dict(fusion.clusters)
    for source in sources:
        clusters_of[source.id] = (source.id,)
    actor_refs = fusion.refs

    # cluster every kind of record, block by block
    blocks: dict[tuple[Any, ...], list[Item]] = defaultdict(list)
    dropped: set[tuple[str, str]] = set()  # (type, id) of the reports left out
    index = 0
    bounds_of = Bounds().__getitem__
    for name in _RECORDS:
        for record in getattr(reports, name):
            if actor_refs:
                rewritten = rewrite_actors(record, actor_refs)
                if rewritten is None:
                    findings.append(_one_actor(record, actor_refs))
                    dropped.add((record.type, record.id))
                    continue
                record = rewritten
            key, item = features(record, index, bounds_of)
            blocks[key].append(item)
            index += 1
    groups: list[list[Any]] = []  # each: the members, finest first
    pending: list[tuple[int, list[int]]] = []  # ambiguous group -> candidate groups
    for key, items in blocks.items():
        found, ambiguous = cluster_block(key, items)
        start = len(groups)
        groups.extend([it[0] for it in cluster] for cluster in found)
        for item, fits in ambiguous:
            pending.append((len(groups), [start + n for n in fits]))
            groups.append([item[0]])

    ids = unique_ids(
        [(min(m.id for m in group), _RANK[group[0].type]) for group in groups],
        lambda n: canonical_text((groups[n][0].type, *groups[n])),
        {*source_ids, *(actor.id for actor in fusion.actors)},
    )
    refs = record_refs(groups, ids, dropped)
    out: dict[str, list[Any]] = defaultdict(list)
    for group, new_id in zip(groups, ids, strict=True):
        if len(group) == 1:
            record = rewrite_references(group[0], new_id, refs)
        else:
            record, found_conflicts = fuse_cluster(new_id, group, refs)
            conflicts.extend(found_conflicts)
        out[type(record).type].append(record)
        clusters_of[new_id] = [m.id for m in group] if len(group) > 1 else (group[0].id,)
    findings.extend(_shared_reference(*found) for found in refs.findings)
    ambiguous_out = [
        Ambiguity(record=ids[g], candidates=[ids[c] for c in fits]) for g, fits in pending
    ]

    def by_id(records: Iterable[Any]) -> list[Any]:
        return sorted(records, key=lambda r: r.id)

    dataset = Dataset(
        actors=by_id(fusion.actors),
        sources=by_id(sources),
        partnerships=by_id(out["partnership"]),
        agreements=by_id(out["agreement"]),
        events=by_id(out["event"]),
        documents=by_id(out["document"]),
        claims=by_id(out["claim"]),
    )
    return MergeResult(
        dataset=dataset,
        conflicts=sorted(
            conflicts,
            key=lambda c: (c.record, c.field, [value_key(v.value) for v in c.values]),
        ),
        ambiguous=sorted(ambiguous_out, key=lambda a: a.record),
        findings=findings,
        clusters=clusters_of,
        reports=reports,
    )


_RANK = {name.removesuffix("s"): n for n, name in enumerate(_RECORDS)}  # by record type


def _one_actor(record: Any, refs: ActorRefs) -> Finding:
    fused = sorted({refs.of(p) for p in record.parties})
    return merge_finding(
        SELF_PARTNERSHIP,
        f"$.{record.type}s.parties",
        record.id,
        f"{record.type} {record.id!r} is between {', '.join(map(repr, record.parties))}, "
        f"which are {' and '.join(map(repr, fused))} once actors are fused; it is left out "
        "of the merged dataset (it stays in the result's reports)",
    )


def _shared_reference(where: str, kind: str, ref: str, chosen: tuple[str, ...]) -> Finding:
    field = "implements" if kind == "document" else kind
    if not chosen:
        return merge_finding(
            LEFT_OUT,
            field,
            where,
            f"{where!r} refers to the {kind} {ref!r}, which merge left out (see {SELF_PARTNERSHIP}"
            "); the reference is dropped",
        )
    choice, *candidates = chosen
    return merge_finding(
        SHARED_REFERENCE,
        field,
        where,
        f"{where!r} refers to the {kind} {ref!r}, an id that reports of distinct {kind}s "
        f"share (now {', '.join(map(repr, candidates))}); it refers to {choice!r}, the one "
        "cited by its own sources",
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
        for name in ("actors", "sources", *_RECORDS):
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
        members.sort(key=canonical_key)
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
