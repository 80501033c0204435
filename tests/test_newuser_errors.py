"""The errors a new user meets first: a missing file and a date of the wrong type."""

from __future__ import annotations

from pathlib import Path

import pytest

import citydiplo as cd


def test_load_of_a_missing_file_is_a_citydiplo_error_quoting_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "partners.jsonl"
    with pytest.raises(cd.NotADatasetPathError) as caught:
        cd.load(missing)
    error = caught.value
    assert isinstance(error, FileNotFoundError)
    assert isinstance(error, cd.CitydiploError)
    assert repr(str(missing)) in str(error)
    assert "expected a JSON or JSON Lines file" in str(error)


def test_load_of_an_existing_file_is_not_refused_as_missing(tmp_path: Path) -> None:
    present = tmp_path / "empty.jsonl"
    present.write_text("", "utf-8")
    assert cd.load(present) == cd.Dataset()


def test_load_of_a_directory_still_says_it_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        cd.load(tmp_path)


@pytest.mark.parametrize("value", [2025, 2025.0, None, b"2025"])
def test_partial_date_of_a_non_str_is_a_citydiplo_type_error(value: object) -> None:
    with pytest.raises(cd.ArgumentTypeError) as caught:
        cd.parse_edtf(value)  # type: ignore[arg-type]
    assert isinstance(caught.value, TypeError)
    assert repr(value) in str(caught.value)
    assert "takes a str" in str(caught.value)


def test_partial_date_constructor_of_an_int_is_a_citydiplo_type_error() -> None:
    with pytest.raises(cd.ArgumentTypeError, match="not int: 2025"):
        cd.PartialDate(2025)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["xx", "kr", "english", "EN", ""])
def test_place_functions_refuse_an_unknown_language_quoting_it(lang: str) -> None:
    for function, call in (("parse_place", cd.parse_place), ("find_places", cd.find_places)):
        with pytest.raises(cd.ArgumentValueError) as caught:
            call("Busan", lang=lang)
        assert isinstance(caught.value, ValueError)
        message = str(caught.value)
        assert f"language {lang!r} is not supported" in message
        if function == "parse_place":
            assert message.startswith(f"parse_place(): language {lang!r}")
        assert "en, fa, gu, he, hi, ja, ko, ru, vi, zh" in message


@pytest.mark.parametrize("lang", [None, "en", "ko", "vi", "zh", "ja", "ru", "hi", "gu", "he", "fa"])
def test_place_functions_take_every_supported_language(lang: str | None) -> None:
    assert cd.parse_place("Busan", lang=lang).geonames_id == 1838524


@pytest.mark.parametrize("lang", [None, "en"])
def test_find_places_takes_no_language_or_a_supported_one(lang: str | None) -> None:
    found = cd.find_places("The mayor of Hanam visited Little Rock, Arkansas.", lang=lang)
    assert [m.text for m in found] == ["Hanam", "Little Rock", "Arkansas"]


# ``ref`` as the str a user has at hand ("2025-03-06", as ``extract(published=...)`` takes)
def test_parse_date_and_find_dates_take_ref_as_an_iso_string() -> None:
    from citydiplo import PartialDate, find_dates, parse_date

    assert parse_date("yesterday", lang="en", ref="2025-03-06") == PartialDate("2025-03-05")
    assert [str(m.value) for m in find_dates("It ended yesterday.", lang="en",
                                             ref="2025-03-06")] == ["2025-03-05"]


@pytest.mark.parametrize("ref", [20250306, 2025.0, b"2025-03-06", ["2025"]])
def test_a_ref_of_another_type_is_a_citydiplo_type_error(ref: object) -> None:
    from citydiplo import ArgumentTypeError, parse_date

    with pytest.raises(ArgumentTypeError, match="ref="):
        parse_date("yesterday", lang="en", ref=ref)  # type: ignore[arg-type]


def test_a_ref_string_in_another_form_says_what_was_expected() -> None:
    from citydiplo import DateParseError, parse_date

    with pytest.raises(DateParseError, match="'March 6'"):
        parse_date("yesterday", lang="en", ref="March 6")
