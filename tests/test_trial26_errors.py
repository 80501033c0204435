"""Trial 26, finding A6: the public API raises citydiplo errors, each still an instance of
the builtin it was (TypeError, ValueError, OSError), for every call the trial listed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import citydiplo as cd

SEEDS = cd.Dataset.of(
    [cd.City(id="hanam", name="Hanam", country="KR"), cd.City(id="zibo", name="Zibo")]
)

TYPE_ERRORS: list[tuple[Callable[[], object], str]] = [
    (lambda: cd.PartialDate(None), "needs EDTF text or year="),
    (lambda: cd.PartialDate(year="2024"), "year='2024' must be an int"),
    (lambda: cd.PartialDate(year=2024.5), "must be an int"),
    (lambda: cd.PartialDate(year=True), "year=True must be an int"),
    (lambda: cd.DateRange(start="2024", end="2025"), "start='2024' must be a PartialDate"),
    (lambda: cd.DateRange(), "needs EDTF text or both start= and end="),
    (lambda: cd.DateRange(start=cd.PartialDate("2024")), "needs EDTF text or both"),
    (lambda: cd.DateRange("2024/2025", start=cd.PartialDate("2020")), "not both"),
    (lambda: cd.Dataset.of([1, 2]), "1 is not a citydiplo record"),
    (lambda: cd.Dataset.of(None), "takes an iterable of records, not NoneType"),
    (lambda: cd.Dataset(actors="abc"), "'abc' is not a collection of records"),
    (lambda: SEEDS.search(None), "argument 'text' must be str"),
    (lambda: SEEDS.timeline(5), "not int: 5"),
]


@pytest.mark.parametrize(("call", "words"), TYPE_ERRORS)
def test_bad_types_raise_argument_type_error(call: Callable[[], object], words: str) -> None:
    with pytest.raises(cd.ArgumentTypeError, match=None) as caught:
        call()
    assert isinstance(caught.value, TypeError)
    assert words in str(caught.value)


def test_a_rule_without_a_docstring_is_an_argument_value_error() -> None:
    with pytest.raises(cd.ArgumentValueError, match="needs a docstring"):
        cd.rule("MY012", "warning")(lambda c: iter(()))


def test_a_rule_that_yields_no_tuple_is_a_cd000_finding() -> None:
    @cd.rule("MY013", "warning")
    def broken(context: object) -> object:
        """Yields a number, not a hit."""
        yield 5

    report = cd.validate(SEEDS, rules=[broken])
    (finding,) = list(report)
    assert finding.code == "CD000"
    assert "yielded 5" in finding.message


def test_a_city_without_a_name_string_names_the_field() -> None:
    with pytest.raises(cd.InvalidModelError, match=r"City\.name: None"):
        cd.City(id="a", name=None, country="KR")  # type: ignore[arg-type]


def test_loading_a_directory_is_not_a_dataset_path(tmp_path: Path) -> None:
    with pytest.raises(cd.NotADatasetPathError, match="is a directory") as caught:
        cd.load(tmp_path)
    assert isinstance(caught.value, OSError)
    with pytest.raises(cd.NotADatasetPathError, match="is a directory"):
        cd.load_settlements(tmp_path)


def test_a_directory_is_still_an_is_a_directory_error(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        cd.load(tmp_path)
    with pytest.raises(cd.DirectoryPathError) as caught:
        cd.load_settlements(tmp_path)
    assert isinstance(caught.value, cd.NotADatasetPathError)
    assert not str(caught.value).startswith("[Errno")
