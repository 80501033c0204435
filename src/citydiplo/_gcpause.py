"""Pausing Python's cyclic garbage collector around work that builds many acyclic objects."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["collector_paused"]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block; switch it back on if it was on.

    Loading and merging allocate millions of small acyclic objects (parsed dicts, records,
    tuples); each allocation burst triggers collections that walk every live object, which
    made both grow faster than their input. Records hold no cycles, so reference counting
    frees what is dropped, and the collector is restored when the block ends or raises.

    >>> import gc
    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
