"""``merge``: from several datasets of reports to one dataset of occurrences."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from citydiplo._canon import canonical_order, canonical_text
from citydiplo._dataset import Dataset
from citydiplo._errors import ArgumentTypeError, Problem
from citydiplo._gcpause import collector_paused
from citydiplo._merge._actors import ActorFusion, ActorRefs, fuse_actors
from citydiplo._merge._ambiguity import describe
from citydiplo._merge._apart import kept_apart
from citydiplo._merge._blocks import cluster_block
from citydiplo._merge._cluster import Bounds, Item, features
from citydiplo._merge._distinct import Distinct
from citydiplo._merge._fuse import fuse_cluster, rewrite_actors, rewrite_references
from citydiplo._merge._ids import Claim, RecordRefs, record_refs, unique_ids
from citydiplo._merge._nature import is_wording
from citydiplo._merge._result import (
    LEFT_OUT,
    SELF_PARTNERSHIP,
    SHARED_REFERENCE,
    Ambiguity,
    Conflict,
    MergeResult,
    merge_finding,
    sorted_conflicts,
)
from citydiplo._merge._settle import Settler, gather, settler_for
from citydiplo._merge._settlements import Settlement
from citydiplo._merge._sources import fuse_sources
from citydiplo._model import Source
from citydiplo._validate._report import Finding

__all__ = ["merge"]

RECORDS = ("partnerships", "agreements", "events", "documents", "claims", "memberships")


def merge(
    *inputs: Dataset | MergeResult,
    progress: Callable[[int, int], None] | None = None,
    wording: bool = False,
    resolve: Mapping[str, str] | Iterable[Settlement] | None = None,
) -> MergeResult:
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
    errors give a merged dataset without them. ``progress``, when given, is called as
    ``progress(done, total)`` while the record reports are clustered (a progress bar).

    Conflicts are about facts (dates, kinds, statuses, parties, roles, numbers, places...);
    reports that only word a note, a title or a venue differently give *variants*
    (:attr:`MergeResult.variants`), conflicts too with ``wording=True`` (a result keeps it;
    what each field states: :data:`citydiplo._merge._nature.FIELDS`). ``resolve`` settles
    ambiguous reports: ``{report id: id of a report of the occurrence it belongs to}`` (its
    own id: an occurrence of its own), or :class:`Settlement` records (see ``_settle``); a
    settlement that names no input report, or an occurrence the report cannot belong to,
    raises :class:`SettlementError` listing them all. The result keeps the settlements it
    applied, and merging it again applies them again (``merge(settled) == settled``).

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
    carried = [given.settlements for given in inputs if isinstance(given, MergeResult)]
    settled, problems, kept = gather(resolve, carried)
    wording = wording or any(isinstance(g, MergeResult) and g.wording for g in inputs)
    with collector_paused():
        return _merge(inputs, progress, wording, settled, problems, kept)


def _merge(
    inputs: tuple[Dataset | MergeResult, ...],
    progress: Callable[[int, int], None] | None = None,
    wording: bool = False,
    settled: tuple[Settlement, ...] = (),
    problems: Sequence[Problem] = (),
    carried: frozenset[str] = frozenset(),
) -> MergeResult:
    reports = _reports(inputs)
    fused = fuse_actors_and_sources(reports)
    records: Iterable[Any] = (record for name in RECORDS for record in getattr(reports, name))
    if progress is not None:
        records = _counted(records, sum(len(getattr(reports, n)) for n in RECORDS), progress)
    settler = settler_for(inputs, reports, settled, problems, carried, RECORDS)
    grouped = group_records(records, fused.fusion.refs, settler)
    ids = unique_ids(claims_of(grouped.groups), content_of(grouped.groups), fused.reserved)
    part = emit(grouped, ids, record_refs(grouped.groups, ids, grouped.dropped))
    return assemble(fused, [part], reports, wording=wording, settlements=settled)


@attrs.frozen
class Fused:
    """Actor and source fusion, done once for the whole merge: the fused sources and actors,
    their conflicts and clusters, and the ids they hold (which no record may take)."""

    sources: list[Source]
    conflicts: list[Conflict]
    fusion: ActorFusion
    clusters: dict[str, Sequence[str]]
    reserved: frozenset[str]


def fuse_actors_and_sources(reports: Dataset) -> Fused:
    """Fuse the sources, then the actors (whose ids must differ from the sources')."""
    sources, conflicts = fuse_sources(reports.sources)
    source_ids = {source.id for source in sources}
    fusion = fuse_actors(reports.actors, source_ids)
    conflicts.extend(fusion.conflicts)
    clusters_of: dict[str, Sequence[str]] = dict(fusion.clusters)
    for source in sources:
        clusters_of[source.id] = (source.id,)
    reserved = frozenset({*source_ids, *(actor.id for actor in fusion.actors)})
    return Fused(
        sources=sources, conflicts=conflicts, fusion=fusion, clusters=clusters_of, reserved=reserved
    )


@attrs.frozen
class Grouped:
    """Record reports split into occurrences: each group's members (finest first), the
    ambiguous groups with the indexes of the groups they could belong to, and the reports
    left out (a partnership whose two parties are one actor) with findings about them."""

    groups: list[list[Any]]
    pending: list[tuple[int, list[int]]]
    findings: list[Finding]
    dropped: list[tuple[str, str]]


def block_key(record: Any, actor_refs: ActorRefs) -> tuple[Any, ...] | None:
    """The block a record report is clustered in, after actor fusion (see ``_cluster``);
    ``None`` for a report that merge leaves out.

    Only reports with equal block keys can describe one occurrence; a partitioned dataset
    keeps each block whole in one partition (:mod:`citydiplo._merge._split`).
    """
    if actor_refs:
        record = rewrite_actors(record, actor_refs)
        if record is None:
            return None
    return features(actor_refs.resolve_offices(record), 0)[0]


def group_records(
    records: Iterable[Any], actor_refs: ActorRefs, settler: Settler | None = None
) -> Grouped:
    """Cluster every record report, block by block, after moving it to fused actor ids and
    resolving unnamed offices to the people who held them (``ActorRefs.resolve_offices``);
    ``settler`` applies a curator's settlements to each block (raising at the end)."""
    blocks: dict[tuple[Any, ...], list[Item]] = defaultdict(list)
    findings: list[Finding] = []
    dropped: list[tuple[str, str]] = []  # (type, id) of the reports left out
    index = 0
    bounds_of = Bounds().__getitem__
    for record in records:
        if actor_refs:
            rewritten = rewrite_actors(record, actor_refs)
            if rewritten is None:
                findings.append(_one_actor(record, actor_refs))
                dropped.append((record.type, record.id))
                continue
            record = rewritten
        record = actor_refs.resolve_offices(record)
        key, item = features(record, index, bounds_of)
        blocks[key].append(item)
        index += 1
    groups: list[list[Any]] = []  # each: the members, finest first
    pending: list[tuple[int, list[int]]] = []  # ambiguous group -> candidate groups
    for key, items in blocks.items():
        if len(items) > 1:
            # reports that only differed by actors fusion joined are one report now (like
            # identical inputs): kept twice, they would be two occurrences of equal contents
            seen = Distinct().seen
            items = [it for it in items if not seen(it[0])]
        found, ambiguous = cluster_block(key, items)
        if settler is not None:
            found, ambiguous = settler.block(found, ambiguous, key)
        start = len(groups)
        groups.extend([it[0] for it in cluster] for cluster in found)
        for item, fits in ambiguous:
            pending.append((len(groups), [start + n for n in fits]))
            groups.append([item[0]])
    if settler is not None:
        settler.finish()
    return Grouped(groups=groups, pending=pending, findings=findings, dropped=dropped)


def claims_of(groups: Sequence[Sequence[Any]]) -> list[Claim]:
    """The id each group asks for (the smallest of its reports') and its rank by type."""
    return [(min(m.id for m in group), _RANK[group[0].type]) for group in groups]


def content_of(groups: Sequence[Sequence[Any]]) -> Callable[[int], str]:
    """The canonical content of group ``n``, whose digest suffixes a renamed id."""
    return lambda n: canonical_text((groups[n][0].type, *groups[n]))


@attrs.frozen
class Part:
    """The output records of some groups, with their conflicts, ambiguities, findings and
    clusters."""

    records: list[Any]
    conflicts: list[Conflict]
    ambiguous: list[Ambiguity]
    findings: list[Finding]
    clusters: dict[str, Sequence[str]]


def emit(grouped: Grouped, ids: Sequence[str], refs: RecordRefs) -> Part:
    """Fuse each group into its output record, under the ids given; references to renamed
    records follow ``refs``."""
    records: list[Any] = []
    conflicts: list[Conflict] = []
    clusters: dict[str, Sequence[str]] = {}
    for group, new_id in zip(grouped.groups, ids, strict=True):
        if len(group) == 1:
            record = rewrite_references(group[0], new_id, refs)
        else:
            record, found_conflicts = fuse_cluster(new_id, group, refs)
            conflicts.extend(found_conflicts)
        records.append(record)
        clusters[new_id] = [m.id for m in group] if len(group) > 1 else (group[0].id,)
    findings = [*grouped.findings, *(_shared_reference(*found) for found in refs.findings)]
    groups = grouped.groups
    ambiguous = [
        describe(ids[g], groups[g][0], [(ids[c], clusters[ids[c]], records[c]) for c in fits])
        for g, fits in grouped.pending
    ]
    return Part(
        records=records,
        conflicts=conflicts,
        ambiguous=ambiguous,
        findings=findings,
        clusters=clusters,
    )


def assemble(
    fused: Fused,
    parts: Iterable[Part],
    reports: Dataset,
    *,
    wording: bool = False,
    settlements: Iterable[Settlement] = (),
) -> MergeResult:
    """The result in canonical order (every collection by id; conflicts, ambiguities and
    findings sorted), so the same outputs give the same result however they were computed.

    The parts' conflicts hold every disagreement; those on wording fields (see ``_nature``)
    are the result's variants, and its conflicts too when ``wording``."""
    out: dict[str, list[Any]] = defaultdict(list)
    conflicts = list(fused.conflicts)
    findings = list(fused.fusion.findings)
    ambiguous: list[Ambiguity] = []
    clusters_of = dict(fused.clusters)
    for part in parts:
        for record in part.records:
            out[type(record).type].append(record)  # actors and sources by their type too
        conflicts.extend(part.conflicts)
        findings.extend(part.findings)
        ambiguous.extend(part.ambiguous)
        clusters_of.update(part.clusters)

    def by_id(records: Iterable[Any]) -> list[Any]:
        return sorted(records, key=lambda r: r.id)

    actors = [*fused.fusion.actors, *(a for kind in _ACTOR_TYPES for a in out[kind])]
    dataset = Dataset(
        actors=by_id(actors),
        sources=by_id([*fused.sources, *out["source"]]),
        partnerships=by_id(out["partnership"]),
        agreements=by_id(out["agreement"]),
        events=by_id(out["event"]),
        documents=by_id(out["document"]),
        claims=by_id(out["claim"]),
        memberships=by_id(out["membership"]),
    )
    findings.extend(kept_apart(dataset, clusters_of))  # renamed for an id of another type
    worded = [is_wording(c.field, [v.value for v in c.values]) for c in conflicts]
    variants = sorted_conflicts(c for c, w in zip(conflicts, worded, strict=True) if w)
    if not wording:
        conflicts = [c for c, w in zip(conflicts, worded, strict=True) if not w]
    return MergeResult(
        dataset=dataset,
        conflicts=sorted_conflicts(conflicts),
        variants=variants,
        ambiguous=sorted(ambiguous, key=lambda a: a.record),
        findings=findings,
        clusters=clusters_of,
        reports=reports,
        settlements=settlements,
        wording=wording,
    )


_ACTOR_TYPES = ("city", "country", "organization", "person", "region")
_RANK = {name.removesuffix("s"): n for n, name in enumerate(RECORDS)}  # by record type


def _one_actor(record: Any, refs: ActorRefs) -> Finding:
    parties = record.actors  # the parties, or a membership's member and network
    fused = sorted({refs.of(p) for p in parties})
    return merge_finding(
        SELF_PARTNERSHIP,
        f"$.{record.type}s.parties",
        record.id,
        f"{record.type} {record.id!r} is between {', '.join(map(repr, parties))}, "
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
    distinct: dict[str, Distinct] = defaultdict(Distinct)  # identical reports count once
    for given in inputs:
        if isinstance(given, MergeResult):
            given = given.reports
        if not isinstance(given, Dataset):
            raise ArgumentTypeError(
                f"merge() takes Dataset or MergeResult arguments, not {type(given).__name__}: "
                f"{given!r}"
            )
        for name in ("actors", "sources", *RECORDS):
            seen = distinct[name].seen
            collections[name].extend(r for r in getattr(given, name) if not seen(r))
    return Dataset(**{name: canonical_order(records) for name, records in collections.items()})


def _counted(
    records: Iterable[Any], total: int, progress: Callable[[int, int], None]
) -> Iterator[Any]:
    """The records, calling ``progress(done, total)`` every 8,192 of them and at the end."""
    done = 0
    for done, record in enumerate(records, start=1):
        if not done & 0x1FFF:
            progress(done, total)
        yield record
    progress(done, total)
