"""Paths the ``citydiplo`` command reads and writes, checked before any work.

A file to read must be a regular file, and the message says what the path is when it is
not (missing, a directory, a device or a pipe). A file to write must not be one of the
files read: ``citydiplo merge a.jsonl -o a.jsonl`` or ``citydiplo export a.jsonl --to
geojson -o a.jsonl`` replaced the input with the output.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from citydiplo._cli_options import Usage

__all__ = ["check_input", "check_not_an_input"]


def check_input(name: str, what: str = "a dataset file") -> Path:
    """``name`` as a ``Path`` if it is a regular file, else a :class:`Usage` error that says
    what it is instead.

    >>> check_input("")
    Traceback (most recent call last):
    ...
    citydiplo._cli_options.Usage: '': an empty file name (expected a dataset file)
    """
    if not name:
        raise Usage(f"{name!r}: an empty file name (expected {what})")
    path = Path(name)
    if path.is_dir():
        raise Usage(f"{name}: is a directory (expected {what})")
    if not path.exists():
        raise Usage(f"{name}: no such file (expected {what})")
    if not path.is_file():
        raise Usage(f"{name}: is not a regular file (a device, pipe or socket; expected {what})")
    return path


def check_not_an_input(output: str, inputs: Iterable[str], option: str = "-o") -> None:
    """Refuse an output that names one of the inputs (the same file, by any path or link).

    >>> check_not_an_input("a.jsonl", ["./a.jsonl"])
    Traceback (most recent call last):
    ...
    citydiplo._cli_options.Usage: -o a.jsonl: is also the input ./a.jsonl; writing it would replace that file (give another name)
    """  # noqa: E501
    target = Path(output)
    for name in inputs:
        if _same(target, Path(name)):
            raise Usage(
                f"{option} {output}: is also the input {name}; writing it would replace that "
                "file (give another name)"
            )


def _same(a: Path, b: Path) -> bool:
    if a.exists() and b.exists():
        return os.path.samefile(a, b)
    return os.path.realpath(a) == os.path.realpath(b)  # a link loop stays a path, no error
