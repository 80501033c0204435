"""Progress bars of the ``citydiplo`` command: on a terminal only, never into logs."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any, TextIO

__all__ = ["LARGE_FILE", "progress_bar", "status"]

#: Files at least this large get a progress bar while they are read (about a second's work).
LARGE_FILE = 8 << 20

Progress = Callable[[int, int], None]


def progress_bar(err: TextIO, unit: str, label: str = "", *, show: bool = True) -> Progress | None:
    """A ``progress(done, total)`` callback drawing a tqdm bar on ``err``, or ``None`` when
    there is nothing to show: ``show`` is false, or ``err`` is not a terminal (a log, a pipe).

    >>> import io
    >>> progress_bar(io.StringIO(), "rows") is None
    True
    """
    if not show or not err.isatty():
        return None
    from tqdm import tqdm  # type: ignore[import-untyped]  # as extract_many; only when drawn

    bars: list[Any] = []

    def draw(done: int, total: int) -> None:
        if not bars:
            bars.append(
                tqdm(total=total, desc=label or None, unit=f" {unit}", file=err, leave=True)
            )
        bar = bars[0]
        if bar.disable:
            return
        bar.total = total
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    return draw


@contextlib.contextmanager
def status(err: TextIO, text: str, *, show: bool = True) -> Iterator[None]:
    """A line saying what is being done (``merging 1,000,000 records…``) for work that
    reports no progress of its own; on a terminal only, and erased when the work is done.

    >>> import io
    >>> err = io.StringIO()
    >>> with status(err, "merging"):
    ...     pass
    >>> err.getvalue()
    ''
    """
    shown = show and err.isatty()
    if shown:
        err.write(f"{text}…")
        err.flush()
    try:
        yield
    finally:
        if shown:
            err.write("\r" + " " * (len(text) + 1) + "\r")
            err.flush()
