"""Pausing Python's cyclic garbage collector around work that builds many acyclic objects."""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar

__all__ = ["collector_paused", "paused"]

_P = ParamSpec("_P")
_T = TypeVar("_T")


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


def paused(work: Callable[_P, _T]) -> Callable[_P, _T]:
    """``work`` run with the collector paused (see :func:`collector_paused`): for a task
    that builds a partition's worth of acyclic records, whose full collections would walk
    every live record again and again (the passes grow with the partition: a Dask task's
    time was up to twice its work).

    >>> import gc
    >>> paused(gc.isenabled)(), gc.isenabled()
    (False, True)
    """

    @functools.wraps(work)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        with collector_paused():
            return work(*args, **kwargs)

    return run
