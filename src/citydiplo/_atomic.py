"""Atomic writes: a file (or a directory of files) appears whole or not at all.

Everything citydiplo writes goes to a temporary file in the destination's own directory and
is moved into place with ``os.replace`` once complete, so a failed write (a full disk, a
file-size limit, an exception while writing) leaves the previous file intact and no
temporary file behind.

A new file gets the mode an ordinary ``open`` would give it (``0o666`` less the umask, a
new directory ``0o777`` less the umask), and a replaced file keeps the mode it had, so an
atomic write is indistinguishable from a plain one by its permissions.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from citydiplo._errors import check_path

__all__ = [
    "atomic_directory", "atomic_path", "atomic_paths", "open_atomic", "replacement_mode",
]


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside ``path``, moved onto ``path`` when the block succeeds.

    For writers that take a file name (networkx, pyarrow). On an exception the temporary
    file is removed and ``path`` is left as it was.
    """
    with atomic_paths([path]) as (temporary,):
        yield temporary


@contextlib.contextmanager
def atomic_paths(paths: Sequence[str | os.PathLike[str]]) -> Iterator[list[Path]]:
    """Temporary paths beside each of ``paths``, moved onto them, in the order given, when
    the block succeeds.

    Every file is written whole before any is replaced, so a failure while writing (or
    while creating the temporary files) leaves every old file as it was. The replaces
    themselves are one ``os.replace`` each, done last and in order: a caller that writes
    files which describe each other gives them in the order that keeps the window between
    two replaces detectable. An error names the file being written, never a temporary one.

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     a, b = pathlib.Path(tmp, "a.txt"), pathlib.Path(tmp, "b.txt")
    ...     with atomic_paths([a, b]) as (ta, tb):
    ...         _ = ta.write_text("A"), tb.write_text("B")
    ...     a.read_text() + b.read_text(), sorted(p.name for p in pathlib.Path(tmp).iterdir())
    ('AB', ['a.txt', 'b.txt'])
    """
    for p in paths:
        check_path(p)
    targets = [Path(p) for p in paths]
    temporaries: list[Path] = []
    try:
        for target in targets:
            handle, name = tempfile.mkstemp(
                prefix=f".{target.name}.", suffix=".tmp", dir=_parent(target)
            )
            os.close(handle)
            temporaries.append(Path(name))
        yield temporaries
        for temporary, target in zip(temporaries, targets, strict=True):
            os.chmod(temporary, replacement_mode(target))
        for temporary, target in zip(temporaries, targets, strict=True):
            os.replace(temporary, target)
    except OSError as error:
        _remove(temporaries)
        named = dict(zip(map(os.fspath, temporaries), targets, strict=False))
        if error.filename is not None and os.fspath(error.filename) in named:
            target = named[os.fspath(error.filename)]
            raise type(error)(error.errno, error.strerror, os.fspath(target)) from None
        raise
    except BaseException:
        _remove(temporaries)
        raise


def _remove(temporaries: list[Path]) -> None:
    for temporary in temporaries:
        temporary.unlink(missing_ok=True)


def replacement_mode(target: str | os.PathLike[str], *, directory: bool = False) -> int:
    """The permission bits a file written onto ``target`` should have.

    The mode of the file ``target`` names, when it exists; else what ``open`` (or ``mkdir``
    with ``directory=True``) would give a new one under the process umask. ``mkstemp`` and
    ``mkdtemp`` make private files, which this corrects.

    >>> import pathlib, tempfile
    >>> old = os.umask(0o027)
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     new = oct(replacement_mode(pathlib.Path(tmp, "new.txt")))
    ...     kept = pathlib.Path(tmp, "kept.txt")
    ...     _ = kept.write_text("x")
    ...     kept.chmod(0o604)
    ...     new, oct(replacement_mode(kept))
    ('0o640', '0o604')
    >>> _ = os.umask(old)
    """
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return (0o777 if directory else 0o666) & ~umask


@contextlib.contextmanager
def open_atomic(
    path: str | os.PathLike[str],
    mode: str = "w",
    *,
    encoding: str | None = "utf-8",
    newline: str | None = None,
) -> Iterator[IO[str]]:
    """``open(path, mode)`` that writes a temporary file and moves it into place at the end.

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     target = pathlib.Path(tmp, "out.txt")
    ...     with open_atomic(target) as out:
    ...         _ = out.write("whole")
    ...     target.read_text(), sorted(p.name for p in pathlib.Path(tmp).iterdir())
    ('whole', ['out.txt'])
    """
    with (
        atomic_path(path) as temporary,
        temporary.open(mode, encoding=encoding, newline=newline) as out,
    ):
        yield out
        out.flush()
        os.fsync(out.fileno())


@contextlib.contextmanager
def atomic_directory(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary directory beside ``path`` that replaces ``path`` when the block succeeds.

    The old directory is moved aside first and removed only after the new one is in place;
    on an exception inside the block the old directory is untouched.
    """
    check_path(path)
    target = Path(path)
    temporary = Path(
        tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=_parent(target))
    )
    try:
        yield temporary
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    os.chmod(temporary, replacement_mode(target, directory=True))
    if not target.exists():
        os.replace(temporary, target)
        return
    aside = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=_parent(target)))
    os.replace(target, aside / "old")
    try:
        os.replace(temporary, target)
    except BaseException:
        os.replace(aside / "old", target)
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    finally:
        shutil.rmtree(aside, ignore_errors=True)


def _parent(target: Path) -> Path:
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    return parent
