"""Benchmark of citydiplo's geography resolvers (not a test).

Prints first-call latencies (each in a fresh interpreter, import excluded) and the time to
read every country cell of the twin-town list, as a ratio against ``pycountry.countries.lookup``
run on the same cells in the same process.

    python bench/bench_geo.py
"""

from __future__ import annotations

import contextlib
import csv
import subprocess
import sys
import time
from pathlib import Path

import pycountry

from citydiplo import parse_place

CSV = Path(__file__).parents[1] / "data" / "twin-towns" / "twin_cities_raw.csv"

FIRST_CALLS = {
    "resolve_country('Germany')": "resolve_country('Germany')",
    "resolve_country('대한민국')": "resolve_country('대한민국')",
    "resolve_country('Kazakhstah') (error)": "resolve_country('Kazakhstah')",
    "resolve_subdivision('Gyeonggi-do')": "resolve_subdivision('Gyeonggi-do')",
    "resolve_subdivision('경기도')": "resolve_subdivision('경기도')",
    "parse_document_number('59-NQ/TW')": "parse_document_number('59-NQ/TW')",
}


def first_call(expression: str) -> float:
    code = (
        "import time\n"
        "from citydiplo import *\n"
        "start = time.perf_counter()\n"
        f"try:\n    {expression}\nexcept LookupError:\n    pass\n"
        "print(time.perf_counter() - start)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout)


def main() -> None:
    for label, expression in FIRST_CALLS.items():
        print(f"first call {label:45s} {first_call(expression) * 1000:7.1f} ms")
    with CSV.open(encoding="utf-8", newline="") as f:
        cells = [row[k] for row in csv.DictReader(f) for k in ("country1", "country2")]

    start = time.perf_counter()
    for cell in cells:
        with contextlib.suppress(LookupError):
            pycountry.countries.lookup(cell)
    baseline = time.perf_counter() - start

    start = time.perf_counter()
    for cell in cells:
        with contextlib.suppress(LookupError):
            parse_place(cell)
    ours = time.perf_counter() - start
    print(
        f"{len(cells)} cells: pycountry.lookup {baseline:.3f} s, parse_place {ours:.3f} s, "
        f"ratio {ours / baseline:.2f}"
    )


if __name__ == "__main__":
    main()
