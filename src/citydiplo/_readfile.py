"""Reading a whole input file with a size limit, and clear errors for what is no file.

Every reader of a user's file (datasets, settlements, CSV lists of pairs, articles) goes
through :func:`read_limited`: a missing path, or one the system cannot even look up (a name
too long, a link loop), is a :class:`~citydiplo.NotADatasetPathError` (a
``FileNotFoundError``); a directory a :class:`~citydiplo.DirectoryPathError` (an
``IsADirectoryError``); anything else that is no regular file (a pipe, a device, a socket)
is refused before a byte is read, as a :class:`~citydiplo.NotADatasetPathError` that says
what it is: a pipe with no writer would block the reader for ever, ``/dev/zero`` never ends
and a terminal waits for typing. A regular file that yields more than the limit (a ``/proc``
file reports no size, a log grows while read) is a :class:`~citydiplo.ParseError`.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from citydiplo._errors import DirectoryPathError, NotADatasetPathError, ParseError

__all__ = ["UNREACHABLE", "cut_path", "file_kind", "is_directory", "read_limited", "shown_path"]

_CHUNK = 1 << 24
#: Characters of a path quoted in a message; a longer one is cut, with its length said.
_SHOWN = 160


def shown_path(path: object) -> str:
    """``path`` quoted for a message, cut after 160 characters with its length said.

    >>> print(shown_path("a" * 200_000)[-40:])
    aaaaaaa…' (a path of 200,000 characters)
    >>> print(shown_path("reports/hanam.jsonl"))
    'reports/hanam.jsonl'
    """
    text = _text(path)
    if len(text) <= _SHOWN:
        return repr(text)
    return f"{text[:_SHOWN]!r}"[:-1] + f"…' (a path of {len(text):,} characters)"


def _text(path: object) -> str:
    """A path as text: a URL path of fsspec (a ``UPath``) is no ``os.PathLike``."""
    if isinstance(path, str | bytes | os.PathLike):
        return os.fsdecode(os.fspath(path))
    return str(path)


def cut_path(path: object) -> str:
    """``path`` as text for a message (unquoted), cut as :func:`shown_path` cuts it.

    >>> print(cut_path("b" * 300)[-45:])
    bbbbbbbbbbbbbbbbb… (a path of 300 characters)
    """
    text = _text(path)
    if len(text) <= _SHOWN:
        return text
    return f"{text[:_SHOWN]}… (a path of {len(text):,} characters)"


def read_limited(
    path: Path, max_bytes: int, expected: str = "a JSON or JSON Lines file"
) -> bytes:
    """The bytes of ``path``; refused with :class:`ParseError` past ``max_bytes`` read.

    ``expected`` says what the file should be, in the errors.

    >>> read_limited(Path("/dev/zero"), 10, "a CSV file")
    Traceback (most recent call last):
    ...
    citydiplo.NotADatasetPathError: '/dev/zero' is a device, not a regular file (expected a CSV file; save the data to a file and give its name)
    """  # noqa: E501
    try:
        # O_NONBLOCK: opening a pipe that nobody writes to returns at once (and is refused
        # below) instead of waiting; it changes nothing for a regular file.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise _not_read(error, path, expected) from None
    try:
        info = os.fstat(fd)
    except BaseException:
        os.close(fd)
        raise
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            raise DirectoryPathError(errno.EISDIR, f"{path} is a directory (expected {expected})")
        raise NotADatasetPathError(
            errno.EINVAL,
            f"{shown_path(path)} is {file_kind(info.st_mode)}, not a regular file (expected "
            f"{expected}; save the data to a file and give its name)",
        )
    with open(fd, "rb", closefd=True) as handle:
        if info.st_size > max_bytes:
            raise ParseError(f"{path} is {info.st_size:,} bytes, over the limit of {max_bytes:,}")
        chunks, total = [], 0
        while True:  # never trust st_size: /proc files report none, a log grows
            chunk = handle.read(min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise ParseError(
                    f"{path} is over the limit of {max_bytes:,} bytes (expected {expected})"
                )
    return b"".join(chunks)


def file_kind(mode: int) -> str:
    """What a file of ``st_mode`` ``mode`` is, for a message ("a pipe (FIFO)", "a device")."""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a regular file" if stat.S_ISREG(mode) else "not a regular file"


def _not_read(error: OSError, path: Path, expected: str) -> OSError:
    """``error`` from opening ``path`` as a citydiplo error quoting the path, where it says
    the path names no file that could be read (missing, a directory, a name too long, a
    link loop); other errors (no permission, a disk fault) stay what they are."""
    shown = shown_path(path)
    if error.errno == errno.EISDIR:
        return DirectoryPathError(errno.EISDIR, f"{path} is a directory (expected {expected})")
    reasons = {
        errno.ENOENT: "does not exist",
        errno.ENOTDIR: "does not exist (a part of it before the last is a file)",
        errno.ENAMETOOLONG: "is longer than the system takes in a file name or path, so no "
        "file has it",
        errno.ELOOP: "is a symbolic link that leads to itself (a loop of links)",
    }
    reason = reasons.get(error.errno or 0)
    if reason is None:
        error.filename = shown if len(os.fspath(path)) > _SHOWN else error.filename
        return error
    return NotADatasetPathError(error.errno, f"{shown} {reason} (expected {expected})")


#: What opening a path that names nothing reachable fails with: missing, a file where a
#: directory is needed, a name too long for the system, a loop of symbolic links.
UNREACHABLE = (errno.ENOENT, errno.ENOTDIR, errno.ENAMETOOLONG, errno.ELOOP)


def is_directory(path: Path) -> bool:
    """Whether ``path`` is a directory: ``False`` also for a name too long for the system
    (``Path.is_dir`` raises a bare ``OSError`` for it).

    >>> is_directory(Path("a" * 200_000)), is_directory(Path("."))
    (False, True)
    """
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except OSError as error:
        if error.errno in UNREACHABLE:
            return False
        raise
