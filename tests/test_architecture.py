"""The layers of DESIGN.md, checked: module-level imports go only downward, with no cycle.

Read bottom-up, each layer imports only from the layers below it (or within itself,
without a cycle). Imports under ``if TYPE_CHECKING:`` and inside functions (the lazy
imports behind ``Dataset``'s convenience methods and the optional extras) are not
module-level and may point up; everything else is checked from the source with ``ast``.
A new module must be given its layer here, which is the point: the layer map is the map
of the code (CONTRIBUTING.md shows it).

Each private module is also imported on its own in a fresh interpreter, so a module that
only works when something else happened to be imported first is caught.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "citydiplo"

#: Layers, bottom-up; a module belongs to the first entry that is it or a package above it.
LAYERS: tuple[tuple[str, ...], ...] = (
    # foundations: errors, text normalisation, the EDTF grammar and dates
    ("citydiplo._errors", "citydiplo._normalize", "citydiplo._edtf", "citydiplo._canon",
     "citydiplo._spans"),
    ("citydiplo._partial", "citydiplo._yearless", "citydiplo._range", "citydiplo.dates"),
    # file-level helpers: atomic writes, JSON checks, what a non-dataset file looks like
    ("citydiplo._atomic", "citydiplo._gcpause", "citydiplo._jsoncheck", "citydiplo._readfile",
     "citydiplo._sniff"),
    # parsers and the model
    ("citydiplo._text", "citydiplo._geo", "citydiplo._docnums", "citydiplo._model"),
    # conversion and I/O
    ("citydiplo._fast", "citydiplo._convert", "citydiplo._csvsafe"),
    # the Dataset, built on its collections and its query index
    ("citydiplo._views", "citydiplo._query"),
    ("citydiplo._dataset",),
    ("citydiplo._explain", "citydiplo._write", "citydiplo._io", "citydiplo._schema"),
    # validation and merge
    ("citydiplo._validate", "citydiplo._merge"),
    # exports, plots and HTML
    ("citydiplo._export", "citydiplo._plot", "citydiplo._html"),
    # importers, extraction, the seeds
    ("citydiplo._importers", "citydiplo._extract", "citydiplo._seeds"),
    # the command line, the demo, the public face; Dask beside them
    ("citydiplo._demo", "citydiplo.dask"),
    ("citydiplo._cli_options", "citydiplo._cli_help", "citydiplo._cli_schema"),
    ("citydiplo._cli_progress",),
    ("citydiplo._cli_extract", "citydiplo._cli_merge", "citydiplo._cli_pairs"),
    ("citydiplo._cli", "citydiplo.__main__"),
    ("citydiplo",),
)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def layer_of(module: str) -> int:
    """The index in LAYERS of a module's layer (its own entry or the nearest package's)."""
    candidates = [
        (len(name), index)
        for index, names in enumerate(LAYERS)
        for name in names
        if module == name or module.startswith(name + ".")
    ]
    if not candidates:
        raise LookupError(f"{module} has no layer: add it to LAYERS in {__file__}")
    return max(candidates)[1]


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _top_level_imports(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    """Import statements run when the module is imported (not in functions or TYPE_CHECKING)."""
    stack: list[ast.stmt] = list(tree.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            if not _is_type_checking(node.test):
                stack.extend(node.body)
            stack.extend(node.orelse)
        elif isinstance(node, ast.Try):
            stack.extend([*node.body, *node.orelse, *node.finalbody])
            for handler in node.handlers:
                stack.extend(handler.body)
        elif isinstance(node, ast.With):
            stack.extend(node.body)


def _resolve(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    is_package = MODULES[module].name == "__init__.py"
    base = module.split(".")[: len(module.split(".")) - node.level + (1 if is_package else 0)]
    return ".".join([*base, node.module] if node.module else base)


def imports_of(module: str) -> list[str]:
    """The citydiplo modules ``module`` imports at module level."""
    tree = ast.parse(MODULES[module].read_text("utf-8"))
    found: set[str] = set()
    for node in _top_level_imports(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = _resolve(module, node)
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        for target in targets:
            # the longest prefix that is a module of ours ("from x import name" names a module
            # only sometimes)
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target.startswith("citydiplo") and target != module:
                found.add(target)
    return sorted(found)


GRAPH = {module: imports_of(module) for module in MODULES}


def test_the_graph_is_read() -> None:
    assert "citydiplo._model" in GRAPH["citydiplo._convert"]
    assert "citydiplo._dataset" not in GRAPH["citydiplo._html"]  # TYPE_CHECKING only
    assert "citydiplo._query" not in GRAPH["citydiplo._dataset"]  # inside methods only
    assert len(MODULES) > 50


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_module_has_a_layer(module: str) -> None:
    layer_of(module)


#: Known upward imports, each with what removes it.
EXEMPT = {
    # Record, the union of record types, moves from _dataset into the model layer
    ("citydiplo._convert", "citydiplo._dataset"),
}


def test_imports_go_only_downward() -> None:
    upward = [
        f"{module} (layer {layer_of(module)}) imports {target} (layer {layer_of(target)})"
        for module, targets in GRAPH.items()
        for target in targets
        if layer_of(target) > layer_of(module)
        and (module, target) not in EXEMPT
        and not module.startswith(target + ".")  # a package's modules import its __init__
        and not target.startswith(module + ".")  # a package imports its modules
    ]
    assert not upward, "\n".join(upward)


def _cycle() -> list[str] | None:
    """One import cycle among modules, or None (depth-first search, in sorted order)."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for target in GRAPH.get(module, []):
            if module.startswith(target + "."):
                continue  # a submodule importing its own package's __init__ is not a cycle
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        path.pop()
        state[module] = 2
        return None

    for module in sorted(GRAPH):
        if module not in state and (found := visit(module)):
            return found
    return None


def test_no_module_level_import_cycle() -> None:
    cycle = _cycle()
    assert cycle is None, " -> ".join(cycle or [])


def test_a_cycle_would_be_found() -> None:
    GRAPH["citydiplo._errors"].append("citydiplo.dates")
    try:
        assert _cycle() is not None
    finally:
        GRAPH["citydiplo._errors"].remove("citydiplo.dates")


def _fresh_import(module: str) -> subprocess.CompletedProcess[str]:
    """``import module`` in a fresh interpreter; its stdout lists the citydiplo modules loaded."""
    code = (
        f"import sys, {module}\n"
        "print('\\n'.join(sorted(m for m in sys.modules if m.split('.')[0] == 'citydiplo')))"
    )
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False
    )


def _parent(module: str) -> str | None:
    """The package Python imports before ``module`` (``None`` for the top package)."""
    return module.rpartition(".")[0] or None


@pytest.mark.slow
def test_each_module_imports_on_its_own() -> None:
    """``import citydiplo.<module>`` in a fresh interpreter works, for every module.

    Python imports a module's packages, top down, before the module itself, and the same
    statements run in the same order in every fresh interpreter. So a module that importing
    its package already loaded imports on its own exactly as its package does: one fresh
    interpreter per package covers all of them, and each other module gets its own (in
    parallel). A module that only works when something else happened to be imported first
    fails here.
    """
    packages = sorted(m for m, p in MODULES.items() if p.name == "__init__.py")
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        done = dict(zip(packages, pool.map(_fresh_import, packages), strict=True))
        loaded = {m: set(r.stdout.split()) for m, r in done.items() if not r.returncode}
        rest = [
            m for m in sorted(MODULES)
            if m not in done and m not in loaded.get(_parent(m) or "", {m})
        ]
        done.update(zip(rest, pool.map(_fresh_import, rest), strict=True))
    failed = [f"{m}:\n{r.stderr[-1500:]}" for m, r in done.items() if r.returncode]
    assert not failed, "\n".join(failed)
    covered = set(done).union(*loaded.values())
    assert covered >= set(MODULES), sorted(set(MODULES) - covered)


#: Modules allowed over the limit, each with its reason (none today).
OVER_400: dict[Path, str] = {}


@pytest.mark.parametrize("path", sorted(MODULES.values()), ids=lambda p: p.name)
def test_modules_stay_under_400_lines(path: Path) -> None:
    if path in OVER_400:
        pytest.skip(OVER_400[path])
    lines = len(path.read_text("utf-8").splitlines())
    assert lines < 400, f"{path.relative_to(SRC)} has {lines} lines (keep modules under 400)"


def test_contributing_shows_the_same_layers() -> None:
    text = (SRC.parent / "CONTRIBUTING.md").read_text("utf-8")
    table = text[text.index("| layer | modules | job |") :].split("\n\n", 1)[0]
    for names in LAYERS:
        for name in names:
            short = name.rpartition(".")[2] if name != "citydiplo" else "__init__"
            assert f"`{short}" in table, f"{name} is missing from the CONTRIBUTING.md layer map"
