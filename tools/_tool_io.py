"""What the data-building tools share: the pinned version check and the atomic JSON write
(a temporary file beside the output, then a replace, so that nothing is half-written)."""

from __future__ import annotations

import json
import os
import tempfile
from importlib import metadata
from pathlib import Path


def require(package: str, version: str) -> None:
    """Stop unless ``package`` is installed at the pinned ``version`` (the output depends on it)."""
    found = metadata.version(package)
    if found != version:
        raise SystemExit(f"{package} {version} is required, not {found}")


def write_json(path: Path, data: object, *, indent: int = 1) -> None:
    """``data`` as sorted, indented JSON with a final newline, written atomically to ``path``."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=indent) + "\n"
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)
