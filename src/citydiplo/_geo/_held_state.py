"""The readings held back in the text being scanned (:mod:`._held` fills it; the scan of
unspaced text, :func:`._context.after_pending`, goes on past them)."""

from __future__ import annotations

from contextvars import ContextVar

from citydiplo._geo._places import Place

__all__ = ["HELD"]

# the readings held back in the text being scanned: (start, end, place)
HELD: ContextVar[list[tuple[int, int, Place]] | None] = ContextVar("HELD", default=None)
