"""Keep the README, the documentation pages and the examples true.

- The README's Python example runs, and what it prints matches the ``# ...`` comments.
- Code blocks in ``docs/**/*.md`` run in order, one shared namespace per page, in a fresh
  directory: ``pycon`` blocks (``>>>``) are checked as doctests, ``python`` blocks are run,
  and other blocks with a ``title="name"`` are written to that file first, so a page can
  show a CSV file and then read it; ``bash`` blocks run in that directory (the
  ``citydiplo`` command). A block right after ``<!-- skip -->`` is not run.
- Every ``::: citydiplo.X`` in the API reference exists, and every public name is on some
  reference page.
- The generated validation-codes page matches ``citydiplo.rules()``.
- The example scripts run.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import citydiplo

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
README = ROOT / "README.md"

_FENCE = re.compile(
    r"(?P<skip><!--\s*skip\s*-->\s*\n)?^```(?P<info>[^\n]*)\n(?P<body>.*?)^```\s*$",
    re.MULTILINE | re.DOTALL,
)
_TITLE = re.compile(r'title="([^"]+)"')


def _blocks(text: str) -> Iterator[tuple[str, str | None, str, bool]]:
    """(language, title, body, skipped) for each fenced block at the start of a line."""
    for match in _FENCE.finditer(text):
        info = match["info"].strip()
        lang = info.split()[0].strip("{}.") if info else ""
        title = _TITLE.search(info)
        yield lang, title[1] if title else None, match["body"], match["skip"] is not None


@contextlib.contextmanager
def _cwd(path: Path) -> Iterator[None]:
    old = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


def _run_page(page: Path, workdir: Path) -> None:
    namespace: dict[str, object] = {"__name__": "__docs__"}
    parser = doctest.DocTestParser()
    flags = doctest.ELLIPSIS  # compared exactly: spacing that drifts is a doc that drifts
    with _cwd(workdir):
        for n, (lang, title, body, skipped) in enumerate(_blocks(page.read_text("utf-8"))):
            where = f"{page.relative_to(ROOT)} block {n + 1}"
            if skipped:
                continue
            if lang == "pycon":
                test = parser.get_doctest(body, namespace, where, str(page), 0)
                out = io.StringIO()
                runner = doctest.DocTestRunner(optionflags=flags)
                runner.run(test, out=out.write, clear_globs=False)
                namespace.update(test.globs)  # DocTest works on a copy of the namespace
                assert not runner.failures, out.getvalue()
            elif lang == "python":
                code = compile(body, where, "exec")
                with contextlib.redirect_stdout(io.StringIO()):
                    exec(code, namespace)
            elif lang == "bash":
                done = subprocess.run(
                    ["bash", "-euo", "pipefail", "-c", body],
                    capture_output=True,
                    text=True,
                    timeout=300,
                    check=False,
                )
                assert done.returncode == 0, f"{where}: {body}\n{done.stderr}"
            elif title is not None:
                Path(title).parent.mkdir(parents=True, exist_ok=True)
                Path(title).write_text(body, encoding="utf-8")


PAGES = sorted(DOCS.rglob("*.md"))


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(DOCS)) for p in PAGES])
def test_docs_page_code_runs(page: Path, tmp_path: Path) -> None:
    _run_page(page, tmp_path)


def test_readme_example_runs_and_prints_what_it_says(tmp_path: Path) -> None:
    blocks = [b for lang, _, b, _ in _blocks(README.read_text("utf-8")) if lang == "python"]
    assert len(blocks) == 1, "the README has one Python example"
    (body,) = blocks
    assert len(body.splitlines()) <= 15, "the README example stays within fifteen lines"
    expected = [
        line.split("#", 1)[1].strip()
        for line in body.splitlines()
        if line.lstrip().startswith("print(") and "#" in line
    ]
    out = io.StringIO()
    with _cwd(tmp_path), contextlib.redirect_stdout(out):
        exec(compile(body, "README.md", "exec"), {"__name__": "__readme__"})
    assert out.getvalue().splitlines() == expected


def test_readme_quick_start_commands() -> None:
    text = README.read_text("utf-8")
    assert "pip install -e . && citydiplo demo" in text
    assert 'pip install -e ".[test]" && pytest' in text
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    assert 'citydiplo = "citydiplo._cli:main"' in pyproject
    assert re.search(r"^test = \[", pyproject, re.MULTILINE)


# -- the API reference ---------------------------------------------------------------------

_DIRECTIVE = re.compile(r"^::: citydiplo\.(\w+)\s*$", re.MULTILINE)
REFERENCE = sorted((DOCS / "reference").glob("*.md"))


def _documented() -> dict[str, Path]:
    return {name: page for page in REFERENCE for name in _DIRECTIVE.findall(page.read_text())}


def test_every_name_in_the_reference_exists() -> None:
    for name, page in _documented().items():
        assert name in citydiplo.__all__, f"{page.name} documents citydiplo.{name}, not public"
        assert hasattr(citydiplo, name), f"{page.name}: citydiplo.{name} does not exist"


def test_every_public_name_is_in_the_reference() -> None:
    missing = sorted(set(citydiplo.__all__) - set(_documented()))
    assert not missing, f"add these to a page in docs/reference/: {missing}"


def test_every_reference_page_is_in_the_nav() -> None:
    nav = (ROOT / "mkdocs.yml").read_text("utf-8")
    for page in REFERENCE:
        assert f"reference/{page.name}" in nav, page.name


# -- the examples ---------------------------------------------------------------------------

SCRIPTS = sorted((ROOT / "examples").glob("*.py"))


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.name for s in SCRIPTS])
def test_example_script_runs(script: Path, tmp_path: Path) -> None:
    env = {**os.environ, "MPLBACKEND": "Agg"}
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip(), f"{script.name} printed nothing"


# -- generated pages ------------------------------------------------------------------------


def test_validation_codes_page_is_in_sync_with_the_rules() -> None:
    sys.path.insert(0, str(DOCS / "_ext"))
    try:
        import validation_codes
    finally:
        sys.path.pop(0)
    page = DOCS / "concepts" / "validation-codes.md"
    assert page.read_text("utf-8") == validation_codes.render(), (
        "run `python docs/_ext/validation_codes.py` to rewrite the validation codes page"
    )


def test_example_notebook_is_saved_executed_and_uses_the_public_api() -> None:
    # CI executes the notebook itself (.ci/run); this keeps the saved copy honest.
    notebook = json.loads((ROOT / "examples" / "explore_seeds.ipynb").read_text("utf-8"))
    code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert code
    for cell in code:
        source = "".join(cell["source"])
        assert "citydiplo._" not in source, source
        assert cell["execution_count"] is not None, f"not executed: {source[:60]!r}"
        assert not [o for o in cell["outputs"] if o["output_type"] == "error"], source[:60]
    images = [o for c in code for o in c["outputs"] if "image/png" in o.get("data", {})]
    assert len(images) >= 4, "the plots are saved with the notebook"


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.name for s in SCRIPTS])
def test_example_script_uses_the_public_api(script: Path) -> None:
    assert "citydiplo._" not in script.read_text("utf-8")
