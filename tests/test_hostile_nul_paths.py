"""A file path holding a NUL character, which no file system takes in a name, is refused by
every function that reads or writes files with a citydiplo error that quotes it, and nothing
is written. On 6a924b0 most of them raised Python's bare ``ValueError("embedded null
byte")`` from ``open``, naming neither the argument nor the path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import citydiplo as cd

SEEDS = cd.load_seeds()

CALLS: dict[str, Callable[[str], object]] = {
    "load": cd.load,
    "load_result": cd.load_result,
    "load_settlements": cd.load_settlements,
    "import_pairs": cd.import_pairs,
    "read_merged": cd.read_merged,
    "dump": lambda p: cd.dump(SEEDS, p + ".jsonl"),
    "dump_result": lambda p: cd.dump_result(cd.merge(SEEDS), p + ".jsonl"),
    "write_settlements": lambda p: cd.write_settlements(p + ".csv", ()),
    "to_csv": lambda p: cd.to_csv(SEEDS, p),
    "write_geojson": lambda p: cd.write_geojson(SEEDS, p + ".geojson"),
    "write_graphml": lambda p: cd.write_graphml(SEEDS, p + ".graphml"),
    "write_gexf": lambda p: cd.write_gexf(SEEDS, p + ".gexf"),
}

PARQUET: dict[str, Callable[[str], object]] = {
    "read_parquet": cd.read_parquet,
    "to_parquet": lambda p: cd.to_parquet(SEEDS, p),
    "write_partitioned": lambda p: cd.write_partitioned(SEEDS, p),
}


def _refused(call: Callable[[str], object], tmp_path: Path) -> None:
    bad = str(tmp_path / "out\x00name")
    with pytest.raises(cd.ArgumentValueError) as caught:
        call(bad)
    assert isinstance(caught.value, ValueError)  # still caught as a ValueError
    message = str(caught.value)
    assert "'" + str(tmp_path) + "/out\\x00name" in message  # quotes the path given
    assert "NUL character" in message and "expected a file path" in message
    assert list(tmp_path.iterdir()) == []  # nothing written, no temporary file left


@pytest.mark.parametrize("name", sorted(CALLS))
def test_a_path_with_a_nul_is_refused_by_name(name: str, tmp_path: Path) -> None:
    _refused(CALLS[name], tmp_path)


@pytest.mark.parametrize("name", sorted(PARQUET))
def test_a_parquet_path_with_a_nul_is_refused(name: str, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    _refused(PARQUET[name], tmp_path)


def test_the_error_names_the_argument() -> None:
    with pytest.raises(cd.ArgumentValueError, match=r"^dump\(\) argument 'path' is 'a\\x00b"):
        cd.dump(SEEDS, "a\x00b.jsonl")
    with pytest.raises(cd.ArgumentValueError, match=r"^import_pairs\(\) argument 'source'"):
        cd.import_pairs(Path("pairs\x00.csv"))


def test_a_path_without_a_nul_still_reads_and_writes(tmp_path: Path) -> None:
    out = tmp_path / "seeds.jsonl"
    cd.dump(SEEDS, out)
    assert cd.load(out) == SEEDS
