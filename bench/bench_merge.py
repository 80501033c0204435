"""Merge N synthetic reports from 5 sources, 30 % of them duplicates, against one sort.

The reports are events (visits, with the visitor's and the host's version) and partnerships
between 50,000 cities. Every occurrence is reported once; 30 % of the reports are extra
accounts of an occurrence already reported, from another source, at the same or a coarser
date (month, year) and sometimes with the other side's roles. The baseline is one
``sorted()`` of the same reports by their date's sort key, timed in the same run with the
garbage collector in the same state as during merge (paused).

Prints: the time of the baseline and of ``merge`` and their ratio (target at most 10x); the
time at N over the time at N/10 (target at most 12: near-linear); the peak memory merge
adds (tracemalloc, on a separate run, since tracing slows everything down).

    python bench/bench_merge.py             # 1,000,000 reports
    python bench/bench_merge.py --n 100000
"""

from __future__ import annotations

import argparse
import gc
import random
import time
import tracemalloc

import citydiplo as cd

SOURCES = [f"source-{i}" for i in range(5)]


def make_reports(n: int, seed: int = 11) -> list[cd.Event | cd.Partnership]:
    rnd = random.Random(seed)
    cities = [f"city-{i}" for i in range(50_000)]
    occurrences = round(n / 1.3)
    reports: list[cd.Event | cd.Partnership] = []
    made: list[tuple[str, str, str, int, int, int, str]] = []
    for i in range(n):
        if i < occurrences:
            kind = "event" if rnd.random() < 0.7 else "partnership"
            a, b = rnd.sample(cities, 2)
            year, month, day = rnd.randint(1990, 2025), rnd.randint(1, 12), rnd.randint(1, 28)
            source = rnd.choice(SOURCES)
            made.append((kind, a, b, year, month, day, source))
        else:  # another source's account of an earlier occurrence
            kind, a, b, year, month, day, first = made[rnd.randrange(occurrences)]
            source = rnd.choice([s for s in SOURCES if s != first])
        precision = rnd.choice(["day", "month", "year"] if i < occurrences else ["month", "year"])
        date = cd.PartialDate(
            year=year,
            month=month if precision != "year" else None,
            day=day if precision == "day" else None,
        )
        citation = cd.Citation(source=source, quote=f"report {i}")
        if kind == "event":
            host_side = i >= occurrences and rnd.random() < 0.5
            reports.append(
                cd.Event(
                    id=f"{source}-e{i}",
                    kind="visit",
                    date=date,
                    participants=[
                        cd.Participant(actor=a, role="participant" if host_side else "visitor"),
                        cd.Participant(actor=b, role="host"),
                    ],
                    citations=[citation],
                )
            )
        else:
            reports.append(
                cd.Partnership(
                    id=f"{source}-p{i}",
                    parties=(a, b),
                    kind="sister",
                    established=date,
                    citations=[citation],
                )
            )
    return reports


def as_dataset(reports: list[cd.Event | cd.Partnership]) -> cd.Dataset:
    return cd.Dataset(
        events=[r for r in reports if isinstance(r, cd.Event)],
        partnerships=[r for r in reports if isinstance(r, cd.Partnership)],
    )


def time_sort(reports: list[cd.Event | cd.Partnership]) -> float:
    # merge pauses the cyclic garbage collector while it runs: sort in the same state
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        ordered = sorted(reports, key=lambda r: r.date.sort_key())  # type: ignore[union-attr]
        elapsed = time.perf_counter() - start
    finally:
        gc.enable()
    del ordered
    return elapsed


def time_merge(dataset: cd.Dataset) -> tuple[float, cd.MergeResult]:
    gc.collect()
    start = time.perf_counter()
    result = cd.merge(dataset)
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc run")
    args = parser.parse_args()
    n, small_n = args.n, max(args.n // 10, 1)

    small = make_reports(small_n)
    small_merge, _ = time_merge(as_dataset(small))
    del small

    start = time.perf_counter()
    if not args.no_memory:
        gc.collect()
        tracemalloc.start()
    reports = make_reports(n)
    dataset = as_dataset(reports)
    input_bytes = 0
    if not args.no_memory:
        input_bytes = tracemalloc.get_traced_memory()[0]  # the reports and their dataset
        tracemalloc.stop()
    print(f"{n:,} reports made in {time.perf_counter() - start:.1f} s")
    sort_time = time_sort(reports)
    merge_time, result = time_merge(dataset)
    out = result.dataset
    fused = sum(len(ids) > 1 for ids in result.clusters.values())
    print(
        f"merged into {len(out.events):,} events and {len(out.partnerships):,} partnerships "
        f"({fused:,} fused from several reports, {len(result.ambiguous):,} ambiguous, "
        f"{len(result.conflicts):,} conflicts)"
    )
    print(f"sorted() by sort key (baseline): {sort_time:6.2f} s")
    rate = n / merge_time
    print(f"merge:                           {merge_time:6.2f} s  ({rate:,.0f} reports/s)")
    print(f"ratio to the sort: {merge_time / sort_time:.1f}x (target <= 10x)")
    print(
        f"scaling: {merge_time:.2f} s at {n:,} / {small_merge:.2f} s at {small_n:,} = "
        f"{merge_time / small_merge:.1f} (target <= 12)"
    )
    del result
    if not args.no_memory:
        gc.collect()
        tracemalloc.start()
        held = cd.merge(dataset)
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(
            f"memory: peak {peak / 1e6:,.0f} MB allocated during merge, "
            f"{current / 1e6:,.0f} MB still held by the result (reports excluded)"
        )
        print(
            f"the input holds {input_bytes / 1e6:,.0f} MB: merge's peak is "
            f"{peak / input_bytes:.2f}x the input's (target <= 2x)"
        )
        del held


if __name__ == "__main__":
    main()
