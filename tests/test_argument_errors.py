"""Bad argument values and paths get citydiplo errors that quote them (and still match the
builtin exception a caller may expect)."""

from __future__ import annotations

from pathlib import Path

import pytest

import citydiplo as cd


def test_a_format_that_is_none_is_an_argument_value_error() -> None:
    with pytest.raises(cd.ArgumentValueError, match="'xml'") as info:
        cd.dumps(cd.Dataset(), format="xml")  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError) and isinstance(info.value, cd.CitydiploError)


def test_an_export_format_that_is_none_is_quoted(tmp_path: Path) -> None:
    from citydiplo._export import export

    with pytest.raises(cd.ArgumentValueError, match="'pdf'"):
        export(cd.Dataset(), "pdf", tmp_path / "out")  # type: ignore[arg-type]


def test_a_missing_parquet_directory_is_a_path_error(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    missing = tmp_path / "nowhere"
    with pytest.raises(cd.NotADatasetPathError, match="nowhere") as info:
        cd.read_parquet(missing)
    assert isinstance(info.value, FileNotFoundError)
    assert isinstance(info.value, cd.CitydiploError)


def test_the_errors_are_listed_with_the_others() -> None:
    for name in ("ArgumentTypeError", "ArgumentValueError", "NotADatasetPathError"):
        assert name in cd.__all__
        assert issubclass(getattr(cd, name), cd.CitydiploError)
