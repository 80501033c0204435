"""Reading the rows of a CSV file safely: bad bytes, huge cells and odd line breaks."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from citydiplo._normalize import clean
from citydiplo._readfile import read_limited

__all__ = ["MAX_CSV_BYTES", "read_csv_file", "read_rows", "row_problem", "separator_hint"]

#: Refuse a CSV file larger than this (as datasets are refused past their limit).
MAX_CSV_BYTES = 1 << 31


def read_csv_file(path: Path) -> bytes:
    """The bytes of a CSV file of pairs: a missing path, a directory and a file, device or
    pipe past :data:`MAX_CSV_BYTES` are citydiplo errors that name it."""
    return read_limited(path, MAX_CSV_BYTES, "a CSV file of city pairs")

_SURROGATE = re.compile("[\udc80-\udcff]")


MAX_CELL = 128 * 1024  # characters: the csv module's default field limit


def read_rows(data: bytes | Iterable[str], name: str) -> list[tuple[int, list[str]]]:
    """The records of a CSV file with their row numbers (the header is row 1).

    Bytes are decoded as UTF-8 (a BOM is allowed); an invalid byte is kept as a lone
    surrogate so that its row, and only its row, is reported. Rows are split by the csv
    module, so NEL, U+2028 or a form feed inside a cell never starts a new row.

    Raises:
        ParseError: a cell is larger than :data:`MAX_CELL` (128 KiB), or the CSV
            structure breaks (a NUL byte); the message names the row and line.
    """
    from citydiplo._errors import ParseError
    from citydiplo._sniff import not_text

    text = None
    if isinstance(data, bytes):
        what = not_text(data)
        if what is not None:
            raise ParseError(f"{name}: {what} (expected a CSV file in UTF-8)")
        text = data.decode("utf-8-sig", errors="surrogateescape")
        lines: Iterable[str] = io.StringIO(text, newline="")
    else:
        lines = data
    reader = csv.reader(lines)
    rows: list[tuple[int, list[str]]] = []
    start = last_start = 1  # the line the row being read (the last row read) starts on
    while True:
        last_start, start = start, reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            if text is not None and rows and _unclosed(text, rows[-1][1]):
                raise ParseError(
                    f"{name}: row {len(rows)} (line {last_start}): a quote "
                    f"opened in this row is never closed, so the rest of the file reads as "
                    f"one cell: {max(rows[-1][1], key=len)[:60]!r}...; close the quote (a "
                    'quote inside a quoted cell is written twice: "")'
                ) from None
            return rows
        except csv.Error as err:
            big = "limit" in str(err)
            detail = f"a cell is larger than {MAX_CELL // 1024} KiB" if big else err
            raise ParseError(
                f"{name}: row {len(rows) + 1} (line {reader.line_num}): {detail}; "
                "the file cannot be read past it"
            ) from None
        if any(len(cell) > MAX_CELL for cell in cells):  # whatever the csv module's limit
            raise ParseError(
                f"{name}: row {len(rows) + 1} (line {reader.line_num}): a cell is larger "
                f"than {MAX_CELL // 1024} KiB"
            )
        rows.append((len(rows) + 1, cells))


def _unclosed(text: str, last: list[str]) -> bool:
    """Whether ``text`` ends inside a quoted cell (the lenient reader takes the rest of the
    file as that cell; ``last`` is the row it gave, which then holds a line break)."""
    if not any("\n" in cell or "\r" in cell for cell in last):
        return False
    try:
        for _ in csv.reader(io.StringIO(text, newline=""), strict=True):
            pass
    except csv.Error as err:
        return "unexpected end of data" in str(err)
    return False


def row_problem(
    cells: list[str], header: list[str], columns: Sequence[str], where: list[int]
) -> str | None:
    """Why a row cannot be imported, or ``None``."""
    if not any(c.strip() for c in cells):
        return "empty row"
    if len(cells) < len(header):
        return f"{len(cells)} cells, expected {len(header)}: {cells!r}"
    for i, cell in enumerate(cells):
        bad = _SURROGATE.search(cell)
        if bad is not None:
            return (
                f"cell {i + 1} is not valid UTF-8 text (byte 0x{ord(bad.group()) - 0xDC00:02x} "
                f"in {cell[: bad.start() + 1][-40:]!r})"
            )
    empty = [label for label, i in zip(columns, where, strict=True) if _blank(cells[i])]
    if empty:
        return f"empty cell: {', '.join(empty)}"
    for label, i in zip(columns, where, strict=True):
        cell = cells[i]  # a name over two lines ("Stari Grad\nSarajevo") is read; one that
        # holds a whole row more is a quote left open, which swallowed the lines after it
        if ("\n" in cell or "\r" in cell) and cell.count(",") >= len(header) - 1:
            return (
                f"cell {label} holds a line break and a whole row ({cell[:80]!r}): a quote "
                '(") opened in it and not closed runs the cell over the next lines'
            )
    return None


@lru_cache(maxsize=65536)  # a list repeats its cells
def _blank(cell: str) -> bool:
    return not clean(cell)


def separator_hint(rows: list[tuple[int, list[str]]]) -> str:
    """What to add to the error for a header (the first of ``rows``, as read) that is one
    cell another separator splits (tabs, semicolons: what spreadsheets in many locales save
    as "CSV"), else "".

    >>> separator_hint([(1, ["city1;country1;city2;country2"])])
    '; the header is one cell that semicolons split: save the file with commas between cells'
    """
    header = rows[0][1] if rows else []
    for separator, name in (("\t", "tabs"), (";", "semicolons"), ("|", "vertical bars")):
        if len(header) == 1 and separator in header[0]:
            what = f"one cell that {name} split"
            return f"; the header is {what}: save the file with commas between cells"
    return ""
