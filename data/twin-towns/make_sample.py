"""Write the small sample of the twin-town list that ships inside the package.

The sample keeps every row that involves South Korea or Vietnam (the countries of the seed
articles), every Córdoba pair (same-name cities in different countries), and every row
whose country cell is messy (a typo, a local name, a subdivision-qualified or empty cell),
so the docs and tests meet the list's real problems. Run from the repository root:

    python data/twin-towns/make_sample.py
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

HERE = Path(__file__).parent
OUT = Path("src/citydiplo/data/twin_towns")
FOCUS = {"South Korea", "Vietnam"}
MESSY = {"Kazakhstah", "Grece", "Japa", "Island", "Moldavia", "", "Brandenburg, Germany",
         "Scotland, United Kingdom", "England", "Wales"}


def main() -> None:
    with (HERE / "twin_cities_raw.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames or []
        rows = [
            row for row in reader
            if {row["country1"], row["country2"]} & FOCUS
            or ("Córdoba" in row["city1"] and "Córdoba" in row["city2"])
            or ({row["country1"], row["country2"]} & MESSY and hash_keep(row))
        ]
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "sample.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    shutil.copy(HERE / "LICENSE", OUT / "LICENSE")
    print(f"{len(rows)} rows written to {OUT / 'sample.csv'}")


def hash_keep(row: dict[str, str]) -> bool:
    """Keep a deterministic tenth of the rows with a common messy cell (England...)."""
    rare = {row["country1"], row["country2"]} & (MESSY - {"England", "Wales"})
    return bool(rare) or sum(map(ord, row["city1"] + row["city2"])) % 10 == 0


if __name__ == "__main__":
    main()
