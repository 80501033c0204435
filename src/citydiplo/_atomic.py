"""Atomic writes: a file (or a directory of files) appears whole or not at all.

Everything citydiplo writes goes to a temporary file in the destination's own directory and
is moved into place with ``os.replace`` once complete, so a failed write (a full disk, a
file-size limit, an exception while writing) leaves the previous file intact and no
temporary file behind.

A new file gets the mode an ordinary ``open`` would give it (``0o666`` less the umask, a
new directory ``0o777`` less the umask), and a replaced file keeps the mode it had, so an
atomic write is indistinguishable from a plain one by its permissions.

A write goes through a symbolic link to the file it names (the link stays a link). A path
that names something other than a regular file (a directory, a device such as
``/dev/full``, a pipe) is refused rather than replaced, and so is a path whose directory
does not exist: no directory is ever created but the one an export is asked to write. Every
failure is a :class:`~citydiplo.WriteError` that names the path given, never a temporary
file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from citydiplo._errors import ArgumentValueError, CitydiploError, WriteError, check_path
from citydiplo._readfile import cut_path, file_kind, shown_path

__all__ = [
    "atomic_directory", "atomic_path", "atomic_paths", "named_write_error", "open_atomic",
    "output_directory", "replacement_mode", "write_target",
]


def write_target(path: str | os.PathLike[str], *, directory: bool = False) -> Path:
    """The path a write to ``path`` replaces: symbolic links followed to their target.

    Raises :class:`~citydiplo.WriteError` naming ``path`` when it exists and is not a
    regular file (or, with ``directory=True``, not a directory), or when its directory does
    not exist.

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     try:
    ...         write_target(pathlib.Path(tmp, "missing", "x.jsonl"))
    ...     except OSError as error:
    ...         print(type(error).__name__, str(error).split(": ", 1)[1])
    WriteError the directory does not exist (expected an existing directory; none is created)
    """
    check_path(path)
    given = os.fspath(path)
    if not given:  # realpath('') is the working directory: never written by mistake
        raise ArgumentValueError(
            "the path is '' (empty); expected the name of a file or directory to write"
        )
    target = Path(os.path.realpath(given))
    try:
        mode: int | None = os.stat(target).st_mode
    except (FileNotFoundError, NotADirectoryError):
        mode = None  # missing, or under a file: the directory check says which
    except OSError as error:
        raise _named(error, given) from None
    expected = stat.S_ISDIR if directory else stat.S_ISREG
    if mode is not None and not expected(mode):
        what = file_kind(mode)
        raise WriteError(
            errno.EISDIR if stat.S_ISDIR(mode) else errno.EEXIST,
            f"{cut_path(given)}: is {what}, not a "
            f"{'directory' if directory else 'regular file'}; "
            f"expected a {'directory' if directory else 'file'} to write (give another name)",
            given,
        )
    if not target.parent.is_dir():
        missing = not target.parent.exists()
        raise WriteError(
            errno.ENOENT if missing else errno.ENOTDIR,
            f"{cut_path(given)}: the directory "
            + ("does not exist" if missing else f"{shown_path(Path(given).parent)} is a file")
            + " (expected an existing directory; none is created)",
            given,
        )
    return target


def output_directory(path: str | os.PathLike[str]) -> Path:
    """The directory ``path``, created (itself only, never its parents) when missing.

    Raises :class:`~citydiplo.WriteError` naming ``path`` as :func:`write_target` does.
    """
    target = write_target(path, directory=True)
    try:
        target.mkdir(exist_ok=True)
    except OSError as error:
        raise _named(error, os.fspath(path)) from None
    return target


def named_write_error(error: OSError, given: str) -> WriteError:
    """``error`` as a :class:`~citydiplo.WriteError` that names ``given`` (a
    :class:`~citydiplo.WriteError` already is one)."""
    return _named(error, given)


def _named(error: OSError, given: str) -> WriteError:
    """``error`` as a :class:`~citydiplo.WriteError` that names ``given``."""
    if isinstance(error, WriteError):
        return error
    reason = error.strerror or str(error)
    message = f"{cut_path(given)}: cannot write it: {reason}"
    return WriteError(error.errno or errno.EIO, message, given)


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
    given = [os.fspath(p) for p in paths]
    targets = [write_target(p) for p in paths]
    temporaries: list[Path] = []
    try:
        for target, name in zip(targets, given, strict=True):
            try:
                handle, temp = tempfile.mkstemp(
                    prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
                )
            except OSError as error:
                raise _named(error, name) from None
            os.close(handle)
            temporaries.append(Path(temp))
        yield temporaries
        for temporary, target in zip(temporaries, targets, strict=True):
            os.chmod(temporary, replacement_mode(target))
        for temporary, target in zip(temporaries, targets, strict=True):
            os.replace(temporary, target)
    except OSError as error:
        _remove(temporaries)
        if isinstance(error, CitydiploError):
            raise
        named = dict(zip(map(os.fspath, temporaries), given, strict=False))
        named.update(zip(map(os.fspath, targets), given, strict=True))
        filename = None if error.filename is None else os.fspath(error.filename)
        raise _named(error, named.get(filename or "", ", ".join(given))) from None
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
        return (0o777 if directory else 0o666) & ~_umask()


def _umask() -> int:
    """The process umask, read where the system shows it (Linux: ``/proc/self/status``):
    ``os.umask`` can only be read by setting it, and while it is 0 another thread's new
    file would be writable by anyone."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    umask = os.umask(0o077)  # (elsewhere: set for an instant to the safest value)
    os.umask(umask)
    return umask


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
    given = os.fspath(path)
    target = write_target(path, directory=True)
    try:
        temporary = Path(
            tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        )
    except OSError as error:
        raise _named(error, given) from None
    try:
        yield temporary
    except BaseException as error:
        shutil.rmtree(temporary, ignore_errors=True)
        if isinstance(error, OSError) and not isinstance(error, CitydiploError):
            raise _named(error, given) from None  # a full disk, a size limit: name it
        raise
    os.chmod(temporary, replacement_mode(target, directory=True))
    if not target.exists():
        os.replace(temporary, target)
        return
    aside = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    os.replace(target, aside / "old")
    try:
        os.replace(temporary, target)
    except BaseException:
        os.replace(aside / "old", target)
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    finally:
        shutil.rmtree(aside, ignore_errors=True)
