"""The languages that have a cue file, and the check of a ``lang`` argument against them."""

from __future__ import annotations

from functools import cache
from importlib import resources

from citydiplo._errors import ArgumentValueError

__all__ = ["available", "check_lang"]


@cache
def available() -> tuple[str, ...]:
    """The languages that have a cue file."""
    folder = resources.files("citydiplo._geo").joinpath("data", "cues")
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json")))


def check_lang(function: str | None, lang: str | None) -> None:
    """Refuse a language with no cue file (a typo such as ``"kr"`` would otherwise be read
    with no cue words at all) with :class:`~citydiplo.ArgumentValueError`."""
    if lang is not None and lang not in available():
        raise ArgumentValueError(
            (f"{function}(): " if function else "")
            + f"language {lang!r} is not supported; expected None or one of "
            + ", ".join(available())
        )
