"""The countries with the most twin-town partnerships, from the twin-town list.

Usage:
    python examples/twin_towns_top_countries.py [CSV] [--top N]

CSV defaults to data/twin-towns/twin_cities_raw.csv in the repository (26,114 pairs from
English Wikipedia, published by Hekman/twincities under the MIT licence). The list is read
with the ``citydiplo import pairs`` command, which resolves the country cells, fuses pairs
listed from both sides and reports every row it skips.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import citydiplo as cd

DEFAULT_CSV = Path(__file__).resolve().parent.parent / "data" / "twin-towns" / "twin_cities_raw.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", default=str(DEFAULT_CSV), help="a CSV of city pairs")
    parser.add_argument("--top", type=int, default=15, help="how many countries to list")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "twins.jsonl"
        command = [sys.executable, "-m", "citydiplo", "import", "pairs", args.csv]
        command += ["--fix-misspellings", "--quiet", "-o", str(out)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if not out.exists():  # status 1 only means some rows were skipped
            sys.exit(done.stderr)
        twins = cd.load(out)

    print(done.stdout.strip())
    skipped = done.stderr.splitlines()
    print(f"{len(skipped)} rows skipped or kept as written (run the command to see them)\n")

    counts = {code: n for code, n in twins.by_country().items() if code != "??"}
    print(f"{'country':24} partnerships")
    for code, n in list(counts.items())[: args.top]:
        print(f"{cd.country_name(code):24} {n:>12,}")


if __name__ == "__main__":
    main()
