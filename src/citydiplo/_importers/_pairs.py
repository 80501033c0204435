"""Import a generic CSV of city pairs (``city1,country1,city2,country2``) as partnerships.

Every row is either imported or reported with its row number and the reason. Country cells
are read with citydiplo's place resolver ("Brandenburg, Germany" is Germany, subdivision
DE-BB); a cell it cannot resolve is kept as written (in the city's id and in the citation)
and reported, never guessed.

Each city cell is linked to a GeoNames city (:func:`citydiplo.parse_place`'s rules: the
country cell and its "Region, Country" qualifier restrict the candidates, a "Name (City)"
or "Name, Region" city cell is read as qualified, so is "City – District", and the dominance
rule separates homonyms; a municipality GeoNames keeps only as a division links to it).
A linked city's id is ``geonames:<id>``, so homonyms in different places stay apart and
every spelling of one city becomes one actor. A cell that cannot be linked is
reported on its row (not found, or ambiguous with its candidates) and its city keeps the
id ``<country>[:<subdivision>]:<folded name>``. The file becomes one :class:`Source` and
each pair one :class:`Partnership` citing every row that states it; the result does not
depend on the order of the rows.
"""

from __future__ import annotations

import importlib
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from attrs import frozen

from citydiplo._csvsafe import csv_line
from citydiplo._dataset import Dataset
from citydiplo._errors import CitydiploError, check_args
from citydiplo._importers._abroad import own_name_abroad
from citydiplo._importers._apart import written_apart
from citydiplo._importers._dashed import find_dashed
from citydiplo._importers._districts import district_elsewhere
from citydiplo._importers._divisions import division_word, links_a_division
from citydiplo._importers._municipal import find_division
from citydiplo._importers._qualified import far_from_qualifier
from citydiplo._importers._regions import names_a_region
from citydiplo._importers._rows import read_csv_file, read_rows, row_problem, separator_hint
from citydiplo._importers._seats import one_place
from citydiplo._importers._territories import find_overseas, is_overseas
from citydiplo._model import Citation, City, Identifier, Partnership, PartnershipKind, Source
from citydiplo._normalize import clean, clean_label, match_key

__all__ = ["DEFAULT_COLUMNS", "PairsImport", "RowProblem", "import_pairs"]

DEFAULT_COLUMNS = ("city1", "country1", "city2", "country2")
Progress = Callable[[int, int], None]


@frozen(kw_only=True)
class RowProblem:
    """A row that was not imported, or imported with a caveat (``imported``)."""

    row: int
    reason: str
    imported: bool = False

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


@frozen(kw_only=True)
class PairsImport:
    """The outcome of :func:`import_pairs`.

    Attributes:
        dataset: the cities, the source and the partnerships (merged when ``merged``).
        problems: one entry per skipped row or unresolved country cell, by row number.
        rows: data rows read (the header is not counted; row numbers count it, as a
            spreadsheet does, so the first data row is row 2).
        imported: rows that became a partnership.
        country_cells: country cells read in imported rows; ``resolved``: how many of them
            resolved to an ISO code.
        reports: partnerships before merging (one per imported row).
        merged: whether :func:`citydiplo.merge` fused pairs listed from both sides.
        city_cells: city cells read in imported rows; ``linked``: how many of them were
            linked to a GeoNames city.
    """

    dataset: Dataset
    problems: tuple[RowProblem, ...]
    rows: int
    imported: int
    country_cells: int
    resolved: int
    reports: int
    merged: bool
    city_cells: int = 0
    linked: int = 0

    @property
    def linked_share(self) -> float:
        """Share of city cells linked to GeoNames (1.0 when there are none)."""
        return self.linked / self.city_cells if self.city_cells else 1.0

    @property
    def resolved_share(self) -> float:
        """Share of country cells resolved to an ISO code (1.0 when there are none)."""
        return self.resolved / self.country_cells if self.country_cells else 1.0


@frozen
class _Link:
    """A city cell linked to GeoNames (``place``), or why it is not (``reason``)."""

    place: Any
    reason: str | None


@frozen
class _Place:
    country: str | None
    subdivision: str | None
    key: str  # the id prefix: ISO code, or the folded text of an unresolved cell


def _resolve_place(text: str, fix_misspellings: bool) -> tuple[_Place, str | None]:
    """The place a country cell names, and the reason it is unresolved (``None`` if not)."""
    from citydiplo._geo import PlaceKind, parse_place

    key = "-".join(match_key(text).split()) or "unknown"
    try:
        place = parse_place(text, fix_misspellings=fix_misspellings)
    except CitydiploError as err:
        return _Place(None, None, key), f"country {text!r} kept as written: {err}"
    if place.kind is PlaceKind.CITY and "," not in text:
        # "Atlantis" is a town in Florida, but a country cell that names only a city
        # says nothing certain about the country
        reason = f"country {text!r} kept as written: it names no country, only {place.describe()}"
        return _Place(None, None, key), reason
    return _Place(place.country, place.subdivision, place.country), None


def _slug(text: str) -> str:
    return "-".join(match_key(text).split())


def _quote(cells: Sequence[str]) -> str:
    return csv_line(cells)


def _merge() -> Callable[[Dataset], Any] | None:
    try:
        module = importlib.import_module("citydiplo._merge")
    except ImportError:  # pragma: no cover - merge ships with citydiplo
        return None
    return getattr(module, "merge", None)


def import_pairs(
    source: str | os.PathLike[str] | Iterable[str],
    *,
    columns: Sequence[str] = DEFAULT_COLUMNS,
    kind: PartnershipKind | str = PartnershipKind.SISTER,
    source_id: str | None = None,
    fix_misspellings: bool = False,
    merge: bool = True,
    progress: Progress | None = None,
) -> PairsImport:
    """Read a CSV of city pairs into cities, one source and partnerships.

    Args:
        source: a file path, or the lines of a CSV (with its header).
        columns: the header names of city 1, country 1, city 2, country 2.
        kind: the kind of every partnership (the file says nothing about it).
        source_id: id of the :class:`Source` for the file (default ``file:<name>``).
        fix_misspellings: correct the known misspellings of country names in the
            twin-town list (a curated table, not a fuzzy guess).
        merge: fuse pairs listed from both sides with :func:`citydiplo.merge`.
        progress: called as ``progress(rows_done, rows_total)`` while importing.

    Raises:
        ParseError: a required column is missing from the header.

    >>> result = import_pairs(["city1,country1,city2,country2",
    ...                        "Hanam,South Korea,Little Rock,United States",
    ...                        "Little Rock,United States,Hanam,Republic of Korea",
    ...                        "Gwangju,South Korea,Zibo,China",
    ...                        "Nowhere,,Zibo,China"])
    >>> result.imported, len(result.dataset.partnerships), result.linked, result.city_cells
    (3, 2, 5, 6)
    >>> sorted(actor.id for actor in result.dataset.actors)
    ['geonames:1785286', 'geonames:1897007', 'geonames:4119403', 'kr:gwangju']
    >>> [str(p)[:50] for p in result.problems]
    ["row 4: city 'Gwangju' (South Korea) not linked: am", 'row 5: empty cell: country1']
    """
    check_args("import_pairs", source=(source, (str, os.PathLike, Iterable)))
    from citydiplo._errors import ParseError

    if isinstance(source, str | os.PathLike):
        path = Path(source)
        name = path.name
        rows = read_rows(read_csv_file(path), name)
    else:
        name = "pairs.csv"
        rows = read_rows(source, name)
    cleaned = lru_cache(maxsize=65536)(clean_label)  # a list repeats its cells
    header = [clean(h) for h in (rows[0][1] if rows else [])]
    missing = [c for c in columns if c not in header]
    if len(columns) != 4 or missing:
        raise ParseError(
            f"{name}: columns {list(columns)!r} expected (city1, country1, city2, country2); "
            f"missing {missing!r} from the header {header!r}{separator_hint(rows)}"
        )
    twice = [c for c in columns if header.count(c) > 1]
    if twice:  # which of the two is meant? taking the first was a silent guess
        raise ParseError(
            f"{name}: the header {header!r} names the column {twice[0]!r} more than once "
            "(expected each of the four columns once; rename the others or give --columns)"
        )
    where = [header.index(c) for c in columns]
    sid = source_id or f"file:{name}"
    file_source = Source(id=sid, title=name)
    spellings: dict[str, Counter[str]] = {}
    homes: dict[str, tuple[_Place, Any]] = {}
    links: dict[tuple[str, str], _Link] = {}
    places: dict[str, tuple[_Place, str | None]] = {}
    pairs: dict[tuple[str, str], list[Citation]] = {}
    problems: list[RowProblem] = []
    body = [(n, cells, row_problem(cells, header, columns, where)) for n, cells in rows[1:]]
    total = len(body)
    for done, (_, cells, problem) in enumerate(body):  # every cell linked before any row
        if progress is not None and done % 1000 == 0:
            progress(done, total)
        values = [] if problem else [cleaned(cells[i]) for i in where]
        for city_name, country_text in zip(values[::2], values[1::2], strict=True):
            if country_text not in places:
                places[country_text] = _resolve_place(country_text, fix_misspellings)
            if (city_name, country_text) not in links:
                links[(city_name, country_text)] = _link(city_name, places[country_text][0])
    apart = written_apart((c, c[0], k.place) for c, k in sorted(links.items()) if k.place)
    links.update({cell: _Link(None, why) for cell, why in apart.items()})  # "Rostov"
    country_cells = resolved = imported = linked = 0
    for number, cells, problem in body:
        if problem is not None:
            problems.append(RowProblem(row=number, reason=problem))
            continue
        values = [cleaned(cells[i]) for i in where]
        ids = []
        notes = []
        for city_name, country_text in ((values[0], values[1]), (values[2], values[3])):
            if country_text not in places:
                places[country_text] = _resolve_place(country_text, fix_misspellings)
            place, unresolved = places[country_text]
            country_cells += 1
            if unresolved is None:
                resolved += 1
            else:
                notes.append(unresolved)
            link = links[(city_name, country_text)]
            if link.place is not None:
                linked += 1
                city_id = f"geonames:{link.place.geonames_id}"
            else:
                city_id = _city_id(place, city_name)
                notes.append(f"city {city_name!r} ({country_text}) not linked: {link.reason}")
            spellings.setdefault(city_id, Counter())[city_name] += 1
            homes[city_id] = (place, link.place)
            ids.append(city_id)
        if ids[0] == ids[1]:
            problems.append(
                RowProblem(row=number, reason=f"both cells name the same city {values[0]!r}")
            )
            continue
        imported += 1
        low, high = sorted(ids)
        pairs.setdefault((low, high), []).append(Citation(source=sid, quote=_quote(cells)))
        problems.extend(RowProblem(row=number, reason=n, imported=True) for n in notes)
    if progress is not None:
        progress(total, total)
    cities = [_city(city_id, spellings[city_id], *homes[city_id]) for city_id in sorted(spellings)]
    partnerships = [
        Partnership(
            id=f"{sid}#{low}--{high}",
            parties=(low, high),
            kind=PartnershipKind(kind),
            citations=_canonical(citations),
        )
        for (low, high), citations in sorted(pairs.items())
    ]
    used = {party for p in partnerships for party in p.parties}
    dataset = Dataset.of([*(c for c in cities if c.id in used), file_source, *partnerships])
    merger = _merge() if merge else None
    if merger is not None:
        dataset = merger(dataset).dataset
    return PairsImport(
        dataset=dataset,
        problems=tuple(problems),
        rows=total,
        imported=imported,
        country_cells=country_cells,
        resolved=resolved,
        reports=imported,
        merged=merge,
        city_cells=country_cells,
        linked=linked,
    )


def _canonical(citations: list[Citation]) -> tuple[Citation, ...]:
    """The distinct citations in the order of their quotes: independent of row order."""
    quotes = {c.quote: c for c in citations}
    return tuple(quotes[q] for q in sorted(quotes))


def _city_id(place: _Place, city_name: str) -> str:
    """The id of a city: its country, its subdivision when known, and its folded name, so
    that homonyms in different subdivisions (the German Friedlands) stay apart."""
    region = f":{place.subdivision.lower()}" if place.subdivision else ""
    return f"{place.key.lower()}{region}:{_slug(city_name)}"


def _city(city_id: str, spellings: Counter[str], place: _Place, geo: Any) -> City:
    """One city from every spelling the file gives it, independent of row order: a linked
    city is named as GeoNames names it and placed where GeoNames places it; otherwise the
    most frequent spelling (ties broken by the text itself) is its name."""
    ranked = sorted(spellings, key=lambda text: (-spellings[text], text))
    if geo is None:
        return City(
            id=city_id,
            name=ranked[0],
            names=_label(ranked[1:]),
            country=place.country,
            subdivision=place.subdivision,
        )
    subdivision = geo.subdivision
    if subdivision is None and place.country == geo.country:
        subdivision = place.subdivision  # the cell's "Region, Country" qualifier
    return City(
        id=city_id,
        name=geo.name,
        names=_label(t for t in ranked if t != geo.name),
        country=geo.country,
        subdivision=subdivision,
        identifiers=[Identifier(scheme="geonames", value=str(geo.geonames_id))],
        latitude=geo.latitude,
        longitude=geo.longitude,
    )


def _link(city_name: str, place: _Place) -> _Link:
    """The GeoNames city a city cell names in its country cell's context."""
    from citydiplo._geo import AmbiguousPlaceError
    from citydiplo._geo._parse import find_city

    if place.country is None:
        return _Link(None, "its country is unknown")
    try:
        if is_overseas(place.subdivision):  # "Le Port, Réunion, France": RE in GeoNames
            found = find_overseas(city_name, place.country, place.subdivision)
        else:
            found = find_city(city_name, country=place.country, subdivision=place.subdivision)
        if found is None and place.subdivision is None:  # "Kourou, France": GF
            found = find_overseas(city_name, place.country, None)
        if found is None:  # "Havana – Diez de Octubre"
            found = find_dashed(city_name, place.country, place.subdivision)
        if found is None:  # "Botkyrka", Sweden: Botkyrka Kommun
            found = find_division(city_name, place.country, place.subdivision)
    except AmbiguousPlaceError as err:
        found = one_place(city_name, err.places)  # "Akō": its own record and its centre
        if found is None:
            listed = "; ".join(p.describe() for p in err.places[:5])
            return _Link(None, f"ambiguous between {listed}")
    if found is None:
        where = place.subdivision or place.country
        return _Link(None, f"no GeoNames city of that name in {where}")
    word = division_word(city_name)
    if word is not None and not links_a_division(found):
        # "Celle (district)", "Mazyr District": the division, not the town of its name
        return _Link(None, f"the cell names a {word}; GeoNames has only {found.describe()}")
    far = far_from_qualifier(city_name, found)  # "Rîșcani (Chișinău)": not Rîșcani town
    if far is not None:
        return _Link(None, f"not found near its city: {found.describe()}; {far}")
    region = names_a_region(city_name, found)  # "Alagoas": not Marechal Deodoro
    if region is not None:
        return _Link(
            None, f"the cell names the region {region}; GeoNames has only {found.describe()}"
        )
    abroad = own_name_abroad(city_name, found)
    if abroad is not None:
        return _Link(None, f"ambiguous between {found.describe()}; {abroad}")
    # "Hemnes": the municipality in Nordland, not the village; a region qualifier decides
    district = None if place.subdivision else district_elsewhere(city_name, found)
    if district is not None:
        return _Link(None, f"ambiguous between {found.describe()}; {district}")
    return _Link(found, None)


def _label(texts: Iterable[str]) -> list[Any]:
    from citydiplo._model import Label

    return [Label(lang="und", text=text) for text in texts]
