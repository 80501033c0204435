"""Load N synthetic events from JSON Lines into models, against orjson.loads per line.

The baseline (the floor) is reading the same bytes with ``orjson.loads`` line by line, with
the garbage collector in the same state for both. Prints both times, the ratio (target: at
most 2.5x) and the peak memory of the loaded models.

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


def floor(data: bytes) -> float:
    gc.collect()
    start = time.perf_counter()
    rows = [orjson.loads(line) for line in data.split(b"\n") if line]
    elapsed = time.perf_counter() - start
    del rows
    return elapsed


def library(data: bytes) -> float:
    gc.collect()
    start = time.perf_counter()
    ds = cd.loads(data, format="jsonl")
    elapsed = time.perf_counter() - start
    del ds
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    data = make_lines(args.n)
    print(f"{args.n:,} events, {len(data) / 1e6:.1f} MB of JSON Lines")
    cd.loads(make_lines(100), format="jsonl")  # warm the converter
    floors, libs = [], []
    for _ in range(args.repeat):  # interleave to share the machine's noise
        floors.append(floor(data))
        libs.append(library(data))
    f, lib = min(floors), min(libs)
    print(f"orjson.loads per line (floor): {f:.2f} s  ({args.n / f:,.0f} lines/s)")
    print(f"citydiplo.loads:               {lib:.2f} s  ({args.n / lib:,.0f} records/s)")
    print(f"ratio: {lib / f:.2f}x the floor (target <= 2.5x)")
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
