"""Paths the ``citydiplo`` command reads and writes, checked before any work.

A file to read must be a regular file, and the message says what the path is when it is
not (missing, a directory, a device or a pipe). A file to write must not be one of the
files read: ``citydiplo merge a.jsonl -o a.jsonl`` or ``citydiplo export a.jsonl --to
geojson -o a.jsonl`` replaced the input with the output.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from citydiplo._cli_options import Usage
from citydiplo._readfile import cut_path

__all__ = ["check_input", "check_not_an_input", "os_message"]


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
    try:
        mode = os.stat(path).st_mode
    except OSError as error:  # the name itself says why: missing, too long, a link loop
        reason = _UNREACHABLE.get(error.errno or 0, error.strerror or str(error))
        raise Usage(f"{cut_path(name)}: {reason} (expected {what})") from None
    if stat.S_ISDIR(mode):
        raise Usage(f"{name}: is a directory (expected {what})")
    if not stat.S_ISREG(mode):
        raise Usage(f"{name}: is not a regular file (a device, pipe or socket; expected {what})")
    return path


_UNREACHABLE = {
    errno.ENOENT: "no such file",
    errno.ENOTDIR: "no such file (a part of the path before the last is a file)",
    errno.ENAMETOOLONG: "a name longer than the system takes, so no file has it",
    errno.ELOOP: "a symbolic link that leads to itself (a loop of links)",
}


def os_message(error: OSError) -> str:
    """A one-line message for an error of the system that names a file (a permission
    refused, a name too long): the file's name, cut if it is very long, then the reason;
    Python's own text would repeat a name of any length after ``[Errno 13]``.

    >>> os_message(PermissionError(13, "Permission denied", "out/" + "x" * 300))[-58:]
    'xxxxxxxxxxx… (a path of 304 characters): Permission denied'
    """
    if error.filename is None or not error.strerror:
        return str(error)
    names = [cut_path(n) for n in (error.filename, error.filename2) if n is not None]
    return f"{' -> '.join(names)}: {error.strerror}"


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
