"""Load N synthetic events from JSON Lines into models, against orjson.loads per line.

The baseline (the floor) is reading the same bytes with ``orjson.loads`` line by line into
a list that keeps every parsed object, as ``citydiplo.loads`` keeps every record. Like for
like: both split the same bytes into lines, both run with the cyclic garbage collector
paused (``citydiplo.loads`` pauses it while it loads: records hold no cycles; the floor is
timed the same way), each figure is the best of ``--repeat`` runs interleaved with the
other's, so that both sides share the machine's noise. That ratio is the one the target
(at most 2.5x) is about. The same two with the collector on at the start are printed for
information only (the floor then pays collections that loads does not: not like for like).
Prints the peak memory of the loaded models too.

    python bench/bench_load.py            # 1,000,000 events
    python bench/bench_load.py --n 100000
"""

from __future__ import annotations

import argparse
import gc
import random
import time
import tracemalloc

import orjson

import citydiplo as cd

KINDS = ["meeting", "visit", "delegation", "lecture", "conference", "signing"]
ROLES = ["visitor", "host", "speaker", "guest", "delegate"]
FIELDS = ["economy", "culture", "education", "youth", "tourism", "science_technology"]


def make_lines(n: int, seed: int = 7) -> bytes:
    rnd = random.Random(seed)
    cities = [f"city-{i}" for i in range(5000)]
    out = []
    for i in range(n):
        year = rnd.randint(1990, 2025)
        month = rnd.randint(1, 12)
        date = rnd.choice(
            [f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{rnd.randint(1, 28):02d}"]
        )
        a, b = rnd.sample(cities, 2)
        record = {
            "type": "event",
            "id": f"e{i}",
            "kind": rnd.choice(KINDS),
            "date": date,
            "participants": [{"actor": a, "role": "visitor"}, {"actor": b, "role": "host"}],
            "fields": rnd.sample(FIELDS, rnd.randint(0, 2)),
            "citations": [{"source": f"s{rnd.randint(0, 4)}", "quote": f"visit number {i}"}],
        }
        out.append(orjson.dumps(record))
    return b"\n".join(out) + b"\n"


def floor(data: bytes, *, paused: bool = False) -> tuple[float, float]:
    """orjson.loads per line; ``paused``: with the cyclic collector off, as loads runs.
    Returns the wall-clock and the CPU time."""
    gc.collect()
    if paused:
        gc.disable()
    start, cpu = time.perf_counter(), time.process_time()
    rows = [orjson.loads(line) for line in data.split(b"\n") if line]
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    gc.enable()
    del rows
    return elapsed, cpu


def library(data: bytes, *, paused: bool = False) -> tuple[float, float]:
    """citydiplo.loads; ``paused``: called with the collector already off, as the paused
    floor runs (loads then skips the young-object collection it pays when it switches the
    collector back on, as the floor's timing does). Returns the wall-clock and the CPU time."""
    gc.collect()
    if paused:
        gc.disable()
    start, cpu = time.perf_counter(), time.process_time()
    ds = cd.loads(data, format="jsonl")
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    gc.enable()
    del ds
    return elapsed, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    data = make_lines(args.n)
    print(f"{args.n:,} events, {len(data) / 1e6:.1f} MB of JSON Lines")
    cd.loads(make_lines(100), format="jsonl")  # warm the converter
    floors, paused, libs, libs_paused = [], [], [], []
    for _ in range(args.repeat):  # interleave to share the machine's noise
        floors.append(floor(data))
        paused.append(floor(data, paused=True))
        libs.append(library(data))
        libs_paused.append(library(data, paused=True))
    f, p, lib, lp = (min(t[0] for t in times) for times in (floors, paused, libs, libs_paused))
    p_cpu, lp_cpu = (min(t[1] for t in times) for times in (paused, libs_paused))
    print(f"orjson.loads per line (floor), collector paused: {p:.2f} s ({args.n / p:,.0f}/s)")
    print(f"citydiplo.loads, collector paused:               {lp:.2f} s ({args.n / lp:,.0f}/s)")
    print(f"like for like (both paused): {lp / p:.2f}x the floor (target <= 2.5x)")
    print(
        f"the same in CPU time: floor {p_cpu:.2f} s, loads {lp_cpu:.2f} s, "
        f"{lp_cpu / p_cpu:.2f}x the floor"
    )
    print(
        f"for information, collector on at the start: floor {f:.2f} s, loads {lib:.2f} s "
        f"(the floor then pays collections that loads, which pauses the collector, does not)"
    )
    gc.collect()
    tracemalloc.start()
    ds = cd.loads(data, format="jsonl")
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"memory: {current / 1e6:,.0f} MB held by {len(ds):,} models, "
        f"peak {peak / 1e6:,.0f} MB during load"
    )


if __name__ == "__main__":
    main()
