"""Options of the ``citydiplo`` command: values checked in the user's terms.

A bad value (``--kind twin``, ``--at notadate``, ``--from 2024-13``, ``--from 2025 --to
2024``) is an argparse error, which exits 2 with a one-line message that names the option's
value and what it expects.
"""

from __future__ import annotations

import argparse
import enum
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

import orjson

from citydiplo._errors import CitydiploError
from citydiplo._io import output_format
from citydiplo._readfile import cut_path
from citydiplo.dates import DateRange, DateValue, PartialDate, Unbounded, YearlessDate, parse_edtf

__all__ = [
    "DATA",
    "OK",
    "USAGE",
    "Usage",
    "VersionAction",
    "check_order",
    "check_output",
    "choice",
    "count_arg",
    "date_arg",
    "error_object",
    "period",
    "print_json",
]

OK, DATA, USAGE = 0, 1, 2  # exit codes: ok; problems in the data; usage


class Usage(Exception):
    """A usage problem found after parsing (exit code 2)."""


def print_json(data: object, out: TextIO) -> None:
    """One JSON document on ``out`` (what ``--json`` writes)."""
    out.write(orjson.dumps(data, option=orjson.OPT_INDENT_2, default=str).decode() + "\n")


def error_object(problem: Exception, code: int) -> dict[str, object]:
    """What ``--json`` writes on stdout when a command fails: ``ok`` false, the exit
    ``code``, the error's ``type`` and ``message``, and ``problems`` (each with ``line``,
    ``path`` and ``message``; empty unless the input could not be read).

    >>> from citydiplo import ParseError, Problem
    >>> error_object(ParseError("2 problems", problems=[Problem("no id", line=3)]), 1)["problems"]
    [{'line': 3, 'path': '$', 'message': 'no id'}]
    """
    problems = getattr(problem, "problems", ())
    error: dict[str, object] = {
        "type": type(problem).__name__,
        "message": str(problem).split("\n", 1)[0],
    }
    for name in ("candidates", "suggestions", "filename"):
        value = getattr(problem, name, None)
        if value:
            error[name] = list(value) if isinstance(value, tuple) else value
    return {
        "ok": False,
        "exit": code,
        "error": error,
        "problems": [
            {"line": p.line, "path": p.path, "message": p.message}
            for p in problems
            if hasattr(p, "message")
        ],
    }


def check_output(path: str) -> None:
    """Refuse an output file whose suffix names no dataset format (exit 2)."""
    try:
        output_format(path)
    except ValueError:
        raise Usage(
            f"-o {cut_path(path)}: cannot write a dataset there: the format is chosen from "
            "the suffix: .json or .jsonl (or .ndjson)"
        ) from None


PROG = "citydiplo"


def period(start: DateValue | None, end: DateValue | None) -> DateRange | None:
    if start is None and end is None:
        return None
    lo = start.start if isinstance(start, DateRange) else start
    hi = end.end if isinstance(end, DateRange) else end
    return DateRange(start=lo or Unbounded.OPEN, end=hi or Unbounded.OPEN)


def date_arg(text: str) -> DateValue:
    """An option's EDTF date, or an argparse error in the user's terms (exit 2)."""
    try:
        value = parse_edtf(text)
    except CitydiploError:
        value = None
    if value is None or isinstance(value, YearlessDate):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date (expected EDTF such as 2024, 2024-04, 2024-04-12 or 2021/2025)"
        ) from None
    return value


def choice(enum_cls: type[enum.Enum]) -> Callable[[str], str]:
    """An option whose value is one of a vocabulary, refused with the choices (exit 2)."""
    values = [str(m.value) for m in enum_cls]

    def parse(text: str) -> str:
        if text not in values:
            raise argparse.ArgumentTypeError(f"{text!r} is not one of {', '.join(values)}")
        return text

    parse.__name__ = enum_cls.__name__
    return parse


class VersionAction(argparse.Action):
    """``--version``: the installed version (read only when asked for)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        from citydiplo import __version__

        sys.stdout.write(f"{PROG} {__version__}\n")
        parser.exit()


def count_arg(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of rows")
    return int(text)


def check_order(parser: argparse.ArgumentParser, start: DateValue, end: DateValue) -> None:
    """``--from`` after ``--to`` is a usage error that says so (exit 2)."""
    lo = start.earliest() if isinstance(start, PartialDate) else None
    hi = end.latest() if isinstance(end, PartialDate) else None
    if isinstance(start, DateRange) and isinstance(start.start, PartialDate):
        lo = start.start.earliest()
    if isinstance(end, DateRange) and isinstance(end.end, PartialDate):
        hi = end.end.latest()
    if lo is not None and hi is not None and lo > hi:
        parser.error(f"the range is reversed: --from {start} is after --to {end}")
