"""Progress bars of the ``citydiplo`` command: on a terminal only, never into logs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

__all__ = ["LARGE_FILE", "progress_bar"]

#: Files at least this large get a progress bar while they are read (about a second's work).
LARGE_FILE = 8 << 20

Progress = Callable[[int, int], None]


def progress_bar(err: TextIO, unit: str, label: str = "", *, show: bool = True) -> Progress | None:
    """A ``progress(done, total)`` callback drawing a bar on ``err``, or ``None`` when there
    is nothing to show: ``show`` is false, or ``err`` is not a terminal (a log, a pipe).

    >>> import io
    >>> progress_bar(io.StringIO(), "rows") is None
    True
    """
    if not show or not err.isatty():
        return None
    prefix = f"{label} " if label else ""

    def draw(done: int, total: int) -> None:
        width = 30
        filled = width * done // total if total else width
        percent = 100 * done // total if total else 100
        bar = "#" * filled + "." * (width - filled)
        err.write(f"\r{prefix}[{bar}] {percent:3d}% {done}/{total} {unit}")
        if done >= total:
            err.write("\n")
        err.flush()

    return draw
