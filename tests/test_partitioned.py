"""Partitioned reports: the Parquet layouts read back equal, and merging partition by
partition (in one process here; on Dask in test_dask.py) equals ``merge`` on the whole."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import citydiplo as cd
from citydiplo._merge._codec import decode_conflict, encode_conflict
from citydiplo._merge._pipeline import RECORDS, _reports, assemble, fuse_actors_and_sources
from citydiplo._merge._split import (
    emit_partition,
    live_stems,
    needs_summary,
    partition_of,
    referenced_ids,
    settle,
    shared_ids,
    stem,
    summarize,
)
from tests.strategies import datasets, linked_datasets, planted_datasets

pytest.importorskip("pyarrow")


@st.composite
def linked_inputs(draw: st.DrawFn) -> list[cd.Dataset]:
    """Planted duplicates plus records that refer to reports (which fusion renames) and ids
    that two unrelated records share (which get digest suffixes)."""
    inputs = draw(planted_datasets())
    reports = [r for ds in inputs for r in (*ds.partnerships, *ds.agreements, *ds.events)]
    targets = st.sampled_from(sorted({r.id for r in reports}) or ["nothing"])
    extra: list[Any] = []
    for n in range(draw(st.integers(0, 3))):
        extra.append(
            cd.Document(
                id=draw(st.sampled_from([f"doc{n}", "o0-r0", "o1-r1"])),
                kind="plan",
                issuer="hanam",
                implements=draw(st.lists(targets, max_size=2)),
            )
        )
        extra.append(
            cd.Event(
                id=draw(st.sampled_from([f"ev{n}", "o0-r1", "o0-r0"])),
                kind="lecture",
                participants=[cd.Participant(actor="zibo", role="speaker")],
                agreement=draw(st.none() | targets),
                partnership=draw(st.none() | targets),
            )
        )
    return [*inputs, cd.Dataset.of(extra)]


def merge_in_parts(inputs: list[cd.Dataset], buckets: int) -> cd.MergeResult:
    """The partitioned merge, step by step, without Dask."""
    reports = _reports(inputs)
    fused = fuse_actors_and_sources(reports)
    refs = fused.fusion.refs
    parts: dict[tuple[str, int], list[Any]] = defaultdict(list)
    for name in RECORDS:
        for record in getattr(reports, name):
            parts[partition_of(record, refs, buckets)].append(record)
    referenced = {i for part in parts.values() for r in part for i in referenced_ids(r)}
    shared = shared_ids([r.id for r in part] for part in parts.values())
    every = [r.id for part in parts.values() for r in part]
    stems = live_stems((s for i in every if (s := stem(i)) is not None), every)
    summaries = [
        summarize(part, refs, referenced, shared, stems)
        for part in parts.values()
        if needs_summary((r.id for r in part), shared, referenced, stems)
    ]
    decisions = settle(summaries, shared, fused.reserved)
    outs = [emit_partition(p, refs, fused.reserved, decisions) for p in parts.values()]
    return assemble(fused, outs, reports)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(linked_inputs(), st.integers(1, 8))
def test_merging_partition_by_partition_equals_merge(
    inputs: list[cd.Dataset], buckets: int
) -> None:
    whole = cd.merge(*inputs)
    split = merge_in_parts(inputs, buckets)
    assert split == whole
    assert cd.dumps(split.dataset) == cd.dumps(whole.dataset)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(linked_datasets(), min_size=1, max_size=3), st.integers(1, 6))
def test_partitioned_merge_with_ids_shared_across_kinds_and_references(
    inputs: list[cd.Dataset], buckets: int
) -> None:
    whole = cd.merge(*inputs)
    split = merge_in_parts(inputs, buckets)
    assert split == whole
    assert cd.dumps(split.dataset) == cd.dumps(whole.dataset)


@given(st.lists(datasets(max_size=3), min_size=1, max_size=3), st.integers(1, 5))
def test_partitioned_merge_of_arbitrary_datasets(inputs: list[cd.Dataset], buckets: int) -> None:
    assert merge_in_parts(inputs, buckets) == cd.merge(*inputs)


def test_a_block_never_spans_two_partitions() -> None:
    """Reports of one occurrence under twin actor ids land together once actors are fused."""
    hanam = cd.City(id="hanam", name="Hanam", country="KR")
    twin = cd.City(id="hanam-si", name="Hanam", names={"ko": ["하남시"]}, country="KR")
    lr = cd.City(id="little-rock", name="Little Rock", country="US")
    visit = cd.Event(
        id="v1",
        kind="visit",
        participants=[
            cd.Participant(actor="hanam", role="visitor"),
            cd.Participant(actor="little-rock", role="host"),
        ],
    )
    other = attrs.evolve(
        visit,
        id="v2",
        participants=[
            cd.Participant(actor="hanam-si", role="visitor"),
            cd.Participant(actor="little-rock", role="host"),
        ],
    )
    reports = _reports([cd.Dataset.of([hanam, twin, lr, visit, other])])
    refs = fuse_actors_and_sources(reports).fusion.refs
    for buckets in (7, 64, 1000):
        assert partition_of(visit, refs, buckets) == partition_of(other, refs, buckets)


def test_reports_of_one_open_event_naming_different_parties_merge_in_one_partition() -> None:
    """A conference told by each delegation with its own participants is one block (by its
    place), so it fuses in one partition as it does in one process."""
    cities = [cd.City(id=c, name=c.title(), country="KR") for c in ("busan", "hanam", "suwon")]
    reports = [
        cd.Event(
            id=f"forum-{who}",
            kind=kind,
            date=cd.PartialDate("2024-05-14"),
            place="busan",
            participants=[cd.Participant(actor=who, role="delegate")],
            citations=[cd.Citation(source=f"s-{who}", quote=f"{who} at the forum")],
        )
        for who, kind in (("hanam", "forum"), ("suwon", "conference"))
    ]
    inputs = [cd.Dataset.of([*cities, report]) for report in reports]
    whole = cd.merge(*inputs)
    assert len(whole.dataset.events) == 1  # merge itself fuses them
    refs = fuse_actors_and_sources(_reports(inputs)).fusion.refs
    for buckets in (1, 7, 64, 1000):
        assert partition_of(reports[0], refs, buckets) == partition_of(reports[1], refs, buckets)
        split = merge_in_parts(inputs, buckets)
        assert split == whole
        assert cd.dumps(split.dataset) == cd.dumps(whole.dataset)


@given(linked_inputs())
def test_conflicts_round_trip_as_data(inputs: list[cd.Dataset]) -> None:
    for conflict in cd.merge(*inputs).conflicts:
        assert decode_conflict(encode_conflict(conflict)) == conflict


# -- Parquet layouts --------------------------------------------------------------------


@settings(max_examples=20, deadline=None)
@given(datasets(max_size=4))
def test_write_partitioned_reads_back_equal(dataset: cd.Dataset) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as out:
        cd.write_partitioned(dataset, out, buckets=3)
        assert cd.read_parquet(out) == dataset
        cd.to_parquet(dataset, Path(out) / "by-year")
        assert cd.read_parquet(Path(out) / "by-year") == dataset


def test_unknown_year_and_country_read_back_with_pandas(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    dataset = cd.Dataset.of(
        [
            cd.City(id="hanam", name="Hanam", country="KR"),
            cd.Organization(id="unesco", name="UNESCO", kind="un_agency"),
            cd.Partnership(id="dated", parties=("hanam", "zibo"), kind="sister",
                           established=cd.PartialDate("2003")),
            cd.Partnership(id="undated", parties=("hanam", "nowhere"), kind="sister"),
        ]
    )
    cd.to_parquet(dataset, tmp_path)
    partnerships = pd.read_parquet(tmp_path / "partnerships")
    years = dict(zip(partnerships["id"], partnerships["year"].astype(int), strict=True))
    assert years == {"dated": 2003, "undated": cd._export._parquet.UNKNOWN_YEAR}
    countries = dict(zip(partnerships["id"], partnerships["country"].astype(str), strict=True))
    assert countries == {"dated": "KR", "undated": "KR"}
    actors = pd.read_parquet(tmp_path / "actors")
    assert sorted(actors["country"].astype(str)) == ["KR", "ZZ"]
    assert (tmp_path / "partnerships" / "year=0").is_dir()
    assert cd.read_parquet(tmp_path) == dataset
    # a key that does not partition keeps its nulls
    cd.to_parquet(dataset, tmp_path / "by-year", partition_by=("year",))
    actors = pd.read_parquet(tmp_path / "by-year" / "actors")
    assert sorted(actors["country"].fillna("-")) == ["-", "KR"]


def test_to_parquet_again_with_fewer_kinds_leaves_no_old_records(tmp_path: Path) -> None:
    dataset = cd.load_seeds()
    cd.to_parquet(dataset, tmp_path)
    fewer = cd.Dataset.of([*dataset.actors, *dataset.sources, *dataset.partnerships[:1]])
    cd.to_parquet(fewer, tmp_path)
    assert cd.read_parquet(tmp_path) == fewer
    assert not list((tmp_path / "agreements").rglob("*.parquet"))


def test_read_parquet_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="not a directory"):
        cd.read_parquet(tmp_path / "missing")
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "events").mkdir()
    pq.write_table(pa.table({"id": ["e1"]}), tmp_path / "events" / "x.parquet")
    with pytest.raises(cd.ParseError, match="no \\('json'"):
        cd.read_parquet(tmp_path)


def test_a_renamed_id_avoids_a_record_id_in_another_partition() -> None:
    """Two visits share the id ``v`` and are renamed ``v-<digest>``; a document in another
    partition already has the first of those names, so the renamed visit takes a longer
    digest, as in one process."""
    people = [cd.Participant(actor="hanam", role="visitor"),
              cd.Participant(actor="zibo", role="host")]
    visits = [
        cd.Event(id="v", kind="visit", date=cd.PartialDate(day), participants=people,
                 citations=[cd.Citation(source="s", quote=day)])
        for day in ("2024-04-02", "2024-09-20")
    ]
    first = cd.merge(cd.Dataset.of(visits))
    renamed = sorted(e.id for e in first.dataset.events)
    assert all(i.startswith("v-") for i in renamed)
    taken = cd.Document(id=renamed[0], kind="plan", issuer="hanam")
    inputs = [cd.Dataset.of([*visits, taken])]
    whole = cd.merge(*inputs)
    assert renamed[0] not in {e.id for e in whole.dataset.events}
    for buckets in (1, 2, 5, 9):
        assert merge_in_parts(inputs, buckets) == whole


@pytest.mark.parametrize("cell", ["", "  ", "{}\n{}", "\n"])
def test_a_json_cell_is_exactly_one_record(tmp_path: Path, cell: str) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    root = cd.write_partitioned(cd.load_seeds(merged=False), tmp_path / "parts")
    file = sorted((root / "records").rglob("*.parquet"))[0]
    table = pq.read_table(file).to_pydict()
    good = table["json"][0]
    table["json"][0] = cell.replace("{}", good)  # blank, or two records in one cell
    pa = pytest.importorskip("pyarrow")
    pq.write_table(pa.table(table), file)
    with pytest.raises(cd.ParseError):
        cd.read_parquet(root)


def test_claims_of_no_country_read_back_with_pandas(tmp_path: Path) -> None:
    """Claims partition on their own ``country`` column, which must not be null either."""
    pd = pytest.importorskip("pandas")
    dataset = cd.Dataset.of(
        [
            cd.City(id="hanam", name="Hanam", country="KR"),
            cd.CountClaim(id="any", subject="hanam", counted="partners", value=3),
            cd.CountClaim(id="na", subject="hanam", counted="partners", value=1, country="NA"),
        ]
    )
    cd.to_parquet(dataset, tmp_path)
    claims = pd.read_parquet(tmp_path / "claims")
    countries = dict(zip(claims["id"], claims["country"].astype(str), strict=True))
    assert countries == {"any": "ZZ", "na": "NA"}
    assert cd.read_parquet(tmp_path) == dataset


@pytest.mark.parametrize("where", ["local", "memory"])
def test_a_layout_written_over_another_reads_back_as_the_last_write(
    tmp_path: Path, where: str
) -> None:
    """Each layout keeps its records in other directories: a write must delete what the
    other layout left, or read_parquet returns a mix of both writes."""
    reports = cd.load_seeds(merged=False)
    fewer = cd.Dataset.of([*reports.actors[:3], *reports.partnerships[:1]])
    root = str(tmp_path) if where == "local" else "memory://layouts-over-each-other"
    cd.write_partitioned(reports, f"{root}/a", buckets=4)
    cd.to_parquet(fewer, f"{root}/a")
    assert cd.read_parquet(f"{root}/a") == fewer
    cd.to_parquet(reports, f"{root}/b")
    cd.write_partitioned(fewer, f"{root}/b", buckets=2)
    assert cd.read_parquet(f"{root}/b") == fewer


def test_writing_again_leaves_no_empty_partition(tmp_path: Path) -> None:
    reports = cd.load_seeds(merged=False)
    cd.write_partitioned(reports, tmp_path, buckets=8)
    cd.write_partitioned(cd.Dataset.of(reports.partnerships[:1]), tmp_path, buckets=8)
    folders = [p for p in (tmp_path / "records").rglob("*") if p.is_dir()]
    assert all(any(p.iterdir()) for p in folders)
    assert len([p for p in folders if p.name.startswith("bucket=")]) == 1


def test_read_parquet_refuses_a_directory_of_no_layout(tmp_path: Path) -> None:
    (tmp_path / "csv").mkdir()
    (tmp_path / "csv" / "events.csv").write_text("id\ne1\n", "utf-8")
    (tmp_path / "empty").mkdir()
    for folder in ("csv", "empty"):
        with pytest.raises(cd.ParseError, match=f"{folder}' holds no citydiplo-layout.json"):
            cd.read_parquet(tmp_path / folder)
    cd.to_parquet(cd.Dataset(), tmp_path / "nothing")  # an empty dataset is a layout
    assert cd.read_parquet(tmp_path / "nothing") == cd.Dataset()
