"""Query indexes on the real twin-town list, against plain scans of the same dataset.

Builds the dataset from ``data/twin-towns/twin_cities_raw.csv`` (26,114 pairs) with the
pairs importer, then measures in one run:

* index build time (partners index and name index, each built once, lazily);
* ``Dataset.partners()`` per call, and the same answer by scanning every partnership;
* ``Dataset.find()`` per call, and the same answer by scanning every actor's names;
* ``Dataset.search()`` per call (a scan over precomputed search keys), against folding every
  label on each call;
* ``Dataset.partners(at=...)`` per call, against ``partners()`` without a date.

Targets: index build under 1 s, ``partners()`` under 20 µs per call.

    python bench/bench_query.py
    python bench/bench_query.py --calls 20000 --scan-calls 200
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from pathlib import Path

from citydiplo import Dataset
from citydiplo._importers import import_pairs
from citydiplo._query import lookup_keys
from citydiplo._query._search import search_key

CSV = Path(__file__).resolve().parent.parent / "data" / "twin-towns" / "twin_cities_raw.csv"


def scan_partners(ds: Dataset, actor: str) -> list[tuple[str, str]]:
    """The baseline: every partnership looked at, as code without an index would."""
    out = []
    for p in ds.partnerships:
        a, b = p.parties
        if a == actor:
            out.append((b, p.id))
        elif b == actor:
            out.append((a, p.id))
    return out


def scan_find(ds: Dataset, name: str) -> list[str]:
    """The baseline: every label of every actor folded and compared."""
    keys = set(lookup_keys(name))
    return [a.id for a in ds.actors if any(keys & set(lookup_keys(label)) for label in a.labels())]


def scan_search(ds: Dataset, text: str) -> list[str]:
    """The baseline: every label folded on each call, then compared."""
    key = search_key(text)
    return [a.id for a in ds.actors if any(key in search_key.__wrapped__(t) for t in a.labels())]


def per_call(fn, args: list, repeat: int = 1) -> float:  # type: ignore[no-untyped-def, type-arg]
    gc.collect()
    start = time.perf_counter()
    for _ in range(repeat):
        for arg in args:
            fn(arg)
    return (time.perf_counter() - start) / (len(args) * repeat)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=50_000)
    parser.add_argument("--scan-calls", type=int, default=300)
    parser.add_argument("--csv", type=Path, default=CSV, help="the twin-town list")
    args = parser.parse_args()

    start = time.perf_counter()
    imported = import_pairs(args.csv, fix_misspellings=True)
    load_time = time.perf_counter() - start
    ds = imported.dataset
    print(
        f"dataset: {imported.rows:,} rows -> {len(ds.actors):,} cities, "
        f"{len(ds.partnerships):,} partnerships (import + merge {load_time:.2f} s)"
    )

    fresh = ds.evolve()  # no index built yet
    gc.collect()
    start = time.perf_counter()
    index = fresh._query
    _ = index._partners
    partners_build = time.perf_counter() - start
    start = time.perf_counter()
    _ = index.names
    names_build = time.perf_counter() - start
    total_build = partners_build + names_build
    print(
        f"index build: partners {partners_build * 1e3:.1f} ms, names {names_build * 1e3:.1f} ms, "
        f"total {total_build * 1e3:.1f} ms (target < 1000 ms)"
    )

    rnd = random.Random(7)
    ids = [a.id for a in fresh.actors]
    sample = [rnd.choice(ids) for _ in range(args.calls)]
    names = [rnd.choice(fresh.actors).name for _ in range(args.calls)]

    # answers agree before anything is timed
    for actor in sample[:200]:
        fast = sorted((p.actor.id, p.partnership.id) for p in fresh.partners(actor))
        assert fast == sorted(scan_partners(fresh, actor)), actor
    for name in names[:20]:
        assert [a.id for a in fresh.find(name)] == scan_find(fresh, name), name

    partners_call = per_call(fresh.partners, sample)
    partners_scan = per_call(lambda a: scan_partners(fresh, a), sample[: args.scan_calls])
    find_call = per_call(fresh.find, names)
    find_scan = per_call(lambda n: scan_find(fresh, n), names[: max(5, args.scan_calls // 30)])

    print(
        f"partners(): {partners_call * 1e6:.2f} µs/call (target < 20 µs); "
        f"scan {partners_scan * 1e6:.0f} µs/call; "
        f"scan/index = {partners_scan / partners_call:,.0f}x"
    )
    print(
        f"find():     {find_call * 1e6:.2f} µs/call; scan {find_scan * 1e3:.1f} ms/call; "
        f"scan/index = {find_scan / find_call:,.0f}x"
    )
    print(
        f"break-even: the index pays for itself after {total_build / partners_scan:,.0f} "
        "partners() calls"
    )

    words = [name.split()[0][:4] for name in names[:200]]
    for word in words[:10]:  # answers agree: every hit contains the words
        key = search_key(word).replace(" ", "")
        for actor in fresh.search(word, limit=None):
            found = (search_key(label).replace(" ", "") for label in actor.labels())
            assert any(key in label for label in found), (word, actor.id)
    _ = fresh.search("warm up")
    search_call = per_call(lambda w: fresh.search(w, limit=None), words)
    search_scan = per_call(lambda w: scan_search(fresh, w), words[:20])
    dated = per_call(lambda a: fresh.partners(a, at="2010"), sample[: args.calls // 5])
    undated = per_call(fresh.partners, sample[: args.calls // 5])
    print(
        f"search():   {search_call * 1e3:.2f} ms/call; folding every label per call "
        f"{search_scan * 1e3:.1f} ms/call; ratio {search_scan / search_call:,.1f}x"
    )
    print(
        f"partners(at=...): {dated * 1e6:.2f} µs/call; partners() {undated * 1e6:.2f} µs/call; "
        f"ratio {dated / undated:.2f}x"
    )


if __name__ == "__main__":
    main()
