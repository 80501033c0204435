"""Reading a whole input file with a size limit, and clear errors for what is no file.

Every reader of a user's file (datasets, settlements, CSV lists of pairs) goes through
:func:`read_limited`: a missing path is a :class:`~citydiplo.NotADatasetPathError` (a
``FileNotFoundError``), a directory a :class:`~citydiplo.DirectoryPathError` (an
``IsADirectoryError``), and a file, device or pipe that yields more than the limit a
:class:`~citydiplo.ParseError`, rather than a ``MemoryError`` on ``/dev/zero``.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from citydiplo._errors import DirectoryPathError, NotADatasetPathError, ParseError

__all__ = ["read_limited"]

_CHUNK = 1 << 24


def read_limited(
    path: Path, max_bytes: int, expected: str = "a JSON or JSON Lines file"
) -> bytes:
    """The bytes of ``path``; refused with :class:`ParseError` past ``max_bytes`` read.

    ``expected`` says what the file should be, in the errors.

    >>> read_limited(Path("/dev/zero"), 10, "a CSV file")
    Traceback (most recent call last):
    ...
    citydiplo.ParseError: /dev/zero is over the limit of 10 bytes (expected a CSV file)
    """
    if not path.exists():
        raise NotADatasetPathError(
            errno.ENOENT, f"{str(path)!r} does not exist (expected {expected})"
        )
    if path.is_dir():
        raise DirectoryPathError(errno.EISDIR, f"{path} is a directory (expected {expected})")
    with path.open("rb") as handle:
        info = os.fstat(handle.fileno())
        if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise ParseError(f"{path} is {info.st_size:,} bytes, over the limit of {max_bytes:,}")
        chunks, total = [], 0
        while True:  # never trust st_size: devices, pipes and /proc files report none
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
