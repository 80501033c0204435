"""The public API: a curated, sorted __all__ whose names all exist."""

from __future__ import annotations

import subprocess
import sys

import citydiplo


def test_all_is_sorted_and_complete() -> None:
    assert citydiplo.__all__ == sorted(citydiplo.__all__)
    assert len(set(citydiplo.__all__)) == len(citydiplo.__all__)
    for name in citydiplo.__all__:
        assert hasattr(citydiplo, name), name


def test_foundation_names_are_exported() -> None:
    required = {
        "PartialDate",
        "DateRange",
        "parse_edtf",
        "City",
        "Region",
        "Country",
        "Organization",
        "Person",
        "Partnership",
        "Agreement",
        "Event",
        "Document",
        "Source",
        "Citation",
        "Dataset",
        "load",
        "loads",
        "dump",
        "dumps",
        "CitydiploError",
        "ParseError",
        "DateParseError",
        "UnknownNameError",
        "AmbiguousNameError",
    }
    assert required <= set(citydiplo.__all__)


def test_errors_inherit_builtins() -> None:
    assert issubclass(citydiplo.ParseError, ValueError)
    assert issubclass(citydiplo.DateParseError, citydiplo.ParseError)
    assert issubclass(citydiplo.UnknownNameError, LookupError)
    assert issubclass(citydiplo.AmbiguousNameError, LookupError)
    for name in citydiplo.__all__:
        obj = getattr(citydiplo, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, citydiplo.CitydiploError), name


def test_import_is_light() -> None:
    """Importing citydiplo builds no tables and pulls in no optional dependency."""
    code = (
        "import sys, citydiplo;"
        "heavy = {'pandas', 'networkx', 'pyarrow', 'matplotlib', 'babel.dates'} & set(sys.modules);"
        "print(sorted(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_public_errors_show_under_the_package_in_tracebacks() -> None:
    import traceback

    for name in citydiplo.__all__:
        obj = getattr(citydiplo, name)
        if isinstance(obj, type) and issubclass(obj, BaseException):
            assert obj.__module__ == "citydiplo", name
    try:
        citydiplo.resolve_country("Congo")
    except citydiplo.AmbiguousNameError as err:
        shown = traceback.format_exception_only(err)[-1]
    assert shown.startswith("citydiplo.AmbiguousNameError: 'Congo'")
