r"""Neutralise CSV cells that a spreadsheet would run as formulas (CSV injection).

Following the OWASP advice on CSV injection, a cell that begins with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is prefixed with a single quote, which spreadsheets show
as text and never evaluate. Spreadsheets skip leading blanks and invisible characters
before reading a formula, so a trigger after any run of them (a space, a newline, a NUL,
other control characters, zero-width and direction marks, a byte-order mark) counts too.
Apply it to text cells only: numbers written by the exporter (``-3``) are not text and stay
as they are. Fullwidth forms (``＝``, ``＋``, ``－``, ``＠``), which some spreadsheets read
as their ASCII twins, are neutralised too.

Every CSV writer of citydiplo is made by :func:`csv_writer`, one configuration for all: the
csv module quotes a cell for the characters of its line terminator (and the delimiter and
quote), so the terminator is ``"\r\n"``, which holds both line-break characters; with
``"\n"`` a cell holding a lone ``"\r"`` would be written bare and read back as two rows.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from typing import IO, Any

__all__ = ["TRIGGERS", "csv_line", "csv_writer", "neutralize"]

#: The line terminator of every CSV file citydiplo writes (RFC 4180's).
LINE_END = "\r\n"


def csv_writer(out: IO[str]) -> Any:
    r"""A ``csv.writer`` on ``out`` that quotes every cell holding a line break.

    ``out`` must be opened with ``newline=""``, as the csv module asks.

    >>> import io
    >>> out = io.StringIO(newline="")
    >>> _ = csv_writer(out).writerow(["a\rb", "c\nd", "e"])
    >>> out.getvalue()
    '"a\rb","c\nd",e\r\n'
    """
    return csv.writer(out, lineterminator=LINE_END)


def csv_line(cells: Iterable[str]) -> str:
    r"""``cells`` as one CSV row, without the line terminator (a row quoted as text).

    >>> csv_line(["Hanam", "a, b", "x\ry"])
    'Hanam,"a, b","x\ry"'
    """
    out = io.StringIO(newline="")
    csv_writer(out).writerow(list(cells))
    return out.getvalue().removesuffix(LINE_END)

#: First characters that make a spreadsheet treat a cell as a formula.
TRIGGERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")

#: What a spreadsheet may skip before the first character it reads: Unicode white space,
#: C0/C1 controls (NUL included), zero-width, joiner, direction and invisible operator
#: characters, and the byte-order mark.
_SKIPPED = re.compile(
    "[\\s\\x00-\\x1f\\x7f-\\x9f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e"
    "\\u2060-\\u2064\\u2066-\\u206f\\ufeff]*"
)


def neutralize(cell: str) -> str:
    """``cell`` with a leading ``'`` if a spreadsheet would run it as a formula.

    >>> neutralize("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> neutralize(" =1+1"), neutralize("\\x00@SUM(A1)"), neutralize("\\n-2+3")
    ("' =1+1", "'\\x00@SUM(A1)", "'\\n-2+3")
    >>> neutralize("Hanam"), neutralize(""), neutralize("  Hanam")
    ('Hanam', '', '  Hanam')
    """
    if not cell:
        return cell
    if cell[0] in TRIGGERS:
        return "'" + cell
    start = _SKIPPED.match(cell).end()  # type: ignore[union-attr]
    if start and start < len(cell) and cell[start] in TRIGGERS:
        return "'" + cell
    return cell
