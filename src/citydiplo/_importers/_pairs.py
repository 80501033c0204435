"""Import a generic CSV of city pairs (``city1,country1,city2,country2``) as partnerships.

Every row is either imported or reported with its row number and the reason. Country cells
are read with citydiplo's place resolver ("Brandenburg, Germany" is Germany, subdivision
DE-BB); a cell it cannot resolve is kept as written (in the city's id and in the citation)
and reported, never guessed. Each distinct city becomes one :class:`City` with a stable id
(``<country code or folded country text>:<folded city name>``), the file one
:class:`Source`, and each row one :class:`Partnership` citing the row verbatim. Pairs listed
from both sides are merged with :func:`citydiplo.merge`.
"""

from __future__ import annotations

import csv
import importlib
import io
import os
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from attrs import frozen

from citydiplo._dataset import Dataset
from citydiplo._errors import CitydiploError
from citydiplo._model import Citation, City, Partnership, PartnershipKind, Source
from citydiplo._model._checks import InvalidModelError
from citydiplo._normalize import clean, match_key

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
    """

    dataset: Dataset
    problems: tuple[RowProblem, ...]
    rows: int
    imported: int
    country_cells: int
    resolved: int
    reports: int
    merged: bool

    @property
    def resolved_share(self) -> float:
        """Share of country cells resolved to an ISO code (1.0 when there are none)."""
        return self.resolved / self.country_cells if self.country_cells else 1.0


@frozen
class _Place:
    country: str | None
    subdivision: str | None
    key: str  # the id prefix: ISO code, or the folded text of an unresolved cell


@cache
def _geo() -> Any:
    try:
        return importlib.import_module("citydiplo._geo")
    except ImportError:  # pragma: no cover - the resolver ships with citydiplo
        return None


def _resolve_place(text: str, fix_misspellings: bool) -> tuple[_Place, str | None]:
    """The place a country cell names, and the reason it is unresolved (``None`` if not)."""
    geo = _geo()
    try:
        if geo is not None and hasattr(geo, "parse_place"):
            place = geo.parse_place(text, fix_misspellings=fix_misspellings)
            return _Place(place.country, place.subdivision, place.country), None
        from citydiplo._query._countries import country_code

        code = country_code(text)
        return _Place(code, None, code), None
    except CitydiploError as err:
        key = "-".join(match_key(text).split()) or "unknown"
        return _Place(None, None, key), f"country {text!r} kept as written: {err}"


def _slug(text: str) -> str:
    return "-".join(match_key(text).split())


def _quote(cells: Sequence[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(cells)
    return out.getvalue()


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
    ...                        "Gwangju,South Korea,Zibo,China",
    ...                        "Zibo,China,Gwangju,Republic of Korea",
    ...                        "Nowhere,,Zibo,China"])
    >>> result.imported, len(result.dataset.partnerships), [str(p) for p in result.problems]
    (2, 1, ['row 4: empty cell: country1'])
    """
    from citydiplo._errors import ParseError

    if isinstance(source, str | os.PathLike):
        path = Path(source)
        name = path.name
        lines: list[str] = path.read_text(encoding="utf-8-sig").splitlines()
    else:
        name = "pairs.csv"
        lines = list(source)
    reader = csv.reader(lines)
    header = [clean(h) for h in next(reader, [])]
    missing = [c for c in columns if c not in header]
    if len(columns) != 4 or missing:
        raise ParseError(
            f"{name}: columns {list(columns)!r} expected (city1, country1, city2, country2); "
            f"missing {missing!r} from the header {header!r}"
        )
    where = [header.index(c) for c in columns]
    sid = source_id or f"file:{name}"
    file_source = Source(id=sid, title=name)
    cities: dict[str, City] = {}
    places: dict[str, tuple[_Place, str | None]] = {}
    partnerships: list[Partnership] = []
    problems: list[RowProblem] = []
    body = list(reader)
    total = len(body)
    country_cells = resolved = 0
    for number, cells in enumerate(body, start=2):
        if progress is not None and (number - 2) % 1000 == 0:
            progress(number - 2, total)
        if not any(c.strip() for c in cells):
            problems.append(RowProblem(row=number, reason="empty row"))
            continue
        if len(cells) < len(header):
            problems.append(
                RowProblem(
                    row=number, reason=f"{len(cells)} cells, expected {len(header)}: {cells!r}"
                )
            )
            continue
        values = [clean(cells[i]) for i in where]
        empty = [label for label, value in zip(columns, values, strict=True) if not value]
        if empty:
            problems.append(RowProblem(row=number, reason=f"empty cell: {', '.join(empty)}"))
            continue
        ids = []
        notes = []
        try:
            for city_name, country_text in ((values[0], values[1]), (values[2], values[3])):
                if country_text not in places:
                    places[country_text] = _resolve_place(country_text, fix_misspellings)
                place, unresolved = places[country_text]
                country_cells += 1
                if unresolved is None:
                    resolved += 1
                else:
                    notes.append(unresolved)
                city_id = f"{place.key.lower()}:{_slug(city_name)}"
                known = cities.get(city_id)
                if known is None:
                    cities[city_id] = City(
                        id=city_id,
                        name=city_name,
                        country=place.country,
                        subdivision=place.subdivision,
                    )
                elif city_name not in known.labels():
                    cities[city_id] = City(
                        id=city_id,
                        name=known.name,
                        names=(*known.names, *_label(city_name)),
                        country=known.country,
                        subdivision=known.subdivision,
                    )
                ids.append(city_id)
            if ids[0] == ids[1]:
                raise InvalidModelError(f"both cells name the same city {values[0]!r}")
            partnerships.append(
                Partnership(
                    id=f"{sid}#row{number}",
                    parties=tuple(ids),
                    kind=kind,
                    citations=(Citation(source=sid, quote=_quote(cells)),),
                )
            )
        except InvalidModelError as err:
            problems.append(RowProblem(row=number, reason=str(err)))
            continue
        problems.extend(RowProblem(row=number, reason=n, imported=True) for n in notes)
    if progress is not None:
        progress(total, total)
    dataset = Dataset.of([*cities.values(), file_source, *partnerships])
    merger = _merge() if merge else None
    if merger is not None:
        dataset = merger(dataset).dataset
    elif merge:
        dataset = _dedupe(dataset)
    return PairsImport(
        dataset=dataset,
        problems=tuple(problems),
        rows=total,
        imported=len(partnerships),
        country_cells=country_cells,
        resolved=resolved,
        reports=len(partnerships),
        merged=merge,
    )


def _label(text: str) -> list[Any]:
    from citydiplo._model import Label

    return [Label(lang="und", text=text)]


def _dedupe(dataset: Dataset) -> Dataset:  # pragma: no cover - used only without merge
    """One partnership per pair of parties, keeping every citation."""
    seen: dict[tuple[str, ...], Partnership] = {}
    for p in dataset.partnerships:
        first = seen.get(p.parties)
        if first is None:
            seen[p.parties] = p
        else:
            from attrs import evolve

            seen[p.parties] = evolve(first, citations=first.citations + p.citations)
    return dataset.evolve(partnerships=seen.values())
