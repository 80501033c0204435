"""The exceptions citydiplo raises.

Every error derives from :class:`CitydiploError` and also from the builtin exception that
matches its meaning, so ``except ValueError`` keeps working for callers who do not know us.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

__all__ = [
    "AmbiguousNameError",
    "ArgumentTypeError",
    "ArgumentValueError",
    "CitydiploError",
    "DateParseError",
    "DirectoryPathError",
    "InvalidDateError",
    "MissingExtraError",
    "NotADatasetPathError",
    "ParseError",
    "Problem",
    "UnknownNameError",
    "ValidationError",
    "WriteError",
    "check_args",
    "check_path",
]


#: How many problems a :class:`ParseError` message lists (``.problems`` holds them all).
MAX_LISTED = 50


class CitydiploError(Exception):
    """Base class of every error raised by citydiplo."""


class Problem:
    """One problem found while reading input: where it is and what is wrong.

    ``line`` is the 1-based line of a JSON Lines or CSV file (``None`` for a whole JSON
    document); ``path`` is a JSONPath-like address inside the record (``$.events[3].date``).
    """

    __slots__ = ("line", "message", "path")

    def __init__(self, message: str, *, path: str = "$", line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path if self.line is None else f"line {self.line} {self.path}"
        return f"{where}: {self.message}"

    def __repr__(self) -> str:
        return f"Problem({self.message!r}, path={self.path!r}, line={self.line!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.message, self.path, self.line) == (other.message, other.path, other.line)

    def __hash__(self) -> int:
        return hash((self.message, self.path, self.line))


class ParseError(CitydiploError, ValueError):
    """Input text or data could not be read.

    Attributes:
        text: the offending input (possibly shortened), when there is one.
        problems: every problem found, each with its path; loading a file collects them all.
        position: character offset of the problem in ``text``, when known.
    """

    def __init__(
        self,
        message: str,
        *,
        text: str | None = None,
        problems: Sequence[Problem] = (),
        position: int | None = None,
    ) -> None:
        self.text = text
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.position = position
        if self.problems:
            shown = self.problems[:MAX_LISTED]
            message = message + "\n" + "\n".join(f"  {p}" for p in shown)
            if len(self.problems) > len(shown):
                message += f"\n  ... and {len(self.problems) - len(shown):,} more"
        super().__init__(message)


class DateParseError(ParseError):
    """A date expression could not be parsed or resolved; the message quotes the text."""


class InvalidDateError(CitydiploError, ValueError):
    """Date fields that make no real date (month 13, 31 February, a day without a month).

    Attributes:
        field: the name of the offending field.
        value: the offending value.
    """

    def __init__(self, message: str, *, field: str = "", value: object = None) -> None:
        self.field = field
        self.value = value
        super().__init__(message)


class UnknownNameError(CitydiploError, LookupError):
    """A name matched nothing; ``suggestions`` holds close names, if any."""

    def __init__(self, message: str, *, name: str, suggestions: Sequence[str] = ()) -> None:
        self.name = name
        self.suggestions: tuple[str, ...] = tuple(suggestions)
        if self.suggestions:
            message += " (did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?)"
        super().__init__(message)

    def __str__(self) -> str:  # LookupError would quote the message otherwise
        return str(self.args[0])


class AmbiguousNameError(CitydiploError, LookupError):
    """A name matched more than one thing; ``candidates`` lists them."""

    def __init__(self, message: str, *, name: str, candidates: Sequence[str]) -> None:
        self.name = name
        self.candidates: tuple[str, ...] = tuple(candidates)
        message += ": " + ", ".join(self.candidates)
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


class MissingExtraError(CitydiploError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""

    def __init__(self, module: str, extra: str) -> None:
        self.module = module
        self.extra = extra
        super().__init__(
            f"this feature needs {module!r}, which is not installed: "
            f"pip install 'citydiplo[{extra}]'"
        )


class ValidationError(CitydiploError, ValueError):
    """A dataset has validation errors (raised by ``Report.raise_for_errors``).

    Attributes:
        findings: the error findings, each with its code, path, record and message.
    """

    def __init__(self, message: str, *, findings: Sequence[Any] = ()) -> None:
        self.findings: tuple[Any, ...] = tuple(findings)
        super().__init__(message)


class ArgumentTypeError(CitydiploError, TypeError):
    """An argument of a citydiplo function is not of the type it takes (the message names
    the function, the argument, the types it takes and the value given). Catch it as
    ``TypeError`` or as ``CitydiploError``."""


class ArgumentValueError(CitydiploError, ValueError):
    """An argument of a citydiplo function has a value it does not take (the message quotes
    the value and says what was expected). Catch it as ``ValueError`` or as
    ``CitydiploError``."""


class NotADatasetPathError(CitydiploError, FileNotFoundError):
    """A path given to citydiplo is missing, or is not what the function reads (a directory
    of another layout, a file where a directory was expected); the message quotes the path.
    Catch it as ``FileNotFoundError`` or as ``CitydiploError``; a directory given where a
    file is read raises :class:`DirectoryPathError`, which is also an ``IsADirectoryError``."""

    def __str__(self) -> str:  # the message, without the "[Errno 2]" of an OSError
        return str(self.strerror) if self.strerror else super().__str__()


class DirectoryPathError(NotADatasetPathError, IsADirectoryError):
    """A directory was given where citydiplo reads a file; the message quotes the path.
    Catch it as ``IsADirectoryError``, ``NotADatasetPathError`` or ``CitydiploError``."""


class WriteError(CitydiploError, OSError):
    """A file could not be written: its path names something that is not a regular file (a
    directory, a device, a pipe), its directory does not exist, or the system refused the
    write (no space, no permission). The message names the path given, never a temporary
    file; ``errno`` and ``filename`` are kept. Catch it as ``OSError`` or as
    ``CitydiploError``."""

    def __init__(self, errno: int, message: str, filename: str) -> None:
        super().__init__(errno, message, filename)

    def __str__(self) -> str:
        return str(self.strerror)


def check_args(function: str, **arguments: tuple[object, type | tuple[type, ...]]) -> None:
    """Raise :class:`ArgumentTypeError` (a ``TypeError``) for the first argument that is not
    of its expected type(s).

    ``bool`` is never taken for ``int``. An argument that takes a path (``os.PathLike``
    among its types) given one with a NUL character, which no file system takes in a name,
    raises :class:`ArgumentValueError` (a ``ValueError``) quoting it.

    >>> try:
    ...     check_args("partners", at=(2024, (str, type(None))))
    ... except TypeError as error:
    ...     print(type(error).__name__, error)
    ArgumentTypeError partners() argument 'at' must be str or None, not int: 2024
    >>> try:
    ...     check_args("dump", path=("out\\x00.jsonl", (str, os.PathLike)))
    ... except ValueError as error:
    ...     print(type(error).__name__, str(error)[:60])
    ArgumentValueError dump() argument 'path' is 'out\\x00.jsonl', which holds a NUL
    """
    for name, (value, expected) in arguments.items():
        types = expected if isinstance(expected, tuple) else (expected,)
        if isinstance(value, types) and not (
            isinstance(value, bool) and bool not in types and int in types
        ):
            if os.PathLike in types and isinstance(value, str | os.PathLike):
                check_path(value, f"{function}() argument {name!r}")
            continue
        words = " or ".join("None" if t is type(None) else t.__name__ for t in types)
        raise ArgumentTypeError(
            f"{function}() argument {name!r} must be {words}, not {type(value).__name__}: "
            f"{value!r:.80}"
        )


def check_path(path: str | os.PathLike[str], what: str = "the path") -> None:
    """Raise :class:`ArgumentValueError` when ``path`` is empty or holds a NUL character
    (``what`` names the argument in the message).

    An empty path is refused here, before anything turns it into ``Path("")``, which is
    the working directory ``.``: an error would then name ``.`` rather than say the path
    is empty, and a reader or a writer would act on the working directory.

    >>> check_path("", "write_geojson() argument 'path'")
    Traceback (most recent call last):
    ...
    citydiplo.ArgumentValueError: write_geojson() argument 'path' is '' (empty); expected the name of a file or directory
    """  # noqa: E501
    text = os.fspath(path)
    if not text:
        raise ArgumentValueError(
            f"{what} is {text!r} (empty); expected the name of a file or directory"
        )
    if ("\x00" if isinstance(text, str) else b"\x00") in text:
        raise ArgumentValueError(
            f"{what} is {text!r:.120}, which holds a NUL character; "
            "expected a file path (no file system takes a NUL in a name)"
        )


# Public errors are shown in tracebacks as ``citydiplo.ParseError``, where users import
# them from, rather than under this private module.
for _error in (
    CitydiploError,
    ParseError,
    DateParseError,
    InvalidDateError,
    UnknownNameError,
    AmbiguousNameError,
    MissingExtraError,
    ValidationError,
    ArgumentTypeError,
    ArgumentValueError,
    NotADatasetPathError,
    DirectoryPathError,
    WriteError,
):
    _error.__module__ = "citydiplo"
del _error
