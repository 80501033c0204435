"""A hostile user's wrong-typed arguments: every public function answers with a citydiplo
error (``ArgumentTypeError``, still a ``TypeError``) that names what it got and what it
takes, never a builtin ``TypeError``/``AttributeError`` from deep inside."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import citydiplo as cd

_SEEDS = None


def _seeds() -> cd.Dataset:
    global _SEEDS
    if _SEEDS is None:
        _SEEDS = cd.load_seeds()
    return _SEEDS


def _result() -> cd.MergeResult:
    return cd.merge(_seeds())


# Each public function with its first (data) argument replaced by ``bad``; the other
# arguments are valid, so only the wrong type can be refused.
CALLS: dict[str, Callable[[Any, Path], object]] = {
    "anniversary_base": lambda bad, tmp: cd.anniversary_base(bad, on=cd.PartialDate("2024")),
    "country_name": lambda bad, tmp: cd.country_name(bad),
    "dump": lambda bad, tmp: cd.dump(bad, tmp / "out.jsonl"),
    "dump_result": lambda bad, tmp: cd.dump_result(bad, tmp / "out.jsonl"),
    "dumps": lambda bad, tmp: cd.dumps(bad),
    "extract": lambda bad, tmp: cd.extract(bad, lang="en"),
    "extract_many": lambda bad, tmp: cd.extract_many(bad),
    "find_dates": lambda bad, tmp: cd.find_dates(bad, lang="en"),
    "find_document_numbers": lambda bad, tmp: cd.find_document_numbers(bad),
    "find_places": lambda bad, tmp: cd.find_places(bad, lang="en"),
    "import_pairs": lambda bad, tmp: cd.import_pairs(bad),
    "is_valid_country": lambda bad, tmp: cd.is_valid_country(bad),
    "is_valid_subdivision": lambda bad, tmp: cd.is_valid_subdivision(bad),
    "json_schema": lambda bad, tmp: cd.json_schema(bad),
    "link_geonames": lambda bad, tmp: cd.link_geonames(bad),
    "load": lambda bad, tmp: cd.load(bad),
    "load_result": lambda bad, tmp: cd.load_result(bad),
    "load_seeds": lambda bad, tmp: cd.load_seeds(merged=bad),
    "load_settlements": lambda bad, tmp: cd.load_settlements(bad),
    "loads": lambda bad, tmp: cd.loads(bad),
    "merge": lambda bad, tmp: cd.merge(bad),
    "parse_date": lambda bad, tmp: cd.parse_date(bad, lang="en"),
    "parse_document_number": lambda bad, tmp: cd.parse_document_number(bad),
    "parse_edtf": lambda bad, tmp: cd.parse_edtf(bad),
    "parse_place": lambda bad, tmp: cd.parse_place(bad),
    "participant_citations": lambda bad, tmp: cd.participant_citations(bad, "e"),
    "read_merged": lambda bad, tmp: cd.read_merged(bad),
    "read_parquet": lambda bad, tmp: cd.read_parquet(bad),
    "resolve_country": lambda bad, tmp: cd.resolve_country(bad),
    "resolve_subdivision": lambda bad, tmp: cd.resolve_subdivision(bad),
    "rule": lambda bad, tmp: cd.rule(bad, "info"),
    "rules": lambda bad, tmp: cd.rules(),  # takes nothing: nothing to refuse
    "timeline": lambda bad, tmp: cd.timeline(bad),
    "to_csv": lambda bad, tmp: cd.to_csv(bad, tmp / "csv"),
    "to_geojson": lambda bad, tmp: cd.to_geojson(bad),
    "to_map": lambda bad, tmp: cd.to_map(bad),
    "to_networkx": lambda bad, tmp: cd.to_networkx(bad),
    "to_pandas": lambda bad, tmp: cd.to_pandas(bad),
    "to_parquet": lambda bad, tmp: cd.to_parquet(bad, tmp / "pq"),
    "validate": lambda bad, tmp: cd.validate(bad),
    "write_geojson": lambda bad, tmp: cd.write_geojson(bad, tmp / "out.geojson"),
    "write_gexf": lambda bad, tmp: cd.write_gexf(bad, tmp / "out.gexf"),
    "write_graphml": lambda bad, tmp: cd.write_graphml(bad, tmp / "out.graphml"),
    "write_partitioned": lambda bad, tmp: cd.write_partitioned(bad, tmp / "parts"),
    "write_settlements": lambda bad, tmp: cd.write_settlements(tmp / "s.json", bad),
}
TAKES_NOTHING = {"rules"}
PREDICATES = {"is_valid_country", "is_valid_subdivision"}  # answer False, like pycountry


def test_every_public_function_is_in_the_table() -> None:
    public = {n for n in cd.__all__ if inspect.isfunction(getattr(cd, n))}
    assert public == set(CALLS)


class _Odd:
    def __repr__(self) -> str:
        return "<odd value>"


# None, a number, NaN, bytes where text is taken, an arbitrary object
BAD: list[object] = [None, 5, float("nan"), b"x", _Odd()]


@pytest.mark.parametrize("name", sorted(set(CALLS) - TAKES_NOTHING - PREDICATES))
@pytest.mark.parametrize("bad", BAD, ids=["none", "int", "nan", "bytes", "object"])
def test_wrong_type_is_a_citydiplo_error(name: str, bad: object, tmp_path: Path) -> None:
    if bad == b"x" and name in {"loads", "import_pairs"}:
        return  # bytes are JSON text to loads; CSV lines are read from bytes' lines
    bad_call = CALLS[name]
    with pytest.raises((cd.CitydiploError, TypeError)) as caught:
        bad_call(bad, tmp_path)
    error = caught.value
    assert isinstance(error, cd.CitydiploError), f"{name}: {type(error).__name__}: {error}"
    assert isinstance(error, TypeError | ValueError), f"{name}: {type(error).__name__}"
    # the message names what was given
    assert type(bad).__name__ in str(error) or repr(bad)[:8] in str(error), str(error)


@pytest.mark.parametrize("name", sorted(PREDICATES))
def test_predicates_answer_false(name: str, tmp_path: Path) -> None:
    for bad in BAD:
        assert CALLS[name](bad, tmp_path) is False


def test_nothing_was_written_for_a_refused_call(tmp_path: Path) -> None:
    for name in ("dump", "to_csv", "write_geojson", "write_gexf", "write_graphml"):
        with pytest.raises(cd.CitydiploError):
            CALLS[name](None, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_valid_calls_still_work(tmp_path: Path) -> None:
    seeds = _seeds()
    assert cd.find_dates("in April 2024", lang="en")[0].value == cd.PartialDate("2024-04")
    assert str(cd.find_document_numbers("Plan 239/KH-UBND")[0].value) == "239/KH-UBND"
    assert cd.to_geojson(seeds)["type"] == "FeatureCollection"
    assert cd.parse_place("Hanoi").country == "VN"
    assert isinstance(cd.link_geonames(seeds), cd.Dataset)


def test_a_refused_partitioned_write_keeps_the_earlier_files(tmp_path: Path) -> None:
    # write_partitioned(None, d) removed an earlier write's files, then failed
    reports = cd.load_seeds(merged=False)
    out = cd.write_partitioned(reports, tmp_path / "parts", buckets=2)
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    with pytest.raises(cd.ArgumentTypeError, match="write_partitioned"):
        cd.write_partitioned(None, out)  # type: ignore[arg-type]
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before
    assert cd.read_parquet(out) == reports


@pytest.mark.parametrize("year", [0, -5, 10_000, 10**20])
def test_anniversaries_of_a_year_out_of_range(year: int) -> None:
    # 10**20 raised a builtin OverflowError from datetime
    with pytest.raises(cd.ArgumentValueError, match=f"year={year!r} is not a year"):
        _seeds().anniversaries(year)


def test_anniversaries_of_a_real_year_still_work() -> None:
    assert _seeds().anniversaries(2023) is not None
