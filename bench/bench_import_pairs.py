"""Import the twin-town list with ``import_pairs``: the share of distinct city cells linked
to GeoNames, and the time taken against reading the same file with the ``csv`` module (the
baseline), in one run.

A distinct city cell is a (city cell, country cell) pair as the list writes it, after the
importer's cleaning (17,817 in the list); it is unlinked when a row reports it "not linked".
Targets (issue 13): at least 80 % of the distinct cells linked; the import of all rows in at
most 10 s. Wall time depends on the machine's load; CPU time is printed beside it.

    python bench/bench_import_pairs.py
    python bench/bench_import_pairs.py --rounds 3
"""

from __future__ import annotations

import argparse
import ast
import csv
import re
import statistics
import time
from pathlib import Path

from citydiplo import import_pairs
from citydiplo._normalize import clean_label

LIST = Path(__file__).resolve().parents[1] / "data" / "twin-towns" / "twin_cities_raw.csv"
_UNLINKED = re.compile(r"^city (?P<city>'.*'|\".*\") \((?P<country>.*)\) not linked: ")


def read_with_csv(path: Path) -> list[list[str]]:
    """The baseline: every row of the file, read by the csv module."""
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def distinct_cells(path: Path) -> set[tuple[str, str]]:
    """The (city, country) cells of the rows that have four non-empty cells."""
    cells = set()
    for row in read_with_csv(path)[1:]:
        values = [clean_label(v) for v in row[:4]]
        if len(values) == 4 and all(values):
            cells.update({(values[0], values[1]), (values[2], values[3])})
    return cells


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    base = []
    for _ in range(5):
        start = time.perf_counter()
        read_with_csv(LIST)
        base.append(time.perf_counter() - start)
    walls, cpus = [], []
    for _ in range(args.rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        result = import_pairs(LIST)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    unlinked = set()
    for problem in result.problems:
        match = _UNLINKED.match(problem.reason)
        if match is not None:
            unlinked.add((ast.literal_eval(match["city"]), match["country"]))
    cells = distinct_cells(LIST)
    linked = len(cells - unlinked)
    baseline = min(base)
    first = walls[0]
    print(f"rows {result.rows}, imported {result.imported}")
    print(f"distinct city cells linked: {linked} of {len(cells)} ({linked / len(cells):.2%})")
    print(f"city cells linked (with repeats): {result.linked} of {result.city_cells}")
    print(f"csv baseline: {baseline * 1e3:.1f} ms")
    print(
        f"import_pairs: first {first:.2f} s wall ({first / baseline:.0f}x the baseline), "
        f"median {statistics.median(walls):.2f} s wall, {statistics.median(cpus):.2f} s CPU "
        "(target <= 10 s)"
    )


if __name__ == "__main__":
    main()
