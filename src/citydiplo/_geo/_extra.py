"""Place names read beside the gazetteer: CLDR subdivision names and GeoNames districts.

Two data files, each built by ``tools/build_place_extras.py`` and naming its source:

* ``data/cldr_subdivisions.json``: first-level subdivision names from the Unicode CLDR
  subdivision files in the ten languages (the only maintained source of Persian and
  Gujarati names: "استان هرمزگان", "ગુજરાત"), with the generic words removed too;
* ``data/districts.json``: GeoNames second-level divisions (city districts and counties
  such as Gangnam-gu, Boeun-gun) that cities500 lacks, each with its GeoNames id, country
  and the ISO 3166-2 code of its first-level parent; and GeoNames' alternate names of
  first-level divisions that the gazetteer lacks (Korean "경북").

Both hold only keys that the gazetteer does not already read the same way, so they add
places and never change how a known name is read. Loaded on first use. A key's gazetteer
postings are widened with them (:meth:`Extras.widen`) only when the key is one of theirs,
so names the files do not hold cost one set look-up more.
"""

from __future__ import annotations

from functools import cache, cached_property
from typing import Any

import attrs

from citydiplo._geo._data import load_json
from citydiplo._geo._gazetteer import CityRow, District, Postings, gazetteer

__all__ = ["District", "Extras", "extras", "filled", "subdivision_of"]


class Extras:
    """The two files as one key index (see :func:`extras`).

    Only the set of keys is built on loading; a key's subdivisions and districts are read
    from the files' tables when asked for, and the trie of keys (for ``find_places``) on
    its first use."""

    def __init__(self) -> None:
        cldr: dict[str, Any] = load_json("cldr_subdivisions.json")
        self._names: tuple[dict[str, list[str]], ...] = tuple(
            cldr["names"][lang] for lang in sorted(cldr["names"])
        )
        data: dict[str, Any] = load_json("districts.json")
        self._district_rows: list[list[Any]] = data["districts"]
        self._district_keys: dict[str, list[int]] = data["keys"]
        # GeoNames' alternate names of first-level divisions the gazetteer lacks ("경북")
        self._names += (data["subdivisions"],)
        # a subdivision name that is also its namesake city's (Hebrew "טוקיו"): [id, the
        # match key of the city's GeoNames name]
        self._cities: dict[str, tuple[int, str]] = {
            k: (int(v[0]), str(v[1])) for k, v in cldr["cities"].items()
        }
        self._city_subdivisions: dict[int, str] = {
            int(k): v for k, v in cldr["city_subdivisions"].items()
        }
        self._found = frozenset(k for table in self._names for k in table).union(
            self._district_keys
        )  # the keys find_places looks for
        self._keys = self._found.union(self._cities)

    @cached_property
    def _trie(self) -> Any:
        import marisa_trie

        return marisa_trie.Trie(sorted(self._found))

    @cached_property
    def max_key_length(self) -> int:
        """The length of the longest key read in running text."""
        return max(map(len, self._found), default=0)

    def __contains__(self, key: str) -> bool:
        """Whether the files add anything to what the match key ``key`` names."""
        return key in self._keys

    def widen(self, found: Postings, key: str) -> Postings:
        """``found``, the gazetteer's postings of ``key``, with the subdivisions and
        districts the files give that key, and its namesake city as if by its own name."""
        own, alternate = found.own, found.alternate
        namesake = self._cities.get(key)
        if namesake is not None:
            geonames_id, city_key = namesake
            gz = gazetteer()
            named = gz.postings(city_key)
            ids = gz.geonames_ids
            rows = {r for r in (named.own if named else ()) if ids[r] == geonames_id}
            if rows:
                own = tuple(sorted({*own, *rows}))  # rows run from the most populous down
                alternate = tuple(r for r in alternate if r not in rows)
        return Postings(
            found.countries,
            tuple(sorted({*found.subdivisions, *self.subdivisions(key)})),
            own,
            alternate,
            self.districts_named(key),
        )

    @cached_property
    def _heads(self) -> frozenset[str]:
        """The first three letters of the keys (a shorter key as itself)."""
        return frozenset(k[:3] for k in self._found)

    def prefixes(self, text: str) -> list[str]:
        """Every key that is a prefix of ``text``.

        Most places in a text start no key: up to three set look-ups tell so before the
        trie."""
        heads = self._heads
        if text[:3] not in heads and text[:1] not in heads and text[:2] not in heads:
            return []
        found: list[str] = self._trie.prefixes(text)
        return found

    def subdivisions(self, key: str) -> tuple[str, ...]:
        """The ISO 3166-2 codes that ``key`` names."""
        return tuple(sorted({code for table in self._names for code in table.get(key, ())}))

    def namesake(self, key: str) -> tuple[int, str] | None:
        """The GeoNames id and name key of the city that bears subdivision name ``key``."""
        return self._cities.get(key)

    def city_subdivision(self, geonames_id: int) -> str | None:
        """The subdivision of a city the gazetteer leaves without one, when the city is that
        subdivision itself (Moscow: RU-MOW)."""
        return self._city_subdivisions.get(geonames_id)

    def districts_named(self, key: str) -> tuple[District, ...]:
        """The districts that ``key`` names."""
        rows = self._district_rows
        return tuple(
            District(geonames_id=g, name=n, country=c, subdivision=sub)
            for g, n, c, sub in (rows[i] for i in self._district_keys.get(key, ()))
        )


@cache
def extras() -> Extras:
    """The process's extra names, loaded on first use."""
    return Extras()


def subdivision_of(row: int) -> str | None:
    """The ISO 3166-2 code of the gazetteer city in ``row``: the gazetteer's, or where it
    has none, the one ``data/cldr_subdivisions.json`` gives it (Moscow: RU-MOW)."""
    gz = gazetteer()
    sub = gz.subdivision_of(row)
    return sub if sub is not None else extras().city_subdivision(gz.geonames_ids[row])


def filled(row: CityRow) -> CityRow:
    """The city with the subdivision ``data/cldr_subdivisions.json`` gives it where the
    gazetteer has none (Moscow: RU-MOW)."""
    if row.subdivision is not None:
        return row
    code = extras().city_subdivision(row.geonames_id)
    return row if code is None else attrs.evolve(row, subdivision=code)
