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


def test_import_pairs_is_public_and_reads_a_file(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "pairs.csv"
    path.write_text(
        "city1,country1,city2,country2\nGwangju,South Korea,Zibo,China\n"
        "Zibo,China,Gwangju,Republic of Korea\n",
        encoding="utf-8",
    )
    result = citydiplo.import_pairs(path)
    assert isinstance(result, citydiplo.PairsImport)
    assert (result.rows, result.imported) == (2, 2)
    # two cities are called Gwangju in South Korea, and neither is 20x the other: the rows
    # are imported, and each says why its Gwangju is not linked to GeoNames
    assert [p.row for p in result.problems] == [2, 3]
    assert all(p.imported and "ambiguous" in p.reason for p in result.problems)
    (partnership,) = result.dataset.partnerships
    assert {result.dataset[p].name for p in partnership.parties} == {"Gwangju", "Zibo"}


def test_the_notebook_imports_pairs_in_python() -> None:
    import json
    from pathlib import Path

    notebook = Path(__file__).resolve().parent.parent / "examples" / "explore_seeds.ipynb"
    code = [
        "".join(c["source"])
        for c in json.loads(notebook.read_text("utf-8"))["cells"]
        if c["cell_type"] == "code"
    ]
    assert any("cd.import_pairs(" in source for source in code)
    assert not any("subprocess" in source for source in code)
