"""Optional dependencies, imported lazily with a clear error naming the extra to install."""

from __future__ import annotations

import importlib
from types import ModuleType

from citydiplo._errors import MissingExtraError

__all__ = ["require"]


def require(module: str, extra: str) -> ModuleType:
    """Import ``module``, or raise :class:`MissingExtraError` naming ``pip install
    'citydiplo[extra]'``.

    >>> require("json", "all").__name__
    'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise MissingExtraError(module.partition(".")[0], extra) from err
