"""A small notebook runs in a real Jupyter kernel and shows citydiplo's HTML tables."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOK = Path(__file__).parent / "data" / "tour.ipynb"


def _outputs(cell: dict) -> list[dict]:  # type: ignore[type-arg]
    return list(cell.get("outputs", []))


def test_notebook_runs_in_a_kernel(tmp_path: Path) -> None:
    from jupyter_client.kernelspec import NoSuchKernel

    copy = tmp_path / NOTEBOOK.name
    shutil.copy(NOTEBOOK, copy)
    nb = nbformat.read(copy, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    try:
        client.execute()
    except NoSuchKernel as err:  # pragma: no cover - depends on the machine
        pytest.skip(f"no python3 Jupyter kernel can start here: {err}")
    except RuntimeError as err:  # pragma: no cover - kernel died at start-up
        if "Kernel" not in str(err):
            raise
        pytest.skip(f"the Jupyter kernel could not start: {err}")

    code = [c for c in nb.cells if c.cell_type == "code"]
    errors = [o for c in code for o in _outputs(c) if o.get("output_type") == "error"]
    assert errors == []

    dataset_html = code[0].outputs[0]["data"]["text/html"]
    assert dataset_html.startswith('<div class="citydiplo"><style>')
    assert "<strong>Dataset</strong>" in dataset_html
    assert "Gwangju" in dataset_html
    assert "… and" in dataset_html  # long tables are truncated

    assert "Zibo" in code[1].outputs[0]["data"]["text/plain"]

    timeline_html = code[2].outputs[0]["data"]["text/html"]
    assert "<strong>Timeline</strong>" in timeline_html
    assert "Little Rock" in timeline_html

    assert code[3].outputs[-1]["data"]["text/plain"] == "'Axes'"
    assert (tmp_path / "timeline.png").stat().st_size > 1000

    frame = code[4].outputs[0]["data"]
    assert "established_earliest" in frame["text/html"]
