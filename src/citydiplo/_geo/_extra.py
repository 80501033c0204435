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
places and never change how a known name is read. Loaded on first use.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import attrs
from attrs import frozen

from citydiplo._geo._data import load_json
from citydiplo._geo._gazetteer import CityRow

__all__ = ["District", "Extras", "extras", "filled"]


@frozen
class District:
    """A GeoNames second-level division (a city district or county)."""

    geonames_id: int
    name: str
    country: str
    subdivision: str | None


class Extras:
    """The two files as one key index (see :func:`extras`)."""

    def __init__(self) -> None:
        import marisa_trie

        subdivisions: dict[str, set[str]] = {}
        cldr: dict[str, Any] = load_json("cldr_subdivisions.json")
        for table in cldr["names"].values():
            for key, codes in table.items():
                subdivisions.setdefault(key, set()).update(codes)
        data: dict[str, Any] = load_json("districts.json")
        for key, codes in data["subdivisions"].items():
            subdivisions.setdefault(key, set()).update(codes)
        self.districts: list[District] = [
            District(geonames_id=g, name=n, country=c, subdivision=s)
            for g, n, c, s in data["districts"]
        ]
        self._subdivisions = {k: tuple(sorted(v)) for k, v in subdivisions.items()}
        self._districts: dict[str, tuple[int, ...]] = {k: tuple(v) for k, v in data["keys"].items()}
        # a subdivision name that is also its namesake city's (Hebrew "טוקיו"): [id, the
        # match key of the city's GeoNames name]
        self._cities: dict[str, tuple[int, str]] = {
            k: (int(v[0]), str(v[1])) for k, v in cldr["cities"].items()
        }
        self._city_subdivisions: dict[int, str] = {
            int(k): v for k, v in cldr["city_subdivisions"].items()
        }
        self._trie = marisa_trie.Trie([*self._subdivisions, *self._districts])
        self.max_key_length = max(map(len, [*self._subdivisions, *self._districts]), default=0)

    def prefixes(self, text: str) -> list[str]:
        """Every key that is a prefix of ``text``."""
        found: list[str] = self._trie.prefixes(text)
        return found

    def subdivisions(self, key: str) -> tuple[str, ...]:
        """The ISO 3166-2 codes that ``key`` names."""
        return self._subdivisions.get(key, ())

    def namesake(self, key: str) -> tuple[int, str] | None:
        """The GeoNames id and name key of the city that bears subdivision name ``key``."""
        return self._cities.get(key)

    def city_subdivision(self, geonames_id: int) -> str | None:
        """The subdivision of a city the gazetteer leaves without one, when the city is that
        subdivision itself (Moscow: RU-MOW)."""
        return self._city_subdivisions.get(geonames_id)

    def districts_named(self, key: str) -> tuple[District, ...]:
        """The districts that ``key`` names."""
        return tuple(self.districts[i] for i in self._districts.get(key, ()))


@cache
def extras() -> Extras:
    """The process's extra names, loaded on first use."""
    return Extras()


def filled(row: CityRow) -> CityRow:
    """The city with the subdivision ``data/cldr_subdivisions.json`` gives it where the
    gazetteer has none (Moscow: RU-MOW)."""
    if row.subdivision is not None:
        return row
    code = extras().city_subdivision(row.geonames_id)
    return row if code is None else attrs.evolve(row, subdivision=code)
