"""Run a bench script against the library as it is at another revision (not a test).

The benches that compare two trees in one sitting (``--baseline REV``) export ``src`` at
``REV`` with ``git archive`` into a temporary directory and run themselves again there, in a
subprocess, with ``--json``: both columns come from one machine state.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def run_at(revision: str, script: str, *args: str) -> dict[str, Any]:
    """What ``script --json *args`` prints (JSON) with ``src`` as it is at ``revision``."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", revision, "src"],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        env = {**os.environ, "PYTHONPATH": str(Path(tmp) / "src")}
        result = subprocess.run(
            [sys.executable, script, "--json", *args],
            check=True,
            capture_output=True,
            env=env,
            text=True,
        )
    data: dict[str, Any] = json.loads(result.stdout)
    return data
